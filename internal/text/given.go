// Given names: the lexicon of first names with the sex they usually mark,
// shared by the stages that need to tell a person's name (entities, the
// speaker labels of transcripts).

package text

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/given_names.tsv
var givenNamesTSV string

// givenNamesSSATSV is the longer list derived from the US Social Security
// Administration's counts by data/ssanames.py; the hand-written list wins.
//
//go:embed data/given_names_ssa.tsv
var givenNamesSSATSV string

// GivenNames returns the given-name lexicon: a name as written ("Jane")
// mapped to 'm' or 'f'. It is built on the first call and read-only: callers
// must not modify it.
func GivenNames() map[string]byte { return givenNames() }

var givenNames = sync.OnceValue(func() map[string]byte {
	g := make(map[string]byte, 18000)
	for _, src := range []string{givenNamesSSATSV, givenNamesTSV} {
		for _, line := range strings.Split(src, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			if name, sex, ok := strings.Cut(line, "\t"); ok && (sex == "m" || sex == "f") {
				g[name] = sex[0]
			}
		}
	}
	return g
})

// NamesSurname reports whether text names a person whose surname is w
// (a word that is usually something else, such as a weekday): a
// capitalised word or a title's abbreviation, a given name of the
// lexicon and w, one space apart, w not followed by a digit ("Attorney
// General Dave Sunday", not "in Nairobi, Kenya Friday" nor "Sunday 25
// May").
func NamesSurname(text, w string) bool {
	given := givenNames()
	for off := 0; ; {
		k := strings.Index(text[off:], w)
		if k < 0 {
			return false
		}
		k += off
		off = k + len(w)
		if k < 2 || text[k-1] != ' ' || off < len(text) && (asciiLetter(text[off]) || off+1 < len(text) && text[off] == ' ' && text[off+1] >= '0' && text[off+1] <= '9') {
			continue
		}
		b := k - 1
		for b > 0 && asciiLetter(text[b-1]) {
			b--
		}
		if b < k-1 && given[text[b:k-1]] != 0 && CapitalBefore(text, b) {
			return true
		}
	}
}

// CapitalBefore reports whether the word before byte offset at, across one
// space, begins with a capital letter or is a title's abbreviation
// ("General Dave", "Mr. Dave").
func CapitalBefore(text string, at int) bool {
	if at < 2 || text[at-1] != ' ' {
		return false
	}
	b := at - 1
	if text[b-1] == '.' {
		b--
	}
	a := b
	for a > 0 && asciiLetter(text[a-1]) {
		a--
	}
	return a < b && text[a] >= 'A' && text[a] <= 'Z'
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Surname returns the surname of a person's full name: its last word, or,
// when the name ends with a romanised given name of two syllables joined
// by a hyphen, the word before it ("Lee" of "Starry Lee Wai-king", "Chan"
// of "Chan Kwok-ki").
func Surname(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	last := name[sp+1:]
	if sp < 0 || !RomanisedGiven(last) {
		return last
	}
	rest := name[:sp]
	return rest[strings.LastIndexByte(rest, ' ')+1:]
}

// RomanisedGiven reports a given name of two romanised syllables joined by
// a hyphen, the second in lower case: "Wai-king", "Kwok-ki", "Jae-in".
func RomanisedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || b == "" || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	for i := 0; i < len(b); i++ {
		if b[i] < 'a' || b[i] > 'z' {
			return false
		}
	}
	return true
}
