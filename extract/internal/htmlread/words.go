// This file reads the reader's word lists from data/classes.txt, whose
// header documents the format.

package htmlread

import (
	_ "embed"

	"github.com/communique/communique/internal/text"
)

//go:embed data/classes.txt
var classesTXT string

// classLists holds the sections of data/classes.txt by name; read-only
// after init.
var classLists = text.SectionWords(classesTXT)

// classList returns the named section; it panics at init on a name the
// data file does not hold, which is a build error of the package.
func classList(name string) []string { return classLists.Must(name) }
