// Public bodies the lexicon does not know: a body named after an office
// ("Administrator of National Energy Administration of People's Republic
// of China") and the acronyms a page defines for its agencies ("the United
// States National Oceanic and Atmospheric Administration (NOAA)", "the
// Ukrainian energy regulator, NEURC"), which then stand before a title
// ("NOAA Administrator", "NEURC Chairman") as an agency, not a company.

package entities

// publicBody reads the name of a public body at token k ("the National
// Energy Administration of People's Republic of China", "the Department
// for Internal Audit"): capitalised words, joined by "and", "for" or
// "of", ending with a body noun or opening with one, then an optional "of
// <country>". It returns the token after the body's name, the token after
// the whole phrase and the country named, or 0.
func (p *parser) publicBody(k int) (nameEnd, end int, iso string) {
	if p.word(k) == "the" {
		k++
	}
	// "the Commission's Port Harcourt Office": an office of the body the
	// page has named
	if bodyNouns[p.word(k)] && p.word(k-1) == "the" {
		if end, nameEnd := p.possessiveUnit(k + 1); nameEnd > 0 {
			return nameEnd, end, ""
		}
	}
	s, words, last := k, 0, 0
	listed := false // after a comma of a list in the name, before its "and"
	listStart := 0  // the name's end before a list no body noun closed yet
	for k < len(p.toks) && k < s+16 {
		t := p.toks[k]
		if k > s && t.nl > 0 {
			break
		}
		w := p.word(k)
		if t.kind == kWord && t.is(fCap) && !t.is(fUpper) {
			words++
			k++
			last = k
			if bodyNouns[w] && words >= 2 {
				if listed {
					break
				}
				nameEnd, listStart = k, 0
			}
			continue
		}
		if w == "," && words > 0 && p.isWord(k+1) && p.toks[k+1].is(fCap) && p.toks[k+1].nl == 0 {
			// a list of fields in a committee's name: "the Environment,
			// Sustainability, Culture and Sport Committee" (the name ends
			// before the list when no body noun closes it)
			if !listed && listStart == 0 {
				listStart = last
			}
			listed = true
			k++
			continue
		}
		if w == "and" || w == "&" {
			listed = false
		}
		if w == "-" && !t.sp && words > 0 && p.isWord(k+1) && !p.toks[k+1].sp && p.toks[k+1].is(fCap) {
			k++ // "Anti-Corruption"
			continue
		}
		if n, _ := p.countryName(k + 2); w == "of" && words > 0 && p.word(k+1) == "the" && p.isWord(k+2) && p.toks[k+2].is(fCap) && p.toks[k+2].nl == 0 && n == 0 {
			k++ // "the Office of the Special Prosecutor"
			w = "the"
		}
		if (w == "and" || w == "&" || w == "for" || w == "of" || w == "the") && words > 0 && p.isWord(k+1) && p.toks[k+1].is(fCap) {
			if w == "of" {
				c := k + 1
				if p.word(c) == "the" {
					c++
				}
				if n, _ := p.countryName(c); n > 0 {
					break // "of <country>" after the body
				}
			}
			k++
			continue
		}
		break
	}
	if listStart > 0 {
		last = listStart
	}
	if nameEnd == 0 && bodyNouns[p.word(s)] && (words >= 3 || words == 2 && (p.word(s+1) == "of" || p.word(s+1) == "for")) {
		nameEnd = last // "Department for Internal Audit", "Ministry of Health"
	}
	if nameEnd == 0 && words <= 2 && last == k && p.word(last-1) == "Bank" && p.word(k) == "of" {
		// a country's bank named after it: "the Bank of Ghana", "the
		// Central Bank of Nigeria" (not "Bank of America", a company)
		c := k + 1
		if p.word(c) == "the" {
			c++
		}
		if n, cc := p.countryName(c); n > 0 && p.word(c) != "America" && p.nameBoundary(c+n) {
			return c + n, c + n, cc
		}
	}
	if nameEnd == 0 {
		return 0, 0, ""
	}
	if w := p.word(nameEnd); (w == "of" || w == "for") && last > nameEnd {
		nameEnd = last // "the Federal Bureau of Prisons"
	}
	for k := s; k < nameEnd; k++ {
		if p.word(k) == "Directors" || p.word(k) == "Shareholders" {
			return 0, 0, "" // "the Board of Directors": a company's
		}
	}
	end = nameEnd
	// "Government Digital Service (GDS) UK": the body's acronym in
	// brackets and the country it serves after its name
	k = end
	if p.word(k) == "(" && p.isAcronym(k+1) && p.word(k+2) == ")" {
		k += 3
	}
	if n, cc := p.countryName(k); n > 0 && p.nameBoundary(k+n) && p.toks[k].nl == 0 {
		return nameEnd, k + n, cc
	}
	if p.word(end) == "of" {
		c := end + 1
		if p.word(c) == "the" {
			c++
		}
		if n, cc := p.countryName(c); n > 0 {
			if e := c + n; p.word(e) == "Police" && p.toks[e].nl == 0 {
				return nameEnd, e + 1, cc // "… Division of Netherlands Police"
			}
			return nameEnd, c + n, cc
		}
	}
	// "the California Department of Fish and Wildlife", "the Ontario
	// Ministry of Health": a state's or a province's body serves its
	// country
	if n, cc := p.regionAt(s); n > 0 && s+n < nameEnd && !p.toks[s].is(fUpper) {
		return nameEnd, end, cc
	}
	// "the Nigerian Copyright Commission": a body named with its
	// country's adjective
	if n, cc := p.country(s); n > 0 && s+n < nameEnd && !p.toks[s].is(fUpper) {
		return nameEnd, end, cc
	}
	return nameEnd, end, ""
}

// isAcronym reports whether token i is a word of two to six capitals.
func (p *parser) isAcronym(i int) bool {
	if !p.isWord(i) || !p.toks[i].is(fUpper) || p.toks[i].is(fDots) {
		return false
	}
	n := p.toks[i].e - p.toks[i].s
	return n >= 2 && n <= 8 // "UN", "NOAA", "NAVCENT", "SOUTHCOM"
}

// pageAcronym returns whether the acronym at token i is one the page
// defines for a public body, and the country that body serves ("" when
// the definition names none).
func (p *parser) pageAcronym(i int) (iso string, ok bool) {
	if !p.isAcronym(i) {
		return "", false
	}
	if p.acronyms == nil {
		p.acronyms = p.findAcronyms()
	}
	iso, ok = p.acronyms[p.word(i)]
	return iso, ok
}

// findAcronyms reads the acronyms the page defines for public bodies: a
// body's name before the acronym in brackets ("... Atmospheric
// Administration (NOAA)"), or a body noun before it after a comma ("the
// Ukrainian energy regulator, NEURC"); the country is the one named just
// before the body ("the United States (U.S.) National ...", "Singapore's
// Corrupt Practices Investigation Bureau (CPIB)").
func (p *parser) findAcronyms() map[string]string {
	out := map[string]string{}
	for i := 2; i < len(p.toks); i++ {
		if !p.isAcronym(i) {
			continue
		}
		acr := p.word(i)
		if _, seen := out[acr]; seen {
			continue
		}
		if n, _ := p.org(i); n > 0 {
			continue // the lexicon's own
		}
		// the brackets, quotation marks inside them aside: "(NOAA)",
		// "(“CCS”)"
		b, a := i-1, i+1
		for b > 0 && isQuoteStr(p.word(b)) {
			b--
		}
		for a < len(p.toks) && isQuoteStr(p.word(a)) {
			a++
		}
		var last int // the body noun before the acronym
		bracket := p.word(b) == "(" && p.word(a) == ")"
		// "the Competition and Consumer Commission of Singapore (CCS)": a
		// body of the country named after it
		after := ""
		for n := 1; bracket && after == "" && n <= 3 && b-n-2 >= 0; n++ {
			if k, iso := p.countryName(b - n); k == n && p.word(b-n-1) == "of" && bodyNouns[p.word(b-n-2)] {
				after = iso
			}
		}
		switch {
		case bracket && bodyNouns[p.word(b-1)]:
			last = b - 1
		case after != "":
			out[acr] = after
			continue
		case bracket && p.bodyNounBefore(b-1) > 0:
			// "National Council on Disability (NCD)", "Bureau of Labor
			// Statistics (BLS)": a body noun, then its field
			last = p.bodyNounBefore(b - 1)
		case p.word(i-1) == "," && bodyWords[p.word(i-2)]:
			last = i - 2
		default:
			continue
		}
		out[acr] = p.countryBefore(last)
	}
	return out
}

// bodyNounBefore returns the body noun that opens the name ending at
// token e, its field after it in capitalised words joined by "of", "on",
// "for", "and" or "the" ("Council on Disability", "Office of Personnel
// Management"); 0 when there is none.
func (p *parser) bodyNounBefore(e int) int {
	for k := e; k > 0 && k > e-8; k-- {
		t := p.toks[k]
		if t.kind != kWord || k < e && t.nl > 0 {
			return 0
		}
		w := p.word(k)
		if bodyNouns[w] {
			if k == e {
				return 0 // a body noun ending the name is the case above
			}
			return k
		}
		switch {
		case t.is(fCap):
		case k < e && (w == "of" || w == "on" || w == "for" || w == "and" || w == "&" || w == "the"):
		default:
			return 0
		}
	}
	return 0
}

// isQuoteStr reports a quotation mark standing as a token.
func isQuoteStr(w string) bool {
	switch w {
	case "\"", "“", "”", "‘", "’", "'":
		return true
	}
	return false
}

// countryBefore returns the country named in the words of a body's name
// ending at token last, or just before them: capitalised words, "and",
// "of", "for", lower-case words of a description, possessives and a
// bracketed abbreviation ("United States (U.S.) National ...").
func (p *parser) countryBefore(last int) string {
	for k := last; k >= 0 && k > last-16; k-- {
		if n, iso := p.country(k); n > 0 && k+n <= last+1 {
			return iso
		}
		t := p.toks[k]
		if t.nl > 0 {
			break
		}
		w := p.word(k)
		if t.kind == kWord && (t.is(fCap) || t.is(fLower) && !stopLower[w]) {
			continue
		}
		if w == "(" || w == ")" || isAposStr(w) || w == "-" {
			continue
		}
		break
	}
	return ""
}

// stopLower are lower-case words that end the description of a body when
// reading back from its name: a verb or a preposition before it belongs to
// the sentence, not to the name.
var stopLower = wordLists.Set("stop-lower")

// possessiveUnit reads a unit named after a body's possessive at token k
// ("'s European Cybercrime Centre" of "Europol's European Cybercrime
// Centre", "'s Port Harcourt Office"): the end of the phrase and of the
// unit's name, or 0, 0.
func (p *parser) possessiveUnit(k int) (end, nameEnd int) {
	ps := p.possessive(k)
	if ps == 0 {
		return 0, 0
	}
	if end, nameEnd = p.institutionTail(k + ps); nameEnd > k+ps {
		return end, nameEnd
	}
	// a unit known by its acronym: "Director of FDA's INFORMED"
	if u := k + ps; u < len(p.toks) && p.toks[u].kind == kWord && p.toks[u].is(fUpper) && p.toks[u].nl == 0 &&
		len(p.word(u)) >= 2 && len(p.word(u)) <= 10 && p.nameBoundary(u+1) {
		return u + 1, u + 1
	}
	return 0, 0
}
