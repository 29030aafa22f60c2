package quotes

import "strings"

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
	if sentInitial && sp.open == firstNonSpace(st.text, pa) {
		// "X said:" closing the previous paragraph introduces this one
		// (or "X said" with the colon forgotten)
		if ppa, ppb, ok := st.prevParagraph(pa); ok && (st.text[ppb-1] == ':' || st.text[ppb-1] >= 'a' && st.text[ppb-1] <= 'z') {
			ptoks := st.tokensOf(ppa, ppb, nil)
			if n := len(ptoks); n > 0 && (ptoks[n-1].p == ':' || ptoks[n-1].word() && st.f.lx.cue[st.word(ptoks[n-1])] == cueFinite) {
				s, _ := st.boundedSentence(ptoks, n-1)
				pre := ptoks[s:]
				ts = append(append([]tok(nil), pre...), ts[k:]...)
				k = len(pre)
				sentInitial = false
			}
		}
	}

	post := st.postCue(ts, k)
	pre := st.preCue(ts, k)
	if !post.ok && st.isTerm(ts, k, q.Text, pre, sentInitial) {
		// a word or phrase a named person is reported as using: "Ms Roe
		// called the plan “reckless”", "Roe accused him of a “U-turn”"
		q.Term = true
		if p, ok := st.termUser(ts, k, q.Text); ok {
			q.Speaker, q.Partial = cleanSpeaker(p.name), true
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
	case post.ok:
		m = post
	case pre.ok:
		m = pre
	}
	isPerson := true
	var who person
	if m.ok {
		q.Cue = st.cueText(ts, m)
		if m.subj.kind != 0 {
			var p person
			p, isPerson = st.subjectSpeaker(ts, m.subj, m.at, sp.open)
			q.Speaker, who = p.name, p
		} else {
			q.Speaker = st.lastPerson(0)
		}
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
			if e := st.sentenceSubject(ts, k); e.kind == 'n' || e.kind == 'l' {
				if p, ok := st.resolve(ts, e, sp.open); ok {
					q.Speaker = p.name
				}
			}
		}
		if q.Speaker == "" && st.lastSpeaker != "" && st.lastEnd >= pa {
			// the statement goes on in the same paragraph
			q.Speaker = st.lastSpeaker
		}
		if q.Speaker == "" {
			q.Speaker = st.lastPerson(0)
		}
	}
	q.Partial = true
	switch {
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
	if q.Speaker != "" && isPerson {
		if who.name != q.Speaker {
			who = person{name: q.Speaker}
		}
		st.push(who)
	}
	if end := ts[len(ts)-1].e; end > st.cursor && end <= len(st.text) {
		st.cursor = end
	}
	q.Speaker = cleanSpeaker(q.Speaker)
	if q.Speaker != "" {
		st.lastEnd, st.lastSpeaker = sp.end, q.Speaker
	}
	return q, true
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

// signature returns the speaker of a quotation that fills its paragraph
// and is signed by the next one, as press releases do:
//
//	“Today’s risk landscape is ever evolving …”
//
//	Janez Lenarčič, Commissioner for Crisis Management
func (st *state) signature(sp span) (string, bool) {
	text := st.text
	pa, _ := st.paragraph(sp.open)
	if firstNonSpace(text, pa) != sp.open {
		return "", false
	}
	e := sp.close + sp.closeW
	for e < len(text) && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r') {
		e++
	}
	if e < len(text) && text[e] != '\n' {
		return "", false
	}
	a := e
	for a < len(text) && (text[a] == '\n' || text[a] == ' ' || text[a] == '\t' || text[a] == '\r') {
		a++
	}
	if a >= len(text) || !hasNewline(text[e:a]) {
		return "", false
	}
	b := strings.IndexByte(text[a:], '\n')
	if b < 0 {
		b = len(text)
	} else {
		b += a
	}
	line := strings.TrimRight(text[a:b], " \t\r")
	for len(line) > 0 && (line[0] == '-' || line[0] == ' ') {
		line = line[1:]
	}
	line = strings.TrimPrefix(strings.TrimPrefix(line, "— "), "– ")
	c := strings.IndexByte(line, ',')
	if c <= 0 || wordCount(line) > 16 || strings.ContainsAny(line, "“”\"") {
		return "", false
	}
	if last := line[len(line)-1]; last == '.' || last == '!' || last == '?' || last == ':' {
		return "", false
	}
	name := line[:c]
	n := nameAt(name, 0)
	if n != name || strings.IndexByte(n, ' ') < 0 {
		return "", false
	}
	// the rest names an office
	office := false
	for _, w := range strings.Fields(line[c+1:]) {
		w = strings.Trim(w, ",;()")
		if headWords[w] || orgWords[w] {
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

// isTerm reports a quotation that is not a statement: a name introduced
// as such ("the theme “…”"), a phrase written like a title with no cue
// right before it, or a short phrase with no cue in its sentence (scare
// quotes). Callers have checked that no cue follows the quotation.
func (st *state) isTerm(ts []tok, k int, content string, pre cueMatch, sentInitial bool) bool {
	if st.naming(ts, k) {
		return true
	}
	// a short name after a preposition: "said on “DWTS”", "in “Pose”"
	if k > 0 && ts[k-1].word() && prepositions[st.word(ts[k-1])] && wordCount(content) <= 3 && startsUpper(content) && !(pre.ok && pre.direct) {
		return true
	}
	// "the “Sea Breeze” exercise", "NATO’s “Open Door” policy"
	if k+1 < len(ts) && ts[k+1].word() && namingWords[st.word(ts[k+1])] && !(pre.ok && pre.direct) && len(content) < 120 {
		return true
	}
	if !(pre.ok && pre.direct) && len(content) < 160 && titleCase(content) {
		return true
	}
	return !pre.ok && len(content) < 80 && wordCount(content) <= 3 && !(sentInitial && endsClause(content))
}

// termUser returns the person a short quoted phrase belongs to when it is
// not a title: the named subject of its sentence, a person by the
// evidence of the text (a full name, or a surname the text gave in full
// before), whose verb follows it.
func (st *state) termUser(ts []tok, k int, content string) (person, bool) {
	if titleCase(content) || st.naming(ts, k) && !st.namedBy(ts, k) {
		return person{}, false
	}
	for i := 0; i < k && i < maxSentenceTokens; i++ {
		t := ts[i]
		if !t.word() || !upperStart(st.text, t) {
			continue
		}
		e := st.npForward(ts, i)
		if e.kind != 'n' {
			continue
		}
		if e.b < k && st.isVerbish(ts[e.b]) && !leadingNonName[st.word(ts[e.a])] && !notNames[st.word(ts[e.a])] {
			return st.resolveProper(ts, e, ts[i].s)
		}
		if e.b > i+1 {
			i = e.b - 1
		}
	}
	return person{}, false
}

// namedBy reports a quotation a verb of naming puts in someone's mouth:
// "called it a “…”", "calling him “…”".
func (st *state) namedBy(ts []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if !ts[j].word() {
			return false
		}
		switch st.word(ts[j]) {
		case "call", "calls", "called", "calling", "dubbed", "dubbing", "labeled", "labelled", "labeling", "labelling", "branded", "branding", "termed":
			return true
		}
	}
	return false
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
		g := pronouns[w]
		if g != 'm' && g != 'f' {
			return person{}, false
		}
		// a person named earlier in the same sentence comes first
		lim := e.a
		if lim > at {
			lim = at
		}
		if s := st.sentenceSubject(ts, lim); s.kind == 'n' || s.kind == 'l' {
			if p, ok := st.resolve(ts, s, pos); ok {
				return p, true
			}
		}
		n := st.lastPerson(g)
		return person{name: n, gender: g}, n != ""
	}
	return st.speakerOf(ts, e, pos)
}

func (st *state) cueText(ts []tok, m cueMatch) string {
	end := m.end
	if end <= m.at {
		end = m.at + 1
	}
	return st.text[ts[m.at].s:ts[end-1].e]
}

func firstNonSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "s'")
}

// preCue finds the reporting cue before the quotation ts[k] in its
// sentence.
func (st *state) preCue(ts []tok, k int) cueMatch {
	for c := k - 1; c >= 0 && k-c <= maxSentenceTokens; c-- {
		t := ts[c]
		if !t.word() {
			continue
		}
		w := st.word(t)
		if (w == "according" || w == "According") && c+1 < k && st.word(ts[c+1]) == "to" {
			subj := st.npForward(ts, c+2)
			m := cueMatch{ok: true, at: c, end: c + 2, kind: cueFinite, subj: subj}
			from := c + 2
			if subj.kind != 0 {
				from = subj.b
			}
			st.between(&m, ts, from, k)
			return m
		}
		if w == "words" && c+1 < k && ts[c+1].word() && st.word(ts[c+1]) == "of" && c > 0 && ts[c-1].word() && st.word(ts[c-1]) == "the" {
			// "in the words of the Secretary General, “…”"
			subj := st.npForward(ts, c+2)
			m := cueMatch{ok: true, at: c, end: c + 2, kind: cueFinite, subj: subj}
			from := c + 2
			if subj.kind != 0 {
				from = subj.b
			}
			st.between(&m, ts, from, k)
			return m
		}
		kind, ok := st.f.lx.cue[w]
		if !ok {
			continue
		}
		if c > 0 && ts[c-1].word() {
			if pw := st.word(ts[c-1]); determiners[pw] || possessive(pw) || (st.f.lx.bare[w] && infinitiveMarks[pw]) {
				continue
			}
		}
		end := c + 1
		if w == "pointed" || w == "summed" || w == "pointing" {
			if c+1 >= k || !ts[c+1].word() || (st.word(ts[c+1]) != "out" && st.word(ts[c+1]) != "up") {
				continue
			}
			end = c + 2
		}
		if kind == cueObject && (k-end > 6 || hasPunct(ts, end, k)) {
			continue
		}
		m := cueMatch{ok: true, at: c, end: end, kind: kind}
		if kind == cueParticiple {
			m.subj = st.clauseSubject(ts, c)
		} else {
			m.subj = st.npBefore(ts, c)
			if m.subj.kind == 0 {
				m.subj = st.clauseSubject(ts, c)
			}
		}
		st.between(&m, ts, end, k)
		return m
	}
	return cueMatch{}
}

func hasPunct(ts []tok, a, b int) bool {
	for i := a; i < b; i++ {
		if ts[i].p == ',' || ts[i].p == ';' || ts[i].q >= 0 {
			return true
		}
	}
	return false
}

// between records what stands between a cue and its quotation.
func (st *state) between(m *cueMatch, ts []tok, from, k int) {
	m.direct = true
	for i := from; i < k; i++ {
		switch {
		case ts[i].p == ',' || ts[i].p == ':':
			m.comma = true
		case ts[i].p == '-':
		default:
			m.direct = false
		}
	}
}

// postCue finds a reporting cue right after the quotation ts[k]: "…,” he
// said", "…,” said Mr Rutte", "…,” the minister added".
func (st *state) postCue(ts []tok, k int) cueMatch {
	j := k + 1
	for j < len(ts) && (ts[j].p == ',' || ts[j].p == '-') {
		j++
	}
	if j >= len(ts) || !ts[j].word() {
		return cueMatch{}
	}
	w := st.word(ts[j])
	skip := func(c int) int {
		for c < len(ts) && st.skippable(ts[c]) {
			c++
		}
		return c
	}
	if m, ok := st.postNamed(ts, j); ok {
		return m
	}
	if g, ok := pronouns[w]; ok && g != 'w' {
		c := skip(j + 1)
		if c < len(ts) && ts[c].word() && st.f.lx.post[st.word(ts[c])] {
			return cueMatch{ok: true, post: true, at: c, end: c + 1, kind: cueFinite, subj: np{a: j, b: j + 1, kind: 'p'}}
		}
		return cueMatch{}
	}
	if st.f.lx.post[w] && (j > k+1 || endsClause(st.text[st.spans[ts[k].q].start:st.spans[ts[k].q].end]) || j+1 < len(ts) && upperStart(st.text, ts[j+1])) {
		// inverted: "“…,” said Roe", "“…” said Roe", not "the “fast
		// track” reports that …"
		m := cueMatch{ok: true, post: true, at: j, end: j + 1, kind: cueFinite}
		n := j + 1
		if n < len(ts) && ts[n].word() {
			if g, ok := pronouns[st.word(ts[n])]; ok && (g == 'm' || g == 'f') {
				m.subj = np{a: n, b: n + 1, kind: 'p'}
			} else if e := st.npForward(ts, n); e.kind != 0 {
				m.subj = e
				// "responded NASA administrator Jim Bridenstine"
				if e.kind == 'n' && !st.hasTitle(ts, e) {
					for d := e.b; d < len(ts) && d < e.b+3 && ts[d].word() && lowerStart(st.text, ts[d]) && !functionWords[st.word(ts[d])]; d++ {
						if d+1 < len(ts) && ts[d+1].word() && upperStart(st.text, ts[d+1]) {
							if e2 := st.npForward(ts, d+1); e2.kind == 'n' {
								m.subj = e2
							}
							break
						}
					}
				}
			} else {
				// "said planetary geologist Rosaly Lopes", "wrote
				// 43-year-old Martin Taylor"
				for d := n; d < len(ts) && d < n+4 && ts[d].word() && !functionWords[st.word(ts[d])]; d++ {
					if upperStart(st.text, ts[d]) {
						if e := st.npForward(ts, d); e.kind == 'n' {
							m.subj = e
							// "said former Ohio governor Dale Marsh"
							if e.b+1 < len(ts) && ts[e.b].word() && lowerTitles[st.word(ts[e.b])] && ts[e.b+1].word() && upperStart(st.text, ts[e.b+1]) {
								if e2 := st.npForward(ts, e.b+1); e2.kind == 'n' {
									m.subj = e2
								}
							}
						}
						break
					}
				}
			}
		}
		return m
	}
	if (w == "according" || w == "According") && j+1 < len(ts) && st.word(ts[j+1]) == "to" {
		return cueMatch{ok: true, post: true, at: j, end: j + 2, kind: cueFinite, subj: st.npForward(ts, j+2)}
	}
	if e := st.npForward(ts, j); e.kind != 0 {
		c := skip(e.b)
		if c < len(ts) && ts[c].word() && st.f.lx.post[st.word(ts[c])] {
			return cueMatch{ok: true, post: true, at: c, end: c + 1, kind: cueFinite, subj: e}
		}
		// "…,” Commerzbank analyst Carsten Fritsch said"
		for d := c; d < len(ts) && d < c+2 && ts[d].word() && lowerStart(st.text, ts[d]) && !functionWords[st.word(ts[d])] && !st.f.lx.post[st.word(ts[d])]; d++ {
			if d+1 < len(ts) && ts[d+1].word() && upperStart(st.text, ts[d+1]) {
				if e2 := st.npForward(ts, d+1); e2.kind == 'n' {
					if c2 := skip(e2.b); c2 < len(ts) && ts[c2].word() && st.f.lx.post[st.word(ts[c2])] {
						return cueMatch{ok: true, post: true, at: c2, end: c2 + 1, kind: cueFinite, subj: e2}
					}
				}
				break
			}
		}
		// "…,’ the Foreign Secretary, James Cleverly, said"
		if c < len(ts) && ts[c].p == ',' {
			if in := st.npForward(ts, c+1); in.kind == 'n' && in.b < len(ts) && ts[in.b].p == ',' {
				c2 := skip(in.b + 1)
				if c2 < len(ts) && ts[c2].word() && st.f.lx.post[st.word(ts[c2])] {
					subj := e
					if !st.hasTitle(ts, in) || e.kind != 'n' {
						subj = in
					}
					return cueMatch{ok: true, post: true, at: c2, end: c2 + 1, kind: cueFinite, subj: subj}
				}
			}
			// "…,” Howard Gleckman, a senior fellow at the Institute, has
			// written"
			if e.kind == 'n' {
				for c2 := c + 1; c2 < len(ts) && c2 < c+25; c2++ {
					if ts[c2].q >= 0 {
						break
					}
					if ts[c2].p == ',' {
						if c3 := skip(c2 + 1); c3 < len(ts) && ts[c3].word() && st.f.lx.post[st.word(ts[c3])] {
							return cueMatch{ok: true, post: true, at: c3, end: c3 + 1, kind: cueFinite, subj: e}
						}
						break
					}
				}
			}
		}
		return cueMatch{}
	}
	// "officials said", "one diplomat said"
	c := j
	for c < len(ts) && c < j+3 && ts[c].word() && lowerStart(st.text, ts[c]) && !st.f.lx.post[st.word(ts[c])] && !functionWords[st.word(ts[c])] {
		c++
	}
	if c > j {
		c2 := skip(c)
		if c2 < len(ts) && ts[c2].word() && st.f.lx.post[st.word(ts[c2])] {
			return cueMatch{ok: true, post: true, at: c2, end: c2 + 1, kind: cueFinite, subj: np{a: j, b: c, kind: 'l'}}
		}
	}
	return cueMatch{}
}

// colonSpeaker returns the person or persons named right before the
// colon at ts[c]: "Jane Roe:", "Jane Roe and John Doe:".
func (st *state) colonSpeaker(ts []tok, c, pos int) string {
	e := st.npBackward(ts, c)
	if e.kind != 'n' {
		return ""
	}
	for i := e.a + 1; i < e.b-1; i++ {
		if st.word(ts[i]) == "and" {
			p1, ok1 := st.resolveProper(ts, np{a: e.a, b: i, kind: 'n'}, pos)
			p2, ok2 := st.resolveProper(ts, np{a: i + 1, b: e.b, kind: 'n'}, pos)
			if ok1 && ok2 {
				return p1.name + " and " + p2.name
			}
			return ""
		}
	}
	p, ok := st.resolveProper(ts, e, pos)
	if !ok {
		return ""
	}
	if e.a >= 2 && ts[e.a-1].word() && st.word(ts[e.a-1]) == "and" {
		if e2 := st.npBackward(ts, e.a-1); e2.kind == 'n' {
			if p2, ok := st.resolveProper(ts, e2, pos); ok {
				return p2.name + " and " + p.name
			}
		}
	}
	return p.name
}

// postNamed finds "Name verb" after a quotation when words or a
// parenthesis stand among the name's own: "…” state Sen. Jane Roe (D)
// said", "…” former Ohio governor John Roe said", "…” Rep. John Roe II
// (D-Mo.) told reporters". j is the first token after the quotation.
func (st *state) postNamed(ts []tok, j int) (cueMatch, bool) {
	end := -1 // after the last capitalised word
	for d := j; d < len(ts) && d < j+12; d++ {
		t := ts[d]
		switch {
		case t.p == '(':
			c := d + 1
			for c < len(ts) && c < d+8 && ts[c].p != ')' && ts[c].q < 0 {
				c++
			}
			if c >= len(ts) || ts[c].p != ')' {
				return cueMatch{}, false
			}
			d = c
		case !t.word():
			return cueMatch{}, false
		case upperStart(st.text, t):
			end = d + 1
		case lowerTitles[st.word(t)] && end > j:
			// "former Ohio governor Dale Marsh"
			end = -1
		case st.f.lx.post[st.word(t)] && end > j:
			for c := end; c < d; c++ {
				if ts[c].p != '(' && ts[c].p != ')' && !st.skippable(ts[c]) && ts[c].p == 0 {
					// only a parenthesis or adverbs between name and verb
					inParen := false
					for b := c; b >= end; b-- {
						if ts[b].p == '(' {
							inParen = true
							break
						}
					}
					if !inParen {
						return cueMatch{}, false
					}
				}
			}
			e := st.npBackward(ts, end)
			if e.kind != 'n' || e.a < j {
				return cueMatch{}, false
			}
			return cueMatch{ok: true, post: true, at: d, end: d + 1, kind: cueFinite, subj: e}, true
		case st.skippable(t):
		default:
			// a lower-case word after the name that is not its verb, or
			// before it one that is not a qualifier ("former", "state")
			if end > j || d >= j+3 || functionWords[st.word(t)] || subordinators[st.word(t)] {
				return cueMatch{}, false
			}
		}
	}
	return cueMatch{}, false
}

// naming reports a quotation introduced as a name: "the theme “…”",
// "so-called “…”", "our expression is “…”", "known as “…”".
func (st *state) naming(ts []tok, k int) bool {
	j := k - 1
	for n := 0; j >= 0 && n < 3 && ts[j].word(); n++ {
		w := st.word(ts[j])
		if w == "known" || w == "referred" {
			return true
		}
		if !linkWords[w] {
			break
		}
		j--
	}
	if j < 0 || !ts[j].word() {
		return false
	}
	w := st.word(ts[j])
	// "calls it a “…”", "dubbed this the “…”"
	{
		i := j
		if w == "a" || w == "an" || w == "the" {
			i--
		}
		if i >= 1 && ts[i].word() {
			// "calls me her “sister”"
			switch st.word(ts[i]) {
			case "her", "his", "their", "our", "my", "your", "its":
				if i >= 2 {
					switch st.word(ts[i-1]) {
					case "me", "him", "her", "us", "them", "you", "it":
						i--
					}
				}
			}
		}
		if i >= 1 && ts[i].word() && ts[i-1].word() {
			switch st.word(ts[i]) {
			case "it", "this", "that", "them", "these", "those", "me", "him", "her", "us", "you":
				switch st.word(ts[i-1]) {
				case "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "term", "terms", "termed", "label", "labels", "labelled", "labeled", "name", "names", "named", "brand", "brands", "branded":
					return true
				}
			}
		}
	}
	if !namingWords[w] {
		if lw := lowerFirst(w); lw == w || !namingWords[lw] {
			return false
		}
	}
	switch w {
	case "called", "named", "dubbed", "termed", "labelled", "labeled", "branded", "nicknamed", "christened":
		// "an initiative called “…”", not "he called “…”"
		if j == 0 || !ts[j-1].word() {
			return false
		}
		pw := st.word(ts[j-1])
		if _, ok := pronouns[pw]; ok || upperStart(st.text, ts[j-1]) {
			return false
		}
	}
	return true
}

func lowerFirst(w string) string {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return w
	}
	return string(w[0]+32) + w[1:]
}

func startsUpper(s string) bool {
	for i := 0; i < len(s); {
		r := nextRune(s, i)
		if isWordRune(r) {
			return isUpperRune(r) || (r >= '0' && r <= '9')
		}
		i += runeLen(s, i)
	}
	return false
}

func endsClause(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ',':
		return true
	}
	return false
}

func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

var smallWords = map[string]bool{
	"of": true, "the": true, "and": true, "on": true, "in": true, "for": true,
	"to": true, "a": true, "an": true, "at": true, "by": true, "with": true,
	"from": true, "&": true, "or": true, "vs": true, "into": true, "de": true,
}

// titleCase reports a short phrase written like a title: "Renewed Focus on
// Peace & Prosperity in the Balkans", "Open Door".
func titleCase(s string) bool {
	s = strings.TrimRight(s, ",.!?:; ")
	if s == "" || strings.ContainsAny(s, ".!?;:\n") {
		return false
	}
	caps, words := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if words > 12 {
			return false
		}
		if smallWords[w] {
			continue
		}
		r := nextRune(w, 0)
		if !isWordRune(r) {
			continue
		}
		if !isUpperRune(r) && !(r >= '0' && r <= '9') {
			return false
		}
		caps++
	}
	return words >= 2 && caps >= 2 && startsUpper(s)
}

// ---- paragraphs introduced by "X said:" ----

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
		b := strings.IndexByte(text[a:], '\n')
		if b < 0 {
			b = len(text)
		} else {
			b += a
		}
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
	for qa < len(text) && (text[qa] == '\n' || text[qa] == ' ' || text[qa] == '\t' || text[qa] == '\r') {
		qa++
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
	qb := strings.IndexByte(text[qa:], '\n')
	if qb < 0 {
		qb = len(text)
	} else {
		qb += qa
	}
	_, qe := trimSpan(text, qa, qb)
	if wordCount(text[qa:qe]) < 3 || text[qe-1] == ':' {
		return block{}, false
	}
	end := qe
	// later paragraphs that go on in the speaker's own words
	for next := qb; next < len(text); {
		ra := next
		for ra < len(text) && (text[ra] == '\n' || text[ra] == ' ' || text[ra] == '\t' || text[ra] == '\r') {
			ra++
		}
		if ra >= len(text) {
			break
		}
		rb := strings.IndexByte(text[ra:], '\n')
		if rb < 0 {
			rb = len(text)
		} else {
			rb += ra
		}
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
	if isPerson {
		st.push(p)
	}
	if end := b.end; end > st.cursor {
		st.cursor = end
	}
	return q
}
