package entities

import (
	"cmp"
	_ "embed"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/communique/communique/internal/text"
)

// People: every named person in a text, official or not, with the
// description the text gives, a gender when the text or the given-name
// list shows it, and every mention.

// Person is a named person in a text.
type Person struct {
	// Name is the fullest form of the name the text gives ("Jane Roe");
	// a person named only by surname with a title keeps the surname.
	Name string `json:"name"`
	// Description is what the text says the person is, from an
	// apposition after the first full mention ("a nurse from Ohio",
	// "70") or the title before the name ("Sen.").
	Description string `json:"description,omitempty"`
	// Gender is "male" or "female" when an honorific, a pronoun that
	// refers back to the person, or the given-name list shows it.
	Gender string `json:"gender,omitempty"`
	// Mentions are the spans of the name in every mention, in text
	// order: the full name and the surname alone.
	Mentions []Span `json:"mentions"`
}

//go:embed data/person_titles.txt
var personTitlesTXT string

// givenNames maps a given name to 'm' or 'f' (the shared lexicon of
// internal/text); personTitles are the short titles before a name. Both
// are read-only after init.
var givenNames, personTitles = func() (map[string]byte, map[string]bool) {
	g := text.GivenNames()
	t := map[string]bool{}
	for _, line := range strings.Split(personTitlesTXT, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			t[line] = true
		}
	}
	return g, t
}()

type personAcc struct {
	p      Person
	first  int // token index of the first full mention
	gender byte
	sure   bool   // gender from an honorific or pronoun, not the name list
	core   string // the name without middle initials, once byInitials has asked
}

// People returns the named persons of text in order of first mention.
// officials, as Find returns them for the same text, are included with
// their titles as descriptions; nil is fine.
func (x *Extractor) People(text string, officials []Official) []Person {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	return people(text, sc.toks, sc.cls, officials, x.orgs, x.titles)
}

// PeopleDoc is People over an analysis of the text made once for every
// stage; its results are those of People(d.Text, officials).
func (x *Extractor) PeopleDoc(d *text.Doc, officials []Official) []Person {
	sc := x.docScratch(d)
	defer x.putScratch(sc)
	return people(d.Text, sc.toks, sc.cls, officials, x.orgs, x.titles)
}

// FindAll is Find and People in one reading of the text.
func (x *Extractor) FindAll(text string) ([]Official, []Country, []Person) {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	offs := x.officials(text, sc)
	return offs, x.pageCountries(text, sc), people(text, sc.toks, sc.cls, offs, x.orgs, x.titles)
}

// FindDocAllAt is FindDocAt and People in one reading of the analysis.
func (x *Extractor) FindDocAllAt(d *text.Doc, day time.Time) ([]Official, []Country, []Person) {
	return x.FindDocAllHome(d, day, "")
}

// FindDocAllHome is FindDocAllAt for the record of an institution of
// country home (ISO alpha-2, as InstitutionHome gives it) whose name the
// page prints outside the analysed text, in a header the chrome stripper
// removed: its officials that the text ties to no other country are
// home's. "" is no such institution.
func (x *Extractor) FindDocAllHome(d *text.Doc, day time.Time, home string) ([]Official, []Country, []Person) {
	return x.FindDocAllFrom(d, day, Place{Institution: home})
}

// FindDocAllFrom is FindDocAllAt for a page whose place (the institution
// whose record it is, the government whose site published it) is known
// from outside its text.
func (x *Extractor) FindDocAllFrom(d *text.Doc, day time.Time, pl Place) ([]Official, []Country, []Person) {
	sc := x.docScratch(d)
	defer x.putScratch(sc)
	offs := x.officialsFrom(d.Text, sc, dayNum(day), pl)
	return offs, x.pageCountries(d.Text, sc), people(d.Text, sc.toks, sc.cls, offs, x.orgs, x.titles)
}

// InstitutionHome returns the country of a national or state institution
// whose record a page is, from lines of its header: "SEANAD ÉIREANN",
// "Parliament of Ghana", "NEW YORK STATE SENATE"; "" when no line names
// one.
func (x *Extractor) InstitutionHome(lines string) string {
	named := false // most headers name no institution: no tokenizing then
	low := strings.ToLower(lines)
	for name, iso := range recordHomes {
		if strings.Contains(low, name) {
			return iso // "Congressional Record, Volume 151"
		}
	}
	for w := range institutionWords {
		if strings.Contains(low, w) {
			named = true
			break
		}
	}
	if !named {
		return ""
	}
	sc := x.getScratch(lines)
	defer x.putScratch(sc)
	p := &parser{x: x, text: lines, toks: sc.toks, cls: sc.cls, orgCnt: map[string]int{}}
	return p.institutionHome()
}

// recordHomes maps the lower-cased titles of legislatures' printed
// records to their countries (data/phrases.txt); read-only.
var recordHomes = func() map[string]string {
	m := map[string]string{}
	for _, e := range phraseLists.Must("record-homes") {
		name, iso, ok := strings.Cut(e, ":")
		if !ok {
			panic("entities: a record-homes entry without its country: " + e)
		}
		m[strings.ToLower(strings.TrimSpace(name))] = strings.TrimSpace(iso)
	}
	return m
}()

// allUpper reports whether every token of name is in capitals.
func allUpper(toks []tok, name []int) bool {
	for _, t := range name {
		if !toks[t].is(fUpper) {
			return false
		}
	}
	return true
}

// byInitials returns the person already read whose name differs from the
// name tokens only by middle initials: "Tracy C. Dyson" and "Tracy Dyson".
func byInitials(accs []*personAcc, text string, toks []tok, name []int) *personAcc {
	ws := make([]string, len(name))
	for k, t := range name {
		ws[k] = text[toks[t].s:toks[t].e]
	}
	key := initialsCore(ws)
	for _, acc := range accs {
		if acc.core == "" {
			acc.core = initialsCore(strings.Fields(acc.p.Name))
		}
		if acc.core == key {
			return acc
		}
	}
	return nil
}

// initialsCore joins a name's words without its middle initials and the
// full stops that end words.
func initialsCore(words []string) string {
	var keep []string
	for k, w := range words {
		if k > 0 && k < len(words)-1 && (len(w) == 1 || len(w) == 2 && w[1] == '.') {
			continue
		}
		keep = append(keep, strings.TrimSuffix(w, "."))
	}
	return strings.Join(keep, " ")
}

func people(text string, toks []tok, cls []uint16, officials []Official, orgs, titles *phraseSet) []Person {
	word := func(i int) string { return text[toks[i].s:toks[i].e] }
	var buf []byte
	// orgAt reports an organisation's name at token k, the last of a
	// run whose first word is a given name: "Jack White" is a person,
	// "Jack White House" is not; "Medford Teachers Association" is no one
	orgAt := func(k, j int, name []int) bool {
		w := word(k)
		if k != j-1 || len(name) != 1 || institutionNouns[w] || bodyNouns[w] || strings.HasSuffix(w, "tion") {
			return true
		}
		if cls[name[0]]&cGiven == 0 {
			return true
		}
		n, _ := orgs.match(text, toks, k, &buf)
		return n > 0
	}
	isWord := func(i int) bool { return i >= 0 && i < len(toks) && toks[i].kind == kWord }
	capWord := func(i int) bool { return isWord(i) && toks[i].is(fCap) }
	// afterTitleLink reports a word after the link of an office's phrase
	// ("of", "to", "for", with "the" or not, after a title's word):
	// "Secretary of| State", "Ambassador to the| United States"
	afterTitleLink := func(i int) bool {
		if isWord(i-1) && word(i-1) == "the" {
			i--
		}
		if !isWord(i-1) || !isWord(i-2) || cls[i-2]&cTitle == 0 {
			return false
		}
		switch word(i - 1) {
		case "of", "to", "for":
			return true
		}
		return false
	}
	dotAfter := func(i int) bool { return i+1 < len(toks) && toks[i+1].kind == kPunct && text[toks[i+1].s] == '.' }

	var accs []*personAcc
	byName := map[string]*personAcc{}
	var name []int // the name tokens of a run, reused
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != kWord || toks[i].flags&fCap == 0 {
			continue
		}
		// the capitalised run, with initials, particles and suffixes
		start := i
		j := i
		for j < len(toks) {
			if j > i && toks[j].nl > 0 {
				break // a name does not run over a line break ("Bill Ingalls\n\nThree crew …")
			}
			if capWord(j) {
				j++
				if dotAfter(j-1) && (toks[j-1].e-toks[j-1].s == 1 || cls[j-1]&(cPerson|cHonor) != 0) {
					j++ // "Sen.", "J."
				}
				continue
			}
			if isWord(j) && cls[j]&cParticle != 0 && capWord(j+1) {
				j++
				continue
			}
			if j > i && capWord(j-1) && toks[j].kind == kPunct && text[toks[j].s] == '-' && toks[j].e-toks[j].s == 1 &&
				!toks[j].sp && capWord(j+1) && !toks[j+1].sp {
				j += 2 // a hyphenated name: "Cheryl Moon-Sirianni", "Karine Jean-Pierre"
				continue
			}
			if j > i+1 && capWord(j-1) && toks[j].kind == kPunct && text[toks[j].s] == '-' && toks[j].e-toks[j].s == 1 &&
				!toks[j].sp && syllableAfter(text, toks, j+1) {
				// a romanised given name of two syllables after the surname:
				// "Chan Kwok-ki", "Starry Lee Wai-king" (not "Barack Obama-era")
				j += 2
				continue
			}
			break
		}
		a := i
		var g byte
		titled := false
		honored := false // an honorific or a short title ("Mr", "Sen.") among the words before the name
		for a < j {
			w := word(a)
			if toks[a].kind != kWord {
				a++
				continue
			}
			if cls[a]&(cHonor|cPerson|cTitle|cMod|cStop|cCountry) != 0 {
				switch w {
				case "Mr", "MR", "Mister", "Sir", "Lord", "Monsieur", "Herr":
					g = 'm'
				case "Mrs", "Ms", "MRS", "MS", "Miss", "Madam", "Madame", "Dame", "Lady", "Frau", "Baroness":
					g = 'f'
				}
				if cls[a]&cStop == 0 || cls[a]&cHonor != 0 {
					// (a country's word that opens a title, "U.S." of "U.S.
					// Attorney", makes none alone: "U.S. Geological Survey";
					// after "of", "to" or "for" it ends one: "Secretary of
					// State Rice", "Ambassador to the United States Jane Roe")
					titled = titled || cls[a]&(cHonor|cPerson) != 0 || cls[a]&cTitle != 0 && (cls[a]&cCountry == 0 || afterTitleLink(a))
					honored = honored || cls[a]&(cHonor|cPerson) != 0
				}
				a++
				continue
			}
			break
		}
		// name tokens: words only
		name = name[:0]
		bad := false
		for k := a; k < j; k++ {
			if toks[k].kind != kWord {
				continue
			}
			if c := cls[k]; c&(cStop|cOrg|cCountry|cCalendar) != 0 && c&cSuffix == 0 && len(name) > 0 &&
				(c&(cStop|cCountry|cCalendar) != 0 || orgAt(k, j, name)) {
				// a title word closing a run after a given name is a
				// surname ("Amy Pope", "John King"), not a title
				if cls[name[0]]&cGiven != 0 && k == j-1 && cls[k]&cTitle != 0 && cls[k]&(cOrg|cCountry|cCalendar) == 0 {
					name = append(name, k)
					continue
				}
				if orgThenGiven(toks, cls, k, j) {
					// "Former U.N. Ambassador John Roe": the organisation
					// and the office before a given name are no part of it
					name = name[:0]
					continue
				}
				if m := givenAfterBody(toks, cls, k, j); institutionNouns[word(k)] && m > 0 {
					// "Maricopa County Recorder Helen Purcell": a body and
					// its office before a given name are no part of it
					name = name[:0]
					k = m - 1
					continue
				}
				bad = true
				break
			}
			name = append(name, k)
		}
		next := j
		i = j - 1
		if bad || len(name) == 0 {
			continue
		}
		if len(name) > 4 && !titled {
			// "Ward County Sheriff Dan Kole": a long run whose last words
			// open with a given name ends with the person's name
			for k := len(name) - 4; k < len(name)-1; k++ {
				if cls[name[k]]&cGiven != 0 {
					name = name[k:]
					break
				}
			}
		}
		for len(name) > 2 && postNominals[word(name[len(name)-1])] {
			name = name[:len(name)-1] // "Jane Roe AO": the honour is no part of the name
		}
		if len(name) > 4 {
			continue
		}
		first := word(name[0])
		given := cls[name[0]]&cGiven != 0
		if !titled && !given {
			// "House Republican Thomas Massie", "Republican pollster
			// Daron Shaw": the name starts at a given name
			for k := 1; k < len(name)-1; k++ {
				if name[k+1] != name[k]+1 {
					continue // the first part of a hyphenated name ("Asab Al-Tabchi")
				}
				if cls[name[k]]&cGiven != 0 {
					name, first, given = name[k:], word(name[k]), true
					break
				}
			}
		}
		if len(name) == 1 && !titled || len(name) >= 2 && !titled && !given {
			continue
		}
		if len(name) == 1 && roleNouns[first] {
			continue // "Country Manager", "Practice Lead": the head of a post, no surname
		}
		if len(name) == 1 && !honored && !titleBefore(text, toks, cls, titles, start, name[0], &buf) {
			// words that may open a title but make none before the
			// word ("Democratic National Convention", "United Arab
			// Emirates", "Veterans Day Parade"): no title, no surname
			continue
		}
		if len(name) >= 2 && cls[name[0]]&cStop != 0 {
			continue
		}
		full := text[toks[name[0]].s:toks[name[len(name)-1]].e]
		if allUpper(toks, name) {
			// a name in capitals ("HON. JANE ROE.-", a label) is written
			// out as the officials' and speakers' are, and is one person
			// with its mentions in mixed case
			full = titleCase(full)
		}
		span := Span{Start: int(toks[name[0]].s), End: int(toks[name[len(name)-1]].e)}
		acc := byName[full]
		if acc == nil && len(name) == 1 {
			acc = bySurname(accs, full)
		}
		if acc == nil && len(name) >= 2 {
			// "Tracy C. Dyson" and "Tracy Dyson": one person, the fuller name
			acc = byInitials(accs, text, toks, name)
			if acc != nil && len(full) > len(acc.p.Name) {
				delete(byName, acc.p.Name)
				acc.p.Name, acc.core = full, ""
			}
			if acc != nil {
				byName[full] = acc
			}
		}
		if acc == nil {
			acc = &personAcc{p: Person{Name: full}, first: name[0]}
			if given {
				acc.gender = givenNames[first]
			}
			acc.p.Description = appositionAfter(text, toks, next)
			if acc.p.Description == "" && titled && a > start {
				acc.p.Description = text[toks[start].s:toks[a-1].e]
			}
			accs = append(accs, acc)
			byName[full] = acc
		}
		if g != 0 {
			acc.gender, acc.sure = g, true
		}
		acc.p.Mentions = append(acc.p.Mentions, span)
	}
	// surnames alone, once the text has named the person in full
	surnames := map[string]*personAcc{}
	for _, acc := range accs {
		if sp := strings.LastIndexByte(acc.p.Name, ' '); sp > 0 {
			s := acc.p.Name[sp+1:]
			if _, dup := surnames[s]; dup {
				surnames[s] = nil // two people share it: ambiguous
			} else {
				surnames[s] = acc
			}
		}
	}
	var lens uint64 // bit n: a surname of n bytes (n < 64), a cheap test before the map
	for s := range surnames {
		lens |= 1 << min(len(s), 63)
	}
	for i := 0; i < len(toks) && len(surnames) > 0; i++ {
		if toks[i].kind != kWord || toks[i].flags&fCap == 0 || lens&(1<<min(toks[i].e-toks[i].s, 63)) == 0 || capWord(i-1) || capWord(i+1) {
			continue
		}
		if acc := surnames[word(i)]; acc != nil {
			sp := Span{Start: int(toks[i].s), End: int(toks[i].e)}
			if !hasSpan(acc.p.Mentions, sp) {
				acc.p.Mentions = append(acc.p.Mentions, sp)
			}
		}
	}
	// a pronoun soon after a mention, before any other person's, shows
	// the gender
	starts := map[int]*personAcc{}
	for _, acc := range accs {
		for _, m := range acc.p.Mentions {
			starts[m.Start] = acc
		}
	}
	for _, acc := range accs {
		if acc.sure {
			continue
		}
		// a given name's gender yields only to a subject pronoun: in
		// "Tom Roe praised her work" the object is someone else
		if g := pronounAfter(text, toks, acc, starts, acc.gender != 0); g != 0 {
			acc.gender = g
		}
	}
	for i := range officials {
		o := &officials[i]
		if byName[o.Name] != nil || surnames[lastName(o.Name)] != nil {
			if acc := byName[o.Name]; acc != nil && acc.p.Description == "" {
				acc.p.Description = o.Title
			}
			continue
		}
		acc := &personAcc{p: Person{Name: o.Name, Description: o.Title, Mentions: append([]Span(nil), o.Mentions...)}, first: 1 << 30}
		if len(o.Mentions) > 0 {
			acc.first = o.Mentions[0].Start
		}
		accs = append(accs, acc)
	}
	out := make([]Person, 0, len(accs))
	for _, acc := range accs {
		switch acc.gender {
		case 'm':
			acc.p.Gender = "male"
		case 'f':
			acc.p.Gender = "female"
		}
		if !startsIncrease(acc.p.Mentions) { // in order already, the sort's only order
			sort.Slice(acc.p.Mentions, func(a, b int) bool { return acc.p.Mentions[a].Start < acc.p.Mentions[b].Start })
		}
		out = append(out, acc.p)
	}
	slices.SortStableFunc(out, func(a, b Person) int { return cmp.Compare(firstStart(a), firstStart(b)) })
	return out
}

// titleBefore reports whether an office title of the lexicon runs from a
// token in [from, at) to token at: "Secretary" of "Secretary Rubio",
// "Foreign Minister" of "Foreign Minister Sybiha".
func titleBefore(text string, toks []tok, cls []uint16, titles *phraseSet, from, at int, buf *[]byte) bool {
	// (the title may open before the capitalised run: "Secretary of
	// State Rice", whose run is "State Rice")
	for k := max(from-4, 0); k < at; k++ {
		if cls[k]&cTitle == 0 {
			continue
		}
		if n, _ := titles.match(text, toks, k, buf); n > 0 && k+n == at {
			return true
		}
	}
	return false
}

// startsIncrease reports whether every span starts after the one before:
// sorted by Start with no two alike, which any sort leaves as it is.
func startsIncrease(ss []Span) bool {
	for i := 1; i < len(ss); i++ {
		if ss[i].Start <= ss[i-1].Start {
			return false
		}
	}
	return true
}

// orgThenGiven reports an organisation or country word at toks[k] that
// only title words follow before a given name and one more capitalised
// word inside the run ending before toks[j]: "U.N. Ambassador John Roe",
// "Pentagon spokesman Jane Roe" reads its name after the given name.
// givenAfterBody returns the token of a given name after the body noun at
// token k and at most two other capitalised words, before the run's last
// word (j is the run's end): "County| Recorder Helen Purcell"; 0 when
// there is none.
func givenAfterBody(toks []tok, cls []uint16, k, j int) int {
	for m := k + 1; m < j-1 && m <= k+3; m++ {
		if toks[m].kind != kWord {
			return 0
		}
		if cls[m]&cGiven != 0 && toks[m+1].kind == kWord {
			return m
		}
	}
	return 0
}

func orgThenGiven(toks []tok, cls []uint16, k, j int) bool {
	for m := k + 1; m < j-1; m++ {
		if toks[m].kind != kWord {
			continue
		}
		if cls[m]&cGiven != 0 {
			return toks[m+1].kind == kWord
		}
		if cls[m]&(cTitle|cHonor|cPerson) == 0 {
			return false
		}
	}
	return false
}

func firstStart(p Person) int {
	if len(p.Mentions) == 0 {
		return 1 << 30
	}
	return p.Mentions[0].Start
}

func bySurname(accs []*personAcc, s string) *personAcc {
	var hit *personAcc
	for _, acc := range accs {
		if lastName(acc.p.Name) == s {
			if hit != nil {
				return nil
			}
			hit = acc
		}
	}
	if hit != nil {
		return hit
	}
	// a name written family name first ("Mr Kok" after "Kok Ping Soon",
	// "Mr Goh" after "Goh Wei Boon"): its first word, no given name of
	// the lexicon, is the surname
	for _, acc := range accs {
		first, _, ok := strings.Cut(acc.p.Name, " ")
		if !ok || first != s {
			continue
		}
		if _, given := givenNames[first]; given {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = acc
	}
	if hit != nil {
		return hit
	}
	// a Chinese name with its given name last, hyphenated ("Dr Lee" after
	// "Starry Lee Wai-king", "Mr Chan" after "Chan Kwok-ki")
	for _, acc := range accs {
		if lastName(acc.p.Name) == s || text.Surname(acc.p.Name) != s {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = acc
	}
	return hit
}

func lastName(n string) string {
	if sp := strings.LastIndexByte(n, ' '); sp >= 0 {
		return n[sp+1:]
	}
	return n
}

func hasSpan(ss []Span, s Span) bool {
	for _, x := range ss {
		if x.Start <= s.Start && s.End <= x.End {
			return true
		}
	}
	return false
}

// appositionAfter returns the phrase between commas after a name ending
// before toks[j]: ", a nurse from Ohio,", ", 70,". It must open with a
// lower-case word, an article or a number, and stay short.
func appositionAfter(text string, toks []tok, j int) string {
	if j+1 >= len(toks) || toks[j].kind != kPunct || text[toks[j].s] != ',' {
		return ""
	}
	a := j + 1
	if t := toks[a]; t.kind != kWord || !(t.is(fLower) || t.is(fDigit)) {
		return ""
	}
	next := ""
	if a+1 < len(toks) && toks[a+1].kind == kWord {
		next = strings.ToLower(text[toks[a+1].s:toks[a+1].e])
	}
	if opensClause(text[toks[a].s:toks[a].e], next) {
		return ""
	}
	for k := a; k < len(toks) && k < a+16; k++ {
		t := toks[k]
		if t.kind == kPunct {
			switch text[t.s] {
			case ',', '.', ';', ')', '(':
				if k == a {
					return ""
				}
				return text[toks[a].s:toks[k-1].e]
			case '"':
				return ""
			}
			if t.e-t.s > 1 { // curly quotes and dashes end it too
				if k == a {
					return ""
				}
				return text[toks[a].s:toks[k-1].e]
			}
		}
	}
	return ""
}

// pronounAfter returns the gender of the first he/she pronoun within a
// short window after one of acc's mentions when no other person is
// mentioned in between. subjectOnly counts only subject and reflexive
// pronouns ("he", "herself") in the same sentence, not objects or
// possessives ("her", "his").
func pronounAfter(text string, toks []tok, acc *personAcc, starts map[int]*personAcc, subjectOnly bool) byte {
	for _, m := range acc.p.Mentions {
		// the token after the mention
		i := sort.Search(len(toks), func(k int) bool { return int(toks[k].s) >= m.End })
		for k := i; k < len(toks) && k < i+25; k++ {
			t := toks[k]
			if t.kind != kWord {
				if subjectOnly && t.kind == kPunct && strings.ContainsAny(text[t.s:t.e], ".!?") {
					break // only a pronoun of the same sentence
				}
				continue
			}
			switch w := text[t.s:t.e]; w {
			case "he", "He", "himself":
				return 'm'
			case "she", "She", "herself":
				return 'f'
			case "him", "his", "His":
				if !subjectOnly {
					return 'm'
				}
			case "her", "Her", "hers":
				if !subjectOnly {
					return 'f'
				}
			}
			if o := starts[int(t.s)]; o != nil && o != acc {
				break
			}
		}
	}
	return 0
}

// opensClause reports words after a name's comma that open a clause, not a
// description (text.OpensClause).
func opensClause(w, next string) bool { return text.OpensClause(w, next) }

// syllableAfter reports whether token k is the lower-case second syllable
// of a romanised given name ("ki" of "Kwok-ki", "king" of "Wai-king", "in"
// of "Jae-in"): a syllable of Chinese or Korean romanisation (an onset,
// vowels, a final consonant), not followed by another hyphen ("Commanding-
// in-Chief") and no English word a hyphen joins to a name ("Obama-era",
// "Jeb Bush-spent").
func syllableAfter(text string, toks []tok, k int) bool {
	if k >= len(toks) || toks[k].kind != kWord || toks[k].sp {
		return false
	}
	if k+1 < len(toks) && !toks[k+1].sp && text[toks[k+1].s:toks[k+1].e] == "-" {
		return false
	}
	w := text[toks[k].s:toks[k].e]
	if len(w) < 2 || len(w) > 6 || hyphenSuffixes[w] {
		return false
	}
	// onset
	n := 0
	for _, o := range syllableOnsets {
		if len(o) > n && strings.HasPrefix(w, o) {
			n = len(o)
		}
	}
	// vowels
	v := n
	for v < len(w) && strings.IndexByte("aeiou", w[v]) >= 0 {
		v++
	}
	if v == n || v-n > 3 {
		return false
	}
	switch w[v:] {
	case "", "n", "ng", "k", "p", "t", "m", "h", "r", "l":
		return true
	}
	return false
}

// syllableOnsets are the consonants that open a syllable of Chinese (Hong
// Kong, Wade-Giles, pinyin) and Korean romanisation.
var syllableOnsets = [...]string{"b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh",
	"r", "z", "c", "s", "y", "w", "kw", "gw", "ng", "ts", "hs", "hy", "ky", "gy", "my", "ny", "ss", "jj", "tt", "kk", "pp"}

// hyphenSuffixes are the English words of a syllable's shape that a hyphen
// joins to a name to make an adjective or a compound: "Trump-run",
// "Biden-led".
var hyphenSuffixes = wordLists.Set("hyphen-suffixes")
