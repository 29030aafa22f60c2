package entities

import "strings"

// This file reads offices that follow a name: as a predicate ("was
// appointed Director"), an object ("named Jane Roe as its chair") or an
// apposition ("Jane Roe, the Minister of Health").

// predicative returns the token after "was appointed", "has been named
// as", "was confirmed today as", where an office follows a name as its
// predicate, or 0.
func (p *parser) predicative(j int) int {
	// "Jane Roe is the Minister of Health", "Jane Roe serves as Director
	// of …": the office she holds now (not "was the": one held before)
	if k := j + 1; p.word(j) == "is" || p.word(j) == "serves" && p.word(k) == "as" {
		if p.word(j) == "serves" {
			k++
		}
		if p.word(k) == "currently" || p.word(k) == "also" {
			k++
		}
		c := k // the office's first word
		if p.word(k) == "the" {
			c++
		} else if p.word(j) != "serves" {
			c = -1
		}
		if c >= 0 && c < len(p.toks) && p.toks[c].is(fCap) && p.toks[k].nl == 0 && p.toks[c].nl == 0 {
			return k
		}
	}
	switch p.word(j) {
	case "was", "is", "has", "had":
	default:
		return 0
	}
	k := j + 1
	if p.word(k) == "been" {
		k++
	}
	if !predicateVerbs[p.word(k)] {
		return 0
	}
	k++
	if p.word(k) == "in" && p.word(k-1) == "sworn" {
		k++
	}
	// a day between: "today", "yesterday", "on Monday"
	switch p.word(k) {
	case "today", "yesterday":
		k++
	case "on":
		if p.isWord(k+1) && p.has(k+1, cCalendar) || weekdays[p.word(k+1)] {
			k += 2
		}
	}
	if p.word(k) == "as" {
		k++
	}
	if k >= len(p.toks) || p.toks[k].nl > 0 {
		return 0
	}
	return k
}

// asObject returns the token of the office given to the object of an
// appointing verb, after "as" and "its", "the" or "their" and "new"
// ("has named Dr. Jane Roe as its new Executive Director", "elected Jane
// Roe as Chair"), and the verb's token, or 0s. r is the name; the verb
// stands before it, an honorific or a title between.
func (p *parser) asObject(r nameRes) (k, verb int) {
	if p.word(r.e) != "as" || r.e+1 >= len(p.toks) || p.toks[r.e+1].nl > 0 {
		return 0, 0
	}
	v := r.s - 1
	for v > 0 && v > r.s-5 && p.isWord(v) && (p.toks[v].is(fCap) || p.cls[v]&cHonor != 0) {
		v-- // "named Dr. …", "elected Board Member …"
	}
	if p.word(v) == "." && v > 0 {
		v--
		for v > 0 && p.isWord(v) && p.toks[v].is(fCap) && v > r.s-6 {
			v--
		}
	}
	// (past what the object was before: "appointed former journalist
	// Jesse Jones as director of …")
	if w := v; !predicateVerbs[p.word(w)] {
		for n := 0; n < 3 && w > 0 && p.isWord(w) && !p.toks[w].is(fCap) && p.word(w) != "and" && p.toks[w].nl == 0; n++ {
			if w--; predicateVerbs[p.word(w)] {
				v = w
				break
			}
		}
	}
	// (or welcomed: "FedRAMP is thrilled to welcome Jane Roe as our new
	// Director")
	if !predicateVerbs[p.word(v)] && !welcomeVerbs[p.word(v)] && !p.appointmentOf(v) && !(p.word(v) == "and" && v == p.asEnd && v > 0) {
		return 0, 0
	}
	k = r.e + 1
	switch p.word(k) {
	case "its", "the", "their", "his", "her", "our":
		k++
	}
	switch p.word(k) {
	case "new", "next", "first", "incoming":
		k++
	}
	if k >= len(p.toks) || !p.isWord(k) {
		return 0, 0
	}
	return k, v
}

// appointmentOf reports whether token v is the "of" after the noun of an
// appointment: "the selection of", "the swearing-in of".
func (p *parser) appointmentOf(v int) bool {
	if p.word(v) != "of" || v < 1 {
		return false
	}
	if w := p.word(v - 1); appointmentNouns[w] {
		return true
	}
	return v >= 3 && p.word(v-1) == "in" && p.word(v-2) == "-" && strings.EqualFold(p.word(v-3), "swearing")
}

// appointmentNouns name the act of giving someone an office: "the
// appointment of Jane Roe as Director".
var appointmentNouns = wordLists.Set("appointment-nouns")

// subjectAffiliation returns the country or organisation named in the
// subject before the verb at token v, on its line, within ten tokens: "The
// U.S. Access Board has named …" is a body of the United States.
func (p *parser) subjectAffiliation(v int) (country, org string) {
	for k := v - 1; k >= 0 && k > v-10 && p.toks[k+1].nl == 0; k-- {
		if n, iso := p.country(k); n > 0 && k+n <= v {
			return iso, ""
		}
		if n, e := p.org(k); n > 0 && k+n <= v {
			if e.short != "" {
				return "", e.short
			}
			return e.country, ""
		}
		if w := p.word(k); w == "." && k > 0 && p.toks[k].nl == 0 && !p.toks[k-1].is(fDots) {
			break // the sentence before
		}
	}
	return "", ""
}

// predicateVerbs make the office after them a name's: "was appointed
// Minister of Health".
var predicateVerbs = wordLists.Set("predicate-verbs")

// weekdays are the days of the week, capitalised.
var weekdays = wordLists.Set("weekdays")

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

// afterPostNominals returns the token after the post-nominal letters at k
// ("CBE", "MP", "OBE"), or k.
func (p *parser) afterPostNominals(k int) int {
	for k < len(p.toks) && p.toks[k].nl == 0 && postNominals[p.word(k)] {
		k++
	}
	return k
}

// nameThenOffice reads "Name, Title" (a name followed by its office).
func (p *parser) nameThenOffice(r nameRes) (end int, ok bool) {
	if p.participleOpener(r.s-1) && p.word(r.e) == "," && (p.word(r.e+1) == "the" || p.word(r.e+1) == "The") {
		// "Quoting Abraham Lincoln, the Senator said": the name is the
		// participle's object, the office the sentence's subject
		return 0, false
	}
	if w := p.word(r.e); w == "(" {
		// "Oana Lungescu (NATO Spokesperson):"
		o, ok := p.parseOffice(r.e + 1)
		if !ok || !o.capital || o.former || o.det != 0 {
			return 0, false
		}
		if w := p.word(o.end); (w == "," || w == ";") && p.toks[o.end].nl == 0 {
			// "Jane Roe (Minister of State, Ministry of Defence)", "(Minister,
			// Prime Minister's Office; and Second Minister for Trade)": the
			// office's body, or more offices held, up to the bracket's close
			o.end = p.bracketTail(&o)
		}
		if p.word(o.end) != ")" {
			return 0, false
		}
		o.end++
		p.addPerson(o, r, false, -1)
		m := &p.ms[len(p.ms)-1]
		m.label = p.lineStart(r.s) && p.word(o.end) == ":"
		return o.end, true
	} else if k, v := p.asObject(r); k > 0 {
		// "The Board has named Dr. Jane Roe as its new Executive
		// Director", "elected Board Member Jane Roe as its new Chair"
		// (an office in lower case names its body: "as director of
		// Results Washington")
		o, ok := p.parseOffice(k)
		if !ok || !(o.capital || o.body || o.country != "" || o.org != "" || p.lowerOfBody(o)) || o.former || o.det != 0 {
			return 0, false
		}
		if !o.capital && p.word(o.end) == "of" {
			// the body it heads is the office's: "director of Results
			// Washington"
			if _, e, words := p.capRun(o.end+1, false); words > 0 {
				o.title += " " + p.surface(o.end, e)
				o.end, o.body = e, true
			}
		}
		if o.country == "" && o.org == "" && (p.word(r.e+1) == "its" || p.word(r.e+1) == "their" || p.word(r.e+1) == "our") {
			// "its" is the appointing body's: "The U.S. Access Board has
			// named …", a body of its country or an organisation
			o.country, o.org = p.subjectAffiliation(v)
		}
		p.addPerson(o, r, false, -1)
		p.asEnd = o.end
		return o.end, true
	} else if k := p.predicative(r.e); k > 0 {
		// "Jane Roe was appointed Minister of Health on Monday", "Jane
		// Roe was confirmed today as Director of the Department of …"
		o, ok := p.parseOffice(k)
		if !ok || !o.capital || o.former || o.det == 2 || !(o.kind == "minister" || o.kind == "official" || o.country != "" || o.body || o.org != "") {
			return 0, false
		}
		p.addPerson(o, r, false, -1)
		return o.end, true
	} else if w != "," && p.word(p.afterPostNominals(r.e)) != "," {
		return 0, false
	}
	// (past a name's letters: "Jules Pipe CBE, the Deputy Mayor for
	// Planning")
	o, ok := p.parseOffice(p.afterPostNominals(r.e) + 1)
	if !ok {
		// a parliament's member by the seat: "Shafiq Qaadri, member for
		// the electoral district of Etobicoke North", "Jane Roe, the
		// Member for Tottenham"
		o, ok = p.memberFor(p.afterPostNominals(r.e) + 1)
	}
	// "Dmytro Kuleba, the foreign minister of Ukraine": a title in lower
	// case needs a country, an organisation or a public body ("Jane Roe,
	// deputy director of the Federal Bureau of Prisons")
	// (a minister's or a local office's title in lower case names its
	// field: "Jane Roe, minister of health", "Dr. Jane Roe, regional
	// medical officer of health")
	lowerPublic := ok && !o.capital && (o.kind == "minister" || o.kind == "local") && (strings.Contains(o.title, " of ") || strings.Contains(o.title, " for "))
	if !ok || !(o.capital || o.body || lowerPublic || (o.country != "" || o.org != "") && (o.kind != "official" || o.orgBefore)) || o.former || o.det == 2 {
		return 0, false
	}
	// a list ("Andrzej Duda, Prime Minister Donald Tusk") is not an apposition
	if nr, ok := p.parseName(o.end, false); ok && !(nr.crossedNL && nr.n < 2) && p.toks[o.end].nl == 0 {
		return 0, false
	}
	if p.word(o.end) == "and" && p.toks[o.end].nl == 0 && o.kind == "official" && o.country == "" && o.org == "" && !o.body {
		// a second office held with the first, when the first names no
		// body of its own: "Zhou Xiaochuan, Chairman of the Committee and
		// Governor of the PBC" (the title stays the first's)
		if o2, ok := p.parseOffice(o.end + 1); ok && o2.capital && !o2.former && o2.det == 0 && (o2.country != "" || o2.org != "" || o2.body || o2.kind != "official") {
			o.country, o.org, o.body = o2.country, o2.org, o2.body
			o.kind = o2.kind
			o.end = o2.end
		}
	}
	if o.country == "" && o.org == "" && p.word(o.end) == "(" && p.toks[o.end].nl == 0 {
		// "Jane Roe, Minister for the Environment (the Netherlands)": the
		// country in brackets after the office
		k := o.end + 1
		if p.word(k) == "the" {
			k++
		}
		if n, iso := p.countryName(k); n > 0 && p.word(k+n) == ")" {
			o.country, o.end = iso, k+n+1
		} else if e := p.bracketedUnit(o.end); e > 0 {
			o.end = e // "Federal Minister for Energy (Power Division)"
		}
	}
	employer := false // an employer named after the title: "Jane Roe, President, Acme Group"
	if o.country == "" && o.org == "" && p.word(o.end) == "," {
		// "X, Minister in the Prime Minister's Department, Malaysia, will
		// visit": the country closes the apposition
		if n, iso := p.countryName(o.end + 1); n > 0 && p.nameBoundary(o.end+1+n) {
			if w := p.word(o.end + 1 + n); w == "," || w == "." || w == ";" || o.end+1+n >= len(p.toks) {
				o.country, o.end = iso, o.end+1+n
			}
		} else if nameEnd, end, iso := p.publicBody(o.end + 1); nameEnd > 0 && (iso != "" || p.ministryAt(o.end+1)) && p.nameBoundary(end) {
			// "X, Director of the Department for Y, Government Inspection
			// Authority of Lao PDR concurred": so does a body of a country,
			// or a ministry of the government the page speaks for ("Mr R
			// Roe, Secretary, Ministry of Finance and Mass Media")
			o.country, o.end = iso, end
			o.body = o.body || iso == ""
		} else if iso, ok := p.pageAcronym(o.end + 1); ok && p.nameBoundary(o.end+2) {
			// "Mr Alvin Koh, Chief Executive, CCS said": a body the page
			// defines
			o.country, o.body, o.end = iso, true, o.end+2
		} else if end, e := p.orgAndUnit(o.end + 1); end > 0 && p.nameBoundary(end) {
			// "Jane Roe, President, European Commission": the organisation
			// (and a unit named after it: "Assistant Director, FBI Cyber
			// Division")
			if e.short != "" {
				o.org = e.short
			} else {
				o.country = e.country
			}
			o.end = end
		} else if k := o.end + 1; end == 0 && !o.body && k < len(p.toks) && p.toks[k].kind == kWord && p.toks[k].is(fCap) && p.toks[k].nl == 0 {
			// (not the next of a list of people with their offices: "Mr.
			// Jane Roe, Federal Minister for Energy, John Doe, Federal
			// Minister for Planning")
			employer = !p.nextNamedOffice(k)
		}
	}
	if !p.nameBoundary(o.end) {
		return 0, false
	}
	p.addPerson(o, r, false, -1)
	m := &p.ms[len(p.ms)-1]
	m.label = p.lineStart(r.s) && (o.end >= len(p.toks) || p.toks[o.end].nl > 0 || p.word(o.end) == ":")
	if (weakTitles[o.title] || o.kind == "official" && !publicOffices[o.title] || employer) && o.country == "" && o.org == "" && !o.body && !m.label && !strings.Contains(o.title, "Police") {
		// "Sanjiv Bhasin, Director, IIFL Securities", "Paul Roe, President,
		// Acme Group (United Kingdom)": a company's post, an official's
		// only when the text confirms it elsewhere; not "Jane Roe, Director
		// of the Federal Bureau of Prisons", nor a police office, a public
		// one ("Francis Roe, the Regional Police Commander") nor one only a
		// state holds ("Jane Roe, Permanent Secretary")
		m.weak = true
	}
	return o.end, true
}

// bracketTail reads what follows an office in brackets after a name, from
// the comma or semicolon at o.end: the office's body ("Ministry of
// Defence", whose country it takes), or more offices and their bodies, up
// to the closing bracket on the same line within thirty tokens, with no
// sentence's end or bracket inside. It returns the closing bracket's
// index, or o.end when the brackets hold anything else.
func (p *parser) bracketTail(o *office) int {
	k := o.end + 1
	if nameEnd, end, iso := p.publicBody(k); nameEnd > 0 && (iso != "" || p.ministryAt(k)) && p.word(end) == ")" {
		if o.country == "" && o.org == "" {
			o.country, o.body = iso, o.body || iso == ""
		}
		return end
	}
	if end, e := p.orgAndUnit(k); end > 0 && p.word(end) == ")" {
		if o.country == "" && o.org == "" {
			if e.short != "" {
				o.org = e.short
			} else {
				o.country = e.country
			}
		}
		return end
	}
	for j := k; j < len(p.toks) && j < k+30 && p.toks[j].nl == 0; j++ {
		switch p.word(j) {
		case ")":
			if j > k && p.toks[k].is(fCap) || p.word(k) == "and" {
				return j
			}
			return o.end
		case "(", ".", "!", "?", ":", "\"", "“", "”":
			return o.end
		}
	}
	return o.end
}

// lowerOfBody reports an office in lower case that names what it heads
// after "of": "director of Results Washington".
func (p *parser) lowerOfBody(o office) bool {
	if strings.Contains(o.title, " of ") || strings.Contains(o.title, " for ") {
		return true
	}
	return p.word(o.end) == "of" && o.end+1 < len(p.toks) && p.toks[o.end+1].is(fCap) && p.toks[o.end+1].nl == 0
}

// memberFor reads "member for" and the seat, capitalised words after "the
// electoral district of", "the riding of" or nothing ("member for
// Etobicoke North", "the Member for Tottenham"), from token k: a
// legislator's office, titled "Member for" and the seat.
func (p *parser) memberFor(k int) (office, bool) {
	start := k
	det := uint8(0)
	if p.word(k) == "the" {
		k, det = k+1, 1
	}
	if w := p.word(k); (w != "member" && w != "Member") || p.word(k+1) != "for" {
		return office{}, false
	}
	j := k + 2
	if p.word(j) == "the" && (p.word(j+1) == "electoral" && p.word(j+2) == "district" || p.word(j+1) == "riding") {
		for j < len(p.toks) && j < k+8 && p.word(j) != "of" {
			j++
		}
		j++ // "of"
	}
	seat := j
	if j = p.placeRun(seat); j == seat {
		return office{}, false
	}
	return office{start: start, end: j, titleS: k, title: "Member for " + p.surface(seat, j), kind: "legislator", det: det, capital: true, multi: true}, true
}
