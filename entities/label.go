package entities

import "strings"

// ParseLabel reads a transcript's speaker label and returns the person's
// name and title. It accepts the label styles of official transcripts:
//
//	"Mark Rutte, NATO Secretary General"  → "Mark Rutte", "Secretary General"
//	"SECRETARY BLINKEN:"                  → "Blinken", "Secretary"
//	"FOREIGN MINISTER HAAVISTO"           → "Haavisto", "Foreign Minister"
//	"President of Russia Vladimir Putin:" → "Vladimir Putin", "President"
//	"Mr Hague:"                           → "Hague", ""
//	"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)"
//	                                      → "Douglas Alexander", "Member of Parliament"
//	"Vladimir Putin:"                     → "Vladimir Putin", ""
//
// The title is the office without the organisation or country it belongs
// to. A trailing colon or full stop is allowed. ok is false when the label
// is not a person named with an office or an honorific ("Question",
// "MODERATOR:", "Shannon from ABC News").
func (x *Extractor) ParseLabel(label string) (name, title string, ok bool) {
	s := strings.TrimSpace(label)
	s = strings.TrimRight(s, ":. \u00a0")
	if s == "" || len(s) > 300 || strings.ContainsAny(s, "\n") {
		return "", "", false
	}
	text := s + ":"
	p := &parser{x: x, text: text, orgCnt: map[string]int{}}
	p.toks = tokenize(nil, text)
	p.cls = x.classes(text, p.toks)
	p.scan()
	last := len(p.toks) - 1 // the colon
	var found *mention
	for k := range p.ms {
		m := &p.ms[k]
		if m.kind != mPerson && m.kind != mHonor {
			continue
		}
		if found != nil {
			return "", "", false
		}
		found = m
	}
	if found == nil {
		// a bare name: "Vladimir Putin:"
		if r, ok := p.parseName(0, false); ok && r.n >= 2 && r.s == 0 && r.e == last {
			return p.nameString(r, false), "", true
		}
		return "", "", false
	}
	if found.ts != 0 || found.te != last {
		return "", "", false
	}
	return found.name, found.title, true
}
