package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// This file protects a transcript's dialogue: a block that opens with a
// speaker label, and every block between a page's first and last labelled
// block, are a speaker's words, never repetition or context chrome, however
// short and however often repeated ("PRESIDENT X: Yeah.", "Thank you.").

// SpeakerLabel reports whether a block is a speaker label or opens with
// one: "Q:", "SECRETARY BLINKEN:", "**Jane Roe**: Thank you.", "CHAIR
// POWELL. Good afternoon.". Such a block is never removed as chrome by
// the page's repetition or context.
func SpeakerLabel(s string) bool {
	return isLabel(unwrapLabel(s)) || labelledTurn(s)
}

// OpensWithLabel reports whether a line opens with a speaker label before
// the speaker's words: "NAME: words", "**Name**: words", "CHAIR LINDQVIST.
// Good afternoon".
func OpensWithLabel(s string) bool { return inlineLabel(s) != "" }

// labelledTurn reports a block that opens with a speaker label and ends
// as a sentence does: a turn with its label ("PRESIDENT X: Yeah."), not a
// heading or a contact line ("Germany and Moldova: Bilateral relations",
// "Media office: (02) 6277 7500").
//
// A printed record's label closed by a colon and a dash ("The Speaker: —
// It is my duty to inform the Assembly of the") is a turn's however its
// line ends: the print cut the line, and no heading is so set.
func labelledTurn(s string) bool {
	head := inlineLabel(s)
	if head == "" {
		return false
	}
	return block.EndsSentence(s) || dashedLabel(s, head)
}

// dashedLabel reports a line whose label head is closed by a colon and a
// dash, as printed records set it: "The Speaker: — It is my duty".
func dashedLabel(s, head string) bool {
	k := strings.Index(s, head)
	if head == "" || k < 0 {
		return false
	}
	return colonDashAt(strings.TrimLeft(s[k+len(head):], " ")) == 0
}

// colonDashAt returns the index of the first colon and dash, set apart
// (": — ", ": – "), in s, or -1.
func colonDashAt(s string) int {
	k := strings.Index(s, ": \u2014 ")
	if j := strings.Index(s, ": \u2013 "); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	return k
}

// unwrapLabel drops emphasis marks around a label at the start of s, and
// the marks of a Markdown heading before it, and the square brackets of a
// bracketed label, and a block quote's mark with the emphasis around its
// line: "**Name**: text" → "Name: text", "**Q:** text" → "Q: text", "###
// Name:" → "Name:", "[Name]: text" → "Name: text", "> _Jane Roe,
// Minister_" → "Jane Roe, Minister".
func unwrapLabel(s string) string {
	if n := block.HeadingMarks(s); n > 0 {
		s = strings.TrimLeft(s[n:], " ")
	}
	// a Markdown block quote's line, "> _Jane Roe, Minister of Health_":
	// the mark and a single emphasis around the whole line
	s = text.BlockQuoteLine(s)
	if label, colon := block.BracketLabel(s); colon > 0 {
		return label + s[colon:]
	}
	for _, m := range block.EmphasisMarks() {
		if !strings.HasPrefix(s, m) {
			continue
		}
		k := strings.Index(s[len(m):], m)
		if k <= 0 || k > 80 {
			return s
		}
		s = s[len(m):len(m)+k] + s[len(m)+k+len(m):]
		// a bracketed label in emphasis: "**(Question by Media)**:"
		if label, colon := block.BracketLabel(s); colon > 0 {
			return label + s[colon:]
		}
		return s
	}
	return s
}

// dashLabel returns the label a courtesy title (or "The") and a name in
// capitals make before a dash and the speaker's words, a seat or an office
// in brackets perhaps between them, as some houses print their records:
// "Mr DUIGAN - I regret", "The SPEAKER - Order.", "Mr ROCKLIFF (Braddon -
// Premier) - Honourable Speaker", "Mr DUIGAN -No, in fact"; or "".
func dashLabel(s string) string {
	sp := strings.IndexByte(s, ' ')
	if sp < 2 || sp > 6 || !text.IsHonorific(strings.TrimSuffix(s[:sp], ".")) && s[:sp] != "The" {
		return ""
	}
	i := sp + 1
	caps := 0
	for i < len(s) {
		j := i
		for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] == '\'' || s[j] == '-' && j > i) {
			j++
		}
		if j-i < 2 || !allUpperASCII(s[i:j]) {
			break
		}
		caps++
		i = j
		if i+1 < len(s) && s[i] == ' ' && s[i+1] >= 'A' && s[i+1] <= 'Z' && i+2 < len(s) && s[i+2] >= 'A' && s[i+2] <= 'Z' {
			i++
			continue
		}
		break
	}
	if caps == 0 {
		return ""
	}
	head := i
	for n := 0; n < 2 && strings.HasPrefix(s[i:], " ("); n++ {
		e := strings.IndexByte(s[i:], ')')
		if e < 0 {
			return ""
		}
		i += e + 1
	}
	if !strings.HasPrefix(s[i:], " -") {
		return ""
	}
	rest := strings.TrimLeft(s[i+2:], " ")
	if rest != "" && !(rest[0] >= 'A' && rest[0] <= 'Z') {
		return ""
	}
	return s[:head]
}

// allUpperASCII reports a word of capital letters (apostrophes and
// hyphens inside it allowed).
func allUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// inlineLabel returns the label that opens a block before the speaker's
// words, or "": "NAME: words", "Q: words", "**Name**: words", or an
// all-capitals name closed by a full stop ("CHAIR POWELL. Good afternoon").
func inlineLabel(s string) string {
	s = unwrapLabel(s)
	if !startsUpper(s) {
		return ""
	}
	limit := min(len(s), 80)
	// a label with its recording time: "Justice Roe (00:00:28): Good
	// morning"
	if k := indexPair(s[:limit], ' ', '(', false); k > 0 {
		if n := block.RecordingStamp(s[k+1:]); n > 0 && strings.HasPrefix(s[k+1+n:], ": ") && isLabel(s[:k]+":") {
			return strings.TrimSpace(s[:k])
		}
	}
	if k := strings.IndexByte(s[:limit], ':'); k > 0 {
		head := strings.TrimSpace(s[:k])
		rest := s[k+1:]
		if rest != "" && rest[0] != ' ' && rest[0] != '*' && rest[0] != '_' {
			return "" // "12:30", "https://"
		}
		if !isLabel(head + ":") {
			return ""
		}
		return head
	}
	if head := dashLabel(s[:limit]); head != "" {
		return head
	}
	if k := indexPair(s[:limit], '.', ' ', true); k > 0 {
		head := s[:k]
		var buf [6]string
		ws := appendFields(buf[:0], head, 6)
		// Two to five capitalised words of letters: not "U.S. Army",
		// not a dateline's "WASHINGTON. The".
		if len(ws) < 2 || len(ws) > 5 || !startsUpper(s[k+2:]) {
			return ""
		}
		for _, w := range ws {
			if len(w) < 2 {
				return ""
			}
			for _, r := range w {
				if !unicode.IsUpper(r) && r != '-' && r != '\'' && r != '’' {
					return ""
				}
			}
		}
		return head
	}
	return ""
}

// labelKey is the label a block is or opens with, case-folded, or "".
func labelKey(s string) string {
	var r labelReading
	return r.key(s)
}

// labelReading keeps what was read of one block's speaker label, so that
// dialogueSpan and the classifier's rules after it, which ask the same
// questions of every block, read each label once.
type labelReading struct {
	label bool  // isLabel(s): set by key
	opens uint8 // inlineLabel(s) != "": opensUnread, opensNo or opensYes
}

const (
	opensUnread uint8 = iota
	opensNo
	opensYes
)

// key returns labelKey(s), noting what it read of s.
func (r *labelReading) key(s string) string {
	k := ""
	r.label = isLabel(s)
	if r.label {
		k = strings.ToLower(strings.TrimRight(trimTimestamp(s), ":. "))
	} else if ends := block.EndsSentence(s); ends || colonDashAt(s[:min(len(s), 100)]) >= 0 {
		// (a line a print cut counts when its label is closed by a
		// colon and a dash)
		inline := inlineLabel(s)
		r.opens = opensNo
		if inline != "" {
			r.opens = opensYes
		}
		if ends || dashedLabel(s, inline) {
			k = strings.ToLower(inline)
		}
	}
	if fieldLabels[k] {
		return "" // "Comment:", "Author:": a form's field, no speaker
	}
	return k
}

// fieldLabels are what a form, a byline or a comment's head puts before a
// colon: no speaker's label.
var fieldLabels = furniture.Set("field-label")

// opensWithLabel reports inlineLabel(s) != "", s being the block r read.
func (r *labelReading) opensWithLabel(s string) bool {
	if r.opens == opensUnread {
		r.opens = opensNo
		if inlineLabel(s) != "" {
			r.opens = opensYes
		}
	}
	return r.opens == opensYes
}

// isLabelUnwrapped reports isLabel(unwrapLabel(s)), s being the block r
// read: most blocks have no marks to unwrap, and their answer is known.
func (r *labelReading) isLabelUnwrapped(s string) bool {
	if u := unwrapLabel(s); u != s {
		return isLabel(u)
	}
	return r.label
}

// dialogueSpan returns the first block that is a speaker label or opens
// with one, and the last sentence of the last turn, on a page that holds a dialogue: three labelled blocks
// or more, one label heard at least twice. It returns (-1, -1) otherwise.
// It notes in readings, one for each block, what it read of each kept
// block's label.
func dialogueSpan(blocks []block.Block, readings []labelReading) (int, int) {
	first, last, count := -1, -1, 0
	seen := map[string]bool{}
	again := false
	for i := range blocks {
		if blocks[i].Removed != 0 {
			continue
		}
		k := readings[i].key(blocks[i].Text)
		if k == "" {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		count++
		again = again || seen[k]
		seen[k] = true
	}
	if count < 3 || !again {
		return -1, -1
	}
	// The last turn runs on over the sentences after its label, and over
	// a print's cut lines that run on into a line in small letters, that
	// line included (the page's last, as a body read again gives it).
	for last+1 < len(blocks) && blocks[last+1].Removed == 0 && (block.EndsSentence(blocks[last+1].Text) || runsOnInto(blocks, last+2) || runsOnInto(blocks, last+1) && !block.EndsSentence(blocks[last].Text)) {
		last++
	}
	return first, last
}

// runsOnInto reports a kept block at i that opens in small letters: the
// line before it runs on into it.
func runsOnInto(blocks []block.Block, i int) bool {
	if i >= len(blocks) || blocks[i].Removed != 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(blocks[i].Text)
	return unicode.IsLower(r)
}

// indexPair returns strings.Index(s, string([]byte{a, b})), the first
// place of the two bytes together, found by strings.IndexByte's look for
// the rarer of the two: a when aRarer, else b. In prose a space is in
// every word, a "(" or "." seldom, so the look for " (" or ". " that
// inlineLabel makes in every block that ends as a sentence stops at few
// places.
func indexPair(s string, a, b byte, aRarer bool) int {
	c, at := b, 1 // the byte looked for, and its place in the pair
	if aRarer {
		c, at = a, 0
	}
	for from := at; from < len(s); {
		k := strings.IndexByte(s[from:], c)
		if k < 0 {
			return -1
		}
		p := from + k - at // where the pair would begin
		if p+1 < len(s) && s[p] == a && s[p+1] == b {
			return p
		}
		from += k + 1
	}
	return -1
}
