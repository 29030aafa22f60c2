// This file reads the lines around a release's text: a headline's or a
// dateline's shape, the header lines (datelines, times, places, a venue or
// a byline) after which content begins, the place and day that sign a
// release under its last paragraph, and Markdown headings.

package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
)

// headlineShape reports whether a block can be a headline or a dateline:
// three to thirty words, no sentence ending but a question or exclamation
// mark, opening with a capital or a digit.
func headlineShape(s string, in blockInfo) bool {
	if in.words < 3 || in.words > 30 {
		return false
	}
	// Markdown's heading and emphasis marks ("## Title", "**Title**") are
	// no part of the words
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "#*_ ")); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false // a headline, or a dateline such as "2:02 p.m. EST"
	}
	if in.sent {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"'’”)`))
		return r == '?' || r == '!'
	}
	return true
}

// startsContent reports whether good content begins at block i, at a
// dateline, or right after up to three header lines: datelines, times,
// places, and at most two other lines of two to eight words (a venue, a
// byline).
//
// A Markdown heading ("### Discusses the blue economy") counts as one of
// those two lines whatever its length: the page marks it as a heading.
func startsContent(blocks []block.Block, info []blockInfo, classes []class, shape []lineShape, i int) bool {
	others := 0
	for skipped := 0; i < len(info); i++ {
		if classes[i] == classGood || info[i].class == classKeep || shape[i] == shapeDate {
			return true
		}
		if info[i].class == classBad && skipped < 3 && (info[i].interrupts() || info[i].reason == block.ReasonLegal || info[i].reason == block.ReasonNoWords) {
			skipped++ // a page marker, share buttons, a proof notice or a rule ("---") under the headline
			continue
		}
		if info[i].class != classShort || skipped == 3 {
			return false
		}
		if shape[i] == shapeNone {
			if others == 2 || info[i].words < 2 || info[i].words > 14 && !markdownHeading(blocks[i].Text) {
				return false
			}
			others++
		}
		skipped++
	}
	return false
}

// lineShape is what a short line of a page header can be.
type lineShape uint8

const (
	shapeNone  lineShape = iota
	shapeDate            // "February 16, 2022", "Volume 524: debated on Monday 7 March 2011"
	shapeTime            // "16:10", "1:42 P.M. EST"
	shapePlace           // "The Kremlin, Moscow", "Ottawa, Ontario"
)

// datelineShape tells the datelines, times and places of a page header.
func datelineShape(s string, in blockInfo, dated func(string) bool) lineShape {
	if in.words == 0 || in.words > 12 {
		return shapeNone
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) && in.words <= 5 {
		low := strings.ToLower(s)
		if strings.Contains(low, ":") || strings.Contains(low, "a.m") || strings.Contains(low, "p.m") {
			if dated == nil || !dated(s) {
				return shapeTime
			}
		}
	}
	if dated != nil && dated(s) {
		return shapeDate
	}
	if strings.Count(s, ",") == 1 && in.words <= 6 && !in.sent || strings.HasSuffix(s, "D.C.") {
		for _, w := range strings.Fields(s) {
			w = strings.Trim(w, ",.")
			if w != "" && !startsUpper(w) && !titleFunctionWords[w] {
				return shapeNone
			}
		}
		return shapePlace
	}
	return shapeNone
}

// footSignature reports the place and day that sign a release under its
// last paragraph: "Stockholm, 20 October 2015.", "**Wellington, 3 May
// 2024**" — a place in capitals before a comma, then the date, and no text
// after it.
func footSignature(blocks []block.Block, info []blockInfo, i int) bool {
	t := strings.Trim(strings.TrimSpace(blocks[i].Text), "*_")
	place, _, ok := strings.Cut(t, ",")
	if ok && strings.ContainsAny(place, "0123456789") {
		// the day first, the place after it: "December 6, 2021, Minsk"
		if k := strings.LastIndexByte(t, ','); k > 0 {
			place = strings.TrimSpace(strings.TrimRight(t[k+1:], "."))
		}
	}
	if !ok || place == "" || info[i].words > 7 || !startsUpper(place) || strings.ContainsAny(place, ".:;0123456789") {
		return false
	}
	for _, w := range strings.Fields(place) {
		if !startsUpper(w) {
			return false
		}
	}
	for k := i + 1; k < len(blocks); k++ {
		if blocks[k].Removed == 0 && info[k].class != classBad {
			return false
		}
	}
	return true
}

// markdownHeading reports a block that is a heading of a page converted
// to Markdown: one to six "#" and a space before its text ("## Title").
func markdownHeading(s string) bool {
	n := block.HeadingMarks(s)
	return n > 0 && n < len(s)
}

// Headline reports whether a block's text has a headline's shape and is no
// speaker label or delivery note: the test a plain-text page's title meets.
func Headline(s string) bool {
	in := blockInfo{words: countTokens(s), sent: block.EndsSentence(s)}
	return headlineShape(s, in) && startsUpper(s) && !isLabel(s) && !isNote(s)
}

// headingText returns a Markdown heading's words without its marks.
func headingText(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s[block.HeadingMarks(s):]), "*_"))
}
