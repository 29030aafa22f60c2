package quotes

// Paragraphs introduced by "X said:": a quotation without marks that fills
// the paragraphs after its introduction.

type block struct {
	intro, introEnd int // the introducing paragraph
	start, end      int // the quoted paragraphs
}

// blocks finds paragraphs given as someone's words after a paragraph that
// ends "X said:", without quotation marks (a <blockquote> in the page).
// A text that opens with such an introduction is the statement itself
// (a speech or message page), not a report quoting it.
func (st *state) blocks() []block {
	var out []block
	text := st.text
	// The text opens with the introduction when nothing but a heading
	// stands before it.
	seen, headings := 0, 0
	for a := 0; a < len(text); {
		b := lineEnd(text, a)
		s, e := trimSpan(text, a, b)
		if s < e {
			opening := seen == headings && headings <= 1
			if !opening && text[e-1] == ':' {
				if bl, ok := st.blockAt(s, e); ok {
					out = append(out, bl)
					a = bl.end
					seen++
					continue
				}
			}
			if seen == headings && headingLike(text[s:e]) {
				headings++
			}
			seen++
		}
		a = b + 1
	}
	return out
}

// headingLike reports a short paragraph without closing punctuation: a
// headline.
func headingLike(p string) bool {
	if p == "" || len(p) > 200 || wordCount(p) > 15 {
		return false
	}
	switch p[len(p)-1] {
	case '.', '!', '?', ':', ';', ',':
		return false
	}
	return true
}

// insideSpan reports whether pos lies within a quotation.
func (st *state) insideSpan(pos int) bool {
	lo, hi := 0, len(st.spans)
	for lo < hi {
		m := (lo + hi) / 2
		if st.spans[m].close+st.spans[m].closeW <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(st.spans) && st.spans[lo].open <= pos
}

// introCue finds the reporting cue of an introducing paragraph [a,e)
// ending in a colon. It returns the sentence tokens and the cue.
func (st *state) introCue(a, e int) ([]tok, cueMatch) {
	toks := st.quoteToks(a, e)
	n := len(toks)
	if n < 2 || toks[n-1].p != ':' {
		return nil, cueMatch{}
	}
	s, _ := st.boundedSentence(toks, n-1)
	ts := toks[s:]
	k := len(ts) - 1
	words := 0
	for c := k - 1; c >= 0 && words <= 4; c-- {
		if !ts[c].word() {
			if ts[c].q >= 0 {
				break
			}
			continue
		}
		words++
		kind, ok := st.f.lx.cue[st.word(ts[c])]
		if !ok || kind == cueObject {
			continue
		}
		m := cueMatch{ok: true, at: c, end: c + 1, kind: kind}
		if kind == cueParticiple {
			m.subj = st.sentenceSubject(ts, c)
		} else {
			m.subj = st.npBefore(ts, c)
			if m.subj.kind == 0 {
				m.subj = st.sentenceSubject(ts, c)
			}
		}
		return ts, m
	}
	return ts, cueMatch{}
}

// blockAt checks the introducing paragraph [a,e) and the paragraphs after
// it.
func (st *state) blockAt(a, e int) (block, bool) {
	text := st.text
	if st.insideSpan(e - 1) {
		return block{}, false
	}
	ts, m := st.introCue(a, e)
	if !m.ok {
		return block{}, false
	}
	switch m.subj.kind {
	case 'p':
		if g := pronouns[st.word(ts[m.subj.a])]; g != 'm' && g != 'f' {
			return block{}, false
		}
	case 'n':
	case 'l':
		if !st.personish(ts, m.subj) {
			return block{}, false
		}
	default:
		return block{}, false
	}
	surname := ""
	if m.subj.kind == 'n' {
		surname = st.word(ts[m.subj.b-1])
	}
	// the next paragraph
	qa := e
	for qa < len(text) && (text[qa] == '\n' || text[qa] == ' ' || text[qa] == '\t' || text[qa] == '\r' || text[qa] == '>') {
		qa++ // (and a Markdown block quote's marks: "> …")
	}
	if qa >= len(text) {
		return block{}, false
	}
	if r, w := markAt(text, qa); w > 0 && r != '’' && r != '»' {
		return block{}, false
	}
	if st.insideSpan(qa) {
		return block{}, false
	}
	qb := lineEnd(text, qa)
	_, qe := trimSpan(text, qa, qb)
	if wordCount(text[qa:qe]) < 3 || text[qe-1] == ':' {
		return block{}, false
	}
	end := qe
	// later paragraphs that go on in the speaker's own words
	for next := qb; next < len(text); {
		ra := next
		for ra < len(text) && (text[ra] == '\n' || text[ra] == ' ' || text[ra] == '\t' || text[ra] == '\r' || text[ra] == '>') {
			ra++
		}
		if ra >= len(text) {
			break
		}
		rb := lineEnd(text, ra)
		_, re := trimSpan(text, ra, rb)
		if !st.continuesBlock(text[ra:re], surname) || st.insideSpan(ra) {
			break
		}
		end = re
		next = rb
	}
	// a quotation that runs past the block breaks it
	if st.insideSpan(end) {
		return block{}, false
	}
	return block{intro: a, introEnd: e, start: qa, end: end}, true
}

// continuesBlock reports whether paragraph p goes on in the quoted
// speaker's own words: first or second person, no quotation marks, no
// reporting of the speaker, not a heading or another introduction.
func (st *state) continuesBlock(p, surname string) bool {
	if p == "" || p[len(p)-1] == ':' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '"' {
			return false
		}
		if r, w := markAt(p, i); w > 1 && r != '’' && r != '‘' {
			return false
		}
	}
	words, first := 0, false
	prevPron := false
	for i := 0; i < len(p); {
		if !isWordRune(nextRune(p, i)) {
			i += runeLen(p, i)
			continue
		}
		e := wordEnd(p, i, len(p))
		w := p[i:e]
		words++
		if firstPerson[w] {
			first = true
		}
		if surname != "" && w == surname {
			return false
		}
		if prevPron && st.f.lx.post[w] {
			return false
		}
		g := pronouns[w]
		prevPron = g == 'm' || g == 'f'
		i = e
	}
	if !first {
		return false
	}
	last := p[len(p)-1]
	return words >= 6 || last == '.' || last == '!' || last == '?'
}

// block attributes a paragraph quotation.
func (st *state) block(b block) Quote {
	q := Quote{Text: st.text[b.start:b.end], Start: b.start, End: b.end}
	ts, m := st.introCue(b.intro, b.introEnd)
	if !m.ok {
		return q
	}
	q.Cue = st.cueText(ts, m)
	p, isPerson := st.subjectSpeaker(ts, m.subj, m.at, b.intro)
	q.Speaker = cleanSpeaker(p.name)
	if q.Speaker == "" {
		if org, ok := st.orgSubject(ts, m.subj); ok {
			q.Speaker, isPerson = org, false
		}
	}
	if q.Speaker != "" {
		if m.subj.kind != 0 && m.subj.b > m.subj.a {
			q.SpeakerStart, q.SpeakerEnd = ts[m.subj.a].s, ts[m.subj.b-1].e
		}
		q.SpeakerKind = KindPerson
		if !isPerson {
			q.SpeakerKind = KindOrganization
		}
	}
	if isPerson {
		p.at = b.intro
		st.push(p)
	}
	if end := b.end; end > st.cursor {
		st.cursor = end
	}
	return q
}
