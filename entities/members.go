// Members of parliaments, read from their labels in the records of the
// house: the member, the seat and the party, whose parliament gives the
// country.

package entities

import (
	_ "embed"
	"strconv"
	"strings"
)

// partyCountries maps the party abbreviations of parliamentary records to
// the country of the parliament (data/parties.tsv); "" marks a party
// several parliaments have ("Ind", "Green"), which makes a member without
// saying where. Read-only after init.
var partyCountries = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(partiesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		party, country, _ := strings.Cut(line, "\t")
		m[strings.TrimSpace(party)] = strings.TrimSpace(country)
	}
	return m
}()

//go:embed data/parties.tsv
var partiesTSV string

// memberTitle is the title of a member of a parliament.
const memberTitle = "Member of Parliament"

// memberLabel reads a member's label in a parliamentary record, at the
// start of a line: "Mr Douglas Alexander (Paisley and Renfrewshire South)
// (Lab)", "Caroline Lucas (Brighton, Pavilion) (Green):", "Mr. Pierre
// Poilievre (Carleton, CPC):". The member is an official with the title
// "Member of Parliament", of the country whose parliament the party sits in.
func (p *parser) memberLabel(i int) (end int, ok bool) {
	j := i
	honor := false
	if p.has(j, cHonor) {
		honor = true
		j++
		if p.word(j) == "." && !p.toks[j].sp {
			j++
		}
	}
	r, ok := p.parseName(j, false)
	caps := false
	if !ok && j < len(p.toks) && p.toks[j].is(fUpper) {
		// "Mr MORRISON (Cook—Prime Minister) (14:03):", an Australian
		// Hansard's surname in capitals; "RINO TIRIKATENE (Labour—Te Tai
		// Tonga):", a New Zealand one's full name (a party's bracket
		// must follow, below)
		r, ok = p.parseName(j, true)
		caps = ok
		ok = ok && (honor || r.n >= 2)
	}
	if !ok || r.n < 1 || r.n == 1 && !honor || p.word(r.e) != "(" || p.toks[r.e].nl > 0 {
		return 0, false
	}
	// the constituency: capitalised words, "and", "upon", commas, hyphens
	k := r.e + 1
	lastComma, dash := -1, -1
	words := 0
	for ; k < len(p.toks) && k < r.e+16; k++ {
		t := p.toks[k]
		if t.nl > 0 {
			return 0, false
		}
		w := p.word(k)
		if t.kind == kWord {
			if t.is(fCap) {
				words++
				continue
			}
			switch w {
			case "and", "upon", "on", "of", "the", "le", "in":
				continue
			}
			return 0, false
		}
		if w == "," {
			lastComma = k
			continue
		}
		if (w == "\u2014" || w == "-" && t.sp && k+1 < len(p.toks) && p.toks[k+1].sp) && dash < 0 {
			// "(Cook—Prime Minister)", "(Braddon - Premier)": the seat,
			// then the office
			dash = k
			continue
		}
		if w == "-" || w == "\u2013" || isAposStr(w) || w == "." || w == "/" {
			continue
		}
		break
	}
	if p.word(k) != ")" || words == 0 {
		return 0, false
	}
	party, found := "", false
	partyDash := false // "(Labour—Te Tai Tonga)": the party, then the seat
	if dash > 0 {
		if c, ok := partyCountries[p.surface(r.e+1, dash)]; ok {
			party, found, partyDash = c, true, true
			if c == "" {
				if home, record := p.houseRecord(); record {
					party = home
				}
			}
		}
	}
	if !found && dash < 0 && lastComma < 0 {
		// "CHRIS BISHOP (National):", a list member's label, the party
		// alone in the bracket
		if c, ok := partyCountries[p.surface(r.e+1, k)]; ok && c == "" {
			if home, record := p.houseRecord(); record {
				party, found = home, true
			}
		} else if ok {
			party, found = c, true
		}
	}
	if lastComma > 0 && !found {
		// "(Carleton, CPC)"
		if c, ok := partyCountries[p.surface(lastComma+1, k)]; ok {
			party, found = c, true
		}
	}
	closeSeat := k
	k++
	if !found && p.word(k) == "(" && p.toks[k].nl == 0 && isDigits(p.word(k+1)) {
		// "(Cook—Prime Minister) (14:03):" a time stamp where a party
		// would be: the house names none
		e := k + 1
		for e < len(p.toks) && e < k+6 && p.word(e) != ")" && p.toks[e].nl == 0 {
			e++
		}
		if p.word(e) == ")" {
			found, k = true, e+1
		}
	}
	if !found && p.labelDash(k) {
		// "Mr ROCKLIFF (Braddon - Premier) - Honourable Speaker": a
		// house's record that closes its labels with a dash names no party
		if home, record := p.houseRecord(); record {
			party, found = home, true
		}
	}
	if !found {
		// "(Paisley and Renfrewshire South) (Lab)"
		if p.word(k) != "(" || p.toks[k].nl > 0 {
			return 0, false
		}
		e := k + 1
		for e < len(p.toks) && e < k+6 && p.word(e) != ")" && p.toks[e].nl == 0 {
			e++
		}
		c, ok := partyCountries[p.surface(k+1, e)]
		if !ok || p.word(e) != ")" {
			return 0, false
		}
		party, k = c, e+1
	}
	labelEnd := k
	if p.word(k) == ":" || p.labelDash(k) {
		k++
	} else if k < len(p.toks) && p.toks[k].nl == 0 {
		return 0, false
	}
	o := memberOffice(i, k)
	o.country = party
	// a minister's riding is his office: "Hon. Mélanie Joly (Minister of
	// Foreign Affairs, Lib.):"
	if lastComma > 0 {
		if o2, ok := p.parseOffice(r.e + 1); ok && o2.end == lastComma && o2.capital && o2.det == 0 && !o2.former {
			if o2.country == "" && o2.org == "" {
				o2.country = party
			}
			o2.start, o2.end = i, k
			o = o2
		}
	}
	if dash > 0 && !partyDash {
		if o2, ok := p.parseOffice(dash + 1); ok && o2.end == closeSeat && o2.det == 0 && !o2.former {
			if o2.country == "" && o2.org == "" {
				o2.country = party
			}
			o2.start, o2.end = i, k
			o = o2
		}
	}
	p.addPerson(o, r, caps, -1)
	m := &p.ms[len(p.ms)-1]
	m.label, m.te = true, labelEnd
	if honor {
		m.alias = p.surface(i, r.e)
	}
	p.seatLabels++
	return k, true
}

// plainMemberLabel reads, in a legislature's own record, a speaker's label
// that is an honorific and a full name alone ("Mr. Ted Arnott:", "Mme
// France Gélinas:", "Hon. Jane Roe:"): the house's records name its
// members so, and only them, with their offices and staff in brackets
// ("The Clerk of the Assembly (Ms. Jane Roe):"). The member is an official
// with the title "Member of Parliament", of the house's country.
func (p *parser) plainMemberLabel(i int) (end int, ok bool) {
	if !p.has(i, cHonor) {
		return 0, false
	}
	home, record := p.inRecord()
	if !record {
		return 0, false
	}
	j := i + 1
	if p.word(j) == "." && !p.toks[j].sp {
		j++
	}
	if p.has(j, cHonor) && p.toks[j].nl == 0 {
		// a second courtesy title: "HON. Mr. TILLEY"
		if j++; p.word(j) == "." && !p.toks[j].sp {
			j++
		}
	}
	r, ok := p.parseName(j, false)
	caps := false
	if (!ok || r.n < 2 || p.word(r.e) != ":") && j < len(p.toks) && p.toks[j].is(fUpper) {
		// "Mr K D S DURR:", South Africa's Hansard: initials and the
		// surname in capitals
		r, ok = p.parseName(j, true)
		caps = ok
	}
	if ok && !r.crossedNL && r.n == 1 && p.word(r.e) == "question" && p.word(r.e+1) == "to" {
		return p.questionHeading(i, r, home, caps)
	}
	// (a dash after a name in small letters: an interjection in a record
	// whose labels print the name in capitals, "Mr Winter - Shame."; a
	// full stop after a surname in capitals, as the Congressional Record
	// closes its labels: "Mr. PASCRELL. Mr. Speaker, …")
	if !ok || r.crossedNL || r.e >= len(p.toks) || p.toks[r.e].nl > 0 || p.word(r.e) != ":" && !((caps || p.dashLabels() >= 3) && p.labelDash(r.e)) && !p.interjecting(r.e) && !(caps && p.stopClosed(r.e)) {
		return 0, false
	}
	if !caps && p.labelDash(r.e) {
		m := p.addMember(i, r, r.e+1, home, caps)
		m.label, m.te = true, r.e
		return r.e + 1, true
	}
	if r.n < 2 && (p.has(r.s, cTitle) || !p.labelledAgain(i, r)) && !(caps && p.stopClosed(r.e) && p.addressesChair(r.e+1)) {
		// a surname alone ("Mr. Marten:", as older Hansards print their
		// members) when the record gives it so twice or more: not "Mr.
		// Speaker:", not a name met once
		return 0, false
	}
	m := p.addMember(i, r, r.e+1, home, caps)
	m.label, m.te = true, r.e
	return r.e + 1, true
}

// congressTitle is the title of a member of the United States Congress
// in its record: "Senator" where the Senate sits (its chair is the
// President or the Presiding Officer, addressed or labelled), else
// "Representative".
func (p *parser) congressTitle() string {
	if p.senate == 0 {
		p.senate = 1
		n := 0
		for k := 1; k+1 < len(p.toks) && n < 2; k++ {
			switch w := p.word(k); {
			case w == "PRESIDING" && p.word(k+1) == "OFFICER":
				n = 2
			case w == "President" && p.word(k+1) == "," && (p.word(k-1) == "Mr" || p.word(k-1) == "Madam" || p.word(k-1) == "." && (p.word(k-2) == "Mr")):
				n++ // "Mr. President, I ask unanimous consent"
			}
		}
		if n >= 2 || rosterHouse(p.text) == "Senator" {
			p.senate = 2 // (or a heading names the Senate, as a roster's record does)
		}
	}
	if p.senate == 2 {
		return "Senator"
	}
	return "Representative"
}

// memberFrom reads how the US House of Representatives names a member in
// its record, by state with the name in brackets after it: "the gentleman
// from California (Mr. Cunningham)", "the gentlewoman from Texas (Ms.
// Jackson Lee)". The member is a Representative of the United States.
func (p *parser) memberFrom(i int) (end int, ok bool) {
	if p.word(i+1) != "from" {
		return 0, false
	}
	start := i + 2
	k := start
	for k < len(p.toks) && k < start+3 && p.isWord(k) && p.toks[k].is(fCap) && p.toks[k].nl == 0 {
		k++
	}
	if k == start || p.word(k) != "(" && p.word(k) != "[" {
		return 0, false
	}
	if p.x.placeCountry(p.text[p.toks[start].s:p.toks[k-1].e], false) != "US" {
		return 0, false
	}
	j := k + 1
	if !p.has(j, cHonor) {
		return 0, false
	}
	if j++; p.word(j) == "." && !p.toks[j].sp {
		j++
	}
	r, ok := p.parseName(j, false)
	if !ok || r.crossedNL || p.word(r.e) != ")" && p.word(r.e) != "]" {
		return 0, false
	}
	o := office{start: i, end: r.e + 1, titleS: i, title: "Representative", kind: "legislator", country: "US"}
	p.addPerson(o, r, false, -1)
	p.ms[len(p.ms)-1].alias = p.surface(k+1, r.e)
	return r.e + 1, true
}

// addressesChair reports a speech that opens at token k by addressing
// the chair of a house: "Mr. Speaker, …", "Madam President, …".
func (p *parser) addressesChair(k int) bool {
	if w := p.word(k); w != "Mr" && w != "Madam" && w != "Mr." {
		return false
	}
	if k++; p.word(k) == "." {
		k++
	}
	return (p.word(k) == "Speaker" || p.word(k) == "President") && p.word(k+1) == ","
}

// stopClosed reports a label's full stop at token k, the speech following
// on its line with a capital: "Mr. PASCRELL. Mr. Speaker, I rise".
func (p *parser) stopClosed(k int) bool {
	return p.word(k) == "." && k+1 < len(p.toks) && p.toks[k+1].nl == 0 && p.toks[k+1].is(fCap)
}

// questionHeading reads a question's heading in a house's record, the
// member who asks and the minister asked, at the line's start i: "Ms ROE
// question to MINISTER for HEALTH, Mrs DOE". r is the member's name.
func (p *parser) questionHeading(i int, r nameRes, home string, caps bool) (end int, ok bool) {
	k := r.e + 2
	o, ok := p.parseOffice(k)
	if !ok {
		return 0, false
	}
	// the name after the office's last comma on the line
	e := k
	for e < len(p.toks) && p.toks[e].nl == 0 {
		e++
	}
	c := e - 1
	for c > k && p.word(c) != "," {
		c--
	}
	if c <= k || !p.has(c+1, cHonor) {
		return 0, false
	}
	n := c + 2
	if p.word(n) == "." && !p.toks[n].sp {
		n++
	}
	r2, ok := p.parseName(n, true)
	if !ok || r2.e != e {
		return 0, false
	}
	m := p.addMember(i, r, r.e, home, caps)
	m.label = true
	if o.country == "" && o.org == "" {
		o.country = home
	}
	o.end = e
	if o.capital {
		// "MINISTER for HEALTH": the title's words in capitals as a name's
		ws := strings.Fields(o.title)
		for k, w := range ws {
			if len(w) > 1 && strings.ToUpper(w) == w {
				ws[k] = titleCase(w)
			}
		}
		o.title = strings.Join(ws, " ")
	}
	p.addPerson(o, r2, true, -1)
	p.ms[len(p.ms)-1].alias = p.surface(c+1, e)
	return e, true
}

// dashLabels counts the lines that open with a courtesy title and a name
// in capitals closed by a dash ("Mr ROE - Thank you"), as a house's record
// labels its members; computed once.
func (p *parser) dashLabels() int {
	if p.dashDone {
		return p.dashCount
	}
	n := 0
	for k := 0; k+2 < len(p.toks); k++ {
		if !p.lineStart(k) || !p.has(k, cHonor) {
			continue
		}
		j := k + 1
		if p.word(j) == "." && !p.toks[j].sp {
			j++
		}
		for j < len(p.toks) && p.toks[j].nl == 0 && p.toks[j].kind == kWord && p.toks[j].is(fUpper) {
			j++
		}
		if j > k+1 && p.labelDash(j) {
			n++
		}
	}
	p.dashCount, p.dashDone = n, true
	return n
}

// deputyMember reads, in a legislature's record, a member styled "Deputy"
// before the name, as the Dáil's record styles its members: "Deputy Cathal
// Berry:", "I thank Deputy O’Callaghan". The member is an official with the
// title "Deputy", of the house's country. Elsewhere the word opens an office
// ("Deputy Director Jane Roe", "the Deputy Speaker"), which parseName does
// not take for a name.
func (p *parser) deputyMember(i int) (end int, ok bool) {
	if p.memberStyle(i) == 0 || i > 0 && p.cls[i-1]&cDet != 0 {
		return 0, false // ("the Deputy Clerk")
	}
	r, _ := p.parseName(i+1, false)
	if r.crossedNL {
		return 0, false
	}
	home, _ := p.houseRecord()
	o := office{start: i, end: r.e, titleS: i, title: "Deputy", kind: "legislator", country: home, capital: true}
	p.addPerson(o, r, false, -1)
	m := &p.ms[len(p.ms)-1]
	m.alias = p.surface(i, r.e)
	if p.lineStart(i) && p.word(r.e) == ":" {
		m.label, m.te = true, r.e
	}
	return r.e, true
}

// divisionNames reads the names of a division's side from token k on,
// up to want of them: a name a line, or with columns a surname a word (an
// initial before it, a constituency in brackets after it: "L. Doe",
// "MacDonald (Moose Jaw N.)"). It returns what it read, which falls short
// of want when the lines are no such list, and where it stopped.
func (p *parser) divisionNames(k, want int, columns bool) ([]nameRes, int) {
	var names []nameRes
	for len(names) < want && k < len(p.toks) {
		le := p.lineEnd(k)
		if !columns {
			r, ok := p.parseName(k, false)
			if !ok || r.e != le && !(r.e+1 == le && p.word(r.e) == ".") || r.n > 3 {
				return names, k
			}
			names = append(names, r)
			k = le
			continue
		}
		n := 0
		for t := k; t < le; t++ {
			switch {
			case p.word(t) == "(":
				for t < le && p.word(t) != ")" {
					t++
				}
				if n == 0 || t == le {
					return names, k
				}
			case p.isWord(t) && p.toks[t].is(fCap) && !p.toks[t].is(fDigit):
				s := t
				if t+2 < le && len(p.word(t)) == 1 && p.word(t+1) == "." {
					t += 2 // "L. Doe"
				}
				if !p.isWord(t) || !p.toks[t].is(fCap) {
					return names, k
				}
				names = append(names, nameRes{s: s, e: t + 1, first: s, last: t, surS: t, n: 1})
				n++
			default:
				return names, k
			}
		}
		if n == 0 || n > 4 {
			return names, k
		}
		k = le
	}
	return names, k
}

// possessiveStyle returns how many tokens at k open a style in the third
// person before its honorific: "His" or "Her", and "Royal" ("His
// Excellency", "Her Royal Highness"); 0 when none does.
func (p *parser) possessiveStyle(k int) int {
	switch p.word(k) {
	case "His", "Her", "HIS", "HER":
	default:
		return 0
	}
	n := 1
	if w := p.word(k + 1); w == "Royal" || w == "ROYAL" {
		n = 2
	}
	if !p.has(k+n, cHonor) {
		return 0
	}
	return n
}

// memberStyle returns 1 when token k is "Deputy" styling a member of the
// legislature whose record the text is, before the member's name ("the
// Minister for Health, Deputy Stephen Donnelly"), and 0 otherwise.
func (p *parser) memberStyle(k int) int {
	if p.word(k) != "Deputy" {
		return 0
	}
	if _, record := p.houseRecord(); !record {
		return 0
	}
	if p.cls[k+1]&(cTitle|cMod) != 0 {
		return 0 // "Deputy Assistant Attorney General"
	}
	if r, ok := p.parseName(k+1, false); !ok || r.s != k+1 {
		return 0
	}
	return 1
}

// labelDash reports whether token k is a dash that closes a label, a space
// after it: "Mr JANE ROE - Thank you", "Mr JOHN DOE JNR- My question", as
// some parliaments print a member's name in capitals.
func (p *parser) labelDash(k int) bool {
	if !dashWord(p.word(k)) || k+1 >= len(p.toks) || p.toks[k+1].nl > 0 {
		return false
	}
	// (an en or em dash set close before the words' capital, as print
	// sets it: "Mr. SMITH—Well then")
	return p.toks[k+1].sp || p.word(k) != "-" && !p.toks[k].sp && p.toks[k+1].is(fCap)
}

// dashWord reports a hyphen, an en dash or an em dash standing alone: the
// mark a record closes a label or a note with.
func dashWord(w string) bool { return w == "-" || w == "\u2013" || w == "\u2014" }

// interjecting reports the record's note of a member's interjection at
// token k, closing the line: "Mrs Jane Roe interjecting—".
func (p *parser) interjecting(k int) bool {
	if p.word(k) != "interjecting" {
		return false
	}
	n := k + 1
	if n < len(p.toks) && p.toks[n].nl == 0 && dashWord(p.word(n)) {
		n++
	}
	return n >= len(p.toks) || p.toks[n].nl > 0
}

// rollCall reads, in a legislature's record, the Clerk reading the names of
// a division: a label "CLERK:" or "The Clerk:" at token i, then three
// full names or more joined by commas to the line's end ("CLERK: Steve
// Crocker, Lisa Dempster, John Haggie."). Each is a Member of Parliament.
func (p *parser) rollCall(i int) (end int, ok bool) {
	j := i
	if p.word(j) == "The" || p.word(j) == "THE" {
		j++
	}
	if w := p.word(j); w != "CLERK" && w != "Clerk" || p.word(j+1) != ":" {
		return 0, false
	}
	home, record := p.inRecord()
	if !record {
		return 0, false
	}
	names, _ := p.nameList(j+2, true)
	if len(names) < 3 {
		return 0, false
	}
	last := names[len(names)-1].e
	if p.word(last) == "." {
		last++
	}
	if last < len(p.toks) && p.toks[last].nl == 0 {
		return 0, false // the line goes on: no list of names alone
	}
	for _, r := range names {
		p.addMember(r.s, r, r.e, home, false)
	}
	return last, true
}

// divisionSides head the lists of a division's votes.
var divisionSides = wordLists.Set("division-sides")

// divisionList reads a division's list as a record prints it: a line
// "YEAS — 38" (or "Ayes: 38") at token i, then as many lines as its number
// says, each a member's name alone ("Loewen", "L. Neufeld"), in a text that
// is a legislature's record or beside the division's other side. Each is a
// Member of Parliament. The count that matches the lines makes the list.
func (p *parser) divisionList(i int) (end int, ok bool) {
	if !divisionSides[p.word(i)] {
		return 0, false
	}
	j := i + 1
	if w := p.word(j); dashWord(w) || w == ":" {
		j++
	}
	if j >= len(p.toks) || !p.toks[j].is(fDigit) || p.toks[j].nl > 0 {
		return 0, false
	}
	want, err := strconv.Atoi(p.word(j))
	if err != nil || want < 2 || want > 400 || p.lineEnd(j) != j+1 {
		return 0, false
	}
	home, record := p.inRecord()
	start := j + 1
	if start < len(p.toks) && p.lineEnd(start) == start+1 {
		switch strings.ToLower(p.word(start)) {
		case "messieurs", "mesdames", "members":
			start++ // the line of address over the names
		}
	}
	// a name a line; or, when that does not make the count, a few
	// surnames a line ("Dyck Michayluk Owens"), as a printed record sets
	// them in columns
	names, k := p.divisionNames(start, want, false)
	if len(names) != want {
		if names, k = p.divisionNames(start, want, true); len(names) != want {
			return 0, false
		}
	}
	if !record && !divisionSides[p.word(k)] && !p.divisionSeen {
		// outside a legislature's record, only a division of two sides
		// ("YEAS — 38" … "NAYS — 49") is one: not a board's vote
		return 0, false
	}
	for _, r := range names {
		p.addMember(r.s, r, r.e, home, false)
	}
	p.divisionSeen = true
	return k, true
}

// addMember records the member of a legislature named with the honorific
// at token i and the name r (the office's mention ending at end), of the
// house's country home, and returns the mention.
func (p *parser) addMember(i int, r nameRes, end int, home string, caps bool) *mention {
	o := memberOffice(i, end)
	o.country = home
	if home == "US" {
		o.title = p.congressTitle()
	}
	p.addPerson(o, r, caps, -1)
	m := &p.ms[len(p.ms)-1]
	m.alias = p.surface(i, r.e)
	return m
}

// skipStyle returns the token after the styles and honorifics that may
// stand between an office and a name: "Senator the Hon Penny Wong",
// "Secretary of State Mr. Blinken", "the Rt Hon".
func (p *parser) skipStyle(j int) int {
	k := j
	if w := p.word(k); (w == "the" || w == "The") && styleWords[p.word(k+1)] {
		k++
	}
	for n := 0; n < 6 && (styleWords[p.word(k)] || p.has(k, cHonor) || p.word(k) == "Senator" && n > 0 && p.has(k+1, cHonor)); n++ {
		// ("YB Senator Datuk Seri": a senator's seat among the styles)
		k++
		if w := p.word(k); (w == "." || w == "'" || w == "’") && !p.toks[k].sp {
			k++ // "Mr.", "Dato’ Seri"
		}
	}
	return k
}

// styleWords are the styles of ministers and members: "the Rt Hon", "the
// Honourable".
var styleWords = wordLists.Set("style-words")

// styleChainHeads are the styles "Sri" or "Seri" completes ("Dato' Sri").
var styleChainHeads = wordLists.Set("style-chain-heads")

// styleChain returns how many tokens of a Malaysian style open the name at
// i: "Sri" after "Dato'" or "Datuk" (1), "Tan Sri" (2), a whole chain from
// its head ("YB Datuk Seri Dr Haji", "Dato’ Seri"); 0 when none does.
func (p *parser) styleChain(i int) int {
	if i+1 >= len(p.toks) || p.toks[i+1].nl > 0 {
		return 0
	}
	w := p.word(i)
	if w == "Sri" || w == "Seri" {
		if p.toks[i+1].kind != kWord || !p.toks[i+1].is(fCap) {
			return 0
		}
		k := i - 1
		if k >= 0 && (p.word(k) == "'" || p.word(k) == "’") {
			k--
		}
		if k >= 0 && styleChainHeads[strings.TrimRight(p.word(k), "'’")] {
			return 1
		}
		return 0
	}
	// a chain from its head: "Dato’ Seri", "YB Datuk Seri", "Tan Sri",
	// "Datuk Seri Dr Haji", each word a style, the name after them
	k, heads := i, 0
	for k < len(p.toks) && k < i+7 && p.toks[k].nl == 0 {
		w := p.word(k)
		switch {
		case (w == "Tan" || w == "Tun") && (p.word(k+1) == "Sri" || p.word(k+1) == "Seri" || w == "Tun" && p.word(k+1) == "Dr"),
			styleChainHeads[w] && w != "Tan" && w != "Tun", malayStyles[w]:
			// ("Tan" and "Tun" only before "Sri": "Tun Tun Oo", "Tan Chee Keong")
			heads++
		case heads > 0 && (w == "'" || w == "’" || w == "." || w == "Sri" || w == "Seri" || chainTails[w]):
		default:
			if heads == 0 || k == i || p.toks[k].kind != kWord || !p.toks[k].is(fCap) {
				return 0
			}
			return k - i
		}
		k++
	}
	return 0
}

// chainEnds end a chain of styles: the word after them opens the name.
var chainEnds = map[string]bool{"Seri": true, "Sri": true, "Datuk": true, "Dato": true, "YB": true, "Haji": true, "Hajah": true}

// malayStyles open a chain of styles as its heads do: "YB Datuk Seri".
var malayStyles = map[string]bool{"YB": true, "YBhg": true, "Datin": true, "Pehin": true}

// chainTails may follow a chain's head before the name: "Datuk Seri Dr
// Haji Dzulkefly Ahmad".
var chainTails = map[string]bool{"Dr": true, "Haji": true, "Hajah": true, "Setia": true, "Utama": true, "Panglima": true, "Wira": true}

// styleStart returns where the styles before the honorific at i begin:
// "The Hon" of "The Hon Richard Marles MP".
func styleStart(p *parser, i int) int {
	s := i
	for s > 0 && p.toks[s].nl == 0 {
		w := p.word(s - 1)
		if styleWords[w] || w == "the" || w == "The" || w == "." && styleWords[p.word(s-2)] {
			s--
			continue
		}
		break
	}
	return s
}

// bylineOffice reads the office on the line after a byline that names a
// minister: "Senator the Hon Penny Wong" over "Minister for Foreign
// Affairs". The name ends its line (post-nominals aside), the byline starts
// a line at aliasStart and the office fills the next line. caps is true
// when the name is written in capitals, to be title-cased.
func (p *parser) bylineOffice(r nameRes, aliasStart int, caps bool) (end int, ok bool) {
	if aliasStart < 0 || !p.lineStart(aliasStart) {
		return 0, false
	}
	e := r.e
	for e < len(p.toks) && p.toks[e].nl == 0 && postNominals[p.word(e)] {
		e++
	}
	if e >= len(p.toks) || p.toks[e].nl == 0 {
		return 0, false
	}
	o, ok := p.parseOffice(e)
	if ok && o.end < len(p.toks) && p.toks[o.end].nl == 0 {
		// the office's department after a comma fills the line:
		// "Deputy Director, Research Department"
		if k := p.lineTail(o.end); k > 0 {
			o.end = k
		}
	}
	if !ok || !o.capital || o.det != 0 || o.former || o.plural || o.end < len(p.toks) && p.toks[o.end].nl == 0 {
		return 0, false
	}
	p.addPerson(o, r, caps, -1)
	m := &p.ms[len(p.ms)-1]
	m.ti, m.ts, m.te = aliasStart, aliasStart, o.end
	m.alias = p.surface(aliasStart, r.e)
	return o.end, true
}

// lineTail returns the end of the line when token j is a comma followed
// by capitalised words (and "of", "and", "for", "the", further commas,
// possessives, an abbreviation's full stop, an ordinal) to the end of the
// line, else 0: ", Research Department", ", St. Louis County, Missouri",
// ", 16th Judicial District, Mississippi".
func (p *parser) lineTail(j int) int {
	if p.word(j) != "," {
		return 0
	}
	k := j + 1
	for k < len(p.toks) && p.toks[k].nl == 0 {
		w := p.word(k)
		switch {
		case p.isWord(k) && p.toks[k].is(fCap), w == "of" || w == "and" || w == "for" || w == "the" || w == "&":
		case w == "," && k > j+1, w == "-", isAposStr(w), w == "s" && isAposStr(p.word(k-1)):
		case w == "." && k > j+1 && p.isWord(k-1) && len(p.word(k-1)) <= 3:
		case ordinal(w):
		default:
			return 0
		}
		k++
	}
	if k == j+1 {
		return 0
	}
	return k
}

// ordinal reports a number with an ordinal's ending: "16th", "1st".
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// commandNouns are the nouns a rank's possessive governs when the rank
// names a commander: "Colonel Gaddafi's forces".
var commandNouns = wordLists.Set("command-nouns")

// commands reports whether a possessive at token j governs a noun of
// command: "Colonel Gaddafi's forces" (not "General Electric's shares").
func (p *parser) commands(j int) bool {
	k := p.possessive(j)
	return k > 0 && commandNouns[p.word(j+k)]
}

// orgName reads the name of an organisation the lexicon does not know,
// after "of": "the Pacific Islands Forum", "the Arab Maghreb Union". It
// returns the name without the article and the token after it.
func (p *parser) orgName(k int) (name string, end int) {
	s, k, words := p.capRun(k, false)
	if words < 2 && !(words == 1 && p.isAcronym(s)) {
		return "", 0 // one word only when an acronym: "the FDFA"
	}
	return p.surface(s, k), k
}

// capRun reads a run of capitalised words from token k, past a leading
// "the", joined by "of", "and", "for" or "on" before another capital; a
// unit's name (unit) may also hold numbers and the dots of abbreviations
// ("U.S. 5th Fleet"). It returns where the run starts and ends and how many
// capitalised words (or numbers) it holds.
func (p *parser) capRun(k int, unit bool) (start, end, words int) {
	if p.word(k) == "the" {
		k++
	}
	s := k
	for k < len(p.toks) && k < s+10 {
		t := p.toks[k]
		if k > s && t.nl > 0 {
			break
		}
		w := p.word(k)
		switch {
		case t.kind == kWord && (t.is(fCap) || unit && t.is(fDigit)):
			words++
		case unit && w == "." && k > s && p.isWord(k-1) && p.isWord(k+1) && p.toks[k+1].is(fCap):
			// the dots of "U.S."
		case (w == "of" || w == "and" || w == "for" || w == "on") && words > 0 && p.isWord(k+1) && p.toks[k+1].is(fCap):
		default:
			return s, k, words
		}
		k++
	}
	return s, k, words
}

// labelledAgain reports whether the record labels the same honorific and
// name (tokens [i, r.e)) at another line's start; the lines' heads are
// counted once.
func (p *parser) labelledAgain(i int, r nameRes) bool {
	if p.labelHeads == nil {
		p.labelHeads = map[string]int{}
		for k := 0; k < len(p.toks); k++ {
			if !p.lineStart(k) {
				continue
			}
			for c := k + 1; c < len(p.toks) && c <= k+8 && p.toks[c].nl == 0; c++ {
				if p.word(c) == ":" || p.labelDash(c) || p.toks[c-1].is(fUpper) && !p.has(c-1, cHonor) && !p.honStyle(c-1) && p.stopClosed(c) {
					// (or a dash: "Mr ROE - Thank you"; or a full stop
					// after capitals: "Mr. PASCRELL. Mr. Speaker")
					p.labelHeads[p.text[p.toks[k].s:p.toks[c-1].e]]++
					break
				}
			}
		}
	}
	return p.labelHeads[p.text[p.toks[i].s:p.toks[r.e-1].e]] >= 2
}

// askedMember reads the member who puts a question for oral answer as a
// Hansard prints it, the name run into "asked the" and the office asked:
// "Mr. Marten asked the Secretary of State for Northern Ireland if …"
// (after the question's number, or at a line's start). The member is an
// official with the title "Member of Parliament", of the house's country
// when the record gives it.
func (p *parser) askedMember(i int) (end int, ok bool) {
	if !p.has(i, cHonor) {
		return 0, false
	}
	j := i + 1
	if p.word(j) == "." && !p.toks[j].sp {
		j++
	}
	r, ok := p.parseName(j, false)
	if !ok || r.crossedNL || p.word(r.e) != "asked" || p.word(r.e+1) != "the" || p.has(r.s, cTitle) {
		return 0, false
	}
	if k := r.e + 2; k >= len(p.toks) || !p.toks[k].is(fCap) || !p.has(k, cTitle) {
		return 0, false // "asked the Secretary of State", "asked the Prime Minister"
	}
	home, _ := p.recordHome()
	p.addMember(i, r, r.e, home, false)
	return r.e, true
}

// motionMember reads, in a house's record, the member who moves or
// seconds a motion as minutes report it, a style or honorific and a name
// at a line's start: "Hon. Mr. Bunn moved the adoption of …", "Mr. Riel,
// seconded by Mr. Ross, moved …", "Hon. Mr. Olone seconded the motion";
// and the members the minutes list as present, "Hon. Messrs." and their
// names. The member is an official with the title "Member of Parliament",
// of the house's country when the record gives it.
func (p *parser) motionMember(i int) (end int, ok bool) {
	if !p.has(i, cHonor) && !styleWords[p.word(i)] && p.word(i) != "Messrs" {
		return 0, false
	}
	j := p.skipStyle(i)
	if p.word(j) == "Messrs" {
		// "Hon. Messrs. W.B. O'Donoghue, John Bruce, Ambroise Lepine": the
		// list of the members present
		k := j + 1
		if p.word(k) == "." {
			k++
		}
		home, record := p.houseRecord()
		if !record || k >= len(p.toks) || p.toks[k].nl > 0 {
			return 0, false
		}
		names, end := p.nameList(k, false)
		if len(names) < 2 {
			return 0, false
		}
		for _, r := range names {
			p.addMember(r.s, r, r.e, home, false)
		}
		return end, true
	}
	r, ok := p.parseName(j, false)
	if !ok || j == i || r.crossedNL || p.has(r.s, cTitle) {
		return 0, false
	}
	switch w := p.word(r.e); {
	case w == "moved" || w == "seconded":
	case w == "," && p.word(r.e+1) == "seconded" && p.word(r.e+2) == "by":
	default:
		return 0, false
	}
	home, record := p.houseRecord()
	if !record {
		return 0, false
	}
	p.addMember(i, r, r.e, home, false)
	return r.e, true
}

// styledRoster reads a house's list of members at token i: three lines or
// more in a row, each a member's style, name and letters alone
// ("THE HONOURABLE JANE ROE, G.B.S., J.P.", "DR THE HONOURABLE JOHN DOE",
// "The Hon. Ann Lee"), as a record prints those present. Each is a member
// of the house. It returns the token after the list.
func (p *parser) styledRoster(i int) (end int, ok bool) {
	var names []nameRes
	var starts []int
	k := i
	for k < len(p.toks) && p.lineStart(k) {
		r, e, ok := p.styledMemberLine(k)
		if !ok {
			break
		}
		names, starts = append(names, r), append(starts, k)
		k = e
	}
	if len(names) < 3 {
		return 0, false
	}
	home, _ := p.recordHome()
	for n, r := range names {
		p.addMember(starts[n], r, r.e, home, p.toks[r.s].is(fUpper))
	}
	return k, true
}

// styledMemberLine reads one line of styledRoster at token i: a style
// holding "Honourable" or "Hon", a name of two words or more, and
// post-nominal letters after commas to the line's end. It returns the
// name, the token after the line and whether the line is one.
func (p *parser) styledMemberLine(i int) (nameRes, int, bool) {
	// the style, in capitals too: "DR THE HONOURABLE", "The Hon. Dr"
	j, styled := i, false
	for n := 0; n < 6 && j < len(p.toks) && p.toks[j].nl == 0 || j == i && n == 0; n++ {
		w := p.word(j)
		if !(lowerIs(w, "the") || lowerIs(w, "rt") || lowerIs(w, "right") || p.honStyle(j) || p.has(j, cHonor) || styleWords[w]) {
			break
		}
		styled = styled || p.honStyle(j)
		j++
		if p.word(j) == "." && !p.toks[j].sp {
			j++
		}
	}
	if !styled || j >= len(p.toks) || p.toks[j].nl > 0 {
		return nameRes{}, 0, false
	}
	caps := p.toks[j].is(fUpper)
	r, ok := p.parseName(j, caps)
	if !ok || r.n < 2 || r.crossedNL {
		return nameRes{}, 0, false
	}
	end := p.lineEnd(i)
	for k := r.e; k < end; k++ {
		if w := p.word(k); w != "," && w != "." && !(p.isWord(k) && (p.toks[k].is(fUpper) || postNominals[w] || len(w) <= 3)) {
			return nameRes{}, 0, false // the line goes on: no member named alone
		}
	}
	return r, end, true
}
