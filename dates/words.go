// This file reads the package's word lists from data/words.txt, whose
// header documents the format.

package dates

import (
	_ "embed"
	"strings"
)

//go:embed data/words.txt
var wordsTXT string

// wordLists holds the lists of data/words.txt by name; read-only after
// init.
var wordLists = func() map[string][]string {
	out := map[string][]string{}
	name := ""
	for _, line := range strings.Split(wordsTXT, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[' && line[len(line)-1] == ']':
			name = line[1 : len(line)-1]
		case name != "":
			out[name] = append(out[name], strings.Fields(line)...)
		}
	}
	return out
}()

// wordList returns the named list; it panics at init on a name the data
// file does not hold, which is a build error of the package.
func wordList(name string) []string {
	l, ok := wordLists[name]
	if !ok {
		panic("dates: data/words.txt has no list " + name)
	}
	return l
}
