package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/tables"
	"github.com/communique/communique/internal/text"
)

// Resolution: a subject phrase to the person it names — officials and their
// aliases, offices, surnames to the fullest name the text gives.

// resolve turns a subject noun phrase into a person. ok is false when the
// phrase names no one (an organisation, an unresolved pronoun).
func (st *state) resolve(ts []tok, e np, pos int) (person, bool) {
	switch e.kind {
	case 'p':
		w := st.word(ts[e.a])
		g := pronouns[uncontracted(w)]
		if g != 'm' && g != 'f' {
			return person{}, false
		}
		name := st.lastPerson(g)
		if name == "" {
			return person{}, false
		}
		return person{name: name, gender: g}, true
	case 'l':
		// "the minister", "the spokesperson"
		var title string
		for i := e.a; i < e.b; i++ {
			if lowerTitles[st.word(ts[i])] {
				title = st.text[ts[i].s:ts[e.b-1].e]
				break
			}
		}
		// "the Texas senator", "the Senate minority leader": the words
		// that set the role apart must fit the person too
		mods := st.modifiers(ts, e)
		if title != "" {
			if name := st.byTitle(title, pos, true); name != "" && st.fits(name, mods) {
				return person{name: name}, true
			}
		}
		// "the Texas senator", "the spokeswoman": the nearest person the
		// text gave that role
		if st.definite(ts, e.a) {
			if p, ok := st.described(st.word(ts[e.b-1]), pos); ok && st.fits(p.name, mods) {
				return p, true
			}
		}
		return person{}, false
	case 'n':
		return st.resolveProper(ts, e, pos)
	}
	return person{}, false
}

// speakerOf returns the speaker named by a subject: a person's name, or
// for an organisation its name ("the Kremlin" → "Kremlin").
func (st *state) speakerOf(ts []tok, e np, pos int) (person, bool) {
	if st.theName(ts, e) {
		// "The Atlantic called it …", "the Washington Post reported": a
		// name after the article is a publication's or a body's
		return person{name: st.npText(ts, e, true)}, false
	}
	if p, ok := st.resolve(ts, e, pos); ok {
		return p, true
	}
	if e.kind == 'n' {
		for i := e.a; i < e.b; i++ {
			if orgWords[st.word(ts[i])] {
				return person{name: st.npText(ts, e, true)}, false
			}
		}
		// "the FBI said": an acronym is an organisation's name
		if a := e.a; e.b-a <= 2 {
			if w := st.word(ts[a]); (w == "the" || w == "The") && e.b-a == 2 {
				a++
			}
			if e.b-a == 1 && acronymLast(st.word(ts[a])) {
				return person{name: st.word(ts[a])}, false
			}
		}
		// a bare surname as the subject of a reporting verb ("Guterres
		// said"); a country or city speaking works the same way
		if e.b-e.a == 1 {
			w := st.word(ts[e.a])
			if !pluralGroups[w] && !leadingNonName[w] && !notNames[w] && !titleWords[w] && utf8.RuneCountInString(w) > 1 && nameLike(w) && !dottedInitials(strings.TrimSuffix(w, ".")) {
				return person{name: w}, true
			}
		}
	}
	return person{}, false
}

// theName reports a proper noun phrase that is the article and a name
// alone ("The Atlantic", "the Washington Post"), no title or honorific in
// it and no person of the text: a person's name takes no article.
func (st *state) theName(ts []tok, e np) bool {
	if e.kind != 'n' || e.b-e.a < 2 || e.b-e.a > 4 {
		return false
	}
	if w := st.word(ts[e.a]); w != "the" && w != "The" {
		return false
	}
	for i := e.a + 1; i < e.b; i++ {
		w := st.word(ts[i])
		if !ts[i].word() || !upperStart(st.text, ts[i]) || titleWords[w] || honorificOf(w) != 0 || headWords[w] || pluralGroups[w] {
			return false
		}
	}
	// "the Texan said", "the Utah Republican said": a person by where
	// they come from or the party they belong to
	if w := st.word(ts[e.b-1]); e.b-e.a == 2 && demonyms[w] || st.f.lx.isPerson(strings.ToLower(w)) {
		return false
	}
	return !st.namesPerson(st.text[ts[e.a+1].s:ts[e.b-1].e])
}

// demonyms are the adjectives of countries and the names and people of
// their subdivisions ("German", "Texas", "Texan"); read-only.
var demonyms = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range tables.Countries {
		for _, a := range c.Adjectives {
			m[a] = true
		}
	}
	for _, p := range tables.Subdivisions {
		for _, n := range p.Names {
			m[n] = true
		}
	}
	return m
}()

// personOf returns the index of the "of" that closes a person's name in
// the proper noun phrase ts[a:b] ("Sherrod Brown of Ohio"), or 0: the
// capitalised words before it, after any title or honorific, are two to
// four and open with a given name or name a person of the text
// ("Secretary of State" and "Bank of America" name none).
func (st *state) personOf(ts []tok, a, b int) int {
	s := a
	for k := a; k < b; k++ {
		w := st.word(ts[k])
		if w != "of" {
			if titleWords[w] || honorificOf(w) != 0 || !ts[k].word() {
				s = k + 1
			}
			continue
		}
		if k-s < 2 || k-s > 4 {
			return 0
		}
		for m := s; m < k; m++ {
			if !ts[m].word() || !upperStart(st.text, ts[m]) {
				return 0
			}
		}
		if text.GivenNames()[st.word(ts[s])] != 0 || st.namesPerson(st.text[ts[s].s:ts[k-1].e]) {
			return k
		}
		return 0
	}
	return 0
}

func (st *state) resolveProper(ts []tok, e np, pos int) (person, bool) {
	p, ok := st.resolvePhrase(ts, e, pos)
	// "Mark Zandi of Moody's Analytics", "planetary geologist Rosaly Lopes
	// of NASA's Jet Propulsion Laboratory": when the whole phrase names no
	// one, or someone it does not open with, the person is the name before
	// the "of" ("Sherrod Brown of Ohio" stays as the text designates him)
	if k := st.personOf(ts, e.a, e.b); k > 0 {
		name := st.npText(ts, np{a: e.a, b: k}, true)
		if !ok || p.name == "" || !strings.Contains(name, firstWord(p.name)) {
			if q, ok2 := st.resolvePhrase(ts, np{a: e.a, b: k, kind: e.kind}, pos); ok2 && q.name != "" {
				return q, true
			}
		}
	}
	return p, ok
}

// nameBeforeOffice reports whether tokens [a, first) are a person's name
// that an office phrase [first, b) follows: they open with a given name or
// name someone the text knows, and no given name follows among the
// office's words ("President of Poland Andrzej Duda" names the person
// after).
func (st *state) nameBeforeOffice(ts []tok, a, first, b int) bool {
	for k := a; k < first; k++ {
		if !ts[k].word() || !upperStart(st.text, ts[k]) || connectors[st.word(ts[k])] {
			return false
		}
	}
	if text.GivenNames()[st.word(ts[a])] == 0 && !st.namesPerson(st.text[ts[a].s:ts[first-1].e]) {
		return false
	}
	for k := first; k < b; k++ {
		if text.GivenNames()[st.word(ts[k])] != 0 {
			return false
		}
	}
	return true
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}

// resolvePhrase is resolveProper for the phrase as it stands.
func (st *state) resolvePhrase(ts []tok, e np, pos int) (person, bool) {
	full := st.npText(ts, e, true)
	// an official's name or alias, as written
	if i, k, ok := st.officialNamed(full); ok {
		o := &st.offs[i]
		if k < 0 {
			return person{name: o.Name}, true
		}
		return person{name: o.Name, gender: genderOf(o.Aliases[k])}, true
	}
	a := e.a
	if w := st.word(ts[a]); (w == "the" || w == "The") && a < e.b-1 {
		a++
	}
	// "Defence Secretary Jane Roe MP": the member's letters are no part
	// of the name, nor a title the name follows
	for e.b-2 > a && entities.PostNominal(st.word(ts[e.b-1])) && !titleWords[st.word(ts[e.b-2])] {
		e.b--
	}
	// "NASA’s Steve Clarke": the organisation is not part of the name
	for a < e.b-1 && possessive(st.word(ts[a])) {
		a++
	}

	if e.b-a > 1 {
		// a name the text's people know as written, though a word of it
		// may be a title elsewhere ("Amy Pope", "Tom King")
		if p, ok := st.personExactly(ts[a].s, ts[e.b-1].e); ok {
			return p, true
		}
	}
	// the last title word or honorific; the name follows it
	h, first := -1, -1
	head := false
	var g byte
	for i := a; i < e.b; i++ {
		w := st.word(ts[i])
		if groupWords[w] && h < 0 {
			continue
		}
		if titleWords[w] {
			h = i
			if first < 0 {
				first = i
			}
			if headWords[w] {
				head = true
			}
			continue
		}
		if hg := honorificOf(w); hg != 0 {
			h = i
			head = true
			if hg != 'u' {
				g = hg
			}
			if first < 0 {
				first = i
			}
		}
	}
	if !head {
		// qualifiers without an office ("Centre for Economic Policy
		// Research") make no title
		h, first = -1, -1
	}
	if h < 0 && e.b-a > 1 {
		// "Ward County Sheriff Dan Kole": the text's people know where the
		// name starts when the words before it are no known title
		if p, ok := st.personEnding(ts[a].s, ts[e.b-1].e); ok {
			return p, true
		}
	}
	if h < 0 {
		for i := a; i < e.b; i++ {
			if groupWords[st.word(ts[i])] {
				return person{}, false
			}
		}
		n := e.b - a
		if n > 4 {
			return person{}, false
		}
		name := st.text[ts[a].s:ts[e.b-1].e]
		if o := st.officialByName(name); o != "" {
			return person{name: o}, true
		}
		f := st.fullest(name)
		if n >= 2 || f != name {
			return person{name: f}, true
		}
		return person{}, false
	}
	// "President Biden and Prime Minister Kishida": two people
	for i := a + 1; i < h; i++ {
		if st.word(ts[i]) == "and" {
			before, after := false, false
			for j := a; j < i; j++ {
				if headWords[st.word(ts[j])] || honorificOf(st.word(ts[j])) != 0 {
					before = true
				}
			}
			for j := i + 1; j <= h; j++ {
				if headWords[st.word(ts[j])] || honorificOf(st.word(ts[j])) != 0 {
					after = true
				}
			}
			if before && after && i+1 < e.b && !titleWords[st.word(ts[i-1])] {
				return person{}, false
			}
		}
	}
	nameStart := h + 1
	if nameStart < e.b && connectors[st.word(ts[nameStart])] {
		// "the President of Russia", "the President of the UAE": an
		// office and its country, no name
		rest := e.b - nameStart - 1
		if rest > 0 && st.word(ts[nameStart+1]) == "the" {
			rest--
		}
		if rest <= 2 {
			nameStart = e.b
		}
	}
	if first > a+1 && first-a <= 4 && nameStart < e.b && connectors[st.word(ts[nameStart])] && st.nameBeforeOffice(ts, a, first, e.b) {
		// "Jane Roe Chair of the Galway District": the name before the
		// office, the words after it the office's
		name := st.text[ts[a].s:ts[first-1].e]
		return person{name: st.fullest(name), gender: g, title: st.text[ts[first].s:ts[h].e]}, true
	}
	for nameStart < e.b && connectors[st.word(ts[nameStart])] {
		// "President of Poland Andrzej Duda": an organisation or country
		// after the title; keep the last two words as the name (none
		// when they join a portfolio: "Commissioner for Neighbourhood
		// and Enlargement")
		if e.b-nameStart > 2 {
			nameStart = e.b - 2
			if connectors[st.word(ts[nameStart])] || connectors[st.word(ts[nameStart+1])] {
				nameStart = e.b
			}
		} else {
			nameStart++
		}
	}
	if nameStart < e.b && honorificOf(st.word(ts[nameStart])) == 0 {
		name := st.text[ts[nameStart].s:ts[e.b-1].e]
		var title string
		if first >= 0 {
			t0 := first
			for t0 <= h && honorificOf(st.word(ts[t0])) != 0 {
				t0++
			}
			if t0 <= h {
				title = st.text[ts[t0].s:ts[h].e]
			}
		}
		if o := st.officialByName(name); o != "" {
			return person{name: o, gender: g, title: title}, true
		}
		return person{name: st.fullest(name), gender: g, title: title}, true
	}
	// an office without a name: "the Secretary General"
	if first < 0 {
		return person{}, false
	}
	for first <= h && honorificOf(st.word(ts[first])) != 0 {
		first++
	}
	if first > h {
		return person{}, false
	}
	title := st.text[ts[first].s:ts[h].e]
	if name := st.byTitle(title, pos, false); name != "" {
		return person{name: name, gender: g}, true
	}
	return person{}, false
}

// personEnding returns the person of the text whose mention ends the
// phrase [a,b) and starts inside it after its first word: the name at the
// end of a description the text gives before it.
func (st *state) personEnding(a, b int) (person, bool) {
	for i := range st.people {
		p := &st.people[i]
		for _, m := range p.Mentions {
			if m.End == b && m.Start > a && m.Start < b {
				pp := person{name: p.Name}
				if o := st.officialByName(p.Name); o != "" {
					pp.name = o
				}
				switch p.Gender {
				case "male":
					pp.gender = 'm'
				case "female":
					pp.gender = 'f'
				}
				return pp, true
			}
			if m.Start >= b {
				break
			}
		}
	}
	return person{}, false
}

// orgSubject returns the organisation a subject phrase ending in an
// organisation noun names: "the campaign" → "campaign", "the Roe
// campaign" → "Roe campaign", "Roe’s campaign" → "Roe campaign". It
// takes in the capitalised words just before a lower-case phrase.
func (st *state) orgSubject(ts []tok, e np) (string, bool) {
	if e.kind != 'l' || e.b <= e.a || !st.f.lx.org[st.word(ts[e.b-1])] {
		return "", false
	}
	a := e.a
	for a > 0 && a > e.a-4 && ts[a-1].word() && upperStart(st.text, ts[a-1]) {
		a--
	}
	for a < e.b-1 && determiners[st.word(ts[a])] {
		a++
	}
	var b strings.Builder
	for i := a; i < e.b; i++ {
		w := st.word(ts[i])
		if determiners[w] || leadingNonName[w] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		b.WriteString(w)
	}
	return b.String(), b.Len() > 0
}

// personExactly returns the person of the text one of whose mentions is
// exactly [a,b) and whose name opens with a given name or a name the
// text does not use as a title: the mention is a full name.
func (st *state) personExactly(a, b int) (person, bool) {
	for i := range st.people {
		p := &st.people[i]
		for _, m := range p.Mentions {
			if m.Start > a {
				break
			}
			if m.Start == a && m.End == b && p.Gender != "" && strings.IndexByte(p.Name, ' ') > 0 {
				pp := person{name: p.Name, gender: 'm'}
				if p.Gender == "female" {
					pp.gender = 'f'
				}
				if o := st.officialByName(p.Name); o != "" {
					pp.name = o
				}
				return pp, true
			}
		}
	}
	return person{}, false
}

func trimThe(s string) string {
	if len(s) > 4 && (s[:4] == "the " || s[:4] == "The ") {
		return s[4:]
	}
	return s
}

func genderOf(alias string) byte {
	sp := strings.IndexByte(alias, ' ')
	if sp < 0 {
		return 0
	}
	if g := honorificOf(alias[:sp]); g == 'm' || g == 'f' {
		return g
	}
	return 0
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// officialByName returns the official whose name is name or ends with
// its last word.
func (st *state) officialByName(name string) string {
	if len(st.offs) == 0 {
		return ""
	}
	lw := lastWord(name)
	for i := range st.offs {
		o := &st.offs[i]
		if strings.EqualFold(o.Name, name) {
			return o.Name
		}
	}
	for i := range st.offs {
		o := &st.offs[i]
		if strings.EqualFold(lastWord(o.Name), lw) && sameGiven(name, o.Name) {
			return o.Name
		}
		for _, al := range o.Aliases {
			if strings.EqualFold(al, name) {
				return o.Name
			}
		}
	}
	return st.familyFirst(name)
}

// familyFirst returns the one official whose name opens with name, a
// single word that is no given name and ends no official's name: the family
// name of a name written family name first ("said Ko" for "Rear Admiral Ko
// Seung-bum"). It returns "" when there is none or more than one.
func (st *state) familyFirst(name string) string {
	if strings.IndexByte(name, ' ') >= 0 || text.GivenNames()[name] != 0 {
		return ""
	}
	found := ""
	for i := range st.offs {
		o := &st.offs[i]
		sp := strings.IndexByte(o.Name, ' ')
		if sp < 0 {
			continue
		}
		if strings.EqualFold(lastWord(o.Name), name) {
			return ""
		}
		if o.Name[:sp] == name {
			if found != "" && found != o.Name {
				return ""
			}
			found = o.Name
		}
	}
	return found
}

// sameGiven reports whether a name can be the official's: a surname
// alone, or a given name equal to the official's or its initial ("Eric
// Trump" is not "Donald J. Trump").
func sameGiven(name, official string) bool {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return true
	}
	g := strings.TrimSuffix(name[:sp], ".")
	og := official
	if j := strings.IndexByte(official, ' '); j >= 0 {
		og = official[:j]
	}
	if honorifics[g] != 0 || titleWords[g] {
		return true
	}
	return strings.EqualFold(g, og) || len(g) == 1 && strings.HasPrefix(og, g)
}

// byTitle returns the person holding the office title ("Secretary
// General"): an official with that title or alias, else the name the text
// gives after the title elsewhere ("NATO Secretary General Mark Rutte").
func (st *state) byTitle(title string, pos int, lower bool) string {
	if len(st.offs) > 0 {
		best, bestPos := "", -1
		first := ""
		for i := range st.offs {
			o := &st.offs[i]
			if !titleMatches(o, title) {
				continue
			}
			if first == "" {
				first = o.Name
			}
			for _, m := range o.Mentions {
				if m.Start < pos && m.Start > bestPos {
					best, bestPos = o.Name, m.Start
				}
			}
		}
		if best != "" {
			return best
		}
		if first != "" {
			return first
		}
	}
	if lower {
		title = capitalize(title)
	}
	// the person most recently named with that office
	for i := len(st.recent) - 1; i >= 0; i-- {
		if t := st.recent[i].title; t != "" && (strings.EqualFold(t, title) || hasSuffixFold(t, " "+title) || hasSuffixFold(title, " "+t)) {
			return st.recent[i].name
		}
	}
	if st.titles == nil {
		st.titles = map[string]string{}
	} else if n, ok := st.titles[title]; ok {
		return n
	} else if len(st.titles) >= maxLookups {
		return ""
	}
	name := st.nameAfterTitle(title, pos)
	if name != "" {
		name = st.fullest(name)
	}
	st.titles[title] = name
	return name
}

func titleMatches(o *entities.Official, title string) bool {
	t := o.Title
	if strings.EqualFold(t, title) || hasSuffixFold(t, " "+title) || hasSuffixFold(title, " "+t) {
		return true
	}
	for _, al := range o.Aliases {
		if strings.EqualFold(trimThe(al), title) {
			return true
		}
	}
	return false
}

func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf)
}

// capitalize upper-cases the first letter of each ASCII word.
func capitalize(s string) string {
	b := []byte(s)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
		up = c == ' '
	}
	return string(b)
}

// nameAfterTitle finds "TITLE Firstname Lastname" in the text, preferring
// the last occurrence before pos.
func (st *state) nameAfterTitle(title string, pos int) string {
	text := st.text
	best, after := "", ""
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], title)
		if j < 0 {
			break
		}
		j += i
		i = j + len(title)
		if j > 0 && isWordRune(prevRune(text, j)) {
			continue
		}
		k := i
		if k >= len(text) || text[k] != ' ' {
			continue
		}
		name := nameAt(text, k+1)
		if name == "" {
			continue
		}
		if j < pos {
			best = name
		} else if after == "" {
			after = name
			break
		}
	}
	if best != "" {
		return best
	}
	return after
}

// nameAt reads up to four capitalised words at i that are not title words
// or honorifics: a personal name.
func nameAt(text string, i int) string {
	start := i
	end := i
	words := 0
	for i < len(text) && words < 4 {
		if !isUpperRune(nextRune(text, i)) {
			// a particle inside a name ("von der")
			e := wordEnd(text, i, len(text))
			if e > i && words > 0 && nameParticles[text[i:e]] && e < len(text) && text[e] == ' ' {
				i = e + 1
				continue
			}
			break
		}
		e := wordEnd(text, i, len(text))
		if e == i {
			break
		}
		w := text[i:e]
		if titleWords[w] || honorifics[w] != 0 || groupWords[w] || strings.ContainsAny(w, "’'") {
			if words == 0 && honorifics[w] != 0 {
				// "Secretary General Mr Rutte" is unusual; stop
				break
			}
			break
		}
		if e < len(text) && text[e] == '.' && e-i == 1 {
			e++ // an initial: "Antony J. Blinken"
		}
		words++
		end = e
		if e >= len(text) || text[e] != ' ' {
			break
		}
		i = e + 1
	}
	if words == 0 {
		return ""
	}
	return text[start:end]
}

// fullest returns the fullest form of a surname the text gives ("Rutte"
// → "Mark Rutte").
func (st *state) fullest(name string) string {
	if sp := strings.IndexByte(name, ' '); sp >= 0 && isUpperRune(nextRune(name, 0)) {
		if lf := lowerFirst(name); lf != name && nameParticles[lf[:sp]] {
			// "Von der Leyen" opening a sentence: look for "von der Leyen"
			if f := st.fullest(lf); f != lf {
				return f
			}
		}
		return name // a full name already; "von der Leyen" may still grow
	}
	if f, ok := st.fullests[name]; ok {
		return f
	}
	if len(st.fullests) >= maxLookups {
		return name
	}
	text := st.text
	res := name
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], name)
		if j < 0 {
			break
		}
		j += i
		i = j + len(name)
		if i < len(text) && isWordRune(nextRune(text, i)) {
			continue
		}
		// the words before it
		k := j
		if k == 0 || text[k-1] != ' ' {
			continue
		}
		k--
		start := j
		for n := 0; n < 2 && k > 0; n++ {
			e := k
			b := e
			for b > 0 && (isWordRune(prevRune(text, b)) || (text[b-1] == '.' && b == e)) {
				b -= lastRuneLen(text, b)
			}
			w := text[b:e]
			if w == "" || !isUpperRune(nextRune(text, b)) {
				break
			}
			ww := strings.TrimSuffix(w, ".")
			if titleWords[ww] || titleWords[w] || honorifics[ww] != 0 || groupWords[ww] || leadingNonName[ww] || connectors[ww] {
				break
			}
			if strings.HasSuffix(w, ".") && len(ww) != 1 {
				break
			}
			start = b
			if b == 0 || text[b-1] != ' ' {
				break
			}
			k = b - 1
		}
		if start < j {
			res = text[start : j+len(name)]
			break
		}
	}
	if st.fullests == nil {
		st.fullests = map[string]string{}
	}
	st.fullests[name] = res
	return res
}
