package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/text"
)

// Attribution's state: the people a text has named so far, tracked
// paragraph by paragraph as the quotations are read, and the reporting cues
// that name them.

// maxSentenceTokens bounds how far the attribution looks around a
// quotation, so that a page that is one huge sentence stays linear.
const maxSentenceTokens = 160

// trackWindow bounds how far back subject tracking reads before a
// quotation (bytes).
const trackWindow = 4000

// maxLookups bounds the distinct names and titles looked up across the
// whole text in one call, each lookup being a scan of the text.
const maxLookups = 64

// np is a noun phrase: tokens [a,b) of a token slice.
type np struct {
	a, b int
	kind byte // 'p' pronoun, 'n' proper (capitalised), 'l' lower-case noun phrase, 0 none
}

// cueMatch is a reporting cue found around a quotation.
type cueMatch struct {
	ok     bool
	at     int // token index of the cue word
	end    int // token index after the cue (after "to" in "according to")
	kind   cueKind
	subj   np
	post   bool // the cue follows the quotation
	direct bool // nothing but a comma or colon between cue and quotation
	comma  bool // a comma or colon stands between cue and quotation
	// quoting: "Quoting Jane Roe – “…”": the words are the author's,
	// whoever reports them after
	quoting bool
}

// person is a resolved speaker.
type person struct {
	name   string
	gender byte   // 'm', 'f' or 0
	title  string // the office the text gave with the name ("President")
	at     int    // byte offset of its latest mention
}

// state is the working state of one Find call.
type state struct {
	f    *Finder
	text string
	offs []entities.Official
	// people give the genders the text shows
	people []entities.Person
	spans  []span
	// doc is the shared analysis of the text (of the same length; its
	// tokens are read, its bytes are not)
	doc *text.Doc
	// lazy: doc is not the text's analysis but a buffer that holds the
	// tokens of the part last read
	lazy bool

	// paragraph token caches: one for the quotation being attributed, one
	// for subject tracking
	pa, pb       int
	ptoks        []tok
	ta, tb       int
	ttoks        []tok
	sentA, sentB []int32 // sentence bounds of each token of ptoks
	sentValid    bool
	parA, parB   int // the last paragraph looked up
	parValid     bool
	cursor       int      // subject tracking has read the text up to here
	recent       []person // persons named as subjects, most recent last
	// the last attributed statement: where it ended and who said it
	lastEnd     int
	lastSpeaker string
	lastOrg     bool   // the last speaker is an organisation
	lastSpan    [2]int // the mention the last speaker was read from
	fullests    map[string]string
	titles      map[string]string
	index       nameIndex // the officials and people by name, on a long text
	mentions    []mention // the officials' mentions in text order; nil until needed
}

func (st *state) word(t tok) string { return st.text[t.s:t.e] }

// paragraph returns the bounds of the line holding pos.
func (st *state) paragraph(pos int) (int, int) {
	if st.parValid && pos >= st.parA && pos < st.parB {
		return st.parA, st.parB
	}
	a, b := st.findParagraph(pos)
	st.parA, st.parB, st.parValid = a, b, true
	return a, b
}

func (st *state) findParagraph(pos int) (int, int) {
	a := strings.LastIndexByte(st.text[:pos], '\n') + 1
	b := strings.IndexByte(st.text[pos:], '\n')
	if b < 0 {
		b = len(st.text)
	} else {
		b += pos
	}
	return a, b
}

// tokensOf tokenizes the paragraph [a,b); a quotation running into it from
// an earlier paragraph becomes its first token.
func (st *state) tokensOf(a, b int, buf []tok) []tok {
	buf = buf[:0]
	// the first span that ends after a
	lo, hi := 0, len(st.spans)
	for lo < hi {
		m := (lo + hi) / 2
		if st.spans[m].close+st.spans[m].closeW <= a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	start := a
	if lo < len(st.spans) && st.spans[lo].open < a {
		sp := st.spans[lo]
		e := sp.close + sp.closeW
		if e > b {
			e = b
		}
		buf = append(buf, tok{s: sp.open, e: e, q: lo})
		start = e
		lo++
	}
	buf, _ = st.tokens(start, b, lo, buf)
	return buf
}

// quoteToks returns the tokens of the paragraph [a,b) for attribution.
// Subject tracking may read them (trackToks) but never rewrites this
// buffer, so attribution can hold them while tracking advances.
func (st *state) quoteToks(a, b int) []tok {
	if st.ttoks != nil && st.ta == a && st.tb == b && !(st.ptoks != nil && st.pa == a && st.pb == b) {
		// tracking has just read this paragraph: take its buffer over
		st.ptoks, st.ttoks = st.ttoks, st.ptoks
		st.pa, st.pb, st.ta, st.tb = st.ta, st.tb, -1, -1
		st.sentValid = false
		return st.ptoks
	}
	if st.ptoks == nil || st.pa != a || st.pb != b {
		st.ptoks = st.tokensOf(a, b, st.ptoks)
		st.pa, st.pb = a, b
		st.sentValid = false
	}
	return st.ptoks
}

// quoteSentence returns the bounds of the sentence around ptoks[k], at
// most maxSentenceTokens either side, from sentence bounds computed once
// per paragraph.
func (st *state) quoteSentence(k int) (int, int) {
	toks := st.ptoks
	if !st.sentValid {
		n := len(toks)
		if cap(st.sentA) < n {
			st.sentA = make([]int32, n)
			st.sentB = make([]int32, n)
		}
		st.sentA, st.sentB = st.sentA[:n], st.sentB[:n]
		for i := 0; i < n; i++ {
			if i == 0 || st.sentenceEnds(toks, i-1) {
				st.sentA[i] = int32(i)
			} else {
				st.sentA[i] = st.sentA[i-1]
			}
		}
		for i := n - 1; i >= 0; i-- {
			if i == n-1 || st.sentenceEnds(toks, i) {
				st.sentB[i] = int32(i + 1)
			} else {
				st.sentB[i] = st.sentB[i+1]
			}
		}
		st.sentValid = true
	}
	a, b := int(st.sentA[k]), int(st.sentB[k])
	if k-a > maxSentenceTokens {
		a = k - maxSentenceTokens
	}
	if b-k > maxSentenceTokens+1 {
		b = k + maxSentenceTokens + 1
	}
	return a, b
}

func (st *state) trackToks(a, b int) []tok {
	if st.ptoks != nil && st.pa == a && st.pb == b {
		return st.ptoks
	}
	if st.ttoks == nil || st.ta != a || st.tb != b {
		st.ttoks = st.tokensOf(a, b, st.ttoks)
		st.ta, st.tb = a, b
	}
	return st.ttoks
}

// ---- subjects and persons ----

func (st *state) push(p person) {
	p.name = unpossessed(p.name)
	if p.name == "" {
		return
	}
	if p.gender == 0 {
		p.gender = st.genderOf(p.name)
	}
	if n := len(st.recent); n > 0 && st.recent[n-1].name == p.name {
		if p.at > st.recent[n-1].at {
			st.recent[n-1].at = p.at
		}
		if p.gender != 0 {
			st.recent[n-1].gender = p.gender
		}
		if p.title != "" {
			st.recent[n-1].title = p.title
		}
		return
	}
	for i := range st.recent {
		if st.recent[i].name == p.name {
			if p.gender == 0 {
				p.gender = st.recent[i].gender
			}
			if p.title == "" {
				p.title = st.recent[i].title
			}
			copy(st.recent[i:], st.recent[i+1:])
			st.recent = st.recent[:len(st.recent)-1]
			break
		}
	}
	if len(st.recent) == 8 {
		copy(st.recent, st.recent[1:])
		st.recent = st.recent[:7]
	}
	st.recent = append(st.recent, p)
}

// unpossessed returns a person's name without the possessive it was
// read with: "for Dr Lee's contributions" names Lee.
func unpossessed(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s")
}

// genderOf returns the gender the people of the text give a name, by
// the name or its last word.
func (st *state) genderOf(name string) byte {
	lw := lastWord(name)
	for i := range st.people {
		p := &st.people[i]
		if p.Gender == "" || (p.Name != name && lastWord(p.Name) != lw && text.Surname(p.Name) != lw) {
			continue
		}
		if p.Gender == "male" {
			return 'm'
		}
		return 'f'
	}
	return 0
}

// pushBehind remembers a person named in passing (not as a subject) just
// behind the most recent one, so that "He met Mr Tusk. … he said" still
// finds the subject, while "she" can reach a woman named in passing.
func (st *state) pushBehind(p person) {
	p.name = unpossessed(p.name)
	n := len(st.recent)
	if n == 0 {
		st.push(p)
		return
	}
	for i := range st.recent {
		if st.recent[i].name == p.name {
			if st.recent[i].gender == 0 {
				st.recent[i].gender = p.gender
			}
			if p.at > st.recent[i].at {
				st.recent[i].at = p.at
			}
			return
		}
	}
	if n == 8 {
		copy(st.recent, st.recent[1:])
		n--
		st.recent = st.recent[:n]
	}
	st.recent = append(st.recent, person{})
	copy(st.recent[n:], st.recent[n-1:n])
	st.recent[n-1] = p
}

// lastPerson returns the most recent person compatible with the pronoun
// gender g ('m', 'f', or 0 for any), and marks its gender.
func (st *state) lastPerson(g byte) string {
	for i := len(st.recent) - 1; i >= 0; i-- {
		p := &st.recent[i]
		if g == 0 || p.gender == 0 || p.gender == g {
			if p.gender == 0 && g != 0 {
				p.gender = g
			}
			return p.name
		}
	}
	return ""
}

// nearPerson returns the most recent person named in the paragraph at
// pa or in the one before it: the speaker a quotation without a cue of
// its own continues. Persons named further back are no evidence.
func (st *state) nearPerson(pa int) string {
	from := pa
	if ppa, _, ok := st.prevParagraph(pa); ok {
		from = ppa
	}
	for i := len(st.recent) - 1; i >= 0; i-- {
		if st.recent[i].at >= from {
			return st.recent[i].name
		}
	}
	return ""
}

// advance reads the sentences of the text before pos and remembers the
// persons they have as subjects.
func (st *state) advance(pos int) {
	if pos-st.cursor > trackWindow {
		// Persons named this far back are stale; start at a paragraph
		// within the window.
		c := pos - trackWindow
		if i := strings.IndexByte(st.text[c:pos], '\n'); i >= 0 {
			c += i + 1
		}
		st.cursor = c
	}
	for st.cursor < pos {
		a, b := st.paragraph(st.cursor)
		toks := st.trackToks(a, b)
		i, hi := 0, len(toks)
		for i < hi {
			m := (i + hi) / 2
			if toks[m].s < st.cursor {
				i = m + 1
			} else {
				hi = m
			}
		}
		for i < len(toks) && toks[i].e <= pos {
			j := i
			ended := false
			for j < len(toks) && toks[j].e <= pos {
				j++
				if st.sentenceEnds(toks, j-1) {
					ended = true
					break
				}
			}
			if !ended && j < len(toks) {
				break // the sentence runs on past pos
			}
			st.pushGendered(toks[i:j])
			// "Jane Roe, the chairwoman, backed the plan.": a name and
			// its apposition opening the sentence come before any
			// subject inside a later clause
			s := st.appositiveSubjectAt(toks[i:j], 0, j-i)
			if s.kind == 0 {
				s = st.sentenceSubject(toks[i:j], j-i)
			}
			if s.kind != 'n' && s.kind != 'l' {
				s = st.appositiveSubject(toks[i:j], j-i)
			}
			if s.kind != 'n' && s.kind != 'l' {
				// "Prices rose, said Jane Roe, an economist.": the
				// reporter of an indirect statement
				s = st.invertedReporter(toks[i:j])
			}
			if s.kind == 'n' || s.kind == 'l' {
				if p, ok := st.resolve(toks[i:j], s, toks[i].s); ok {
					p.at = toks[i+s.a].s
					st.push(p)
				}
			}
			i = j
		}
		if b >= pos {
			st.cursor = pos
			break
		}
		st.cursor = b + 1
	}
}

// invertedReporter returns the person named after a reporting verb that
// follows a comma, as indirect speech ends its sentence: "Prices rose,
// said Jane Roe, an economist at Acme." The name must close the sentence
// or open an apposition.
func (st *state) invertedReporter(ts []tok) np {
	for i := 1; i+2 < len(ts); i++ {
		if ts[i].p != ',' || !ts[i+1].word() {
			continue
		}
		if st.f.lx.cue[st.word(ts[i+1])] != cueFinite {
			continue
		}
		e := st.npForward(ts, i+2)
		if e.kind != 'n' || e.b <= i+2 {
			return np{}
		}
		if e.b < len(ts) && ts[e.b].p != ',' && ts[e.b].p != '.' {
			return np{}
		}
		if !st.personish(ts, e) && !st.fullName(ts, e) {
			return np{}
		}
		return e
	}
	return np{}
}

// fullName reports a proper noun phrase of two to four capitalised words
// that opens with a given name: "Mary E. Lovely".
func (st *state) fullName(ts []tok, e np) bool {
	if e.b-e.a < 2 || e.b-e.a > 4 {
		return false
	}
	return text.GivenNames()[st.word(ts[e.a])] != 0
}

// bareSurnameCue reports a bare name of one to three capitalised words
// that is the subject of a reporting verb ("Guterres also said", "Owen
// Dempsey said"): a person named without an office.
func (st *state) bareSurnameCue(ts []tok, e np) bool {
	if e.kind != 'n' || e.b-e.a > 3 {
		return false
	}
	for i := e.a; i < e.b; i++ {
		w := st.word(ts[i])
		if pluralGroups[w] || leadingNonName[w] || notNames[w] || titleWords[w] || orgWords[w] || !upperStart(st.text, ts[i]) || utf8.RuneCountInString(w) < 2 || !nameLike(w) {
			return false
		}
	}
	j := e.b
	for j < len(ts) && st.skippable(ts[j]) {
		j++
	}
	if j >= len(ts) || !ts[j].word() {
		return false
	}
	_, ok := st.f.lx.cue[st.word(ts[j])]
	return ok
}

// pushGendered remembers the persons a sentence names with a gendered
// honorific ("Ms Jones"), so that "she" can find them when they are not
// the subject.
func (st *state) pushGendered(ts []tok) {
	for i := 0; i < len(ts); i++ {
		if !ts[i].word() {
			continue
		}
		if c := st.text[ts[i].s]; c < 'A' || c > 'Z' {
			continue
		}
		g := honorificOf(st.word(ts[i]))
		if g != 'm' && g != 'f' {
			continue
		}
		e := st.npForward(ts, i)
		if e.kind != 'n' || e.b <= i+1 {
			continue
		}
		if p, ok := st.resolveProper(ts, e, ts[i].s); ok {
			p.gender, p.at = g, ts[i].s
			st.pushBehind(p)
		}
		i = e.b - 1
	}
}
