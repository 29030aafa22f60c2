package entities

import "strings"

// This file tells whether a text is a legislature's own record, and of
// which country: a heading that names the house or its debates, the
// Speaker addressed, members' seats in the labels.

// inRecord is recordHome, a text whose labels give members with their
// seats (memberLabel) counting as a legislature's record too.
func (p *parser) inRecord() (string, bool) {
	home, record := p.recordHome()
	return home, record || p.seatLabels > 0
}

// recordHome reports whether the text is a legislature's own record (a
// heading "LEGISLATIVE ASSEMBLY OF ONTARIO", "PROCEEDINGS OF THE NATIONAL
// ASSEMBLY", a header the reader removed) and the legislature's country,
// "" when the record does not say; computed once.
func (p *parser) recordHome() (string, bool) {
	if !p.recordDone {
		p.recordDone = true
		p.record = p.institutionHome()
		if p.record == "" {
			p.record = p.home
		}
		p.isRecord = p.record != "" || p.legislatureHeading() || p.speakerAddressed()
	}
	return p.record, p.isRecord
}

// houseRecord is recordHome for a text that shows itself a legislature's
// record: a heading names the house, its debates or the sitting, the
// Speaker is addressed, or labels give members' seats. A country's
// government or an institution named in the text alone does not make one.
func (p *parser) houseRecord() (string, bool) {
	home, _ := p.recordHome()
	if p.ownRecord == 0 {
		p.ownRecord = 1
		if p.houseHeading() || p.speakerAddressed() || p.debatesHeading() {
			p.ownRecord = 2
		}
	}
	return home, p.ownRecord == 2 || p.seatLabels > 0
}

// speakerAddressed reports a record where the Speaker of a house is
// addressed or labelled twice or more ("Mr Speaker, with your
// permission", "Mr Second Deputy Speaker:", "Madam Speaker", "Mr Acting
// Speaker"): only legislatures have one, courts and councils do not.
func (p *parser) speakerAddressed() bool {
	n := 0
	for k := 1; k < len(p.toks) && n < 2; k++ {
		if p.word(k) != "Speaker" && p.word(k) != "SPEAKER" {
			continue
		}
		b := k - 1
		if p.word(b) == "." && b > 0 && !p.toks[b].sp {
			b--
		}
		switch strings.ToLower(p.word(b)) {
		case "mr", "mister", "madam", "madame", "deputy", "acting", "honourable", "honorable":
			// ("Honourable Speaker, I thank the member", as Tasmania's
			// members address the chair)
			n++
		case "the":
			if p.word(k) == "SPEAKER" && p.lineStart(b) {
				n++ // the chair's label in capitals: "The SPEAKER - Order."
			}
		}
	}
	return n >= 2
}

// legislatureHeading reports a line among the text's first twelve that
// names a legislature in capitals or as a heading's words ("PROCEEDINGS OF
// THE NATIONAL ASSEMBLY", "Dáil Éireann") or opens its sitting ("The House
// met at 14:00."): not a court's or a council's, whose labels name counsel
// and officers.
func (p *parser) legislatureHeading() bool {
	return p.inFirstLines(func(k int) bool {
		if p.toks[k].kind == kWord && p.toks[k].is(fCap) && lowerIn(legislatureWords, p.word(k)) {
			return true
		}
		return p.word(k) == "House" && p.word(k+1) == "met" // "The House met at 14:00."
	})
}

// houseHeading reports a heading among the text's first twelve lines that
// names a legislature: a line of at most six words, all capitalised, one
// of them a legislature's word ("DÁIL ÉIREANN", "Seanad Éireann"); not a
// sentence that names one ("Leaders of the Senate agreed").
func (p *parser) houseHeading() bool {
	lines := 0
	for i := 0; i < len(p.toks) && lines < 12; i++ {
		if !p.lineStart(i) {
			continue
		}
		lines++
		words, house := 0, false
		k := i
		for ; k < len(p.toks) && (k == i || p.toks[k].nl == 0); k++ {
			if p.toks[k].kind != kWord {
				continue
			}
			if w := p.word(k); w == "of" || w == "the" || w == "for" {
				continue // "Legislative Assembly of Assiniboia"
			}
			if words++; words > 6 || !p.toks[k].is(fCap) {
				house = false
				break
			}
			house = house || lowerIn(legislatureWords, p.word(k))
		}
		if house {
			return true
		}
		i = k - 1
	}
	return false
}

// inFirstLines reports whether f holds at a token of the text's first
// twelve lines.
func (p *parser) inFirstLines(f func(k int) bool) bool {
	lines := 0
	for i := 0; i < len(p.toks) && lines < 12; i++ {
		if !p.lineStart(i) {
			continue
		}
		lines++
		for k := i; k < len(p.toks) && (k == i || p.toks[k].nl == 0); k++ {
			if f(k) {
				return true
			}
		}
	}
	return false
}

// debatesHeading reports a record of a legislature's debates by its own
// heading among the text's first twelve lines ("PARLIAMENTARY DEBATES",
// "Official Report", "Hansard", "Record of Proceedings") or the line
// that opens its sitting ("The House met at …"); not a page that only
// names a legislature.
func (p *parser) debatesHeading() bool {
	if p.debates == 0 {
		p.debates = 1
		if p.findDebatesHeading() {
			p.debates = 2
		}
	}
	return p.debates == 2
}

// findDebatesHeading reads the first twelve lines for debatesHeading.
func (p *parser) findDebatesHeading() bool {
	return p.inFirstLines(func(k int) bool {
		w, n := p.word(k), p.word(k+1)
		return strings.EqualFold(w, "hansard") ||
			strings.EqualFold(w, "parliamentary") && strings.EqualFold(n, "debates") ||
			strings.EqualFold(w, "official") && strings.EqualFold(n, "report") ||
			strings.EqualFold(w, "record") && strings.EqualFold(n, "of") && strings.EqualFold(p.word(k+2), "proceedings") ||
			(strings.EqualFold(w, "house") || strings.EqualFold(w, "senate") || strings.EqualFold(w, "assembly")) && strings.EqualFold(n, "met")
	})
}
