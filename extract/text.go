package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/extract/internal/chrome"
	"github.com/communique/communique/extract/internal/turns"
	"github.com/communique/communique/internal/text"
)

// textBlocks splits plain text into blocks. Text is either one paragraph a
// line (blank lines between paragraphs or not) or hard-wrapped, paragraphs
// separated by blank lines; hard wrapping is detected from the line lengths
// and the wrapped lines of a paragraph are joined, up to a line that opens
// with a speaker's label.
func textBlocks(s string) []block.Block {
	lines, furniture := unnumberLines(doubleSpaced(splitLines(s)))
	// The front matter of a converted page: its lines are kept apart, each
	// a removed block, so that none is read as the page's text; and the
	// wrap width is the body's (a front matter's long lines, an excerpt or
	// a description, are no wrapped text).
	fm := frontMatter(lines)
	width := block.WrapWidth(lines[fm:])
	var out []block.Block
	if width == 0 {
		// a line makes one block at most, and without hard wrapping
		// nearly every line one: the blocks are made in room for them all
		n := 0
		for _, l := range lines {
			if !isBlank(l) {
				n++
			}
		}
		out = make([]block.Block, 0, n)
	}
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		t := text.NormalizeSpace(strings.Join(para, " "))
		if t != "" {
			out = append(out, block.Block{Text: t, Kind: block.Para, Links: markdownLinkShare(t)})
		}
		para = para[:0]
	}
	out = appendMetadata(out, lines[:fm])
	headers, directives := runningHeaders(lines[fm:]), rstDirectives(lines[fm:])
	for i, l := range lines[fm:] {
		// a line broken by HTML's tag ("My Cabinet colleague, <br>"): the
		// tag is markup, the line ends where it stands
		l, broken := trimBreakTag(l)
		if broken {
			if !isBlank(l) {
				para = append(para, l)
			}
			flush()
			continue
		}
		if isBlank(l) {
			if len(para) > 0 && pageBreakInSentence(para[len(para)-1], lines[fm+i+1:]) {
				continue
			}
			flush()
			continue
		}
		if headers[i] || furniture[fm+i] {
			// the print's page furniture, between the wrapped lines of a
			// paragraph that goes on after it
			out = append(out, block.Block{Text: text.NormalizeSpace(l), Kind: block.Para, Removed: block.ReasonPageMarker})
			continue
		}
		if directives[i] {
			flush()
			if t := text.NormalizeSpace(l); t != "" {
				out = append(out, block.Block{Text: t, Kind: block.Para, Removed: block.ReasonMetadata})
			}
			continue
		}
		// A speaker's label opens a paragraph, wherever the line before
		// stopped ("CHAIR LINDQVIST. Good afternoon." after a wrapped
		// question).
		// A line set in columns (a roster's, a table's row) stands alone.
		cols := width > 0 && block.HasColumns(l)
		// (not the end of a bracket the line before opened: "Minister for
		// the Interior (Mr William" over "Kwasi Aboah): Madam Speaker")
		inBracket := len(para) > 0 && openParen(para[len(para)-1])
		if width > 0 && (chrome.OpensWithLabel(strings.TrimSpace(l)) || turns.OpensWithDashLabel(strings.TrimSpace(l))) && !inBracket || cols {
			flush()
		}
		para = append(para, l)
		if cols || width > 0 && len(para) == 1 && fm+i+1 < len(lines) && capsHeading(l) && hasLower(lines[fm+i+1]) {
			// (a heading in capitals over wrapped prose is its own
			// paragraph, however long: "DOH DELIVERED ASSISTANCE TO STA.
			// CRUZ FIRE VICTIMS" over "Press Release/30 April 2018 The …")
			flush()
			continue
		}
		// A line shorter than the wrap width ends its paragraph: it was not
		// wrapped, unless it stops in the middle of a phrase ("The U.S.
		// Department of", "the [2015") and the next line goes on. Without
		// hard wrapping every line is a paragraph. A line-numbered print
		// marks its paragraphs itself.
		if furniture == nil && (width == 0 || utf8.RuneCountInString(strings.TrimRight(l, " \t\u00a0")) < width*6/10) {
			if fm+i+1 < len(lines) && !isBlank(lines[fm+i+1]) && (width > 0 && (midPhrase(l) || fm > 0 && !markdownBlockStart(lines[fm+i+1]) && runsOn(l)) || openParen(l)) {
				// (a converted page's Markdown, under its front matter,
				// goes on to the blank line: "U.S. Secretary of Commerce
				// Jane" over "Roe today announced …")
				continue
			}
			if fm+i+1 < len(lines) && pageBreakInSentence(l, lines[fm+i+1:]) {
				continue // the sentence goes on on the next line, or after the page's end
			}
			if width == 0 && fm+i+1 < len(lines) && nodeGoesOn(l, lines[fm+i+1]) {
				continue // a scrape's text node a line: the sentence goes on in the next node
			}
			flush()
		}
	}
	flush()
	return splitFlattened(out)
}

// splitFlattened splits the text of a page flattened into one line (a
// scraper's text with every newline taken out, its menus, headline, prose
// and footer run together) into a block a sentence, each after the first
// marked Cont, so that the chrome classifier judges the footer's run of
// share buttons and contacts apart from the prose (rejoinFlattened puts
// the prose together again). A page is flattened when its one block is
// long and holds several sentences; any other page is returned as it is.
func splitFlattened(bs []block.Block) []block.Block {
	kept := -1
	for i, b := range bs {
		if b.Removed != 0 {
			continue
		}
		if kept >= 0 {
			return bs
		}
		kept = i
	}
	if kept < 0 || len(bs[kept].Text) < flattenedMin {
		return bs
	}
	t := bs[kept].Text
	var cuts []int
	for i := 1; i+2 < len(t); i++ {
		if c := t[i]; (c == '.' || c == '?' || c == '!') && sentenceEndAt(t, i) {
			cuts = append(cuts, i+2)
		}
	}
	if len(cuts) < 4 {
		return bs
	}
	out := make([]block.Block, 0, len(bs)+len(cuts))
	out = append(out, bs[:kept]...)
	from := 0
	first := len(out)
	add := func(p string) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, block.Block{Text: p, Kind: block.Para, Links: markdownLinkShare(p), Cont: len(out) > first})
		}
	}
	for _, c := range append(cuts, len(t)) {
		p := t[from:c]
		if k := chrome.ContactHeadIn(p); k > 0 {
			// the press contacts run on after the last sentence, which
			// lost its stop: "… for the European Union Press contacts Jane
			// Roe Spokesperson …"
			add(p[:k])
			p = p[k:]
		}
		add(p)
		from = c
	}
	return append(out, bs[kept+1:]...)
}

// rejoinFlattened keeps every sentence of a flattened line between its
// first and its last kept one: the classifier, judging sentences apart,
// cuts a page's head and footer off its prose, never a sentence out of
// the middle of it, nor the prose's last words that only their place
// beside the footer condemned.
func rejoinFlattened(bs []block.Block) {
	for i := 0; i < len(bs); {
		j := i + 1
		for j < len(bs) && bs[j].Cont {
			j++
		}
		if j-i > 1 {
			first, last := -1, -1
			for k := i; k < j; k++ {
				if bs[k].Removed == 0 {
					if first < 0 {
						first = k
					}
					last = k
				}
			}
			// (and the line's last words after its last kept sentence,
			// when only their neighbours condemned them: a last sentence
			// that lost its stop, cut from the contacts after it)
			for last >= 0 && last+1 < j && bs[last+1].Removed == block.ReasonContext {
				last++
			}
			for k := first + 1; first >= 0 && k <= last; k++ {
				bs[k].Removed = 0
			}
		}
		i = j
	}
}

// flattenedMin is the length from which one line holding a whole page is
// read as a flattened page.
const flattenedMin = 1000

// sentenceEndAt reports a sentence's end at the full stop, question or
// exclamation mark t[i]: a space follows and then a capital letter, a
// digit or an opening quotation mark, and a full stop ends no
// abbreviation ("Mr.", "U.S.") or initial ("J.").
func sentenceEndAt(t string, i int) bool {
	if t[i+1] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(t[i+2:])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '\u201c' {
		return false
	}
	if t[i] != '.' {
		return true
	}
	w := i
	for w > 0 && t[w-1] != ' ' {
		w--
	}
	word := t[w:i]
	if word == "" {
		return true // a stop set apart: "the public information service . Topics:"
	}
	if strings.Contains(word, ".") || utf8.RuneCountInString(word) == 1 || text.BuiltinAbbrev(word) != 0 {
		return false
	}
	return true
}

// nodeGoesOn reports a line that the next goes on, as a scraper that keeps
// an HTML page's text nodes a line writes a sentence cut by a link or an
// emphasis: the line ends no sentence (or ends a quotation with a comma
// inside it: "…,”" over "said the Mayor") and the next opens in small
// letters or with a stop, comma or semicolon ("said State's Attorney Roe"
// over ". “In order …").
func nodeGoesOn(l, next string) bool {
	l, next = strings.TrimRight(l, " \t\u00a0"), strings.TrimLeft(next, " \t\u00a0")
	if l == "" || next == "" {
		return false
	}
	quoteComma := strings.HasSuffix(l, ",\u201d") || strings.HasSuffix(l, ",\"")
	if block.EndsSentence(l) && !quoteComma {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsLower(r):
		return quoteComma // (a wrapped line's next in small letters is the wrap width's to judge)
	case r == '.' || r == ',' || r == ';':
		return len(next) > 1 && next[1] == ' '
	}
	return false
}

// pageBreakInSentence reports a blank line inside a sentence, where the
// text of a print was cut at a page's end: the line before it stops on a
// comma, and the next line (rest) goes on in lower case ("… for more than
// six decades," over "making substantial investments …").
func pageBreakInSentence(prev string, rest []string) bool {
	if !strings.HasSuffix(strings.TrimRight(prev, " \t\r\u00a0"), ",") {
		return false
	}
	for k, l := range rest {
		if k >= 2 {
			return false
		}
		if isBlank(l) {
			continue
		}
		t := strings.TrimLeft(l, " \t")
		return t != "" && t[0] >= 'a' && t[0] <= 'z' && !markdownBlockStart(l)
	}
	return false
}

// trimBreakTag returns l without the HTML line-break tag that ends it
// ("<br>", "<br/>", "<br />", any case), and whether there was one.
func trimBreakTag(l string) (string, bool) {
	t := strings.TrimRight(l, " \t\r")
	if !strings.HasSuffix(t, ">") {
		return l, false
	}
	k := strings.LastIndexByte(t, '<')
	if k < 0 {
		return l, false
	}
	switch strings.ToLower(strings.ReplaceAll(t[k:], " ", "")) {
	case "<br>", "<br/>":
		return strings.TrimRight(t[:k], " \t"), true
	}
	return l, false
}

// runsOn reports a line that may run on into the next: it ends no
// sentence, no label ("News Media Contact:") and no emphasised line
// ("**FOR IMMEDIATE RELEASE**").
func runsOn(l string) bool {
	t := strings.TrimSpace(l)
	return !block.EndsSentence(t) && !strings.HasSuffix(t, "**") && !strings.HasSuffix(t, "__")
}

// markdownBlockStart reports a line that opens a Markdown block of its own:
// a list item, a heading, a block quote, a table row.
func markdownBlockStart(l string) bool {
	t := strings.TrimLeft(l, " \t")
	if t == "" {
		return true
	}
	switch t[0] {
	case '*', '-', '+', '#', '>', '|', '_', '=':
		return true // (and the rules: "___", "===")
	}
	if k := strings.IndexAny(t, ".)"); k > 0 && k <= 3 {
		if _, err := strconv.Atoi(t[:k]); err == nil {
			return true // "1. ", "2) "
		}
	}
	return false
}

// midPhrase reports a line that stops in the middle of a phrase: on a
// function word ("of", "the", "to"), or with a Markdown link's bracket, a
// parenthesis or a quotation left open.
func midPhrase(l string) bool {
	t := strings.TrimRight(l, " \t\u00a0")
	if strings.Count(t, "[") > strings.Count(t, "]") || openParen(t) || strings.Count(t, "“") > strings.Count(t, "”") {
		return true
	}
	w := t
	if k := strings.LastIndexAny(t, " \t"); k >= 0 {
		w = t[k+1:]
	}
	return phraseWords[w]
}

// phraseWords are the function words a phrase does not stop on.
var phraseWords = map[string]bool{"of": true, "to": true, "the": true, "a": true, "an": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "that": true, "is": true}

// capsHeading reports a line set in capitals: two words or more, eight
// letters or more, none in lower case.
func capsHeading(l string) bool {
	letters, words, inWord := 0, 0, false
	for _, r := range l {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
			if !inWord {
				words++
			}
			inWord = true
		default:
			inWord = false
		}
	}
	return letters >= 8 && words >= 2
}

// hasLower reports a lower-case letter in l.
func hasLower(l string) bool {
	return strings.IndexFunc(l, unicode.IsLower) >= 0
}

// openParen reports a line that leaves a parenthesis open, hard wrapping
// or not: "Minister for the Interior (Mr William" goes on in the next line.
func openParen(l string) bool {
	return strings.Count(l, "(") > strings.Count(l, ")")
}

// isBlank reports whether a line holds only white space, no-break spaces
// included.
func isBlank(l string) bool {
	for _, r := range l {
		if !text.IsSpace(r) {
			return false
		}
	}
	return true
}

// doubleSpaced returns the lines of a text extracted with a blank line
// after every line of its print (as PDF converters write a page): one
// blank line between the wrapped lines of a paragraph, two or more between
// paragraphs, and no two lines in a row. The single blank lines are
// dropped and each longer run made one, so that the wrapped lines are
// joined as a hard-wrapped page's are. Other texts are returned as they
// are.
func doubleSpaced(lines []string) []string {
	var gaps [3]int // between two lines: none, one blank line, more
	run, seen := 0, false
	for _, l := range lines {
		if isBlank(l) {
			run++
			continue
		}
		if seen {
			gaps[min(run, 2)]++
		}
		run, seen = 0, true
	}
	total := gaps[0] + gaps[1] + gaps[2]
	if total < 8 || gaps[1]*3 < total {
		return lines
	}
	if gaps[2]*10 < total {
		if gaps[0]*10 > total {
			return lines
		}
		// one blank line between every two lines, paragraphs or not: a
		// print's lines when they are hard-wrapped (the wrap width and
		// the short last lines then tell its paragraphs), else a page of
		// one paragraph a line
		nonBlank := make([]string, 0, total+1)
		for _, l := range lines {
			if !isBlank(l) {
				nonBlank = append(nonBlank, l)
			}
		}
		if block.WrapWidth(nonBlank) == 0 {
			return lines
		}
		return nonBlank
	}
	if gaps[0]*20 > total {
		return lines
	}
	out := make([]string, 0, len(lines)-gaps[1])
	run = 0
	for _, l := range lines {
		if isBlank(l) {
			run++
			continue
		}
		if run >= 2 && len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, l)
		run = 0
	}
	return out
}

// splitLines splits s at \n, \r\n and lone \r.
func splitLines(s string) []string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return strings.Split(s, "\n")
}

// frontMatter returns the number of lines that the front matter of a
// converted page takes at its top, its closing "---" included, or 0: a
// "---" line first (blank lines before it aside), a closing "---" or "..."
// line within 200 lines, and between them lines of which at least two
// thirds read as YAML ("key: value", "key:", "- item", indented lines).
// A Markdown archive's fenced block of YAML ("```yaml" to "```") opening
// the page is front matter too.
func frontMatter(lines []string) int {
	i := 0
	for i < len(lines) && isBlank(lines[i]) {
		i++
	}
	if i == len(lines) {
		return 0
	}
	fenced := false
	switch strings.TrimSpace(lines[i]) {
	case "---":
	case "```yaml", "```yml":
		fenced = true
	default:
		return 0
	}
	yaml, other := 0, 0
	for j := i + 1; j < len(lines) && j <= i+200; j++ {
		l := lines[j]
		t := strings.TrimSpace(l)
		switch {
		case !fenced && (t == "---" || t == "...") || fenced && t == "```":
			if yaml == 0 || 3*yaml < 2*(yaml+other) {
				return 0
			}
			return j + 1
		case t == "":
		case l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(t, "- ") || yamlKey(t):
			yaml++
		default:
			other++
		}
	}
	return 0
}

// appendMetadata appends the non-blank lines of a converted page's front
// matter as removed metadata blocks.
func appendMetadata(out []block.Block, lines []string) []block.Block {
	for _, l := range lines {
		if t := text.NormalizeSpace(l); t != "" {
			out = append(out, block.Block{Text: t, Kind: block.Para, Removed: block.ReasonMetadata})
		}
	}
	return out
}

// yamlKey reports a line that opens with a YAML key: a word of letters,
// digits, "_" or "-", then a colon at the end or before a space.
func yamlKey(t string) bool {
	k := strings.IndexByte(t, ':')
	if k <= 0 || k > 40 || (k+1 < len(t) && t[k+1] != ' ') {
		return false
	}
	for _, r := range t[:k] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

// markdownLinkShare returns the share of s's text inside Markdown links
// ("[text](url)"), as a browser shows it: the links' text against the
// block's without the addresses. A page converted to Markdown keeps its
// menus and link lists as such links.
func markdownLinkShare(s string) float64 {
	if len(s) == 0 || !strings.Contains(s, "](") {
		return 0
	}
	in, hidden := 0, 0
	for i := 0; i < len(s); {
		open := strings.IndexByte(s[i:], '[')
		if open < 0 {
			break
		}
		open += i
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		if strings.IndexByte(s[open+1:mid], '[') >= 0 {
			i = open + 1 // a bracket inside: start again from the inner one
			continue
		}
		end := strings.IndexByte(s[mid+2:], ')')
		if end < 0 {
			break
		}
		end += mid + 2
		if strings.ContainsAny(s[mid+2:end], " \t") {
			i = mid + 2 // an address has no white space: not a link
			continue
		}
		in += mid - open - 1
		hidden += end + 1 - open - (mid - open - 1)
		i = end + 1
	}
	if len(s) == hidden {
		return 0
	}
	return float64(in) / float64(len(s)-hidden)
}
