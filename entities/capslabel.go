package entities

import (
	"strings"

	"github.com/communique/communique/internal/text"
)

// This file reads the speaker labels of records that set names in
// capitals ("THE HONOURABLE JANE ROE:", "Mr SPEAKER:") and the brackets,
// seats and numbers around them.

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
	return len(w) <= 3 && text.Digits(w)
}

// seatAfter returns the end of a member's seat at token k, "for" and up
// to five capitalised words of a place on the line, hyphens joining them
// ("for Kootenay-Monashee", "for Lake Melville"), else k.
func (p *parser) seatAfter(k int) int {
	if p.word(k) != "for" || !p.placeWord(k+1) {
		return k
	}
	return p.placeRun(k + 1)
}

// placeWord reports a capitalised word at token e on its line, a word of a
// place's name (compass words are stop names: "Leeds North").
func (p *parser) placeWord(e int) bool {
	return e < len(p.toks) && p.toks[e].kind == kWord && p.toks[e].is(fCap) && p.toks[e].nl == 0
}

// placeRun returns the end of a place's name from token k: up to five
// capitalised words on the line, hyphens joining them ("Kootenay-Monashee",
// "Lake Melville"); k when none stands there.
func (p *parser) placeRun(k int) int {
	e, words := k, 0
	for e < len(p.toks) && words < 5 && p.toks[e].nl == 0 {
		switch {
		case p.placeWord(e):
			words++
		case (p.word(e) == "-" || p.word(e) == "\u2013") && !p.toks[e].sp && p.placeWord(e+1) && words > 0:
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
