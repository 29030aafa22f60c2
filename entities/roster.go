// Committee rosters: the printed record of a US congressional hearing lists
// the committee's members under its head, in two columns, each with the
// state they represent ("PAUL E. KANJORSKI, Pennsylvania      SPENCER
// BACHUS, Alabama"), the chair and ranking member with their office
// ("BARNEY FRANK, Massachusetts, Chairman"), then the staff ("Jeanne M.
// Roslanowick, Staff Director and Chief Counsel").

package entities

import (
	"strings"

	"github.com/communique/communique/internal/tables"
)

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
	var out map[int]rosterLine
	var run []int // line starts of the current run of member lines
	var lines []rosterLine
	staffOK := false // the lines before were a roster or its staff
	flush := func() {
		if len(run) >= 3 {
			if out == nil {
				out = map[int]rosterLine{}
			}
			for k, i := range run {
				out[i] = lines[k]
			}
			staffOK = true
		}
		run, lines = run[:0], lines[:0]
	}
	for i := 0; i < len(p.toks); {
		end := i + 1
		for end < len(p.toks) && p.toks[end].nl == 0 {
			end++
		}
		if l, ok := p.memberLine(i, end); ok {
			run, lines = append(run, i), append(lines, l)
		} else {
			flush()
			// (parseName keeps state: the staff lines are read only
			// under a roster)
			if staffOK {
				if l, ok := p.staffLine(i, end); ok {
					out[i] = l
				} else {
					staffOK = false
				}
			}
		}
		i = end
	}
	flush()
	return out
}

// memberLine reads the line of tokens [i, end) as one or two members of a
// roster: a name in capitals, a comma, a US state, and an office after a
// comma. A second member whose state the line breaks ("WALTER B. JONES,
// Jr., North") and a broken state's last word ("Carolina") after the first
// are allowed.
func (p *parser) memberLine(i, end int) (l rosterLine, ok bool) {
	if !p.isWord(i) || !p.toks[i].is(fUpper) || end-i < 4 {
		return l, false
	}
	k := i
	for k < end && len(l.entries) < 2 {
		r, ok := p.capsName(k, end)
		if !ok {
			break
		}
		j := r.e + 1 // after the comma
		if n, iso := p.countryOf(j); n > 0 && iso == "US" && p.toks[j].is(fCap) && !p.toks[j].is(fUpper) {
			j += n
		} else if p.word(j) == "Georgia" {
			j++ // the state, which the table of regions leaves to the country
		} else if len(l.entries) == 1 && p.capsRun(j, end) == end {
			j = end // "North" over "Carolina": the state broken by the column
		} else {
			break
		}
		e := rosterEntry{r: r}
		if j < end && p.word(j) == "," {
			e.os = j + 1
			e.oe = p.capsRun(j+1, end)
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

// countryOf returns the tokens of the region's name at token j and its
// country.
func (p *parser) countryOf(j int) (n int, iso string) {
	if j < 0 || j >= len(p.toks) {
		return 0, ""
	}
	n, v := p.x.regions.match(p.text, p.toks, j, &p.buf)
	if n == 0 {
		return 0, ""
	}
	return n, tables.Countries[v].ISO2
}

// capsRun returns the end of the run of words from token j that are
// capitalised and not in capitals, with "of", "and", "for", "the" between
// them: an office written after a name ("Ranking Republican Member").
func (p *parser) capsRun(j, end int) int {
	k := j
	for k < end {
		w := p.word(k)
		switch {
		case p.isWord(k) && p.toks[k].is(fCap) && !p.toks[k].is(fUpper):
		case k > j && (w == "of" || w == "and" || w == "for" || w == "the"):
		default:
			return k
		}
		k++
	}
	return k
}

// capsName reads the name in capitals at token k, up to the comma before
// the member's state, within the line that ends at token end: "KENNY
// MARCHANT", "PATRICK T. McHENRY", "PETER T. KING", "WALTER B. JONES,
// Jr.". Any word of it may be a title elsewhere ("KING").
func (p *parser) capsName(k, end int) (r nameRes, ok bool) {
	r = nameRes{s: k, first: k, last: -1, surS: -1}
	j := k
	for ; j < end && r.n < 5; j++ {
		if p.word(j) == "." && j > k && !p.toks[j].sp {
			continue // an abbreviation's full stop: "WM. LACY CLAY"
		}
		if !p.isWord(j) {
			break
		}
		w := p.word(j)
		if c := w[len(w)-1]; !p.toks[j].is(fUpper) && !(c >= 'A' && c <= 'Z') {
			return r, false // a word not in capitals: "McHENRY" is, "Henry" is not
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
	e.oe = e.os
	for e.oe < end && e.oe-e.os < 8 {
		w := p.word(e.oe)
		if !(p.isWord(e.oe) && p.toks[e.oe].is(fCap)) && w != "and" && w != "of" && w != "for" && w != "the" {
			break
		}
		e.oe++
	}
	if e.oe != end || e.oe == e.os {
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
