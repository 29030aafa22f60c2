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
// someone new and resolves to no named person: when its head is a person
// noun (data/people.txt, data/roles.tsv) the description itself is the
// speaker ("senior adviser"), as is a definite one no named person fits.

//go:embed data/roles.tsv
var rolesTSV string

//go:embed data/adjuncts.txt
var adjunctsTXT string

// objectPrepositions are the prepositions of data/objectprepositions.txt;
// read-only after init.
var objectPrepositions = wordSet(objectPrepositionsTXT)

//go:embed data/objectprepositions.txt
var objectPrepositionsTXT string

//go:embed data/people.txt
var peopleTXT string

// personNouns are the head nouns of a description that names a person:
// the words of data/people.txt and the role nouns of data/roles.tsv;
// read-only after init.
var personNouns = func() map[string]bool {
	m := wordSet(peopleTXT)
	for _, ns := range roleNouns {
		for _, n := range ns {
			m[n] = true
		}
	}
	return m
}()

//go:embed data/postmodifiers.txt
var postmodifiersTXT string

// postmodifiers are the words of data/postmodifiers.txt; read-only after
// init.
var postmodifiers = wordSet(postmodifiersTXT)

//go:embed data/quantifiers.txt
var quantifiersTXT string

// quantifiers are the words of data/quantifiers.txt, lower-case and
// capitalised; read-only after init.
var quantifiers = func() map[string]bool {
	m := wordSet(quantifiersTXT)
	for w := range wordSet(quantifiersTXT) {
		if w != "" {
			m[strings.ToUpper(w[:1])+w[1:]] = true
		}
	}
	return m
}()

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

// descriptionSpeaker returns the words of a lower-case subject phrase that
// resolved to no one, as a reader would write its speaker: "a senior Roe
// adviser" → "senior Roe adviser", "the Texas senator" → "Texas senator".
// The phrase must open with a determiner or quantifier ("the", "a",
// "one"), take in the capitalised words between it and its head noun, and
// end on a noun: no function word, pronoun, reporting verb or participle
// ("were hacked", "the document filed") makes a speaker.
func (st *state) descriptionSpeaker(ts []tok, e np) (string, bool) {
	if e.kind != 'l' || e.b <= e.a || e.b > len(ts) {
		return "", false
	}
	a, b := e.a, e.b
	for a > 0 && a > e.a-4 && ts[a-1].word() && upperStart(st.text, ts[a-1]) && !determiners[st.word(ts[a-1])] && !quantifiers[st.word(ts[a-1])] {
		a--
	}
	if a > 0 && ts[a-1].word() && opensDescription(st.word(ts[a-1])) {
		a--
	} else {
		// capitalised words no determiner opens begin a sentence or a
		// name: no part of the description
		a = e.a
	}
	// "a senior| Roe adviser": the capitalised words after the phrase and
	// the head noun they modify
	d := b
	for d < len(ts) && d < b+3 && ts[d].word() && upperStart(st.text, ts[d]) && !determiners[st.word(ts[d])] {
		d++
	}
	if d > b && d < len(ts) && ts[d].word() && lowerStart(st.text, ts[d]) && st.nounish(ts[d]) && (d+1 == len(ts) || !ts[d+1].word() || functionWords[st.word(ts[d+1])]) {
		b = d + 1
	}
	if !opensDescription(st.word(ts[a])) {
		return "", false
	}
	for a < b && opensDescription(st.word(ts[a])) {
		a++
	}
	// "another source familiar| with the plan": the phrase the
	// postmodifier opens is no part of the speaker
	for i := a + 1; i+1 < b; i++ {
		if ts[i].word() && postmodifiers[st.word(ts[i])] && ts[i+1].word() && (objectPrepositions[st.word(ts[i+1])] || adjuncts[st.word(ts[i+1])]) {
			b = i + 1
			break
		}
	}
	if a >= b {
		return "", false
	}
	for i := a; i < b; i++ {
		if !ts[i].word() {
			return "", false
		}
		if lowerStart(st.text, ts[i]) && !st.nounish(ts[i]) {
			return "", false
		}
	}
	h := b - 1
	if b-a >= 2 && postmodifiers[st.word(ts[b-1])] && b < len(ts) && ts[b].word() && (objectPrepositions[st.word(ts[b])] || adjuncts[st.word(ts[b])]) {
		// "a source familiar| with the talks": the head is before
		h = b - 2
	}
	if !st.f.lx.isPerson(strings.ToLower(st.word(ts[h]))) || h == b-1 && !lowerStart(st.text, ts[h]) {
		// "the document filed", "a statement", "two leaders": no person
		// noun closes it
		return "", false
	}
	// "a longtime adviser to Jane Roe", "a person close to the Roes": the
	// name the description relates its person to belongs to it
	if b < len(ts) && ts[b].word() {
		switch st.word(ts[b]) {
		case "to", "of", "for", "with":
			k := b + 1
			if k < len(ts) && ts[k].word() && st.word(ts[k]) == "the" {
				k++
			}
			m := k
			for m < len(ts) && m < k+4 && ts[m].word() && upperStart(st.text, ts[m]) {
				m++
			}
			// not "familiar with the Clinton| campaign": the name must end
			// the phrase
			if m > k && !(m < len(ts) && ts[m].word() && lowerStart(st.text, ts[m])) {
				b = m
			}
		}
	}
	return st.text[ts[a].s:ts[b-1].e], true
}

// opensDescription reports whether w is a determiner or quantifier that
// opens a description ("the", "a", "one", "another").
func opensDescription(w string) bool {
	return determiners[w] || quantifiers[w]
}

// nounish reports whether a lower-case word may stand in a description:
// not a function word, auxiliary, pronoun, time word, reporting verb or
// cue.
func (st *state) nounish(t tok) bool {
	w := st.word(t)
	if functionWords[w] || subordinators[w] || timeWords[w] || st.f.lx.post[w] || infinitiveMarks[w] || cueSkip[w] || linkWords[w] {
		return false
	}
	if _, ok := pronouns[w]; ok {
		return false
	}
	if _, ok := st.f.lx.cue[w]; ok {
		return false
	}
	return true
}

// modifiers returns the capitalised words that modify the head of a
// lower-case description, within it or just before it ("the Texas|
// senator" → Texas, "the Senate minority leader" → Senate); a determiner
// is none.
func (st *state) modifiers(ts []tok, e np) []string {
	if e.b <= e.a || e.b > len(ts) {
		return nil
	}
	a := e.a
	for a > 0 && a > e.a-4 && ts[a-1].word() && upperStart(st.text, ts[a-1]) && !opensDescription(st.word(ts[a-1])) {
		a--
	}
	if a < e.a && (a == 0 || !ts[a-1].word() || !opensDescription(st.word(ts[a-1]))) {
		a = e.a
	}
	var mods []string
	for i := a; i < e.b-1; i++ {
		if w := st.word(ts[i]); ts[i].word() && upperStart(st.text, ts[i]) && !opensDescription(w) {
			mods = append(mods, w)
		}
	}
	return mods
}

// fits reports whether the person or official name may bear every
// modifier of a description: each is a word, or an abbreviation's stem
// ("Fla." for Florida), of what the text or the officials say they are —
// description, title, organisation, country, an alias, or the words
// around a mention ("Ohio Sen. Jane Roe", "Jane Roe (D-Ohio)").
func (st *state) fits(name string, mods []string) bool {
	if len(mods) == 0 {
		return true
	}
	var about []string
	for i := range st.people {
		if p := &st.people[i]; p.Name == name {
			about = append(about, p.Description)
			for _, m := range p.Mentions {
				about = append(about, st.around(m.Start, m.End))
			}
		}
	}
	for i := range st.offs {
		if o := &st.offs[i]; o.Name == name {
			about = append(about, o.Title, o.Organization, o.Country)
			about = append(about, o.Aliases...)
			for _, m := range o.Mentions {
				about = append(about, st.around(m.Start, m.End))
			}
		}
	}
	for _, r := range st.recent {
		if r.name == name {
			about = append(about, r.title)
		}
	}
	// the words around the surname wherever the text gives it
	if sur := lastWord(name); sur != "" {
		for i, n := 0, 0; n < maxAround; n++ {
			j := strings.Index(st.text[i:], sur)
			if j < 0 {
				break
			}
			about = append(about, st.around(i+j, i+j+len(sur)))
			i += j + len(sur)
		}
	}
	for _, m := range mods {
		if !mentionsWord(about, m) {
			return false
		}
	}
	return true
}

// mentionsWord reports whether one of the texts holds the word w, or an
// abbreviation of it ("Fla." for Florida, "Mass." for Massachusetts).
func mentionsWord(texts []string, w string) bool {
	lw := strings.ToLower(w)
	for _, t := range texts {
		for _, f := range strings.FieldsFunc(t, func(r rune) bool {
			return r == ' ' || r == ',' || r == '(' || r == ')' || r == '-' || r == '’' || r == '\''
		}) {
			lf := strings.ToLower(f)
			if lf == lw || lf == lw+"s" || lf+"s" == lw {
				return true
			}
			if stem := strings.TrimSuffix(lf, "."); stem != lf && len(stem) >= 3 && strings.HasPrefix(lw, stem) {
				return true
			}
		}
	}
	return false
}

// aroundBefore and aroundAfter bound the words around a mention that
// fits reads, in bytes.
const aroundBefore, aroundAfter = 40, 60

// maxAround bounds the mentions of a surname fits reads.
const maxAround = 20

// around returns the text of the mention [a,b) and a few words either
// side of it, within its line.
func (st *state) around(a, b int) string {
	if a < 0 || b > len(st.text) || a > b {
		return ""
	}
	from, to := a-aroundBefore, b+aroundAfter
	if from < 0 {
		from = 0
	}
	if to > len(st.text) {
		to = len(st.text)
	}
	if nl := strings.LastIndexByte(st.text[from:a], '\n'); nl >= 0 {
		from += nl + 1
	}
	if nl := strings.IndexByte(st.text[b:to], '\n'); nl >= 0 {
		to = b + nl
	}
	return st.text[from:to]
}

// postmodified returns the description whose postmodifier phrase ends on
// the subject e ("another source familiar with| the plan| said"): the
// verb's nearest noun is the object of the postmodifier's preposition, not
// the speaker. Otherwise it returns e.
func (st *state) postmodified(ts []tok, e np) np {
	for p := e.a - 2; p >= 1 && p >= e.a-8; p-- {
		if !ts[p].word() || !postmodifiers[st.word(ts[p])] || !ts[p+1].word() || !(objectPrepositions[st.word(ts[p+1])] || adjuncts[st.word(ts[p+1])]) {
			continue
		}
		for a := p - 1; a >= 0 && a >= p-4 && ts[a].word(); a-- {
			if opensDescription(st.word(ts[a])) {
				return np{a: a, b: p + 1, kind: 'l'}
			}
		}
		break
	}
	return e
}
