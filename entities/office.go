// Office phrases: a title with its modifiers, portfolio and the country or
// organisation it names ("Deputy Prime Minister and Minister of Foreign
// Affairs of Belgium").

package entities

import (
	"strings"
)

// parseOffice parses an office phrase starting at token i.
func (p *parser) parseOffice(i int) (o office, ok bool) {
	if i > 0 && chainEnds[p.word(i-1)] && p.toks[i].nl == 0 {
		return o, false // "Datuk Seri Amir Hamzah Azizan": a given name after a chain of styles, not the title "Amir"
	}
	j := i
	o.start = i
	if p.has(j, cDet) {
		d := determiners[p.word(j)]
		o.det = d
		j++
	}
	for styleWords[p.word(j)] {
		// "Jane Roe, Hon’ble Minister of Railways", "Hon. Minister": the
		// style is no part of the office
		j++
		if p.word(j) == "." {
			j++
		}
	}
	for m := 0; m < 4; m++ {
		w := p.word(j)
		switch w {
		case "former", "Former", "retired", "Retired":
			// (a retired officer no longer holds the rank: "retired
			// Supervising Detective Walter Lynch")
			o.former = true
			j++
			continue
		}
		if p.has(j, cMod) {
			if n, _ := p.title(j); n > 0 {
				// a modifier the lexicon holds as part of a title: "Union
				// Minister" is India's
				break
			}
			if k, _ := p.org(j); k < 2 {
				j++
				continue
			}
			// a body's name the modifier opens: "Federal Election
			// Commission Vice Chairman", read below
		}
		if n, iso := p.armedService(j); n > 0 && j+n < len(p.toks) && p.toks[j+n].nl == 0 {
			// a country's armed service before a rank: "Republic of Korea
			// Navy Rear Admiral", "Ghana Army Major General"
			if k, t := p.title(j + n); k > 0 && t.kind == "military" {
				if o.country == "" {
					o.country = iso
				}
				j += n
				continue
			}
		}
		if n, iso := p.country(j); n > 0 {
			// a country before a title: "Polish President", "US Secretary of State"
			if nx := j + n + p.possessive(j+n); nx < len(p.toks) && p.toks[nx].nl > 0 {
				break
			}
			nt := j + n + p.possessive(j+n)
			for p.has(nt, cMod) && p.toks[nt].is(fCap) || rankPrefixes[p.word(nt)] {
				nt++ // "Myanmar's Union Attorney-General", "Polish Acting President", "US Deputy Administrator"
			}
			if k, _ := p.title(nt); k == 0 {
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
		if iso, ok := p.pageAcronym(j); ok {
			// an agency the page defines: "NOAA Administrator", "NEURC Chairman"
			nt := j + 1
			for rankPrefixes[p.word(nt)] {
				nt++
			}
			if k, _ := p.title(nt); k == 0 || p.toks[nt].nl > 0 {
				break
			}
			if o.country == "" {
				o.country = iso
			}
			o.orgBefore, o.body = true, true
			j++
			continue
		}
		if n, e := p.org(j); n > 0 {
			if nx := j + n + p.possessive(j+n); nx < len(p.toks) && p.toks[nx].nl > 0 {
				break
			}
			nt := j + n + p.possessive(j+n)
			for p.has(nt, cMod) && p.toks[nt].is(fCap) || rankPrefixes[p.word(nt)] || p.word(nt) == "new" {
				nt++ // "NASA Deputy Administrator", "NASA deputy administrator", "USAID Regional Representative", "the World Bank's new Director"
			}
			if k, _ := p.title(nt); k == 0 {
				break
			}
			if e.short != "" {
				if o.org == "" {
					o.org = e.short
				}
			} else if o.country == "" {
				o.country = e.country
			}
			o.orgBefore = true
			j += n
			if k := p.possessive(j); k > 0 {
				o.orgPossessive = true
				j += k
				if p.word(j) == "new" {
					j++ // "the World Bank's new Country Director"
				}
			}
			continue
		}
		if n := p.localPlace(j); n > 0 {
			// the county or city a local office serves: "the Medina County
			// Auditor", "the Los Angeles City Attorney"
			j += n
			continue
		}
		break
	}
	if p.governmentLevel(j) {
		if n, t := p.title(j + 1); n > 0 && t.kind == "officer" {
			j++ // "State Chief Data Officer"
		}
	}
	n, t := p.title(j)
	pre := j // a rank before a title the lexicon holds without it: "Deputy Administrator"
	if n == 0 {
		for k := j; k < j+3 && rankPrefixes[p.word(k)]; k++ {
			if n, t = p.title(k + 1); n > 0 {
				j = k + 1
				break
			}
		}
		if n == 0 {
			// portfolios joined before a minister's title: "Education and
			// Training Minister", "Police and Corrective Services Minister"
			if m, mn, mt := p.joinedPortfolios(j); m > 0 {
				pre, j, n, t = j, m, mn, mt
			}
		}
		if n == 0 {
			return o, false
		}
	}
	if j > 0 && !p.toks[j].sp && (p.word(j-1) == "-" || p.word(j-1) == "/") {
		// part of a compound: "Minister-President", "High Representative/Vice-President"
		return o, false
	}
	// a state or province before the title: "British Columbia Premier",
	// "California Governor": the office is of the state's country, and
	// the name before the title no company's
	region := ""
	if o.country == "" && o.org == "" && o.start == j && o.det == 0 && p.toks[j].is(fCap) {
		for k := j - 1; k >= 0 && k >= j-3 && p.isWord(k) && p.toks[k].is(fCap) && !p.toks[k].is(fUpper) && p.toks[k+1].nl == 0; k-- {
			// (in title case: "KABUL, AFGHANISTAN Attorney General" is a
			// dateline)
			if n, iso := p.regionAt(k); n == j-k {
				region = iso
				break
			}
		}
	}
	if j > 0 && region == "" && p.corporate(j-1, t) {
		return o, false
	}
	if region != "" {
		o.country, o.adjCountry = region, true
	}
	if w := p.word(j + n); (w == "Officer" || w == "Officers") && (t.kind == "head" || t.kind == "official") {
		return o, false // "Chief Executive Officer": a company's post, not an office
	}
	if t.kind == "officer" {
		// "Chief Technology Officer": companies have the post too; it is
		// an office only where the text ties it to government
		if !p.publicOfficer(&o, j, n) {
			return o, false
		}
		o.body = true
		if pre == j && j > o.start && p.governmentLevel(j-1) {
			pre = j - 1 // "State Chief Data Officer"
		}
		t.kind = "official"
	}
	o.titleS = pre
	o.capital = p.toks[pre].is(fCap)
	o.allcaps = true
	for k := j; k < j+n; k++ {
		if p.toks[k].kind == kWord && !p.toks[k].is(fUpper) {
			o.allcaps = false
		}
	}
	o.multi = n > 1
	o.kind, o.def, o.plural = t.kind, t.def, t.plural
	parts := []string{p.titleText(j, j+n, t, o)}
	if pre < j {
		prefix := p.surface(pre, j)
		if !p.toks[pre].is(fCap) {
			prefix = titleCase(prefix) // "deputy administrator"
		}
		parts[0] = prefix + " " + parts[0]
		t.abbr = false
	}
	j += n
	// chained titles: "Deputy Prime Minister and Defence Minister"
	if w := p.word(j); w == "and" || w == "/" {
		if k, t2 := p.title(j + 1); k > 0 && p.toks[j+1].is(fCap) == o.capital && p.word(j+1+k) != "Officer" && t2.kind != "officer" {
			{
				if p.word(j) == "/" {
					parts[len(parts)-1] += "/" + p.titleText(j+1, j+1+k, t2, o)
				} else {
					parts = append(parts, p.titleText(j+1, j+1+k, t2, o))
				}
				if o.def == "" {
					o.def = t2.def
				}
				if o.kind == "official" && t2.kind == "minister" {
					o.kind = t2.kind // "Director and Minister of Health" is a minister
				}
				j += 1 + k
			}
		}
	}
	// "President and CEO", "Chairman and Chief Executive Officer": a
	// company's officer, no public office
	if p.word(j) == "and" && companyPost(p, j+1) {
		return o, false
	}
	// a portfolio that goes on: "Minister for Development and Africa",
	// "Minister of Justice and Community Services"
	if last := parts[len(parts)-1]; (p.word(j) == "and" || p.word(j) == "&") && (strings.Contains(last, " for ") || strings.Contains(last, " of ")) {
		if e := p.portfolio(j + 1); e > 0 {
			parts[len(parts)-1] += " " + p.surface(j, e)
			j = e
		}
	} else if p.word(j) == "," && (strings.Contains(last, " for ") || strings.Contains(last, " of ")) {
		// a list of portfolios: "Minister of Industry, Investment and
		// Commerce" (not "Minister of Health, Dr. Jane Roe")
		if e := p.portfolio(j + 1); e > 0 && (p.word(e-2) == "and" || p.word(e-3) == "and" && p.word(e-2) == "the") {
			parts[len(parts)-1] += p.surface(j, e)
			j = e
		}
	}
	// "Minister in the Prime Minister's Department", "Minister in the
	// Presidency": a minister without portfolio placed in an office
	if p.word(j) == "in" && p.word(j+1) == "the" && strings.HasSuffix(parts[len(parts)-1], "Minister") {
		for k := j + 2; k < len(p.toks) && k < j+9 && p.toks[k].nl == 0; k++ {
			w := p.word(k)
			if w == "Department" || w == "Office" || w == "Presidency" {
				parts[len(parts)-1] += " " + p.surface(j, k+1)
				j = k + 1
				break
			}
			if !(p.toks[k].kind == kWord && p.toks[k].is(fCap)) && !isAposStr(w) && w != "s" {
				break
			}
		}
	}
	// "Secretary to the President", "Adviser to the Prime Minister": the
	// office an officer serves belongs to the title; not in "Press
	// Secretary to President Jane Roe", whose name is the President's
	if p.word(j) == "to" && p.word(j+1) == "the" {
		k := j + 2
		if n, _ := p.title(k); n > 0 && p.toks[k].is(fCap) && p.toks[k].nl == 0 &&
			!(p.isWord(k+n) && p.toks[k+n].is(fCap)) {
			parts[len(parts)-1] += " " + p.surface(j, k+n)
			j = k + n
		} else if nameEnd, end, iso := p.publicBody(k); nameEnd > 0 && p.ministryAt(k) {
			// "Secretary to the Ministry of Finance": the ministry an
			// officer serves
			parts[len(parts)-1] += " " + p.surface(j, nameEnd)
			if o.country == "" {
				o.country = iso
			}
			o.body, j = true, end
		}
	}
	// "Minister of Finance II": the second of two ministers of a portfolio
	if w := p.word(j); (w == "II" || w == "III") && p.toks[j].nl == 0 && o.kind == "minister" {
		parts[len(parts)-1] += " " + w
		j++
	}
	// "DIG Police Digvijay Negi", "Commissioner Customs Jane Roe": the
	// service an officer's title names after it, before the name
	if serviceAfterTitle[p.word(j)] && p.isWord(j+1) && p.toks[j+1].is(fCap) && p.toks[j].nl == 0 && p.toks[j+1].nl == 0 &&
		p.cls[j+1]&(cTitle|cStop) == 0 {
		parts[len(parts)-1] += " " + p.word(j)
		j++
	}
	// "of Poland", "of the North Atlantic Treaty Organization (NATO)", "to NATO"
	for m := 0; m < 2; m++ {
		w := p.word(j)
		if w != "of" && w != "to" && w != "for" && w != "at" {
			break
		}
		k := j + 1
		if p.word(k) == "the" {
			k++
		}
		if w == "at" {
			// "Minister of State at the Ministry of Foreign Affairs": the
			// public body the office is held in
			nameEnd, end, iso := p.publicBody(k)
			if nameEnd == 0 {
				break
			}
			for c := k + 2; c < nameEnd; c++ {
				if portfolioEnds[p.word(c-1)] && (p.givenNameAt(c) || p.cls[c]&cHonor != 0) {
					// "… at the Ministry of Foreign Affairs (Dr.) Mohammed
					// Al Khulaifi": the holder's name after the body's
					nameEnd, end = c, c
					break
				}
			}
			// (the title stays the office's own, as in an apposition:
			// "Special Investigator at the Anti-Corruption Agency")
			if o.country == "" {
				o.country = iso
			}
			o.body = true
			j = end
			continue
		}
		// a country's armed service ("Commander of the Sri Lanka Army",
		// "Vice Chief of the Army Staff of the Indian Army"), a royal
		// house's seat ("Crown Prince of Abu Dhabi", "Ruler of Dubai") or
		// a country's government ("Special Envoy of the Chinese
		// Government"): the country's office, the words the title's
		if w == "of" {
			n, iso := p.armedService(k)
			if n == 0 && o.kind == "royal" {
				n, iso = p.capitalAt(k)
			}
			if n == 0 {
				n, iso = p.governmentOf(k)
			}
			if n > 0 {
				if o.country == "" {
					o.country = iso
				}
				parts[len(parts)-1] += " " + p.surface(j, k+n)
				j = k + n
				continue
			}
		}
		if n, iso := p.stateName(k); n > 0 {
			if w == "of" || w == "for" && o.kind == "minister" && o.multi && !strings.Contains(parts[len(parts)-1], " for ") {
				// "finance minister for the Palestinian Authority": a
				// portfolio already given, the country is the one served
				if o.country == "" {
					o.country = iso
				}
			} else {
				e := k + n
				if w == "to" && p.word(e) == "and" {
					// "Ambassador to France and the Principality of Monaco":
					// accredited to two states
					k2 := e + 1
					if p.word(k2) == "the" {
						k2++
					}
					if n2, _ := p.stateName(k2); n2 > 0 {
						e = k2 + n2
					}
				}
				parts[len(parts)-1] += " " + p.surface(j, e)
				n = e - k
			}
			j = k + n
			if w == "of" {
				// the country's body: "Director of the U.S. Census
				// Bureau", whose name is no person's
				if end, _ := p.institutionTail(j); end > j {
					o.body = true
					j = end
				}
			}
			continue
		}
		// (an official's or officer's public body after "for" is no
		// portfolio: "Administrator for the Federal Motor Carrier Safety
		// Administration", below)
		bodyFor := w == "for" && (o.kind == "official" || o.kind == "officer") && o.org == ""
		if bodyFor {
			nameEnd, _, _ := p.publicBody(k)
			bodyFor = nameEnd > 0
		}
		if (w == "for" || w == "of" && strings.HasSuffix(parts[len(parts)-1], "Minister")) && !bodyFor {
			// "Minister for Europe", "Minister of Lands and Survey"
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
		if iso, ok := p.pageAcronym(k); ok && w == "of" && (o.kind == "official" || o.kind == "head") && o.country == "" && o.org == "" {
			// "Director of CPSO", "Director of the IDCC", "Director General
			// of GDS U.K.": a body the page defines, and the country after
			// it (not "Director of FDA’s INFORMED", the body's own unit)
			end, ciso := k+1, iso
			if n, c := p.countryName(end); n > 0 {
				end, ciso = end+n, c
			}
			if p.nameBoundary(end) {
				parts[len(parts)-1] += " " + p.surface(j, k+1)
				o.country, o.body, j = ciso, true, end
				continue
			}
		}
		if n, e := p.org(k); n > 0 {
			if w == "of" {
				if e.short != "" && o.org == "" {
					o.org = e.short
				} else if e.short == "" && o.country == "" {
					// "director of the FBI": a government's body, as a
					// public body the lexicon does not know
					o.country, o.body = e.country, true
				}
				// "Head of Europol's European Cybercrime Centre": a unit
				// of the organisation, named after it
				if end, nameEnd := p.possessiveUnit(k + n); nameEnd > 0 {
					parts[len(parts)-1] += " " + p.surface(j, nameEnd)
					j = end
					continue
				}
				// "Director of the FBI Cyber Division": a unit whose name
				// opens with the organisation's
				if end, nameEnd := p.institutionTail(k + n); nameEnd > k+n {
					parts[len(parts)-1] += " " + p.surface(j, nameEnd)
					j = end
					continue
				}
			} else {
				parts[len(parts)-1] += " " + p.surface(j, k+n)
			}
			j = k + n
			continue
		}
		if w == "of" && o.kind == "local" && o.country == "" && o.org == "" {
			if nameEnd, end, iso := p.publicBody(k); nameEnd > 0 && iso != "" {
				// "Governor of the Bank of Ghana": a public body of the
				// country, no place
				parts[len(parts)-1] += " " + p.surface(j, nameEnd)
				o.country, o.body, j = iso, true, end
				continue
			}
			// "Governor of New York", "Mayor of Springfield": the place
			// a local office serves, not a country
			e := k
			for e < len(p.toks) && e < k+6 && p.isWord(e) && p.toks[e].is(fCap) && p.toks[e].nl == 0 {
				e++
			}
			// "Governor of Texas Greg Abbott", "Mayor of New York City
			// Eric Adams": the place ends where a given name begins
			named := false
			if f := k; publicWords[p.word(f)] && !p.toks[f].is(fUpper) {
				// "Superintendent of Police Sandeep Dhawal": a public
				// service is no place, the name begins after it
				for f < e && publicWords[p.word(f)] {
					f++
				}
				if f < e && e-f >= 2 && f > k {
					e, named = f, true
				}
			}
			for c := k + 1; c < e && !named; c++ {
				if p.has(c, cGiven) {
					if r, ok := p.parseName(c, false); ok && r.n >= 2 && !r.crossedNL {
						e, named = c, true
						break
					}
				}
			}
			if !named && e > k+3 {
				e = k + 3 // a place of three words at most
			}
			if e > k && (named || p.nameBoundary(e)) {
				parts[len(parts)-1] += " " + p.surface(j, e)
				// the country of a known place: a state or province, a
				// capital or a city ("Mayor of Athens", "Chief Minister
				// of Sindh", "Governor of New York")
				if iso := p.x.placeCountry(p.surface(k, e), false); iso != "" {
					o.country = iso
				} else if n, iso := p.capitalAt(k); n == e-k {
					o.country = iso
				} else if n, iso := p.cityAt(k); n == e-k {
					o.country = iso // (a city after "of", as cityAt reads one)
				}
				j = e
				continue
			}
		}
		if (w == "of" || w == "for" && (o.kind == "official" || o.kind == "officer")) && o.org == "" &&
			(o.kind == "official" || o.kind == "org" || o.kind == "officer" || o.kind == "minister" && p.ministryAt(k)) {
			// "Administrator of National Energy Administration of People's
			// Republic of China": a public body the lexicon does not know;
			// "Chief of Police for the Sioux City Police Department",
			// "Chief Counsel for the Federal Motor Carrier Safety
			// Administration"; a minister's deputy of a ministry: "Deputy
			// Secretary of the Ministry of Law"
			if nameEnd, end, iso := p.publicBody(k); nameEnd > 0 {
				parts[len(parts)-1] += " " + p.surface(j, nameEnd)
				if o.country == "" {
					o.country = iso
				}
				o.body = true
				j = end
				continue
			}
		}
		if w == "of" && k == j+2 && p.isWord(k) && p.toks[k].is(fCap) && institutionNouns[p.word(k)] && p.toks[k].nl == 0 &&
			(p.word(k+1) == "and" || p.nameBoundary(k+1) && p.word(k+1) != "of" && p.word(k+1) != "for" && p.word(k+1) != "to" && p.word(k+1) != "on") {
			// "Chairman of the Committee": the body the text is about,
			// named by its noun alone
			parts[len(parts)-1] += " " + p.surface(j, k+1)
			j = k + 1
			continue
		}
		if w == "of" && o.kind == "official" {
			// "Director of Health and Wellbeing", "Director of Public
			// Prosecutions": a field of government, as a minister's
			if e := p.portfolio(j + 1); e > 0 {
				parts[len(parts)-1] += " " + p.surface(j, e)
				j = e
				continue
			}
		}
		break
	}
	// "The IMF's Financial Counsellor and Director of the Monetary and
	// Capital Markets Department": a department of the organisation the
	// possessive names
	if p.word(j) == "of" && o.orgPossessive && o.org != "" {
		if nameEnd, end, _ := p.publicBody(j + 1); nameEnd > 0 {
			parts[len(parts)-1] += " " + p.surface(j, nameEnd)
			j = end
		}
	}
	// "Commissioner at NEURC": an agency the page defines
	if p.word(j) == "at" && o.country == "" && o.org == "" {
		the := 0 // "at the World Bank"
		if p.word(j+1) == "the" {
			the = 1
		}
		if iso, ok := p.pageAcronym(j + 1); ok && iso != "" {
			o.country = iso
			j += 2
		} else if n, e := p.org(j + 1 + the); n > 0 {
			if e.short != "" {
				o.org = e.short
			} else {
				o.country = e.country
			}
			j += 1 + the + n
			if cn, _ := p.countryName(j); cn > 0 && e.short != "" && p.toks[j].nl == 0 && p.nameBoundary(j+cn) {
				j += cn // the organisation's office in a country: "Chief of Mission at IOM Ukraine"
			}
		} else if nameEnd, end, iso := p.publicBody(j + 1); nameEnd > 0 && (iso != "" || o.kind == "official") {
			// "Special Investigator at the Anti-Corruption Bureau of
			// Brunei", "Director of Health at the Ministry of Health"
			o.country, o.body, j = iso, true, end
		}
	}
	// a second office, of a body the page names, held with the first
	// before the holder's name: "Chief Secretary for Administration and
	// CBLPSC Chairman, Mr Chan Kwok-ki"
	if p.word(j) == "and" && o.capital {
		k := j + 1
		for k < j+4 && p.isWord(k) && p.toks[k].is(fCap) && p.toks[k].nl == 0 && p.cls[k]&cTitle == 0 {
			k++
		}
		if n2, t2 := p.title(k); n2 > 0 && k > j+1 && t2.kind != "officer" && p.word(k+n2) == "," {
			parts = append(parts, p.surface(j+1, k+n2))
			j = k + n2
		}
	}
	o.title = strings.Join(parts, " and ")
	o.end = j
	return o, true
}

// companyPost reports a company officer's post at token k: "CEO", "COO",
// "Chief Executive Officer", "Founder", "Co-Founder", "Managing
// Director".
func companyPost(p *parser, k int) bool {
	switch p.word(k) {
	case "CEO", "COO", "CFO", "Founder", "Co-Founder", "Cofounder":
		return true
	case "Chief":
		return p.word(k+1) == "Executive" && p.word(k+2) == "Officer" || p.word(k+1) == "Operating"
	case "Managing":
		return p.word(k+1) == "Director"
	}
	return false
}

// publicOfficer reports whether the officer's post of n tokens at j
// ("Chief Data Officer") is a government's: a country, an organisation or
// a level of government before it ("U.S. Chief Technology Officer", "State
// Chief Data Officer"), a public body after it ("Chief Executive Officer
// of the Port Authority of Jamaica"), or a public office it is held with
// ("Chief Technology Officer and Assistant to the President").
func (p *parser) publicOfficer(o *office, j, n int) bool {
	return o.country != "" || o.org != "" || p.publicOfficerAt(j, n)
}

// publicOfficerAt is publicOfficer for the post alone, without what an
// office phrase has read before it.
func (p *parser) publicOfficerAt(j, n int) bool {
	if p.governmentLevel(j-1) && p.toks[j].nl == 0 {
		return true
	}
	e := j + n
	if p.word(e) == "(" && p.word(e+2) == ")" {
		e += 3 // "Chief Executive Officer (Acting) of the ..."
	}
	switch p.word(e) {
	case "of", "at", "for":
		nameEnd, _, _ := p.publicBody(e + 1)
		if nameEnd > 0 {
			return true
		}
		// a government's body or an organisation the lexicon knows:
		// "Chief Information Officer of FDA", "of the FBI"
		k := e + 1
		if p.word(k) == "the" {
			k++
		}
		n, _ := p.org(k)
		return n > 0
	case "and":
		k, t := p.title(e + 1)
		return k > 0 && t.kind != "officer" && t.kind != "head" && p.toks[e+1].is(fCap) && !companyPost(p, e+1)
	}
	return false
}

// governmentLevel reports a capitalised word of governmentLevels at token
// k: "State" of "State Chief Data Officer".
func (p *parser) governmentLevel(k int) bool {
	return k >= 0 && governmentLevels[p.word(k)] && p.toks[k].is(fCap)
}

// governmentLevels are the words that make a post before which they stand
// a government's: "State Chief Data Officer".
var governmentLevels = wordLists.Set("government-levels")

// publicWords name public services before a title ("Forest Service
// Chief"): see publicRun.
var publicWords = wordLists.Set("public-words")

// serviceAfterTitle are the services an officer's title may name after
// it, before the name: "DIG Police Digvijay Negi".
var serviceAfterTitle = wordLists.Set("service-after-title")

// publicRun reports whether the capitalised words that end at token k, on
// its line, name a public service by one of publicWords or of bodyNouns:
// "Federal Highway" of "Federal Highway Administrator", "Yellowstone
// National Park" of "… Park Superintendent".
func (p *parser) publicRun(k int) bool {
	for n := 0; n < 4 && k >= 0 && p.isWord(k) && p.toks[k].is(fCap) && p.toks[k+1].nl == 0; n, k = n+1, k-1 {
		if w := p.word(k); publicWords[w] || bodyNouns[w] {
			return true
		}
	}
	return false
}

// rankPrefixes may stand before a title to make a lower rank of it:
// "Deputy Administrator", "associate administrator".
var rankPrefixes = wordLists.Set("rank-prefixes")

// portfolioEnds are the words that may end a portfolio: "for Foreign and
// Commonwealth Affairs", "for European and Eurasian Affairs".
var portfolioEnds = wordLists.Set("portfolio-ends")

// endsPortfolio reports whether a name, a country or another office
// begins at token k.
func (p *parser) endsPortfolio(k int) bool {
	if p.cls[k]&(cHonor|cGiven) != 0 {
		return true
	}
	if n, _ := p.country(k); n > 0 {
		return true
	}
	n, _ := p.title(k)
	return n > 0
}

// portfolio returns the token after a portfolio starting at j (0 if none):
// capitalised words joined by "and", commas and "the", ending with a
// portfolio word.
func (p *parser) portfolio(j int) int {
	if e := p.regionRemit(j); e > 0 {
		return e
	}
	end, last := 0, 0
	named := false // the run stopped where a name begins, right after its last capitalised word
	for k := j; k < len(p.toks) && k < j+10; k++ {
		t := p.toks[k]
		if t.nl > 1 {
			break
		}
		w := p.text[t.s:t.e]
		if t.kind == kWord && !portfolioEnds[w] && p.endsPortfolio(k) {
			// the portfolio has ended where a name, a country or another
			// office begins: "Minister of Justice and Community Services
			// Don Ken Stephen and Samoa Minister of Justice"
			named = k == last && p.cls[k]&(cHonor|cGiven) != 0
			break
		}
		if t.kind == kWord && t.is(fCap) && !t.is(fUpper) {
			if portfolioEnds[w] {
				end = k + 1
			}
			last = k + 1
			continue
		}
		if w == "and" || w == "&" || w == "," || w == "the" || w == "of" || w == "-" {
			continue
		}
		if t.kind == kWord && t.is(fUpper) && end > 0 && k > j && (p.word(k-1) == "&" || p.word(k-1) == "and") {
			// an acronym closing the list: "Electronics & IT"
			end, last = k+1, k+1
		}
		break
	}
	// a word or two more of the portfolio's name where the phrase ends:
	// "Minister of Energy and Climate Solutions.", "Minister for
	// Recreation, Sport and Racing)", "… Finance and the Recovery,"
	if end > 0 && (last == end+1 || (last == end+2 || last == end+3 && p.word(end+1) == "the") && (p.word(end) == "and" || p.word(end) == "&")) && last < len(p.toks) && p.toks[last].nl == 0 {
		switch p.word(last) {
		case ".", ",", ";", ")", ":":
			end = last
		default:
			if named {
				end = last // "Minister for Technological Innovation and Digitization Paola Pisano"
			}
		}
	}
	return end
}

// regionRemit returns the token after a region's remit at token j, or 0:
// capitalised words (countries among them), commas, "and" and "the",
// then "region": "the Middle East, North Africa, Afghanistan and Pakistan
// region", "the South Asia Region".
func (p *parser) regionRemit(j int) int {
	caps := 0
	for k := j; k < len(p.toks) && k < j+16; k++ {
		t := p.toks[k]
		if k > j && t.nl > 0 {
			return 0
		}
		w := p.word(k)
		switch {
		case (w == "region" || w == "Region") && caps > 0 && p.isWord(k-1) && p.toks[k-1].is(fCap):
			return k + 1
		case t.kind == kWord && t.is(fCap):
			caps++
		case w == "," || w == "and" || w == "the" && k == j:
		default:
			return 0
		}
	}
	return 0
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
	if tk.kind != kWord || !tk.is(fCap) || p.cls[k]&(cCountry|cOrg|cTitle|cStop|cDet) != 0 || tk.e-tk.s < 2 {
		return false // (a letter is no company: the "E" of "H.E President")
	}
	if k+1 < len(p.toks) && p.toks[k+1].nl > 0 {
		return false // the word ends the line before: no company names the title
	}
	if _, ok := p.pageAcronym(k); ok {
		return false // an agency the page defines: "NEURC Chairman"
	}
	if p.publicRun(k) {
		return false // a public service: "Federal Highway Administrator"
	}
	if w := p.word(k); len(w) > 5 && !p.toks[k].is(fUpper) && adjectiveEnding(w) {
		return false // a kind of the office, no company: "Investigative Counsel", "Regional Director"
	}
	// a capitalised word opening a sentence may be any word ("Will
	// President Zelenskyy come?")
	return !isSentenceStart(p.text, p.toks, k)
}

// titleText is the title as written, or its lexicon form when the text
// writes it in capitals or lower case or abbreviates it.
func (p *parser) titleText(s, e int, t titleEntry, o office) string {
	if p.toks[s].is(fCap) && !o.allcaps && !t.plural && !t.abbr && !p.capsHead(s, e) {
		if sf := p.surface(s, e); strings.IndexByte(sf, '(') < 0 {
			return sf
		}
		return p.wordsOf(s, e) // without the acronym dropTitleAcronyms left out
	}
	return t.canon
}

// wordsOf returns the words of tokens [s, e) joined by single spaces,
// and punctuation as the text sets it: the text of the tokens alone.
func (p *parser) wordsOf(s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s && p.toks[k].sp {
			b.WriteByte(' ')
		}
		b.WriteString(p.word(k))
	}
	return b.String()
}

// capsHead reports a title whose head is in capitals and the rest in small
// letters, as a record prints the chair's office: "The SPEAKER pro
// tempore".
func (p *parser) capsHead(s, e int) bool {
	if !p.toks[s].is(fUpper) || len(p.word(s)) < 3 || p.has(s, cOrg|cCountry) {
		return false
	}
	for k := s + 1; k < e; k++ {
		if w := p.word(k); w != "" && w[0] >= 'a' && w[0] <= 'z' && p.toks[k].sp {
			return true
		}
	}
	return false
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

// armedService returns the tokens and country of a country's armed service
// named at token k: "Sri Lanka Army", "Indian Navy", "Nigerian Air Force",
// "Australian Defence Force".
func (p *parser) armedService(k int) (n int, iso string) {
	c, iso := p.country(k)
	if c == 0 {
		return 0, ""
	}
	if p.possessive(k+c) > 0 {
		c += 2 // "India's Army"
	}
	w := p.word(k + c)
	if armedServices[w] {
		return c + 1, iso
	}
	if w2 := p.word(k + c + 1); w2 != "" && len(w)+len(w2) < 48 {
		var buf [48]byte
		if armedServices[string(append(append(append(buf[:0], w...), ' '), w2...))] { // "Air Force", without a copy
			return c + 2, iso
		}
	}
	return 0, ""
}

// localPlace returns the number of capitalised words at k, one to three,
// that name the place of a local office whose title opens with the kind of
// place after them ("Medina County Auditor", "Los Angeles City Attorney"),
// or 0.
func (p *parser) localPlace(k int) int {
	for n := 1; n <= 3 && k+n < len(p.toks); n++ {
		t := p.toks[k+n-1]
		if t.kind != kWord || !t.is(fCap) || t.is(fUpper) || t.nl > 0 && n > 1 || p.cls[k+n-1]&(cTitle|cDet) != 0 {
			return 0
		}
		if localPlaceKinds[p.word(k+n)] && p.toks[k+n].nl == 0 {
			if m, t := p.title(k + n); m > 1 && t.kind == "local" {
				return n
			}
		}
	}
	return 0
}

// localPlaceKinds open the titles of local offices: "County Auditor",
// "City Attorney", "Town Clerk".
var localPlaceKinds = wordLists.Set("local-place-kinds")

// stateForms open a country's formal name before "of": "Republic of
// Namibia", "Federal Republic of Nigeria", "Kingdom of Lesotho".
var stateForms = wordLists.Set("state-forms")

// stateFormMods qualify a state form: "Federal Republic", "Grand Duchy".
var stateFormMods = wordLists.Set("state-form-mods")

// stateName returns the country named at token i, by its name or by its
// formal name when the lexicon lacks it ("Republic of Namibia",
// "Federal Republic of Somalia"): the state form, "of" and the name.
func (p *parser) stateName(i int) (n int, iso string) {
	if n, iso := p.countryName(i); n > 0 {
		return n, iso
	}
	k := i
	for k < i+2 && stateFormMods[p.word(k)] {
		k++
	}
	if !stateForms[p.word(k)] || p.word(k+1) != "of" {
		return 0, ""
	}
	k += 2
	if p.word(k) == "the" {
		k++
	}
	if n, iso := p.countryName(k); n > 0 {
		return k + n - i, iso
	}
	return 0, ""
}

// adjectiveEnding reports a word with an adjective's ending ("Investigative",
// "Regional", "Supervisory", "Supervising"), which names a kind of office
// rather than a company before a title.
func adjectiveEnding(w string) bool {
	for _, suf := range [...]string{"ive", "al", "ary", "ory", "ing"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// joinedPortfolios reads portfolios joined by "and" (and commas) before a
// minister's title at token j: capitalised words, at least one "and", then
// a title of a minister ending in "Minister" ("Training Minister" or
// "Minister"). It returns the title's token, length and entry, or 0.
func (p *parser) joinedPortfolios(j int) (m, n int, t titleEntry) {
	and := false
	for k := j; k < len(p.toks) && k < j+7; k++ {
		w := p.word(k)
		if k > j && p.toks[k].nl > 0 {
			return 0, 0, titleEntry{}
		}
		if w == "and" || w == "," {
			if k == j || p.word(k-1) == "and" || p.word(k-1) == "," {
				return 0, 0, titleEntry{}
			}
			and = and || w == "and"
			continue
		}
		if !p.isWord(k) || !p.toks[k].is(fCap) || p.toks[k].is(fDots) {
			return 0, 0, titleEntry{}
		}
		n, t := p.title(k)
		if k > j && and && n > 0 && t.kind == "minister" && p.word(k+n-1) == "Minister" {
			return k, n, t
		}
		if k > j && n > 0 || p.cls[k]&(cHonor|cGiven) != 0 {
			// another office or a name: "Secretary Blinken and Foreign
			// Minister Kofod", "Jane Roe and Health Minister John Doe"
			return 0, 0, titleEntry{}
		}
		if c, _ := p.country(k); c > 0 {
			return 0, 0, titleEntry{} // a place: "Washington, D.C. …"
		}
	}
	return 0, 0, titleEntry{}
}
