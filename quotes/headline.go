package quotes

import "strings"

// Headlines: a news headline gives its speaker in headline form, not in a
// sentence with a reporting verb: a label and a colon ("Roe: Tax Plan Is
// ‘Dead on Arrival’", "Roe on the budget: ‘We will not sign’"), or a
// capitalised reporting verb in a title-case line ("Jane Roe Says the Plan
// Is ‘Reckless’", "Budget Is ‘Reckless,’ Jane Roe Tells Voters"). The
// quoted words there are the speaker's, not a title or a scare quote.

// maxHeadline bounds the length in bytes of a paragraph read as a
// headline.
const maxHeadline = 220

// headlineSpeaker returns the speaker a headline gives the quotation
// ts[k] and the phrase that names it. pa and pb bound the paragraph.
// isPerson is false for an organisation.
func (st *state) headlineSpeaker(ts []tok, k, pa, pb int) (p person, e np, isPerson, ok bool) {
	if pb-pa > maxHeadline || len(ts) == 0 || ts[0].s != firstNonSpace(st.text, pa) {
		return person{}, np{}, false, false
	}
	if strings.IndexByte(st.text[pa:pb], '\n') >= 0 {
		return person{}, np{}, false, false
	}
	pos := ts[0].s
	first := pa == firstNonSpace(st.text, 0)
	title := st.titleCaseLine(ts)
	if first || title {
		// "Roe: …", "Roe on taxes: …"
		c := -1
		for i := 0; i < k && i <= 12; i++ {
			if ts[i].p == ':' {
				c = i
				break
			}
			if !ts[i].word() {
				break
			}
		}
		if c >= 1 {
			j := c
			for i := 1; i < c; i++ {
				if w := st.word(ts[i]); w == "on" || w == "On" {
					j = i
					break
				}
			}
			// a label opening with "The" is a series or a section ("The
			// Latest: …"), not a speaker
			if e := st.npBackward(ts, j); e.kind == 'n' && e.a == 0 && j-e.a <= 4 && !allCapsRun(st, ts[:j]) && st.word(ts[0]) != "The" {
				p, isPerson := st.speakerOf(ts, e, pos)
				if p.name != "" {
					return p, e, isPerson, true
				}
			}
		}
	}
	if !title {
		return person{}, np{}, false, false
	}
	// "Jane Roe Says …", "…, Jane Roe Tells …": a capitalised reporting
	// verb after a name
	for i := 1; i < len(ts); i++ {
		if i == k || !ts[i].word() || !upperStart(st.text, ts[i]) {
			continue
		}
		if st.f.lx.cue[strings.ToLower(st.word(ts[i]))] != cueFinite {
			continue
		}
		e := st.npBackward(ts, i)
		if e.kind != 'n' || i-e.a > 4 || e.a > 0 && ts[e.a-1].word() {
			continue
		}
		if p, ok := st.resolveProper(ts, e, pos); ok && p.name != "" {
			return p, e, true, true
		}
	}
	return person{}, np{}, false, false
}

// titleCaseLine reports a line written in title case: most of its words
// of four letters or more open with a capital.
func (st *state) titleCaseLine(ts []tok) bool {
	caps, n := 0, 0
	for _, t := range ts {
		if !t.word() || t.e-t.s < 4 {
			continue
		}
		n++
		if upperStart(st.text, t) {
			caps++
		}
	}
	return n >= 3 && caps*5 >= n*4
}

// allCapsRun reports words all in capitals ("MODERATOR", "SEN. ROE"), as
// a transcript's speaker labels are: a label, not a headline.
func allCapsRun(st *state, ts []tok) bool {
	for _, t := range ts {
		if t.word() && !allCaps(st.word(t)) {
			return false
		}
	}
	return true
}

// inHeadline reports a paragraph that is the text's first, short,
// followed by others, with words outside the quotation sp and no
// reporting word: the text's headline. A quotation there is the
// headline's words, a term, whether or not the headline names a speaker
// ("Party Issues ‘Deep and Sincere Apology’").
func (st *state) inHeadline(sp span, pa, pb int) bool {
	if pa != firstNonSpace(st.text, 0) || pb-pa > maxHeadline || pb >= len(st.text) || strings.IndexByte(st.text[pa:pb], '\n') >= 0 {
		return false
	}
	if strings.TrimSpace(st.text[pb:]) == "" || sp.open < pa || sp.close+sp.closeW > pb {
		return false // no text after, or a quotation running past the paragraph
	}
	if strings.TrimSpace(st.text[pa:sp.open]) == "" && strings.Trim(st.text[sp.close+sp.closeW:pb], " .,;:!?\t\r") == "" {
		return false // the whole paragraph is the quotation
	}
	for _, t := range st.tokensOf(pa, pb, nil) {
		if t.word() && st.f.lx.cue[st.word(t)] != 0 {
			return false
		}
	}
	return true
}
