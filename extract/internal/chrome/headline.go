package chrome

import (
	"strings"

	"github.com/communique/communique/extract/internal/block"
)

// This file finds the copies of a headline at the head of a page: scrapes
// of a news listing often print the listing's title (whole, or cut short
// with an ellipsis) above the article's own headline.

// headMax is how many kept blocks at the top of a page may hold copies of
// the headline.
const headMax = 10

// The marks headCopies gives a block.
const (
	headNone uint8 = iota
	headCopy       // an earlier copy, or a truncated teaser, of the headline
	headLine       // the headline itself: the last copy, judged as if printed once
)

// headCopies marks the headline copies at the head of a page: among the
// kept blocks before the first line of prose (a sentence of eight words or
// more), a block printed twice there keeps its last copy as the headline
// and loses the earlier one, and a block ending in an ellipsis whose words
// open the next kept block is a teaser of it. It returns nil when there is
// nothing to mark.
func headCopies(blocks []block.Block, hashes []uint64) []uint8 {
	var head []int
	for i := range blocks {
		if blocks[i].Removed != 0 {
			continue
		}
		t := blocks[i].Text
		if len(head) == headMax {
			break
		}
		if _, teaser := teaserStem(t); !teaser && block.EndsSentence(t) && fieldsUpTo(t, 8) >= 8 {
			break
		}
		head = append(head, i)
	}
	var marks []uint8
	mark := func(i int, m uint8) {
		if marks == nil {
			marks = make([]uint8, len(blocks))
		}
		marks[i] = m
	}
	for x, i := range head {
		if x+1 < len(head) {
			if stem, ok := teaserStem(blocks[i].Text); ok && strings.HasPrefix(blocks[head[x+1]].Text, stem) {
				mark(i, headCopy)
				continue
			}
		}
		for _, j := range head[x+1:] {
			if hashes[j] == hashes[i] && strings.EqualFold(blocks[j].Text, blocks[i].Text) && fieldsUpTo(blocks[i].Text, 3) >= 3 {
				mark(i, headCopy)
				mark(j, headLine)
				break
			}
		}
	}
	return marks
}

// teaserStem returns the text of a block cut short with an ellipsis
// ("Minister Meets…", "Minister Meets ..."), without it and its space, when
// at least three words stand before it.
func teaserStem(s string) (string, bool) {
	var stem string
	switch {
	case strings.HasSuffix(s, "\u2026"):
		stem = strings.TrimSuffix(s, "\u2026")
	case strings.HasSuffix(s, "..."):
		stem = strings.TrimSuffix(s, "...")
	default:
		return "", false
	}
	stem = strings.TrimRight(stem, " ")
	return stem, len(strings.Fields(stem)) >= 3
}
