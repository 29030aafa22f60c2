package quotes

import (
	"strings"
	"unicode/utf8"
)

// Noun phrases around a quotation: the subject of its sentence or clause,
// appositions and titles, and the phrases read forward and backward from a
// cue, which name who is speaking.

// isVerbish reports whether t can be the verb that follows a subject.
func (st *state) isVerbish(t tok) bool {
	if !t.word() || !lowerStart(st.text, t) {
		return false
	}
	return !functionWords[st.word(t)]
}

// sentenceSubject returns the first noun phrase in ts[:lim] that is
// followed by a verb: a pronoun, a named person or an office.
func (st *state) sentenceSubject(ts []tok, lim int) np {
	if lim > len(ts) {
		lim = len(ts)
	}
	if lim > maxSentenceTokens {
		lim = maxSentenceTokens
	}
	for i := 0; i < lim; i++ {
		t := ts[i]
		if !t.word() {
			continue
		}
		w := st.word(t)
		if g, ok := pronouns[w]; ok && g != 'w' {
			if i+1 < len(ts) && st.isVerbish(ts[i+1]) {
				return np{a: i, b: i + 1, kind: 'p'}
			}
			continue
		}
		if upperStart(st.text, t) || w == "the" {
			e := st.npForward(ts, i)
			if e.kind == 0 {
				continue
			}
			if e.kind == 'n' && e.b > e.a+1 && leadingNonName[w] {
				// "Although Weiner admitted …": the opener is no part of
				// the subject
				continue
			}
			j := e.b
			if j < len(ts) && j < lim+1 && st.isVerbish(ts[j]) && (st.personish(ts, e) || st.bareSurnameCue(ts, e)) {
				return e
			}
			if e.b > i+1 {
				i = e.b - 1
			}
		}
	}
	return np{}
}

// clauseSubject returns the subject of the clause a participle or a
// subject-less reporting verb hangs on: a person or office if there is
// one, else any capitalised phrase followed by a verb ("Big Machine has
// denied the claims, saying …").
func (st *state) clauseSubject(ts []tok, lim int) np {
	if lim > len(ts) {
		lim = len(ts)
	}
	// "Roe, a lawyer, endorsed Doe’s plan, saying …": the name the
	// sentence opens with, before any name inside its clauses
	if e := st.appositiveSubjectAt(ts, 0, lim); e.kind != 0 {
		return e
	}
	if e := st.sentenceSubject(ts, lim); e.kind != 0 {
		return e
	}
	if e := st.appositiveSubject(ts, lim); e.kind != 0 {
		return e
	}
	for i := 0; i < lim && i < maxSentenceTokens; i++ {
		if !ts[i].word() || !upperStart(st.text, ts[i]) {
			continue
		}
		e := st.npForward(ts, i)
		if e.kind == 'n' && e.b+1 < lim && lowerStart(st.text, ts[e.b]) && ts[e.b+1].word() && upperStart(st.text, ts[e.b+1]) {
			// "Band member Flea shared …": a description word, then the name
			if e2 := st.npForward(ts, e.b+1); e2.kind == 'n' && e2.b < lim && st.isVerbish(ts[e2.b]) {
				return e2
			}
		}
		if e.kind == 'n' && e.b < lim && st.isVerbish(ts[e.b]) && !leadingNonName[st.word(ts[e.a])] && !notNames[st.word(ts[e.a])] {
			return e
		}
		if e.b > i+1 {
			i = e.b - 1
		}
	}
	return np{}
}

// appositiveSubject returns the name that opens a sentence when an
// apposition between commas or a parenthesis stands between it and its
// verb: "Jane Roe, 70, said …", "Jane Roe, who chairs the panel, also
// decried …", "Sen. Jane Roe (D-Ill.) visited …". Only adverbs or
// openers such as "But" may precede the name.
func (st *state) appositiveSubject(ts []tok, lim int) np {
	if e := st.appositiveSubjectAt(ts, 0, lim); e.kind != 0 {
		return e
	}
	// "In a statement on Thursday, Rep. Jane Roe (D-N.Y.) reacted …": the
	// subject after an opening phrase
	for i := 0; i < lim && i < 12; i++ {
		if ts[i].q >= 0 {
			break
		}
		if ts[i].p == ',' {
			return st.appositiveSubjectAt(ts, i+1, lim)
		}
	}
	return np{}
}

func (st *state) appositiveSubjectAt(ts []tok, i, lim int) np {
	for i < lim && ts[i].word() && leadingNonName[st.word(ts[i])] {
		i++
	}
	if i >= lim || !ts[i].word() || !upperStart(st.text, ts[i]) {
		return np{}
	}
	e := st.npForward(ts, i)
	if e.kind != 'n' || e.b >= lim {
		return np{}
	}
	j := e.b
	switch ts[j].p {
	case '(':
		for j < lim && j < e.b+8 && ts[j].p != ')' && ts[j].q < 0 {
			j++
		}
		if j >= lim || ts[j].p != ')' {
			return np{}
		}
		j++
		if j < lim && ts[j].p == ',' {
			j++
		}
	case ',':
		j++
		for j < lim && j < e.b+20 && ts[j].p != ',' && ts[j].q < 0 && ts[j].p != ';' {
			j++
		}
		if j >= lim || ts[j].p != ',' {
			return np{}
		}
		j++
	default:
		return np{}
	}
	aux := j
	for j < lim && st.skippable(ts[j]) {
		j++
	}
	// after an auxiliary the verb may be the reporting word at lim
	// itself: "Jane Roe, the candidate, is promising …"
	if j > lim || j == lim && j == aux || j >= len(ts) || !st.isVerbish(ts[j]) {
		return np{}
	}
	if st.personish(ts, e) || st.bareName(ts[e.a]) && e.b-e.a <= 3 || st.hasTitle(ts, e) {
		if _, ok := st.resolveProper(ts, e, ts[e.a].s); ok {
			return e
		}
	}
	return np{}
}

// personish reports whether a proper noun phrase names a person or an
// office: it holds a title or honorific and no group word, or it is an
// official's name or alias.
func (st *state) personish(ts []tok, e np) bool {
	switch e.kind {
	case 'p':
		return true
	case 'l':
		for i := e.a; i < e.b; i++ {
			if lowerTitles[st.word(ts[i])] {
				return true
			}
		}
		return false
	}
	h := -1
	for i := e.a; i < e.b; i++ {
		w := st.word(ts[i])
		if pluralGroups[w] {
			return false
		}
		if headWords[w] || honorificOf(w) != 0 {
			h = i
		}
	}
	if h < 0 {
		// an official or a person the people of the text name
		return st.namesPerson(st.npText(ts, e, true))
	}
	for i := h + 1; i < e.b; i++ {
		w := st.word(ts[i])
		if upperStart(st.text, ts[i]) && !titleWords[w] && !orgWords[w] {
			return true // a name after the office
		}
	}
	// an office alone: "the Secretary General", not "the Office of the
	// President"
	for i := e.a; i < h; i++ {
		w := st.word(ts[i])
		if orgWords[w] && !allCaps(w) {
			return false
		}
	}
	return true
}

// wordSuffix reports whether s ends with the words of w after a space.
func wordSuffix(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.HasSuffix(s, w)
}

func allCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// hasTitle reports a title word or honorific in a noun phrase.
func (st *state) hasTitle(ts []tok, e np) bool {
	for i := e.a; i < e.b; i++ {
		w := st.word(ts[i])
		if titleWords[w] || honorificOf(w) != 0 {
			return true
		}
	}
	return false
}

func honorificOf(w string) byte {
	if g, ok := honorifics[w]; ok {
		if g == 'u' {
			return 'u'
		}
		return g
	}
	return 0
}

// npText returns the text of a noun phrase, without a leading article
// when bare is set.
func (st *state) npText(ts []tok, e np, bare bool) string {
	a := e.a
	if bare && a < e.b-1 {
		if w := st.word(ts[a]); w == "the" || w == "The" || w == "a" || w == "A" || w == "an" {
			a++
		}
	}
	return st.text[ts[a].s:ts[e.b-1].e]
}

// npForward reads a proper noun phrase starting at ts[i] ("the Secretary
// General", "NATO Secretary General Mark Rutte", "Secretary of State
// Marco Rubio", "Ursula von der Leyen"), or a lower-case office ("the
// minister").
func (st *state) npForward(ts []tok, i int) np {
	if i >= len(ts) || !ts[i].word() {
		return np{}
	}
	a := i
	w := st.word(ts[i])
	if w == "I" {
		return np{} // a pronoun, whatever its capital: no name begins with it
	}
	if w == "the" || w == "The" || w == "a" || w == "A" || w == "an" {
		i++
		if i >= len(ts) || !ts[i].word() {
			return np{}
		}
		if !upperStart(st.text, ts[i]) {
			// "the minister", "a spokesperson", "the foreign minister"
			j := i
			for j < len(ts) && j < i+3 && ts[j].word() && lowerStart(st.text, ts[j]) && !functionWords[st.word(ts[j])] {
				if _, ok := st.f.lx.cue[st.word(ts[j])]; ok || st.f.lx.post[st.word(ts[j])] {
					break
				}
				j++
			}
			if j == i {
				return np{}
			}
			return np{a: a, b: j, kind: 'l'}
		}
	}
	if !upperStart(st.text, ts[i]) {
		return np{}
	}
	j := i + 1
	for j < len(ts) && j-a < 14 {
		t := ts[j]
		if !t.word() {
			break
		}
		if upperStart(st.text, t) {
			j++
			continue
		}
		w := st.word(t)
		if (connectors[w] || nameParticles[w]) && j+1 < len(ts) && ts[j+1].word() && (upperStart(st.text, ts[j+1]) || nameParticles[st.word(ts[j+1])]) {
			j++
			continue
		}
		break
	}
	if i > a {
		// "The Florida senator", "the Democratic presidential candidate":
		// capitalised modifiers of a person noun make a description
		for k := j; k < len(ts) && k < j+3 && ts[k].word() && lowerStart(st.text, ts[k]) && !functionWords[st.word(ts[k])]; k++ {
			if _, ok := st.f.lx.cue[st.word(ts[k])]; ok || st.f.lx.post[st.word(ts[k])] {
				break
			}
			if st.f.lx.isPerson(st.word(ts[k])) {
				return np{a: a, b: k + 1, kind: 'l'}
			}
		}
	}
	return np{a: a, b: j, kind: 'n'}
}

// npBefore reads the noun phrase that ends just before ts[c] (the subject
// of a reporting verb), skipping adverbs and auxiliaries.
func (st *state) npBefore(ts []tok, c int) np {
	j := c - 1
	for j >= 0 && ts[j].word() && (st.skippable(ts[j]) || timeWords[st.word(ts[j])]) {
		// "Roe on Friday said", "Roe later Thursday told"
		j--
	}
	if j < 0 {
		return np{}
	}
	if j > 1 && ts[j].p == ',' && ts[j-1].p == ')' && partyLabelBefore(st, ts, j-1) {
		// "Gov. Jane Roe (R-Ohio), said"
		j--
	}
	if j > 0 && ts[j].p == ')' {
		// "Gov. Jane Roe (R) said": the party label is no subject
		o := j - 1
		for o >= 0 && o > j-8 && ts[o].p != '(' && ts[o].q < 0 {
			o--
		}
		if o > 0 && ts[o].p == '(' && ts[o-1].word() && upperStart(st.text, ts[o-1]) {
			j = o - 1
		}
	}
	t := ts[j]
	if !t.word() {
		if t.p == ',' {
			if e := st.headBeforeAppositions(ts, j); e.kind != 0 {
				return e
			}
			// "Mr Rutte, NATO’s Secretary General, said"; "Mr Tusk, who
			// chaired the meeting, said"
			k := j - 1
			for k >= 0 && k > j-16 && ts[k].p != ',' && ts[k].q < 0 {
				k--
			}
			if k > 0 && ts[k].p == ',' {
				outer := st.npBackward(ts, k)
				inner := st.npBackward(ts, j)
				if inner.kind == 'n' && inner.a == k+1 && !st.hasTitle(ts, inner) {
					return inner // "The Foreign Secretary, James Cleverly, said"
				}
				if outer.kind == 'n' {
					return outer // "Mr Rutte, NATO’s Secretary General, said"
				}
			}
		}
		return np{}
	}
	w := st.word(t)
	if e := st.subjectBeforePhrase(ts, j); e.kind != 0 {
		return e
	}
	if (w == "and" && j > 0 && ts[j-1].p != ',' || w == "but") && j > 0 {
		// "Roe thanked its members … and called …", "Roe said it was
		// early but added …": the verb shares the subject of the
		// reporting verb before it
		for v := j - 1; v > 0 && v > j-30; v-- {
			if !ts[v].word() {
				continue
			}
			if k := st.f.lx.cue[st.word(ts[v])]; k != cueFinite && k != cueObject {
				continue
			}
			if e := st.npBefore(ts, v); e.kind == 'n' && st.personish(ts, e) || e.kind == 'p' {
				return e
			}
			break
		}
	}
	if g, ok := pronouns[uncontracted(w)]; ok {
		if g == 'w' {
			// "…, who said": the phrase before the comma
			if j >= 2 && ts[j-1].p == ',' {
				return st.npBackward(ts, j-1)
			}
			return np{}
		}
		return np{a: j, b: j + 1, kind: 'p'}
	}
	if upperStart(st.text, t) {
		e := st.npBackward(ts, j+1)
		if h := st.unclosedApposition(ts, e); h.kind != 0 {
			return h
		}
		if e.a > 1 && ts[e.a-1].p == ',' && !st.hasTitle(ts, e) && !st.personish(ts, e) {
			// "Jane Roe of Dayton, Ohio says": the words after the comma
			// finish a place; the person heads the phrase
			if h := st.npBackward(ts, e.a-1); h.kind == 'n' && (h.a == 0 || ts[h.a-1].p == ',') && h.b-h.a >= 3 && connectors[st.word(ts[h.b-2])] {
				if _, ok := st.resolveProper(ts, h, ts[h.a].s); ok {
					return h
				}
			}
		}
		return e
	}
	// lower-case phrase: "officials said", "the minister said"
	a := j
	for a > 0 && a > j-3 && ts[a-1].word() && lowerStart(st.text, ts[a-1]) && !functionWords[st.word(ts[a-1])] && !determiners[st.word(ts[a-1])] {
		a--
	}
	if functionWords[w] {
		return np{}
	}
	if a > 0 && ts[a-1].word() && determiners[st.word(ts[a-1])] {
		a--
	}
	return np{a: a, b: j + 1, kind: 'l'}
}

// partyLabelBefore reports a short parenthesis closing at ts[c] with no
// lower-case word, as a party and state label is: "(R-Ohio)", "(D)", not
// "(a Republican PAC)".
func partyLabelBefore(st *state, ts []tok, c int) bool {
	for o := c - 1; o >= 0 && o > c-8; o-- {
		if ts[o].p == '(' {
			return o < c-1
		}
		if ts[o].q >= 0 || ts[o].word() && lowerStart(st.text, ts[o]) {
			return false
		}
	}
	return false
}

// unclosedApposition returns the person that opens a sentence whose
// apposition runs to the verb without a closing comma and ends in the
// capitalised phrase e: "Jane Roe, president and CEO of Dayton Foods
// stated", "Jane Roe, Special Investigator at the Bureau said". e must end
// with no person the text names, and only words and commas may stand
// between the opening name's comma and e.
func (st *state) unclosedApposition(ts []tok, e np) np {
	if e.kind != 'n' || e.a < 3 {
		return np{}
	}
	if _, ok := st.personEnding(ts[e.a].s, ts[e.b-1].e); ok {
		return np{}
	}
	if _, ok := st.personExactly(ts[e.a].s, ts[e.b-1].e); ok {
		return np{}
	}
	c := e.a - 1
	for c > 0 && c > e.a-8 && ts[c].word() && lowerStart(st.text, ts[c]) {
		c--
	}
	if c < e.a-1 && ts[c].p == ',' {
		if h := st.npBackward(ts, c); h.kind == 'n' && h.a == 0 && st.personish(ts, h) {
			return h
		}
	}
	// an office and its body in capitals, one comma or two: "Jane Roe,
	// Special Investigator at the Anti-Corruption Bureau of Brunei said",
	// "John Doe, Director of the Department for Inspection, Inspection
	// Authority of Laos concurred"
	for c = e.a - 1; c > 0 && c > e.a-24; c-- {
		if !ts[c].word() && ts[c].p != ',' {
			return np{}
		}
		if ts[c].p == ',' {
			if h := st.npBackward(ts, c); h.kind == 'n' && h.a == 0 && st.personish(ts, h) {
				return h
			}
		}
	}
	return np{}
}

// titleBetweenCommas reports a short capitalised quotation at ts[i]
// between commas, as a title in an apposition stands: “The Apprentice,”.
func (st *state) titleBetweenCommas(ts []tok, i int) bool {
	if i == 0 || ts[i-1].p != ',' {
		return false
	}
	sp := st.spans[ts[i].q]
	content := st.text[sp.start:sp.end]
	if !(i+1 < len(ts) && ts[i+1].p == ',' || strings.HasSuffix(content, ",")) {
		return false
	}
	return len(content) < 60 && titleCase(content)
}

// inRelative reports a word inside a relative clause that a relative
// pronoun opens a few words before it: "Roe, who previously questioned
// the ruling, said" reports nothing with "questioned".
func (st *state) inRelative(ts []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !ts[k].word() {
			return false
		}
		switch st.word(ts[k]) {
		case "who", "whom", "which":
			return k > 0 && ts[k-1].p == ','
		}
	}
	return false
}

// uncontracted returns a pronoun without the auxiliary contracted onto
// it ("he’d" → "he", "she'll" → "she"); other words unchanged.
func uncontracted(w string) string {
	for _, suf := range [...]string{"’d", "'d", "’ll", "'ll", "’s", "'s"} {
		if b, ok := strings.CutSuffix(w, suf); ok {
			if _, isPro := pronouns[b]; isPro {
				return b
			}
		}
	}
	return w
}

// subjectBeforePhrase returns the person named just before a short
// prepositional phrase that ends at ts[j] and stands between a subject
// and its verb: "Jane Roe during a rally thanked …", "Roe in his
// speech called …". The name must open its clause and be a person by
// the evidence of the text, and the phrase holds no conjunction or
// clause word.
func (st *state) subjectBeforePhrase(ts []tok, j int) np {
	if !ts[j].word() || !lowerStart(st.text, ts[j]) {
		return np{}
	}
	for k := j; k > 0 && k > j-7; k-- {
		if !ts[k].word() {
			return np{}
		}
		w := st.word(ts[k])
		switch w {
		case "and", "but", "or", "that", "who", "which", "while", "when":
			return np{}
		}
		if !adjuncts[w] || !ts[k-1].word() || !upperStart(st.text, ts[k-1]) {
			continue
		}
		e := st.npBackward(ts, k)
		if e.kind != 'n' || e.a > 0 && ts[e.a-1].word() && !leadingNonName[st.word(ts[e.a-1])] && !subordinators[st.word(ts[e.a-1])] && st.word(ts[e.a-1]) != "that" {
			return np{}
		}
		if st.personish(ts, e) {
			return e
		}
		return np{}
	}
	return np{}
}

// headBeforeAppositions returns the person a clause opens with when
// appositions and phrases between commas stand between it and its verb
// (the comma at ts[j]): "Jane Roe, a nurse from Dayton, Ohio, says";
// "Earlier, Jane Roe, who chairs the panel, told …". The name must be a
// person by the evidence of the text; nil np when there is none.
func (st *state) headBeforeAppositions(ts []tok, j int) np {
	lo := j - 40
	if lo < 0 {
		lo = 0
	}
	first := j
	for i := j - 1; i >= lo; i-- {
		if ts[i].q >= 0 && st.titleBetweenCommas(ts, i) {
			// "Sam Roe, a contestant on the show, “The Apprentice,” who …"
			first = i
			continue
		}
		if k := st.f.lx.cue[st.word(ts[i])]; ts[i].q >= 0 || ts[i].p == ';' || ts[i].word() && k != 0 && k != cueParticiple && !st.inRelative(ts, i) {
			break
		}
		first = i
	}
	first = st.skipVocative(ts, first, j)
	for p := first; p < j; p++ {
		if ts[p].p != ',' {
			continue
		}
		b := p
		if b > 0 && ts[b-1].p == ')' {
			// "Sen. Jane Roe (D-Ill.), noting …, said"
			o := b - 2
			for o >= first && o > b-9 && ts[o].p != '(' {
				o--
			}
			if o >= first && ts[o].p == '(' {
				b = o
			}
		}
		e := st.npBackward(ts, b)
		if e.kind != 'n' {
			continue
		}
		opener := e.a > first
		for o := first; o < e.a && opener; o++ {
			// "But Sen. Roe, …, said", not "Of Carson, Roe, …, said"
			opener = ts[o].word() && leadingNonName[st.word(ts[o])] && !prepositions[lowerFirst(st.word(ts[o]))]
		}
		if !opener && ((e.a > 0 && ts[e.a-1].p != ',') || (e.a > 0 && e.a-1 < first)) {
			continue
		}
		if e.a == p-1 && e.a == 0 && st.bareName(ts[e.a]) {
			return e // "Roe, a nurse from Dayton, says"
		}
		if e.b > e.a && orgWords[st.word(ts[e.b-1])] {
			// "The Head of Europol's European Cybercrime Centre, Jane Roe,
			// said": a body ends the office before the name
			continue
		}
		if _, ok := st.resolveProper(ts, e, ts[e.a].s); ok && st.personish(ts, e) || ok && !st.hasTitle(ts, e) {
			return e
		}
	}
	return np{}
}

// bareName reports a capitalised word that can be a surname standing
// alone.
func (st *state) bareName(t tok) bool {
	w := st.word(t)
	return upperStart(st.text, t) && !pluralGroups[w] && !leadingNonName[w] && !notNames[w] && !titleWords[w] && !orgWords[w] && utf8.RuneCountInString(w) > 1 && nameLike(w)
}

// npBackward reads a proper noun phrase ending before ts[b].
func (st *state) npBackward(ts []tok, b int) np {
	a := b
	for a > 0 && b-a < 14 {
		t := ts[a-1]
		if !t.word() {
			break
		}
		if upperStart(st.text, t) {
			a--
			continue
		}
		w := st.word(t)
		if (connectors[w] || nameParticles[w]) && w != "the" && a < b {
			// "Secretary of State", "von der Leyen"
			c := a - 2
			for c >= 0 && ts[c].word() && nameParticles[st.word(ts[c])] {
				c--
			}
			if c >= 0 && ts[c].word() && upperStart(st.text, ts[c]) {
				a--
				continue
			}
		}
		if (w == "the") && a < b {
			a--
		}
		break
	}
	if a == b {
		return np{}
	}
	// a sentence-initial adverb or preposition is not part of the name
	for a < b-1 {
		w := st.word(ts[a])
		if leadingNonName[w] {
			a++
			continue
		}
		break
	}
	return np{a: a, b: b, kind: 'n'}
}

// skippable reports an adverb or auxiliary between a subject and its
// reporting verb: "also", "has", "reportedly", "allegedly".
func (st *state) skippable(t tok) bool {
	if !t.word() {
		return false
	}
	w := st.word(t)
	if cueSkip[w] {
		return true
	}
	return len(w) > 4 && w[len(w)-2:] == "ly" && lowerStart(st.text, t) && !functionWords[w]
}

// nameLike reports a capitalised word that may be a name: not a
// contraction or possessive ("You’re", "Russia’s").
func nameLike(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' || (w[i] == 0xE2 && strings.HasPrefix(w[i:], "’")) {
			n := i + 1
			if w[i] != '\'' {
				n = i + 3
			}
			if n < len(w) && w[n] >= 'a' && w[n] <= 'z' {
				return false
			}
		}
	}
	return true
}

// leadingNonName are capitalised words that open a sentence before a
// subject ("As President Trump said", "Today Mr Rutte said").
var leadingNonName = wordLists.Set("leading-non-name")

// vocatives are the forms of address that may open a sentence before its
// subject ("My Lords, …", "Colleagues, …").
var vocatives = wordLists.Set("vocatives")

// vocativeOpeners open a form of address ("My Lords", "Madam President"),
// vocativeHeads end one after an opener ("Mr. Speaker").
var vocativeOpeners, vocativeHeads = wordLists.Set("vocative-openers"), wordLists.Set("vocative-heads")

// thingSubject reports a cue whose subject is a thing by its relative
// pronoun: "section 2283, which says “…”" quotes a text, not the person
// last named.
func (st *state) thingSubject(ts []tok, at int) bool {
	j := at - 1
	for j >= 0 && ts[j].word() && st.skippable(ts[j]) {
		j--
	}
	return j >= 0 && ts[j].word() && st.word(ts[j]) == "which"
}

// skipVocative returns the token after a form of address that opens the
// phrase ts[first:j] and a comma closes ("My Lords,", "Mr. Speaker,",
// "Madam President,", "Colleagues,"), else first: the one addressed is no
// subject.
func (st *state) skipVocative(ts []tok, first, j int) int {
	c := first
	for c < j && c < first+5 && ts[c].p != ',' {
		c++
	}
	if c >= j || c == first || ts[c].p != ',' {
		return first
	}
	last := ts[c-1]
	if !last.word() {
		return first
	}
	lw := st.word(last)
	switch {
	case c-first == 1 && vocatives[lw]:
		return c + 1 // "Colleagues,"
	case vocatives[lw] || vocativeHeads[lw]:
		if vocativeOpeners[st.word(ts[first])] {
			return c + 1 // "My Lords,", "Mr. Speaker,", "Madam President,"
		}
	}
	return first
}
