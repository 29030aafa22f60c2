// This file reads speaker labels and delivery notes on their own lines:
// "Q:", "SECRETARY BLINKEN:", "Mark Rutte, NATO Secretary General", a
// name in capitals, a recording's time stamp after a label, a block quote's
// signature, and "(As delivered)"; such blocks are content.

package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// isNote reports delivery notes: a short block wholly in brackets, "(As
// delivered)", "[Applause]".
func isNote(s string) bool {
	if len(s) < 3 || len(s) > 60 {
		return false
	}
	return (s[0] == '(' && s[len(s)-1] == ')') || (s[0] == '[' && s[len(s)-1] == ']')
}

// labelWords are own-line turn labels without a name.
var labelWords = furniture.Set("label-words")

// prevWords returns the text of the nearest block before i that holds
// more than a block quote's mark ("> ").
func prevWords(blocks []block.Block, i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := strings.TrimLeft(blocks[k].Text, "> "); t != "" {
			return blocks[k].Text
		}
	}
	return ""
}

// blockQuoteSignature reports a Markdown block quote's line that signs
// the quotation above it: prev ends with a closing quotation mark and s is
// "> _Dr. Jane Roe, interim CEO, Acme Health_", a name (an honorific
// allowed) and a comma opening whatever office.
func blockQuoteSignature(prev, s string) bool {
	if !strings.HasPrefix(s, ">") || len(s) > 160 {
		return false
	}
	p := strings.TrimRight(prev, " ")
	if !strings.HasSuffix(p, "”") && !strings.HasSuffix(p, "\"") {
		return false
	}
	t := unwrapLabel(s)
	c := strings.IndexByte(t, ',')
	if c <= 0 {
		return false
	}
	ws := strings.Fields(text.TrimHonorifics(strings.TrimSpace(t[:c])))
	if len(ws) > 0 && text.IsHonorific(ws[0]) {
		ws = ws[1:] // "Dr. Roe": a surname alone
	}
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// capsNameLine reports a line of two to eight words in capitals and
// nothing else, as a speaker's title and name alone on their line
// ("MINISTER JANE ROE", "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR").
func capsNameLine(s string) bool {
	if n := fieldsUpTo(s, 9); n < 2 || n > 8 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '\'' || r == '\u2019' || r == '.':
		default:
			return false
		}
	}
	return letters >= 4
}

// isLabel reports transcript speaker labels: "Question", "Q:", "SECRETARY
// BLINKEN:", "Vladimir Putin:", and "Mark Rutte, NATO Secretary General".
func isLabel(s string) bool {
	n0 := len(s)
	s = trimTimestamp(s)
	stamped := len(s) < n0 // a recording's stamp closes the label as a colon does
	if n := fieldsUpTo(s, 17); n == 0 || n > 16 {
		return false // a paragraph, not a label: decided without copying it
	}
	t := strings.TrimRight(s, ":. ")
	var buf [128]byte // long enough for most lines of sixteen words
	if labelWords[string(lowerInto(buf[:0], t))] {
		return true
	}
	// "Question by Media:", "Question from the floor:": a question,
	// whoever asks it
	for _, q := range [...]string{"question by ", "question from ", "questions from "} {
		if text.HasPrefixFold(t, q) && len(t) > len(q) && strings.Count(t[len(q):], " ") < 4 && strings.HasSuffix(s, ":") {
			return true
		}
	}
	if !startsUpper(s) {
		return false
	}
	var buf16 [16]string // s has one to sixteen words (fieldsUpTo above)
	words := appendFields(buf16[:0], s, 16)
	if strings.HasSuffix(s, ":") || stamped && s != "" {
		// "NAME:" or "Title Name:" with no sentence inside, every word
		// but function words capitalised.
		if strings.ContainsAny(strings.TrimSuffix(s, ":"), "!?;:") {
			return false
		}
		for i, w := range words {
			w = strings.Trim(w, "():,.")
			if i > 0 && i == len(words)-1 && len(w) <= 3 && allDigits(w) {
				continue // "Speaker 1:", "PARTICIPANT 2:"
			}
			if w != "" && !startsUpper(w) && !titleFunctionWords[strings.ToLower(w)] {
				return false
			}
		}
		return true
	}
	// "Name Surname, Title of Office"
	comma := strings.IndexByte(s, ',')
	if comma < 0 || block.EndsSentence(s) {
		return false
	}
	var nameBuf, titleBuf [16]string
	name, title := appendFields(nameBuf[:0], s[:comma], 16), appendFields(titleBuf[:0], s[comma+1:], 16)
	if len(name) < 2 || len(name) > 5 || len(title) == 0 || len(title) > 10 {
		return false
	}
	for _, w := range name {
		if !startsUpper(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	if !startsUpper(title[0]) {
		return false
	}
	for _, w := range title {
		if !startsUpper(w) && !titleFunctionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// trimTimestamp cuts a recording timestamp off the end of a label:
// "Dmitry Peskov: (09:51)", "Speaker 1: [01:10:08]".
func trimTimestamp(s string) string {
	// a stamp that links to the moment in the recording: "Jane Roe
	// (Mayor) [22:39](https://youtu.be/…&t=1359)"
	if o, end := block.LinkedStamp(s); o > 0 && end == len(s) {
		return strings.TrimSpace(s[:o])
	}
	n := len(s)
	if n < 6 || (s[n-1] != ')' && s[n-1] != ']') {
		return s
	}
	open := strings.LastIndexAny(s, "([")
	if open < 0 {
		return s
	}
	for _, c := range []byte(s[open+1 : n-1]) {
		if c != ':' && (c < '0' || c > '9') {
			return s
		}
	}
	return strings.TrimSpace(s[:open])
}

var titleFunctionWords = furniture.Set("title-function-words")

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Learnable reports whether a block may be learned into a site profile:
// speaker labels and delivery notes recur across transcripts and are
// content.
func Learnable(s string) bool { return !isLabel(s) && !isNote(s) }
