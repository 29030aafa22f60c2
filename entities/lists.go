// This file reads the package's word and phrase lists from data/words.txt
// and data/phrases.txt, whose headers document the format, and the party
// abbreviations of data/parties.tsv.

package entities

import (
	_ "embed"

	"github.com/communique/communique/internal/text"
)

//go:embed data/words.txt
var wordsTXT string

// wordLists holds the lists of data/words.txt by name; read-only after
// init. wordLists.Set("name") gives one as a set.
var wordLists = text.SectionWords(wordsTXT)

//go:embed data/phrases.txt
var phrasesTXT string

// phraseLists holds the lists of data/phrases.txt by name; read-only
// after init.
var phraseLists = text.SectionPhrases(phrasesTXT)
