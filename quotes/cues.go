package quotes

import (
	_ "embed"
	"fmt"
	"strings"
)

// The reporting-verb lexicon: the built-in list of data/cues.tsv, its
// parser, and the words callers add through Options.Cues.

// CueKind says how a reporting word attributes a quotation.
type CueKind uint8

const (
	// CueAfter: a verb that attributes only a quotation standing before
	// it ("“…,” Roe laughed").
	CueAfter CueKind = iota
	// CueFinite: a finite reporting verb whose subject stands before it
	// or, inverted, after it ("Roe said", "said Roe").
	CueFinite
	// CueParticiple: "saying", "adding": the subject is the clause's.
	CueParticiple
	// CueObject: a verb that takes the quotation as its object only when
	// the two are close ("commended", "called", "welcomed").
	CueObject
)

// internal names of the kinds
const (
	cueFinite     = CueFinite
	cueParticiple = CueParticiple
	cueObject     = CueObject
)

type cueKind = CueKind

// Cue is a reporting word a caller adds to the built-in list.
type Cue struct {
	// Word is the word form as written in lower case ("harrumphed").
	Word string
	// Kind says how it attributes a quotation.
	Kind CueKind
	// AfterQuote lets the word attribute a quotation standing before it
	// ("“…,” Roe harrumphed"); CueAfter implies it.
	AfterQuote bool
	// Infinitive marks a plural present that after "to" or a modal is an
	// infinitive, not a report ("cannot explain why").
	Infinitive bool
	// Listener marks a verb whose first object is who is spoken to ("told
	// reporters", "asked Roe"): a name after it is never the speaker.
	Listener bool
}

//go:embed data/cues.tsv
var cuesTSV string

//go:embed data/orgnouns.txt
var orgNounsTXT string

// lexicon holds the reporting words a Finder knows. It is read-only once
// built.
type lexicon struct {
	cue  map[string]cueKind // words that attribute a quotation after them
	post map[string]bool    // words that attribute a quotation before them
	bare map[string]bool    // plural presents that can be infinitives
	org  map[string]bool    // lower-case nouns naming an organisation
	lis  map[string]bool    // verbs whose first object is the listener
	// person holds the nouns that name a person in a description
	// (personNouns and the caller's); nil means personNouns alone
	person map[string]bool
}

// isPerson reports whether the lower-case noun w names a person ("said a
// senior adviser").
func (lx *lexicon) isPerson(w string) bool {
	if lx.person != nil {
		return lx.person[w]
	}
	return personNouns[w]
}

// builtinCues is the lexicon of data/cues.tsv; never modified.
var builtinCues = func() *lexicon {
	cs, err := parseCues(cuesTSV)
	if err != nil {
		panic(err) // the embedded file is part of the package and tested
	}
	lx := &lexicon{cue: map[string]cueKind{}, post: map[string]bool{}, bare: map[string]bool{}, org: map[string]bool{}, lis: map[string]bool{}}
	lx.add(cs)
	lx.addOrgs(parseWords(orgNounsTXT))
	return lx
}()

// parseCues reads the format of data/cues.tsv.
func parseCues(s string) ([]Cue, error) {
	var out []Cue
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] == "" {
			return nil, fmt.Errorf("quotes: cues line %d: want form, kind and flags", n+1)
		}
		c := Cue{Word: f[0]}
		switch f[1] {
		case "finite":
			c.Kind = CueFinite
		case "participle":
			c.Kind = CueParticiple
		case "object":
			c.Kind = CueObject
		case "after":
			c.Kind, c.AfterQuote = CueAfter, true
		default:
			return nil, fmt.Errorf("quotes: cues line %d: unknown kind %q", n+1, f[1])
		}
		if len(f) > 2 && f[2] != "" {
			for _, fl := range strings.Split(f[2], ",") {
				switch fl {
				case "post":
					c.AfterQuote = true
				case "bare":
					c.Infinitive = true
				case "listener":
					c.Listener = true
				default:
					return nil, fmt.Errorf("quotes: cues line %d: unknown flag %q", n+1, fl)
				}
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// parseWords reads a list of one word a line; # comments and blank lines
// are skipped.
func parseWords(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// wordSet is the set of the words of a list of one word a line.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range parseWords(s) {
		m[w] = true
	}
	return m
}

func (lx *lexicon) addOrgs(ws []string) {
	for _, w := range ws {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			lx.org[w] = true
		}
	}
}

func (lx *lexicon) add(cs []Cue) {
	for _, c := range cs {
		w := strings.ToLower(strings.TrimSpace(c.Word))
		if w == "" {
			continue
		}
		if c.Kind != CueAfter {
			lx.cue[w] = c.Kind
		}
		if c.AfterQuote || c.Kind == CueAfter {
			lx.post[w] = true
		}
		if c.Infinitive {
			lx.bare[w] = true
		}
		if c.Listener {
			lx.lis[w] = true
		}
	}
}

// lexiconWith returns the built-in lexicon, or a copy of it with extra
// words.
func lexiconWith(extra []Cue, orgs, persons []string) *lexicon {
	if len(extra) == 0 && len(orgs) == 0 && len(persons) == 0 {
		return builtinCues
	}
	b := builtinCues
	lx := &lexicon{cue: make(map[string]cueKind, len(b.cue)+len(extra)), post: make(map[string]bool, len(b.post)+len(extra)), bare: make(map[string]bool, len(b.bare)), org: make(map[string]bool, len(b.org)+len(orgs))}
	for k, v := range b.org {
		lx.org[k] = v
	}
	lx.lis = make(map[string]bool, len(b.lis))
	for k, v := range b.lis {
		lx.lis[k] = v
	}
	lx.addOrgs(orgs)
	for k, v := range b.cue {
		lx.cue[k] = v
	}
	for k, v := range b.post {
		lx.post[k] = v
	}
	for k, v := range b.bare {
		lx.bare[k] = v
	}
	lx.add(extra)
	if len(persons) > 0 {
		lx.person = make(map[string]bool, len(personNouns)+len(persons))
		for k := range personNouns {
			lx.person[k] = true
		}
		for _, w := range persons {
			lx.person[strings.ToLower(strings.TrimSpace(w))] = true
		}
	}
	return lx
}
