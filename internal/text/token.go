// Tokens: the body cut into words, numbers, punctuation and quotation marks,
// each a byte span with its shape, in one pass over the bytes.

package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is.
type Kind uint8

// The kinds of token.
const (
	// Word is a run of letters, digits and marks, with inner apostrophes
	// ("don't", "O'Brien") but not a possessive's ("Rutte" of "Rutte's");
	// initials and dotted abbreviations keep their dots ("J.", "U.S.",
	// "Mr.").
	Word Kind = iota + 1
	// Punct is any other single character that is not white space.
	Punct
	// Quote is a quotation mark: straight or curly, single or double,
	// or a guillemet. Its shape says whether it opens or closes.
	Quote
	// Clitic is the possessive ending of the word before it: "'s" of
	// "Rutte's", "'" of "States'". That word has the Possessive shape.
	Clitic
)

// Shape is a set of flags describing a token's spelling.
type Shape uint16

// The shape flags.
const (
	Cap        Shape = 1 << iota // first rune is upper case
	Upper                        // every letter is upper case, and there is one
	Lower                        // first rune is lower case
	Digit                        // first rune is a digit
	Number                       // only digits
	Dots                         // ends with a dot that belongs to it ("J.", "U.S.", "Mr.")
	Open                         // a quotation mark that opens
	Close                        // a quotation mark that closes
	Double                       // a double quotation mark (“ ” " « »)
	Possessive                   // a word followed by its possessive 's or ' ("Rutte's", "States'")
	Abbrev                       // a listed abbreviation with its dot ("Mr.", "Inc."), not an initial
)

// Gap is the white space before a token.
type Gap uint8

// The gaps, from none to a paragraph break.
const (
	NoGap     Gap = iota // the token touches the one before
	Space                // spaces or tabs
	Newline              // one line break
	Paragraph            // a blank line (or the start of the text)
)

// Token is a span of the text with its kind and shape. Start and End are
// byte offsets into the analysed text; the token's text is
// text[Start:End].
type Token struct {
	Start, End int32
	Kind       Kind
	Gap        Gap
	Shape      Shape
}

// Is reports whether the token has every flag of s.
func (t Token) Is(s Shape) bool { return t.Shape&s == s }

// ASCII byte classes of the tokenizer.
const (
	aOther uint8 = iota
	aSpace
	aLower
	aUpper
	aDigit
	aQuote
)

var asciiClass = [128]uint8{
	' ': aSpace, '\t': aSpace, '\n': aSpace, '\r': aSpace, '\f': aSpace, '\v': aSpace,
	'"': aQuote, '\'': aQuote,
	'0': aDigit, '1': aDigit, '2': aDigit, '3': aDigit, '4': aDigit,
	'5': aDigit, '6': aDigit, '7': aDigit, '8': aDigit, '9': aDigit,
	'a': aLower, 'b': aLower, 'c': aLower, 'd': aLower, 'e': aLower, 'f': aLower, 'g': aLower,
	'h': aLower, 'i': aLower, 'j': aLower, 'k': aLower, 'l': aLower, 'm': aLower, 'n': aLower,
	'o': aLower, 'p': aLower, 'q': aLower, 'r': aLower, 's': aLower, 't': aLower, 'u': aLower,
	'v': aLower, 'w': aLower, 'x': aLower, 'y': aLower, 'z': aLower,
	'A': aUpper, 'B': aUpper, 'C': aUpper, 'D': aUpper, 'E': aUpper, 'F': aUpper, 'G': aUpper,
	'H': aUpper, 'I': aUpper, 'J': aUpper, 'K': aUpper, 'L': aUpper, 'M': aUpper, 'N': aUpper,
	'O': aUpper, 'P': aUpper, 'Q': aUpper, 'R': aUpper, 'S': aUpper, 'T': aUpper, 'U': aUpper,
	'V': aUpper, 'W': aUpper, 'X': aUpper, 'Y': aUpper, 'Z': aUpper,
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == aLower || c == aUpper || c == aDigit
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isQuoteRune reports a quotation mark and whether it is double.
func isQuoteRune(r rune) (quote, double bool) {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb':
		return true, true
	case '\'', '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a':
		return true, false
	}
	return false, false
}

// maxText is the largest text whose offsets fit a Token; longer texts are
// analysed up to it.
const maxText = 1<<31 - 1

// tokenize appends the tokens of text to dst. It never fails: an invalid
// byte is a one-byte Punct token.
func tokenize(dst []Token, text string, abbr *abbrevs) []Token {
	return tokenizeRange(dst, text, 0, len(text), abbr)
}

// tokenizeRange appends the tokens of text[from:to] to dst, with offsets
// into text, as if text[from:to] stood alone.
func tokenizeRange(dst []Token, text string, from, to int, abbr *abbrevs) []Token {
	n := min(to, len(text), maxText)
	gap := Paragraph
	base := len(dst)
	for i := from; i < n; {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case aSpace:
				if c == '\n' {
					gap = max(gap+1, Newline)
					gap = min(gap, Paragraph)
				} else if gap == NoGap {
					gap = Space
				}
				i++
				continue
			case aOther:
				dst = append(dst, Token{Start: int32(i), End: int32(i + 1), Kind: Punct, Gap: gap})
				gap = NoGap
				i++
				continue
			case aQuote:
				if c == '\'' && len(dst) > base && gap == NoGap && dst[len(dst)-1].Kind == Word && possessive(text, dst[len(dst)-1], i+1, n) {
					// "Rutte's": the word was cut before the apostrophe
					j := skipPossessive(text, i, n)
					dst[len(dst)-1].Shape |= Possessive
					dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Clitic})
					i = j
					continue
				}
				dst = append(dst, quoteToken(text, i, 1, n, gap, c == '"', dst[base:]))
				gap = NoGap
				i++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if IsSpace(r) {
				if r == 0x2028 || r == 0x2029 {
					gap = max(gap, Newline)
				} else if gap == NoGap {
					gap = Space
				}
				i += size
				continue
			}
			if q, double := isQuoteRune(r); q {
				if r == '\u2019' && len(dst) > base && gap == NoGap && dst[len(dst)-1].Kind == Word && possessive(text, dst[len(dst)-1], i+size, n) {
					j := skipPossessive(text, i, n)
					dst[len(dst)-1].Shape |= Possessive
					dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Clitic})
					i = j
					continue
				}
				dst = append(dst, quoteToken(text, i, size, n, gap, double, dst[base:]))
				gap = NoGap
				i += size
				continue
			}
			if r == utf8.RuneError && size <= 1 || !isWordRune(r) {
				dst = append(dst, Token{Start: int32(i), End: int32(i + size), Kind: Punct, Gap: gap})
				gap = NoGap
				i += size
				continue
			}
		}
		t, j := word(text, i, n, r, size, abbr)
		t.Gap = gap
		dst = append(dst, t)
		gap = NoGap
		i = j
	}
	return dst
}

// word reads the word that starts at i with rune r of size bytes.
func word(text string, i, n int, r rune, size int, abbr *abbrevs) (Token, int) {
	start := i
	var shape Shape
	letters, uppers, digits := 0, 0, 0
	switch {
	case r < utf8.RuneSelf && asciiClass[r] == aLower:
		shape |= Lower
		letters++
	case r < utf8.RuneSelf && asciiClass[r] == aUpper:
		shape |= Cap
		letters, uppers = 1, 1
	case r < utf8.RuneSelf && asciiClass[r] == aDigit, unicode.IsDigit(r):
		shape |= Digit
		digits++
	case unicode.IsUpper(r):
		shape |= Cap
		letters, uppers = 1, 1
	case unicode.IsLower(r):
		shape |= Lower
		letters++
	case unicode.IsLetter(r):
		letters++
	}
	i += size
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case aLower:
				letters++
				i++
				continue
			case aUpper:
				letters++
				uppers++
				i++
				continue
			case aDigit:
				digits++
				i++
				continue
			case aQuote:
				if c == '\'' && innerApostrophe(text, i+1, n) {
					i++
					continue
				}
			}
			break
		}
		r2, s2 := utf8.DecodeRuneInString(text[i:])
		if r2 == '\u2019' && innerApostrophe(text, i+s2, n) {
			i += s2
			continue
		}
		if !isWordRune(r2) {
			break
		}
		switch {
		case unicode.IsDigit(r2):
			digits++
		case unicode.IsUpper(r2):
			letters++
			uppers++
		case unicode.IsLetter(r2):
			letters++
		}
		i += s2
	}
	if i < n && text[i] == '.' {
		switch {
		case letters == 1 && uppers == 1 && i-start <= 2:
			// an initial, or a dotted abbreviation: "J.", "U.S.", "D.C."
			i++
			shape |= Dots
			for i+1 < n && 'A' <= text[i] && text[i] <= 'Z' && text[i+1] == '.' {
				i += 2
			}
		case letters > 0 && abbr.has(text[start:i]):
			i++
			shape |= Dots | Abbrev
		}
	}
	if letters > 0 && uppers == letters {
		shape |= Upper
	}
	if digits > 0 && letters == 0 && i-start == digits {
		shape |= Number
	}
	return Token{Start: int32(start), End: int32(i), Kind: Word, Shape: shape}, i
}

// innerApostrophe reports whether an apostrophe before i stays inside a
// word: a word rune follows, and it is not a possessive's "s".
func innerApostrophe(text string, i, n int) bool {
	if i >= n {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r) && !possessiveS(text, i, n)
}

// possessiveS reports whether text[i:] opens with a lone "s" (the
// possessive of "Rutte's").
func possessiveS(text string, i, n int) bool {
	if i >= n || text[i] != 's' && text[i] != 'S' {
		return false
	}
	if i+1 >= n {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !isWordRune(r)
}

// possessive reports whether an apostrophe after word w, with text[i:]
// after it, marks a possessive: "Rutte's", or "States'" (a plural's).
func possessive(text string, w Token, i, n int) bool {
	if possessiveS(text, i, n) {
		return true
	}
	if last := text[w.End-1]; last != 's' && last != 'S' {
		return false
	}
	if i >= n {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return IsSpace(r)
}

// skipPossessive returns the index past the apostrophe at i and its "s".
func skipPossessive(text string, i, n int) int {
	_, s := utf8.DecodeRuneInString(text[i:])
	i += s
	if possessiveS(text, i, n) {
		i++
	}
	return i
}

// quoteToken returns the token of a quotation mark at i, deciding whether
// it opens or closes from the curly form or from what touches it.
func quoteToken(text string, i, size, n int, gap Gap, double bool, prev []Token) Token {
	t := Token{Start: int32(i), End: int32(i + size), Kind: Quote, Gap: gap}
	if double {
		t.Shape |= Double
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '\u201c', '\u2018', '\u201e', '\u201a', '\u201b', '\u201f', '\u00ab', '\u2039':
		t.Shape |= Open
		return t
	case '\u201d', '\u00bb', '\u203a':
		t.Shape |= Close
		return t
	case '\u2019':
		if gap != NoGap || len(prev) == 0 {
			t.Shape |= Open // a mis-typed opening mark
		} else {
			t.Shape |= Close
		}
		return t
	}
	// straight marks: by the spaces around them
	before := gap != NoGap || len(prev) == 0 || prev[len(prev)-1].Kind == Punct && opensSpan(text[prev[len(prev)-1].Start])
	after := i+size >= n
	if !after {
		r2, _ := utf8.DecodeRuneInString(text[i+size:])
		after = IsSpace(r2) || r2 == ',' || r2 == '.' || r2 == ';' || r2 == ':' || r2 == '?' || r2 == '!' || r2 == ')'
	}
	switch {
	case before && !after:
		t.Shape |= Open
	case after && !before:
		t.Shape |= Close
	}
	return t
}

// opensSpan reports a bracket or dash after which a quotation may open.
func opensSpan(c byte) bool { return c == '(' || c == '[' || c == '-' || c == '/' }
