// This file reads the word lists the stages keep as data: files of
// sections, each opened by a "[name]" line.

package text

import "strings"

// Lists holds the sections of a data file by name.
type Lists map[string][]string

// Sections reads a data file of sections: a line "[name]" opens one, a
// line starting with # is a note, and every other non-blank line, trimmed,
// is one entry of the section open above it (lines before the first
// section are ignored).
func Sections(data string) Lists {
	out := Lists{}
	name := ""
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[' && line[len(line)-1] == ']':
			name = line[1 : len(line)-1]
			if _, ok := out[name]; !ok {
				out[name] = nil
			}
		case name != "":
			out[name] = append(out[name], line)
		}
	}
	return out
}

// SectionWords is Sections with each entry split at white space: a
// section is a list of words, as many to a line as fit.
func SectionWords(data string) Lists {
	out := Sections(data)
	for name, lines := range out {
		var ws []string
		for _, l := range lines {
			ws = append(ws, strings.Fields(l)...)
		}
		out[name] = ws
	}
	return out
}

// SectionPhrases is Sections with each line split at commas: a section is
// a list of phrases ("deputy speaker, lord speaker"), as many to a line as
// fit.
func SectionPhrases(data string) Lists {
	out := Sections(data)
	for name, lines := range out {
		var ps []string
		for _, l := range lines {
			for _, p := range strings.Split(l, ",") {
				if p = strings.TrimSpace(p); p != "" {
					ps = append(ps, p)
				}
			}
		}
		out[name] = ps
	}
	return out
}

// Set returns the named section as a set of its entries; like Must, it
// panics when the file has no such section.
func (l Lists) Set(name string) map[string]bool {
	es := l.Must(name)
	m := make(map[string]bool, len(es))
	for _, e := range es {
		m[e] = true
	}
	return m
}

// Must returns the named section. It panics when the file has no such
// section: the names are fixed by the code that reads the file, so a
// missing one is a build error of that package, found at its first test.
func (l Lists) Must(name string) []string {
	s, ok := l[name]
	if !ok {
		panic("data file has no section [" + name + "]")
	}
	return s
}
