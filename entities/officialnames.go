// Names of office-holders: a person's name after or before an office phrase,
// and the mention it makes.

package entities

import (
	"strings"

	"github.com/communique/communique/internal/text"
)

// parseName parses a person's name starting at token i. caps allows
// all-capitals words (speaker labels).
func (p *parser) parseName(i int, caps bool) (r nameRes, ok bool) {
	// a style before the name is none of it: "the Right Honourable Roméo
	// LeBlanc, Governor General"
	for n := 0; n < 3 && i+1 < len(p.toks) && styleWords[p.word(i)] && p.toks[i+1].kind == kWord && p.toks[i+1].is(fCap) && p.toks[i+1].nl == 0; n++ {
		i++
	}
	// "Dato' Sri Saifuddin Abdullah", "Tan Sri Abdul Gani Patail": the word
	// after a chain of styles opens the name, a title's word or not
	// ("Datuk Seri Amir Hamzah Azizan")
	i += p.styleChain(i)
	chained := i > 0 && chainEnds[p.word(i-1)]
	if p.word(i) == "(" && i+2 < len(p.toks) && p.cls[i+1]&cHonor != 0 && p.toks[i+1].nl == 0 {
		// an honorific in brackets between a title and the name: "Governor
		// General (Dr) Vijay Kumar Singh", "Minister (Dr.) Jane Roe"
		k := i + 2
		if p.word(k) == "." {
			k++
		}
		if p.word(k) == ")" && k+1 < len(p.toks) && p.toks[k+1].kind == kWord && p.toks[k+1].is(fCap) && p.toks[k+1].nl == 0 {
			i = k + 1
		}
	}
	if p.participleOpener(i) {
		return r, false // "Quoting Abraham Lincoln, …": a participle, no name
	}
	r.s, r.first, r.last, r.surS = i, -1, -1, -1
	j := i
	toks := p.toks
	for j < len(toks) && r.n < 6 {
		t := toks[j]
		if j > i && (t.nl > 1 || t.nl == 1 && r.n >= 2) {
			// a line break ends a name, unless hard wrapping split a
			// given name from its surname ("Jens\nStoltenberg")
			break
		}
		w := p.text[t.s:t.e]
		if t.kind != kWord && r.n >= 1 && r.last == j-1 && p.nickname(j) {
			j += 3 // "Aquilino 'Koko' Pimentel": a nickname in quotes inside the name
			continue
		}
		if t.kind != kWord {
			if (w == "-" || w == "\u2010") && r.last == j-1 && !t.sp && j+1 < len(toks) && toks[j+1].kind == kWord && !toks[j+1].sp &&
				!compoundSuffixes[p.word(j+1)] {
				// (not "Reddy-led": an adjective of the name)
				r.last = j + 1
				j += 2
				continue
			}
			break
		}
		if p.cls[j]&cParticle != 0 && j+2 < len(toks) && p.word(j+1) == "-" && !toks[j+1].sp && !toks[j+2].sp &&
			toks[j+2].kind == kWord && toks[j+2].is(fCap) {
			// "al-Burhan", "el-Sisi"
			if r.first < 0 {
				r.first = j
			}
			r.last, r.surS = j+2, j
			r.n++
			j += 3
			continue
		}
		if p.cls[j]&cParticle != 0 && p.particleLeadsToName(j) {
			if r.first < 0 {
				r.first = j
			}
			j++
			continue
		}
		if !t.is(fCap) {
			break
		}
		if r.n >= 2 && nameFinalHonorifics[w] && !(j+1 < len(toks) && toks[j+1].kind == kWord && toks[j+1].is(fCap) && toks[j+1].nl == 0) {
			break // "A. Revanth Reddy Ji": respect, no part of the name
		}
		nw := nameWords[w] // one look-up for the four lexicons below
		if nw&nwParticle != 0 && (r.n > 0 || !p.has(j, cGiven)) && j+1 < len(toks) && toks[j+1].kind == kWord &&
			toks[j+1].is(fCap) && toks[j+1].nl <= 1 && p.cls[j+1]&(cStop|cTitle) == 0 {
			// a capitalised particle inside the name: "Pádraig Mac
			// Lochlainn", "Niall Ó Donnghaile", "Luigi Di Maio"; before
			// the surname alone, no given name ("Deputy Mac Lochlainn")
			if r.first < 0 {
				r.first = j
			}
			j++
			continue
		}
		if nw&nwParticle != 0 && !p.has(j, cGiven) && r.n == 0 {
			break // a particle alone is no name
		}
		if p.cls[j]&cSuffix != 0 && r.n >= 2 {
			break // "John A. Miller III": the suffix follows the surname, read below
		}
		if t.is(fUpper) && !caps && len(w) > 1 && !t.is(fDots) && p.cls[j]&cSuffix == 0 {
			// initials written together: "JD Vance"
			if !(r.n == 0 && len(w) <= 4 && j+1 < len(toks) && toks[j+1].kind == kWord && toks[j+1].is(fCap) &&
				!toks[j+1].is(fUpper) && toks[j+1].nl == 0 && !p.startsEntity(j)) {
				break
			}
			if r.first < 0 {
				r.first = j
			}
			r.n++
			j++
			continue
		}
		if t.is(fDots) {
			// an initial: "J."
			if r.first < 0 {
				r.first = j
			}
			if t.nl > 0 && j > i {
				r.crossedNL = true
			}
			r.n++
			j++
			continue
		}
		pat := p.patronymicAfter(j)
		if nw&nwWeekday != 0 && p.daySurname(j, r) {
			// "Dave Sunday", and "Attorney General Sunday" on his page
			pat = true
		}
		if r.n == 1 && nw&nwStopSurname != 0 && p.has(r.first, cGiven) && (j+1 >= len(toks) || toks[j+1].kind != kWord) {
			// "Mr. Tom Read, Chief Executive": a word of the interface
			// or of places that is a surname after a given name, the
			// name closed by punctuation
			pat = true
		}
		if r.n == 0 && chained && p.capitalWordAt(j+1) {
			pat = true
		}
		if r.n == 0 && nw&nwStopGiven != 0 && p.titleBefore(j) && p.capitalWordAt(j+1) {
			// a given name that is also a word, after a title and before a
			// surname: "Governor Will Ainsworth", "Mayor Will Smith"
			pat = true
		}
		// (a month that is also a given name opens a name after a title
		// and before a surname: "Senator April Baskin", "Councilmember
		// June Roe"; not "Senator May 5")
		monthGiven := r.n == 0 && monthGivenNames[w] && p.titleBefore(j) && p.capitalWordAt(j+1) && !(j+1 < len(toks) && toks[j+1].is(fDigit))
		if (p.cls[j]&cStop != 0 || p.cls[j]&cHonor != 0 && !(j > 0 && p.cls[j-1]&cParticle != 0)) && !pat && !monthGiven || (p.cls[j]&cCalendar != 0 && !monthGiven && (r.n == 0 || j+1 < len(toks) && toks[j+1].is(fDigit))) {
			break
		}
		if p.startsEntity(j) && !p.givenNameCountry(j, r.n) && !pat {
			break
		}
		if p.commonInHeadline(j, r.n, r.first) {
			break
		}
		if p.secondNameAt(j, r) {
			break
		}
		if t.nl > 0 && j > i {
			r.crossedNL = true
		}
		if r.first < 0 {
			r.first = j
		}
		r.last, r.surS = j, j
		r.n++
		j++
	}
	// trim trailing initials
	for r.last >= 0 && j > r.last+1 {
		j--
		if toks[j].is(fDots) {
			r.n--
		}
	}
	if r.last < 0 || toks[r.last].is(fDots) {
		return r, false
	}
	if k := r.last + 1; k < len(toks) && toks[k].kind == kWord && toks[k].nl == 0 && institutionNouns[p.word(k)] &&
		(r.n == 1 || !governmentNouns[p.word(k)]) {
		// "Chairman of the EU Military Committee", "Director Sainik
		// Welfare Department": words before an institution's noun are the
		// institution's name, not a person's (not "the Joe Biden
		// Administration")
		return r, false
	}
	j = r.last + 1
	// suffixes: ", Jr.", " Jr."
	k := j
	if p.word(k) == "," && p.has(k+1, cSuffix) {
		k++
	}
	if p.has(k, cSuffix) && k < len(toks) && toks[k].nl == 0 {
		k++
		if p.word(k) == "." && !toks[k].sp {
			k++
		}
		j = k
	}
	r.e = j
	if r.first < 0 {
		r.first = r.last
	}
	return r, true
}

// secondNameAt reports whether token j opens a second person's name run
// into the name r read so far, as a list flattened into one line runs its
// names together ("Mayor Michael Spano Linda Puglisi"): r opens with a given
// name and has a surname, the word before j is no given name, and j is a
// given name with a capitalised word after it on its line.
func (p *parser) secondNameAt(j int, r nameRes) bool {
	if r.n < 2 || r.first < 0 || !p.has(r.first, cGiven) || !p.has(j, cGiven) || innerNameWords[p.word(j)] {
		return false
	}
	if prev := p.toks[j-1]; prev.kind != kWord || !prev.is(fCap) || prev.is(fDots) || p.has(j-1, cGiven) {
		return false
	}
	nx := j + 1
	return nx < len(p.toks) && p.toks[nx].kind == kWord && p.toks[nx].is(fCap) && p.toks[nx].nl == 0 && p.cls[nx]&(cStop|cTitle|cSuffix) == 0
}

// nameFinalHonorifics follow a name as respect ("Reddy Ji"); compoundSuffixes
// after a name's hyphen make it an adjective ("Reddy-led").
var nameFinalHonorifics, compoundSuffixes = wordLists.Set("name-final-honorifics"), wordLists.Set("compound-suffixes")

// monthGivenNames are months that are also given names.
var monthGivenNames = wordLists.Set("month-given-names")

// surnameParticles stand in capitals before a surname: "Mac", "Ó", "Van", "Di".
var surnameParticles = wordLists.Set("surname-particles")

// nameWords holds, for each word of surnameParticles, weekdays,
// stopSurnames and stopGivenNames, the lexicons it is in: parseName asks
// all four of each capitalised word it reads, and one map look-up does
// (these lexicons are filled once, at start-up, and only read after).
var nameWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range []struct {
		set  map[string]bool
		flag uint8
	}{{surnameParticles, nwParticle}, {weekdays, nwWeekday}, {stopSurnames, nwStopSurname}, {stopGivenNames, nwStopGiven}} {
		for w, ok := range l.set {
			if ok {
				m[w] |= l.flag
			}
		}
	}
	return m
}()

// The lexicons of a word in nameWords.
const (
	nwParticle    uint8 = 1 << iota // surnameParticles
	nwWeekday                       // weekdays
	nwStopSurname                   // stopSurnames
	nwStopGiven                     // stopGivenNames
)

// innerNameWords join the parts of one name: no second name opens with them.
var innerNameWords = wordLists.Set("inner-name-words")

// givenNameCountry reports whether the country form at token j is a given
// name here: "Defence Minister Israel Katz".
func (p *parser) givenNameCountry(j, n int) bool {
	if n > 0 || j+1 >= len(p.toks) || p.cls[j]&(cTitle|cOrg) != 0 {
		return false
	}
	c, _ := p.country(j)
	nx := p.toks[j+1]
	return c == 1 && nx.kind == kWord && nx.is(fCap) && !nx.is(fUpper) && nx.nl == 0 &&
		p.cls[j+1]&(cStop|cTitle|cCountry|cOrg) == 0
}

// particleLeadsToName reports whether the particles from token j on are
// followed by a capitalised name word: "von der Leyen".
func (p *parser) particleLeadsToName(j int) bool {
	for k := j; k < len(p.toks) && k < j+3; k++ {
		t := p.toks[k]
		if t.kind != kWord || t.nl > 0 {
			return false
		}
		if p.cls[k]&cParticle != 0 {
			continue
		}
		return t.is(fCap) && p.cls[k]&cStop == 0
	}
	return false
}

// surname returns the folded surname of a parsed name, hyphenated
// compounds whole ("jean pierre").
func (p *parser) surname(r nameRes) string {
	s := r.surS
	if s < 0 || s > r.last {
		s = r.last
	}
	return foldName(p.surface(s, r.last+1))
}

// givenOf returns the folded given name of a parsed name: its first word
// when a word stands before the surname, "" for a surname alone
// ("al-Rahman", "de Gaulle").
func (p *parser) givenOf(r nameRes) string {
	s := r.surS
	if s < 0 || s > r.last {
		s = r.last
	}
	if r.first < 0 || r.first >= s || p.cls[r.first]&cParticle != 0 || surnameParticles[p.word(r.first)] && !p.has(r.first, cGiven) {
		return "" // "de Lima", "Mac Lochlainn": the surname's particle
	}
	return foldName(p.word(r.first))
}

// nameString returns the name's text; label names in capitals are
// title-cased.
func (p *parser) nameString(r nameRes, caps bool) string {
	s := p.surface(r.s, r.e)
	if caps {
		return titleCase(s)
	}
	return s
}

func (p *parser) lineStart(i int) bool { return i == 0 || p.toks[i].nl > 0 }

// addPerson records a named office-holder.
func (p *parser) addPerson(o office, r nameRes, caps bool, aliasStart int) {
	m := mention{
		kind:       mPerson,
		name:       p.nameString(r, caps),
		n:          r.n,
		sur:        p.surname(r),
		title:      o.title,
		tkind:      o.kind,
		def:        o.def,
		country:    o.country,
		org:        o.org,
		explicit:   o.country != "" || o.org != "",
		poss:       o.det == 2,
		adjCountry: o.adjCountry,
		span:       Span{int(p.toks[r.s].s), int(p.toks[r.e-1].e)},
		ti:         o.start,
		capital:    o.capital,
		listPrev:   -1,
	}
	m.first = p.givenOf(r)
	// (a thing's name is kept as a mention, so that callers may amend the
	// last one, but weak: no official unless the text names a person so)
	m.weak = p.thingName(r)
	if aliasStart >= 0 && aliasStart < r.s {
		m.alias = p.surface(aliasStart, r.e)
		if caps {
			m.alias = titleCase(m.alias)
		}
	}
	if o.start > r.s {
		m.ti = r.s
	}
	m.ts, m.te = min(o.start, r.s), max(o.end, r.e)
	p.ms = append(p.ms, m)
}

// patronymicAfter reports whether the word at token j is followed by a
// patronymic particle ("bin", "ibn", "bint"), which makes it a given name
// even when it is also a title: "Crown Prince Sultan bin Abd al-Aziz".
func (p *parser) patronymicAfter(j int) bool {
	switch p.word(j + 1) {
	case "bin", "ibn", "bint", "binti":
		return p.toks[j+1].nl == 0
	}
	return false
}

// nickname reports a nickname in quotation marks at token j, inside a
// name: an opening mark, one capitalised word, the closing mark, then a
// capitalised word on the same line ("'Koko'", "\u201cBob\u201d").
func (p *parser) nickname(j int) bool {
	if j+3 >= len(p.toks) {
		return false
	}
	open, w, cl, next := p.toks[j], p.toks[j+1], p.toks[j+2], p.toks[j+3]
	if w.kind != kWord || !w.is(fCap) || next.kind != kWord || !next.is(fCap) || cl.kind == kWord {
		return false
	}
	if w.nl > 0 || cl.nl > 0 || next.nl > 0 || w.sp || cl.sp || !next.sp {
		return false
	}
	o, c := p.text[open.s:open.e], p.text[cl.s:cl.e]
	switch {
	case o == "'" && c == "'", o == "\"" && c == "\"", o == "\u2018" && c == "\u2019", o == "\u201c" && c == "\u201d":
		return true
	}
	return false
}

// daySurname reports whether the weekday at token j is a surname: after a
// capitalised word and a given name read as the name's first word
// ("General Dave Sunday"), or alone on a page that names such a person
// ("Attorney General Sunday said"), not before a number ("Sunday 25
// May").
func (p *parser) daySurname(j int, r nameRes) bool {
	if j+1 < len(p.toks) && p.toks[j+1].is(fDigit) {
		return false
	}
	if r.n == 1 && r.first >= 1 && r.first == j-1 && p.givenNameAt(r.first) && p.toks[r.first-1].is(fCap) {
		return true
	}
	if r.n != 0 {
		return false
	}
	// whether the page names such a person is read once per weekday
	w := p.word(j)
	bit := uint16(1) << weekdayIndex[w]
	if p.daysRead&bit == 0 {
		p.daysRead |= bit
		if text.NamesSurname(p.text, w) {
			p.daysNamed |= bit
		}
	}
	return p.daysNamed&bit != 0
}

// weekdayIndex numbers the weekdays as data/words.txt lists them (0 for
// Monday … 6 for Sunday).
var weekdayIndex = func() map[string]int {
	m := map[string]int{}
	for i, w := range wordLists.Must("weekdays") {
		m[w] = i
	}
	return m
}()

// stopSurnames are words that end no name elsewhere but are surnames after
// a given name: "Mr. Tom Read,".
var stopSurnames = wordLists.Set("stop-surnames")

// titleBefore reports a title's or an honorific's last word just before
// token j, on its line: "Governor| Will", "Lt. Gov.| Will", "Mr| Will".
func (p *parser) titleBefore(j int) bool {
	k := j - 1
	if k >= 0 && p.word(k) == "." && !p.toks[k].sp {
		k-- // "Gov." is a word and its stop
	}
	return k >= 0 && p.toks[j].nl == 0 && p.toks[k].kind == kWord && (p.cls[k]&(cTitle|cHonor|cPerson) != 0 || p.toks[k].is(fDots))
}

// capitalWordAt reports a capitalised word at token k, on the line, that
// no stop name is: a surname may stand there.
func (p *parser) capitalWordAt(k int) bool {
	return k < len(p.toks) && p.toks[k].kind == kWord && p.toks[k].is(fCap) && p.toks[k].nl == 0 && p.cls[k]&cStop == 0
}

// stopGivenNames are stop names that are also given names: a name only
// after a title and before a surname.
var stopGivenNames = wordLists.Set("stop-given-names")

// thingName reports a "name" whose last word is a common noun by its
// ending and no given name: "General Data Protection Regulation", "Deputy
// Associate Administrator for Information Integrity" name no person.
func (p *parser) thingName(r nameRes) bool {
	if r.last < 0 {
		return false
	}
	w := p.word(r.last)
	if !isASCII(w) {
		w = strings.ToLower(w) // else read in place: lowering ASCII keeps its length
	}
	if p.has(r.last, cGiven) || len(w) < 6 {
		return false
	}
	for _, suf := range thingEndings {
		if len(w) >= len(suf) && equalFoldASCII(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// thingEndings end common nouns and almost no surname.
var thingEndings = []string{"tion", "sion", "ity", "ment", "ures", "ism", "ogy"}

// participleOpener reports a capitalised participle in "-ing" that opens a
// sentence at token i, no given name: "Quoting", "Thanking", "Citing".
// The phrase it opens is its object's, and the subject comes after the
// comma ("Quoting Abraham Lincoln, the Senator said").
func (p *parser) participleOpener(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kWord || !p.toks[i].is(fCap) || p.toks[i].is(fUpper) || p.has(i, cGiven) {
		return false
	}
	w := p.word(i)
	if len(w) <= 5 || !strings.HasSuffix(w, "ing") {
		return false
	}
	if p.lineStart(i) {
		return true
	}
	prev := p.word(i - 1)
	if prev == "." && i >= 2 && p.has(i-2, cHonor|cPerson|cTitle) {
		return false // "Mr. Hensarling": the full stop is the honorific's
	}
	return prev == "." || prev == "!" || prev == "?" || prev == ":" || prev == "\"" || prev == "“"
}
