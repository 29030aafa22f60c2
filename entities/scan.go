// Finding the mentions of office-holders: titles before and after names,
// plural titles, speaker labels and anaphors.

package entities

import "strings"

// scan finds the mentions.
func (p *parser) scan() {
	toks := p.toks
	lastEnd, lastMention := -10, -1
	if p.roster = p.rosterLines(); p.roster != nil {
		p.rosterTitle = rosterHouse(p.text)
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != kWord {
			continue
		}
		if l, ok := p.roster[i]; ok && p.lineStart(i) {
			p.addRoster(l)
			i = l.end - 1
			lastEnd, lastMention = -10, -1
			continue
		}
		if t.is(fCap) {
			if n, e := p.org(i); n > 0 {
				if e.short != "" {
					p.orgCnt[e.short]++
				} else {
					p.orgCnt["="+e.country]++
				}
			}
		}
		// the Clerk reading a division's names: "CLERK: Jane Roe, John Doe,
		// …"; a division's table: "YEAS — 38" over 38 names
		if p.lineStart(i) && (t.is(fCap) || t.is(fUpper)) {
			if end, ok := p.divisionList(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
			if end, ok := p.rollCall(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		// a house's list of its members present, each styled on a line
		// of their own: "THE HONOURABLE JANE ROE, G.B.S., J.P."
		if p.lineStart(i) && (t.is(fCap) || t.is(fUpper)) {
			if end, ok := p.styledRoster(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		// a witness's statement head: "STATEMENT OF JANE ROE, SECRETARY OF LABOR"
		if p.lineStart(i) && t.is(fCap) {
			if end, ok := p.statementHead(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		// an appearance: "JANE ROE, ESQ., Solicitor General, …" (at a
		// line's start, or anywhere with "ESQ.": a scrape may have joined
		// the lines of the list)
		if t.is(fUpper) && (i == 0 || p.isWord(i-1) || p.word(i-1) == "." || p.word(i-1) == ";" || p.lineStart(i)) {
			if end, ok := p.appearanceLine(i, !p.lineStart(i)); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		// speaker labels in capitals: "SECRETARY BLINKEN:", "MR PRICE:"
		if p.lineStart(i) && (t.is(fUpper) || p.word(i) == "The" && p.honStyle(i+1)) {
			if end, ok := p.capsLabel(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		if p.lineStart(i) && t.is(fCap) && !t.is(fUpper) {
			if end, ok := p.titledCapsLabel(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		if p.numberedQuestion(i) && t.is(fCap) {
			// "1. Mr David Roe (Delyn) (Lab): When …", "Q4. [901234] …"
			if end, ok := p.memberLabel(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		if (p.lineStart(i) || p.numberedQuestion(i)) && t.is(fCap) {
			// "2. Mr. Marten asked the Secretary of State for …"
			if end, ok := p.askedMember(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
			if end, ok := p.motionMember(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		if p.lineStart(i) && t.is(fCap) {
			if end, ok := p.memberLabel(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
			if end, ok := p.plainMemberLabel(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		// a page's header naming its speaker after the office:
		// "President: Bill Clinton", "Minister: Jane Roe"
		if p.lineStart(i) && t.is(fCap) && t.s < 400 {
			if end, ok := p.officeColonName(i); ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		// a participant's name alone on its line over their office ("PETYA
		// KOEVA BROOKS" over "Deputy Director, Research Department",
		// "JANE ROE MP" over "MINISTER FOR HOME AFFAIRS")
		if p.lineStart(i) && t.is(fCap) && p.cls[i]&cHonor == 0 {
			caps := t.is(fUpper)
			if r, ok := p.parseName(i, caps); ok && r.n >= 2 && !r.crossedNL {
				for r.n > 2 && r.last == r.e-1 && postNominals[p.word(r.last)] {
					// "JANE ROE MP": the post-nominal is no part of the name
					r.e, r.last, r.n = r.e-1, r.e-2, r.n-1
				}
				if end, ok := p.bylineOffice(r, i, caps); ok {
					i = end - 1
					lastEnd, lastMention = -10, -1
					continue
				}
			}
		}
		w := p.word(i)
		if w == "members" || w == "Members" {
			// "Current NCD Council members include Jane Roe, John Doe …",
			// "Jane Roe, John Doe and Ann Poe attended the meeting as
			// committee members"
			end, ok := p.memberList(i)
			if !ok {
				end, ok = p.memberListBefore(i)
			}
			if ok {
				i = end - 1
				lastEnd, lastMention = -10, -1
				continue
			}
		}
		if p.cls[i]&cHonor != 0 && !(w == "Lady" && p.word(i-1) == "First") {
			j := i + 1
			if p.word(j) == "." && !toks[j].sp {
				j++
			}
			// a chain of styles: "YB Dato' Seri Mohamed Nazri"
			for p.cls[i]&cHonor != 0 && j < len(toks) {
				if isAposStr(p.word(j)) && !toks[j].sp {
					j++
				}
				if j >= len(toks) || p.cls[j]&cHonor == 0 {
					break
				}
				j++
				if p.word(j) == "." && !toks[j].sp {
					j++
				}
			}
			// a byline: "The Hon Richard Marles MP" over "Deputy Prime Minister"
			if r, ok := p.parseName(j, false); ok && r.n >= 2 {
				if end, ok := p.bylineOffice(r, styleStart(p, i), false); ok {
					i = end - 1
					lastEnd, lastMention = -10, -1
					continue
				}
			}
			if r, ok := p.parseName(j, false); ok && (r.n >= 2 || peerTitles[w] || r.n == 1 && p.word(r.e) == "," && !r.crossedNL) {
				// "Lord Collins of Highbury, Minister for Africa"
				if peerTitles[w] && p.word(r.e) == "of" && p.isWord(r.e+1) && p.toks[r.e+1].is(fCap) {
					r.e += 2
				}
				// "Ms. Amina J. Mohammed, Deputy Secretary-General of the
				// United Nations"; "Mr Rutte, NATO Secretary General" (a
				// surname alone takes a public office only: not "Mr Roe,
				// Director, Acme Group")
				n := len(p.ms)
				if end, ok := p.nameThenOffice(r); ok {
					if m := &p.ms[len(p.ms)-1]; r.n == 1 && (m.weak || m.label) {
						p.ms = p.ms[:n]
					} else {
						m.alias = p.surface(i, r.e)
						i = end - 1
						lastEnd, lastMention = end, len(p.ms)-1
						continue
					}
				}
			}
			if w == "Hon" || w == "Honourable" || w == "Honorable" {
				// "Hon Samuel Johnfiah" in a legislature's own record: a
				// member of the house, as its Hansard styles them
				if r, ok := p.parseName(j, false); ok && r.n >= 2 && r.n <= 4 && !r.crossedNL && p.debatesHeading() {
					home, _ := p.recordHome()
					p.addMember(i, r, r.e, home, false)
					i = r.e - 1
					continue
				}
			}
			if r, ok := p.parseName(j, false); ok && r.n <= 3 && !(r.crossedNL && r.n < 2) {
				m := mention{kind: mHonor, name: p.nameString(r, false), n: r.n, sur: p.surname(r),
					span: Span{int(t.s), int(toks[r.e-1].e)}, alias: p.surface(i, r.e), ti: i, ts: i, te: r.e, listPrev: -1}
				m.first = p.givenOf(r)
				p.ms = append(p.ms, m)
				i = r.e - 1
				continue
			}
		}
		if w == "Deputy" {
			if end, ok := p.deputyMember(i); ok {
				lastEnd, lastMention = end, len(p.ms)-1
				i = end - 1
				continue
			}
		}
		if p.cls[i]&(cDet|cCountry|cOrg|cTitle|cMod|cRank) == 0 && !p.isAcronym(i) {
			// no office phrase can start here
		} else if n, te := p.title(i); n > 1 && te.kind == "officer" && !p.publicOfficerAt(i, n) {
			// a company's post ("Chief Technology Officer Jane Roe"): no
			// office, and none of its words begins a name
			i += n - 1
			continue
		} else if o, ok := p.parseOffice(i); ok {
			if o.former {
				// "former Vice President Joe Biden": not an office holder
				if r, ok := p.parseName(o.end, false); ok {
					i = r.e - 1
				} else {
					i = o.end - 1
				}
				continue
			}
			if end, ok := p.officeName(o); ok {
				m := &p.ms[len(p.ms)-1]
				if gap := o.start - lastEnd; lastMention >= 0 && gap >= 1 && gap <= 2 && p.listGap(lastEnd, o.start) {
					m.listPrev = lastMention
				}
				lastEnd, lastMention = end, len(p.ms)-1
				i = end - 1
				continue
			}
			if o.det > 0 && !o.former && !o.plural && (o.capital || o.det == 1 && o.kind != "military") {
				p.ms = append(p.ms, mention{kind: mAnaphor, title: o.title, tkind: o.kind, def: o.def,
					country: o.country, org: o.org, explicit: o.country != "" || o.org != "",
					span: Span{int(t.s), int(toks[o.end-1].e)}, alias: p.surface(o.start, o.end), ti: i, listPrev: -1})
			}
			i = o.end - 1
			continue
		}
		if w == "counterpart" || w == "counterparts" {
			if end, ok := p.counterpart(i); ok {
				i = end - 1
				continue
			}
		}
		if !t.is(fCap) || t.is(fUpper) {
			continue
		}
		// "Andrzej Duda, President of Poland"; "Mark Rutte, NATO Secretary General"
		if r, ok := p.parseName(i, false); ok {
			// "Michelle Roe MLA": a member of a legislature by the letters
			// after her name
			// (after a comma too, and with the seat: "Steve Roe, MLA for
			// Kootenay-Monashee")
			k := r.e
			if p.word(k) == "," && r.n >= 2 {
				k++
			}
			if w := p.word(k); r.n >= 2 && legislatorLetters[w] && k < len(toks) && toks[k].nl == 0 {
				end, title := k+1, w
				if e := p.seatAfter(end); e > end {
					end, title = e, p.surface(k, e)
				}
				if title != w || end >= len(toks) || !toks[end].is(fCap) || p.word(end) == "MP" {
					p.addPerson(office{start: k, end: end, titleS: k, title: title, kind: "legislator", capital: true}, r, false, -1)
					lastEnd, lastMention = end, len(p.ms)-1
					i = end - 1
					continue
				}
			}
			if r.n >= 2 || p.lineStart(i) {
				if end, ok := p.nameThenOffice(r); ok {
					i = end - 1
					lastEnd, lastMention = end, len(p.ms)-1
					continue
				}
			}
			if r.n == 1 && p.day != 0 && !p.x.opts.NoHolders && p.leaderOfGovernment(r.e) {
				// "the Trump administration", "the Modi government": the
				// head of that government, whom the list of office-holders
				// names on the page's day
				m := mention{kind: mHonor, name: p.nameString(r, false), n: 1, sur: p.surname(r), govt: true,
					span: Span{int(toks[r.s].s), int(toks[r.e-1].e)}, ti: i, ts: i, te: r.e, listPrev: -1}
				p.ms = append(p.ms, m)
			}
			// a full name from the list of office-holders ("my counterpart,
			// Dmytro Kuleba"), or one that may name an official met elsewhere
			if r.n >= 2 {
				kind := mName
				if !p.x.opts.NoHolders {
					if p.x.heldFull(foldName(p.surface(r.first, r.last+1)), p.day) {
						kind = mHolder
					}
				}
				p.ms = append(p.ms, mention{kind: kind, name: p.nameString(r, false), n: r.n,
					first: p.givenOf(r), sur: p.surname(r), given: r.first >= 0 && p.has(r.first, cGiven),
					span: Span{int(toks[r.s].s), int(toks[r.e-1].e)}, ti: i, listPrev: -1})
			}
			i = r.e - 1
		}
	}
}

// leaderOfGovernment reports a government's noun at token k, after a
// one-word name: "administration", "government", "regime".
func (p *parser) leaderOfGovernment(k int) bool { return governmentNouns[p.word(k)] }

// governmentNouns name a government after its head's surname
// (data/words.txt).
var governmentNouns = wordLists.Set("government-nouns")

// counterpart reads "his Latvian counterpart Baiba Braže" or "my
// counterpart, Dmytro Kuleba": the person holds the office of the official
// last named before, for the country the adjective gives.
func (p *parser) counterpart(i int) (end int, ok bool) {
	country := ""
	if n, iso := p.country(i - 1); n == 1 {
		country = iso
	}
	j := i + 1
	if p.word(j) == "," {
		j++
	}
	r, ok := p.parseName(j, false)
	if !ok || r.n < 2 || !p.nameBoundary(r.e) {
		return 0, false
	}
	title, tkind := "", ""
	for k := len(p.ms) - 1; k >= 0; k-- {
		if m := &p.ms[k]; m.kind == mPerson && m.title != "" {
			title, tkind = m.title, m.tkind
			break
		}
	}
	if title == "" {
		return 0, false
	}
	o := office{start: i, titleS: i, kind: tkind, country: country}
	p.addPerson(o, r, false, -1)
	m := &p.ms[len(p.ms)-1]
	m.explicit = country != ""
	m.guess = title
	return r.e, true
}

// listGap reports whether tokens [a, b) only separate list items: ",",
// "and", ", and".
func (p *parser) listGap(a, b int) bool {
	for k := a; k < b; k++ {
		switch p.word(k) {
		case ",", "and":
		default:
			return false
		}
	}
	return true
}

// officeName finds the name an office phrase introduces and records the
// mention; it returns the token after it.
func (p *parser) officeName(o office) (end int, ok bool) {
	if o.former {
		return 0, false
	}
	if o.plural {
		return p.pluralNames(o)
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
// token k, one to four capitalised words on the line ("(Power
// Division)"), or 0.
func (p *parser) bracketedUnit(k int) int {
	if p.word(k) != "(" {
		return 0
	}
	j := k + 1
	for ; j < len(p.toks) && j <= k+4 && p.toks[j].kind == kWord && p.toks[j].is(fCap) && p.toks[j].nl == 0; j++ {
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
	if k >= len(p.toks) || !p.toks[k].is(fCap) {
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

// nameThenOffice reads "Name, Title" (a name followed by its office).
// afterPostNominals returns the token after the post-nominal letters at k
// ("CBE", "MP", "OBE"), or k.
func (p *parser) afterPostNominals(k int) int {
	for k < len(p.toks) && p.toks[k].nl == 0 && postNominals[p.word(k)] {
		k++
	}
	return k
}

func (p *parser) nameThenOffice(r nameRes) (end int, ok bool) {
	if p.participleOpener(r.s-1) && p.word(r.e) == "," && (p.word(r.e+1) == "the" || p.word(r.e+1) == "The") {
		// "Quoting Abraham Lincoln, the Senator said": the name is the
		// participle's object, the office the sentence's subject
		return 0, false
	}
	if w := p.word(r.e); w == "(" {
		// "Oana Lungescu (NATO Spokesperson):"
		o, ok := p.parseOffice(r.e + 1)
		if !ok || !o.capital || o.former || o.det != 0 || p.word(o.end) != ")" {
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
		o, ok := p.parseOffice(k)
		if !ok || !o.capital || o.former || o.det != 0 {
			return 0, false
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
	if (weakTitles[o.title] || o.kind == "official" || employer) && o.country == "" && o.org == "" && !o.body && !m.label && !strings.Contains(o.title, "Police") {
		// "Sanjiv Bhasin, Director, IIFL Securities", "Paul Roe, President,
		// Acme Group (United Kingdom)": a company's post, an official's
		// only when the text confirms it elsewhere; not "Jane Roe, Director
		// of the Federal Bureau of Prisons", nor a police office, a public
		// one ("Francis Roe, the Regional Police Commander")
		m.weak = true
	}
	return o.end, true
}

// honStyle reports "HON." or "Honourable" at token i, the style a house's
// record gives its members in their labels.
func (p *parser) honStyle(i int) bool {
	w := p.word(i)
	return lowerIs(w, "hon") || lowerIs(w, "honourable") || lowerIs(w, "honorable")
}

// memberOffice is the office of a house's member whose label spans tokens
// [i, end): "Member of Parliament", a legislator's.
func memberOffice(i, end int) office {
	return office{start: i, end: end, titleS: i, title: memberTitle, kind: "legislator", capital: true}
}

// addLabelled adds the person of a speaker's label in capitals that opens
// at token i and ends at end, with the office o, named as the label
// writes the name out.
func (p *parser) addLabelled(o office, r nameRes, i, end int) {
	p.addPerson(o, r, true, -1)
	m := &p.ms[len(p.ms)-1]
	m.label, m.te, m.alias = true, end, titleCase(p.surface(i, r.e))
}

// officesTo reports whether offices joined by commas run from token k to
// end: a label's second office, "…, Minister for Recreation, Sport and
// Racing)".
func (p *parser) officesTo(k, end int) bool {
	for n := 0; n < 4 && k < end; n++ {
		o, ok := p.parseOffice(k)
		if !ok || o.end > end {
			return false
		}
		if o.end == end {
			return true
		}
		if p.word(o.end) != "," {
			return false
		}
		k = o.end + 1
	}
	return false
}

// clockBracket returns the token after a time of day in brackets at j,
// "(14:42)" or "(2.30)", or 0.
func (p *parser) clockBracket(j int) int {
	if p.word(j) != "(" || j+4 >= len(p.toks) || !p.toks[j+1].is(fDigit) || p.toks[j+1].nl > 0 {
		return 0
	}
	if w := p.word(j + 2); (w == ":" || w == ".") && p.toks[j+3].is(fDigit) && p.word(j+4) == ")" {
		return j + 5
	}
	return 0
}

// closeBracket returns the ")" that closes the "(" at token j on its line,
// within forty tokens (a minister's portfolios), or 0.
func (p *parser) closeBracket(j int) int {
	for k := j + 1; k < len(p.toks) && k < j+40 && p.toks[k].nl == 0; k++ {
		switch p.word(k) {
		case ")":
			return k
		case "(":
			return 0
		}
	}
	return 0
}

// capsLabel reads a speaker label in capitals at the start of a line:
// "SECRETARY GENERAL STOLTENBERG:", "FOREIGN MINISTER HAAVISTO:", "MR PRICE:".
func (p *parser) capsLabel(i int) (end int, ok bool) {
	start := i // the label's first token, "The" included
	if p.word(i) == "The" && p.honStyle(i+1) && p.lineStart(i) && p.toks[i+1].nl == 0 {
		i++ // "The Hon. E.S. BOURKE (14:42):", as South Australia's Hansard writes
	}
	j, colon := i, -1
	bracket := -1 // "(" of an office in mixed case after the name: "HON. F.S. KOYA (Minister for Trade).-"
	clock := -1   // "(" of the time a label gives: "(14:42):"
	for j < len(p.toks) && j-i < 16 {
		t := p.toks[j]
		if j > i && t.nl > 0 {
			break
		}
		if t.kind == kWord {
			if !t.is(fUpper) && !(j == i && p.honStyle(i)) {
				break
			}
			j++
			continue
		}
		w := p.word(j)
		if w == "(" && j > i+1 && p.has(i, cHonor) {
			if e := p.clockBracket(j); e > 0 && p.word(e) == ":" {
				clock, colon = j, e // "The Hon. E.S. BOURKE (14:42):"
				break
			}
			if c := p.closeBracket(j); c > 0 {
				if e := p.clockBracket(c + 1); e > 0 && p.word(e) == ":" {
					bracket, colon = j, e // "(Minister for Human Services) (14:43):"
					break
				}
				if p.word(c+1) == "." || p.word(c+1) == ":" {
					bracket, colon = j, c+1
					break
				}
			}
		}
		if w == ":" {
			colon = j
			break
		}
		if w == "." {
			if j == i+1 && p.has(i, cHonor) {
				j++
				continue
			}
			// a stray full stop: "PRESIDENT TRUMP. Thank you."
			colon = j
			break
		}
		if w == "-" || w == "," || w == "(" || w == ")" || isAposStr(w) {
			j++
			continue
		}
		break
	}
	if colon <= i && p.word(j) == "asked" && p.word(j+1) == "the" && p.lineStart(i) {
		// a question tabled by a member the record styles "HON.": "HON.
		// A.D. O'CONNOR asked the Government, upon notice:"
		if p.honStyle(i) {
			k := i + 1
			if p.word(k) == "." {
				k++
			}
			if r, ok := p.parseName(k, true); ok && r.e == j {
				p.addLabelled(memberOffice(i, j), r, i, j)
				return j, true
			}
		}
	}
	if colon <= i {
		// A header line in capitals holding only a title and a full
		// name: "PRESIDENT RODRIGO ROA DUTERTE" over an interview.
		if j > i && p.lineStart(i) && (j == len(p.toks) || p.toks[j].nl > 0) && !p.has(i, cHonor) {
			if o, ok := p.parseOffice(i); ok && o.end < j {
				if r, ok := p.parseName(o.end, true); ok && r.e == j && r.n >= 2 && r.n <= 4 && p.givenNameAt(r.first) {
					p.addPerson(o, r, true, o.titleS)
					return j, true
				}
			}
		}
		return 0, false
	}
	if p.has(i, cHonor) {
		k := i + 1
		if p.word(k) == "." {
			k++
		}
		r, ok := p.parseName(k, true)
		if ok && clock > 0 && r.e == clock {
			r.e = clock // (the clock is no part of the name)
			if p.honStyle(i) && p.lineStart(start) {
				p.addLabelled(memberOffice(i, colon), r, i, colon)
				return colon + 1, true
			}
			return 0, false
		}
		if ok && bracket > 0 && r.e == bracket {
			// the office in brackets after the name
			c := p.closeBracket(bracket)
			at := bracket + 1
			seat := true // capitalised words only: a member's seat, "(West Torrens)"
			for k := bracket + 1; k < c; k++ {
				if w := p.word(k); w == "\u2014" || w == "\u2013" {
					at = k + 1 // the seat, then the office: "(Dunstan—Premier)"
					break
				}
				seat = seat && p.isWord(k) && p.toks[k].is(fCap)
			}
			if o, ok := p.parseOffice(at); ok && (o.end == c || p.word(o.end) == "," && p.officesTo(o.end+1, c)) {
				o.start = i
				p.addLabelled(o, r, i, colon)
				return colon + 1, true
			}
			if seat && at == bracket+1 && c > at && p.honStyle(i) {
				p.addLabelled(memberOffice(i, colon), r, i, colon)
				return colon + 1, true
			}
			return 0, false
		}
		if !ok || r.e != colon {
			return 0, false
		}
		if p.honStyle(i) && p.lineStart(i) {
			// "HON. P. D. ROE.- Mr. Speaker, Sir": a house's record
			// styles its members so
			p.addLabelled(memberOffice(i, colon), r, i, colon)
			return colon + 1, true
		}
		p.ms = append(p.ms, mention{kind: mHonor, name: p.nameString(r, true), n: r.n,
			sur: p.surname(r), span: Span{int(p.toks[i].s), int(p.toks[r.e-1].e)},
			alias: titleCase(p.surface(i, r.e)), ti: i, ts: i, te: r.e, label: true, listPrev: -1})
		return colon + 1, true
	}
	o, ok := p.parseOffice(i)
	if !ok {
		// "STÉPHANE DUJARRIC, SPOKESPERSON FOR THE SECRETARY-GENERAL:"
		r, ok := p.parseName(i, true)
		if !ok || r.n < 2 || r.n > 4 || p.word(r.e) != "," {
			return 0, false
		}
		o, ok := p.parseOffice(r.e + 1)
		if !ok || o.end > colon || !o.allcaps {
			return 0, false
		}
		p.addPerson(o, r, true, -1)
		m := &p.ms[len(p.ms)-1]
		m.label, m.te = true, colon
		return colon + 1, true
	}
	if o.end >= colon {
		return 0, false
	}
	r, ok := p.parseName(o.end, true)
	if !ok || r.e != colon || r.n > 3 {
		return 0, false
	}
	switch strings.ToLower(p.word(r.s)) {
	case "of", "for", "to", "the", "and", "in":
		return 0, false // "PRIME MINISTER OF AUSTRALIA:": the title's, no name
	}
	p.addPerson(o, r, true, o.titleS)
	p.ms[len(p.ms)-1].label = true
	return colon + 1, true
}

// titledCapsLabel reads a label whose title is written in capitals and
// small letters and the surname in capitals, as hearings' records print
// them: "Secretary SHULTZ:", "Chairman INOUYE:".
func (p *parser) titledCapsLabel(i int) (end int, ok bool) {
	o, ok := p.parseOffice(i)
	if !ok || !o.capital || o.allcaps || o.det != 0 || o.former {
		return 0, false
	}
	r, ok := p.parseName(o.end, true)
	if !ok || r.n > 3 || p.word(r.e) != ":" || p.toks[r.e].nl > 0 {
		return 0, false
	}
	for k := r.first; k <= r.last; k++ {
		if p.toks[k].kind == kWord && !p.toks[k].is(fUpper) {
			return 0, false
		}
	}
	p.addPerson(o, r, true, o.titleS)
	p.ms[len(p.ms)-1].label = true
	return r.e + 1, true
}

// givenNameAt reports whether the word at token k, in any case, is a
// given name of the lexicon ("RODRIGO", "Jane").
func (p *parser) givenNameAt(k int) bool {
	if k < 0 || k >= len(p.toks) {
		return false
	}
	_, ok := givenNames[titleCase(p.word(k))]
	return ok
}

// commandOf returns the end of the unit a commander commands, from token k
// after "of": capitalised words, numbers, acronyms and dotted abbreviations
// ("U.S. Central Command", "NAVCENT", "the 5th Fleet"), up to a comma or the
// end of the sentence; 0 when there is none.
func (p *parser) commandOf(k int) int {
	if _, end, words := p.capRun(k, true); words > 0 {
		return end
	}
	return 0
}

// numberedQuestion reports whether token i opens a line after the number
// of a question for oral answer: "1. Mr Roe (Delyn) (Lab):", "Q4. Ms Doe
// (Leeds) (Lab):".
func (p *parser) numberedQuestion(i int) bool {
	if i < 2 || p.word(i-1) != "." || !p.lineStart(i-2) || p.toks[i-1].nl > 0 || p.toks[i].nl > 0 {
		return false
	}
	w := p.word(i - 2)
	if w != "" && (w[0] == 'Q' || w[0] == 'q') {
		w = w[1:]
	}
	if w == "" || len(w) > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// seatAfter returns the end of a member's seat at token k, "for" and up
// to five capitalised words of a place on the line, hyphens joining them
// ("for Kootenay-Monashee", "for Lake Melville"), else k.
func (p *parser) seatAfter(k int) int {
	place := func(e int) bool { // (compass words are stop names: "Leeds North")
		return e < len(p.toks) && p.toks[e].kind == kWord && p.toks[e].is(fCap) && p.toks[e].nl == 0
	}
	if p.word(k) != "for" || !place(k+1) {
		return k
	}
	e, words := k+1, 0
	for e < len(p.toks) && words < 5 && p.toks[e].nl == 0 {
		switch {
		case place(e):
			words++
		case (p.word(e) == "-" || p.word(e) == "\u2013") && !p.toks[e].sp && place(e+1):
		default:
			return e
		}
		e++
	}
	return e
}

// ministryAt reports a government's ministry or department named at token
// k: "Ministry of Finance", "the Department of Health".
func (p *parser) ministryAt(k int) bool {
	if p.word(k) == "the" {
		k++
	}
	w := p.word(k)
	return (w == "Ministry" || w == "Department") && p.word(k+1) == "of"
}
