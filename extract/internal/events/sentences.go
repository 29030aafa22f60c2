package events

import (
	"strings"

	"github.com/communique/communique/internal/text"
)

// This file holds the event finder's tokens and sentences: the window a
// date looks at, sentence ends and starts, and the token scanner.

// evHasVerb reports whether body[a:b] holds a lower-case word that is an
// action verb (or "had", or a future or progressive after its auxiliary),
// without tokenising it.
func evHasVerb(body string, a, b int) bool {
	aux := false  // after "will", "is"… (and adverbs): a future or progressive may follow
	perf := false // after "has" or "have": a participle may follow ("has taken")
	fut := false  // after "will" or "shall" (and adverbs): any bare verb may follow
	cop := false  // after "is", "was"…: a stay may follow ("is in Athens to …")
	for i := a; i < b; {
		c := body[i]
		if c < 'a' || c > 'z' {
			i++
			continue
		}
		j := i + 1
		for j < b && (body[j] >= 'a' && body[j] <= 'z' || body[j] == '-') {
			j++
		}
		if i == a || !isLetterByte(body[i-1]) {
			w := body[i:j]
			// a look-up only when a verb form begins and ends with these letters
			if evFormEnds[evEndKey(w)] {
				if f := evForms[w]; f == evPastWeak || f == evPastStrong || w == "had" || aux && (f == evFut || f == evProg || w == "take") || evPresentActs[w] {
					return true
				}
			}
			if evPastForm(w) || perf && evParticiples[w] {
				return true // a past form of any verb (evGenericPast, evPerfectLead)
			}
			if fut && (evBareVerb(w) || w == "have" || len(w) > 5 && strings.HasSuffix(w, "ing")) {
				return true // any bare verb after "will", or its progressive after "will be" (evGenericFuture); "will have talks"
			}
			if evVisitNouns[w] || w == "in" && cop {
				return true // "was on an official visit", "is in Athens to …" (evOnVisit)
			}
			cop = w == "is" || w == "are" || w == "was" || w == "were"
			perf = w == "has" || w == "have"
			fut = w == "will" || w == "shall" || fut && (evAuxAdverb(w) || w == "be")
			switch w {
			case "will", "shall", "is", "are", "am", "be":
				aux = true
			default:
				// "is scheduled to visit", "are pleased to announce": a
				// plan or the formula of an announcement keeps the
				// auxiliary
				aux = aux && (evAdverbs[w] || evPlanned[w] || evPleased[w] || w == "to")
			}
		}
		i = j
	}
	return false
}

// evWindow bounds how far the window of a sentence reaches from its date.
const evWindow = 1500

// evSentenceEnd returns the end of the sentence running at byte i: just
// past the first full stop (or ! ?) at or after i that ends a sentence, with
// its closing quotes; pe, or i+evWindow, when none does.
func evSentenceEnd(body string, i, pe int) int {
	limit := min(pe, i+evWindow)
	if n := evNumberedStart(body, i, pe); n > 0 {
		i += n // "1. As part of …": the paragraph's number ends no sentence
	}
	for ; i < limit; i++ {
		if c := body[i]; (c == '.' || c == '!' || c == '?') && evByteEnd(body, i, pe) {
			j := i + 1
			for j < pe {
				if n := evCloser(body, j); n > 0 {
					j += n
					continue
				}
				break
			}
			return j
		}
	}
	return limit
}

// evNumberedStart returns the length of a paragraph's number and its dot
// or bracket at i ("1. ", "12) "), or 0.
func evNumberedStart(body string, i, pe int) int {
	j := i
	for j < pe && j < i+3 && body[j] >= '0' && body[j] <= '9' {
		j++
	}
	if j == i || j+1 >= pe || body[j] != '.' && body[j] != ')' || body[j+1] != ' ' {
		return 0
	}
	return j + 1 - i
}

// evSentenceStart returns where the sentence holding byte pos begins: just
// after the last sentence end before it, or ps, or pos-evWindow.
func evSentenceStart(body string, pos, ps, pe int) int {
	lo := max(ps, pos-evWindow)
	for i := pos - 1; i >= lo; i-- {
		if c := body[i]; (c == '.' || c == '!' || c == '?') && evByteEnd(body, i, pe) {
			return i + 1
		}
	}
	return lo
}

// evCloser returns the length of a closing quote or bracket at body[j], or 0.
func evCloser(body string, j int) int {
	switch c := body[j]; {
	case c == '"' || c == ')' || c == '\'':
		return 1
	case c == 0xE2 && j+2 < len(body) && body[j+1] == 0x80 && (body[j+2] == 0x9D || body[j+2] == 0x99):
		return 3 // ” ’
	}
	return 0
}

// evByteEnd reports whether the full stop (or ! ?) at body[i] ends a
// sentence, as evEndsSentence does on tokens: a space and a capital, a digit
// or a quote follow, and "Mr." or "J." do not end one.
func evByteEnd(body string, i, pe int) bool {
	j := i + 1
	for j < pe {
		if n := evCloser(body, j); n > 0 {
			j += n
			continue
		}
		break
	}
	if j >= pe {
		return true
	}
	if body[j] != ' ' {
		return false
	}
	for j < pe && body[j] == ' ' {
		j++
	}
	if j >= pe {
		return true
	}
	if c := body[j]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '"' || c >= 0x80) {
		return false
	}
	if body[i] == '.' {
		k := i
		for k > 0 && isLetterByte(body[k-1]) {
			k--
		}
		w := body[k:i]
		if len(w) > 0 && (len(w) <= 2 && w[0] >= 'A' && w[0] <= 'Z' || evNoEnd(w)) {
			return false
		}
		if len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && (strings.HasPrefix(body[j:], "\u2014") || strings.HasPrefix(body[j:], "\u2013")) {
			return false // a dateline's state: "SALEM, Ore. — The Governor …"
		}
		// "at 8:36 a.m. EDT Saturday": a time zone or a day goes on
		if (w == "m" || w == "M") && k >= 2 && body[k-1] == '.' && evTimeGoesOn(body[j:pe]) {
			return false
		}
	}
	return true
}

// evTimeGoesOn reports whether s, after "a.m." or "p.m.", opens with a
// time zone (two to four capitals: "EDT", "GMT") or a weekday.
func evTimeGoesOn(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	if n >= 2 && n <= 4 && (n == len(s) || !isLetterByte(s[n])) {
		return true
	}
	for _, d := range [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if strings.HasPrefix(s, d) {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// evAbbrev are words (lower-cased) whose full stop does not end a sentence
// besides the titles of the shared abbreviation list (evNoEnd): suffixes,
// "No.", "vs." and "etc." end a sentence there only before an opener, and
// titles written in lower case.
var evAbbrev = wordLists.Set("abbrev")

// evNoEnd reports a word whose full stop ends no sentence: one of evAbbrev,
// or a title of the shared abbreviation list ("Maj.", "Supt.", "Atty.").
func evNoEnd(w string) bool {
	return evAbbrev[asciiLower(w)] || text.BuiltinAbbrev(w) == text.AbbrevTitle
}

// forEachSentence calls f with the byte and token spans of each sentence;
// lead is true for the first sentence of each paragraph long enough to be
// a lead (evLeadLength) when the tokens begin at the paragraph's start
// (leadOK).
func forEachSentence(body string, toks []evTok, leadOK bool, f func(ss, se, ts, te int, lead bool)) {
	k := 0
	for k < len(toks) {
		// a paragraph: tokens up to the next line break
		pe := strings.IndexByte(body[toks[k].start:], '\n')
		if pe < 0 {
			pe = len(body)
		} else {
			pe += toks[k].start
		}
		te := k
		for te < len(toks) && toks[te].start < pe {
			te++
		}
		long := evLeadLength(body, toks[k].start, pe)
		first := leadOK
		s := k
		if k+2 < te && evNumberedStart(body, toks[k].start, pe) > 0 {
			s = k + 2 // "1. As part of …": the paragraph's number is none of its sentence
		}
		for j := s; j < te; j++ {
			t := toks[j]
			if t.word || !evEndsSentence(body, toks, j, te) {
				continue
			}
			e := j + 1
			// closing quotes and brackets stay with the sentence
			for e < te && !toks[e].word && strings.ContainsAny(body[toks[e].start:toks[e].end], "\"\u201d\u2019)'") {
				e++
			}
			f(toks[s].start, toks[e-1].end, s, e, first && long)
			first = false
			s = e
			j = e - 1
		}
		if s < te {
			f(toks[s].start, toks[te-1].end, s, te, first && long)
		}
		k = te
	}
}

// evEndsSentence reports whether the punctuation token j ends a sentence.
func evEndsSentence(body string, toks []evTok, j, te int) bool {
	c := body[toks[j].start]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	n := j + 1
	for n < te && !toks[n].word && strings.ContainsAny(body[toks[n].start:toks[n].end], "\"\u201d\u2019)'") {
		n++
	}
	if n >= te {
		return true
	}
	if toks[n].start == toks[j].end {
		return false // "U.S.", "4.7"
	}
	if !toks[n].capital && toks[n].word {
		return false
	}
	if c == '.' && !toks[n].word && evDash(body, toks[n]) && j > 0 && toks[j-1].word && toks[j-1].capital {
		return false // a dateline's state: "SALEM, Ore. — The Governor …"
	}
	if c == '.' && j > 0 && toks[j-1].word && toks[j-1].end == toks[j].start {
		w := body[toks[j-1].start:toks[j-1].end]
		if evNoEnd(w) || (len(w) == 1 && toks[j-1].capital) {
			return false // "Mr.", "Antony J. Blinken"
		}
		if (w == "m" || w == "M") && j > 1 && body[toks[j-2].start] == '.' && evTimeGoesOn(body[toks[n].start:min(len(body), toks[n].start+12)]) {
			return false // "at 8:36 a.m. EDT Saturday"
		}
	}
	return true
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder // one copy, where []byte(s) then string(b) made two
	b.Grow(len(s))
	for start := 0; ; i++ {
		for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
			i++
		}
		b.WriteString(s[start:i]) // the run up to a capital
		if i == len(s) {
			return b.String()
		}
		b.WriteByte(s[i] + 'a' - 'A')
		start = i + 1
	}
}

// evDatelineEnd returns the token after a dateline opening the sentence
// [ts, te): marks ("**"), a place of capitalised words, a comma, a date of
// digits and capitalised words, marks, and a dash ("**Singapore, 9 June
// 2023** –", "Nairobi, May 3, 2025 —"), or a place and its state without a
// date ("WASHINGTON, DC --"); ts when there is none.
func evDatelineEnd(body string, toks []evTok, ts, te int) int {
	k := ts
	paren := false // a dateline in brackets: "(COLUMBUS, Ohio) — …"
	for k < te && !toks[k].word && (body[toks[k].start] == '*' || body[toks[k].start] == '(' && !paren) {
		paren = paren || body[toks[k].start] == '('
		k++
	}
	// closeParen steps past the bracket that closes a bracketed dateline
	closeParen := func(d int) int {
		if paren && d < te && !toks[d].word && body[toks[d].start] == ')' {
			d++
		}
		return d
	}
	place := k
	for k < te && toks[k].word && toks[k].capital {
		k++
	}
	if k > place && k-place <= 3 && k+1 < te && !evIntroWords[toks[place].low] {
		// a place alone and a dash: "Addis Ababa— The Ministry …",
		// "**WASHINGTON —** The Secretary …"
		d, credit := evWireCredit(body, toks, closeParen(k), te)
		if d < te && (evDash(body, toks[d]) || credit && body[toks[d].start] == '_') {
			d++
			for d < te && !toks[d].word && (body[toks[d].start] == '*' || body[toks[d].start] == '-') {
				d++
			}
			if d < te && toks[d].word && toks[d].capital {
				return d
			}
		}
	}
	if k == place || k-place > 4 || k >= te || body[toks[k].start] != ',' || evIntroWords[toks[place].low] {
		return ts
	}
	k++
	digits := false
	for k < te && k-place < 12 {
		t := toks[k]
		if t.word && (t.capital || body[t.start] >= '0' && body[t.start] <= '9') {
			digits = digits || body[t.start] >= '0' && body[t.start] <= '9'
			k++
			continue
		}
		if !t.word && body[t.start] == ',' {
			k++
			continue
		}
		break
	}
	if !digits {
		// a place and its state or country, marks and a dash: "**WASHINGTON,
		// DC** -- The Board …", "SALEM, Ore. — The Governor …"
		d := k
		for d < te && !toks[d].word && (body[toks[d].start] == '*' || body[toks[d].start] == '.') {
			d++
		}
		d, credit := evWireCredit(body, toks, closeParen(d), te)
		if d < te && d > place+2 && (evDash(body, toks[d]) || credit && body[toks[d].start] == '_') {
			d++
			for d < te && !toks[d].word && (body[toks[d].start] == '-' || body[toks[d].start] == '*') {
				d++
			}
			if d < te && toks[d].word && toks[d].capital {
				return d
			}
		}
		return ts
	}
	for k < te && !toks[k].word && body[toks[k].start] == '*' {
		k++
	}
	if k+1 < te && !toks[k].word {
		switch body[toks[k].start:toks[k].end] {
		case "\u2013", "\u2014", "-":
			return k + 1
		}
	}
	return ts
}

// evRunInHead returns the token after a headline in bold run into the
// lead sentence ("**FRTIB appoints Executive Director** — The Board
// today announced …"): marks, words, the closing marks and a dash before
// a capitalised word; ts when there is none.
func evRunInHead(body string, toks []evTok, ts, te int) int {
	if ts >= te || toks[ts].word || body[toks[ts].start] != '*' {
		return ts
	}
	k := ts
	for k < te && !toks[k].word && body[toks[k].start] == '*' {
		k++
	}
	words := 0
	for k < te && k-ts < 24 && (toks[k].word || body[toks[k].start] != '*') {
		if toks[k].word {
			words++
		}
		k++
	}
	if words < 2 || k >= te {
		return ts
	}
	for k < te && !toks[k].word && body[toks[k].start] == '*' {
		k++
	}
	if k+1 < te && evDash(body, toks[k]) && toks[k+1].word && toks[k+1].capital {
		return k + 1
	}
	return ts
}

// evWireCredit returns the token after a news agency's credit in brackets
// at d, after a dateline's place ("ISTANBUL, Turkey (AP) — …", "LONDON
// (Reuters) - …", AP's "(AP)_ …"), and whether there was one; else d.
func evWireCredit(body string, toks []evTok, d, te int) (int, bool) {
	if d+2 >= te || toks[d].word || body[toks[d].start] != '(' {
		return d, false
	}
	for k := d + 1; k < te && k <= d+4; k++ {
		if toks[k].word {
			continue
		}
		if body[toks[k].start] == ')' && k > d+1 {
			return k + 1, true
		}
		break
	}
	return d, false
}

// evDash reports a dash token: an en or em dash, a hyphen standing alone or
// the first of two.
func evDash(body string, t evTok) bool {
	if t.word {
		return false
	}
	switch body[t.start:t.end] {
	case "\u2013", "\u2014":
		return true
	case "-":
		// a hyphen alone, or doubled as a dash: "WASHINGTON, DC--David"
		return t.start > 0 && body[t.start-1] == ' ' || t.end < len(body) && body[t.end] == '-'
	}
	return false
}

// evDatelineName returns the place of a dateline in tokens [ts, end): its
// words before the first comma ("Singapore" of "**Singapore, 9 June 2023**
// –").
func evDatelineName(body string, toks []evTok, ts, end int) string {
	k := ts
	for k < end && !toks[k].word {
		k++
	}
	e := k
	for e < end && toks[e].word {
		e++
	}
	if e == k {
		return ""
	}
	// a place and its state, no date: the whole of it ("Springfield, IL")
	last, digits := e-1, false
	for j := e; j < end; j++ {
		if !toks[j].word && body[toks[j].start] == '(' {
			break // a news agency's credit: "ISTANBUL, Turkey (AP)"
		}
		if toks[j].word {
			digits = digits || body[toks[j].start] >= '0' && body[toks[j].start] <= '9'
			last = j
		}
	}
	if !digits {
		return body[toks[k].start:toks[last].end]
	}
	return body[toks[k].start:toks[e-1].end]
}

// evLeadLength reports a paragraph body[ps:pe] long enough to be a
// release's lead: 80 bytes or more, or, below the body's first paragraph
// (a headline, which may end with a stop), a single sentence of 50 or more
// ("Victoria has recorded its first two deaths related to coronavirus
// (COVID-19).").
func evLeadLength(body string, ps, pe int) bool {
	para := strings.TrimSpace(body[ps:pe])
	if len(para) >= 80 {
		return true
	}
	return len(para) >= 50 && strings.HasSuffix(para, ".") && !strings.Contains(para, ". ") && strings.TrimSpace(body[:ps]) != ""
}
