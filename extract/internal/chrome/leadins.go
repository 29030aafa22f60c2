// This file reads blocks that lead into what follows them: a line ending
// with a colon, a comma before a quotation set apart, the items of a list
// a sentence announces, a list's heading of furniture words, and a media
// advisory's field labels.

package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// leadsIn reports whether block i introduces the next block: it ends with a
// colon ("Prime Minister Theresa May said:").
func leadsIn(blocks []block.Block, i int) bool {
	return strings.HasSuffix(blocks[i].Text, ":") && i+1 < len(blocks)
}

// announcedItem reports whether short block i is an item of a list that a
// sentence of the text announces just above it: the run of short items
// without links, furniture words or code up to that sentence (at most 40)
// ends in one that ends with a colon or, short, speaks of "the following".
func announcedItem(blocks []block.Block, info []blockInfo, i int) bool {
	for j := i; j >= 0 && j > i-40; j-- {
		if j < i {
			if blocks[j].Removed == 0 && info[j].class != classBad && info[j].ui == 0 && info[j].words >= 2 &&
				(info[j].words >= 4 || !listHeading(blocks[j].Text)) &&
				(leadsIn(blocks, j) || info[j].words <= 30 && text.IndexFold(blocks[j].Text, "the following") >= 0) {
				return true
			}
		}
		if blocks[j].Removed != 0 || info[j].class != classShort || info[j].sent || info[j].ui > 0 || blocks[j].Links > 0 || info[j].words > 16 ||
			strings.ContainsAny(blocks[j].Text, ";{}") {
			return false
		}
	}
	return false
}

// listHeading reports a short heading with a word of the page's furniture
// lists ("Related Links:", "Further reading:").
func listHeading(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if listHeadingWords[w] {
			return true
		}
	}
	return false
}

// listHeadingWords make a short heading over a list the page's furniture.
var listHeadingWords = furniture.Set("list-heading")

// introducesQuotation reports a block that ends with a comma and leads
// into a quotation set apart in the next block, as records print what
// was said or written: "… Danny Alexander, said in July of last year
// that," over "“the review shows …”".
func introducesQuotation(blocks []block.Block, i int) bool {
	t := blocks[i].Text
	if !strings.HasSuffix(t, ",") {
		return false
	}
	for j := i + 1; j < len(blocks); j++ {
		if blocks[j].Removed != 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(blocks[j].Text)
		switch r {
		case '“', '"', '‘', '«', '„':
			return true
		}
		return false
	}
	return false
}

// advisoryField reports a media advisory's field label on a line of its
// own: "WHO:", "WHAT:", "WHEN:", "WHERE:", "WHY:", in any case.
func advisoryField(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 6 || s[len(s)-1] != ':' {
		return false
	}
	for _, f := range [...]string{"who:", "what:", "when:", "where:", "why:"} {
		if strings.EqualFold(s, f) {
			return true
		}
	}
	return false
}
