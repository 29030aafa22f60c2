// Committee rosters and statement heads: the printed record of a US
// congressional hearing lists
// the committee's members under its head, in two columns, each with the
// state they represent ("PAUL E. KANJORSKI, Pennsylvania      SPENCER
// BACHUS, Alabama"), the chair and ranking member with their office
// ("BARNEY FRANK, Massachusetts, Chairman"), then the staff ("Jeanne M.
// Roslanowick, Staff Director and Chief Counsel").

package entities

import "strings"

// rosterEntry is one member of a roster line: the name's tokens and the
// office written after the state, if any.
type rosterEntry struct {
	r      nameRes
	os, oe int // tokens [os, oe) of the office ("Ranking Republican Member")
}

// rosterLine is a line of a roster: its members, or a staff member's name
// and office (staff true).
type rosterLine struct {
	entries []rosterEntry
	end     int // the token after the line
	staff   bool
}

// rosterLines finds the rosters of the text and returns their lines by the
// token that opens them; nil when the text has none. A roster is three
// lines or more in a row, each holding one or two members named in
// capitals with a US state; the lines of names with an office that follow
// it are its staff.
func (p *parser) rosterLines() map[int]rosterLine {
	type line struct {
		no, start, end int // the line's number and tokens
		l              rosterLine
	}
	var ms []line // the member lines; most texts have none
	no := 0
	for i := 0; i < len(p.toks); no++ {
		end := p.lineEnd(i)
		if l, ok := p.memberLine(i, end); ok {
			ms = append(ms, line{no: no, start: i, end: end, l: l})
		}
		i = end
	}
	var out map[int]rosterLine
	// a roster is three member lines or more, one line the reader cannot
	// take between two of them at most (an office under its member, a
	// misspelt state: "GEORGE RADAVANOVICH, Califorina"); the lines of
	// staff right after it are its staff
	for k := 0; k < len(ms); {
		last := k
		for last+1 < len(ms) && ms[last+1].no <= ms[last].no+2 {
			last++
		}
		if last-k+1 >= 3 {
			if out == nil {
				out = map[int]rosterLine{}
			}
			for j := k; j <= last; j++ {
				out[ms[j].start] = ms[j].l
			}
			// (parseName keeps state: the staff lines are read only
			// under a roster)
			for i := ms[last].end; i < len(p.toks); {
				end := p.lineEnd(i)
				l, ok := p.staffLine(i, end)
				if !ok {
					break
				}
				out[i] = l
				i = end
			}
		}
		k = last + 1
	}
	return out
}

// memberLine reads the line of tokens [i, end) as one or two members of a
// roster: a name in capitals, a comma, a US state, and an office after a
// comma. A second member whose state the line breaks ("WALTER B. JONES,
// Jr., North") and a broken state's last word ("Carolina") after the first
// are allowed.
func (p *parser) memberLine(i, end int) (l rosterLine, ok bool) {
	k := i
	if p.isWord(k) && p.toks[k].is(fCap) && !p.toks[k].is(fUpper) && k+1 < end && p.toks[k+1].is(fUpper) {
		k++ // "Carolina ROBERT WEXLER, Florida": the state the line before broke
	}
	if !p.isWord(k) || !p.toks[k].is(fUpper) || end-k < 4 {
		return l, false
	}
	for k < end && len(l.entries) < 2 {
		r, ok := p.nameToComma(k, end, true)
		if !ok {
			break
		}
		j := r.e + 1 // after the comma
		if n, iso := p.regionAt(j); n > 0 && iso == "US" && !p.toks[j].is(fUpper) {
			j += n
		} else if p.word(j) == "Georgia" {
			j++ // the state, which the table of regions leaves to the country
		} else if len(l.entries) == 1 && p.titleRun(j, end, false) == end {
			j = end // "North" over "Carolina": the state broken by the column
		} else if len(l.entries) == 0 && j+1 < end && p.isWord(j) && p.toks[j].is(fCap) && !p.toks[j].is(fUpper) && p.toks[j+1].is(fUpper) {
			j++ // "SANFORD, South     BRAD SHERMAN": the first column's state broken too
		} else {
			break
		}
		e := rosterEntry{r: r}
		if j < end && p.word(j) == "," {
			e.os = j + 1
			e.oe = p.titleRun(j+1, end, false)
			if e.oe == e.os {
				break
			}
			j = e.oe
		}
		l.entries = append(l.entries, e)
		k = j
	}
	if len(l.entries) == 0 {
		return l, false
	}
	// (the rest of the line, if any, is a member the line breaks)
	l.end = end
	return l, true
}

// lineEnd returns the token after the line token i stands on.
func (p *parser) lineEnd(i int) int {
	end := i + 1
	for end < len(p.toks) && p.toks[end].nl == 0 {
		end++
	}
	return end
}

// titleRun returns the end of the run of words from token j, before token
// end, that are capitalised, and not in capitals unless caps is set, with
// the function words of an office's name between them: an office written
// after a name ("Ranking Republican Member", "Staff Director and Chief
// Counsel", "IT Director").
func (p *parser) titleRun(j, end int, caps bool) int {
	k := j
	for ; k < end; k++ {
		switch {
		case p.isWord(k) && p.toks[k].is(fCap) && (caps || !p.toks[k].is(fUpper)):
		case k > j && lowerIn(titleFunction, p.word(k)):
		default:
			return k
		}
	}
	return k
}

// nameToComma reads a name from token k up to a comma before token end:
// words in capitals when caps is set ("KENNY MARCHANT", "PATRICK T.
// McHENRY", "PETER T. KING", of which a name parser reading running text
// would take "KING" for a title), capitalised words otherwise ("Scott G.
// Alvarez", of a statement's head), with initials, and a suffix after the
// comma (", Jr.,").
func (p *parser) nameToComma(k, end int, caps bool) (r nameRes, ok bool) {
	r = nameRes{s: k, first: k, last: -1, surS: -1}
	j := k
	for ; j < end && r.n < 5; j++ {
		if p.word(j) == "." && j > k && !p.toks[j].sp {
			continue // an initial's or an abbreviation's full stop: "WM. LACY CLAY"
		}
		if w := p.word(j); j > k && (w == "-" && !p.toks[j].sp && j+1 < end && !p.toks[j+1].sp || nickMark(w)) {
			continue // "ROS-LEHTINEN"; a nickname's quotes: "MARSHALL ``MARK'' SANFORD"
		}
		if !p.isWord(j) {
			break
		}
		w := p.word(j)
		if c := w[len(w)-1]; caps && !p.toks[j].is(fUpper) && !(c >= 'A' && c <= 'Z') || !caps && !p.toks[j].is(fCap) {
			return r, false // "McHENRY" is in capitals, "Henry" is not
		}
		if !p.toks[j].is(fDots) {
			r.last, r.surS = j, j
		}
		r.n++
	}
	if r.last < 0 || r.n < 2 || j >= end || p.word(j) != "," {
		return r, false
	}
	r.e = j
	if p.has(j+1, cSuffix) && j+2 < end {
		// ", Jr.,": the suffix is the name's
		r.e = j + 2
		if p.word(r.e) == "." {
			r.e++
		}
		if r.e >= end || p.word(r.e) != "," {
			return r, false
		}
	}
	return r, true
}

// nickMark reports a quotation mark around a nickname in a name: "“",
// "”", a straight or curly double quote.
func nickMark(w string) bool {
	switch w {
	case "`", "'", "\"", "\u201c", "\u201d":
		return true
	}
	return false
}

// staffLine reads the line of tokens [i, end) as a staff member: a name
// not in capitals, a comma and an office to the end of the line ("Dean
// Shahinian, Senior Counsel", "Shelvin Simmons, IT Director").
func (p *parser) staffLine(i, end int) (l rosterLine, ok bool) {
	if !p.isWord(i) || !p.toks[i].is(fCap) {
		return l, false
	}
	r, ok := p.parseName(i, false)
	if !ok || r.n < 2 || r.n > 4 || r.e >= end || p.word(r.e) != "," || p.toks[i].is(fUpper) {
		return l, false
	}
	e := rosterEntry{r: r, os: r.e + 1}
	e.oe = p.titleRun(e.os, end, true)
	if e.oe != end || e.oe == e.os || e.oe-e.os > 8 {
		return l, false
	}
	return rosterLine{entries: []rosterEntry{e}, end: end, staff: true}, true
}

// rosterHouse returns the title of a member of the chamber whose record
// the text is: "Senator" or "Representative", whichever chamber the text
// names first, else "Member of Congress".
func rosterHouse(text string) string {
	first := func(forms ...string) int {
		at := -1
		for _, f := range forms {
			if k := strings.Index(text, f); k >= 0 && (at < 0 || k < at) {
				at = k
			}
		}
		return at
	}
	s := first("UNITED STATES SENATE", "U.S. SENATE", "SENATE COMMITTEE", "Senate Hearing", "United States Senate")
	h := first("HOUSE OF REPRESENTATIVES", "HOUSE COMMITTEE", "House Hearing", "House of Representatives")
	switch {
	case s >= 0 && (h < 0 || s < h):
		return "Senator"
	case h >= 0:
		return "Representative"
	}
	return "Member of Congress"
}

// addRoster records the members or the staff member of a roster line.
func (p *parser) addRoster(l rosterLine) {
	for _, e := range l.entries {
		title, kind := p.rosterTitle, "legislator"
		if e.oe > e.os {
			title, kind = p.surface(e.os, e.oe), ""
		}
		o := office{start: e.r.s, end: max(e.oe, e.r.e), titleS: e.os, title: title, kind: kind, country: "US", capital: true}
		p.addPerson(o, e.r, !l.staff, -1)
	}
}

// appearanceLine reads a line of a court's or a hearing's appearances: a
// name in capitals, "ESQ." if given, and an office in mixed case after a
// comma: "DONALD B. VERRILLI, JR., ESQ., Solicitor General, Department of
// Justice, Washington, D.C.; on behalf of Petitioners". Counsel without
// an office ("ROBERT A. LONG, ESQ., Washington, D.C.") are no officials.
// esq asks for the "ESQ." that marks an appearance away from a line's
// start.
func (p *parser) appearanceLine(i int, esq bool) (end int, ok bool) {
	comma := false
	for k := i + 1; k < len(p.toks) && k <= i+8 && p.toks[k].nl == 0; k++ {
		if p.word(k) == "," {
			comma = true
			break
		}
	}
	if !comma || !p.givenNameAt(i) {
		return 0, false // most words in capitals: an acronym, a heading's
	}
	// the line's end, or 40 tokens on: the name, "ESQ." and the office
	// are all near the start (and a joined paragraph may be long)
	le := i + 1
	for le < len(p.toks) && le < i+40 && p.toks[le].nl == 0 {
		le++
	}
	r, ok := p.nameToComma(i, le, true)
	if !ok || r.n > 5 || !p.givenNameAt(r.first) {
		return 0, false
	}
	k := r.e + 1
	if w := p.word(k); strings.EqualFold(w, "jr") || strings.EqualFold(w, "sr") || w == "II" || w == "III" || w == "IV" {
		// ", JR.,": the suffix is the name's
		e := k + 1
		if p.word(e) == "." {
			e++
		}
		if p.word(e) != "," {
			return 0, false
		}
		r.e, k = e, e+1
	}
	if strings.EqualFold(p.word(k), "esq") {
		k++
		if p.word(k) == "." {
			k++
		}
		if p.word(k) != "," {
			return 0, false
		}
		k++
	} else if esq {
		return 0, false
	}
	if k >= le || !p.isWord(k) || p.toks[k].is(fUpper) {
		return 0, false // the office in mixed case, not the next name
	}
	o, ok := p.parseOffice(k)
	if !ok || !o.capital || o.det != 0 || o.former || o.plural || o.end > le {
		return 0, false
	}
	if o.end < le && p.word(o.end) != "," && p.word(o.end) != ";" {
		return 0, false
	}
	p.addPerson(o, r, true, -1)
	return o.end, true
}

// statementHead reads the head of a witness's statement in a hearing's
// record, on a line of its own: "STATEMENT OF SCOTT G. ALVAREZ, GENERAL
// COUNSEL, BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM", "TESTIMONY
// OF HON. JANE ROE, SECRETARY OF LABOR" (the shared analysis gives lines
// in capitals in title case: "Statement of Scott G. Alvarez, …").
func (p *parser) statementHead(i int) (end int, ok bool) {
	j := i
	if w := p.word(j); strings.EqualFold(w, "opening") || strings.EqualFold(w, "prepared") {
		j++
	}
	if w := p.word(j); !strings.EqualFold(w, "statement") && !strings.EqualFold(w, "testimony") || !strings.EqualFold(p.word(j+1), "of") {
		return 0, false
	}
	j += 2
	for strings.EqualFold(p.word(j), "hon") || strings.EqualFold(p.word(j), "honorable") || p.word(j) == "." {
		j++
	}
	r, ok := p.nameToComma(j, p.lineEnd(i), false)
	if !ok {
		return 0, false
	}
	if rank := titleCase(p.word(r.s)); r.n >= 3 && personTitles[rank] {
		// "STATEMENT OF DETECTIVE DAVID AZUR, BALTIMORE CITY POLICE
		// DEPARTMENT": the rank is the title, the force after the comma
		// its organisation
		if org, end := p.headOrg(r.e+1, p.lineEnd(i)); end > 0 {
			r.s, r.first, r.n = r.s+1, r.s+1, r.n-1
			p.addPerson(office{start: r.s - 1, end: end, titleS: r.s - 1, title: rank, org: org, capital: true}, r, true, -1)
			return end, true
		}
	}
	o, ok := p.parseOffice(r.e + 1)
	if ok && o.end < len(p.toks) && p.toks[o.end].nl == 0 && p.word(o.end) != "," {
		ok = false // "General" of "General Counsel": the office goes on
	}
	if !ok || !o.capital || o.det != 0 || o.former || o.plural || p.toks[o.start].nl > 0 {
		// an office the lexicon does not hold ("General Counsel",
		// "Special Master for TARP"): the words up to the next comma
		end := p.lineEnd(i)
		k := p.titleRun(r.e+1, end, true)
		if k == r.e+1 || k-r.e > 8 || k < end && p.word(k) != "," {
			return 0, false
		}
		o = office{start: r.e + 1, end: k, titleS: r.e + 1, title: capsPhrase(p.surface(r.e+1, k)), capital: true}
	}
	if k := p.lineTail(o.end); k > 0 {
		o.end = k // the department after a comma: ", Board of Governors of …"
	}
	if o.end < len(p.toks) && p.toks[o.end].nl == 0 {
		return 0, false // the line goes on: no head
	}
	p.addPerson(o, r, p.toks[r.s].is(fUpper), -1)
	return o.end, true
}

// titleFunction are the function words of an office's name.
var titleFunction = wordLists.Set("title-function")

// capsPhrase writes a phrase printed in capitals in title case, its
// function words in lower case: "SPECIAL MASTER FOR TARP" → "Special
// Master for Tarp".
func capsPhrase(s string) string {
	ws := strings.Fields(titleCase(s))
	for k, w := range ws {
		if lw := strings.ToLower(w); k > 0 && titleFunction[lw] {
			ws[k] = lw
		}
	}
	return strings.Join(ws, " ")
}

// headOrg reads the organisation a statement's head gives after the
// witness's name, from token k to the line's end (before token end): words
// in capitals or capitalised, with the function words of a name ("VERMONT
// STATE POLICE", "BALTIMORE CITY POLICE DEPARTMENT"), and the place after
// it; the organisation and the line's end, or "" and 0 when the line holds
// other things.
func (p *parser) headOrg(k, end int) (string, int) {
	j := p.titleRun(k, end, true)
	if j == k || j-k > 8 {
		return "", 0
	}
	if j < end && p.lineTail(j) != end {
		return "", 0 // (its place after commas: ", WATERBURY, VERMONT")
	}
	return capsPhrase(p.surface(k, j)), end
}
