// Package entities finds named officials (with their titles and the country
// or organisation they serve) and countries (with ISO 3166 codes) in English
// text.
//
// It works with a hand-written tokenizer and lexicons generated from
// checked-in data (countries with their names, short forms and demonyms;
// phrases that are regions, cities or organisations rather than countries;
// office titles; holders of prominent offices), so it needs no model and
// runs at tens of megabytes a second.
//
// Officials are found from the office phrases of official prose: a title
// from the lexicon ("Prime Minister", "Secretary of State for Defence",
// "Chairman-in-Office"), optionally tied to a country or an organisation
// ("Polish President", "NATO Secretary General", "President of Poland",
// "the EU's High Representative"), followed or preceded by a name, and
// speaker labels ("SECRETARY BLINKEN:", "Mark Rutte, NATO Secretary
// General"), the labels of parliamentary records ("Mr Douglas Alexander
// (Paisley and Renfrewshire South) (Lab)" is a Member of Parliament) and
// the bylines of ministers' releases (a name over a line that is an
// office). References to one person are merged into one record. A list
// of prominent office-holders completes the title and affiliation of a
// person the text presents as an official without saying whom they serve
// ("President Putin"); Options.NoHolders turns it off.
//
// An office the text ties to nothing may take its country from the context:
// a list after an official of known country, a page's home country (a
// masthead, a return or a welcome to its capital), the place where a
// visitor meets his hosts, or the one country a page is about; without such
// evidence the affiliation stays empty.
//
// Countries are found from names, short forms and demonyms of every
// ISO 3166-1 country and territory, with the forms that name something else
// (regions, cities, US states, organisations, given names) kept apart. A
// region of another state (Hong Kong, Macao, Puerto Rico and the other US
// territories) is an office's affiliation but not among the countries a
// text names.
//
// An Extractor is built once with New and is safe for concurrent use. No
// statistical model is loaded: names are bounded by rules alone.
package entities

import (
	"math/bits"
	"strings"
	"sync"

	"github.com/communique/communique/internal/tables"
)

// Span is a byte range [Start, End) in the searched text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Country is a country named in a text, with every form it was named by.
type Country struct {
	// Name is the country's common English short name ("Poland").
	Name string `json:"name"`
	// ISO2 and ISO3 are the ISO 3166-1 alpha-2 and alpha-3 codes ("PL",
	// "POL"); Kosovo uses the user-assigned XK / XKX.
	ISO2 string `json:"iso2"`
	ISO3 string `json:"iso3"`
	// Mentions are the spans of every mention, in text order.
	Mentions []Span `json:"mentions"`
	// Forms are the distinct forms used, in order of first use ("Poland",
	// "Polish").
	Forms []string `json:"forms"`
}

// Official is a named person holding an office.
type Official struct {
	// Name is the fullest form of the person's name the text gives ("Mark
	// Rutte"); a person named only by surname keeps the surname ("Trump").
	Name string `json:"name"`
	// Title is the office ("Secretary General", "Prime Minister").
	Title string `json:"title"`
	// Organization is the organisation the office belongs to ("NATO", "EU",
	// "UN", "OSCE"), when the text ties it to one.
	Organization string `json:"organization"`
	// Country is the ISO 3166-1 alpha-2 code of the country the office
	// serves, when the text ties it to one.
	Country string `json:"country"`
	// Aliases are the other ways the text refers to the person, as written:
	// shorter names ("Rutte"), the title with the name ("Secretary General
	// Rutte", "NATO Secretary General Mark Rutte" gives "Secretary General
	// Mark Rutte"), honorifics ("Mr Rutte", "Mr. Sullivan"), speaker labels
	// in capitals title-cased ("Secretary Blinken" for "SECRETARY
	// BLINKEN:") and unnamed offices that can only mean this person ("the
	// Secretary General" once Mark Rutte has been named and no other
	// Secretary General has). Pronouns are never aliases.
	Aliases []string `json:"aliases"`
	// Mentions are the spans of every reference, in text order: the name
	// itself for a named reference ("Rutte" in "Secretary General Rutte"),
	// the whole phrase for an honorific or an unnamed office ("Mr Rutte",
	// "the Secretary General").
	Mentions []Span `json:"mentions"`
}

// Options configure an Extractor. The zero value is the default.
type Options struct {
	// NoHolders turns off the list of prominent office-holders, which
	// completes the title and affiliation of a person the text presents as
	// an official without saying whom they serve ("President Putin"), and
	// finds holders the text names in full without a title.
	NoHolders bool
	// Holders are terms of office added to the built-in list; on the day
	// of a document (FindAt) a person named without a title gets an office
	// only from a term that includes that day.
	Holders []Holder
	// Titles are office titles added to the built-in lexicon
	// (internal/tables/data/titles.tsv), read in every position the
	// built-in ones are: before a name, in apposition, in a label.
	Titles []Title
}

// Title is an office title for Options.Titles.
type Title struct {
	// Title is the office as the text writes it, capitalised ("Harbour
	// Commissioner"); its plural before several names is read too when its
	// last word has a known plural.
	Title string
	// Default is the ISO 3166-1 alpha-2 code of the country, or the short
	// name of the organisation, that the title implies when the text ties it
	// to nothing else; empty when it implies none.
	Default string
	// Kind is the kind of office: "head", "minister", "org", "diplomat",
	// "spokes", "adviser", "military", "royal", "local", "legislator" or
	// "official" (the default when empty).
	Kind string
}

// phrase values of the country set: >= 0 a country index with its form
// kind in the upper bits; -1 not a country.
const (
	formName = iota
	formAdj
	formPeople
)

type orgEntry struct {
	short, country string
}

type titleEntry struct {
	canon, def, kind string
	plural           bool // "Presidents", "Foreign Ministers": the canon is singular
	abbr             bool // "Sen.": the canon is the office written in full
}

// titlePlurals are the plurals of the last words of titles
// ("Presidents", "Foreign Ministers"), from data/words.txt's title-plurals:
// a singular, then its plural.
var titlePlurals = func() map[string]string {
	ws := wordLists.Must("title-plurals")
	m := make(map[string]string, len(ws)/2)
	for i := 0; i+1 < len(ws); i += 2 {
		m[ws[i]] = ws[i+1]
	}
	return m
}()

// Extractor finds officials and countries. It is safe for concurrent use.
type Extractor struct {
	opts      Options
	countries *phraseSet // exact case; value = index<<2 | form kind, or -1
	// iso indexes tables.Countries by ISO 3166-1 alpha-2 code
	iso       map[string]int32
	orgs      *phraseSet // exact case; value = index into orgList
	orgList   []orgEntry
	titles    *phraseSet // folded; value = index into titleList
	titleList []titleEntry
	capitals  *phraseSet // exact case; value = index into tables.Countries
	regions   *phraseSet // exact case: states, provinces; value = index into tables.Countries
	// cities holds the cities of 40,000 people or more (exact case; value
	// = index into tables.Countries), built on first use
	cityOnce sync.Once
	cities   *phraseSet
	// holdIdx indexes the terms of office-holders, built on first use
	holdOnce sync.Once
	holdIdx  *holderIndex
	// cls maps a token's text to the lexicons a phrase starting with it may
	// belong to (cTitle, cCountry, cOrg), so most tokens cost one lookup.
	cls *clsTable
	// scratch recycles the token buffers of finished calls.
	scratch sync.Pool
}

// scratch is the per-call working memory.
type scratch struct {
	toks []tok
	cls  []uint16
	memo phraseMemo
	// cms holds the page's country mentions once cmsDone (see
	// pageCountries); before, its memory is recycled for them
	cms     []countryMatch
	cmsDone bool
	// ms, sent and opens are the memory of the officials' parser's
	// mentions, sentence numbers and turn openings, recycled
	ms          []mention
	sent, opens []int32
}

// phraseMemo remembers phrase matches: memoSlots slots (countries,
// organisations, titles, regions) for each token whose class says a phrase may start
// there, and none for the others, so that it takes little memory however
// long the text. Token i's slots are found by its rank among those tokens.
type phraseMemo struct {
	slots []int32  // -1: not yet looked up
	bits  []uint64 // bit i: token i has slots
	base  []int32  // tokens with slots before each word of bits
}

// memoFor returns the phrase-match memo for the current tokens, all unknown.
func (sc *scratch) memoFor() *phraseMemo {
	m := &sc.memo
	words := (len(sc.cls) + 63) / 64
	if cap(m.bits) < words {
		m.bits, m.base = make([]uint64, words), make([]int32, words)
	}
	m.bits, m.base = m.bits[:words], m.base[:words]
	clear(m.bits)
	n := int32(0)
	for i, c := range sc.cls {
		if i&63 == 0 {
			m.base[i>>6] = n
		}
		if c&(cCountry|cOrg|cTitle) != 0 {
			m.bits[i>>6] |= 1 << (i & 63)
			n++
		}
	}
	if cap(m.slots) < memoSlots*int(n) {
		m.slots = make([]int32, memoSlots*n)
	}
	m.slots = m.slots[:memoSlots*n]
	for i := range m.slots {
		m.slots[i] = -1
	}
	return m
}

// slot returns the index in slots of token i's slot k, or -1 when token i
// has none.
func (m *phraseMemo) slot(i, k int) int {
	w, b := i>>6, uint(i&63)
	if m.bits[w]&(1<<b) == 0 {
		return -1
	}
	return memoSlots*(int(m.base[w])+bits.OnesCount64(m.bits[w]&(1<<b-1))) + k
}

// memoSlots is the number of a token's slots in a phraseMemo.
const memoSlots = 4

// getScratch tokenizes text into recycled buffers; putScratch returns them.
func (x *Extractor) getScratch(text string) *scratch {
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	if cap(sc.toks) == 0 {
		sc.toks = make([]tok, 0, len(text)/4+16)
	}
	sc.toks = tokenize(sc.toks[:0], text)
	if cap(sc.cls) < len(sc.toks) {
		sc.cls = make([]uint16, len(sc.toks), cap(sc.toks))
	}
	sc.cls = sc.cls[:len(sc.toks)]
	x.classesInto(sc.cls, text, sc.toks)
	sc.toks, sc.cls = x.dropTitleAcronyms(sc.toks, sc.cls, text)
	return sc
}

func (x *Extractor) putScratch(sc *scratch) {
	sc.cms, sc.cmsDone = sc.cms[:0], false // the page's, not the next one's
	if cap(sc.toks) > 1<<20 {
		return // do not keep the memory of a huge text
	}
	x.scratch.Put(sc)
}

// token classes
const (
	cTitle uint16 = 1 << iota
	cCountry
	cOrg
	cDet      // determiners
	cHonor    // honorifics
	cStop     // stopNames
	cCalendar // calendarWords
	cParticle // nameParticles
	cSuffix   // nameSuffixes
	cMod      // officeModifiers
	cPerson   // personTitles: short titles before a person's name
	cRank     // rankPrefixes: "Deputy", "Vice"
	// cGiven marks a token that is a given name of the lexicon
	// (givenNames), looked up once per token by classesInto; no word of
	// the clsTable carries it
	cGiven
)

// New returns an Extractor built with opts. Building takes about a
// millisecond; build one and reuse it.
func New(opts Options) *Extractor {
	x := &Extractor{
		opts:      opts,
		countries: newPhraseSet(false),
		orgs:      newPhraseSet(false),
		titles:    newPhraseSet(true),
		capitals:  newPhraseSet(false),
		regions:   newPhraseSet(false),
	}
	// Blocked phrases first: add keeps the first value for a phrase.
	for _, p := range tables.NotCountries {
		x.countries.add(p, -1)
	}
	for i, c := range tables.Countries {
		for _, f := range c.Forms {
			x.countries.add(f, int32(i<<2)) // formName
		}
		for _, f := range c.Adjectives {
			x.countries.add(f, int32(i<<2|formAdj))
		}
		for _, f := range c.People {
			x.countries.add(f, int32(i<<2|formPeople))
		}
	}
	iso := make(map[string]int32, len(tables.Countries))
	for i, c := range tables.Countries {
		iso[c.ISO2] = int32(i)
	}
	x.iso = iso
	for _, c := range tables.Capitals {
		if i, ok := iso[c.ISO2]; ok {
			for _, f := range c.Names {
				x.capitals.add(f, i)
			}
		}
	}
	for _, c := range tables.Subdivisions {
		if i, ok := iso[c.ISO2]; ok {
			for _, f := range c.Names {
				x.regions.add(f, i)
			}
		}
	}
	for _, o := range tables.Organizations {
		x.orgList = append(x.orgList, orgEntry{short: o.Short, country: o.Country})
		for _, f := range o.Forms {
			x.orgs.add(f, int32(len(x.orgList)-1))
		}
	}
	titles := allTitles(opts.Titles)
	for _, t := range titles {
		e := titleEntry{canon: t.Title, def: t.Default, kind: t.Kind}
		if t.Full != "" {
			e.canon, e.abbr = t.Full, true // "Sen." reads "Senator"
		}
		x.titleList = append(x.titleList, e)
		x.titles.add(t.Title, int32(len(x.titleList)-1))
	}
	// plural titles before several names: "Presidents Biden and Erdoğan"
	for _, t := range titles {
		if k := strings.Index(t.Title, " of "); k > 0 && !strings.Contains(t.Title[:k], " ") {
			// "Members of Parliament Jane Roe and John Doe": the head
			// before "of" takes the plural
			// (only "Member": "Leaders of …" heads a headline's noun
			// phrase as often; "Board Members" keeps a list's own rule:
			// "Board members include …")
			if t.Title[:k] == "Member" {
				x.titleList = append(x.titleList, titleEntry{canon: t.Title, def: t.Default, kind: t.Kind, plural: true})
				x.titles.add("Members"+t.Title[k:], int32(len(x.titleList)-1))
			}
			continue
		}
		if strings.Contains(t.Title, " of ") || strings.Contains(t.Title, " for ") {
			continue
		}
		sp := strings.LastIndexByte(t.Title, ' ')
		if pl, ok := titlePlurals[t.Title[sp+1:]]; ok {
			x.titleList = append(x.titleList, titleEntry{canon: t.Title, def: t.Default, kind: t.Kind, plural: true})
			x.titles.add(t.Title[:sp+1]+pl, int32(len(x.titleList)-1))
		} else if sp > 0 && t.Title[sp+1:] == "General" {
			// "General" after its noun takes no plural: "Attorneys
			// General", "Assistant Attorneys General"
			head := strings.LastIndexByte(t.Title[:sp], ' ')
			if pl, ok := titlePlurals[t.Title[head+1:sp]]; ok {
				x.titleList = append(x.titleList, titleEntry{canon: t.Title, def: t.Default, kind: t.Kind, plural: true})
				x.titles.add(t.Title[:head+1]+pl+" General", int32(len(x.titleList)-1))
			}
		}
	}
	cls := map[string]uint16{}
	for _, set := range []struct {
		words map[string]bool
		c     uint16
	}{{honorifics, cHonor}, {stopNames, cStop}, {calendarWords, cCalendar}, {nameParticles, cParticle}, {nameSuffixes, cSuffix}, {officeModifiers, cMod}, {personTitles, cPerson}} {
		for w := range set.words {
			cls[w] |= set.c
		}
	}
	for w := range determiners {
		cls[w] |= cDet
	}
	for w := range rankPrefixes {
		cls[w] |= cRank
	}
	x.countries.firstWords(func(k string) { cls[k] |= cCountry })
	x.orgs.firstWords(func(k string) { cls[k] |= cOrg })
	x.titles.firstWords(func(k string) {
		for _, v := range []string{k, strings.ToUpper(k), upperFirst(k)} {
			cls[v] |= cTitle
		}
	})
	x.cls = newClsTable(cls)
	return x
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(s[:i+len(string(r))]) + s[i+len(string(r)):]
	}
	return s
}

// classes returns the lexicon classes of each token.
func (x *Extractor) classes(text string, toks []tok) []uint16 {
	out := make([]uint16, len(toks))
	x.classesInto(out, text, toks)
	return out
}

// classesInto sets out[i] to the classes of toks[i]: its words' in the
// lexicons, and cGiven for a given name, whatever the token's kind.
func (x *Extractor) classesInto(out []uint16, text string, toks []tok) {
	for i, t := range toks {
		out[i] = 0
		w := text[t.s:t.e]
		if t.kind == kWord {
			out[i] = x.cls.get(w)
		}
		if isGivenName(w) {
			out[i] |= cGiven
		}
	}
}

// isGivenName reports givenNames[w] != 0. Every name of the lexicon opens
// with a capital of ASCII (TestGivenNamesCapital), so that a word in lower
// case, a number or a mark needs no look-up.
func isGivenName(w string) bool {
	return len(w) > 1 && 'A' <= w[0] && w[0] <= 'Z' && givenNames[w] != 0
}

// IsTitle reports whether s is an office title of the lexicon ("Prime
// Minister", "secretary of state", "NATO Secretary General" is not: it
// carries an organisation). Case does not matter.
func (x *Extractor) IsTitle(s string) bool {
	toks := tokenize(nil, s)
	if len(toks) == 0 {
		return false
	}
	var buf []byte
	n, _ := x.titles.match(s, toks, 0, &buf)
	return n == len(toks)
}

// allTitles returns the built-in titles followed by a caller's; a caller's
// title the lexicon already holds is left to the lexicon's row.
func allTitles(extra []Title) []tables.Title {
	if len(extra) == 0 {
		return tables.Titles
	}
	out := append([]tables.Title(nil), tables.Titles...)
	for _, t := range extra {
		t.Title = strings.TrimSpace(t.Title)
		if t.Title == "" {
			continue
		}
		if t.Kind == "" {
			t.Kind = "official"
		}
		out = append(out, tables.Title{Title: t.Title, Default: t.Default, Kind: t.Kind})
	}
	return out
}
