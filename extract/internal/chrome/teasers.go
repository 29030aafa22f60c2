// Teaser cards: the list of other releases a site prints under the page's
// own ("Recent News"), each card a title, a date and the first words of
// the other release cut off with an ellipsis.

package chrome

import (
	"strings"

	"github.com/communique/communique/extract/internal/block"
)

// markTeasers marks the cards of a list of other pages outside the
// protected range [dFirst, dLast]: a snippet cut off with an ellipsis
// ("… who is currently charged with one count …") right under a line that
// is a date alone, itself under the card's title. Two cards or more make
// a list; one snippet under a date may be the page's own text.
func markTeasers(blocks []block.Block, info []blockInfo, dated func(string) bool, dFirst, dLast int) {
	if dated == nil {
		return
	}
	var cards []int // the snippets' blocks
	for i := 2; i < len(blocks); i++ {
		if dFirst <= i && i <= dLast || blocks[i].Removed != 0 || !truncated(blocks[i].Text) || len(blocks[i].Text) > 400 {
			continue
		}
		d := i - 1
		if blocks[d].Removed != 0 || info[d].words > 6 || !dated(blocks[d].Text) || strings.ContainsAny(blocks[d].Text, ".!?") && !strings.HasSuffix(blocks[d].Text, ".") {
			continue
		}
		cards = append(cards, i)
	}
	if len(cards) < 2 {
		return
	}
	for _, i := range cards {
		for k := i - 2; k <= i; k++ {
			if dFirst <= k && k <= dLast || blocks[k].Removed != 0 || info[k].sent && k == i-2 {
				continue // (a sentence over the date is no card's title)
			}
			info[k].class, info[k].reason = classBad, block.ReasonNavigation
		}
	}
}

// truncated reports a text cut off with an ellipsis: "… one count …",
// "… following the ...".
func truncated(s string) bool {
	s = strings.TrimRight(s, " \u00a0")
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "[…]") || strings.HasSuffix(s, "[...]")
}

// markDatedList marks a list of other pages under a furniture heading
// ("Latest News", "Recent News") below a paragraph of the text and outside
// the protected range: the run of blocks right under the heading that are
// each a date alone, a title (no sentence's end, at most twenty words) or
// a snippet cut off with an ellipsis, when it holds two dates or more. (A
// release's head under the site's "News" may give its own day twice,
// "Admin | August 20, 2024" over "Miami – August 20, 2024": no paragraph
// of the text is above it.)
func markDatedList(blocks []block.Block, info []blockInfo, dated func(string) bool, dFirst, dLast int) {
	if dated == nil {
		return
	}
	prose := false // a paragraph of the text above
	for h := 0; h < len(blocks); h++ {
		if in := info[h]; blocks[h].Removed == 0 && in.chars >= lengthLow && in.sent && in.class != classBad {
			prose = true
		}
		if !prose || dFirst <= h && h <= dLast || info[h].words == 0 || info[h].words > 3 || !listHeading(blocks[h].Text) || block.EndsSentence(blocks[h].Text) {
			continue
		}
		days, end := 0, h+1
		for ; end < len(blocks) && !(dFirst <= end && end <= dLast); end++ {
			t := blocks[end].Text
			if blocks[end].Removed != 0 && info[end].words == 0 {
				continue
			}
			if info[end].words <= 6 && dated(t) {
				days++
				continue
			}
			if truncated(t) && len(t) <= 400 || info[end].words <= 20 && !block.EndsSentence(t) {
				continue
			}
			break
		}
		if days < 2 {
			continue
		}
		for k := h; k < end; k++ {
			if blocks[k].Removed == 0 && info[k].class != classBad {
				info[k].class, info[k].reason = classBad, block.ReasonNavigation
			}
		}
		h = end - 1
	}
}
