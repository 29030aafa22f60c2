package entities

import (
	"sort"
	"strings"

	"github.com/communique/communique/internal/tables"
)

// mention kinds
const (
	mPerson  uint8 = iota // a name with an office: "Prime Minister Donald Tusk", "SECRETARY BLINKEN:"
	mHolder               // a full name found in the list of office-holders, without a title
	mHonor                // "Mr Rutte"
	mAnaphor              // "the Secretary General", "the Foreign Minister of Finland"
	mName                 // a full name without an office, kept if it names an official
)

// office is an office phrase: [det] [modifiers] title [and title] [of X].
type office struct {
	start, end    int // tokens [start, end) of the whole phrase
	titleS        int // first token of the title
	title         string
	kind, def     string
	country, org  string
	det           uint8 // 0 none, 1 "the", 2 our/my, 3 other possessive
	capital       bool  // the title is written with capitals
	allcaps       bool
	former        bool
	orgPossessive bool // "the EU's High Representative"
	adjCountry    bool // the country came from a modifier before the title
	multi         bool // the title has several words
	plural        bool // "Presidents Biden and Erdoğan"
}

// nameRes is a parsed name: tokens [s, e), its core words.
type nameRes struct {
	s, e        int
	first, last int // first and last core tokens (last is the surname)
	surS        int // first token of the surname ("Jean" of "Jean-Pierre")
	n           int // core tokens
	crossedNL   bool
}

type mention struct {
	kind         uint8
	name         string // as the text gives it
	n            int    // core name tokens
	first, sur   string // folded given name and surname
	title        string
	tkind, def   string
	country, org string
	explicit     bool   // affiliation written in the text
	poss         bool   // "our prime minister, X": the speaker's country
	guess        string // a title guessed from the context ("his counterpart")
	weak         bool   // not an official unless confirmed by another mention
	label        bool   // a speaker label
	span         Span
	alias        string
	ti           int // token index
	ts, te       int // tokens [ts, te) of the office and name
	capital      bool
	commander    bool // "Colonel Gaddafi's forces"
	adjCountry   bool // the country stands before the office: "Polish President", "Ukraine's Foreign Minister"
	listPrev     int  // index of the mention this one follows in a list, or -1
}

// parser holds the state of one Officials call.
type parser struct {
	x      *Extractor
	text   string
	toks   []tok
	cls    []uint16
	buf    []byte
	ms     []mention
	orgCnt map[string]int
	// countries the text names, computed when needed
	countries map[string]bool
	// turnOpens holds, per token, the last line start that opens a turn,
	// computed when needed
	turnOpens []int32
	// sent numbers the sentences of the tokens, computed when needed
	sent []int32
	// memo remembers phrase matches (see phraseMemo)
	memo *phraseMemo
	// day is the document's day as YYYYMMDD, 0 when unknown
	day int
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.text[p.toks[i].s:p.toks[i].e]
}

// has reports whether token i is in class c.
func (p *parser) has(i int, c uint16) bool { return i >= 0 && i < len(p.cls) && p.cls[i]&c != 0 }

func (p *parser) isWord(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == kWord }

// possessive returns the tokens of a possessive "'s" at i (0 if none).
func (p *parser) possessive(i int) int {
	if i+1 < len(p.toks) && !p.toks[i].sp && isAposStr(p.word(i)) && (p.word(i+1) == "s" || p.word(i+1) == "S") && !p.toks[i+1].sp {
		return 2
	}
	return 0
}

func isAposStr(s string) bool { return s == "'" || s == "\u2019" }

// country returns the country (ISO alpha-2) whose form starts at i.
func (p *parser) country(i int) (n int, iso string) {
	if i < 0 || i >= len(p.toks) || p.cls[i]&cCountry == 0 || !p.toks[i].is(fCap) {
		return 0, ""
	}
	n, v := p.memoMatch(p.x.countries, 0, i)
	if n == 0 || v < 0 {
		return 0, ""
	}
	return n, tables.Countries[v>>2].ISO2
}

// memoMatch returns the longest phrase of set starting at token i,
// remembered in slot k of the parser's memo (0 countries, 1 organisations,
// 2 titles).
func (p *parser) memoMatch(set *phraseSet, k, i int) (n int, v int32) {
	j := -1
	if p.memo != nil {
		j = p.memo.slot(i, k)
	}
	if j >= 0 {
		if m := p.memo.slots[j]; m >= 0 {
			return int(m >> 20), m & (1<<20 - 1)
		}
	}
	n, v = set.match(p.text, p.toks, i, &p.buf)
	if j >= 0 {
		if n == 0 {
			p.memo.slots[j] = 0
		} else if n < 1<<11 && v >= 0 && v < 1<<20 {
			// blocked phrases (v < 0) are not remembered: they are rare
			p.memo.slots[j] = int32(n)<<20 | v
		}
	}
	return n, v
}

// countryName is country for names only ("of Poland", not "of the American
// Farm Bureau").
func (p *parser) countryName(i int) (n int, iso string) {
	if i < 0 || i >= len(p.toks) || p.cls[i]&cCountry == 0 || !p.toks[i].is(fCap) {
		return 0, ""
	}
	n, v := p.memoMatch(p.x.countries, 0, i)
	if n == 0 || v < 0 || v&3 != formName {
		return 0, ""
	}
	return n, tables.Countries[v>>2].ISO2
}

// org returns the organisation whose form starts at i, with the
// parenthesised abbreviation that may follow it.
func (p *parser) org(i int) (n int, e orgEntry) {
	if i < 0 || i >= len(p.toks) || p.cls[i]&cOrg == 0 || !p.toks[i].is(fCap) {
		return 0, orgEntry{}
	}
	n, v := p.memoMatch(p.x.orgs, 1, i)
	if n == 0 {
		return 0, orgEntry{}
	}
	e = p.x.orgList[v]
	// "Organization for Security and Cooperation in Europe (OSCE)"
	if p.word(i+n) == "(" && p.isWord(i+n+1) && p.toks[i+n+1].is(fUpper) && p.word(i+n+2) == ")" {
		n += 3
	}
	return n, e
}

// title returns the title starting at i.
func (p *parser) title(i int) (n int, t titleEntry) {
	if i < 0 || i >= len(p.toks) || p.cls[i]&cTitle == 0 {
		return 0, titleEntry{}
	}
	n, v := p.memoMatch(p.x.titles, 2, i)
	if n == 0 {
		return 0, titleEntry{}
	}
	return n, p.x.titleList[v]
}

// surface is the text of tokens [s, e) with white space folded.
func (p *parser) surface(s, e int) string {
	if s >= e {
		return ""
	}
	return normSpace(p.text[p.toks[s].s:p.toks[e-1].e])
}

// parseOffice parses an office phrase starting at token i.
func (p *parser) parseOffice(i int) (o office, ok bool) {
	j := i
	o.start = i
	if p.has(j, cDet) {
		d := determiners[p.word(j)]
		o.det = d
		j++
	}
	for m := 0; m < 4; m++ {
		w := p.word(j)
		switch w {
		case "former", "Former":
			o.former = true
			j++
			continue
		}
		if p.has(j, cMod) {
			j++
			continue
		}
		if n, iso := p.country(j); n > 0 {
			// a country before a title: "Polish President", "US Secretary of State"
			if nx := j + n + p.possessive(j+n); nx < len(p.toks) && p.toks[nx].nl > 0 {
				break
			}
			if k, _ := p.title(j + n + p.possessive(j+n)); k == 0 {
				if k2, _ := p.org(j + n); k2 == 0 {
					break
				}
			}
			if o.country == "" {
				o.country = iso
				o.adjCountry = true
			}
			j += n
			if k := p.possessive(j); k > 0 {
				// "Ukraine's Foreign Minister, X"
				o.orgPossessive = true
				j += k
			}
			continue
		}
		if n, e := p.org(j); n > 0 {
			if nx := j + n + p.possessive(j+n); nx < len(p.toks) && p.toks[nx].nl > 0 {
				break
			}
			if k, _ := p.title(j + n + p.possessive(j+n)); k == 0 {
				break
			}
			if e.short != "" {
				if o.org == "" {
					o.org = e.short
				}
			} else if o.country == "" {
				o.country = e.country
			}
			j += n
			if k := p.possessive(j); k > 0 {
				o.orgPossessive = true
				j += k
			}
			continue
		}
		break
	}
	n, t := p.title(j)
	if n == 0 {
		return o, false
	}
	if j > 0 && !p.toks[j].sp && (p.word(j-1) == "-" || p.word(j-1) == "/") {
		// part of a compound: "Minister-President", "High Representative/Vice-President"
		return o, false
	}
	if j > 0 && p.corporate(j-1, t) {
		return o, false
	}
	o.titleS = j
	o.capital = p.toks[j].is(fCap)
	o.allcaps = true
	for k := j; k < j+n; k++ {
		if p.toks[k].kind == kWord && !p.toks[k].is(fUpper) {
			o.allcaps = false
		}
	}
	o.multi = n > 1
	o.kind, o.def, o.plural = t.kind, t.def, t.plural
	parts := []string{p.titleText(j, j+n, t, o)}
	j += n
	// chained titles: "Deputy Prime Minister and Defence Minister"
	if w := p.word(j); w == "and" || w == "/" {
		if k, t2 := p.title(j + 1); k > 0 && p.toks[j+1].is(fCap) == o.capital {
			{
				if p.word(j) == "/" {
					parts[len(parts)-1] += "/" + p.titleText(j+1, j+1+k, t2, o)
				} else {
					parts = append(parts, p.titleText(j+1, j+1+k, t2, o))
				}
				if o.def == "" {
					o.def = t2.def
				}
				j += 1 + k
			}
		}
	}
	// a portfolio that goes on: "Minister for Development and Africa"
	if p.word(j) == "and" && strings.Contains(parts[len(parts)-1], " for ") {
		if e := p.portfolio(j + 1); e > 0 {
			parts[len(parts)-1] += " " + p.surface(j, e)
			j = e
		}
	}
	// "of Poland", "of the North Atlantic Treaty Organization (NATO)", "to NATO"
	for m := 0; m < 2; m++ {
		w := p.word(j)
		if w != "of" && w != "to" && w != "for" {
			break
		}
		k := j + 1
		if p.word(k) == "the" {
			k++
		}
		if n, iso := p.countryName(k); n > 0 {
			if w == "of" {
				if o.country == "" {
					o.country = iso
				}
			} else {
				parts[len(parts)-1] += " " + p.surface(j, k+n)
			}
			j = k + n
			continue
		}
		if w == "for" {
			if e := p.portfolio(j + 1); e > 0 {
				if strings.EqualFold(parts[len(parts)-1], "Secretary of State") {
					// the British "Secretary of State for Defence"
					o.def = "GB"
				}
				parts[len(parts)-1] += " " + p.surface(j, e)
				j = e
				continue
			}
		}
		if n, e := p.org(k); n > 0 {
			if w == "of" {
				if e.short != "" && o.org == "" {
					o.org = e.short
				} else if e.short == "" && o.country == "" {
					o.country = e.country
				}
			} else {
				parts[len(parts)-1] += " " + p.surface(j, k+n)
			}
			j = k + n
			continue
		}
		break
	}
	o.title = strings.Join(parts, " and ")
	o.end = j
	return o, true
}

// portfolioEnds are the words that may end a portfolio: "for Foreign and
// Commonwealth Affairs", "for European and Eurasian Affairs".
var portfolioEnds = map[string]bool{
	"Affairs": true, "Policy": true, "Security": true, "Development": true, "Cooperation": true,
	"Co-operation": true, "Defence": true, "Defense": true, "Trade": true, "Europe": true, "Justice": true,
	"Health": true, "Energy": true, "Relations": true, "Rights": true, "Issues": true, "Environment": true,
	"Finance": true, "Economy": true, "Industry": true, "Services": true, "Education": true, "Science": true,
	"Technology": true, "Innovation": true, "Culture": true, "Sport": true, "Media": true, "Transport": true,
	"Housing": true, "Communities": true, "Migration": true, "Integration": true, "Veterans": true,
	"Equality": true, "Pensions": true, "Agriculture": true, "Food": true, "Climate": true, "Operations": true,
	"Planning": true, "Diplomacy": true, "Commerce": true, "Labour": true, "Labor": true, "Resources": true,
	"Assistance": true, "Reconstruction": true, "Partnerships": true, "Enlargement": true, "Neighbourhood": true,
	"Africa": true, "Asia": true, "Americas": true, "Pacific": true, "Caribbean": true, "Arctic": true,
	"Balkans": true, "Gulf": true, "Indo-Pacific": true, "Commonwealth": true, "Overseas": true,
	"Arms": true, "Control": true, "Nonproliferation": true, "Democracy": true, "Counterterrorism": true,
	"Communications": true,
}

// portfolio returns the token after a portfolio starting at j (0 if none):
// capitalised words joined by "and", commas and "the", ending with a
// portfolio word.
func (p *parser) portfolio(j int) int {
	end := 0
	for k := j; k < len(p.toks) && k < j+10; k++ {
		t := p.toks[k]
		if t.nl > 1 {
			break
		}
		w := p.text[t.s:t.e]
		if t.kind == kWord && t.is(fCap) && !t.is(fUpper) {
			if portfolioEnds[w] {
				end = k + 1
			}
			continue
		}
		if w == "and" || w == "," || w == "the" || w == "of" || w == "-" {
			continue
		}
		break
	}
	return end
}

// corporate reports whether a company's name, not an office's, stands
// before a title that companies share with governments: "Disney Chief
// Executive Bob Iger", "Emirates President Tim Clark" (but "Senate
// President", "Polish President").
func (p *parser) corporate(k int, t titleEntry) bool {
	switch t.kind {
	case "head", "official":
	default:
		return false
	}
	tk := p.toks[k]
	if tk.kind != kWord || !tk.is(fCap) || p.cls[k]&(cCountry|cOrg|cTitle|cStop|cDet) != 0 {
		return false
	}
	// a capitalised word opening a sentence may be any word ("Will
	// President Zelenskyy come?")
	return !isSentenceStart(p.text, p.toks, k)
}

// titleText is the title as written, or its lexicon form when the text
// writes it in capitals or lower case.
func (p *parser) titleText(s, e int, t titleEntry, o office) string {
	if p.toks[s].is(fCap) && !o.allcaps && !t.plural {
		return p.surface(s, e)
	}
	return t.canon
}

// startsEntity reports whether a title, country or organisation begins at
// token i.
func (p *parser) startsEntity(i int) bool {
	if p.toks[i].is(fCap) {
		if n, _ := p.title(i); n > 0 {
			return true
		}
		if n, _ := p.country(i); n > 0 {
			return true
		}
		if n, _ := p.org(i); n > 0 {
			return true
		}
	}
	return false
}

// parseName parses a person's name starting at token i. caps allows
// all-capitals words (speaker labels).
func (p *parser) parseName(i int, caps bool) (r nameRes, ok bool) {
	r.s, r.first, r.last, r.surS = i, -1, -1, -1
	j := i
	toks := p.toks
	for j < len(toks) && r.n < 5 {
		t := toks[j]
		if j > i && (t.nl > 1 || t.nl == 1 && r.n >= 2) {
			// a line break ends a name, unless hard wrapping split a
			// given name from its surname ("Jens\nStoltenberg")
			break
		}
		w := p.text[t.s:t.e]
		if t.kind != kWord {
			if (w == "-" || w == "\u2010") && r.last == j-1 && !t.sp && j+1 < len(toks) && toks[j+1].kind == kWord && !toks[j+1].sp {
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
		if t.is(fUpper) && !caps && len(w) > 1 && !t.is(fDots) && p.cls[j]&cSuffix == 0 {
			// initials written together: "JD Vance"
			if !(r.n == 0 && len(w) <= 3 && j+1 < len(toks) && toks[j+1].kind == kWord && toks[j+1].is(fCap) &&
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
		if p.cls[j]&(cStop|cHonor) != 0 || (p.cls[j]&cCalendar != 0 && (r.n == 0 || j+1 < len(toks) && toks[j+1].is(fDigit))) {
			break
		}
		if p.startsEntity(j) && !p.givenNameCountry(j, r.n) {
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
	if r.first != r.last {
		m.first = foldName(p.word(r.first))
	}
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

// Officials returns the named office-holders in text, one record per
// person, in order of first mention.
func (x *Extractor) Officials(text string) []Official {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	return x.officials(text, sc.toks, sc.cls, sc.memoFor())
}

// Find returns both the officials and the countries of text, as Officials
// and Countries do, reading the text once.
func (x *Extractor) Find(text string) ([]Official, []Country) {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	return x.officials(text, sc.toks, sc.cls, sc.memoFor()), x.countriesOf(text, sc.toks, sc.cls)
}

func (x *Extractor) officials(text string, toks []tok, cls []uint16, memo *phraseMemo) []Official {
	return x.officialsAt(text, toks, cls, memo, 0)
}

// officialsAt reads the officials of a document of day (YYYYMMDD, 0 when
// unknown).
func (x *Extractor) officialsAt(text string, toks []tok, cls []uint16, memo *phraseMemo, day int) []Official {
	p := &parser{x: x, text: text, toks: toks, cls: cls, orgCnt: map[string]int{}, memo: memo, day: day}
	p.scan()
	return p.resolve()
}

// scan finds the mentions.
func (p *parser) scan() {
	toks := p.toks
	lastEnd, lastMention := -10, -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != kWord {
			continue
		}
		if t.is(fCap) {
			if n, e := p.org(i); n > 0 {
				if e.short != "" {
					p.orgCnt[e.short]++
				} else {
					p.orgCnt["="+e.country]++
				}
			}
		}
		// speaker labels in capitals: "SECRETARY BLINKEN:", "MR PRICE:"
		if p.lineStart(i) && t.is(fUpper) {
			if end, ok := p.capsLabel(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		if p.lineStart(i) && t.is(fCap) {
			if end, ok := p.memberLabel(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		w := p.word(i)
		if p.cls[i]&cHonor != 0 && !(w == "Lady" && p.word(i-1) == "First") {
			j := i + 1
			if p.word(j) == "." && !toks[j].sp {
				j++
			}
			// a byline: "The Hon Richard Marles MP" over "Deputy Prime Minister"
			if r, ok := p.parseName(j, false); ok && r.n >= 2 {
				if end, ok := p.bylineOffice(r, styleStart(p, i)); ok {
					i = end - 1
					lastEnd, lastMention = -10, -1
					continue
				}
			}
			if r, ok := p.parseName(j, false); ok && (r.n >= 2 || peerTitles[w]) {
				// "Lord Collins of Highbury, Minister for Africa"
				if peerTitles[w] && p.word(r.e) == "of" && p.isWord(r.e+1) && p.toks[r.e+1].is(fCap) {
					r.e += 2
				}
				// "Ms. Amina J. Mohammed, Deputy Secretary-General of the United Nations"
				if end, ok := p.nameThenOffice(r); ok {
					p.ms[len(p.ms)-1].alias = p.surface(i, r.e)
					i = end - 1
					lastEnd, lastMention = end, len(p.ms)-1
					continue
				}
			}
			if r, ok := p.parseName(j, false); ok && r.n <= 3 && !(r.crossedNL && r.n < 2) {
				m := mention{kind: mHonor, name: p.nameString(r, false), n: r.n, sur: p.surname(r),
					span: Span{int(t.s), int(toks[r.e-1].e)}, alias: p.surface(i, r.e), ti: i, ts: i, te: r.e, listPrev: -1}
				if r.first != r.last {
					m.first = foldName(p.word(r.first))
				}
				p.ms = append(p.ms, m)
				i = r.e - 1
				continue
			}
		}
		if p.cls[i]&(cDet|cCountry|cOrg|cTitle|cMod) == 0 {
			// no office phrase can start here
		} else if o, ok := p.parseOffice(i); ok {
			if o.former {
				// "former Vice President Joe Biden": not an office holder
				if r, ok := p.parseName(o.end, false); ok {
					i = r.e - 1
				} else {
					i = o.end - 1
				}
				continue
			}
			if end, ok := p.officeName(o); ok {
				m := &p.ms[len(p.ms)-1]
				if gap := o.start - lastEnd; lastMention >= 0 && gap >= 1 && gap <= 2 && p.listGap(lastEnd, o.start) {
					m.listPrev = lastMention
				}
				lastEnd, lastMention = end, len(p.ms)-1
				i = end - 1
				continue
			}
			if o.det > 0 && !o.former && !o.plural && (o.capital || o.det == 1 && o.kind != "military") {
				p.ms = append(p.ms, mention{kind: mAnaphor, title: o.title, tkind: o.kind, def: o.def,
					country: o.country, org: o.org, explicit: o.country != "" || o.org != "",
					span: Span{int(t.s), int(toks[o.end-1].e)}, alias: p.surface(o.start, o.end), ti: i, listPrev: -1})
			}
			i = o.end - 1
			continue
		}
		if w == "counterpart" || w == "counterparts" {
			if end, ok := p.counterpart(i); ok {
				i = end - 1
				continue
			}
		}
		if !t.is(fCap) || t.is(fUpper) {
			continue
		}
		// "Andrzej Duda, President of Poland"; "Mark Rutte, NATO Secretary General"
		if r, ok := p.parseName(i, false); ok {
			if r.n >= 2 || p.lineStart(i) {
				if end, ok := p.nameThenOffice(r); ok {
					i = end - 1
					lastEnd, lastMention = end, len(p.ms)-1
					continue
				}
			}
			// a full name from the list of office-holders ("my counterpart,
			// Dmytro Kuleba"), or one that may name an official met elsewhere
			if r.n >= 2 {
				kind := mName
				if !p.x.opts.NoHolders {
					if p.x.heldFull(foldName(p.surface(r.first, r.last+1)), p.day) {
						kind = mHolder
					}
				}
				p.ms = append(p.ms, mention{kind: kind, name: p.nameString(r, false), n: r.n,
					first: foldName(p.word(r.first)), sur: p.surname(r),
					span: Span{int(toks[r.s].s), int(toks[r.e-1].e)}, ti: i, listPrev: -1})
			}
			i = r.e - 1
		}
	}
}

// counterpart reads "his Latvian counterpart Baiba Braže" or "my
// counterpart, Dmytro Kuleba": the person holds the office of the official
// last named before, for the country the adjective gives.
func (p *parser) counterpart(i int) (end int, ok bool) {
	country := ""
	if n, iso := p.country(i - 1); n == 1 {
		country = iso
	}
	j := i + 1
	if p.word(j) == "," {
		j++
	}
	r, ok := p.parseName(j, false)
	if !ok || r.n < 2 || !p.nameBoundary(r.e) {
		return 0, false
	}
	title, tkind := "", ""
	for k := len(p.ms) - 1; k >= 0; k-- {
		if m := &p.ms[k]; m.kind == mPerson && m.title != "" {
			title, tkind = m.title, m.tkind
			break
		}
	}
	if title == "" {
		return 0, false
	}
	o := office{start: i, titleS: i, kind: tkind, country: country}
	p.addPerson(o, r, false, -1)
	m := &p.ms[len(p.ms)-1]
	m.explicit = country != ""
	m.guess = title
	return r.e, true
}

// listGap reports whether tokens [a, b) only separate list items: ",",
// "and", ", and".
func (p *parser) listGap(a, b int) bool {
	for k := a; k < b; k++ {
		switch p.word(k) {
		case ",", "and":
		default:
			return false
		}
	}
	return true
}

// officeName finds the name an office phrase introduces and records the
// mention; it returns the token after it.
func (p *parser) officeName(o office) (end int, ok bool) {
	if o.former {
		return 0, false
	}
	if o.plural {
		return p.pluralNames(o)
	}
	// "Secretary of State Mr. Blinken", "Senator the Hon Penny Wong"
	j := p.skipStyle(o.end)
	lowerOK := o.capital || o.country != "" || o.org != ""
	// a rank between the office and the name: "Chairman of the Joint Chiefs
	// of Staff General Dan Caine"
	if k, t := p.title(j); k > 0 && t.kind == "military" && p.toks[j].is(fCap) {
		if r, ok := p.parseName(j+k, false); ok && r.n >= 2 {
			end = p.postName(&o, r.e)
			p.addPerson(o, r, false, o.titleS)
			return end, true
		}
	}
	if r, ok := p.parseName(j, false); ok && !((r.crossedNL || p.toks[j].nl > 0) && r.n < 2 && !p.sentenceGoesOn(r.e)) {
		if lowerOK || (o.multi && r.n >= 2) {
			end = r.e
			end = p.postName(&o, end)
			p.addPerson(o, r, false, o.titleS)
			p.ms[len(p.ms)-1].commander = o.kind == "military" && p.commands(end)
			if (o.kind == "military" || weakTitles[o.title]) && !o.multi && r.n < 2 && o.country == "" && o.org == "" &&
				!p.ms[len(p.ms)-1].commander {
				// "General Electric", "the carrier Admiral Kuznetsov": a
				// rank and one word make an official only when the person
				// is named in full elsewhere
				p.ms[len(p.ms)-1].weak = true
			}
			// "Senator the Hon Penny Wong" over "Minister for Foreign Affairs"
			if r.n >= 2 {
				if e, ok := p.bylineOffice(r, o.start); ok {
					return e, true
				}
			}
			// "General Christopher Cavoli, Supreme Allied Commander Europe,"
			if p.word(end) == "," {
				if o2, ok := p.parseOffice(end + 1); ok && o2.capital && o2.det != 2 && !o2.former && p.nameBoundary(o2.end) {
					if _, named := p.parseName(o2.end, false); !named || p.toks[o2.end].nl > 0 {
						p.addPerson(o2, r, false, -1)
						m := &p.ms[len(p.ms)-1]
						m.ti, m.alias = o.start, ""
						end = o2.end
					}
				}
			}
			return end, true
		}
	}
	// "the Secretary General of the Pacific Islands Forum, Baron Waqa": an
	// organisation the lexicon does not know
	if o.det == 1 && o.country == "" && o.org == "" && (o.kind == "org" || o.kind == "official") && p.word(o.end) == "of" {
		if org, e := p.orgName(o.end + 1); e > 0 && p.word(e) == "," {
			o.org, o.end = org, e
		}
	}
	// appositive: "the President of Poland, Andrzej Duda"; "our prime minister, Sanna Marin"
	if p.word(o.end) == "," && (o.det > 0 || o.orgPossessive) {
		k := o.end + 1
		for n := 0; n < 3 && p.has(k, cHonor); n++ {
			k++
			if p.word(k) == "." {
				k++
			}
		}
		if r, ok := p.parseName(k, false); ok && r.n >= 2 && p.nameBoundary(r.e) {
			p.addPerson(o, r, false, -1)
			return r.e, true
		}
	}
	// "The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)"
	if p.word(o.end) == "(" {
		k := o.end + 1
		if p.has(k, cHonor) {
			k++
			if p.word(k) == "." {
				k++
			}
		}
		if r, ok := p.parseName(k, false); ok && p.word(r.e) == ")" {
			p.addPerson(o, r, false, -1)
			p.ms[len(p.ms)-1].te = r.e + 1
			return r.e + 1, true
		}
	}
	return 0, false
}

// pluralNames reads the names after a plural title: "Presidents Biden and
// Erdoğan", "Foreign Ministers Sikorski, Baerbock and Barrot".
func (p *parser) pluralNames(o office) (end int, ok bool) {
	if !o.capital && o.country == "" && o.org == "" {
		return 0, false
	}
	var names []nameRes
	j := o.end
	for len(names) < 12 {
		r, ok := p.parseName(j, false)
		if !ok || p.toks[j].nl > 0 {
			break
		}
		names = append(names, r)
		j = r.e
		if p.word(j) == "," {
			j++
		}
		if p.word(j) == "and" {
			j++
		} else if p.word(j-1) != "," {
			break
		}
	}
	if len(names) < 2 {
		return 0, false
	}
	o.plural = false
	for _, r := range names {
		p.addPerson(o, r, false, -1)
	}
	return names[len(names)-1].e, true
}

// peerTitles are honorifics of peers, whose names may carry a territorial
// designation ("Lord Collins of Highbury").
var peerTitles = map[string]bool{"Lord": true, "Baroness": true, "Lady": true}

// weakTitles are one-word titles that companies, clubs and leagues share
// ("Premier League", "Director Smith"): with a one-word name and no country
// or organisation they make an official only when confirmed elsewhere.
var weakTitles = map[string]bool{
	"Premier": true, "Chair": true, "Chairman": true, "Chairwoman": true, "Chairperson": true,
	"Director": true, "Administrator": true, "Commander": true, "Speaker": true, "Executive Director": true,
}

// sentenceGoesOn reports whether token j continues a sentence after a
// one-word name put on a new line by hard wrapping ("with President\nPutin."),
// unlike a vocative after a label ("…Secretary General\nJens, thank you").
func (p *parser) sentenceGoesOn(j int) bool {
	if j >= len(p.toks) || p.toks[j].nl > 0 {
		return false
	}
	if p.toks[j].kind == kWord {
		return p.toks[j].is(fLower)
	}
	switch p.word(j) {
	case ".", ";", "?", "!", ")":
		return true
	}
	return false
}

// postName reads "of Türkiye" or "of the North Atlantic Treaty Organization
// (NATO)" after a name.
func (p *parser) postName(o *office, j int) int {
	if p.word(j) != "of" {
		return j
	}
	k := j + 1
	if p.word(k) == "the" {
		k++
	}
	if n, iso := p.countryName(k); n > 0 {
		if o.country == "" {
			o.country = iso
		}
		return k + n
	}
	if n, e := p.org(k); n > 0 {
		if e.short != "" && o.org == "" {
			o.org = e.short
		} else if e.short == "" && o.country == "" {
			o.country = e.country
		}
		return k + n
	}
	return j
}

// nameBoundary reports whether a name may end before token j.
func (p *parser) nameBoundary(j int) bool {
	if j >= len(p.toks) || p.toks[j].nl > 0 {
		return true
	}
	t := p.toks[j]
	if t.kind == kWord {
		return t.is(fLower) || postNominals[p.word(j)]
	}
	switch p.word(j) {
	case ",", ".", ";", ":", ")", "!", "?", "\u2014", "\u2013", "-":
		return true
	}
	return false
}

// nameThenOffice reads "Name, Title" (a name followed by its office).
func (p *parser) nameThenOffice(r nameRes) (end int, ok bool) {
	if w := p.word(r.e); w == "(" {
		// "Oana Lungescu (NATO Spokesperson):"
		o, ok := p.parseOffice(r.e + 1)
		if !ok || !o.capital || o.former || o.det != 0 || p.word(o.end) != ")" {
			return 0, false
		}
		o.end++
		p.addPerson(o, r, false, -1)
		m := &p.ms[len(p.ms)-1]
		m.label = p.lineStart(r.s) && p.word(o.end) == ":"
		return o.end, true
	} else if w != "," {
		return 0, false
	}
	o, ok := p.parseOffice(r.e + 1)
	// "Dmytro Kuleba, the foreign minister of Ukraine": a title in lower
	// case needs a country or an organisation
	if !ok || !(o.capital || (o.country != "" || o.org != "") && o.kind != "official") || o.former || o.det == 2 {
		return 0, false
	}
	// a list ("Andrzej Duda, Prime Minister Donald Tusk") is not an apposition
	if nr, ok := p.parseName(o.end, false); ok && !(nr.crossedNL && nr.n < 2) && p.toks[o.end].nl == 0 {
		return 0, false
	}
	if !p.nameBoundary(o.end) {
		return 0, false
	}
	p.addPerson(o, r, false, -1)
	m := &p.ms[len(p.ms)-1]
	m.label = p.lineStart(r.s) && (o.end >= len(p.toks) || p.toks[o.end].nl > 0 || p.word(o.end) == ":")
	if (weakTitles[o.title] || o.kind == "official") && o.country == "" && o.org == "" && !m.label {
		// "Sanjiv Bhasin, Director, IIFL Securities"
		m.weak = true
	}
	return o.end, true
}

// capsLabel reads a speaker label in capitals at the start of a line:
// "SECRETARY GENERAL STOLTENBERG:", "FOREIGN MINISTER HAAVISTO:", "MR PRICE:".
func (p *parser) capsLabel(i int) (end int, ok bool) {
	j, colon := i, -1
	for j < len(p.toks) && j-i < 16 {
		t := p.toks[j]
		if j > i && t.nl > 0 {
			break
		}
		if t.kind == kWord {
			if !t.is(fUpper) {
				break
			}
			j++
			continue
		}
		w := p.word(j)
		if w == ":" {
			colon = j
			break
		}
		if w == "." {
			if j == i+1 && p.has(i, cHonor) {
				j++
				continue
			}
			// a stray full stop: "PRESIDENT TRUMP. Thank you."
			colon = j
			break
		}
		if w == "-" || w == "," || w == "(" || w == ")" || isAposStr(w) {
			j++
			continue
		}
		break
	}
	if colon <= i {
		return 0, false
	}
	if p.has(i, cHonor) {
		k := i + 1
		if p.word(k) == "." {
			k++
		}
		r, ok := p.parseName(k, true)
		if !ok || r.e != colon {
			return 0, false
		}
		p.ms = append(p.ms, mention{kind: mHonor, name: p.nameString(r, true), n: r.n,
			sur: p.surname(r), span: Span{int(p.toks[i].s), int(p.toks[r.e-1].e)},
			alias: titleCase(p.surface(i, r.e)), ti: i, ts: i, te: r.e, label: true, listPrev: -1})
		return colon + 1, true
	}
	o, ok := p.parseOffice(i)
	if !ok {
		// "STÉPHANE DUJARRIC, SPOKESPERSON FOR THE SECRETARY-GENERAL:"
		r, ok := p.parseName(i, true)
		if !ok || r.n < 2 || r.n > 4 || p.word(r.e) != "," {
			return 0, false
		}
		o, ok := p.parseOffice(r.e + 1)
		if !ok || o.end > colon || !o.allcaps {
			return 0, false
		}
		p.addPerson(o, r, true, -1)
		m := &p.ms[len(p.ms)-1]
		m.label, m.te = true, colon
		return colon + 1, true
	}
	if o.end >= colon {
		return 0, false
	}
	r, ok := p.parseName(o.end, true)
	if !ok || r.e != colon || r.n > 3 {
		return 0, false
	}
	p.addPerson(o, r, true, o.titleS)
	p.ms[len(p.ms)-1].label = true
	return colon + 1, true
}

// group is one person.
type group struct {
	name         string
	n            int
	first, sur   string
	ms           []*mention
	title        string
	tkind, def   string
	country, org string
	titleN       int
	firstTitle   string
	textName     bool // the name comes from running text, not a capitals label
	firstTok     int
}

// firstSpan returns where the group's first mention starts.
func (g *group) firstSpan() int {
	first := -1
	for _, m := range g.ms {
		if first < 0 || m.span.Start < first {
			first = m.span.Start
		}
	}
	return first
}

func (g *group) hasAff() bool { return g.country != "" || g.org != "" }

func (p *parser) resolve() []Official {
	var gs []*group
	bySur := map[string][]*group{}
	find := func(m *mention) *group {
		var best *group
		cands := bySur[m.sur]
		if cands == nil && m.label && len(m.sur) >= 5 {
			// a misspelt label: "SECRETARY BLINKNEN:"
			for k, g := range gs {
				if k > 256 {
					break
				}
				if len(g.sur) >= 5 && editDistance1(g.sur, m.sur) {
					cands = append(cands, g)
				}
			}
		}
		for _, g := range cands {
			if m.first != "" && g.first != "" && m.first[0] != g.first[0] {
				continue
			}
			if best == nil || (m.title != "" && titlesCompatible(g.firstTitle, m.title) && !titlesCompatible(best.firstTitle, m.title)) {
				best = g
			}
		}
		return best
	}
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mPerson && m.kind != mHolder {
			continue
		}
		g := find(m)
		if g == nil {
			g = &group{sur: m.sur, firstTok: m.ti, firstTitle: m.title}
			gs = append(gs, g)
			bySur[m.sur] = append(bySur[m.sur], g)
		}
		g.add(m)
	}
	// full names without an office: "President Biden … Joe Biden said"
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mName {
			continue
		}
		if g := find(m); g != nil && g.first != "" {
			g.add(m)
		}
	}
	// honorifics: "Mr Rutte"
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mHonor {
			continue
		}
		if g := find(m); g != nil {
			g.ms = append(g.ms, m)
			if m.n > g.n && !m.label && m.first != "" && (g.first == "" || g.first[0] == m.first[0]) {
				g.name, g.n = m.name, m.n
			}
			continue
		}
		if p.x.opts.NoHolders {
			continue
		}
		if h, ok := p.x.lookupHolder(m.name, m.sur, "", p.day); ok && p.mentionsAffiliation(h.aff) {
			g := &group{sur: m.sur, firstTok: m.ti, name: m.name, n: m.n}
			g.ms = append(g.ms, m)
			g.title, g.tkind = h.title, "holder"
			gs = append(gs, g)
			bySur[m.sur] = append(bySur[m.sur], g)
		}
	}
	// names written surname first ("Prime Minister Kishida Fumio", "President
	// Xi Jinping"): a surname-only official is the one whose full name
	// begins with that surname
	byFirst := map[string][]*group{}
	for _, g := range gs {
		if g.n >= 2 && g.first != "" {
			byFirst[g.first] = append(byFirst[g.first], g)
		}
	}
	merged := gs[:0]
	for _, g := range gs {
		if g.n == 1 && g.first == "" && len(bySur[g.sur]) == 1 {
			if fs := byFirst[g.sur]; len(fs) == 1 && fs[0] != g {
				for _, m := range g.ms {
					fs[0].ms = append(fs[0].ms, m)
					if m.ti < fs[0].firstTok {
						fs[0].firstTok = m.ti
					}
				}
				continue
			}
		}
		merged = append(merged, g)
	}
	gs = merged
	// drop groups made only of weak mentions
	keep := gs[:0]
	for _, g := range gs {
		for _, m := range g.ms {
			if !m.weak && (m.kind == mPerson || m.kind == mHolder || m.kind == mHonor) {
				keep = append(keep, g)
				break
			}
		}
	}
	gs = keep
	// titles and explicit affiliations
	for _, g := range gs {
		votes := map[string]int{}
		for _, m := range g.ms {
			if m.title != "" {
				n := strings.Count(m.title, " ") + 1
				if n > g.titleN {
					g.title, g.titleN, g.tkind, g.def = m.title, n, m.tkind, m.def
				}
			}
			if m.explicit {
				if m.country != "" {
					votes["c:"+m.country]++
				}
				if m.org != "" {
					votes["o:"+m.org]++
				}
			}
		}
		bestC, bestO := 0, 0
		for _, m := range g.ms {
			if !m.explicit {
				continue
			}
			if m.country != "" && votes["c:"+m.country] > bestC {
				g.country, bestC = m.country, votes["c:"+m.country]
			}
			if m.org != "" && votes["o:"+m.org] > bestO {
				g.org, bestO = m.org, votes["o:"+m.org]
			}
		}
	}
	// the list of office-holders completes titles and affiliations
	if !p.x.opts.NoHolders {
		for _, g := range gs {
			h, ok := p.x.lookupHolder(g.name, g.sur, g.title, p.day)
			if !ok {
				continue
			}
			if g.title == "" {
				g.title = h.title
			}
			if !g.hasAff() {
				setAff(g, h.aff)
			}
		}
	}
	// a counterpart holds the office of the official named before
	for _, g := range gs {
		for _, m := range g.ms {
			if g.title == "" && m.guess != "" {
				g.title = m.guess
			}
		}
	}
	// unnamed offices: "the Foreign Minister of Finland" ties the office to
	// Finland; "the Secretary General" is an alias when one official holds it.
	heads := map[string][]*group{}
	for _, g := range gs {
		for _, k := range headKeys(g.title) {
			heads[k] = append(heads[k], g)
		}
	}
	for _, l := range heads {
		sort.SliceStable(l, func(a, b int) bool { return l[a].firstTok < l[b].firstTok })
	}
	type agreement struct {
		country, org string
		conflict     bool
	}
	agree := map[string]*agreement{}
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mAnaphor || !m.explicit {
			continue
		}
		h := head(m.title)
		if a := agree[h]; a == nil {
			agree[h] = &agreement{country: m.country, org: m.org}
		} else if a.country != m.country || a.org != m.org {
			a.conflict = true
		}
	}
	// an unnamed office and a named holder of it in one sentence are two
	// people ("the President spoke with President Xi"): the unnamed office
	// designates someone the text does not name, and is never the other's
	// alias
	others := p.otherHolders(heads)
	// nor, on a page whose speakers serve one country, is an unnamed office
	// used before any holder is named the alias of a holder of another
	// country ("Q Is the President prepared…" before "President Xi")
	firstUnnamed := map[string]int{}
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mAnaphor || m.explicit {
			continue
		}
		if _, ok := firstUnnamed[head(m.title)]; !ok {
			firstUnnamed[head(m.title)] = m.ti
		}
	}
	side := speakersCountry(gs)
	bySpeaker := map[*mention]*group{}
	for _, g := range gs {
		for _, m := range g.ms {
			if m.label {
				bySpeaker[m] = g
			}
		}
	}
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mAnaphor {
			continue
		}
		h := head(m.title)
		complement := h != strings.Join(titleWords(m.title), " ")
		speaker := p.turnSpeaker(m.ti, bySpeaker)
		var cand *group
		n := 0
		for _, g := range heads[h] {
			if g.firstTok > m.ti && !m.explicit {
				// an unnamed office refers back to a named official
				break
			}
			if !m.explicit {
				if others[h][g] {
					continue
				}
				if f, ok := firstUnnamed[h]; ok && g.firstTok > f && side != "" && g.country != "" && g.country != side {
					continue
				}
			}
			// "the Secretary of State" is not the Press Secretary
			if complement && !titlesCompatible(g.title, m.title) {
				continue
			}
			// a speaker does not name himself by his office ("I thank the
			// Foreign Secretary")
			if g == speaker {
				continue
			}
			if !m.explicit || !g.hasAff() || g.country == m.country || g.org == m.org {
				cand = g
				if n++; n > 1 {
					break
				}
			}
		}
		if n != 1 {
			continue
		}
		if m.explicit && !cand.hasAff() && !agree[h].conflict {
			cand.country, cand.org = m.country, m.org
		}
		cand.ms = append(cand.ms, m)
	}
	// affiliations from the context
	byMention := map[*mention]*group{}
	for _, g := range gs {
		for _, m := range g.ms {
			byMention[m] = g
		}
	}
	for _, g := range gs {
		if g.hasAff() {
			continue
		}
		for _, m := range g.ms {
			// a list opened by a country adjective: "Polish President Andrzej
			// Duda, Prime Minister Donald Tusk"
			if c := p.listCountry(m); c != "" {
				g.country = c
				break
			}
			// "our prime minister, Sanna Marin": the speaker's country
			if m.poss {
				if sg := p.speakerBefore(m.ti, byMention); sg != nil && sg != g && sg.hasAff() && sg.country != "" {
					g.country = sg.country
					break
				}
			}
		}
	}
	for _, g := range gs {
		if !g.hasAff() && g.def != "" {
			setAff(g, g.def)
		}
	}
	p.contextAffiliations(gs, byMention)
	for _, g := range gs {
		if g.hasAff() {
			continue
		}
		if g.tkind == "spokes" {
			// "Spokesperson Ned Price: Secretary of State Antony J. Blinken…"
			if ng := p.nextOfficial(g, byMention); ng != nil {
				g.country, g.org = ng.country, ng.org
			}
		} else if g.tkind == "org" {
			best := ""
			for _, o := range []string{"NATO", "UN", "OSCE", "EU", "Council of Europe", "AU", "OAS", "ASEAN", "OECD", "WTO"} {
				if p.orgCnt[o] > 0 && (best == "" || p.orgCnt[o] > p.orgCnt[best]) {
					best = o
				}
			}
			g.org = best
		}
	}
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].firstSpan() < gs[b].firstSpan() })
	var out []Official
	for _, g := range gs {
		if g.title == "" {
			continue
		}
		out = append(out, g.official())
	}
	return out
}

// listCountry returns the country a list opened by a country adjective
// gives m: "Polish President Andrzej Duda, Prime Minister Donald Tusk, …
// and Foreign Minister Radosław Sikorski".
func (p *parser) listCountry(m *mention) string {
	for k := 0; m.listPrev >= 0 && k < 20; k++ {
		prev := &p.ms[m.listPrev]
		if prev.explicit {
			if !prev.adjCountry {
				// "Foreign Minister Jane Roe of Canada and Defense
				// Secretary John Doe": the country is Roe's alone
				return ""
			}
			return prev.country
		}
		m = prev
	}
	return ""
}

// mentionsAffiliation reports whether the text names aff (an organisation or
// a country's ISO code), which makes "Mr Rutte" the Rutte of NATO.
func (p *parser) mentionsAffiliation(aff string) bool {
	if p.orgCnt[aff] > 0 {
		return true
	}
	if p.countries == nil {
		p.countries = map[string]bool{}
		for _, m := range p.x.countryMatches(p.text, p.toks, p.cls) {
			p.countries[tables.Countries[m.idx].ISO2] = true
		}
		for _, e := range p.x.orgList {
			if e.country != "" {
				p.countries[e.country] = p.countries[e.country] || p.orgCnt["="+e.country] > 0
			}
		}
	}
	return p.countries[aff]
}

// speakersCountry returns the one country the officials of a page's
// speaker labels serve, or "".
func speakersCountry(gs []*group) string {
	side := ""
	for _, g := range gs {
		for _, m := range g.ms {
			if !m.label || g.country == "" {
				continue
			}
			if side != "" && side != g.country {
				return ""
			}
			side = g.country
		}
	}
	return side
}

// otherHolders returns, by head, the officials named after an unnamed
// office of that head in the same sentence.
func (p *parser) otherHolders(heads map[string][]*group) map[string]map[*group]bool {
	var sent []int32
	var out map[string]map[*group]bool
	for h, l := range heads {
		for _, g := range l {
			for _, gm := range g.ms {
				if gm.kind != mPerson {
					continue
				}
				if sent == nil {
					sent = p.sentenceIDs()
				}
				s, _ := sentBounds(gm.ti, sent)
				for k := p.msFrom(s); k < len(p.ms) && p.ms[k].ti < gm.ti; k++ {
					m := &p.ms[k]
					if m.kind != mAnaphor || m.explicit || m.ti < s || sent[m.ti] != sent[gm.ti] || head(m.title) != h {
						continue
					}
					if out == nil {
						out = map[string]map[*group]bool{}
					}
					if out[h] == nil {
						out[h] = map[*group]bool{}
					}
					out[h][g] = true
				}
			}
		}
	}
	return out
}

// turnSpeaker returns the official whose turn token ti is in: the last
// speaker label before it, unless a question or another label opens a
// line between them.
func (p *parser) turnSpeaker(ti int, by map[*mention]*group) *group {
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].ti >= ti })
	for k--; k >= 0; k-- {
		if m := &p.ms[k]; m.label {
			if p.turnOpens == nil {
				p.turnOpens = p.lastTurnOpens()
			}
			if ti > 0 && ti <= len(p.turnOpens) && int(p.turnOpens[ti-1]) >= m.te {
				return nil
			}
			return by[m]
		}
	}
	return nil
}

// lastTurnOpens returns, for each token, the last line start at or before
// it that opens a turn, or -1.
func (p *parser) lastTurnOpens() []int32 {
	out := make([]int32, len(p.toks))
	last := int32(-1)
	for j := range p.toks {
		if j > 0 && p.toks[j].nl > 0 && p.opensTurn(j) {
			last = int32(j)
		}
		out[j] = last
	}
	return out
}

// opensTurn reports whether the line starting at token j opens a turn: a
// question ("Q", "QUESTION:") or a label ending in a colon among its first
// words.
func (p *parser) opensTurn(j int) bool {
	switch p.word(j) {
	case "Q", "QUESTION", "Question", "Journalist", "Reporter":
		return true
	}
	for k := j; k < len(p.toks) && k < j+8; k++ {
		if k > j && p.toks[k].nl > 0 {
			return false
		}
		if p.word(k) == ":" {
			return k > j
		}
		if p.toks[k].kind == kWord && p.toks[k].is(fLower) {
			return false
		}
	}
	return false
}

// speakerBefore returns the official of the last speaker label before token ti.
func (p *parser) speakerBefore(ti int, by map[*mention]*group) *group {
	// p.ms is in text order
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].ti >= ti })
	for k--; k >= 0; k-- {
		if m := &p.ms[k]; m.label {
			return by[m]
		}
	}
	return nil
}

// nextOfficial returns the first affiliated official mentioned after g's
// first mention, close to it.
func (p *parser) nextOfficial(g *group, by map[*mention]*group) *group {
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].ti > g.firstTok })
	for ; k < len(p.ms) && p.ms[k].ti-g.firstTok < 80; k++ {
		if o := by[&p.ms[k]]; o != nil && o != g && o.hasAff() {
			return o
		}
	}
	return nil
}

func setAff(g *group, aff string) {
	if len(aff) == 2 && strings.ToUpper(aff) == aff {
		g.country = aff
	} else {
		g.org = aff
	}
}

func (g *group) add(m *mention) {
	g.ms = append(g.ms, m)
	if g.name == "" || m.n > g.n || (m.n == g.n && len(m.name) > len(g.name) && !m.label) || (m.n == g.n && !g.textName && !m.label) {
		g.name, g.n, g.textName = m.name, m.n, !m.label
		if m.first != "" {
			g.first = m.first
		}
	}
	if g.first == "" && m.first != "" {
		g.first = m.first
	}
	if m.ti < g.firstTok {
		g.firstTok = m.ti
	}
}

func (g *group) official() Official {
	o := Official{Name: g.name, Title: g.title, Organization: g.org, Country: g.country}
	sort.SliceStable(g.ms, func(a, b int) bool { return g.ms[a].span.Start < g.ms[b].span.Start })
	seen := map[string]bool{g.name: true}
	lastEnd := -1
	for _, m := range g.ms {
		if m.span.Start >= lastEnd {
			o.Mentions = append(o.Mentions, m.span)
			lastEnd = m.span.End
		}
		for _, a := range []string{m.name, m.alias} {
			if a != "" && !seen[a] {
				seen[a] = true
				o.Aliases = append(o.Aliases, a)
			}
		}
	}
	if o.Aliases == nil {
		o.Aliases = []string{}
	}
	return o
}

// lookupHolder finds the term of office of a person in the list of
// office-holders: by full name, else by surname when the given names do not
// conflict; among several terms the one matching title, else the latest.
// When day (YYYYMMDD) is known, only terms that include it count.
func (x *Extractor) lookupHolder(name, sur, title string, day int) (holder, bool) {
	idx := x.holders()
	full := foldName(name)
	terms := idx.byFull[full]
	if terms == nil {
		// a name with particles: "von der Leyen"
		fs := strings.Fields(full)
		for k := 1; k < len(fs)-1 && terms == nil; k++ {
			terms = idx.byFull[strings.Join(fs[k:], " ")]
		}
	}
	if terms == nil {
		terms = idx.bySurname[sur]
		if terms == nil {
			terms = idx.byFull[sur]
		}
		fs := strings.Fields(full)
		if len(fs) >= 2 && len(fs[0]) > 1 {
			var keep []holder
			for _, t := range terms {
				if hf := foldName(t.name); hf != "" && hf[0] == fs[0][0] {
					keep = append(keep, t)
				}
			}
			terms = keep
		}
	}
	var best holder
	found := false
	for _, t := range terms {
		if title != "" && !titlesCompatible(title, t.title) || !t.heldOn(day) {
			continue
		}
		if !found || t.to == 0 || (best.to != 0 && t.to > best.to) {
			best, found = t, true
		}
	}
	return best, found
}

// titleWords returns the folded words of a title.
func titleWords(t string) []string {
	return strings.Fields(strings.ToLower(strings.ReplaceAll(t, "-", " ")))
}

// titlesCompatible reports whether one title's words appear in order in the
// other's ("Secretary" and "Secretary of State", "Minister" and "Foreign
// Minister").
func titlesCompatible(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	if isSpokes(a) && isSpokes(b) {
		return true
	}
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	k := 0
	for _, w := range wb {
		if k < len(wa) && wa[k] == w {
			k++
		}
	}
	return k == len(wa)
}

// isSpokes reports whether a title is a spokesperson's.
func isSpokes(t string) bool {
	l := strings.ToLower(t)
	return strings.Contains(l, "spokes") || strings.Contains(l, "press secretary")
}

// head returns the folded title without its "of"/"for"/"to" complement.
func head(t string) string {
	ws := titleWords(t)
	for i, w := range ws {
		if w == "of" || w == "for" || w == "to" || w == "and" {
			ws = ws[:i]
			break
		}
	}
	return strings.Join(ws, " ")
}

// headKeys returns the heads of unnamed offices that designate an
// official with title t: its own head ("secretary" for "Secretary of
// State") and its shorter endings ("minister" for "Foreign Minister"), but
// not those of a deputy ("the Secretary General" is not the Deputy
// Secretary General).
func headKeys(t string) []string {
	h := head(t)
	if h == "" {
		return nil
	}
	keys := []string{h}
	if strings.HasPrefix(h, "deputy ") || strings.HasPrefix(h, "vice ") || strings.HasPrefix(h, "assistant ") || strings.HasPrefix(h, "under ") {
		return keys
	}
	for i := 0; i < len(h); i++ {
		if h[i] == ' ' {
			keys = append(keys, h[i+1:])
		}
	}
	return keys
}

// editDistance1 reports whether a and b differ by at most one insertion,
// deletion or substitution.
func editDistance1(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}
