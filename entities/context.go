package entities

import (
	"sort"
	"strings"

	"github.com/communique/communique/internal/tables"
	"github.com/communique/communique/internal/text"
)

// Affiliations from the context, for officials whose office the text ties
// to no country or organisation. Each rule reads evidence a careful reader
// uses; where the evidence is absent the affiliation stays empty.
//
//   - a list after an official whose country is known: "talks with
//     President Maia Sandu and Foreign Minister Nicu Popescu" (a minister
//     named after a head of state or government is of the same country);
//   - the page's home country, from a masthead ("Australian Government"),
//     a return to its capital ("return to Wellington") or a welcome to it
//     ("welcomed … to Canberra"): the ministers it names and its principal
//     official (the first named, not as someone met) are its own, its
//     guests are not;
//   - a meeting place: "In Suva, Mr Peters will meet Prime Minister
//     Sitiveni Rabuka": the hosts a visitor meets in a capital or a country
//     not his own are of that country;
//   - the page's topic: on a page with no home country that names one
//     country far more than any other ("Statement on Haiti"), a head of
//     state or government, a minister whose title implies no country of
//     its own ("Minister Shahbazov" on a page about Azerbaijan) or a
//     commander is of that country.

// capitalAt returns the country whose capital city is named at token i.
func (p *parser) capitalAt(i int) (n int, iso string) {
	if i < 0 || i >= len(p.toks) || !p.toks[i].is(fCap) {
		return 0, ""
	}
	n, v := p.x.capitals.match(p.text, p.toks, i, &p.buf)
	if n == 0 {
		return 0, ""
	}
	return n, tables.Countries[v].ISO2
}

// placeAt returns the country of a place named at token i: a country's
// name or its capital.
func (p *parser) placeAt(i int) (n int, iso string) {
	if n, iso := p.countryName(i); n > 0 {
		return n, iso
	}
	return p.capitalAt(i)
}

// sentenceIDs numbers the sentences of the text, one number a token,
// computed once a call: a sentence ends at a line break or at a full stop,
// question or exclamation mark before a capitalised word (not after an
// honorific or an initial).
func (p *parser) sentenceIDs() []int32 {
	if p.sent != nil {
		return p.sent
	}
	ids := p.sentBuf[:0]
	if cap(ids) < len(p.toks) {
		ids = make([]int32, len(p.toks))
	}
	ids = ids[:len(p.toks)]
	p.sent = ids
	id := int32(0)
	for i := range p.toks {
		if i > 0 {
			t := p.toks[i]
			if t.nl > 0 {
				id++
			} else if w := p.word(i - 1); (w == "." || w == "?" || w == "!") && t.kind == kWord && t.is(fCap) && t.sp {
				if w != "." || i < 2 || !(p.has(i-2, cHonor) || p.toks[i-2].is(fDots) || p.toks[i-2].e-p.toks[i-2].s == 1) {
					id++
				}
			}
		}
		ids[i] = id
	}
	return ids
}

// hostable reports whether an office of kind k serves the country where
// a visitor meets its holder: a national office, a legislature's, a
// public one (a chief justice) or a crown.
func hostable(k string) bool {
	return national(k) || k == "legislator" || k == "official" || k == "royal"
}

// onBehalfOf returns the country an "on behalf of <Country>" names within
// the clause after token j, or "".
func (p *parser) onBehalfOf(j int) string {
	for k := j; k < len(p.toks) && k < j+20; k++ {
		w := p.word(k)
		if w == "." || w == ";" || p.toks[k].nl > 0 {
			return ""
		}
		if w == "behalf" && p.word(k-1) == "on" && p.word(k+1) == "of" {
			n := k + 2
			if p.word(n) == "the" {
				n++
			}
			if c, iso := p.countryName(n); c > 0 {
				return iso
			}
			return ""
		}
	}
	return ""
}

// national reports whether an office of kind k serves a country.
func national(k string) bool {
	return k == "head" || k == "minister" || k == "military" || k == "holder"
}

// domestic reports whether an office of title kind k serves at home: a
// legislator's, a governor's or a mayor's.
func domestic(k string) bool { return k == "legislator" || k == "local" }

// labelled reports whether a speaker label names g.
func labelled(g *group) bool {
	for _, m := range g.ms {
		if m.label {
			return true
		}
	}
	return false
}

// contextAffiliations gives the officials without affiliation the country
// the context shows they serve.
func (p *parser) contextAffiliations(gs []*group, by map[*mention]*group) {
	// members of one parliament: "(Ind)" sits where "(Lab)" does
	house := ""
	for _, g := range gs {
		// a Member's country, or that of an office a member's label gives
		// ("Mr MORRISON (Cook—Prime Minister):")
		if g.country != "" && (g.title == memberTitle || national(g.tkind) && labelled(g)) {
			if house != "" && house != g.country {
				house = "-"
				break
			}
			house = g.country
		}
	}
	if house != "" && house != "-" {
		for _, g := range gs {
			if g.title == memberTitle && !g.hasAff() {
				g.country = house
			}
		}
	}
	need := false
	for _, g := range gs {
		if !g.hasAff() && (hostable(g.tkind) || domestic(g.tkind)) {
			need = true
			break
		}
	}
	if !need {
		return
	}
	// "X signed the accords on behalf of Sweden"
	for k := range p.ms {
		m := &p.ms[k]
		if g := by[m]; g != nil && !g.hasAff() && hostable(g.tkind) {
			if c := p.onBehalfOf(m.te); c != "" {
				g.country = c
			}
		}
	}
	// "On the Russian side, the talks were attended by ...", "The Polish
	// delegation included ...": the side or delegation named before the
	// official in the sentence
	sent := p.sentenceIDs()
	for k := range p.ms {
		m := &p.ms[k]
		if g := by[m]; g != nil && !g.hasAff() && hostable(g.tkind) {
			if c := p.sideOf(m.ts, sent); c != "" {
				g.country = c
			}
		}
	}
	// a list after an official of known country
	for _, g := range gs {
		if g.hasAff() || g.tkind != "minister" && !(g.tkind == "head" && deputyTitle(g.title)) {
			// (a deputy head of government in a minister's list: "Prime
			// Minister X, the Vice-President of the Government, Y, the
			// Minister of Finance, Z")
			continue
		}
		for _, m := range g.ms {
			if m.listPrev < 0 {
				continue
			}
			prev := &p.ms[m.listPrev]
			if prev.explicit && !prev.adjCountry {
				// "Foreign Minister Jane Roe of Canada and Defence
				// Minister John Doe": the country is Roe's alone
				continue
			}
			if pg := by[prev]; pg != nil && pg != g && pg.country != "" && (pg.tkind == "head" || pg.tkind == "minister" || pg.tkind == "holder") &&
				!titlesCompatible(pg.title, g.title) {
				g.country = pg.country
				break
			}
		}
	}
	// the principal: the first official named with a national office, not
	// as someone met or welcomed ("Today I welcomed Foreign Minister X")
	var principal *group
	for _, g := range gs {
		if g.title != "" && national(g.tkind) && (principal == nil || g.firstTok < principal.firstTok) && !p.objectOfMeeting(g.firstTok, sent) {
			principal = g
		}
	}
	// "Accompanying the President are Minister X and Minister Y": those
	// who accompany the principal are of the principal's country
	if principal != nil && principal.country != "" {
		for k := range p.ms {
			m := &p.ms[k]
			if g := by[m]; g != nil && g != principal && !g.hasAff() && hostable(g.tkind) && p.accompanies(m.ts, sent) {
				g.country = principal.country
			}
		}
	}
	home := p.homeCountry(principal, sent, by)
	countryOf := func(g *group) string {
		if g.country != "" {
			return g.country
		}
		if g.org != "" {
			// an organisation's official visits every country
			return "@" + g.org
		}
		if home != "" && (g == principal || g.tkind == "minister") {
			return home
		}
		return ""
	}
	// the page's own voice, the visitor of a sentence in the first person
	// ("we met with King X"): the principal, else the first official of
	// known country not named as someone met
	voice := principal
	if voice == nil || countryOf(voice) == "" {
		voice = nil
		for _, g := range gs {
			if g.title != "" && g.country != "" && (voice == nil || g.firstTok < voice.firstTok) && !p.objectOfMeeting(g.firstTok, sent) {
				voice = g
			}
		}
	}
	// meeting places
	assigned := map[*group]string{}
	for k := range p.ms {
		m := &p.ms[k]
		g := by[m]
		if g == nil || g.hasAff() || !hostable(g.tkind) {
			continue
		}
		if c := p.meetingPlace(m, sent, by, voice, countryOf); c != "" {
			if prev, ok := assigned[g]; !ok {
				assigned[g] = c
			} else if prev != c {
				assigned[g] = "-"
			}
		}
	}
	for g, c := range assigned {
		if c != "-" {
			g.country = c
		}
	}
	// the country mentions, found when a rule needs them
	countries := p.countryMatches
	// a national institution's own record ("IN THE SUPREME COURT OF THE
	// UNITED STATES", "Parliament of the Cook Islands"): its officials
	// the text ties to no other country are that country's
	inst := p.institutionHome()
	if inst == "" {
		inst = p.home
	}
	if inst == "" && p.roster != nil {
		inst = "US" // the record of a congressional committee, whose roster it prints
	}
	if inst != "" {
		for _, g := range gs {
			if !g.hasAff() && !p.sentenceNamesOther(g.firstTok, inst, countries(), sent) {
				g.country = inst
			}
		}
	}
	// the home country; when the text gives none, that of the government
	// whose site published the page
	siteHome := false
	if home == "" && p.site != "" {
		home, siteHome = p.site, true
	}
	if home != "" {
		guests := p.guests(principal, sent, by)
		for _, g := range gs {
			// its principal, its ministers, its legislators, governors and
			// mayors
			if !g.hasAff() && !guests[g] && (g == principal && national(g.tkind) || g.tkind == "minister" || domestic(g.tkind) || g.tkind == "official" || g.tkind == "military") {
				// "Foreign Minister X hosted a dinner in Tokyo"
				if g != principal && p.sentenceNamesOther(g.firstTok, home, countries(), sent) {
					continue
				}
				// a home known only from the site's address: any sentence
				// that ties the official to another country wins ("Mr.
				// Kawamura is the Press Secretary … of the Government of
				// Japan" on the Philippine press office's site)
				if siteHome && g != principal && p.anySentenceNamesOther(g, home, countries(), sent) {
					continue
				}
				g.country = home
			}
		}
		if !siteHome {
			return
		}
		// (a home known from the site alone leaves the rest to the rules
		// below: the principal's legislators, the page's topic)
	}
	// members of the principal's legislature: on a page whose principal
	// official serves a known country and that names no home, a senator
	// or a representative the text ties to nothing is of that country
	// ("President Duterte … Senator De Lima")
	if principal != nil && principal.country != "" && national(principal.tkind) {
		for _, g := range gs {
			if !g.hasAff() && g.tkind == "legislator" && !strings.HasPrefix(g.title, "Member") {
				g.country = principal.country
			}
		}
	}
	// the topic
	topic := ""
	for _, g := range gs {
		if g.hasAff() || !(g.tkind == "head" || g.tkind == "minister" && g.def == "" || g.tkind == "military" && g.commander()) {
			continue
		}
		if topic == "" {
			if topic = topicCountry(countries()); topic == "" {
				break
			}
		}
		if p.sentenceNamesOther(g.firstTok, topic, countries(), sent) {
			continue
		}
		g.country = topic
	}
	// the page of a country's body that names it again and again ("the
	// Riksbank" in a rate decision), when nothing else says whose page it
	// is: the officials the text ties to no other country are its
	if home == "" {
		if bh := p.bodyHome(); bh != "" {
			for _, g := range gs {
				if !g.hasAff() && !p.sentenceNamesOther(g.firstTok, bh, countries(), sent) {
					g.country = bh
				}
			}
		}
	}
}

// deputyTitle reports a title of a head's deputy: "Vice-President of the
// Government", "Deputy Prime Minister" (no head of state or government
// of another country, as "Prime Minister" after "President Biden" may be).
func deputyTitle(t string) bool {
	return strings.HasPrefix(t, "Vice") || strings.HasPrefix(t, "Deputy") || strings.HasPrefix(t, "First Deputy")
}

// sentenceNamesOther reports whether the sentence of token ti names a
// country other than iso, not as a destination ("fled to Tunisia").
func (p *parser) anySentenceNamesOther(g *group, iso string, cms []countryMatch, sent []int32) bool {
	for _, m := range g.ms {
		if p.sentenceNamesOther(m.ti, iso, cms, sent) {
			return true
		}
	}
	return false
}

// sentenceNamesOther reports whether the sentence of token ti names a
// country other than iso, or its capital, other than as a destination.
func (p *parser) sentenceNamesOther(ti int, iso string, cms []countryMatch, sent []int32) bool {
	if ti < 0 || ti >= len(sent) {
		return false
	}
	s, e := sentBounds(ti, sent)
	for k := sort.Search(len(cms), func(k int) bool { return cms[k].ti >= s }); k < len(cms) && cms[k].ti < e; k++ {
		c := cms[k]
		if sent[c.ti] != sent[ti] || tables.Countries[c.idx].ISO2 == iso {
			continue
		}
		w := p.word(c.ti - 1)
		if w == "to" || w == "from" || w == "into" || (w == "and" || w == ",") && p.destinationList(c.ti-1, cms) {
			continue
		}
		return true
	}
	// a capital: "hosted a dinner in Tokyo"
	for k := s; k < e; k++ {
		if !p.toks[k].is(fCap) || p.word(k-1) == "to" || p.word(k-1) == "from" {
			continue
		}
		if n, c := p.capitalAt(k); n > 0 && c != iso && sent[k] == sent[ti] {
			return true
		}
	}
	return false
}

// destinationList reports whether the list separator at token j continues
// a list of countries opened by "to", "from" or "into" ("fled to Tunisia
// and Egypt").
func (p *parser) destinationList(j int, cms []countryMatch) bool {
	for n := 0; n < 12 && j >= 0; n++ {
		switch p.word(j) {
		case "to", "from", "into":
			return true
		case "and", ",":
			j--
			continue
		}
		// the country ending at j
		k := sort.Search(len(cms), func(k int) bool { return cms[k].ti > j }) - 1
		if k < 0 || cms[k].ti+cms[k].tn-1 != j {
			return false
		}
		j = cms[k].ti - 1
	}
	return false
}

// principalActs reports whether the subject of the verb at token i is the
// page's principal official or no named official: no other official is
// named in its sentence before it.
func (p *parser) principalActs(i int, principal *group, sent []int32, by map[*mention]*group) bool {
	s, _ := sentBounds(i, sent)
	for k := p.msFrom(s); k < len(p.ms) && p.ms[k].ti < i; k++ {
		m := &p.ms[k]
		if m.ti < s || sent[m.ti] != sent[i] {
			continue
		}
		if g := by[m]; g != nil && g != principal {
			return false
		}
	}
	return true
}

// sentWindow bounds the tokens a rule reads around a token in its
// sentence, so that a text without sentence breaks costs linear time.
const sentWindow = 160

// sentBounds returns the tokens [s, e) of the sentence of token i, at most
// sentWindow tokens either side of it.
func sentBounds(i int, sent []int32) (s, e int) {
	s, e = i, i
	for s > 0 && i-s < sentWindow && sent[s-1] == sent[i] {
		s--
	}
	for e < len(sent) && e-i < sentWindow && sent[e] == sent[i] {
		e++
	}
	return s, e
}

// msFrom returns the index of the first mention at or after token ti (the
// mentions are in text order).
func (p *parser) msFrom(ti int) int {
	return sort.Search(len(p.ms), func(k int) bool { return p.ms[k].ti >= ti })
}

// meetVerbs introduce the people a visitor meets.
var meetVerbs = wordLists.Set("meet-verbs")

// meetingPlace returns the country of the place where m, met by a visitor,
// is met: a sentence names one place (after "in", "to" or "visit"), a
// visitor before a meeting verb whose country is known and differs from
// the place's, and m after the verb.
func (p *parser) meetingPlace(m *mention, sent []int32, by map[*mention]*group, voice *group, countryOf func(*group) string) string {
	if m.ti <= 0 || m.ti >= len(sent) {
		return ""
	}
	s, e := sentBounds(m.ti, sent)
	place, verb := "", -1
	for k := s; k < e; k++ {
		w := p.word(k)
		if verb < 0 && k < m.ti && meetVerbs[w] {
			verb = k
		}
		if multilateral[w] {
			// "on the margins of the ASEAN meetings": the people met
			// there come from anywhere
			return ""
		}
		if p.placeCue(k, verb) {
			c := k + 1
			if p.word(c) == "the" {
				c++ // "In the UAE", "visited the Philippines"
			}
			if n, iso := p.placeAt(c); n > 0 {
				if place != "" && place != iso {
					return ""
				}
				place = iso
			}
		}
	}
	visit := -1
	if place == "" && verb >= 0 {
		// "During his visit, Dr X will call on …", "X later met Admiral
		// Y": the place of the visit the text last announced
		place, visit = p.lastVisitPlace(s)
	}
	if place == "" || verb < 0 {
		return ""
	}
	// the visitor: an official named before the verb, or else before the
	// announced visit ("X will visit Singapore … During his visit, Dato'
	// X will call on …")
	visitor := p.officialBefore(s, verb, by, by[m], countryOf)
	if visitor == "" && visit >= 0 {
		vs, _ := sentBounds(visit, sent)
		visitor = p.officialBefore(vs, visit, by, by[m], countryOf)
	}
	if visitor == "" && voice != nil && voice != by[m] && p.firstPersonBefore(s, verb) {
		// "From Ukraine we traveled to Jordan where we met with King X":
		// the page's own voice is the visitor
		visitor = countryOf(voice)
	}
	if visitor == "" || visitor == place {
		return ""
	}
	if p.ownSide(verb, m.ti) {
		// "we met with David Roe, our Chargé d'Affaires, General Jane Doe
		// and General John Doe": the visitor's own people
		if visitor[0] == '@' {
			return ""
		}
		return visitor
	}
	return place
}

// ownSide reports whether "our" describes someone between tokens verb and
// ti ("we met with our ambassador, General X"), not a counterpart or a
// host ("our hosts", "our counterpart").
func (p *parser) ownSide(verb, ti int) bool {
	for k := verb + 1; k < ti; k++ {
		if w := p.word(k); w == "our" || w == "Our" {
			switch p.word(k + 1) {
			case "counterpart", "counterparts", "host", "hosts", "friends", "partners", "allies", "ally":
				continue
			}
			return true
		}
	}
	return false
}

// isDigits reports whether w is a number ("4", "4."; dots kept by the
// tokens of dotted abbreviations).
func isDigits(w string) bool { return text.Digits(strings.TrimSuffix(w, ".")) }

// lastVisitPlace returns the place of the last "visit <Place>" or "visit
// to <Place>", "arrived in <Place>", or "In <Place>," opening a sentence,
// before token s and the token of the word that names it, or "" and -1.
func (p *parser) lastVisitPlace(s int) (string, int) {
	for k := s - 1; k >= 0 && k >= s-400; k-- {
		switch p.word(k) {
		case "arrived", "arrives", "arriving", "landed", "travelled", "traveled", "travelling", "traveling":
			// "arrived in Doha on 30 January", "travelled to Madrid"
			if w := p.word(k + 1); w == "in" || w == "to" || w == "at" {
				if n, iso := p.placeAt(k + 2); n > 0 {
					return iso, k
				}
			}
		case "In":
			// "In the UAE, Minister Roe met …"
			if k == 0 || p.toks[k].nl > 0 || p.word(k-1) == "." {
				c := k + 1
				if p.word(c) == "the" {
					c++ // "In the UAE,"
				}
				if n, iso := p.placeAt(c); n > 0 && p.word(c+n) == "," {
					return iso, k
				}
			}
		case "visit", "visits", "visited", "visiting", "Visiting":
			if n, iso := p.placeAt(k + 1); n > 0 {
				return iso, k
			}
			// "arrived on an official visit to India"
			if p.word(k+1) == "to" {
				if n, iso := p.placeAt(k + 2); n > 0 {
					return iso, k
				}
			}
		}
	}
	return "", -1
}

// firstPersonBefore reports whether "I" or "we" stands in tokens [s, e).
func (p *parser) firstPersonBefore(s, e int) bool {
	for k := s; k < e; k++ {
		switch p.word(k) {
		case "I", "we", "We":
			return true
		}
	}
	return false
}

// officialBefore returns the country (by countryOf) of the first official
// other than not named in tokens [s, e).
func (p *parser) officialBefore(s, e int, by map[*mention]*group, not *group, countryOf func(*group) string) string {
	for k := p.msFrom(s); k < len(p.ms) && p.ms[k].ti < e; k++ {
		if g := by[&p.ms[k]]; g != nil && g != not {
			return countryOf(g)
		}
	}
	return ""
}

// multilateral are words of a multilateral meeting, where a host's
// capital says nothing of the people met.
var multilateral = wordLists.Set("multilateral")

// travelVerbs lead to a place with "to": "is travelling to Chişinău".
var travelVerbs = wordLists.Set("travel-verbs")

// placeCue reports whether token k introduces the place of a visit: "In
// Suva, …", "while in Tokyo", "travelling to Chişinău", "visit Fiji", or
// "in" after the meeting verb ("met … in Tokyo"); not "born in London".
func (p *parser) placeCue(k, verb int) bool {
	switch p.word(k) {
	case "In":
		return true
	case "in":
		if w := p.word(k - 1); w == "while" || w == "While" || w == "arrived" || w == "arrives" || w == "arrive" {
			return true
		}
		return verb >= 0 && k > verb
	case "to":
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if travelVerbs[p.word(j)] {
				return true
			}
		}
	case "visit", "visits", "visited", "visiting", "Visiting":
		return true
	}
	return false
}

// commander reports whether a mention names the group's person as the
// commander of forces ("Colonel Gaddafi's forces").
func (g *group) commander() bool {
	for _, m := range g.ms {
		if m.commander {
			return true
		}
	}
	return false
}

// topicCountry returns the country a page is about when it names it far
// more than any other: at least three mentions and at least twice as many
// as the next.
func topicCountry(cms []countryMatch) string {
	counts := map[string]int{}
	for _, m := range cms {
		counts[tables.Countries[m.idx].ISO2]++
	}
	best, second := "", 0
	for c, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && c < best {
			if best != "" && counts[best] > second {
				second = counts[best]
			}
			best = c
		} else if n > second {
			second = n
		}
	}
	if best == "" || counts[best] < 3 || counts[best] < 2*second {
		return ""
	}
	return best
}

// sideOf returns the country of the side or delegation that the sentence
// of token j names before it: "On the Russian side, ...", "From the
// Ukrainian side ...", "The Polish delegation included ...". sent holds
// the sentence of each token.
func (p *parser) sideOf(j int, sent []int32) string {
	for k := j - 1; k >= 1 && k > j-40 && sent[k] == sent[j]; k-- {
		w := p.word(k)
		if w != "side" && w != "delegation" {
			continue
		}
		// the country's word or words just before
		s := k - 1
		for s > 0 && s > k-4 && p.toks[s].is(fCap) && sent[s-1] == sent[j] && p.word(s-1) != "the" && p.word(s-1) != "The" {
			s--
		}
		n, iso := p.country(s)
		if n == 0 || s+n != k {
			continue
		}
		lead := p.word(s - 1)
		if lead != "the" && lead != "The" {
			continue
		}
		if w == "side" {
			// the phrase opens the sentence: "On the Russian side,"
			if pre := p.word(s - 2); (pre == "On" || pre == "on" || pre == "From" || pre == "from" || pre == "For" || pre == "for") && (s-2 == 0 || sent[s-3] != sent[j] || p.word(s-3) == ",") {
				return iso
			}
			continue
		}
		// the delegation is the sentence's subject
		if lead == "The" || s-2 >= 0 && sent[s-2] != sent[j] {
			return iso
		}
	}
	return ""
}

// accompanies reports whether the sentence of token i says that someone
// accompanies someone ("Accompanying the President are ...", "The
// Minister was accompanied by ...") before token i.
func (p *parser) accompanies(i int, sent []int32) bool {
	for k := i - 1; k >= 0 && sent[k] == sent[i]; k-- {
		switch w := p.word(k); w {
		case "Accompanying", "accompanying", "accompanied", "Accompanied":
			return true
		}
	}
	return false
}
