package quotes

import (
	"strings"
)

// Terms: quoted names, titles and scare quotes that are not statements,
// and the person a scare-quoted word belongs to.

// isTerm reports a quotation that is not a statement: a name introduced
// as such ("the theme “…”"), a phrase written like a title with no cue
// right before it, or a short phrase with no cue in its sentence (scare
// quotes). Callers have checked that no cue follows the quotation.
func (st *state) isTerm(ts []tok, k int, content string, pre cueMatch, sentInitial bool) bool {
	if st.naming(ts, k) && !predicate(content) && !st.infinitiveAfterTo(ts, k, content) {
		return true
	}
	if st.credited(ts, k, content) {
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
func (st *state) termUser(ts []tok, k int, content string) (person, np, bool) {
	if titleCase(content) || st.naming(ts, k) && !st.namedBy(ts, k) || st.defined(ts[k]) {
		return person{}, np{}, false
	}
	// "Jane Roe, the state’s governor, repeated that …, calling him a
	// “…”": the name and apposition that open the sentence
	if e := st.appositiveSubjectAt(ts, 0, k); e.kind == 'n' {
		if p, ok := st.namedPerson(ts, e); ok {
			return p, e, true
		}
	}
	for i := 0; i < k && i < maxSentenceTokens; i++ {
		t := ts[i]
		if !t.word() || !upperStart(st.text, t) {
			continue
		}
		e := st.npForward(ts, i)
		if e.kind == 'l' {
			// "The Florida senator still had a “…”": a description, resolved
			// to the person it describes, or no one; its capitalised words
			// are no name
			if e.b < k && st.isVerbish(ts[e.b]) {
				if p, ok := st.resolve(ts, e, ts[e.a].s); ok && p.name != "" {
					return p, e, true
				}
			}
			i = e.b - 1
			continue
		}
		if e.kind != 'n' {
			continue
		}
		if e.b < k && st.isVerbish(ts[e.b]) && !strings.HasSuffix(st.word(ts[e.b]), "ing") && !leadingNonName[st.word(ts[e.a])] && !notNames[st.word(ts[e.a])] {
			// "at the prospect of Roe becoming …" is no subject and verb
			if p, ok := st.namedPerson(ts, e); ok {
				return p, e, true
			}
		}
		if e.b > i+1 {
			i = e.b - 1
		}
	}
	// "Jane Roe, a nurse from Ohio, described it as “…”": the verb
	// nearest before the quotation and the name its subject phrase opens
	// with
	for c := k - 1; c > 0; c-- {
		if !ts[c].word() || !lowerStart(st.text, ts[c]) {
			continue
		}
		w := st.word(ts[c])
		if st.f.lx.cue[w] == 0 && !(len(w) > 4 && strings.HasSuffix(w, "ed")) {
			continue
		}
		if e := st.npBefore(ts, c); e.kind == 'n' {
			p, ok := st.namedPerson(ts, e)
			return p, e, ok
		}
		break
	}
	return person{}, np{}, false
}

// namedPerson resolves a proper noun phrase that is a subject to a
// person: a full name, a surname the text gave in full, or a surname
// alone the people of the text name.
func (st *state) namedPerson(ts []tok, e np) (person, bool) {
	if p, ok := st.resolveProper(ts, e, ts[e.a].s); ok {
		return p, true
	}
	if e.b-e.a == 1 && st.bareName(ts[e.a]) && st.personish(ts, e) {
		return person{name: st.word(ts[e.a])}, true
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

// naming reports a quotation introduced as a name: "the theme “…”",
// "so-called “…”", "our expression is “…”", "known as “…”".
func (st *state) naming(ts []tok, k int) bool {
	if k >= 2 && ts[k-1].word() && ts[k-2].word() && (st.word(ts[k-1]) == "on" || st.word(ts[k-1]) == "about") && topicNouns[st.word(ts[k-2])] {
		return true // "a lecture on “…”": its title or subject
	}
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
		if j > 0 && ts[j-1].word() && upperStart(st.text, ts[j-1]) {
			// "Dr. Paul Song “…”": a surname, not the word "song"
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

// infinitiveAfterTo reports lower-case words quoted right after "to":
// the verb phrase of an infinitive ("an initiative to “create the biggest
// boom”"), not a name introduced by a naming word.
func (st *state) infinitiveAfterTo(ts []tok, k int, content string) bool {
	return k > 0 && ts[k-1].word() && st.word(ts[k-1]) == "to" && startsLower(content) && wordCount(content) >= 2
}

// credited reports a quotation followed by its author or its year, as a
// work's title or a slogan is: "“Mill to Close,” by the Post’s Jane
// Roe", "“…” (2005)". A title opens with a capital and a comma closes
// it before its author; "“anointed” by God" is a passive, the quoted
// words a predicate.
func (st *state) credited(ts []tok, k int, content string) bool {
	j := k + 1
	if j < len(ts) && ts[j].p == ',' {
		j++
	}
	if j+1 >= len(ts) {
		return false
	}
	if ts[j].word() && st.word(ts[j]) == "by" && (j > k+1 || strings.HasSuffix(content, ",")) {
		n := j + 1
		if st.word(ts[n]) == "the" && n+1 < len(ts) {
			n++
		}
		return startsUpper(content) && ts[n].word() && upperStart(st.text, ts[n])
	}
	if ts[j].p == '(' && j+2 < len(ts) && ts[j+2].p == ')' && ts[j+1].word() {
		y := st.word(ts[j+1])
		return len(y) == 4 && (y[:2] == "19" || y[:2] == "20") && strings.Trim(y, "0123456789") == ""
	}
	return false
}

// predicate reports quoted words that open with a verb in lower case and
// go on: the rest of a reported sentence ("the report “wasn’t good”",
// "the plan was “simply a continuation of the surge”"), never a name.
// motionWording reports the wording of a motion or resolution: "That"
// and a subject ("That the Council …", "That this House …", "That
// Ordinary Meetings of the Council shall …", "That Standing Order 12 be
// suspended"), eight words or more.
func motionWording(content string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(content), "That ")
	if !ok || wordCount(rest) < 7 {
		return false
	}
	for _, d := range []string{"the ", "this ", "a ", "an "} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	return startsUpper(rest) && !strings.HasPrefix(rest, "I ") && !strings.HasPrefix(rest, "I'")
}

func predicate(content string) bool {
	sp := strings.IndexByte(content, ' ')
	if sp <= 0 || !startsLower(content) {
		return false
	}
	w := strings.TrimRight(content[:sp], ",;:")
	if infinitiveMarks[w] && w != "to" {
		return true
	}
	switch w {
	case "is", "was", "are", "were", "has", "have", "had", "isn’t", "isn't", "wasn’t", "wasn't", "aren’t", "aren't", "weren’t", "weren't", "hasn’t", "hasn't", "haven’t", "haven't", "doesn’t", "doesn't", "didn’t", "didn't", "simply", "just":
		return true
	}
	return false
}

func startsLower(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
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
	// a quotation nested at the end closes first: "… say, 'Well done,'"
	s = strings.TrimRight(s, "'’\"” ")
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

var smallWords = wordLists.Set("small-words")

// titleCase reports a short phrase written like a title: "Renewed Focus on
// Peace & Prosperity in the Balkans", "Open Door".
func titleCase(s string) bool {
	s = strings.TrimRight(s, ",.!?:; ")
	if s == "" || strings.ContainsAny(s, ".!?;:\n") {
		return false
	}
	caps, words := 0, 0
	for w := range strings.FieldsSeq(s) {
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

// defined reports a quotation in brackets of its own, the short name a
// text defines for what it has just named ("the Human Trafficking and
// Transnational Organized Crime (“HTTOC”) section", "the Agreement (the
// “Accord”)"): a definition, used by no one.
func (st *state) defined(q tok) bool {
	return st.bracketBefore(q) >= 0 && strings.HasPrefix(strings.TrimLeft(st.text[q.e:], " "), ")")
}

// bracketBefore returns the offset of the bracket that opens right before
// the quotation q, past "the" or "a" ("(“HTTOC”)", "(the “Accord”)"), or
// -1.
func (st *state) bracketBefore(q tok) int {
	before := strings.TrimRight(st.text[:q.s], " ")
	if strings.HasSuffix(before, "(the") || strings.HasSuffix(before, "(a") {
		before = before[:strings.LastIndexByte(before, '(')+1]
	}
	if !strings.HasSuffix(before, "(") {
		return -1
	}
	return len(before) - 1
}

// afterName reports a capitalised word right before the bracket that opens
// before the quotation q: the name a definition shortens ("Memorandum of
// Understanding (“MOU”)").
func (st *state) afterName(q tok) bool {
	b := st.bracketBefore(q)
	if b < 0 {
		return false
	}
	before := strings.TrimRight(st.text[:b], " ")
	w := before[strings.LastIndexAny(before, " \n")+1:]
	return w != "" && startsUpper(w)
}
