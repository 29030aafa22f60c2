package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// latinFold maps accented Latin letters to their base letters.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ģ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i",
	'ķ': "k", 'ļ': "l", 'ł': "l", 'ľ': "l", 'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ř': "r", 'ś': "s", 'ş': "s", 'š': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d",
}

// foldName returns the comparison key of a person's name: lower case,
// accents removed, dots and commas dropped, hyphens and white space as
// single spaces, curly apostrophes straight.
func foldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == ',':
			continue
		case r == '-' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u2019':
			r = '\''
		case r == utf8.RuneError:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		r = unicode.ToLower(r)
		if f, ok := latinFold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// titleCase turns an all-capitals word ("KOSINIAK-KAMYSZ") into a name
// ("Kosiniak-Kamysz").
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := true
	roman := false // a generational numeral ("III") stays in capitals
	for i, r := range s {
		if start {
			roman = romanSuffix(s[i:])
			b.WriteRune(unicode.ToUpper(r))
		} else if roman {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == ' ' || r == '\'' || r == '\u2019' || r == '.' // ("L.D. TABUYA": initials)
	}
	return b.String()
}

// romanSuffix reports whether the word opening s is a generational numeral
// ending the text: "II", "III", "IV".
func romanSuffix(s string) bool {
	if strings.IndexByte(s, ' ') >= 0 {
		return false
	}
	switch s {
	case "II", "III", "IV", "V", "VI":
		return true
	}
	return false
}

// lowerIn reports whether set holds strings.ToLower(w): an ASCII word is
// lowered in a buffer on the stack, not in a new string.
func lowerIn(set map[string]bool, w string) bool {
	if len(w) <= 32 && isASCII(w) {
		var buf [32]byte
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			b[i] = lowerASCII(w[i])
		}
		return set[string(b)]
	}
	return set[strings.ToLower(w)]
}

// lowerIs reports whether strings.ToLower(w) is low, a lower-case word,
// without a lower-cased copy of an ASCII w.
func lowerIs(w, low string) bool {
	if isASCII(w) {
		return equalFoldASCII(w, low)
	}
	return strings.ToLower(w) == low
}

// containsLower reports whether strings.ToLower(s) holds sub, a lower-case
// ASCII string, without a lower-cased copy of an ASCII s.
func containsLower(s, sub string) bool {
	if isASCII(s) {
		return text.IndexFold(s, sub) >= 0
	}
	return strings.Contains(strings.ToLower(s), sub)
}
