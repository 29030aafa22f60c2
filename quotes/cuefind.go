package quotes

import (
	"github.com/communique/communique/internal/text"
	"strings"
)

// Reporting cues around a quotation: the verb or phrase before it (preCue)
// or after it (postCue), and the speaker phrase each names.

func (st *state) cueText(ts []tok, m cueMatch) string {
	end := m.end
	if end <= m.at {
		end = m.at + 1
	}
	return st.text[ts[m.at].s:ts[end-1].e]
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "s'")
}

// preCue finds the reporting cue before the quotation ts[k] in its

// passiveAgent returns the named agent of a passive reporting verb at
// ts[c] before the quotation ts[k]: "was asked by host Jane Doe",
// "were told by Sen. Jane Doe".
func (st *state) passiveAgent(ts []tok, c, k int) (np, bool) {
	if c == 0 || !ts[c-1].word() || c+2 >= k || !ts[c+1].word() || st.word(ts[c+1]) != "by" {
		return np{}, false
	}
	switch st.word(ts[c-1]) {
	case "was", "were", "been", "being", "is", "are":
	default:
		return np{}, false
	}
	for i := c + 2; i < k && i < c+8; i++ {
		if !ts[i].word() {
			return np{}, false
		}
		if upperStart(st.text, ts[i]) {
			e := st.npForward(ts, i)
			// "by Fox Business moderator Jane Doe": the name closes the
			// phrase
			d := e.b
			for d < k && d < e.b+3 && ts[d].word() && lowerStart(st.text, ts[d]) && !functionWords[st.word(ts[d])] {
				d++
			}
			if d > e.b && d < k && ts[d].word() && upperStart(st.text, ts[d]) {
				if e2 := st.npForward(ts, d); e2.kind == 'n' {
					e = e2
				}
			}
			if e.kind == 'n' && st.personish(ts, e) {
				return e, true
			}
			return np{}, false
		}
	}
	return np{}, false
}

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
			if subj.kind == 0 && c+2 < k && ts[c+2].word() {
				// "said that according to its count, …": no source named;
				// the cue is further back
				continue
			}
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
		if (w == "Quoting" || w == "quoting") && c+1 < k {
			// "Quoting Swami Vivekananda – “Arise, awake …” – the
			// Vice-President observed": the words are the author's
			if subj := st.npForward(ts, c+1); subj.kind == 'n' && subj.b < k && !hasWord(ts, subj.b, k) {
				m := cueMatch{ok: true, at: c, end: c + 1, kind: cueFinite, subj: subj, quoting: true}
				st.between(&m, ts, subj.b, k)
				return m
			}
		}
		kind, ok := st.f.lx.cue[w]
		phrasal := false
		if !ok && st.f.lx.post[w] && c+1 < k && ts[c+1].word() && st.word(ts[c+1]) == "back" {
			// "Roe fired back: “…”", "Roe shot back, “…”"
			kind, ok, phrasal = cueFinite, true, true
		}
		if !ok && c == 0 && upperStart(st.text, t) {
			// "Said Jane Roe, who grew up nearby, “…”": the inverted verb
			// opens the sentence
			if lw := lowerFirst(w); st.f.lx.cue[lw] == cueFinite && st.f.lx.post[lw] {
				if subj := st.npForward(ts, c+1); subj.kind == 'n' {
					m := cueMatch{ok: true, at: c, end: c + 1, kind: cueFinite, subj: subj}
					st.between(&m, ts, subj.b, k)
					return m
				}
			}
		}
		if !ok {
			continue
		}
		if c > 0 && ts[c-1].word() {
			if pw := st.word(ts[c-1]); determiners[pw] || possessive(pw) || (st.f.lx.bare[w] && infinitiveMarks[pw]) {
				continue
			}
		}
		end := c + 1
		if phrasal {
			end = c + 2
		}
		if w == "pointed" || w == "summed" || w == "pointing" {
			if c+1 >= k || !ts[c+1].word() || (st.word(ts[c+1]) != "out" && st.word(ts[c+1]) != "up") {
				continue
			}
			end = c + 2
		}
		if kind == cueObject && (k-end > 6 || hasPunct(ts, end, introComma(st, ts, end, k))) {
			continue
		}
		m := cueMatch{ok: true, at: c, end: end, kind: kind}
		if kind == cueFinite && st.f.lx.post[w] && !st.f.lx.lis[w] && c > 0 && ts[c-1].p == ',' {
			// "Because of the schedule, explained Jane Roe, “…”": the
			// verb inverted between commas
			if e := st.npForward(ts, c+1); e.kind == 'n' && e.b < k && (ts[e.b].p == ',' || ts[e.b].p == ':' || e.b == k) {
				m.subj = e
				st.between(&m, ts, e.b, k)
				return m
			}
		}
		if agent, ok := st.passiveAgent(ts, c, k); ok {
			// "Roe was asked by host Jane Doe, “…”": the agent speaks
			m.subj = agent
			st.between(&m, ts, end, k)
			return m
		}
		if kind == cueParticiple {
			m.subj = st.clauseSubject(ts, c)
			if c >= 2 && ts[c-1].word() && aspectVerbs[st.word(ts[c-1])] {
				// "Sen. Jane Roe (R) kept asking her why …"
				if e := st.npBefore(ts, c-1); e.kind == 'n' || e.kind == 'p' {
					m.subj = e
				}
			}
			if c >= 2 && ts[c-1].p == ',' && ts[c-2].word() && st.f.lx.cue[st.word(ts[c-2])] == cueFinite {
				// "…, Jane Roe said, adding …": the subject of the
				// reporting verb the participle follows
				if e := st.npBefore(ts, c-2); e.kind == 'n' || e.kind == 'p' {
					m.subj = e
				}
			}
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

// hasWord reports a word among ts[a:b].
func hasWord(ts []tok, a, b int) bool {
	for i := a; i < b; i++ {
		if ts[i].word() {
			return true
		}
	}
	return false
}

// introComma returns k, or the comma before it when "as" or "that" leads
// into the quotation with one, as records print it ("described by Jane Roe
// as, “…”"): that comma sets nothing apart.
func introComma(st *state, ts []tok, from, k int) int {
	if k-2 >= from && ts[k-1].p == ',' && ts[k-2].word() && (st.word(ts[k-2]) == "as" || st.word(ts[k-2]) == "that") {
		return k - 1
	}
	return k
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
	if m := st.postCueNear(ts, k); m.ok {
		return m
	}
	if k == 0 || ts[k-1].p != ',' && ts[k-1].p != ':' {
		// "“…” about the plan, said Jane Roe": the reporter's sentence
		// runs on after the fragment and ends with its attribution
		if m := st.finalCue(ts, k); m.ok && !hasCueBefore(st, ts, k) {
			return m
		}
	}
	return cueMatch{}
}

// hasCueBefore reports a reporting word before ts[k] in its sentence.
func hasCueBefore(st *state, ts []tok, k int) bool {
	for i := 0; i < k; i++ {
		if ts[i].word() {
			if _, ok := st.f.lx.cue[st.word(ts[i])]; ok {
				return true
			}
		}
	}
	return false
}

// finalCue finds the attribution that closes the sentence of the
// quotation ts[k] when the reporter's words run on after it: "“…” if she
// lost, said Jane Roe, an analyst", "“…” for the victory, Roe said". No
// other quotation and no other reporting word may stand between.
func (st *state) finalCue(ts []tok, k int) cueMatch {
	for c := k + 1; c < len(ts) && c < k+40; c++ {
		t := ts[c]
		if t.q >= 0 {
			return cueMatch{}
		}
		if t.p != ',' || c == k+1 {
			continue
		}
		// a reporting word of its own before the comma takes the
		// sentence
		for i := k + 1; i < c; i++ {
			if ts[i].word() {
				if _, ok := st.f.lx.cue[st.word(ts[i])]; ok {
					return cueMatch{}
				}
			}
		}
		n := c + 1
		for n < len(ts) && st.skippable(ts[n]) {
			n++
		}
		if n >= len(ts) || !ts[n].word() {
			continue
		}
		if st.f.lx.post[st.word(ts[n])] {
			// ", said Jane Roe"
			if e := st.npForward(ts, n+1); e.kind == 'n' && (e.b == len(ts) || !ts[e.b].word()) {
				return cueMatch{ok: true, post: true, at: n, end: n + 1, kind: cueFinite, subj: e}
			}
			return cueMatch{}
		}
		// ", Jane Roe said"
		if e := st.npForward(ts, n); e.kind == 'n' {
			v := e.b
			for v < len(ts) && st.skippable(ts[v]) {
				v++
			}
			if v < len(ts) && ts[v].word() && st.f.lx.post[st.word(ts[v])] && (v+1 == len(ts) || !ts[v+1].word()) {
				return cueMatch{ok: true, post: true, at: v, end: v + 1, kind: cueFinite, subj: e}
			}
		}
	}
	return cueMatch{}
}

// postCueNear finds a reporting cue right after the quotation ts[k].
func (st *state) postCueNear(ts []tok, k int) cueMatch {
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
	if m, ok := st.postLeadIn(ts, j); ok {
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
				e = st.cutAtMedium(ts, e)
				m.subj = e
				// "said the Agency's Northern Commander, Jane Roe." and
				// "said Business, Consumer Services and Housing Agency
				// Secretary Jane Roe.": the name after the comma that
				// closes the attribution
				if e.kind == 'n' && e.b+1 < len(ts) && ts[e.b].p == ',' {
					if e2 := st.npForward(ts, e.b+1); e2.kind == 'n' && (e2.b >= len(ts) || ts[e2.b].p == '.' || ts[e2.b].q >= 0) {
						if titleWords[st.word(ts[e.b-1])] && !st.hasTitle(ts, e2) && e2.b-e2.a >= 2 && e2.b-e2.a <= 4 && text.GivenNames()[st.word(ts[e2.a])] != 0 ||
							!st.hasTitle(ts, e) && text.GivenNames()[st.word(ts[e.a])] == 0 && st.endsWithTitledName(ts, e2) {
							e, m.subj = e2, e2
						}
					}
				}
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
				// "said the Florida senator", "tweeted a German user": a
				// description, not a name
				if m.subj == e {
					if dsc, ok := st.descriptionOf(ts, e.a, e.b); ok {
						m.subj = dsc
					}
				}
			} else {
				// "said planetary geologist Rosaly Lopes", "wrote
				// 43-year-old Martin Taylor"
				for d := n; d < len(ts) && d < n+6 && ts[d].word() && (!functionWords[st.word(ts[d])] || d > n && connectors[st.word(ts[d])]); d++ {
					if upperStart(st.text, ts[d]) {
						if e := st.npForward(ts, d); e.kind == 'n' {
							m.subj = e
							// "said former Ohio governor Dale Marsh",
							// "said former Obama adviser Dale Marsh": the
							// name closes the phrase
							if e2 := st.lastNameOfPhrase(ts, e.b); e2.kind == 'n' {
								m.subj = e2
							} else if dsc, ok := st.descriptionOf(ts, n, e.b); ok {
								// "said one unaligned Florida Republican
								// strategist": a description
								m.subj = dsc
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
	if w == "as" {
		// "…” as Jane Roe said on the radio"
		if e := st.npForward(ts, j+1); e.kind == 'n' {
			if c := skip(e.b); c < len(ts) && ts[c].word() && st.f.lx.post[st.word(ts[c])] {
				return cueMatch{ok: true, post: true, at: c, end: c + 1, kind: cueFinite, subj: e}
			}
		}
		return cueMatch{}
	}
	if e := st.npForward(ts, j); e.kind != 0 {
		c := skip(e.b)
		if c < len(ts) && ts[c].word() && st.f.lx.post[st.word(ts[c])] {
			return cueMatch{ok: true, post: true, at: c, end: c + 1, kind: cueFinite, subj: e}
		}
		// "…,” the Texas senator said": a definite description
		if w := st.word(ts[e.a]); (w == "the" || w == "The") && e.b < len(ts) && ts[e.b].word() {
			// "the presumptive Ohio| party nominee said": capitalised
			// words may stand among the lower-case ones, a lower-case
			// noun closes it
			d := e.b
			for d < len(ts) && d < e.b+4 && ts[d].word() && (upperStart(st.text, ts[d]) && !determiners[st.word(ts[d])] || lowerStart(st.text, ts[d]) && !functionWords[st.word(ts[d])] && !st.f.lx.post[st.word(ts[d])] && !st.f.lx.org[st.word(ts[d])]) {
				d++
			}
			if c := skip(d); d > e.b && lowerStart(st.text, ts[d-1]) && c < len(ts) && ts[c].word() && st.f.lx.post[st.word(ts[c])] {
				return cueMatch{ok: true, post: true, at: c, end: c + 1, kind: cueFinite, subj: np{a: e.a, b: d, kind: 'l'}}
			}
		}
		// "…,” the Roe campaign said": a name before an organisation noun
		if e.b < len(ts) && ts[e.b].word() && st.f.lx.org[st.word(ts[e.b])] {
			if c := skip(e.b + 1); c < len(ts) && ts[c].word() && st.f.lx.post[st.word(ts[c])] {
				return cueMatch{ok: true, post: true, at: c, end: c + 1, kind: cueFinite, subj: np{a: e.a, b: e.b + 1, kind: 'l'}}
			}
		}
		// "…,” Commerzbank analyst Carsten Fritsch said"
		for d := c; d < len(ts) && d < c+2 && ts[d].word() && lowerStart(st.text, ts[d]) && !functionWords[st.word(ts[d])] && !st.f.lx.post[st.word(ts[d])]; d++ {
			if d+1 < len(ts) && ts[d+1].word() && upperStart(st.text, ts[d+1]) {
				if e2 := st.npForward(ts, d+1); e2.kind == 'n' {
					if c2 := skip(e2.b); c2 < len(ts) && ts[c2].word() && st.f.lx.post[st.word(ts[c2])] {
						return cueMatch{ok: true, post: true, at: c2, end: c2 + 1, kind: cueFinite, subj: e2}
					}
					// "…,” Texas delegate Bill Eastland, wearing a hat, said"
					if c3, ok := st.appositionCue(ts, e2.b); ok {
						return cueMatch{ok: true, post: true, at: c3, end: c3 + 1, kind: cueFinite, subj: e2}
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
					if !st.hasTitle(ts, in) || e.kind != 'n' || st.hasTitle(ts, e) && st.styledPerson(ts, in) {
						// ("…,” Minister of Health, Senator the Hon. Jane
						// Roe, told": the name in its style)
						subj = in
					}
					return cueMatch{ok: true, post: true, at: c2, end: c2 + 1, kind: cueFinite, subj: subj}
				}
			}
			// "…,” Minister of Industry, Investment and Commerce, Senator
			// the Hon. Aubyn Hill, told": an office of several parts, then
			// the name in its style
			if e.kind == 'n' && st.hasTitle(ts, e) {
				if m, ok := st.styledAfterOffice(ts, c); ok {
					return m
				}
			}
			// "…,” Howard Gleckman, a senior fellow at the Institute, has
			// written"
			if e.kind == 'n' {
				if c3, ok := st.appositionCue(ts, c); ok {
					return cueMatch{ok: true, post: true, at: c3, end: c3 + 1, kind: cueFinite, subj: e}
				}
			}
		}
		return cueMatch{}
	}
	// "officials said", "one diplomat said"
	c := j
	for c < len(ts) && c < j+3 && ts[c].word() && lowerStart(st.text, ts[c]) && !st.f.lx.post[st.word(ts[c])] && !functionWords[st.word(ts[c])] && !subordinators[st.word(ts[c])] {
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

// cutAtMedium ends a name read after an inverted verb before "on" and
// the medium it spoke on: "wrote Jane Roe on Hot Air", "said Jane Roe on
// Fox News". The words before "on" must name a person by the evidence of
// the text.
func (st *state) cutAtMedium(ts []tok, e np) np {
	if e.kind != 'n' {
		return e
	}
	for i := e.a + 1; i < e.b-1; i++ {
		if st.word(ts[i]) != "on" {
			continue
		}
		pre := np{a: e.a, b: i, kind: 'n'}
		if st.personish(ts, pre) {
			return pre
		}
		if _, ok := st.personExactly(ts[pre.a].s, ts[pre.b-1].e); ok {
			return pre
		}
		break
	}
	return e
}

// endsWithTitledName reports a proper noun phrase that ends with a title and
// a full name after it: "Consumer Services and Housing Agency Secretary
// Jane Roe", not "Chief Executive of Acme Robotics Inc".
func (st *state) endsWithTitledName(ts []tok, e np) bool {
	h := -1
	for i := e.a; i < e.b; i++ {
		if titleWords[st.word(ts[i])] {
			h = i
		}
	}
	if h < 0 || e.b-h-1 < 2 || e.b-h-1 > 4 {
		return false
	}
	return text.GivenNames()[st.word(ts[h+1])] != 0
}

// appositionCue finds the reporting verb after an apposition that opens
// with the comma at ts[c] and follows a name standing after a quotation:
// "…,” Howard Gleckman, a senior fellow at the Institute, has written",
// "…,” Anne Roe, assistant secretary for population, refugees and
// migration, said", "…” Nate Roe, the pollster who founded the site,
// tweeted", "…” Jane Roe, who chairs the group said". The verb must be
// the first reporting word of the apposition and not one a relative
// pronoun opens ("…, who said"); the apposition ends at the sentence's
// end.
func (st *state) appositionCue(ts []tok, c int) (int, bool) {
	if c >= len(ts) || ts[c].p != ',' {
		return 0, false
	}
	for c2 := c + 1; c2 < len(ts) && c2 < c+30; c2++ {
		t := ts[c2]
		if t.q >= 0 {
			// a short quoted name inside the apposition ("wearing “Vote”
			// pins"), not the next quotation
			if sp := st.spans[t.q]; sp.end-sp.start > 40 || wordCount(st.text[sp.start:sp.end]) > 4 {
				return 0, false
			}
			continue
		}
		if t.p == ';' || t.p == ':' || (t.p == '.' || t.p == '!' || t.p == '?') && st.sentenceEnds(ts, c2) {
			return 0, false
		}
		if !t.word() {
			continue
		}
		w := st.word(t)
		if !st.f.lx.post[w] && !(ts[c2-1].p == ',' && st.f.lx.post[lowerFirst(w)]) {
			continue
		}
		if c2 == c+1 {
			return 0, false // "…,” Roe, said …": no apposition
		}
		p := ts[c2-1]
		if p.word() {
			switch st.word(p) {
			case "who", "which", "that":
				continue // a relative clause's own verb: "…, who said …, admitted"
			case "and", "or", "but":
				return 0, false
			}
			if st.skippable(p) {
				// "…, has said", "…, also said": the adverb before the verb
				// belongs to it; the word before that must end the
				// apposition
				b := c2 - 1
				for b > c && st.skippable(ts[b]) {
					b--
				}
				if ts[b].p != ',' {
					if ts[b].word() && (st.word(ts[b]) == "who" || st.word(ts[b]) == "which" || st.word(ts[b]) == "that") {
						return 0, false
					}
				}
			}
		}
		return c2, true
	}
	return 0, false
}

// descriptionOf extends the phrase ts[a:b] over the lower-case nouns that
// follow its capitalised words when no name closes it ("the Florida|
// senator", "one Trump| confidant"): a description, kind 'l'.
func (st *state) descriptionOf(ts []tok, a, b int) (np, bool) {
	d := b
	for d < len(ts) && d < b+3 && ts[d].word() && lowerStart(st.text, ts[d]) && !functionWords[st.word(ts[d])] && !subordinators[st.word(ts[d])] && !st.f.lx.post[st.word(ts[d])] {
		if _, ok := st.f.lx.cue[st.word(ts[d])]; ok {
			break
		}
		d++
	}
	if d == b || d < len(ts) && ts[d].word() && upperStart(st.text, ts[d]) {
		return np{}, false
	}
	return np{a: a, b: d, kind: 'l'}, true
}

// postLeadIn finds "description Name verb" after a quotation, the name
// opened by a few lower-case words that describe the person: "…,” an
// angry Roe retorted", "…,” his nephew John Roe added", "…,” delegate
// Jane Roe, wearing a red hat, said". j is the first token after the
// quotation.
func (st *state) postLeadIn(ts []tok, j int) (cueMatch, bool) {
	d := j
	described := false // a describing word, not only an article
	for d < len(ts) && d < j+4 && ts[d].word() && lowerStart(st.text, ts[d]) {
		w := st.word(ts[d])
		if st.f.lx.post[w] || (functionWords[w] && !determiners[w]) || subordinators[w] {
			return cueMatch{}, false
		}
		if _, ok := pronouns[w]; ok {
			return cueMatch{}, false
		}
		if w != "the" && w != "a" && w != "an" {
			described = true
		}
		d++
	}
	if !described || d >= len(ts) || !ts[d].word() || !upperStart(st.text, ts[d]) {
		return cueMatch{}, false
	}
	e := st.npForward(ts, d)
	if e.kind != 'n' {
		return cueMatch{}, false
	}
	c := e.b
	for c < len(ts) && st.skippable(ts[c]) {
		c++
	}
	if c < len(ts) && ts[c].p == ',' {
		// an apposition or participle phrase between commas
		c2 := c + 1
		for c2 < len(ts) && c2 < c+20 && ts[c2].p != ',' && ts[c2].p != '.' && ts[c2].p != ';' {
			if ts[c2].word() && st.f.lx.post[st.word(ts[c2])] {
				return cueMatch{}, false
			}
			c2++
		}
		if c2 >= len(ts) || ts[c2].p != ',' {
			return cueMatch{}, false
		}
		c = c2 + 1
		for c < len(ts) && st.skippable(ts[c]) {
			c++
		}
	}
	if c >= len(ts) || !ts[c].word() || !st.f.lx.post[st.word(ts[c])] {
		return cueMatch{}, false
	}
	return cueMatch{ok: true, post: true, at: c, end: c + 1, kind: cueFinite, subj: e}, true
}

// lastNameOfPhrase returns the capitalised name that ends a speaker
// phrase after ts[i-1] when only lower-case office words stand between:
// "Obama| adviser David Axelrod.", "Ohio| governor Dale Marsh,".
func (st *state) lastNameOfPhrase(ts []tok, i int) np {
	d := i
	for d < len(ts) && d < i+3 && ts[d].word() && lowerStart(st.text, ts[d]) && !functionWords[st.word(ts[d])] && !st.f.lx.post[st.word(ts[d])] {
		d++
	}
	if d == i || d >= len(ts) || !ts[d].word() || !upperStart(st.text, ts[d]) {
		return np{}
	}
	e := st.npForward(ts, d)
	if e.kind != 'n' || e.b < len(ts) && ts[e.b].word() {
		return np{} // the phrase goes on: not its end
	}
	return e
}

// attributedWords before "to" make the name after it the speaker of
// the quotations a heading introduces: "Comments attributed to …:",
// "Quotes attributable to …:".
var attributedWords = map[string]bool{"attributed": true, "attributable": true}

// colonSpeaker returns the person or persons named right before the
// colon at ts[c]: "Jane Roe:", "Jane Roe and John Doe:".
func (st *state) colonSpeaker(ts []tok, c, pos int) string {
	e := st.npBackward(ts, c)
	if e.kind != 'n' {
		return ""
	}
	if e.a > 0 && ts[e.a-1].word() && objectPrepositions[st.word(ts[e.a-1])] &&
		!(e.a > 1 && ts[e.a-2].word() && attributedWords[st.word(ts[e.a-2])]) {
		// "… delivered a blunt message to Jane Roe: “…”": the name is the
		// object of a preposition, not a label; but "Comments attributed
		// to Minister Jane Roe:" heads her quotations
		return ""
	}
	for i := e.a + 1; i < e.b-1; i++ {
		if st.word(ts[i]) == "and" {
			p1, ok1 := st.resolveProper(ts, np{a: e.a, b: i, kind: 'n'}, pos)
			p2, ok2 := st.resolveProper(ts, np{a: i + 1, b: e.b, kind: 'n'}, pos)
			if ok1 && ok2 {
				return p1.name + " and " + p2.name
			}
			if ok1 || !ok2 {
				return ""
			}
			// "Education and Training Minister Jane Roe:": the "and" is
			// the title's, and the phrase one person's
			break
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
	if j < len(ts) && ts[j].word() {
		if _, ok := pronouns[st.word(ts[j])]; ok {
			return cueMatch{}, false // "…?” He asked": a pronoun, resolved apart
		}
	}
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

// styledAfterOffice finds, after an office's comma at ts[c], the name
// that closes the office's apposition before a reporting verb: the office
// may go on over commas ("Investment and Commerce,"), the name may carry a
// style ("Senator the Hon. Aubyn Hill"), and a comma ends it before the
// verb.
func (st *state) styledAfterOffice(ts []tok, c int) (cueMatch, bool) {
	for d := c + 1; d < len(ts) && d < c+24; d++ {
		t := ts[d]
		if t.q >= 0 || t.p != 0 && t.p != ',' && t.p != '.' {
			return cueMatch{}, false
		}
		if t.p != ',' {
			if t.word() && st.f.lx.cue[st.word(t)] != 0 {
				return cueMatch{}, false
			}
			continue
		}
		v := d + 1
		for v < len(ts) && st.skippable(ts[v]) {
			v++
		}
		if v >= len(ts) || !ts[v].word() || !st.f.lx.post[st.word(ts[v])] {
			continue
		}
		// the segment between the comma before and this one
		k := d - 1
		for k > c && ts[k].p != ',' {
			k--
		}
		a := st.pastStyle(ts, k+1, d)
		if a == k+1 && (k == c || text.GivenNames()[st.word(ts[a])] == 0) {
			// no style, and no office going on over a comma
			// ("Minister of Trade, Industry and Tourism, Jane Roe,"):
			// the apposition rules above decide
			return cueMatch{}, false
		}
		if in := st.npForward(ts, a); in.kind == 'n' && in.b == d {
			return cueMatch{ok: true, post: true, at: v, end: v + 1, kind: cueFinite, subj: in}, true
		}
		return cueMatch{}, false
	}
	return cueMatch{}, false
}

// styledPerson reports a proper noun phrase that is a full name after its
// style: "Senator the Hon. Jane Roe", "the Most Hon. Andrew Holness".
func (st *state) styledPerson(ts []tok, e np) bool {
	a := st.pastStyle(ts, e.a, e.b)
	return a > e.a && e.b-a >= 2 && e.b-a <= 4 && text.GivenNames()[st.word(ts[a])] != 0
}

// pastStyle returns the first token of ts[a:b] after a name's style:
// titles, honorifics, their full stops, "the" and "Most" ("Senator the
// Hon.", "the Most Hon."); a when none opens it.
func (st *state) pastStyle(ts []tok, a, b int) int {
	for a < b && (ts[a].p == '.' || ts[a].word() && (titleWords[st.word(ts[a])] || honorificOf(st.word(ts[a])) != 0 || st.word(ts[a]) == "the" || st.word(ts[a]) == "Most")) {
		a++
	}
	return a
}
