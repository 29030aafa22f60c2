// Printed lines in HTML: a page converted from a print (pdftohtml's lines
// each closed by <br/>, a converter's paragraph a line) holds the print's
// lines as blocks. They are joined into paragraphs as a hard-wrapped text
// page's lines are, so that a sentence, a name or a quotation cut by the
// print's line ends is read whole.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/extract/internal/chrome"
	"github.com/communique/communique/extract/internal/turns"
)

// minPrintedRun is the number of line blocks in a row that makes a print's
// page: fewer are a page's own short paragraphs.
const minPrintedRun = 8

// unwrapPrintedLines joins the kept paragraph blocks of an HTML page that
// are the hard-wrapped lines of a print: runs of minPrintedRun or more such
// blocks whose lengths block.WrapWidth finds wrapped at one width. A line
// shorter than most ends its paragraph, unless it stops in the middle of a
// phrase; a speaker's label opens one; a page's marker between the lines of
// a paragraph ("Page 17:", "10/02") stands apart without ending it.
func unwrapPrintedLines(blocks []block.Block) []block.Block {
	var out []block.Block
	changed := false
	for i := 0; i < len(blocks); {
		if !printedLine(blocks[i]) {
			out = append(out, blocks[i])
			i++
			continue
		}
		j := i
		for j < len(blocks) && printedLine(blocks[j]) {
			j++
		}
		n := len(out)
		out = joinPrintedLines(out, blocks[i:j])
		changed = changed || len(out)-n != j-i
		i = j
	}
	if !changed {
		return blocks
	}
	return out
}

// printedLine reports a block that may be a print's line: kept, a
// paragraph, not the headline.
func printedLine(b block.Block) bool {
	return b.Removed == 0 && b.Kind == block.Para && !b.Title && b.Text != ""
}

// joinPrintedLines appends the run of line blocks to out, joined into
// paragraphs when they are hard-wrapped.
func joinPrintedLines(out, run []block.Block) []block.Block {
	if len(run) < minPrintedRun {
		return append(out, run...)
	}
	lines := make([]string, len(run))
	for k, b := range run {
		lines[k] = b.Text
	}
	width := block.WrapWidth(lines)
	if width == 0 || !runsOnInSmallLetters(lines) {
		return append(out, run...)
	}
	var para []block.Block
	flush := func() {
		if len(para) == 0 {
			return
		}
		b := para[0]
		if len(para) > 1 {
			var sb strings.Builder
			var links float64
			for k, p := range para {
				if k > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(p.Text)
				links += p.Links * float64(len(p.Text))
			}
			b.Text = sb.String()
			b.Links = min(links/float64(len(b.Text)), 1)
		}
		out = append(out, b)
		para = para[:0]
	}
	for k, b := range run {
		t := b.Text
		if printMarker(t) && len(para) > 0 && k+1 < len(run) {
			out = append(out, b) // the print's furniture inside a paragraph
			continue
		}
		if chrome.OpensWithLabel(t) || chrome.SpeakerLabel(t) || turns.OpensWithDashLabel(t) {
			flush()
		}
		para = append(para, b)
		if utf8.RuneCountInString(t) < width*6/10 && !midPhrase(t) && !openParen(t) {
			flush()
		}
	}
	flush()
	return out
}

// runsOnInSmallLetters reports lines of which a third or more of those that
// end no sentence go on in the next line in small letters, as a print's
// wrapped prose does ("… My questions are directed" over "to the Minister
// …"); a list's items, each opening with a capital or a number, do not.
func runsOnInSmallLetters(lines []string) bool {
	runOn, small := 0, 0
	for k := 0; k+1 < len(lines); k++ {
		if block.EndsSentence(lines[k]) || strings.HasSuffix(lines[k], "。") {
			continue
		}
		runOn++
		if r, _ := utf8.DecodeRuneInString(lines[k+1]); unicode.IsLower(r) {
			small++
		}
	}
	return runOn > 0 && small*3 >= runOn
}

// printMarker reports a print's page furniture between the lines of a
// paragraph: a few words holding a number and no sentence ("Page 17:",
// "10/02", "SENATE DEBATES 4").
func printMarker(s string) bool {
	if len(s) > 24 || fieldsCount(s) > 3 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, r := range s {
		if r >= 'a' && r <= 'z' && !strings.HasPrefix(strings.ToLower(s), "page") {
			return false // words in small letters are a line of prose ("in 2013")
		}
	}
	return true
}

// fieldsCount returns the number of space-separated fields of s.
func fieldsCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
