package quotes

// The quotation being attributed: its paragraph, sentence and cues, and
// the speaker chosen from them.

import (
	"strings"

	"github.com/communique/communique/internal/text"
)

// indexOfQuote returns the index of the token of quotation qi, or -1.
// Tokens are in text order, so the search is binary on the position of
// the quotation's opening mark.
func (st *state) indexOfQuote(toks []tok, qi int) int {
	pos := st.spans[qi].open
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].s < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(toks) && toks[lo].q == qi {
		return lo
	}
	return -1
}

// boundedSentence returns the sentence around toks[k], at most
// maxSentenceTokens either side.
func (st *state) boundedSentence(toks []tok, k int) (int, int) {
	a := k
	for a > 0 && k-a < maxSentenceTokens && !st.sentenceEnds(toks, a-1) {
		a--
	}
	b := k
	for b < len(toks) && b-k < maxSentenceTokens {
		b++
		if st.sentenceEnds(toks, b-1) {
			break
		}
	}
	return a, b
}

// prevParagraph returns the bounds of the last non-blank line before the
// line starting at a, or ok false.
// signedBelow reports a paragraph after the one that ends at pb that
// opens with a dash, a signature ("-President Obama,", "— Jane Roe
// (@janeroe)"): the quotation above is the signer's.
func (st *state) signedBelow(pb int) bool {
	na, _, ok := st.nextParagraph(pb)
	if !ok {
		return false
	}
	t := st.text[na:]
	return strings.HasPrefix(t, "-") || strings.HasPrefix(t, "\u2014") || strings.HasPrefix(t, "\u2013")
}

// quotesBefore reports whether the last quotation ended in one of the two
// paragraphs before the one at pa.
func (st *state) quotesBefore(pa int) bool {
	p1, _, ok := st.prevParagraph(pa)
	if !ok {
		return false
	}
	p2, _, ok := st.prevParagraph(p1)
	return ok && st.lastEnd >= p2
}

func (st *state) prevParagraph(a int) (int, int, bool) {
	e := a - 1
	for e > 0 {
		c := st.text[e-1]
		if c == '\n' || c == ' ' || c == '\t' || c == '\r' {
			e--
			continue
		}
		break
	}
	if e <= 0 {
		return 0, 0, false
	}
	s := strings.LastIndexByte(st.text[:e], '\n') + 1
	return s, e, true
}

// nextParagraph returns the bounds of the first non-blank line after the
// line ending at b, or ok false.
func (st *state) nextParagraph(b int) (int, int, bool) {
	a := b
	for a < len(st.text) && (st.text[a] == '\n' || st.text[a] == ' ' || st.text[a] == '\t' || st.text[a] == '\r') {
		a++
	}
	if a >= len(st.text) {
		return 0, 0, false
	}
	e := strings.IndexByte(st.text[a:], '\n')
	if e < 0 {
		return a, len(st.text), true
	}
	return a, a + e, true
}

// quote attributes the quotation spans[qi].
func (st *state) quote(qi int) (Quote, bool) {
	sp := st.spans[qi]
	q := Quote{Text: st.text[sp.start:sp.end], Start: sp.start, End: sp.end}
	pa, pb := st.paragraph(sp.open)
	// Tracking reads up to this paragraph first, while the previous
	// paragraph's tokens are still at hand; it never rewrites the buffer
	// that quoteToks returns.
	st.advance(pa)
	toks := st.quoteToks(pa, pb)
	k := st.indexOfQuote(toks, qi)
	if k < 0 {
		return q, true
	}
	a, b := st.quoteSentence(k)
	ts := toks[a:b]
	k -= a
	if sp.multi && sp.closeW > 0 {
		// the sentence goes on after the closing mark, paragraphs later
		ca, cb := st.paragraph(sp.close)
		ctoks := st.tokensOf(ca, cb, nil)
		if kk := st.indexOfQuote(ctoks, qi); kk >= 0 {
			_, b2 := st.boundedSentence(ctoks, kk)
			ts = append(append(append([]tok(nil), toks[a:a+k]...), toks[a+k]), ctoks[kk+1:b2]...)
		}
	}
	sentInitial := true
	for _, t := range ts[:k] {
		if t.p == 0 {
			sentInitial = false
			break
		}
	}
	if sentInitial && (sp.open == firstNonSpace(st.text, pa) || sp.open == afterBlockQuoteMarks(st.text, pa)) {
		// "X said:" closing the previous paragraph introduces this one
		// (or "X said" with the colon forgotten)
		// (or "X said that," and "described by X as," over a quotation
		// set apart, as Hansards print them)
		if ppa, ppb, ok := st.prevParagraph(pa); ok && (st.text[ppb-1] == ':' || st.text[ppb-1] == ',' || st.text[ppb-1] >= 'a' && st.text[ppb-1] <= 'z') {
			ptoks := st.tokensOf(ppa, ppb, nil)
			if n := len(ptoks); n > 0 && (ptoks[n-1].p == ':' || ptoks[n-1].word() && st.f.lx.cue[st.word(ptoks[n-1])] == cueFinite ||
				n > 1 && ptoks[n-1].p == ',' && ptoks[n-2].word() && (st.word(ptoks[n-2]) == "that" || st.word(ptoks[n-2]) == "as")) {
				s, _ := st.boundedSentence(ptoks, n-1)
				pre := ptoks[s:]
				ts = append(append([]tok(nil), pre...), ts[k:]...)
				k = len(pre)
				sentInitial = false
			}
		}
	}

	if k == len(ts)-1 && !sp.multi && sp.closeW > 0 && strings.HasSuffix(strings.TrimRight(q.Text, " "), ",") {
		// "“…,”" closing its paragraph over "said Jane Roe, …" opening
		// the next: a cue that a converted page's line break cut off
		if na, nb, ok := st.nextParagraph(pb); ok && st.text[na] >= 'a' && st.text[na] <= 'z' {
			ntoks := st.tokensOf(na, nb, nil)
			if len(ntoks) > 0 && ntoks[0].word() && st.f.lx.cue[st.word(ntoks[0])] == cueFinite {
				_, e := st.boundedSentence(ntoks, 0)
				ts = append(append([]tok(nil), ts...), ntoks[:e]...)
			}
		}
	}
	post := st.postCue(ts, k)
	pre := st.preCue(ts, k)
	// a whole sentence quoted right after a statement in its paragraph
	// goes on with that statement ("“…,” said Jane Roe. “That’s Tom Hale
	// and Ann Lee.”"), however capitalised
	goesOn := sentInitial && st.lastSpeaker != "" && st.lastEnd >= pa && st.lastEnd <= sp.open && strings.ContainsAny(lastByte(q.Text), ".!?")
	if !post.ok && motionWording(q.Text) {
		// a motion's or resolution's wording, set out as what is moved
		// ("the amendment as follows: “That the Council shall …”"): a
		// text put to the vote, not anyone's statement
		q.Term = true
		return q, true
	}
	if st.defined(ts[k]) && wordCount(q.Text) <= 4 && (titleCase(q.Text) || wordCount(q.Text) == 1 && startsUpper(q.Text)) && st.afterName(ts[k]) {
		// a short name in brackets of its own after the name it shortens,
		// whatever the verb before ("announced … a Memorandum of
		// Understanding (“MOU”)—a milestone agreement—…"): a definition,
		// said by no one (not a word or words of someone's in brackets:
		// "(“beaners”)")
		q.Term = true
		return q, true
	}
	if !post.ok && !goesOn && (st.isTerm(ts, k, q.Text, pre, sentInitial) || !(pre.ok && pre.direct) && st.inHeadline(sp, pa, pb)) {
		// a word or phrase a named person is reported as using: "Ms Roe
		// called the plan “reckless”", "Roe accused him of a “U-turn”"
		q.Term = true
		if p, e, isPerson, ok := st.headlineSpeaker(ts, k, pa, pb); ok && !(pre.ok && pre.direct) {
			// "Roe: Plan Is ‘Dead on Arrival’", "Jane Roe Says …": the
			// headline's words are its speaker's
			q.Speaker, q.SpeakerKind = cleanSpeaker(p.name), KindOrganization
			if isPerson {
				q.Speaker, q.SpeakerKind = personSpeaker(q.Speaker), KindPerson
			}
			q.Partial = true
			if q.Speaker == "" {
				q.SpeakerKind = ""
			} else {
				q.SpeakerStart, q.SpeakerEnd = ts[e.a].s, ts[e.b-1].e
			}
			return q, true
		}
		if p, e, ok := st.termUser(ts, k, q.Text); ok {
			q.Speaker, q.Partial = cleanSpeaker(p.name), true
			if q.Speaker != "" {
				q.SpeakerKind = KindPerson
				q.SpeakerStart, q.SpeakerEnd = ts[e.a].s, ts[e.b-1].e
			}
		}
		return q, true
	}

	pos := ts[0].s
	if ts[0].q >= 0 {
		pos = st.spans[ts[0].q].open
	}
	st.advance(pos)
	var m cueMatch
	switch {
	case pre.ok && pre.quoting:
		m = pre
	case post.ok:
		m = post
	case pre.ok:
		m = pre
	}
	isPerson := true
	described := false // the speaker is a description, not a name
	var who person
	if m.ok {
		q.Cue = st.cueText(ts, m)
		if m.subj.kind != 0 {
			var p person
			p, isPerson = st.subjectSpeaker(ts, m.subj, m.at, sp.open)
			q.Speaker, who = p.name, p
			q.SpeakerStart, q.SpeakerEnd = ts[m.subj.a].s, ts[m.subj.b-1].e
			if q.Speaker == "" {
				if org, ok := st.orgSubject(ts, m.subj); ok {
					q.Speaker, isPerson = org, false
				} else if d, ok := st.descriptionSpeaker(ts, st.postmodified(ts, m.subj)); ok {
					// "said a senior Roe adviser", "the Texas senator
					// told reporters": no name in the text, so the
					// description is the speaker a reader would write
					q.Speaker, who = d, person{}
					described = true
				}
			}
		} else if !st.thingSubject(ts, m.at) {
			q.Speaker = st.nearPerson(pa)
		}
	} else if p, a, b, cue, ok := st.innerCue(sp); ok {
		// "“On top of these issues – added Gen Roe – the number of …”":
		// the cue set off by dashes inside the quotation
		q.Speaker, q.Cue, who = p.name, cue, p
		q.SpeakerStart, q.SpeakerEnd = a, b
	} else if name, ok := st.signature(sp); ok {
		// a paragraph-long quotation signed on the next line
		q.Speaker = name
	} else {
		// no cue: the subject of the quotation's own sentence ("Mr X
		// appealed for the “…”"), else the last speaker
		if k >= 2 && ts[k-1].p == ':' && ts[k-2].word() {
			// "Jane Roe: “…”", "More from Roe and Doe: “…”"
			q.Speaker = st.colonSpeaker(ts, k-1, sp.open)
		}
		if q.Speaker == "" {
			e := st.clauseOpening(ts, k)
			if e.kind == 0 {
				e = st.sentenceSubject(ts, k)
			}
			if e.kind != 'n' && e.kind != 'l' {
				// "Gov. Jane Roe (R) blamed the court’s “…”", "Jane Roe,
				// the party’s chairwoman, credited him for “…”"
				e = st.appositiveSubject(ts, k)
			}
			if st.theName(ts, e) {
				// "The Atlantic called it “…”": a publication's words
				q.Speaker, isPerson = st.npText(ts, e, true), false
				q.SpeakerStart, q.SpeakerEnd = ts[e.a].s, ts[e.b-1].e
			} else if e.kind == 'n' || e.kind == 'l' {
				p, ok := st.resolve(ts, e, sp.open)
				if !ok && st.bareReporter(ts, e) {
					// "Hillary shot back, “…”": a name alone before a
					// reporting verb
					p, ok = person{name: st.word(ts[e.a])}, true
				}
				if ok {
					q.Speaker = p.name
					q.SpeakerStart, q.SpeakerEnd = ts[e.a].s, ts[e.b-1].e
				}
			}
		}
		if q.Speaker == "" && k > 0 && ts[k-1].p == ':' {
			// "Jane Roe, R-Ky., had a blunt message: “…”": the subject of
			// the sentence the colon closes, person or organisation
			if e := st.clauseSubject(ts, k-1); e.kind == 'n' {
				if h := st.unclosedApposition(ts, e); h.kind != 0 {
					// "Jane Roe, Director of Corporate Affairs, Strategy
					// and Sustainability comments: “…”": the person the
					// apposition follows
					e = h
				}
				if p, ok := st.speakerOf(ts, e, sp.open); p.name != "" {
					q.Speaker, isPerson = p.name, ok
					q.SpeakerStart, q.SpeakerEnd = ts[e.a].s, ts[e.b-1].e
				}
			} else if e := st.npForward(ts, 0); e.kind == 'l' && e.b < k && st.isVerbish(ts[e.b]) {
				// "The state board was clear: “…”"
				if org, ok := st.orgSubject(ts, e); ok {
					q.Speaker, isPerson = org, false
					q.SpeakerStart, q.SpeakerEnd = ts[e.a].s, ts[e.b-1].e
				}
			}
		}
		blank := false
		if q.Speaker == "" && st.lastEnd >= pa {
			// the statement goes on in the same paragraph; after one whose
			// cue names someone the text does not ("said a senior
			// adviser"), with no speaker either
			q.Speaker, isPerson = st.lastSpeaker, !st.lastOrg
			q.SpeakerStart, q.SpeakerEnd = st.lastSpan[0], st.lastSpan[1]
			blank = q.Speaker == ""
		}
		if q.Speaker == "" && !blank {
			q.Speaker = st.nearPerson(pa)
		}
		if q.Speaker == "" && !blank && st.lastSpeaker != "" && !st.lastOrg && sp.open == pa && sp.closeW > 0 && !sp.multi &&
			sp.close+sp.closeW <= pb && strings.TrimSpace(st.text[sp.close+sp.closeW:pb]) == "" && st.quotesBefore(pa) && !st.signedBelow(pb) {
			// a paragraph that is all quotation, one paragraph of
			// report after the last quotation: its speaker goes on
			q.Speaker, isPerson = st.lastSpeaker, true
		}
	}
	q.Partial = true
	switch {
	case post.ok && !sentInitial && k > 0 && ts[k-1].word() && lowerStart(st.text, ts[k-1]):
		// "the race “is a dead heat,” as Roe said": the fragment is a
		// part of the reporter's sentence
	case post.ok, sentInitial:
		q.Partial = false
	case k > 0 && ts[k-1].p == ':' && startsUpper(q.Text):
		q.Partial = false
	case pre.ok && pre.direct && (pre.comma || startsUpper(q.Text)):
		q.Partial = false
	case pre.ok && k > 0 && (ts[k-1].p == ',' || ts[k-1].p == ':') && startsUpper(q.Text) && k-pre.end <= 4:
		// "told reporters, “We are ready.”"
		q.Partial = false
	}
	if q.Speaker != "" && isPerson && !described {
		if who.name != q.Speaker {
			who = person{name: q.Speaker}
		}
		who.at = sp.open
		st.push(who)
	}
	if end := ts[len(ts)-1].e; end > st.cursor && end <= len(st.text) {
		st.cursor = end
	}
	q.Speaker = cleanSpeaker(q.Speaker)
	if isPerson {
		q.Speaker = personSpeaker(q.Speaker)
		if acronymLast(q.Speaker) {
			// "the FBI said", "CBS News said", "America Rising PAC said"
			isPerson = false
		}
	}
	if q.Speaker == "" || q.SpeakerEnd <= q.SpeakerStart {
		q.SpeakerStart, q.SpeakerEnd = 0, 0
	}
	if q.Speaker == "" && m.ok && m.subj.kind != 0 {
		// a statement whose speaker the text describes but does not name
		st.lastEnd, st.lastSpeaker, st.lastOrg = sp.end, "", false
		st.lastSpan = [2]int{}
	}
	if q.Speaker != "" {
		st.lastEnd, st.lastSpeaker, st.lastOrg = sp.end, q.Speaker, !isPerson
		st.lastSpan = [2]int{q.SpeakerStart, q.SpeakerEnd}
		q.SpeakerKind = KindPerson
		if !isPerson {
			q.SpeakerKind = KindOrganization
		}
	}
	return q, true
}

// innerCue reads a cue that interrupts a quotation between dashes, as
// some writers set it inside the quotation marks: "“We are at a turning
// point – said General Roe – and this can be achieved …”", "– added Gen
// Roe to complete the scenario -", "– Roe said –". It returns the speaker,
// the span of the name and the cue.
func (st *state) innerCue(sp span) (person, int, int, string, bool) {
	if !spacedDash(st.text[sp.start:sp.end]) {
		return person{}, 0, 0, "", false
	}
	ts, _ := st.tokens(sp.start, sp.end, len(st.spans), nil)
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].p != '-' || i == 0 || ts[i].s > 0 && st.text[ts[i].s-1] != ' ' {
			continue // a dash set off by spaces, not a hyphen
		}
		var e np
		c := -1
		if w := st.word(ts[i+1]); ts[i+1].word() && st.f.lx.cue[w] == cueFinite {
			c, e = i+1, st.npForward(ts, i+2)
		} else if e = st.npForward(ts, i+1); e.kind == 'n' && e.b < len(ts) && ts[e.b].word() && st.f.lx.cue[st.word(ts[e.b])] == cueFinite {
			c = e.b
		}
		if c < 0 || e.kind != 'n' {
			continue
		}
		// the closing dash within a few words: "to complete the scenario -"
		closed := false
		for j := max(e.b, c+1); j < len(ts) && j <= max(e.b, c+1)+5; j++ {
			if ts[j].p == '-' {
				closed = true
				break
			}
			if ts[j].p != 0 {
				break
			}
		}
		if !closed {
			continue
		}
		if p, ok := st.resolve(ts, e, sp.open); ok && p.name != "" {
			return p, ts[e.a].s, ts[e.b-1].e, st.word(ts[c]), true
		}
	}
	return person{}, 0, 0, "", false
}

// spacedDash reports a dash after a space in s, as innerCue's cue needs:
// " -", " –", " —", " ―".
func spacedDash(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0 && i+1 < len(s); {
		switch r := nextRune(s, i+1); r {
		case '-', 0x2013, 0x2014, 0x2015:
			return true
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// cleanSpeaker returns a speaker's name as a reader would write it: no
// possessive ("Roe’s"), no date after it ("Roe on Friday"), and nothing
// for a party label alone ("Democratic").
func cleanSpeaker(s string) string {
	for {
		sp := strings.LastIndexByte(s, ' ')
		if sp < 0 || !timeWords[s[sp+1:]] {
			break
		}
		if w := s[sp+1:]; w[0] >= 'A' && w[0] <= 'Z' && text.GivenNames()[s[:sp]] != 0 {
			break // a given name and a weekday for surname: "Dave Sunday"
		}
		s = s[:sp]
	}
	switch {
	case strings.HasSuffix(s, "’s"):
		s = s[:len(s)-len("’s")]
	case strings.HasSuffix(s, "'s"):
		s = s[:len(s)-2]
	}
	t := strings.TrimPrefix(strings.TrimPrefix(s, "a "), "the ")
	if partyWords[t] || timeWords[t] {
		return ""
	}
	return s
}

// personSpeaker tidies a person's name read from a subject phrase: a
// possessive word ("His") names no one, a leading article is no part of a
// name ("The Rachel Maddow" → "Rachel Maddow"), and a party word or
// suffix alone is no name.
func personSpeaker(s string) string {
	sp := strings.IndexByte(s, ' ')
	first := s
	if sp >= 0 {
		first = s[:sp]
	}
	switch first {
	case "His", "Her", "Their", "Its", "Our", "My", "Your", "his", "her", "their", "its":
		return ""
	case "The", "the":
		if sp < 0 {
			return ""
		}
		s = s[sp+1:]
	}
	if partyWords[s] {
		return ""
	}
	switch s {
	case "Jr", "Jr.", "Sr", "Sr.":
		return ""
	}
	return s
}

// acronymLast reports a name whose last word is an acronym in capitals
// ("FBI", "CBS News" does not, "America Rising PAC" does): an
// organisation's name. Roman numerals after a name ("John Roe III") are
// no acronym.
func acronymLast(s string) bool {
	w := strings.TrimSuffix(lastWord(s), ".")
	if len(w) < 2 || len(w) > 6 || !allCaps(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return strings.Trim(w, "IVXL") != ""
}

// signature returns the speaker of a quotation that fills its paragraph
// and is signed by the next one, as press releases do:
//
//	“Today’s risk landscape is ever evolving …”
//
//	Janez Lenarčič, Commissioner for Crisis Management
func (st *state) signature(sp span) (string, bool) {
	text := st.text
	pa, _ := st.paragraph(sp.open)
	first := firstNonSpace(text, pa)
	for first < sp.open && (text[first] == '>' || text[first] == ' ' || text[first] == '*' || text[first] == '_') {
		first++ // a block quote's mark, emphasis: "> “…”", "*“…”*"
	}
	if first != sp.open {
		return "", false
	}
	e := sp.close + sp.closeW
	for e < len(text) && (text[e] == '*' || text[e] == '_') {
		e++ // the quotation's emphasis: "*“…”*"
	}
	for e < len(text) && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r') {
		e++
	}
	if e < len(text) && (text[e] == '-' || strings.HasPrefix(text[e:], "–") || strings.HasPrefix(text[e:], "—")) {
		// signed on its own line after a dash: "“…” - Mr. Tom Read,
		// Chief Executive of the Agency"
		b := lineEnd(text, e)
		return st.signatureLine(text[e:b], sp.closeW == 0)
	}
	if e < len(text) && text[e] != '\n' {
		return "", false
	}
	a := e
	for a < len(text) {
		if text[a] == '\n' || text[a] == ' ' || text[a] == '\t' || text[a] == '\r' {
			a++
			continue
		}
		// a block quote's empty line ("> ") between quotation and signature
		if text[a] == '>' && a > 0 && text[a-1] == '\n' {
			k := a + 1
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k < len(text) && text[k] == '\n' {
				a = k
				continue
			}
		}
		break
	}
	if a >= len(text) || !hasNewline(text[e:a]) {
		return "", false
	}
	b := lineEnd(text, a)
	return st.signatureLine(text[a:b], sp.closeW == 0)
}

// signatureLine reads a line that signs a quotation: "Jane Roe, Minister
// of Health", "- Jane Roe.". open reports a quotation left open at its
// paragraph's end: the signature then may carry the closing mark, as pull
// quotes set over two paragraphs do ("Jane Roe, Center for Budget
// Studies.”"), and that place is evidence enough that an organisation
// follows the name.
func (st *state) signatureLine(line string, open bool) (string, bool) {
	line = strings.TrimRight(line, " \t\r")
	// a Markdown block quote's signature: "> _Jane Roe, Minister of Health_"
	line = text.BlockQuoteLine(line)
	inside := false
	if open {
		for _, m := range []string{"”", "\""} {
			if strings.HasSuffix(line, m) {
				line, inside = strings.TrimRight(line[:len(line)-len(m)], " "), true
				break
			}
		}
	}
	dashed := false
	for len(line) > 0 && (line[0] == '-' || line[0] == ' ') {
		dashed = dashed || line[0] == '-'
		line = line[1:]
	}
	if l := strings.TrimPrefix(strings.TrimPrefix(line, "— "), "– "); l != line {
		line, dashed = l, true
	}
	if dashed {
		// "- Jane Roe." signs a pull quote
		line = strings.TrimSuffix(line, ".")
		if line != "" && !strings.ContainsAny(line, ",“”\"") && wordCount(line) <= 4 {
			if n := nameAt(line, 0); n == line {
				if o := st.officialByName(n); o != "" {
					return o, true
				}
				return st.fullest(n), true
			}
		}
	}
	c := strings.IndexByte(line, ',')
	if c <= 0 || wordCount(line) > 16 || strings.ContainsAny(line, "“”\"") {
		return "", false
	}
	if strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..") {
		line = line[:len(line)-1] // "Jane Roe, Institute for Policy Research."
	}
	if last := line[len(line)-1]; last == '.' || last == '!' || last == '?' || last == ':' {
		return "", false
	}
	// "Dr. Jane Roe, interim CEO, …"; "Dr. Roe" alone names no one in full
	name := text.TrimHonorifics(line[:c])
	if sp := strings.IndexByte(name, ' '); sp > 0 && text.IsHonorific(name[:sp]) {
		return "", false
	}
	n := nameAt(name, 0)
	if n != name || strings.IndexByte(n, ' ') < 0 {
		return "", false
	}
	// the rest names an office; after a dash (“…” - Jane Roe, Acme) or
	// inside the quotation's marks, any name does
	office := false
	if rest := strings.TrimSpace(line[c+1:]); (inside || dashed) && rest != "" && startsUpper(rest) && wordCount(rest) <= 8 {
		office = true
	}
	for _, w := range strings.Fields(line[c+1:]) {
		w = strings.Trim(w, ",;()")
		// (in lower case too, as a signature may write it: "interim
		// president & CEO, Acme Health Services")
		if headWords[w] || orgWords[w] || w == "CEO" || len(w) > 1 && headWords[strings.ToUpper(w[:1])+w[1:]] {
			office = true
			break
		}
	}
	if !office {
		return "", false
	}
	if o := st.officialByName(n); o != "" {
		return o, true
	}
	return n, true
}

// labelSpeaker returns the speaker of the transcript turn holding pos:
// the name in the nearest label before it ("SECRETARY BLINKEN:", "Vladimir
// Putin:", or a "Mark Rutte, NATO Secretary General" line). An unnamed
// questioner gives "".
func (st *state) labelSpeaker(pos int) string {
	const window = 40000
	text := st.text
	a, b := st.paragraph(pos)
	for n := 0; n < 60; n++ {
		if name, ok := st.labelName(text[a:b]); ok {
			return name
		}
		if a == 0 || pos-a > window {
			break
		}
		// the line before, looked for within the window only
		b = a - 1
		lo := b - window
		if lo < 0 {
			lo = 0
		}
		i := strings.LastIndexByte(text[lo:b], '\n')
		if i < 0 && lo > 0 {
			break
		}
		a = lo + i + 1
	}
	return ""
}

// labelName reads a turn label at the start of a paragraph. ok reports
// that the paragraph is a label; name is "" for a questioner.
func (st *state) labelName(line string) (name string, ok bool) {
	long := len(line) > 200
	if long {
		line = line[:200] // a label opens its paragraph
	}
	line = strings.TrimSpace(line)
	if line == "" {
		return "", false
	}
	label := ""
	if c := strings.IndexByte(line, ':'); c > 0 && c < 80 {
		label = line[:c]
	} else if !long && wordCount(line) <= 10 && !strings.ContainsAny(line, ".!?“”\"") {
		label = line // "Mark Rutte, NATO Secretary General", "Question"
		if c := strings.IndexByte(label, ','); c > 0 {
			label = label[:c]
		}
	} else {
		return "", false
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 7 {
		return "", false
	}
	var keep []string
	titled := false
	for _, w := range words {
		r := nextRune(w, 0)
		if !isUpperRune(r) && !nameParticles[w] {
			return "", false
		}
		tw := titleCaseWord(w)
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "q", "question", "questions", "questioner", "moderator", "participant", "audience", "reporter", "journalist", "operator":
			return "", true
		}
		if titleWords[tw] || honorifics[tw] != 0 || honorifics[strings.TrimSuffix(tw, ".")] != 0 || orgWords[tw] {
			titled = true
			continue
		}
		keep = append(keep, tw)
	}
	// one bare word ("WASHINGTON:", "Note:") is a dateline or a heading
	if len(keep) == 0 || (len(keep) == 1 && !titled) {
		return "", false
	}
	n := strings.Join(keep, " ")
	if o := st.officialByName(n); o != "" {
		return o, true
	}
	return st.fullest(n), true
}

// titleCaseWord turns an all-capitals word into a capitalised one
// ("BLINKEN" → "Blinken"); other words are kept.
func titleCaseWord(w string) string {
	lower := false
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			lower = true
			break
		}
	}
	if lower || len(w) < 2 {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// bareReporter reports a single capitalised name right before a reporting
// verb: "Hillary shot back", "Roe said".
func (st *state) bareReporter(ts []tok, e np) bool {
	if e.b-e.a != 1 || e.b >= len(ts) || !ts[e.b].word() || !st.bareName(ts[e.a]) {
		return false
	}
	w := st.word(ts[e.b])
	return st.f.lx.cue[w] == cueFinite || st.f.lx.post[w]
}

// clauseOpening returns the named subject of the clause that holds the
// quotation ts[k] when a conjunction after a comma opens it: "Jane Roe
// signed an order, while John Doe, a former governor, proposed we “…”".
func (st *state) clauseOpening(ts []tok, k int) np {
	if len(ts) > 0 && ts[0].word() && upperStart(st.text, ts[0]) && (subordinators[lowerFirst(st.word(ts[0]))] || adjuncts[lowerFirst(st.word(ts[0]))]) {
		// "After Jane Roe criticized him, John Doe shot back, “…”": the
		// main clause after the opening subordinate clause or phrase
		for c := 1; c < k && c < 40; c++ {
			if ts[c].q >= 0 {
				break
			}
			if ts[c].p != ',' {
				continue
			}
			sub := ts[c+1:]
			e := st.appositiveSubjectAt(sub, 0, k-c-1)
			if e.kind == 0 {
				e = st.sentenceSubject(sub, k-c-1)
			}
			if e2 := st.npForward(sub, 0); e.kind == 0 && st.bareReporter(sub, e2) {
				e = e2
			}
			if e.kind == 'n' && e.a == 0 && (st.personish(sub, e) || st.bareReporter(sub, e)) {
				return np{a: e.a + c + 1, b: e.b + c + 1, kind: e.kind}
			}
			break
		}
	}
	for c := k - 1; c > 0 && k-c < 30; c-- {
		t := ts[c]
		if t.q >= 0 || t.p == ';' || t.p == ':' {
			return np{}
		}
		if !t.word() || ts[c-1].p != ',' {
			continue
		}
		switch st.word(t) {
		case "while", "whereas", "and", "but":
		default:
			continue
		}
		sub := ts[c+1:]
		e := st.appositiveSubjectAt(sub, 0, k-c-1)
		if e.kind == 0 {
			e = st.sentenceSubject(sub, k-c-1)
		}
		if e.kind != 'n' || e.a != 0 || !st.personish(sub, e) {
			return np{}
		}
		return np{a: e.a + c + 1, b: e.b + c + 1, kind: e.kind}
	}
	return np{}
}

// subjectSpeaker resolves the subject e of the cue at index at. person
// is false for an organisation speaking ("the Kremlin").
func (st *state) subjectSpeaker(ts []tok, e np, at, pos int) (person, bool) {
	if e.kind == 'p' {
		w := st.word(ts[e.a])
		if w == "I" {
			// "As I said, “…”" in a transcript: the turn's speaker
			if n := st.labelSpeaker(pos); n != "" {
				return person{name: n}, true
			}
			return person{}, false
		}
		g := pronouns[uncontracted(w)]
		if g != 'm' && g != 'f' {
			return person{}, false
		}
		// a person named earlier in the same sentence comes first
		lim := e.a
		if lim > at {
			lim = at
		}
		if s := st.sentenceSubject(ts, lim); s.kind == 'n' || s.kind == 'l' {
			// a bare surname counts: "Although Roe admitted …, he said"
			if p, ok := st.speakerOf(ts, s, pos); ok && (p.gender == 0 || p.gender == g) {
				return p, true
			}
		}
		n := st.lastPerson(g)
		return person{name: n, gender: g}, n != ""
	}
	return st.speakerOf(ts, e, pos)
}

// lastByte returns the last byte of s as a string, or "".
func lastByte(s string) string {
	if s == "" {
		return ""
	}
	return s[len(s)-1:]
}

// afterBlockQuoteMarks returns the first byte after the marks and spaces
// of a Markdown block quote that open the line at i ("> “…"), or i.
func afterBlockQuoteMarks(s string, i int) int {
	j := firstNonSpace(s, i)
	if j >= len(s) || s[j] != '>' {
		return i
	}
	for j < len(s) && (s[j] == '>' || s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j
}

func firstNonSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}
