// Finding the mentions of office-holders: the scan that tries, token by
// token, each reading of a mention (titles before names in officename.go,
// offices after them in predicate.go, speaker labels in label.go,
// capslabel.go and members.go, plural titles and anaphors here).

package entities

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
		if w == "gentleman" || w == "gentlewoman" {
			if end, ok := p.memberFrom(i); ok {
				lastEnd, lastMention = end, len(p.ms)-1
				i = end - 1
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
