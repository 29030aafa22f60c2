// This file reads the segmenter's word lists from data/words.txt, whose
// header documents the format.

package turns

import (
	_ "embed"

	"github.com/communique/communique/internal/text"
)

//go:embed data/words.txt
var wordsTXT string

// wordLists holds the lists of data/words.txt by name, their entries
// separated by commas; read-only after init. wordLists.Set("name") gives
// one as a set.
var wordLists = text.SectionPhrases(wordsTXT)
