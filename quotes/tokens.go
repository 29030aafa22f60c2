package quotes

// Tokens of the narrative around quotations: words, a few punctuation
// marks, and whole quotations as single tokens, read from the shared
// analysis of the text.

import "github.com/communique/communique/internal/text"

type tok struct {
	s, e int  // byte range in the text
	q    int  // index of the quotation for quotation tokens, else -1
	p    byte // punctuation: ',', ':', ';', '.', '!', '?', '(', ')', '-'; 0 for words and quotations
	u    bool // a word that begins with an upper-case letter
}

func (t tok) word() bool { return t.q < 0 && t.p == 0 }

// tokens appends the tokens of st.text[a:b] to out, read from the shared
// analysis: its words joined where a hyphen, apostrophe, full stop or
// ampersand binds two of them ("so-called", "Russia’s", "U.S", "AT&T"),
// the punctuation quotes reads, and the quotations spans[si:] that open
// inside [a,b) as single tokens. It returns the tokens and the index of
// the first span not used.
func (st *state) tokens(a, b int, si int, out []tok) ([]tok, int) {
	if st.lazy {
		text.Builtin().TokenizeRange(st.doc, st.text, a, b)
	}
	spans, body, ts := st.spans, st.text, st.doc.Tokens
	for si < len(spans) && spans[si].open < a {
		si++
	}
	k := st.doc.TokenAt(a)
	for k < len(ts) && int(ts[k].Start) < a {
		k++ // a token that a quotation ending at a cut
	}
	for k < len(ts) && int(ts[k].Start) < b {
		t := ts[k]
		i := int(t.Start)
		if si < len(spans) && spans[si].open == i {
			sp := spans[si]
			e := min(sp.close+sp.closeW, b)
			out = append(out, tok{s: sp.open, e: e, q: si})
			si++
			k = st.tokenFrom(k, max(e, i+1))
			continue
		}
		switch t.Kind {
		case text.Word:
			e := st.wordEnd(k, i, b)
			out = append(out, tok{s: i, e: e, q: -1, u: t.Shape&text.Cap != 0})
			k = st.tokenFrom(k, e)
			if k > 0 && int(ts[k-1].End) == e+1 {
				// the analysis's full stop of an abbreviation that quotes
				// does not keep ("Jr.", "Ky."): a full stop of its own
				out = append(out, tok{s: e, e: e + 1, q: -1, p: '.'})
			}
			continue
		case text.Clitic:
			// a possessive the analysis gave to a word quotes ends before
			// it ("K.’s"): its "s" a word of its own
			if j := i + runeLen(body, i); j < int(t.End) {
				e := st.wordEnd(k, j, b)
				out = append(out, tok{s: j, e: e, q: -1, u: body[j] == 'S'})
				k = st.tokenFrom(k, e)
				continue
			}
		case text.Punct:
			switch c := body[i]; c {
			case ',', ':', ';', '.', '!', '?', '(', ')', '-':
				out = append(out, tok{s: i, e: i + 1, q: -1, p: c})
			default:
				switch nextRune(body, i) {
				case 0x2013, 0x2014, 0x2015:
					out = append(out, tok{s: i, e: int(t.End), q: -1, p: '-'})
				case 0x2026:
					out = append(out, tok{s: i, e: int(t.End), q: -1, p: '.'})
				}
			}
		}
		k++
	}
	return out, si
}

// tokenFrom returns the index of the first token at or after k that
// starts at or after byte e.
func (st *state) tokenFrom(k, e int) int {
	ts := st.doc.Tokens
	for k < len(ts) && int(ts[k].Start) < e {
		k++
	}
	return k
}

// wordEnd returns the end of the word that starts at byte s of token k,
// before b: the
// analysis's word, joined to the next by an inner hyphen, apostrophe, full
// stop or ampersand, or a possessive's apostrophe ("so-called",
// "Russia’s", "U.S", "AT&T"), and with its full stop when it is an
// initial, a dotted title or dotted initials ("J.", "Mr.", "U.S.").
func (st *state) wordEnd(k, s, b int) int {
	body, ts := st.text, st.doc.Tokens
	e := st.ownEnd(k, b)
	for e < b {
		c, n := body[e], 1
		if c >= 0x80 {
			if nextRune(body, e) != '’' {
				break
			}
			n = runeLen(body, e)
		} else if c != '-' && c != '\'' && c != '.' && c != '&' || c == '.' && lostSpace(body, e, b) {
			break
		}
		if e+n >= b || !isWordRune(nextRune(body, e+n)) {
			break
		}
		// the token that holds the word rune after the joiner: the next
		// word, or the possessive clitic that starts at the joiner
		for k < len(ts) && int(ts[k].End) <= e+n {
			k++
		}
		if k >= len(ts) {
			break
		}
		e = st.ownEnd(k, b)
	}
	if e < b && body[e] == '.' {
		if w := body[s:e]; e-s == 1 && w[0] >= 'A' && w[0] <= 'Z' || dottedTitles[w] || dottedInitials(w) {
			e++ // "Mr.", "Gen.", the initial in "Antony J. Blinken", "U.S."
		}
	}
	return e
}

// ownEnd returns the end of token k before b, without the full stop the
// analysis gives an initial or an abbreviation: quotes decides that one
// itself.
func (st *state) ownEnd(k, b int) int {
	t := st.doc.Tokens[k]
	e := min(int(t.End), b)
	if t.Shape&text.Dots != 0 && e == int(t.End) && st.text[e-1] == '.' {
		e--
	}
	return e
}

// dottedTitles are abbreviated titles whose full stop belongs to the
// word.
var dottedTitles = wordLists.Set("dotted-titles")

// dottedInitials reports whether w is capital initials joined by full
// stops, whose last full stop follows: "U.S", "U.K", "E.U".
func dottedInitials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// lostSpace reports a full stop at i between two lower-case letters and a
// capitalised word ("stated.During the visit"): a sentence's end whose
// space a scrape lost, not a word's inner stop ("U.S", "e.g").
func lostSpace(s string, i, b int) bool {
	return i >= 2 && i+2 < b && s[i-1] >= 'a' && s[i-1] <= 'z' && s[i-2] >= 'a' && s[i-2] <= 'z' &&
		s[i+1] >= 'A' && s[i+1] <= 'Z' && s[i+2] >= 'a' && s[i+2] <= 'z'
}

// wordEnd returns the end of the word starting at i: letters and digits,
// with inner hyphens, apostrophes, full stops and ampersands ("so-called",
// "Russia’s", "U.S", "AT&T").
func wordEnd(s string, i, b int) int {
	for i < b {
		c := s[i]
		if c < 0x80 {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				i++
				continue
			}
			if c == '.' && lostSpace(s, i, b) {
				return i // "stated.During": a sentence's stop, its space lost
			}
			if (c == '-' || c == '\'' || c == '.' || c == '&') && i+1 < b && isWordRune(nextRune(s, i+1)) {
				i++
				continue
			}
			return i
		}
		r := nextRune(s, i)
		n := runeLen(s, i)
		if isWordRune(r) {
			i += n
			continue
		}
		if r == '’' && i+n < b && isWordRune(nextRune(s, i+n)) {
			i += n
			continue
		}
		return i
	}
	return i
}

// upperStart reports whether the token begins with an upper-case letter.
// Only words do; the tokenizer notes it.
func upperStart(_ string, t tok) bool {
	return t.u
}

// lowerStart reports whether the token begins with a lower-case letter.
func lowerStart(text string, t tok) bool {
	if t.s >= len(text) {
		return false
	}
	c := text[t.s]
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	r := nextRune(text, t.s)
	return isWordRune(r) && !isUpperRune(r) && !(r >= '0' && r <= '9')
}

// sentenceEnds reports whether a sentence ends after toks[i].
func (st *state) sentenceEnds(toks []tok, i int) bool {
	t := toks[i]
	text := st.text
	var next *tok
	if i+1 < len(toks) {
		next = &toks[i+1]
	}
	startsNew := next == nil || next.q >= 0 || next.p == '(' || upperStart(text, *next) || (next.p == 0 && text[next.s] >= '0' && text[next.s] <= '9')
	switch {
	case t.q >= 0:
		// A quotation whose words end a sentence (“… world.” He said)
		// ends the narrative sentence too.
		sp := st.spans[t.q]
		if sp.closeW == 0 {
			return true
		}
		if sp.end <= sp.start {
			return false
		}
		c := text[sp.end-1]
		if (c == '!' || c == '?' || c == '.' && st.bareCueClause(toks, i+1)) && st.namedCueAt(toks, i+1) {
			// "“Why not?” Jane Roe asked.", "“It is over.” Roe said.":
			// the name and its verb close the quotation's sentence
			return false
		}
		if c == '.' || c == '!' || c == '?' || (c == 0xA6 && sp.end >= 3 && text[sp.end-3:sp.end] == "…") {
			return next == nil || (next.q < 0 && upperStart(text, *next)) || next.q >= 0
		}
		return false
	case t.p == '.':
		if !startsNew {
			return false
		}
		if i > 0 && toks[i-1].word() && toks[i-1].e == t.s {
			w := text[toks[i-1].s:toks[i-1].e]
			if abbreviations[w] || isInitial(w) || hasInnerDot(w) {
				return false
			}
		}
		return true
	case t.p == '!' || t.p == '?':
		return startsNew
	}
	return false
}

func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

func hasInnerDot(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

// bareCueClause reports a clause at toks[i] that is only a name of one
// to three capitalised words and a verb that attributes a quotation
// before it, ended by a full stop: "Roe said.", "Jane Roe added.".
func (st *state) bareCueClause(toks []tok, i int) bool {
	j := i
	for j < len(toks) && j < i+5 && toks[j].word() && upperStart(st.text, toks[j]) {
		j++
	}
	if j == i || j >= len(toks) {
		return false
	}
	if toks[j].p == ',' && j-i >= 2 {
		// "Jane Roe, deputy security adviser, said …": an apposition
		// of lower-case words between commas
		c := j + 1
		if c < len(toks) && toks[c].word() && !lowerStart(st.text, toks[c]) {
			return false
		}
		for c < len(toks) && c < j+12 && toks[c].q < 0 && toks[c].p != ',' && toks[c].p != '.' {
			c++
		}
		if c >= len(toks) || toks[c].p != ',' {
			return false
		}
		j = c + 1
	}
	if j+1 >= len(toks) || !toks[j].word() || !st.f.lx.post[st.word(toks[j])] {
		return false
	}
	if toks[j+1].p == '.' {
		return true
	}
	// "… said on a call", "… said at a briefing"
	switch st.word(toks[j+1]) {
	case "on", "at", "in", "during", "after", "before":
		return toks[j+1].word()
	}
	return false
}

// namedCueAt reports a capitalised name of at most five words at toks[i],
// with or without an apposition between commas, followed by a verb that attributes a quotation before it and then by
// the end of the clause: "Jane Roe asked.", "Rep. John Roe said,".
func (st *state) namedCueAt(toks []tok, i int) bool {
	j := i
	for j < len(toks) && j < i+5 && toks[j].word() && upperStart(st.text, toks[j]) {
		j++
	}
	if j == i {
		return false
	}
	if j < len(toks) && toks[j].p == ',' {
		// "Jane Roe, a nurse from Ohio, asked."
		c := j + 1
		for c < len(toks) && c < j+16 && toks[c].q < 0 && toks[c].p != ',' {
			c++
		}
		if c >= len(toks) || toks[c].p != ',' {
			return false
		}
		j = c + 1
	}
	for j < len(toks) && st.skippable(toks[j]) {
		j++
	}
	if j >= len(toks) || !toks[j].word() || !st.f.lx.post[st.word(toks[j])] {
		return false
	}
	for n := j + 1; n < len(toks) && n <= j+3; n++ {
		// "“…?” Roe then writes back, “…”": the verb introduces the next
		// quotation, a sentence of its own
		if toks[n].q >= 0 {
			return false
		}
		if toks[n].p != ',' && toks[n].p != ':' && !(toks[n].word() && (st.word(toks[n]) == "back" || st.word(toks[n]) == "out")) {
			break
		}
	}
	if j+1 == len(toks) || !toks[j+1].word() {
		return true
	}
	// "… asked at the meeting", not "… said the vote was …" or "… said
	// that …", a new sentence reporting speech
	switch st.word(toks[j+1]) {
	case "the", "a", "an", "his", "her", "their":
		// "… asked the mogul.", "… told a reporter.": a listener verb's
		// object closes the sentence
		return st.f.lx.lis[st.word(toks[j])] && listenerCloses(st, toks, j+1)
	case "that", "whether", "if", "how", "why", "what", "he", "she", "they", "it", "we":
		return false
	}
	return true
}

// listenerCloses reports a short object phrase at toks[i:] that ends the
// sentence: "the real estate mogul.", not "the crowd that …".
func listenerCloses(st *state, toks []tok, i int) bool {
	for j := i; j < len(toks) && j < i+6; j++ {
		t := toks[j]
		if t.p == '.' || t.p == '!' || t.p == '?' {
			return true
		}
		if !t.word() {
			return false
		}
		switch st.word(t) {
		case "that", "whether", "if", "how", "why", "what", "to":
			return false
		}
	}
	return len(toks)-i <= 6
}
