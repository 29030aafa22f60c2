// This file reads the package's word lists from data/words.txt, whose
// header documents the format.

package quotes

import (
	_ "embed"

	"github.com/communique/communique/internal/text"
)

//go:embed data/words.txt
var wordsTXT string

// wordLists holds the lists of data/words.txt by name; read-only after
// init.
var wordLists = text.SectionWords(wordsTXT)

// listSet returns the named list of data/words.txt as a set; it panics at
// init on a name the data file does not hold, which is a build error of
// the package.
func listSet(name string) map[string]bool {
	ws := wordLists.Must(name)
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
