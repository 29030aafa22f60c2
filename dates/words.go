// This file reads the package's word lists from data/words.txt, whose
// header documents the format.

package dates

import (
	_ "embed"

	"github.com/communique/communique/internal/text"
)

//go:embed data/words.txt
var wordsTXT string

// wordLists holds the lists of data/words.txt by name; read-only after
// init.
var wordLists = text.SectionWords(wordsTXT)

// wordList returns the named list; it panics at init on a name the data
// file does not hold, which is a build error of the package.
func wordList(name string) []string { return wordLists.Must(name) }
