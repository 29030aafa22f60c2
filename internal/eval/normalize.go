// Normalisation: texts compared as the reference scorer compares them.

package eval

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpace reports the characters Python treats as white space (str.isspace,
// and \s in a str pattern).
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r >= 0x1c && r <= 0x20, r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// Norm normalises text for comparison: no-break spaces become spaces,
// curly single quotes straight ones, curly double quotes and guillemets
// straight double quotes, runs of white space one space, and surrounding
// white space is trimmed.
func Norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb':
			r = '"'
		}
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Key is the form texts are compared in: Norm, lower case (as Python
// lower-cases, final sigma included), and surrounding spaces, quotes and
// punctuation (" \"'.,;:") trimmed.
func Key(s string) string {
	return strings.Trim(lower(Norm(s)), " \"'.,;:")
}

// lower lower-cases s as Python's str.lower does: İ becomes "i̇" and a
// capital sigma at the end of a word becomes ς.
func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch r {
		case '\u0130':
			b.WriteString("i\u0307")
		case '\u03a3':
			if finalSigma(s, i) {
				b.WriteRune('\u03c2')
			} else {
				b.WriteRune('\u03c3')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', '\u00b7', '\u2018', '\u2019', '\u2024', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a', '\u0387', '\u05f4', '\u2027', '\ufe13':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// finalSigma applies Unicode's Final_Sigma condition to the Σ at s[i].
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if isCaseIgnorable(r) {
			continue
		}
		before = isCased(r)
		break
	}
	if !before {
		return false
	}
	for j := i + len("\u03a3"); j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		j += n
		if isCaseIgnorable(r) {
			continue
		}
		return !isCased(r)
	}
	return true
}

// upper upper-cases s; only ASCII is expected (ISO codes).
func upper(s string) string { return strings.ToUpper(s) }

// strip trims Python white space from both ends of s.
func strip(s string) string { return strings.TrimFunc(s, isSpace) }

// courtesy matches the courtesy titles cut from the front of a name before
// names are compared ("Mr. Comey", "Sen. Warren").
var courtesy = regexp.MustCompile(`^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rep|sen|gov|rev|hon)\.?\s+)+`)

// SamePerson reports whether two names denote the same person: equal as
// keys, or one ends with the other as a whole word ("Rutte" and "Mark
// Rutte"), after courtesy titles are cut ("Mr. Comey" and "James B.
// Comey").
func SamePerson(a, b string) bool {
	a, b = courtesy.ReplaceAllString(Key(a), ""), courtesy.ReplaceAllString(Key(b), "")
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	return strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// DateOK reports whether a predicted ISO value matches a gold one: equal,
// or the gold value followed by a time or part of day ("2025-04-03TEV"
// matches "2025-04-03").
func DateOK(pred, gold string) bool {
	pred, gold = strip(pred), strip(gold)
	return gold != "" && (pred == gold || strings.HasPrefix(pred, gold+"T"))
}
