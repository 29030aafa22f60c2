package quotes

import (
	_ "embed"
	"strings"
)

// Descriptions: a definite description as a speaker ("the senator said",
// "the Texas senator said", "the spokeswoman added") resolves to the
// nearest person the text named with that role, in the description it
// gave of them ("Sen. Jane Roe", "Jane Roe, a spokeswoman for …") or
// their office. An indefinite one ("a senior adviser said") introduces
// someone new and resolves to no one.

//go:embed data/roles.tsv
var rolesTSV string

//go:embed data/adjuncts.txt
var adjunctsTXT string

// objectPrepositions are the prepositions of data/objectprepositions.txt;
// read-only after init.
var objectPrepositions = wordSet(objectPrepositionsTXT)

//go:embed data/objectprepositions.txt
var objectPrepositionsTXT string

//go:embed data/aspect.txt
var aspectTXT string

// aspectVerbs are the verbs of data/aspect.txt; read-only after init.
var aspectVerbs = wordSet(aspectTXT)

// adjuncts are the prepositions of data/adjuncts.txt; read-only after
// init.
var adjuncts = wordSet(adjunctsTXT)

// roleNouns maps a title or description word to the lower-case nouns a
// description may use for it (data/roles.tsv); read-only after init.
var roleNouns = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(rolesTSV, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		w, nouns, ok := strings.Cut(line, "\t")
		if !ok || w == "" {
			panic("quotes: roles.tsv: want a word and its nouns: " + line) // embedded and tested
		}
		m[w] = strings.Split(nouns, ",")
	}
	return m
}()

// describes reports whether a description or title ("Sen.", "a
// spokeswoman for the mayor") gives its person the role noun.
func (lx *lexicon) describes(desc, noun string) bool {
	ws := strings.FieldsFunc(desc, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' })
	for _, w := range ws {
		if _, ok := lx.cue[w]; ok || lx.post[w] {
			// "Jane Roe, the senator said …": a clause read as a
			// description, not one
			return false
		}
	}
	for _, w := range ws {
		if strings.EqualFold(strings.TrimSuffix(w, "."), noun) || strings.EqualFold(w, noun) {
			return true
		}
		for _, n := range roleNouns[w] {
			if n == noun {
				return true
			}
		}
		if lw := strings.ToLower(w); lw != w {
			for _, n := range roleNouns[lw] {
				if n == noun {
					return true
				}
			}
		}
	}
	return false
}

// definite reports whether the description ts[a:b] is definite: "the"
// opens it, or opens the capitalised words just before it ("the Texas|
// senator").
func (st *state) definite(ts []tok, a int) bool {
	i := a
	for i > 0 && i > a-4 && ts[i-1].word() && upperStart(st.text, ts[i-1]) && st.word(ts[i-1]) != "The" {
		i--
	}
	if i < len(ts) && ts[i].word() && (st.word(ts[i]) == "the" || st.word(ts[i]) == "The") {
		return true
	}
	return i > 0 && ts[i-1].word() && (st.word(ts[i-1]) == "the" || st.word(ts[i-1]) == "The")
}

// described returns the person a definite description whose head noun is
// noun refers to: the one the text named last before pos, within this
// paragraph and the two before it, with a description or office that
// gives that role.
func (st *state) described(noun string, pos int) (person, bool) {
	if noun == "" {
		return person{}, false
	}
	pa, _ := st.paragraph(pos)
	from := pa
	for n := 0; n < 2; n++ {
		if ppa, _, ok := st.prevParagraph(from); ok {
			from = ppa
		}
	}
	best, bestAt := person{}, -1
	for i := range st.people {
		p := &st.people[i]
		at := -1
		for _, m := range p.Mentions {
			if m.Start >= pos {
				break
			}
			if m.Start >= from {
				at = m.Start
			}
		}
		if at <= bestAt || !st.f.lx.describes(p.Description, noun) {
			continue
		}
		best, bestAt = person{name: p.Name}, at
		switch p.Gender {
		case "male":
			best.gender = 'm'
		case "female":
			best.gender = 'f'
		}
	}
	for i := range st.offs {
		o := &st.offs[i]
		at := -1
		for _, m := range o.Mentions {
			if m.Start < pos && m.Start >= from && m.Start > at {
				at = m.Start
			}
		}
		if at > bestAt && st.f.lx.describes(o.Title, noun) {
			best, bestAt = person{name: o.Name}, at
		}
	}
	if bestAt < 0 {
		return person{}, false
	}
	if o := st.officialByName(best.name); o != "" {
		best.name = o
	}
	return best, true
}
