// Resolving mentions into people: one group per person across name forms,
// its office, affiliation and the holders' table.

package entities

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/communique/communique/internal/tables"
)

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
			if m.first != "" && g.first != "" && !sameGiven(m.first, m.name, g.first, g.name) && !nameTail(g.name, m.name) {
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
	// full names without an office: "President Biden … Joe Biden said";
	// a title with a surname alone takes the full name when the page
	// introduces one person of that surname in full before it ("David
	// Medine … Chairman Medine", not "President Biden spoke. Hunter Biden
	// did not."), which confirms a weak title's mention
	givens := map[string]string{} // surname → its one given name, "-" for several
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mName || m.first == "" || !m.given {
			continue
		}
		if f, seen := givens[m.sur]; !seen {
			givens[m.sur] = m.first
		} else if f != m.first {
			givens[m.sur] = "-"
		}
	}
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mName {
			continue
		}
		g := find(m)
		if g == nil || g.first == "" && (givens[m.sur] != m.first || m.ti > g.firstTok || !p.sameHolder(g, m)) {
			continue
		}
		m.confirms = g.first == ""
		g.add(m)
	}
	// honorifics: "Mr Rutte"
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mHonor {
			continue
		}
		if m.govt {
			// "the Bush administration" is the list's holder that day, not
			// the page's other Bush ("Gov. Jeb Bush")
			h, ok := p.x.lookupHolder(m.name, m.sur, "", p.day)
			if !ok {
				continue
			}
			var same *group
			for _, g := range bySur[m.sur] {
				if foldName(g.name) == foldName(h.name) || g.n == 1 && titlesCompatible(g.title, h.title) {
					same = g
					break
				}
			}
			if same != nil {
				same.ms = append(same.ms, m)
				continue
			}
		} else if g := find(m); g != nil {
			g.ms = append(g.ms, m)
			if m.n > g.n && !m.label && m.first != "" && (g.first == "" || sameGiven(g.first, g.name, m.first, m.name)) {
				g.name, g.n = m.name, m.n
			}
			continue
		}
		if p.x.opts.NoHolders {
			continue
		}
		if h, ok := p.x.lookupHolder(m.name, m.sur, "", p.day); ok && p.mentionsAffiliation(h.aff) &&
			!(peerTitles[p.word(m.ti)] && m.n < 2 && p.x.isCountry(h.aff) && h.aff != "GB") {
			// ("Lord Palmer" is a peer, not a US Representative of the
			// list who bears the surname; "Lady Ashton" may be the EU's
			// High Representative)
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
			if !m.weak && (m.kind == mPerson || m.kind == mHolder || m.kind == mHonor) || m.confirms {
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
				n := 2 * (strings.Count(m.title, " ") + 1)
				if m.title == memberTitle {
					n = 1 // a seat in the house, below any office the member holds
				}
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
		slices.SortStableFunc(l, func(a, b *group) int { return cmp.Compare(a.firstTok, b.firstTok) })
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
		complement := hasComplement(m.title, h)
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
	// a title's default affiliation: a country the text never names
	// ("Defence Secretary" is British by its spelling, but not on a page of
	// India that never names Britain) yields to the context
	var pending []*group
	for _, g := range gs {
		if !g.hasAff() && g.def != "" {
			if isCountryCode(g.def) && hostable(g.tkind) && !p.mentionsAffiliation(g.def) {
				pending = append(pending, g)
				continue
			}
			setAff(g, g.def)
		}
	}
	p.contextAffiliations(gs, byMention)
	for _, g := range pending {
		if !g.hasAff() {
			setAff(g, g.def)
		}
	}
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
	slices.SortStableFunc(gs, func(a, b *group) int { return cmp.Compare(a.firstSpan(), b.firstSpan()) })
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
		for _, m := range p.countryMatches() {
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
	out := p.turnOpensBuf[:0]
	if cap(out) < len(p.toks) {
		out = make([]int32, len(p.toks))
	}
	out = out[:len(p.toks)]
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

// sameHolder reports whether the full name m may be that of the titled
// surname g: the list of office-holders names no one else of that surname
// in g's office that day ("President Bush … Laura Bush" are two people).
func (p *parser) sameHolder(g *group, m *mention) bool {
	if p.x.opts.NoHolders || g.firstTitle == "" {
		return true
	}
	h, ok := p.x.lookupHolder(g.sur, g.sur, g.firstTitle, p.day)
	if !ok {
		return true
	}
	hf := strings.Fields(foldName(h.name))
	return len(hf) == 0 || hf[0] == m.first
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
	surnameOnly := false
	if terms == nil {
		surnameOnly = true
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
	if len(strings.Fields(full)) == 1 && idx.byFull[full] != nil {
		// one word, the whole name of one holder ("Abdullah", King of
		// Saudi Arabia) and the surname form of others ("King Abdullah"
		// of Jordan): all of them are candidates
		terms = append(slices.Clip(terms), idx.bySurname[full]...)
	}
	var best holder
	found := false
	for _, t := range terms {
		if !t.heldOn(day) || title != "" && !titlesCompatible(title, t.title) {
			continue
		}
		if found && t.name != best.name && (t.aff != best.aff || surnameOnly && title == "" && foldName(t.name)[0] != foldName(best.name)[0]) {
			// two people in such an office that day, or two of one surname
			// for a name without a title ("Mr. Scott": Robert Scott and
			// Austin Scott; "Joseph R. Biden" and "Joe Biden" are one): no
			// guess
			return holder{}, false
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
	if isSpokes(a) && isSpokes(b) || isLegislator(a) && isLegislator(b) {
		return true
	}
	if isASCII(a) && isASCII(b) {
		return asciiWordsInOrder(a, b)
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

// asciiWordsInOrder is titlesCompatible's reading of ASCII titles, in
// place: the words of the title with fewer (titleWords') appear in order,
// without case, among the other's.
func asciiWordsInOrder(a, b string) bool {
	if countTitleWords(a) > countTitleWords(b) {
		a, b = b, a
	}
	wa, ia := nextTitleWord(a, 0)
	for ib := 0; wa != ""; {
		var wb string
		if wb, ib = nextTitleWord(b, ib); wb == "" {
			break
		}
		if equalFoldASCII(wa, wb) {
			wa, ia = nextTitleWord(a, ia)
		}
	}
	return wa == ""
}

// nextTitleWord returns the first of titleWords' words of ASCII s[i:],
// not lowered, and the index after it; "" at the end.
func nextTitleWord(s string, i int) (string, int) {
	for i < len(s) && isTitleSep(s[i]) {
		i++
	}
	start := i
	for i < len(s) && !isTitleSep(s[i]) {
		i++
	}
	return s[start:i], i
}

// countTitleWords returns len(titleWords(s)) for ASCII s.
func countTitleWords(s string) int {
	n := 0
	for w, i := nextTitleWord(s, 0); w != ""; w, i = nextTitleWord(s, i) {
		n++
	}
	return n
}

// isTitleSep reports whether c parts the words of an ASCII title, for
// titleWords: white space (strings.Fields') or a hyphen.
func isTitleSep(c byte) bool {
	return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// asciiLegislator is isLegislator for an ASCII title, read in place.
func asciiLegislator(t string) bool {
	first, last, n := "", "", 0
	for w, i := nextTitleWord(t, 0); w != ""; w, i = nextTitleWord(t, i) {
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	if n == 0 {
		return false
	}
	for _, f := range [...]string{"senator", "representative", "congressman", "congresswoman", "speaker"} {
		if equalFoldASCII(first, f) {
			return true
		}
	}
	return equalFoldASCII(last, "leader") && n == 2 && !equalFoldASCII(first, "supreme") || equalFoldASCII(last, "whip")
}

// asciiHead is head for an ASCII title, made in one string.
func asciiHead(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	for w, i := nextTitleWord(t, 0); w != "" && !isComplementWord(w); w, i = nextTitleWord(t, i) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for k := 0; k < len(w); k++ {
			b.WriteByte(lowerASCII(w[k]))
		}
	}
	return b.String()
}

// hasComplement reports whether title t goes on past its head h (head(t)):
// whether a word of it opens a complement, which head leaves out.
func hasComplement(t, h string) bool {
	if !isASCII(t) {
		return h != strings.Join(titleWords(t), " ")
	}
	for w, i := nextTitleWord(t, 0); w != ""; w, i = nextTitleWord(t, i) {
		if isComplementWord(w) {
			return true
		}
	}
	return false
}

// isComplementWord reports whether an ASCII word opens a title's
// complement, in any case: "of", "for", "to", "and" (see head).
func isComplementWord(w string) bool {
	return equalFoldASCII(w, "of") || equalFoldASCII(w, "for") || equalFoldASCII(w, "to") || equalFoldASCII(w, "and")
}

// equalFoldASCII reports whether ASCII a and b are equal without case.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// lowerASCII returns c lower-cased, if it is an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isASCII reports whether s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isLegislator reports whether a title is a member's of a legislature or
// an office a member holds in it ("Senator", "Democratic Leader",
// "Speaker of the House"): the list's Senators and Representatives hold
// them.
func isLegislator(t string) bool {
	if isASCII(t) {
		return asciiLegislator(t)
	}
	w := titleWords(t)
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "senator", "representative", "congressman", "congresswoman", "speaker":
		return true
	}
	last := w[len(w)-1]
	return last == "leader" && len(w) == 2 && w[0] != "supreme" || last == "whip"
}

// isSpokes reports whether a title is a spokesperson's.
func isSpokes(t string) bool {
	return containsLower(t, "spokes") || containsLower(t, "press secretary")
}

// head returns the folded title without its "of"/"for"/"to" complement.
func head(t string) string {
	if isASCII(t) {
		return asciiHead(t)
	}
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

// sameGiven reports whether two folded given names, of the names as
// written, may be one person's: the same first letter ("J." and "John"),
// unless both are different runs of initials.
// nameTail reports whether the name b is the last words of the longer
// name a: a double surname given without the given name ("Boyd Barrett",
// "Richard Boyd Barrett").
func nameTail(a, b string) bool {
	a, b = foldName(a), foldName(b)
	return strings.Count(b, " ") >= 1 && len(a) > len(b) && strings.HasSuffix(a, b) && a[len(a)-len(b)-1] == ' '
}

func sameGiven(af, a, bf, b string) bool {
	return af[0] == bf[0] && !otherInitials(a, b) && !otherGiven(af, bf, a, b)
}

// otherGiven reports two given names (folded, and as the full names
// nameA and nameB open) that are different full names, not
// an initial and a name, a name and its short form ("Mike", "Chuck") nor
// two spellings of one name: both have six letters or more, neither
// opens the other and the first three consonants differ ("Salman" and
// "Shaikh" are two people of one family; "Mohammed" and "Muhammad" one),
// or the given-name list holds them for a man and a woman.
func otherGiven(a, b, nameA, nameB string) bool {
	nameA, _, _ = strings.Cut(nameA, " ")
	nameB, _, _ = strings.Cut(nameB, " ")
	if ga, gb := givenNames[nameA], givenNames[nameB]; ga != 0 && gb != 0 && ga != gb {
		return true // "Maria Byrne" and "Malcolm Byrne"
	}
	a, b = foldName(a), foldName(b)
	if len(a) < 6 || len(b) < 6 || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false
	}
	return consonants(a, 3) != consonants(b, 3)
}

// consonants returns the first n consonants of the folded word w.
func consonants(w string, n int) string {
	var buf [8]byte
	out := buf[:0]
	for i := 0; i < len(w) && len(out) < n; i++ {
		switch c := w[i]; c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

// otherInitials reports whether two names open with different runs of
// initials: "RMSP Rathnayake" and "RMNL Rathnayake" are a father and his
// son, though their given names fold to the same first letter.
func otherInitials(a, b string) bool {
	a, _, _ = strings.Cut(a, " ")
	b, _, _ = strings.Cut(b, " ")
	return a != b && initialsRun(a) && initialsRun(b)
}

// initialsRun reports whether w is two or more capital letters and nothing
// else: "RMSP", "JFK".
func initialsRun(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
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

// isCountry reports whether code is a country's ISO 3166-1 alpha-2 code,
// not an organisation's short name such as "EU".
func (x *Extractor) isCountry(code string) bool {
	_, ok := x.iso[code]
	return ok
}
