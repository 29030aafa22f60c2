// Resolving mentions into people: one group per person across name forms,
// its office, affiliation and the holders' table. The resolve_*.go files
// hold the comparisons of titles and names, the holders' table look-up and
// the speaker turns it reads.

package entities

import (
	"cmp"
	"slices"
	"sort"
	"strings"

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
		o := g.official()
		if o.Title == memberTitle && o.Country == "US" {
			o.Title = p.congressTitle() // no parliament: the Congress
		}
		out = append(out, o)
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

// isCountry reports whether code is a country's ISO 3166-1 alpha-2 code,
// not an organisation's short name such as "EU".
func (x *Extractor) isCountry(code string) bool {
	_, ok := x.iso[code]
	return ok
}
