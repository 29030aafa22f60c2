package entities

import (
	"strings"

	"github.com/communique/communique/internal/tables"
)

// The country a page speaks for, and the officials it meets as guests:
// datelines, mastheads, a government's own name, a national institution's
// record, a return to a capital or a welcome to it, the states or
// provinces it names; read by contextAffiliations.

// homeCountry returns the country a page speaks for, from a return to its
// capital ("return to Wellington on Saturday") or a welcome to it
// ("welcomed Indonesia's Foreign Minister to Canberra") by the page's
// principal official or an unnamed subject ("I", "he", "the Minister");
// "" when the cues are absent or disagree; absent, the country of the
// states it names.
func (p *parser) homeCountry(principal *group, sent []int32, by map[*mention]*group) string {
	home := ""
	for i := 0; i < len(p.toks); i++ {
		if p.toks[i].kind != kWord {
			continue
		}
		w := p.word(i)
		var iso string
		// a dateline: "Singapore, 15 April 2024 – ...", "**Nairobi, May 3,
		// 2025** –": the page is issued in its own country; a masthead:
		// "Australian Government", "Government of Canada"
		c := ""
		if p.lineOpens(i) {
			c = p.dateline(i)
		}
		if c == "" && p.lineStart(i) {
			c = p.masthead(i)
		}
		if c == "" && p.lineStart(i) {
			c = p.ownGovernment(i)
		}
		if c != "" {
			if home != "" && home != c {
				return ""
			}
			home = c
			continue
		}
		switch w {
		case "return", "returns", "returned", "returning", "Return", "Returning":
			k := i + 1
			if p.word(k) == "home" {
				k++
			}
			if p.word(k) == "to" {
				_, iso = p.capitalAt(k + 1)
			}
		case "welcome", "welcomed", "welcomes", "welcoming", "Welcome", "Welcoming": // welcomeVerbs
			// "welcomed X to Canberra": the capital within the clause
			for k := i + 1; k < len(p.toks) && k < i+16; k++ {
				t := p.toks[k]
				if t.nl > 0 || t.kind != kWord && p.word(k) != "," && p.word(k) != "'" && p.word(k) != "\u2019" && p.word(k) != "-" {
					break
				}
				if w := p.word(k); w == "me" || w == "us" {
					// "for welcoming me to Dublin": the speaker is the guest
					break
				}
				if p.word(k) == "to" {
					_, iso = p.capitalAt(k + 1)
					break
				}
			}
		}
		if iso == "" || !p.principalActs(i, principal, sent, by) {
			continue
		}
		if principal != nil && principal.country != "" && principal.country != iso && p.namedBefore(i, sent) {
			// the principal returns to a capital not his own
			continue
		}
		if home != "" && home != iso {
			return ""
		}
		home = iso
	}
	if home == "" {
		home = p.regionsHome()
	}
	return home
}

// regionsHome returns the country of the states or provinces a page names,
// twice or more and all of one country, when it names no other country: a
// state government's page ("California", "the California Highway Patrol",
// "the U.S. Environmental Protection Agency") is its country's. A
// territory the regions' table lists ("American Samoa") is a region here,
// and so is a city named as a place ("the Sioux City Police Department",
// "the City of Coral Gables", "in Medford").
func (p *parser) regionsHome() string {
	home, n, other, state := "", 0, "", ""
	city, cities := "", 0 // the country of the cities named as places, "-" for several
	for i := 0; i < len(p.toks); i++ {
		if p.toks[i].kind != kWord || !p.toks[i].is(fCap) {
			continue
		}
		k, iso := p.regionAt(i)
		if k == 0 {
			if c, ciso := p.cityAt(i); c > 0 {
				if city != "" && city != ciso {
					city = "-"
				} else {
					city = ciso
				}
				cities++
				i += c - 1
				continue
			}
		}
		if k == 0 {
			if c, ciso := p.countryName(i); c > 0 {
				if ix, ok := p.x.iso[ciso]; ok && tables.Countries[ix].USState {
					// "Georgia" on a page of US states is the state
					state = ciso
					i += c - 1
					continue
				}
				if other != "" && other != ciso {
					return "" // countries named: their own cues decide
				}
				other = ciso
				i += c - 1
			}
			continue
		}
		if home != "" && home != iso {
			return ""
		}
		home, n = iso, n+1
		i += k - 1
	}
	if home == "" && n == 0 && city != "-" && cities >= 2 && other == "" && state == "" {
		// (the cities count where the page names no state or province and
		// no country: "in Benghazi, Libya" is news from abroad)
		home, n = city, cities
	}
	if state != "" && home != "US" && (other == "" || other == state) {
		other = state
	}
	if n < 2 || other != "" && other != home {
		return ""
	}
	return home
}

// guests returns the officials the principal (or an unnamed subject)
// meets or welcomes: "I welcomed Foreign Minister X to Canberra", "Mr
// Peters will meet Prime Minister Y". They are the home country's guests or
// hosts, not its own.
func (p *parser) guests(principal *group, sent []int32, by map[*mention]*group) map[*group]bool {
	out := map[*group]bool{}
	for k := range p.ms {
		m := &p.ms[k]
		g := by[m]
		if g == nil || g == principal {
			continue
		}
		if verb := p.meetingVerb(m.ti, sent); verb >= 0 && p.principalActs(verb, principal, sent, by) {
			out[g] = true
		}
	}
	return out
}

// meetingVerb returns the meeting or welcoming verb before token ti in its
// sentence, or -1.
func (p *parser) meetingVerb(ti int, sent []int32) int {
	if ti >= len(sent) {
		return -1
	}
	s, _ := sentBounds(ti, sent)
	for i := ti - 1; i >= s; i-- {
		if w := p.word(i); (meetVerbs[w] || welcomeVerbs[w]) && p.word(i+1) != "by" {
			// ("the calls by President X": X calls, he is not called on)
			return i
		}
	}
	return -1
}

// objectOfMeeting reports whether the official named at token ti is met or
// welcomed there.
func (p *parser) objectOfMeeting(ti int, sent []int32) bool {
	return p.meetingVerb(ti, sent) >= 0
}

// namedBefore reports whether an official is named before token i in its
// sentence.
func (p *parser) namedBefore(i int, sent []int32) bool {
	s, _ := sentBounds(i, sent)
	for k := p.msFrom(s); k < len(p.ms) && p.ms[k].ti < i; k++ {
		if m := &p.ms[k]; m.ti >= s && sent[m.ti] == sent[i] {
			return true
		}
	}
	return false
}

// welcomeVerbs are the forms of "welcome".
var welcomeVerbs = wordLists.Set("welcome-verbs")

// lineOpens reports whether token i is the first word of its line, after
// nothing but marks ("**", "*", "#").
func (p *parser) lineOpens(i int) bool {
	for k := i; k >= 0 && k > i-4; k-- {
		if p.lineStart(k) {
			return true
		}
		if p.toks[k-1].kind == kWord {
			return false
		}
	}
	return false
}

// dateline returns the country of a dateline opening a line at token i: a
// capital or a country, a comma and a date with a day and a month
// ("Singapore, 15 April 2024", "Canberra, 3rd May", "Nairobi, May 3, 2025").
func (p *parser) dateline(i int) string {
	n, iso := p.capitalAt(i)
	if n == 0 {
		n, iso = p.countryName(i)
	}
	if n == 0 {
		return p.regionDateline(i)
	}
	if p.word(i+n) != "," {
		return ""
	}
	k := i + n + 1
	if p.toks[k-1].nl > 0 || k >= len(p.toks) || p.toks[k].nl > 0 {
		return ""
	}
	if dayNumber(p.word(k)) && p.has(k+1, cCalendar) {
		return iso
	}
	if p.has(k, cCalendar) && dayNumber(p.word(k+1)) {
		return iso
	}
	return ""
}

// regionDateline returns the country of a dateline that places the page
// in a city of a state or province: "Albany, New York" on a line of its
// own, "SACRAMENTO, California – …", "Toronto, Ontario, May 3, 2024".
func (p *parser) regionDateline(i int) string {
	k := i
	for n := 0; n < 3 && p.isWord(k) && p.toks[k].is(fCap) && (k == i || p.toks[k].nl == 0); n++ {
		k++
	}
	if k == i || p.word(k) != "," || p.toks[k].nl > 0 || k+1 >= len(p.toks) || p.toks[k+1].nl > 0 {
		return ""
	}
	k++
	n, iso := p.regionAt(k)
	if n == 0 {
		return ""
	}
	k += n
	switch {
	case k >= len(p.toks) || p.toks[k].nl > 0, p.word(k) == "-" || p.word(k) == "–" || p.word(k) == "—":
		return iso
	case p.word(k) == "," && (p.has(k+1, cCalendar) || dayNumber(p.word(k+1)) && p.has(k+2, cCalendar)):
		return iso
	}
	return ""
}

// regionAt returns the country of the state or province named at token i
// ("New York", "Ontario", "Scottish"), in title or capital letters.
func (p *parser) regionAt(i int) (n int, iso string) {
	if i < 0 || i >= len(p.toks) || !p.toks[i].is(fCap) {
		return 0, ""
	}
	if p.toks[i].is(fUpper) {
		e := i
		for e < len(p.toks) && e < i+4 && p.isWord(e) && p.toks[e].is(fUpper) && (e == i || p.toks[e].nl == 0) {
			e++
		}
		for ; e > i; e-- {
			if iso := p.x.placeCountry(p.text[p.toks[i].s:p.toks[e-1].e], false); iso != "" {
				return e - i, iso
			}
		}
		// (an abbreviation in capitals may open a region's name: "U.S.
		// Virgin Islands")
	}
	n, v := p.x.regions.match(p.text, p.toks, i, &p.buf)
	if n == 0 {
		return 0, ""
	}
	return n, tables.Countries[v].ISO2
}

// cityAt returns the country of a city named as a place at token i: after
// "in", "of", "at", "from" or "near" ("in Medford", "the City of Coral
// Gables"), before the name of a body it gives its name to ("the Sioux
// City Police Department", "Medford City Council") or as a dateline at a
// line's start ("Enugu, 30 October"). A city's name elsewhere may be a
// person's ("Victoria", "Jackson").
func (p *parser) cityAt(i int) (n int, iso string) {
	if i < 0 || i >= len(p.toks) || !p.toks[i].is(fCap) || p.toks[i].is(fUpper) {
		return 0, ""
	}
	n, v := p.x.citySet().match(p.text, p.toks, i, &p.buf)
	if n == 0 {
		return 0, ""
	}
	e := i + n
	switch {
	case i > 0 && p.toks[i].nl == 0 && cityPrepositions[p.word(i-1)]:
	case e < len(p.toks) && p.toks[e].nl == 0 && p.toks[e].kind == kWord && p.cityBody(e) &&
		!(i > 0 && p.toks[i].nl == 0 && p.toks[i-1].kind == kWord && p.toks[i-1].is(fCap) && p.cls[i-1]&cStop == 0):
		// (not inside a longer name: "the Lower Columbia Community Health
		// Centre" is no body of Columbia)
	case p.lineStart(i) && p.word(e) == ",":
	default:
		return 0, ""
	}
	return n, tables.Countries[v].ISO2
}

// citySet returns the lexicon of cities, built on first use so that New
// stays cheap.
func (x *Extractor) citySet() *phraseSet {
	x.cityOnce.Do(func() {
		x.cities = newPhraseSet(false)
		for _, c := range tables.Cities {
			if i, ok := x.iso[c.ISO2]; ok {
				for _, f := range c.Names {
					x.cities.add(f, i)
				}
			}
		}
	})
	return x.cities
}

// cityBody reports whether the words at token e name a body after a
// city's name: "Police Department", "City Council", "Police".
func (p *parser) cityBody(e int) bool {
	if w := p.word(e); w == "Police" || w == "City" || w == "County" {
		return true
	}
	end, _ := p.institutionTail(e)
	return end > e
}

// cityPrepositions place the city after them (data/words.txt).
var cityPrepositions = wordLists.Set("city-prepositions")

// dayNumber reports whether w is a day of a month: "3", "15", "3rd".
func dayNumber(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(w) > 2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-2]
			break
		}
	}
	if !isDigits(w) || strings.HasSuffix(w, ".") || len(w) > 2 {
		return false
	}
	return w != "0" && w != "00" && (len(w) < 2 || w < "32")
}

// masthead returns the country of a line that names a government alone:
// "Australian Government", "The New Zealand Government", "Government of
// Canada", "HM Government".
func (p *parser) masthead(i int) string {
	lineEnd := func(k int) bool { return k >= len(p.toks) || p.toks[k].nl > 0 }
	k := i
	if w := p.word(k); w == "The" || w == "the" {
		k++
	}
	if p.word(k) == "HM" && p.word(k+1) == "Government" && lineEnd(k+2) {
		return "GB"
	}
	if n, iso := p.country(k); n > 0 && p.word(k+n) == "Government" && lineEnd(k+n+1) {
		return iso
	}
	if p.word(k) == "Government" && p.word(k+1) == "of" {
		k += 2
		if p.word(k) == "the" {
			k++
		}
		if n, iso := p.countryName(k); n > 0 && lineEnd(k+n) {
			return iso
		}
	}
	return ""
}

// ownGovernment returns the country of a line that opens with a
// government speaking of itself: "Alberta’s government is investing …",
// "Ghana's Government has …" (a country's or a state's or province's).
func (p *parser) ownGovernment(i int) string {
	n, iso := p.countryName(i)
	if n == 0 {
		n, iso = p.regionAt(i)
	}
	if n == 0 {
		return ""
	}
	k := p.possessive(i + n)
	if k == 0 || !strings.EqualFold(p.word(i+n+k), "government") {
		return ""
	}
	return iso
}

// institutionWords name the national institutions whose records open with
// their name: "Supreme Court of the United States", "Parliament of the
// Cook Islands".
var institutionWords = wordLists.Set("institution-words")

// institutionHome returns the country of a national institution named on a
// line of its own near the top of the page: "IN THE SUPREME COURT OF THE
// UNITED STATES", "Parliament of the Cook Islands", "", when there is none.
func (p *parser) institutionHome() string {
	// the line ends with the country, or a dash before a subtitle or a
	// rule ("- - - x") follows it
	// A heading in capitals may wrap: "THE / PARLIAMENT OF THE REPUBLIC /
	// OF GHANA" is one name over three lines (or paragraphs, when a
	// reader kept each short line of a converted page as one).
	wraps := func(e int) bool {
		return e > 0 && e < len(p.toks) && p.toks[e].nl > 0 && p.toks[e].is(fUpper) && p.toks[e-1].is(fUpper)
	}
	ends := func(e int) bool { return e >= len(p.toks) || p.toks[e].nl > 0 || p.word(e) == "-" }
	lines := 0
	for i := 0; i < len(p.toks) && lines < 48; i++ {
		if !p.lineStart(i) {
			continue
		}
		lines++
		k := i
		if w := p.word(k); strings.EqualFold(w, "in") || strings.EqualFold(w, "before") {
			k++
		}
		if strings.EqualFold(p.word(k), "the") {
			k++
		}
		from, inst := k, -1
		for n := 0; n < 6 && p.isWord(k) && p.toks[k].is(fCap) && (p.toks[k].nl == 0 || k == i || k == from && wraps(k)) && !strings.EqualFold(p.word(k), "of"); n++ {
			if inst < 0 && lowerIn(institutionWords, p.word(k)) {
				inst = k
			}
			k++
		}
		if inst < 0 {
			continue
		}
		// the place before the institution: "Fijian Parliament", "NEW YORK
		// STATE SENATE", "Scottish Parliament"
		if e := inst; e > from && ends(k) {
			if w := p.word(e - 1); strings.EqualFold(w, "state") || strings.EqualFold(w, "provincial") {
				e--
			}
			if e > from {
				if iso := p.x.placeCountry(p.text[p.toks[from].s:p.toks[e-1].e], true); iso != "" {
					return iso
				}
			}
		}
		// the place after it: "DÁIL ÉIREANN", "Seanad Éireann"
		if ends(k) && k > inst+1 {
			if iso := p.x.placeCountry(p.text[p.toks[inst+1].s:p.toks[k-1].e], false); iso != "" {
				return iso
			}
		}
		if !strings.EqualFold(p.word(k), "of") || p.toks[k].nl > 0 && !wraps(k) {
			continue
		}
		k++
		if strings.EqualFold(p.word(k), "the") {
			k++
		}
		if n, iso := p.countryName(k); n > 0 && ends(k+n) {
			return iso
		}
		// "Legislative Assembly of Ontario", "PARLIAMENT OF FIJI"
		if p.isWord(k) && p.toks[k].is(fCap) {
			// the place ends at a line's end, perhaps one of a wrapped
			// heading's lines
			for e := k + 1; e <= len(p.toks) && e < k+9; e++ {
				if !ends(e) {
					continue
				}
				if iso := p.x.placeCountry(strings.Join(strings.Fields(p.text[p.toks[k].s:p.toks[e-1].e]), " "), false); iso != "" {
					return iso
				}
				if !wraps(e) {
					break
				}
			}
		}
	}
	return ""
}

// placeCountry returns the country s names whole, in title or capital
// letters: a country's name (with adj, also its adjective: "Fijian"), or
// one of its states or provinces ("New York", "Ontario", "Scottish").
func (x *Extractor) placeCountry(s string, adj bool) string {
	name := s
	if strings.ToUpper(s) == s {
		// "REPUBLIC OF GHANA" is "Republic of Ghana": the joining words of
		// a state's name stay in lower case
		name = titleCase(s)
		for _, w := range [...]string{" Of ", " The ", " And "} {
			name = strings.ReplaceAll(name, w, strings.ToLower(w))
		}
	}
	toks := tokenize(nil, name)
	if len(toks) == 0 {
		return ""
	}
	var buf []byte
	if n, v := x.countries.match(name, toks, 0, &buf); n == len(toks) && v >= 0 && (v&3 == formName || adj && v&3 == formAdj) {
		return tables.Countries[v>>2].ISO2
	}
	if n, v := x.regions.match(name, toks, 0, &buf); n == len(toks) {
		return tables.Countries[v].ISO2
	}
	return ""
}

// bodyHome returns the country of the national bodies a page names (the
// bodies the organisations' table ties to a country only: "Riksbank",
// "Department of State"), three times or more and all of one country;
// "" when it names none so often or bodies of two countries.
func (p *parser) bodyHome() string {
	home, n := "", 0
	for i := 0; i < len(p.toks); i++ {
		k, e := p.org(i)
		if k == 0 {
			continue
		}
		i += k - 1
		if e.short != "" || e.country == "" {
			continue
		}
		if home != "" && home != e.country {
			return ""
		}
		home = e.country
		n++
	}
	if n < 3 {
		return ""
	}
	return home
}
