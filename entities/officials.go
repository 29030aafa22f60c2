// Office-holders: the mention kinds, the parser over a text's tokens and
// the entry points Officials and Find.

package entities

import "github.com/communique/communique/internal/tables"

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
	orgBefore     bool // a known organisation or government body stands before the title ("NASA deputy administrator")
	body          bool // the title names a public body after it ("Director of the Federal Bureau of Prisons") or is a government's post ("State Chief Data Officer")
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
	confirms     bool   // a full name that completes a title with a surname alone
	given        bool   // the name opens with a known given name
	label        bool   // a speaker label
	govt         bool   // a surname before "administration" or "government": the list's holder only
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
	x    *Extractor
	text string
	// the weekdays whose use as a surname has been looked for, and those
	// the page gives a person ("Dave Sunday"): bit 1<<weekdayIndex[day]
	daysRead, daysNamed uint16
	// home is the country of the institution whose record the page is,
	// named outside the text ("SEANAD ÉIREANN" in a removed header);
	// site the country of the government whose site published the page
	home   string
	site   string
	toks   []tok
	cls    []uint16
	buf    []byte
	ms     []mention
	orgCnt map[string]int
	// countries the text names, computed when needed
	countries map[string]bool
	// turnOpens holds, per token, the last line start that opens a turn,
	// computed when needed, in turnOpensBuf's memory when it is large
	// enough
	turnOpens, turnOpensBuf []int32
	// sent numbers the sentences of the tokens, computed when needed, in
	// sentBuf's memory when it is large enough
	sent, sentBuf []int32
	// cms holds the country mentions (countryMatches), once cmsDone;
	// before, its memory may be given to them
	cms     []countryMatch
	cmsDone bool
	// acronyms the page defines for public bodies, with their countries,
	// computed when needed
	acronyms map[string]string
	// memo remembers phrase matches (see phraseMemo)
	memo *phraseMemo
	// day is the document's day as YYYYMMDD, 0 when unknown
	day int
	// asEnd is the token after the last office given "as" to an appointed
	// name, where a second appointment may follow: "… of Jane Roe as
	// Governor and John Doe as First Deputy Governor"
	asEnd int
	// hlLine and hlCase remember the last line headlineCase judged (its
	// first token plus one, 0 for none); hlLookups counts the searches of
	// the text for a headline's name; lowerWords the words the text writes
	// in lower case, built when a headline asks about more than
	// lowerScanMax words, lowerAsked the answers of the searches of the
	// text before (lowerAnswers of them)
	hlLine       int
	hlCase       bool
	hlLookups    int
	lowerWords   *wordSet
	lowerAsked   [lowerScanMax]lowerAnswer
	lowerAnswers int
	// roster holds the lines of the text's committee rosters by their
	// first token, rosterTitle the title of a member (see rosterLines)
	roster      map[int]rosterLine
	rosterTitle string
	// record is the country of the legislature whose record the text
	// is, once recordDone (see recordHome)
	record     string
	recordDone bool
	isRecord   bool
	// ownRecord is houseRecord's own test, 0 until computed, 1 no, 2 yes
	ownRecord  int8
	seatLabels int // members' labels with their seats read so far (memberLabel)
	dashCount  int // lines of dash labels (dashLabels), once dashDone
	dashDone   bool
	// divisionSeen: a side of a division was read (divisionList)
	divisionSeen bool
	// labelHeads counts the lines' heads before a colon (at most eight
	// tokens), by their text, once computed (see labelledAgain)
	labelHeads map[string]int
	senate     uint8 // 0 not known yet, 1 no, 2 a record of the US Senate (congressTitle)
	// debates is debatesHeading's answer, 0 until computed, 1 no, 2 yes
	debates int8
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
	if m, _ := p.memoMatch(p.x.regions, 3, i); m > n {
		return 0, "" // a region's name: "British Columbia Premier John Horgan"
	}
	return n, tables.Countries[v>>2].ISO2
}

// memoMatch returns the longest phrase of set starting at token i,
// remembered in slot k of the parser's memo (0 countries, 1 organisations,
// 2 titles, 3 regions: asked only at a token of a country, as country does).
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
	if m := p.chiefOfficer(i); m > n {
		// "Chief Health Informatics Officer", "Chief Data and Analytics
		// Officer": the lexicon's chief officers are the common few
		return m, titleEntry{canon: p.surface(i, i+m), kind: "officer"}
	}
	if n == 0 {
		if p.councilLeader(i) {
			return 1, titleEntry{canon: "Leader", kind: "local"}
		}
		return 0, titleEntry{}
	}
	return n, p.x.titleList[v]
}

// councilLeader reports "Leader" at i before "of" and a council's name
// ("Leader of Richmond Council", "Leader of the Borough Council"): the
// leader of a local authority, an office where "Leader" alone is none
// ("Chinese leader Xi Jinping").
func (p *parser) councilLeader(i int) bool {
	if p.word(i) != "Leader" || p.word(i+1) != "of" {
		return false
	}
	k := i + 2
	if p.word(k) == "the" {
		k++
	}
	for n := 0; n < 5 && k < len(p.toks) && p.toks[k].is(fCap) && p.toks[k].nl == 0; n, k = n+1, k+1 {
		if councilNouns[p.word(k)] {
			return true
		}
	}
	return false
}

// councilNouns end the names of local authorities: "Richmond Council",
// "Harbour County Council", "the Borough Council".
var councilNouns = wordLists.Set("council-nouns")

// chiefOfficer returns the length of a chief officer's post at i: "Chief",
// one to four capitalised words (or "and", "&") and "Officer"; 0 if none.
func (p *parser) chiefOfficer(i int) int {
	if p.word(i) != "Chief" {
		return 0
	}
	for k := i + 1; k < len(p.toks) && k <= i+5; k++ {
		if !p.isWord(k) && p.word(k) != "&" || p.toks[k].nl > 0 {
			return 0
		}
		switch w := p.word(k); {
		case w == "Officer":
			if k == i+1 {
				return 0
			}
			if n, _ := p.title(i + 1); n == k-i {
				return 0 // "Chief Petty Officer": a rank of the lexicon's after "Chief"
			}
			return k + 1 - i
		case w == "and" || w == "&":
		case !p.toks[k].is(fCap):
			return 0
		}
	}
	return 0
}

// surface is the text of tokens [s, e) with white space folded.
func (p *parser) surface(s, e int) string {
	if s >= e {
		return ""
	}
	return normSpace(p.text[p.toks[s].s:p.toks[e-1].e])
}

// Officials returns the named office-holders in text, one record per
// person, in order of first mention.
func (x *Extractor) Officials(text string) []Official {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	return x.officials(text, sc)
}

// Find returns both the officials and the countries of text, as Officials
// and Countries do, reading the text once.
func (x *Extractor) Find(text string) ([]Official, []Country) {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	return x.officials(text, sc), x.pageCountries(text, sc)
}

func (x *Extractor) officials(text string, sc *scratch) []Official {
	return x.officialsAt(text, sc, 0)
}

// officialsAt reads the officials of a document of day (YYYYMMDD, 0 when
// unknown).
func (x *Extractor) officialsAt(text string, sc *scratch, day int) []Official {
	return x.officialsHome(text, sc, day, "")
}

// officialsHome is officialsAt for a page that is the record of an
// institution of country home (ISO alpha-2), named outside the text.
func (x *Extractor) officialsHome(text string, sc *scratch, day int, home string) []Official {
	return x.officialsFrom(text, sc, day, Place{Institution: home})
}

// officialsFrom is officialsAt for a page of a known place, whose tokens
// and classes sc holds. The parser's mentions, sentence numbers and turn
// openings are made in sc's recycled buffers, and the country mentions it finds are
// left in sc for pageCountries.
func (x *Extractor) officialsFrom(text string, sc *scratch, day int, pl Place) []Official {
	p := &parser{x: x, text: text, toks: sc.toks, cls: sc.cls, orgCnt: map[string]int{}, memo: sc.memoFor(), day: day, home: pl.Institution, site: pl.Site,
		ms: sc.ms[:0], sentBuf: sc.sent, turnOpensBuf: sc.opens, cms: sc.cms[:0]}
	p.scan()
	offs := p.resolve()
	clear(p.ms) // keep none of the page's strings
	sc.ms = p.ms[:0]
	if p.sent != nil {
		sc.sent = p.sent
	}
	if p.turnOpens != nil {
		sc.opens = p.turnOpens
	}
	sc.cms, sc.cmsDone = p.cms, p.cmsDone
	return offs
}
