// Package text holds the one analysis of a body that every stage of
// communique reads, and the text utilities the packages share.
//
// An Analyzer, built once with NewAnalyzer, reads a text into a Doc:
// tokens (words, punctuation, quotation marks, possessive endings) with
// byte offsets, gaps and shapes; sentences and paragraphs as token ranges;
// and name chunks, runs of capitalised words with the title or honorifics
// before them and the apposition or parenthesis after them. A Doc holds
// offsets into the text, never copies of it, so a stage can take any word's
// text or lower-cased text without allocating.
//
// The vocabulary the analysis needs (honorifics with the gender they show,
// abbreviations that keep their dot, capitalised words that are no names)
// lives in data/ as documented text files; callers add titles, honorifics
// and abbreviations through Lexicon.
//
// The file space.go holds white-space normalisation, word counting and
// comparisons of ASCII text without case that read it in place.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsSpace reports whether r is white space for normalisation: Unicode
// spaces, no-break spaces and zero-width spaces included.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029
}

// NormalizeSpace returns s with every run of white space (no-break spaces
// included) folded to one space, and no leading or trailing space. Control
// characters count as white space; soft hyphens (U+00AD, a hint where a
// word may break: "Vladi\u00admir") are dropped. s is returned unchanged,
// without copying, when it is already normal.
func NormalizeSpace(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// ASCII is read a byte at a time: its white space (space, tab,
		// line ends, vertical tab, form feed) and its control characters
		// are the bytes up to ' ', and DEL.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == 0x7F {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		// An invalid byte decodes to U+FFFD, one byte long, as ranging
		// over s gives it.
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '\u00ad' {
			continue
		}
		if IsSpace(r) || r < 0xA0 {
			// Control characters (C1 here) separate words as white space
			// does.
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isNormal(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F {
				return false
			}
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsSpace(r) || r == utf8.RuneError || (r >= 0x80 && r < 0xA0) || r == '\u00ad' {
			return false
		}
		prevSpace = false
		i += n
	}
	return true
}

// Digits reports whether s is a non-empty run of ASCII digits ("2025",
// "07"); the stages' number tests ("Q12", a house number, a year) read it.
func Digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Words counts the words of s: maximal runs of letters and digits.
func Words(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// HasPrefixFold reports whether s begins with prefix, ASCII letters
// compared without case; prefix is lower-case ASCII ("photo caption:").
// It reads s in place, where strings.HasPrefix(strings.ToLower(s), prefix)
// copies it.
func HasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// IndexFold returns the index of the first instance of sub in s, ASCII
// letters compared without case, or -1; sub is lower-case ASCII.
func IndexFold(s, sub string) int {
	if sub == "" {
		return 0
	}
	first, up := sub[0], sub[0]
	if 'a' <= up && up <= 'z' {
		up -= 'a' - 'A'
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if c := s[i]; (c == first || c == up) && HasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}
