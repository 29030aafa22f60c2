// This file reads the reader's word lists from data/classes.txt, whose
// header documents the format.

package htmlread

import (
	_ "embed"
	"strings"
)

//go:embed data/classes.txt
var classesTXT string

// classLists holds the sections of data/classes.txt by name; read-only
// after init.
var classLists = func() map[string][]string {
	out := map[string][]string{}
	name := ""
	for _, line := range strings.Split(classesTXT, "\n") {
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

// classList returns the named section; it panics at init on a name the
// data file does not hold, which is a build error of the package.
func classList(name string) []string {
	l, ok := classLists[name]
	if !ok {
		panic("htmlread: data/classes.txt has no section " + name)
	}
	return l
}
