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
