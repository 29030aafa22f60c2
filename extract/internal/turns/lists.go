// This file reads the segmenter's word lists from data/words.txt, whose
// header documents the format.

package turns

import (
	_ "embed"
	"strings"

	"github.com/communique/communique/internal/text"
)

//go:embed data/words.txt
var wordsTXT string

// wordLists holds the lists of data/words.txt by name; read-only after
// init.
var wordLists = text.Sections(wordsTXT)

// turnList returns the named list of data/words.txt as a set, its entries
// separated by commas; it panics at init on a name the data file does not
// hold, which is a build error of the package.
func turnList(name string) map[string]bool {
	var entries []string
	for _, line := range wordLists.Must(name) {
		for _, e := range strings.Split(line, ",") {
			if e = strings.TrimSpace(e); e != "" {
				entries = append(entries, e)
			}
		}
	}
	return turnWordSet(entries...)
}
