package entities

// This file reads the names an office phrase introduces ("Foreign Minister
// Jane Roe", "the ministers of Poland and Estonia, Jane Roe and John Doe"),
// and the government, party and state around them.

// officeName finds the name an office phrase introduces and records the
// mention; it returns the token after it.
func (p *parser) officeName(o office) (end int, ok bool) {
	if o.former {
		return 0, false
	}
	if o.plural {
		return p.pluralNames(o)
	}
	// a qualifier in brackets between the office and the name: "Minister
	// for Trade and Industry (Trade) Mr Lim Hng Kiang"
	if e := p.bracketedUnit(o.end); e > 0 && o.capital && !p.has(o.end+1, cHonor) && p.toks[e].nl == 0 {
		if r, ok := p.parseName(p.skipStyle(e), false); ok && r.n >= 2 && !r.crossedNL {
			o.end = e
		}
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
	if r, ok := p.parseName(j, false); ok && !((r.crossedNL || p.toks[j].nl > 0) && r.n < 2 && !p.sentenceGoesOn(r.e)) &&
		!(j < len(p.toks) && p.toks[j].nl > 1 && !o.allcaps) {
		// (a name after a blank line opens a paragraph of its own: "…,
		// Uruguayan ambassador to the U.S.\n\nHeide Fulton, U.S. ambassador")
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
				if e, ok := p.bylineOffice(r, o.start, false); ok {
					return e, true
				}
			}
			// "General Christopher Cavoli, Supreme Allied Commander Europe,"
			if p.word(end) == "," {
				o2, ok := p.parseOffice(end + 1)
				lowerOK := false
				if ok && !o2.capital && o.kind == "military" && o2.title != o.title {
					// a rank's command in lower case: "Vice Adm. Jane Roe,
					// commander of NAVCENT,", "Gen. John Doe, commander of
					// U.S. Central Command,"
					of := o2.start
					for of < o2.end && p.word(of) != "of" {
						of++
					}
					if e := p.commandOf(of + 1); p.word(of) == "of" && e > 0 && (o2.org == "" || e > o2.end) {
						o2.title = o2.title + " of " + p.surface(of+1, e)
						o2.org, o2.end, lowerOK = "", e, true
						// the unit's country: a unit the page defines
						// ("U.S. Naval Forces Central Command (NAVCENT)")
						// or one named after its country
						if iso, ok := p.pageAcronym(of + 1); ok && iso != "" && o2.country == "" {
							o2.country = iso
						} else if n, iso := p.country(of + 1); n > 0 && o2.country == "" {
							o2.country = iso
						}
					}
				}
				if ok && o2.org != "" {
					// "Chairman of the EU Military Committee (CEUMC)": a
					// body of the organisation, named after it
					if e, te := p.institutionTail(o2.end); e > o2.end {
						o2.title, o2.end = p.surface(o2.titleS, te), e
					}
				}
				if ok && (o2.capital || lowerOK) && o2.det != 2 && !o2.former && p.nameBoundary(o2.end) && !p.officeFollows(o2.end) {
					// (not the office of the next name, after its comma: "Chief
					// Constable Pam Kelly, Deputy Police and Crime
					// Commissioner, Eleri Thomas and …")
					next := false
					if p.word(o2.end) == "," && p.toks[o2.end].nl == 0 {
						nr, ok := p.parseName(o2.end+1, false)
						next = ok && nr.n >= 2 && !nr.crossedNL && p.toks[o2.end+1].nl == 0
					}
					if _, named := p.parseName(o2.end, false); (!named || p.toks[o2.end].nl > 0) && !next {
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
	// the office's acronym between it and the apposition: "the Special
	// Prosecutor (OSP), Mr. Kissi Agyebeng"
	if p.word(o.end) == "(" && p.isAcronym(o.end+1) && p.word(o.end+2) == ")" && p.word(o.end+3) == "," {
		o.end += 3
	}
	// appositive: "the President of Poland, Andrzej Duda"; "our prime minister, Sanna Marin"
	// (a national title after a list's comma or "and" opens its own
	// apposition: "EU Commissioner Thierry Breton, French Minister for the
	// Economy, Finance and the Recovery, Bruno Le Maire and German Minister
	// for Economic Affairs and Energy, Peter Altmaier")
	listItem := o.adjCountry && o.capital && o.start > 0 && (p.word(o.start-1) == "," || p.word(o.start-1) == "and")
	if p.word(o.end) == "," && (o.det > 0 || o.orgPossessive || o.capital && p.appositionOpens(o.start) || listItem) {
		k := o.end + 1
		// a minister's seat between the comma and the name: "Minister of
		// Industry, Investment and Commerce, Senator the Hon. Aubyn Hill"
		if n, t := p.title(k); n > 0 && t.kind == "legislator" && o.kind == "minister" && p.toks[k].is(fCap) {
			if p.word(k+n) == "the" && p.has(k+n+1, cHonor) {
				k += n + 1
			}
		}
		k += p.possessiveStyle(k) // "…, His Excellency Fernando Nogales"
		for n := 0; n < 3 && p.has(k, cHonor); n++ {
			k++
			if p.word(k) == "." {
				k++
			}
		}
		k += p.memberStyle(k) // "the Minister for Health, Deputy Stephen Donnelly"
		// a rank between the comma and the name: "Pakistan's High
		// Commissioner to Sri Lanka, Maj. Gen. Faheem Ul Aziz,"
		if n, t := p.title(k); n > 0 && t.kind == "military" && p.toks[k].is(fCap) && o.orgPossessive {
			k += n
		}
		if r, ok := p.parseName(k, false); ok && r.n >= 2 && p.nameBoundary(r.e) {
			if o.det == 0 && !o.orgPossessive && (p.word(r.e) == "from" || p.word(r.e) == "at" || p.word(r.e) == "with") {
				// "Governor, Jane Roe from the Courier.": a reporter
				// addressing the Governor, then naming themselves
				return 0, false
			}
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
		k += p.memberStyle(k) // "Minister for Housing (Deputy Darragh O’Brien):"
		if r, ok := p.parseName(k, false); ok && p.word(r.e) == ")" {
			p.addPerson(o, r, false, -1)
			p.ms[len(p.ms)-1].te = r.e + 1
			return r.e + 1, true
		}
	}
	return 0, false
}

// bracketedUnit returns the token after a unit's name in brackets at
// token k, up to six capitalised words on the line, "and" or "of" between
// them ("(Power Division)", "(Smart Nation and Digital Government)"), or 0.
func (p *parser) bracketedUnit(k int) int {
	if p.word(k) != "(" {
		return 0
	}
	j := k + 1
	for ; j < len(p.toks) && j <= k+6 && p.toks[j].kind == kWord && p.toks[j].nl == 0; j++ {
		// capitalised words, "and" or "of" between them: "(Smart Nation
		// and Digital Government)"
		if !p.toks[j].is(fCap) && !(j > k+1 && (p.word(j) == "and" || p.word(j) == "of") && j+1 < len(p.toks) && p.toks[j+1].is(fCap)) {
			break
		}
	}
	if j == k+1 || p.word(j) != ")" || p.toks[j].nl > 0 {
		return 0
	}
	return j + 1
}

// officeColonName reads a header line that names a person after the
// office and a colon, and nothing else: "President: Bill Clinton". Not a
// speaker's label before the words ("PRESIDENT: Thank you."): the name is
// a full one and closes the line.
func (p *parser) officeColonName(i int) (end int, ok bool) {
	o, ok := p.parseOffice(i)
	if !ok || o.start != i || o.former || o.plural || o.det != 0 || !o.capital || p.word(o.end) != ":" || p.toks[o.end].nl > 0 {
		return 0, false
	}
	r, ok := p.parseName(o.end+1, false)
	if !ok || r.n < 2 || r.crossedNL || p.toks[o.end+1].nl > 0 || r.e < len(p.toks) && p.toks[r.e].nl == 0 {
		return 0, false
	}
	p.addPerson(o, r, false, -1)
	return r.e, true
}

// nextNamedOffice reports whether a person's full name with an office
// after its comma stands at token k: the next item of a list of people
// with their offices.
func (p *parser) nextNamedOffice(k int) bool {
	s := p.skipStyle(k)
	r, ok := p.parseName(s, false)
	if !ok || r.n < 2 && s == k || r.crossedNL || p.word(r.e) != "," {
		// (one name after a style will do: "Shri Harivansh, Deputy Chairman")
		return false
	}
	o, ok := p.parseOffice(r.e + 1)
	return ok && o.capital && !o.former && o.det == 0
}

// appositionOpens reports whether an office at token i without a
// determiner may open an apposition ("ACER Director, Jane Roe, welcomed";
// "alongside Minister of Energy, John Doe"): it opens a sentence or a
// line, or follows a word in lower case; after a comma or a name it is an
// item of a list ("John Doe, Prime Minister, Jane Roe").
func (p *parser) appositionOpens(i int) bool {
	if i == 0 || p.toks[i].nl > 0 {
		return true
	}
	if p.isWord(i - 1) {
		return p.toks[i-1].is(fLower) && p.word(i-1) != "and"
	}
	switch p.word(i - 1) {
	case ".", ":", "–", "—", "\"", "“", "”":
		return i == 1 || p.toks[i-1].nl > 0 || p.word(i-1) != "." || p.toks[i].sp
	case ",":
		// after an opening adverb: "Accordingly, Secretary to the
		// Ministry of Finance, Mr. S R Attygalle"
		if i >= 2 && openingAdverbs[p.word(i-2)] && isSentenceStart(p.text, p.toks, i-2) {
			return true
		}
		// after the sentence's opening phrase: "In the keynote address,
		// Minister of Finance II, YB Datuk Seri Amir Hamzah Azizan,
		// highlighted"
		for k := i - 2; k >= 0 && k >= i-12; k-- {
			if !p.isWord(k) {
				return false
			}
			if isSentenceStart(p.text, p.toks, k) {
				return openingPrepositions[p.word(k)]
			}
		}
	}
	return false
}

// openingPrepositions open a phrase before a sentence's subject: "In the
// keynote address, Minister of Finance …".
var openingPrepositions = map[string]bool{"In": true, "At": true, "During": true, "On": true, "After": true, "Before": true,
	"Following": true, "Upon": true, "Later": true, "Earlier": true}

// institutionTail reads, from token k, the capitalised words of a body's
// name that end with an institution's noun ("Military Committee", "Health
// Ministry"), and the acronym in brackets after them ("(CEUMC)"). It
// returns the token after all that and the token after the name, or k, k.
func (p *parser) institutionTail(k int) (end, nameEnd int) {
	j := k
	for j < len(p.toks) && j-k < 4 && p.toks[j].kind == kWord && p.toks[j].is(fCap) && p.toks[j].nl == 0 {
		j++
		if institutionNouns[p.word(j-1)] {
			nameEnd = j
		}
	}
	if nameEnd == 0 {
		return k, k
	}
	end = nameEnd
	if p.word(end) == "(" && end+2 < len(p.toks) && p.toks[end+1].is(fUpper) && p.word(end+2) == ")" {
		end += 3
	}
	return end, nameEnd
}

// orgAndUnit reads an organisation at token k and the unit whose name
// goes on from it ("FBI Cyber Division"): the end of both, or 0.
func (p *parser) orgAndUnit(k int) (end int, e orgEntry) {
	n, e := p.org(k)
	if n == 0 {
		return 0, e
	}
	end = k + n
	if te, nameEnd := p.institutionTail(end); nameEnd > end {
		end = te
	}
	return end, e
}

// officeFollows reports whether a comma and another office come at token
// j: "President Karzai, Minister of Justice, Attorney General" lists three
// people's offices, it gives Karzai no second one. An office followed by a
// name of its own opens the next item of a list of people ("Admiral Jane
// Roe, Chief of the Naval Staff, Air Marshal John Doe, Chief of Air
// Staff"), so it does not count.
func (p *parser) officeFollows(j int) bool {
	if p.word(j) != "," {
		return false
	}
	k := j + 1
	if p.word(k) == "and" {
		k++
	}
	o, ok := p.parseOffice(k)
	if !ok || !o.capital {
		return false
	}
	if r, named := p.parseName(p.skipStyle(o.end), false); named && r.n >= 2 && p.toks[o.end].nl == 0 {
		return false
	}
	return true
}

// nameList reads up to twenty-four names from token j joined by commas and
// "and" ("Biden and Erdoğan", "Sikorski, Baerbock and Barrot"), each on
// the line of the one before and perhaps followed by a bracket ("Liu Wei
// (Ministry of Finance)"); full takes only names of two words or more that
// cross no line, the first perhaps on the next line. It returns the names
// and the token after the last one's joining word, if any.
func (p *parser) nameList(j int, full bool) (names []nameRes, end int) {
	for len(names) < 60 && j < len(p.toks) {
		if p.toks[j].nl > 0 && !(full && len(names) == 0) {
			break // (a full list may open on the line after its colon)
		}
		k := j
		if s := p.skipStyle(j); s > j && s < len(p.toks) && p.toks[s].nl == 0 {
			k = s // a style before each name: "Ministers Shri Jane Roe and Shri John Doe"
		}
		r, ok := p.parseName(k, false)
		if !ok || full && (r.n < 2 || r.crossedNL) {
			break
		}
		names = append(names, r)
		j = r.e
		if p.word(j) == "(" {
			k := j + 1
			for k < len(p.toks) && k < j+10 && p.toks[k].nl == 0 && p.word(k) != ")" {
				k++
			}
			if p.word(k) != ")" {
				break
			}
			j = k + 1
		}
		if p.word(j) == "," {
			j++
		}
		if p.word(j) == "and" {
			j++
		} else if p.word(j-1) != "," {
			break
		}
	}
	return names, j
}

// pluralNames reads the names after a plural title: "Presidents Biden and
// Erdoğan", "Foreign Ministers Sikorski, Baerbock and Barrot".
func (p *parser) pluralNames(o office) (end int, ok bool) {
	if !o.capital && o.country == "" && o.org == "" {
		return 0, false
	}
	if s := o.start; s >= 2 && p.word(s-1) == "of" && (p.word(s-2) == "House" || institutionNouns[p.word(s-2)]) {
		return 0, false // a body's name: "Speaker of the House of Representatives Rt. Hon. B. U. Nzeribe"
	}
	names, _ := p.nameList(o.end, false)
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
var peerTitles = wordLists.Set("peer-titles")

// weakTitles are titles that companies, clubs and leagues share
// (data/phrases.txt): with a one-word name and no country or organisation
// they make an official only when confirmed elsewhere.
var weakTitles = phraseLists.Set("weak-titles")

// publicOffices are the offices of the "official" kind only a state holds;
// see data/phrases.txt.
var publicOffices = phraseLists.Set("public-offices")

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
	if p.word(j) == "(" {
		// "Sen. Jane Roe (D-ND)", "Chairman John Doe (R-MO)": an American
		// politician by the party and state after the name
		if e, ok := p.usPartyState(j); ok {
			if o.country == "" {
				o.country = "US"
			}
			return e
		}
	}
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
	if n, iso := p.governmentOf(k); n > 0 {
		// "Special Envoy Zhai Jun of the Chinese Government"
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

// governmentOf reads a country's adjective and "Government" at token k
// ("Chinese Government", "Austrian Federal Government"): the tokens read
// and the country, or 0.
func (p *parser) governmentOf(k int) (int, string) {
	n, iso := p.country(k)
	if n == 0 {
		return 0, ""
	}
	e := k + n
	if w := p.word(e); w == "Federal" || w == "federal" || w == "National" || w == "national" {
		e++
	}
	if w := p.word(e); w == "Government" || w == "government" {
		if p.isWord(e+1) && p.toks[e+1].is(fCap) && p.toks[e+1].nl == 0 {
			// a body named after it ("the UK Government Digital Service"),
			// unless a person's name follows
			if r, ok := p.parseName(e+1, false); !ok || r.n < 2 || p.has(e+1, cOrg) {
				return 0, ""
			}
		}
		return e + 1 - k, iso
	}
	return 0, ""
}

// usPartyState reads the bracket after an American legislator's name that
// gives the party's initial and the state's postal code: "Sen. Jane Roe
// (D-ND)", "Rep. John Doe (R-MO)". j is the opening bracket; it returns the
// token after the closing one.
func (p *parser) usPartyState(j int) (end int, ok bool) {
	switch p.word(j + 1) {
	case "D", "R", "I":
	default:
		return 0, false
	}
	dash := p.word(j + 2)
	st := p.word(j + 3)
	if dash != "-" && dash != "\u2013" || p.word(j+4) != ")" || len(st) != 2 ||
		st[0] < 'A' || st[0] > 'Z' || st[1] < 'A' || st[1] > 'Z' {
		return 0, false
	}
	return j + 5, true
}
