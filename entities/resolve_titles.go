// Comparing titles while resolving: whether two titles may name one office,
// a title's head without its complement and the heads that designate it,
// legislators' and spokespersons' titles, with in-place readings of ASCII
// titles.

package entities

import (
	"strings"
	"unicode/utf8"
)

// titleWords returns the folded words of a title.
func titleWords(t string) []string {
	return strings.Fields(strings.ToLower(strings.ReplaceAll(t, "-", " ")))
}

// titlesCompatible reports whether one title's words appear in order in the
// other's ("Secretary" and "Secretary of State", "Minister" and "Foreign
// Minister").
func titlesCompatible(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	if isSpokes(a) && isSpokes(b) || isLegislator(a) && isLegislator(b) {
		return true
	}
	if isASCII(a) && isASCII(b) {
		return asciiWordsInOrder(a, b)
	}
	return wordsInOrder(a, b)
}

// wordsInOrder reports whether the words of the title with fewer
// (titleWords') appear in order among the other's.
func wordsInOrder(a, b string) bool {
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	k := 0
	for _, w := range wb {
		if k < len(wa) && wa[k] == w {
			k++
		}
	}
	return k == len(wa)
}

// asciiWordsInOrder is titlesCompatible's reading of ASCII titles, in
// place: the words of the title with fewer (titleWords') appear in order,
// without case, among the other's.
func asciiWordsInOrder(a, b string) bool {
	if countTitleWords(a) > countTitleWords(b) {
		a, b = b, a
	}
	wa, ia := nextTitleWord(a, 0)
	for ib := 0; wa != ""; {
		var wb string
		if wb, ib = nextTitleWord(b, ib); wb == "" {
			break
		}
		if equalFoldASCII(wa, wb) {
			wa, ia = nextTitleWord(a, ia)
		}
	}
	return wa == ""
}

// nextTitleWord returns the first of titleWords' words of ASCII s[i:],
// not lowered, and the index after it; "" at the end.
func nextTitleWord(s string, i int) (string, int) {
	for i < len(s) && isTitleSep(s[i]) {
		i++
	}
	start := i
	for i < len(s) && !isTitleSep(s[i]) {
		i++
	}
	return s[start:i], i
}

// countTitleWords returns len(titleWords(s)) for ASCII s.
func countTitleWords(s string) int {
	n := 0
	for w, i := nextTitleWord(s, 0); w != ""; w, i = nextTitleWord(s, i) {
		n++
	}
	return n
}

// isTitleSep reports whether c parts the words of an ASCII title, for
// titleWords: white space (strings.Fields') or a hyphen.
func isTitleSep(c byte) bool {
	return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// asciiLegislator is isLegislator for an ASCII title, read in place.
func asciiLegislator(t string) bool {
	first, last, n := "", "", 0
	for w, i := nextTitleWord(t, 0); w != ""; w, i = nextTitleWord(t, i) {
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	if n == 0 {
		return false
	}
	for _, f := range [...]string{"senator", "representative", "congressman", "congresswoman", "speaker"} {
		if equalFoldASCII(first, f) {
			return true
		}
	}
	return equalFoldASCII(last, "leader") && n == 2 && !equalFoldASCII(first, "supreme") || equalFoldASCII(last, "whip")
}

// asciiHead is head for an ASCII title, made in one string.
func asciiHead(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	for w, i := nextTitleWord(t, 0); w != "" && !isComplementWord(w); w, i = nextTitleWord(t, i) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for k := 0; k < len(w); k++ {
			b.WriteByte(lowerASCII(w[k]))
		}
	}
	return b.String()
}

// hasComplement reports whether title t goes on past its head h (head(t)):
// whether a word of it opens a complement, which head leaves out.
func hasComplement(t, h string) bool {
	if !isASCII(t) {
		return h != strings.Join(titleWords(t), " ")
	}
	for w, i := nextTitleWord(t, 0); w != ""; w, i = nextTitleWord(t, i) {
		if isComplementWord(w) {
			return true
		}
	}
	return false
}

// isComplementWord reports whether an ASCII word opens a title's
// complement, in any case: "of", "for", "to", "and" (see head).
func isComplementWord(w string) bool {
	return equalFoldASCII(w, "of") || equalFoldASCII(w, "for") || equalFoldASCII(w, "to") || equalFoldASCII(w, "and")
}

// equalFoldASCII reports whether ASCII a and b are equal without case.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// lowerASCII returns c lower-cased, if it is an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isASCII reports whether s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isLegislator reports whether a title is a member's of a legislature or
// an office a member holds in it ("Senator", "Democratic Leader",
// "Speaker of the House"): the list's Senators and Representatives hold
// them.
func isLegislator(t string) bool {
	if isASCII(t) {
		return asciiLegislator(t)
	}
	w := titleWords(t)
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "senator", "representative", "congressman", "congresswoman", "speaker":
		return true
	}
	last := w[len(w)-1]
	return last == "leader" && len(w) == 2 && w[0] != "supreme" || last == "whip"
}

// isSpokes reports whether a title is a spokesperson's.
func isSpokes(t string) bool {
	return containsLower(t, "spokes") || containsLower(t, "press secretary")
}

// head returns the folded title without its "of"/"for"/"to" complement.
func head(t string) string {
	if isASCII(t) {
		return asciiHead(t)
	}
	ws := titleWords(t)
	for i, w := range ws {
		if w == "of" || w == "for" || w == "to" || w == "and" {
			ws = ws[:i]
			break
		}
	}
	return strings.Join(ws, " ")
}

// headKeys returns the heads of unnamed offices that designate an
// official with title t: its own head ("secretary" for "Secretary of
// State") and its shorter endings ("minister" for "Foreign Minister"), but
// not those of a deputy ("the Secretary General" is not the Deputy
// Secretary General).
func headKeys(t string) []string {
	h := head(t)
	if h == "" {
		return nil
	}
	keys := []string{h}
	if strings.HasPrefix(h, "deputy ") || strings.HasPrefix(h, "vice ") || strings.HasPrefix(h, "assistant ") || strings.HasPrefix(h, "under ") {
		return keys
	}
	for i := 0; i < len(h); i++ {
		if h[i] == ' ' {
			keys = append(keys, h[i+1:])
		}
	}
	return keys
}
