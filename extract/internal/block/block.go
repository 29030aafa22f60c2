// Package block holds the paragraph-level unit the readers produce and the
// chrome classifier judges: a block of text with its structural kind, its
// share of link text and, once judged, why it was removed.
package block

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// Kind is the structural role a block had in its input.
type Kind int

// The kinds of block.
const (
	Para     Kind = iota // a paragraph (or a line of plain text)
	Heading              // h1-h6
	ListItem             // li, dt, dd
	Cell                 // td, th
	Caption              // figcaption, caption
	Quote                // blockquote paragraph
	Pre                  // pre
)

// Reason says why a block was removed. Its values are those of
// extract.Reason, which converts it; zero means kept.
type Reason int

// The reasons a block is removed, in the order of extract.Reason.
const (
	ReasonSiteProfile    Reason = iota + 1 // recurs across the site's pages
	ReasonRepeated                         // repeated inside the page
	ReasonNavigation                       // a link-dense block
	ReasonInterface                        // user-interface and form text
	ReasonLegal                            // licence, copyright, usage rights
	ReasonContext                          // short, no content, among removed blocks
	ReasonOutsideArticle                   // HTML outside the page's article
	ReasonLimit                            // past the Options' limits
	ReasonNoWords                          // no letters or digits
	ReasonPageMarker                       // a page or column marker of a printed record
	ReasonCaption                          // a photo's caption
	ReasonContact                          // a press contact's line, or the release's closing matter
	ReasonMetadata                         // a converted page's front matter (YAML between "---" lines)
	ReasonComments                         // readers' comments under a converted page
)

// Block is one paragraph-level unit of the input, before chrome stripping.
// Text readers and the HTML reader both produce blocks; the chrome
// classifier judges them.
type Block struct {
	// Text is the block's text, white space normalised: no-break spaces
	// become spaces, runs of white space one space, no leading or trailing
	// space, no newline.
	Text string
	Kind Kind
	// Links is the share of Text's bytes inside links: HTML links, and in
	// text Markdown's ("[Department](https://example.org/dept)").
	Links float64
	// Removed is non-zero when the reader already judged the block chrome
	// (HTML outside the article); the classifier leaves such blocks alone.
	Removed Reason
	// Title marks the block as the page's headline (HTML h1 or <title>).
	Title bool
	// Cont marks a block cut from the same line as the block before it: a
	// page flattened into one line is read a sentence a block, so that its
	// footer is judged apart from its prose; kept, the two are one
	// paragraph again in the body.
	Cont bool
}

// EndsSentence reports whether s ends like a sentence: ., !, ?, : or a
// closing quote or bracket after one.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, " \t")
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '’', '”', ')', ']', '»':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', ':', '…':
			return true
		}
		return false
	}
	return false
}

// HeadingMarks returns the length of the marks that open a Markdown
// heading, one to six "#" and a space ("### "), or 0 when s opens with
// none.
func HeadingMarks(s string) int {
	n := 0
	for n < len(s) && n < 7 && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	return n + 1
}

// EmphasisMarks returns the marks Markdown and reStructuredText wrap
// emphasis in, and so the speaker labels of converted transcripts:
// "**Name**:", "__Name__:", "**Q:**".
func EmphasisMarks() [2]string { return [2]string{"**", "__"} }

// BracketLabel returns the speaker label in the square brackets that open
// s before a colon, a transcription service's style ("[Member Jane Roe]:
// text" gives "Member Jane Roe"), and the colon's offset; a diarisation
// tag ("[SPEAKER_02]", "[x1Y-z_SPEAKER_22]") reads "Unidentified Speaker".
// Round brackets are read alike: "(Question by Media): text". It returns
// "", -1 when s opens with no such label.
func BracketLabel(s string) (label string, colon int) {
	if len(s) < 4 || s[0] != '[' && s[0] != '(' {
		return "", -1
	}
	closer := byte(']')
	if s[0] == '(' {
		closer = ')'
	}
	k := strings.IndexByte(s, closer)
	if k <= 1 || k > 80 || k+1 >= len(s) || s[k+1] != ':' || strings.ContainsAny(s[1:k], "[(:") {
		return "", -1
	}
	label = s[1:k]
	if i := strings.LastIndex(label, "SPEAKER_"); i >= 0 && (i == 0 || label[i-1] == '_') && text.Digits(label[i+8:]) && !strings.Contains(label, " ") {
		label = "Unidentified Speaker"
	}
	return label, k + 1
}

// salutationOpeners open a speech's line of address: "Ladies and
// gentlemen", "Excellencies", "Dear friends".
var salutationOpeners = map[string]bool{"ladies": true, "excellencies": true, "excellency": true,
	"dear": true, "distinguished": true, "honourable": true, "honorable": true, "friends": true,
	"colleagues": true, "fellow": true, "good": true}

// IsSalutation reports a speech's line of address: short, opened by a
// form of address, closed by a comma, a colon or an exclamation mark
// ("Ladies and gentlemen,", "Excellencies, dear friends!", "Dear Leader of
// the Nation!").
func IsSalutation(s string) bool {
	if len(s) > 120 || len(s) < 4 {
		return false
	}
	if last := s[len(s)-1]; last != ',' && last != ':' && last != '!' {
		return false
	}
	w, _, _ := strings.Cut(s, " ")
	return salutationOpeners[strings.ToLower(strings.Trim(w, ",:!"))]
}

// HasColumns reports a line set in columns: a gap of three spaces or more
// (a tab counts four) between two of its words ("PAUL E. KANJORSKI,
// Pennsylvania      SPENCER BACHUS, Alabama"). A dotted leader's gap before
// a page number ("Feinberg, Kenneth R.......    60") is none, nor a gap
// after a sentence's end ("details?          C213E", a print's margin
// code), after a label's colon ("JUSTICE ORTON:      Well, counsel") or
// after a list item's marker ("*   Carl Casale", "1.    Mr M A
// Mzizi asked", "(2)   whether", "Flextronics*   The Honorable").
func HasColumns(l string) bool {
	gap := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case ' ':
			gap++
		case '\t':
			gap += 4
		default:
			if gap >= 3 && ColumnGap(l[:i]) {
				return true
			}
			gap = 0
		}
	}
	return false
}

// ColumnGap reports whether a gap of three spaces or more after before,
// a line's text up to the gap, divides its columns (HasColumns): not after
// a dotted leader, a sentence's end, a label's colon or a list item's
// marker.
func ColumnGap(before string) bool {
	t := strings.TrimSpace(before)
	if t == "" || strings.IndexByte(".?!:*-+", t[len(t)-1]) >= 0 {
		return false
	}
	return strings.ContainsAny(t, " \t") || !listMarker(t)
}

// listMarker reports a list item's marker: "*", "-", "•", "1.", "(2)",
// "a)".
func listMarker(w string) bool {
	if len(w) > 4 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// WrapWidth returns the width text was hard-wrapped at, or 0 when it was
// not: most long lines end near one width of at most 120 characters, and
// many of them run on into the next line (they end mid-sentence and the next
// line is not blank).
func WrapWidth(lines []string) int {
	var lens []int
	for _, l := range lines {
		if unbreakable(l) {
			continue
		}
		if n := utf8.RuneCountInString(strings.TrimRight(l, " \t\u00a0")); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 4 {
		return 0
	}
	sorted := append([]int(nil), lens...)
	sort.Ints(sorted)
	w := sorted[len(sorted)*9/10]
	if w > 120 || w < 30 {
		return 0
	}
	runOn, long, over := 0, 0, 0
	for i, l := range lines {
		t := strings.TrimRight(l, " \t\u00a0")
		n := utf8.RuneCountInString(t)
		if n > w*5/4 && !unbreakable(t) {
			over++
		}
		if n < w*6/10 {
			continue
		}
		long++
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !EndsSentence(t) {
			runOn++
		}
	}
	// Hard-wrapped text has (almost) no line much longer than its width,
	// and many lines that run on into the next.
	if over*50 > len(lens) && over > 2 {
		// (two long lines are a short record's head notes: "[Congressional
		// Record Volume 151, Number 99 (Wednesday, July 20, 2005)]")
		return 0
	}
	if runOn >= 2 && runOn*3 >= long {
		return w
	}
	return 0
}

// unbreakable reports a line that holds an address a wrapping tool does
// not break ("[Summit](http://www.example.org/) on March 23"), which may
// run past the width the text was wrapped at.
func unbreakable(l string) bool {
	// an address, or a site generator's tag ("{% image … %}", "{{ … | url
	// }}"), which no wrapping breaks
	return strings.Contains(l, "://") || strings.Contains(l, "{%") || strings.Contains(l, "{{")
}

// RecordingStamp returns the length of a recording's time stamp at the
// start of s, as transcription services print them: "(09:51)", "[00:10:08]",
// "(1:02:33.5)"; 0 if there is none.
func RecordingStamp(s string) int {
	if len(s) < 6 || s[0] != '(' && s[0] != '[' {
		return 0
	}
	closer := byte(')')
	if s[0] == '[' {
		closer = ']'
	}
	n := ClockDigits(s[1:])
	if n == 0 || 1+n >= len(s) || s[1+n] != closer {
		return 0
	}
	return n + 2
}

// LinkedStamp finds a recording's time stamp that links to its moment in
// the recording, as machine transcripts of meetings close their labels:
// "Jane Roe (Mayor) [22:39](https://youtu.be/…&t=1359)". It returns where
// the stamp's "[" opens (the first "[" of s, within its first 160 bytes,
// after some text) and where its link closes; -1, -1 when there is none.
func LinkedStamp(s string) (start, end int) {
	o := strings.IndexByte(s[:min(len(s), 160)], '[')
	if o <= 0 {
		return -1, -1
	}
	n := ClockDigits(s[o+1:])
	if n == 0 || !strings.HasPrefix(s[o+1+n:], "](") {
		return -1, -1
	}
	k := o + 1 + n + 2 // the link's target
	e := strings.IndexByte(s[k:min(len(s), k+300)], ')')
	if e <= 0 || strings.ContainsAny(s[k:k+e], " \t") {
		return -1, -1
	}
	return o, k + e + 1
}

// ClockDigits returns the length of a clock reading at the start of s:
// "9:51", "09:51", "1:02:33", "00:10:08.250"; 0 if there is none.
func ClockDigits(s string) int {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0
	}
	groups := 0
	for groups < 2 && i+2 < len(s) && s[i] == ':' && isASCIIDigit(s[i+1]) && isASCIIDigit(s[i+2]) {
		i += 3
		groups++
	}
	if groups == 0 {
		return 0
	}
	if i+1 < len(s) && (s[i] == '.' || s[i] == ',') && isASCIIDigit(s[i+1]) {
		i++
		for i < len(s) && isASCIIDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (isASCIIDigit(s[i]) || s[i] == ':') {
		return 0
	}
	return i
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }
