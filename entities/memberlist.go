package entities

import "strings"

// The members a text lists for a body: "Current NCD Council members
// include Jane Roe, John Doe and Ann Poe.", "Members of the Audit Committee
// are: …". Each named person holds the body's membership as an office.

// memberBodies are the nouns of a body whose members a list names.
var memberBodies = wordLists.Set("member-bodies")

// memberListOpeners open the sentence of a list, no part of the body's
// name: "Current NCD Council members include …".
var memberListOpeners = wordLists.Set("member-list-openers")

// memberList reads a list of a body's members at token i, the word
// "members" or "Members": the body before it in capitalised words ending
// in a body's noun ("NCD Council members") or after it ("Members of the
// Audit Committee"), then "include", "included", "are" or "were" (a colon
// may follow), then two or more names joined by commas and "and", to the
// sentence's end. It returns the end of the list.
func (p *parser) memberList(i int) (end int, ok bool) {
	if w := p.word(i); w != "members" && w != "Members" {
		return 0, false
	}
	// the body before: "Current NCD Council members"
	bs, be := i, i
	for k := i - 1; k >= 0 && k > i-6 && p.isWord(k) && p.toks[k].is(fCap) && p.toks[k+1].nl == 0; k-- {
		bs = k
	}
	for bs < be && memberListOpeners[p.word(bs)] {
		bs++ // "Current NCD Council members": the body is "NCD Council"
	}
	j := i + 1
	if bs < be && !memberBodies[p.word(be-1)] {
		bs = be
	}
	if bs == be && p.word(j) == "of" {
		// "Members of the Audit Committee are"
		k := j + 1
		if p.word(k) == "the" {
			k++
		}
		s := k
		for k < len(p.toks) && k < s+6 && p.isWord(k) && p.toks[k].is(fCap) && p.toks[k].nl == 0 {
			k++
		}
		if k == s || !memberBodies[p.word(k-1)] {
			return 0, false
		}
		bs, be, j = s, k, k
	}
	if bs == be {
		return 0, false
	}
	switch p.word(j) {
	case "include", "included", "includes", "are", "were":
		j++
	default:
		return 0, false
	}
	if p.word(j) == ":" {
		j++
	}
	title := p.surface(bs, be) + " member"
	names, j := p.nameList(j, true)
	if j > 0 && len(names) > 0 && j == names[len(names)-1].e+1 && p.word(j-1) == "," {
		j-- // a list may not end with its comma
	}
	if len(names) < 2 || !(j >= len(p.toks) || p.word(j) == "." || p.toks[j].nl > 0) {
		return 0, false
	}
	p.addMembers(names, bs, be, title)
	return j, true
}

// addMembers gives each of names the membership of the body at tokens [bs,
// be) as an office with title.
func (p *parser) addMembers(names []nameRes, bs, be int, title string) {
	for _, r := range names {
		o := office{start: bs, end: be, titleS: bs, title: title, kind: "official", capital: true, multi: true, body: true}
		p.addPerson(o, r, false, -1)
	}
}

// memberListBefore reads the members a sentence lists before saying so, at
// token i, the word "members": "Jane Roe, John Doe (Ministry of Finance)
// and Ann Poe attended the meeting as committee members." The sentence
// opens with two or more full names (each perhaps with a bracket), then
// "attended", "joined" or "participated", and "as", a body's noun in lower
// case and "members" close it. The body is the last capitalised name
// ending in that noun before the sentence (the title is then "Member of
// the Monetary Policy Committee"), else the noun itself ("Board member").
// It returns the token after "members".
func (p *parser) memberListBefore(i int) (end int, ok bool) {
	if p.word(i) != "members" || i < 4 || p.word(i-2) != "as" {
		return 0, false
	}
	noun := p.word(i - 1)
	if noun == "" {
		return 0, false
	}
	noun = strings.ToUpper(noun[:1]) + noun[1:] // "Committee"
	if !memberBodies[noun] {
		return 0, false
	}
	// the sentence's start
	s := i - 2
	for s > 0 && p.word(s-1) != "." && p.toks[s].nl == 0 {
		s--
	}
	names, j := p.nameList(s, true)
	switch p.word(j) {
	case "attended", "joined", "participated":
	default:
		return 0, false
	}
	if len(names) < 2 {
		return 0, false
	}
	for k := j; k < i; k++ {
		if p.word(k) == "." || p.word(k) == ";" {
			return 0, false
		}
	}
	// the body: the last capitalised name ending in the noun before
	title := noun + " member"
	bodyS, bodyE := i-1, i
	for k := s - 1; k >= 0 && k > s-400; k-- {
		if p.word(k) != noun || !p.toks[k].is(fCap) {
			continue
		}
		b := k
		for b > 0 && b > k-6 && p.isWord(b-1) && p.toks[b-1].is(fCap) && p.toks[b].nl == 0 && !memberListOpeners[p.word(b-1)] {
			b--
		}
		if b < k {
			title = "Member of the " + p.surface(b, k+1)
			bodyS, bodyE = b, k+1
		}
		break
	}
	p.addMembers(names, bodyS, bodyE, title)
	return i + 1, true
}
