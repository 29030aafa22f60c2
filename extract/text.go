package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/extract/internal/chrome"
	"github.com/communique/communique/internal/text"
)

// textBlocks splits plain text into blocks. Text is either one paragraph a
// line (blank lines between paragraphs or not) or hard-wrapped, paragraphs
// separated by blank lines; hard wrapping is detected from the line lengths
// and the wrapped lines of a paragraph are joined, up to a line that opens
// with a speaker's label.
func textBlocks(s string) []block.Block {
	lines := splitLines(s)
	width := wrapWidth(lines)
	var out []block.Block
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		t := text.NormalizeSpace(strings.Join(para, " "))
		if t != "" {
			out = append(out, block.Block{Text: t, Kind: block.Para})
		}
		para = para[:0]
	}
	for _, l := range lines {
		if isBlank(l) {
			flush()
			continue
		}
		// A speaker's label opens a paragraph, wherever the line before
		// stopped ("CHAIR LINDQVIST. Good afternoon." after a wrapped
		// question).
		if width > 0 && chrome.OpensWithLabel(strings.TrimSpace(l)) {
			flush()
		}
		para = append(para, l)
		// A line shorter than the wrap width ends its paragraph: it was not
		// wrapped. Without hard wrapping every line is a paragraph.
		if width == 0 || utf8.RuneCountInString(strings.TrimRight(l, " \t\u00a0")) < width*6/10 {
			flush()
		}
	}
	flush()
	return out
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

// splitLines splits s at \n, \r\n and lone \r.
func splitLines(s string) []string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return strings.Split(s, "\n")
}

// wrapWidth returns the width text was hard-wrapped at, or 0 when it was
// not: most long lines end near one width of at most 120 characters, and
// many of them run on into the next line (they end mid-sentence and the next
// line is not blank).
func wrapWidth(lines []string) int {
	var lens []int
	for _, l := range lines {
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
		if n > w*5/4 {
			over++
		}
		if n < w*6/10 {
			continue
		}
		long++
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !block.EndsSentence(t) {
			runOn++
		}
	}
	// Hard-wrapped text has (almost) no line much longer than its width,
	// and many lines that run on into the next.
	if over*50 > len(lens) {
		return 0
	}
	if runOn >= 2 && runOn*3 >= long {
		return w
	}
	return 0
}
