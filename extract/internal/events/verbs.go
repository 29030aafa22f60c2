package events

import (
	_ "embed"
	"strings"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/internal/text"
)

// This file finds the action verb of a sentence and tells whether the
// sentence's day dates it.

// The event verbs, from data/verbs.tsv (its header gives the format):
// evVerbs are past-tense action verbs, with whether they may make a lead
// sentence an event without a date of its own (meetings and visits, not
// statements); evActs the decisions and releases that make a lead an
// event when it has no time of its own ("has adopted"); evFuture the bare verbs of a meeting or visit after "will"
// or "shall" ("Mr Peters will meet …"), and evProgressive their forms
// after "is", "are" or "be" ("is travelling to Chişinău today", "will be
// meeting"): events when the sentence carries its own day.
var evVerbs, evFuture, evProgressive, evActs, evReporting, evPresentActs = readVerbs(verbsTSV)

//go:embed data/verbs.tsv
var verbsTSV string

// readVerbs reads the verb table; reporting are the statement verbs that
// may follow what was said, their speaker after them.
func readVerbs(data string) (past, future, progressive, acts, reporting, present map[string]bool) {
	past, future, progressive, acts, reporting, present = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[1] {
		case "meeting":
			past[f[0]] = true
		case "statement":
			past[f[0]] = false
		case "reporting":
			past[f[0]] = false
			reporting[f[0]] = true
		case "act":
			past[f[0]] = false
			acts[f[0]] = true
		case "future":
			future[f[0]] = true
		case "progressive":
			progressive[f[0]] = true
		case "act-progressive":
			progressive[f[0]] = true
			acts[f[0]] = true
		case "act-present":
			present[f[0]] = true
		}
	}
	return past, future, progressive, acts, reporting, present
}

// evPresentAct returns the token of a decision or release in the present
// that follows the plain subject opening tokens [ts, te) ("The Riksbank
// sets", "The Department of Health (DOH) reaffirms"), past a short
// opening phrase, or -1.
func evPresentAct(body string, toks []evTok, ts, te int) int {
	if ts < te && toks[ts].word && evPrepositions[toks[ts].low] {
		// past a short opening phrase: "In an antitrust lawsuit, the
		// Attorney General accuses …"
		for j := ts + 1; j < te && j < ts+8; j++ {
			if !toks[j].word {
				if body[toks[j].start] == ',' {
					ts = j + 1
				}
				break
			}
		}
	}
	for k := ts + 1; k < te && k < ts+16; k++ {
		t := toks[k]
		if !t.word || t.capital || t.quoted {
			continue
		}
		if !evPresentActs[t.low] {
			if evSubjectTail[t.low] || evSubjectJoiners[t.low] {
				continue // "The Commission today adopts", "The Department of Health"
			}
			return -1
		}
		e := k
		for e > ts && toks[e-1].word && evSubjectTail[toks[e-1].low] {
			e--
		}
		if evCleanSubject(body, toks, ts, e) {
			return k
		}
		return -1
	}
	return -1
}

// evPerfectLead returns the token of the participle of a lead sentence in
// the present perfect of any verb, after the plain subject opening tokens
// [ts, te): "The Government of the Northwest Territories has identified
// three priorities", "EUROCONTROL has taken another step", "Jane Roe has
// been commissioned by the Chief Constable"; or -1. A release tells in its
// lead what was done on its day; the perfect of a state ("has long
// supported", "has been a member") is none.
func evPerfectLead(body string, toks []evTok, ts, te int) int {
	for k := ts + 1; k < te && k < ts+20; k++ {
		t := toks[k]
		if !t.word || t.capital || t.quoted {
			continue
		}
		if t.low != "has" && t.low != "have" {
			if evSubjectJoiners[t.low] || evGroupHeads[t.low] || evTitleWords[t.low] || evSeatIn(toks, k, te) || evCurlyPossessive(body, toks, k) {
				continue
			}
			return -1
		}
		if evIsWord(body, toks[ts], "It", "There", "This", "That") {
			return -1 // "It has been moved by Mr. Gill that …": no one's act
		}
		j := k + 1
		for j < te && toks[j].word && evAdverbs[toks[j].low] {
			j++
		}
		if j+1 < te && evIsWord(body, toks[j], "been") {
			// a passive names its agent: "has been commissioned by the
			// Chief Constable"; "have been killed" names no one acting
			if j+2 >= te || !evIsWord(body, toks[j+2], "by") {
				return -1
			}
			j++
		}
		if j >= te || !toks[j].word || toks[j].capital || evNotPast[toks[j].low] || evStateWords[toks[j].low] ||
			!(evPastForm(toks[j].low) || evParticiples[toks[j].low]) {
			return -1
		}
		if !evCleanSubject(body, toks, ts, k) {
			return -1
		}
		return j
	}
	return -1
}

// evInvertedStatement finds a reporting verb after a comma with its
// speaker after it, closing what was said: ", said Minister Jane Roe",
// ", stated Mr. Roe, Senior Vice President". It returns the verb's token
// and the end of the speaker's name (the next comma, the sentence's end or
// a date), or -1.
func evInvertedStatement(body string, toks []evTok, ts, te int, ms []dates.Mention) (int, int) {
	for k := ts + 2; k+1 < te; k++ {
		t := toks[k]
		if !t.word || t.quoted || !evReporting[t.low] || toks[k-1].word || body[toks[k-1].start] != ',' || !toks[k+1].word || !toks[k+1].capital ||
			evInMentions(ms, toks[k+1].start) {
			continue // not "…, Roe said Tuesday": a day is no speaker
		}
		e := k + 1
		for e < te && (toks[e].word && (toks[e].capital || evIsWord(body, toks[e], "of", "for", "and")) || !toks[e].word && body[toks[e].start] == '.' && e+1 < te && toks[e+1].word && toks[e+1].capital) {
			e++
		}
		return k, e
	}
	return -1, -1
}

// evClosingReport finds a report that closes a sentence with its own day,
// its subject after the last comma: "…, the company said Friday.",
// "…, immigration authorities ruled Wednesday.", "…, Acme announced on
// Monday." It returns the verb's token, the subject's first token and the
// day, or -1. The subject is a short noun phrase or name (evCleanSubject,
// evNounSubject); the verb a statement's or a listed past action's.
func evClosingReport(body string, toks []evTok, ts, te int, ms []dates.Mention) (int, int, *dates.Mention) {
	if len(ms) == 0 {
		return -1, -1, nil
	}
	e := te
	for e > ts && !toks[e-1].word {
		e-- // the closing stop and marks
	}
	m := &ms[len(ms)-1]
	if e <= ts || m.End != toks[e-1].end {
		return -1, -1, nil
	}
	d := e - 1
	for d > ts && toks[d-1].start >= m.Start {
		d--
	}
	v := d - 1
	if v > ts && evIsWord(body, toks[v], "on") {
		v--
	}
	if v <= ts+2 || !toks[v].word || toks[v].quoted || toks[v].capital {
		return -1, -1, nil
	}
	if f := evForms[toks[v].low]; !evReporting[toks[v].low] && f != evPastWeak && f != evPastStrong {
		return -1, -1, nil
	}
	c := v - 1
	for c > ts && c >= v-7 && (toks[c].word || body[toks[c].start] == '.' || body[toks[c].start] == '\'' || strings.HasPrefix(body[toks[c].start:], "’")) {
		c--
	}
	if c <= ts || c == v-1 || toks[c].word || body[toks[c].start] != ',' || toks[c+1].quoted ||
		evPrepositions[toks[c+1].low] || strings.HasSuffix(toks[c+1].low, "ing") || evIsWord(body, toks[c+1], "and", "but", "or", "then") {
		// (a phrase, no subject: "…, including one from Monmouth University
		// released Thursday"; a verb's second clause: "departs …, and
		// returns on Friday")
		return -1, -1, nil
	}
	if !evCleanSubject(body, toks, c+1, v) && !evNounSubject(body, toks, c+1, v) {
		return -1, -1, nil
	}
	return v, c + 1, m
}

// The forms of evForms.
const (
	evPastWeak   = 1 + iota // a statement in the past: "discussed"
	evPastStrong            // a meeting or visit in the past: "met"
	evFut                   // a bare verb after "will": "meet"
	evProg                  // a progressive after "is": "travelling"
)

// evForms maps every verb form of evVerbs, evFuture and evProgressive to
// its kind, for one look-up a word.
var evForms = func() map[string]uint8 {
	m := make(map[string]uint8, len(evVerbs)+len(evFuture)+len(evProgressive))
	for w, strong := range evVerbs {
		m[w] = evPastWeak
		if strong {
			m[w] = evPastStrong
		}
	}
	for w := range evFuture {
		m[w] = evFut
	}
	for w := range evProgressive {
		m[w] = evProg
	}
	return m
}()

// evFormEnds holds, by evEndKey, the first and last letters of the words
// of evForms, evPresentActs and "had": a word whose key is not there needs
// no look-up.
var evFormEnds = func() (t [26 * 26]bool) {
	for w := range evForms {
		t[evEndKey(w)] = true
	}
	for w := range evPresentActs {
		t[evEndKey(w)] = true
	}
	t[evEndKey("had")] = true
	t[evEndKey("take")] = true // "will take place"
	return t
}()

// evEndKey keys a word of lower-case ASCII letters (and hyphens) by its
// first and last letters.
func evEndKey(w string) int {
	a, b := int(w[0]-'a'), int(w[len(w)-1]-'a')
	if a < 0 || a >= 26 || b < 0 || b >= 26 {
		return 0
	}
	return a*26 + b
}

// evTookPlacePast reports "took place" at token k, a meeting's past as
// "met" is ("The festival took place in Leith in April"), where "took"
// alone is a statement's ("took the floor").
func evTookPlacePast(body string, toks []evTok, k int) bool {
	return toks[k].low == "took" && k+1 < len(toks) && evIsWord(body, toks[k+1], "place")
}

// evAdverbs may stand between an auxiliary and its verb ("will then
// travel", "is also meeting").
var evAdverbs = wordLists.Set("adverbs")

// evSubjectTail are the auxiliaries and adverbs between a subject and its
// verb ("The Commission has today adopted", "Mr Rutte also met").
var evSubjectTail = wordLists.Set("subject-tail")

// evIntroWords open a phrase that stands before the subject, up to a
// comma: "On the third anniversary of …, the Council", "In Suva on
// Tuesday, Mr Peters", "At the invitation of …, the Minister".
var evIntroWords = wordLists.Set("intro-words")

// evBlockers open, after the verb, a phrase or clause with an action of
// its own: a day after them dates that action, not the verb's ("discussed
// … following damage to cables on 25 December", "the tanks that Canada
// announced earlier today").
var evBlockers = wordLists.Set("blockers")

// evDeparts are the verbs of leaving or coming home: "and return to
// Wellington on Saturday" dates the return, which is no event.
var evDeparts = wordLists.Set("departs")

// evFindVerb returns the sentence's action verb among tokens [ts, te):
// the first one outside quotes and outside the mentions ms, the index of
// its auxiliary (-1 for a past tense), and whether it makes an event
// without a day of its own. Statement verbs and the future or progressive
// are only taken when dated is true (the sentence has a day). The verb of a
// relative clause after a comma (", who arrived in Kyiv,") is taken only
// when no other follows.
func evFindVerb(body string, toks []evTok, ts, te int, dated bool, ms []dates.Mention) (vi, aux int, strong bool) {
	rel, relStrong, gen := -1, false, -1
	for k := ts; k < te; k++ {
		t := toks[k]
		if !t.word || t.quoted || t.capital && k > ts {
			continue
		}
		w := t.low
		f := evForms[w]
		if f == 0 && w == "had" && evHadMeeting(toks, k, te) {
			f = evPastStrong // "had a telephone conversation", "had talks"
		}
		if f == 0 && w == "have" && evHadMeeting(toks, k, te) && evAfterWill(toks, ts, k) {
			f = evFut // "will have an introductory meeting with …"
		}
		if f == evProg && k >= ts+4 && evIsWord(body, toks[k-1], "of") && evIsWord(body, toks[k-2], "honor", "honour", "pleasure", "privilege", "opportunity") &&
			evIsWord(body, toks[k-3], "the") && evIsWord(body, toks[k-4], "had") && !evInMentions(ms, t.start) {
			// "had the honor of welcoming", "had the pleasure of hosting":
			// a meeting in the past, its verb group from "had"
			return k, k - 4, true
		}
		if evTookPlacePast(body, toks, k) {
			f = evPastStrong
		}
		if f == 0 && (w == "take" || w == "taking") && k+1 < te && evIsWord(body, toks[k+1], "place") {
			f = evFut // "will take place", "is taking place"
			if w == "taking" {
				f = evProg
			}
		}
		if f == 0 && dated && evGenericFuture(toks, ts, k) && !evInMentions(ms, t.start) {
			// any action after "will" or "shall" on the sentence's own
			// day: "Mayor Roe will sign the declaration on Monday", "the
			// Board will file a lawsuit today"
			f = evFut
		}
		if (w == "ended" || w == "ending") && k > ts && evPeriodNouns[toks[k-1].low] {
			continue // a period's end: "the financial statements for the year ended 31 August"
		}
		if f == 0 && dated && gen < 0 && evGenericPast(body, toks, ts, k) && !evInMentions(ms, t.start) {
			// a past action of any verb on the sentence's own day, month or
			// year: "In December 2023, NCD sent a letter", "the Bureau
			// cancelled the update on February 8"; the verb when the
			// sentence has no listed one
			gen = k
			continue
		}
		if (w == "was" || w == "were" || dated && (w == "is" || w == "are" || w == "be")) && evOnVisit(toks, k, te) && !evInMentions(ms, t.start) {
			// "was on an official visit to Bhutan", "is on a three-day
			// mission", "will be on a working visit … from 18 January"
			if w != "be" {
				return k, -1, true
			}
			a := k - 1
			for a > ts && toks[a].word && evAdverbs[toks[a].low] {
				a--
			}
			if a >= ts && evIsWord(body, toks[a], "will", "shall") {
				return k, a, true
			}
			continue
		}
		if (w == "made" || w == "make" || w == "making") && !evMakesVisit(toks, k, te) {
			continue // "made progress": only "made an official visit" is an action
		}
		if w == "left" && k > ts && evIsWord(body, toks[k-1], "from", "the", "to", "far", "top", "bottom", "upper", "lower") {
			continue // "from left to right", "on the left": a side, not a departure
		}
		ok, s := f == evPastWeak || f == evPastStrong, f == evPastStrong
		fut, prog := f == evFut, f == evProg
		if !ok && !(dated && (fut || prog)) || evInMentions(ms, t.start) {
			continue
		}
		if ok {
			if !dated && !s {
				if k+1 < te && evIsWord(body, toks[k+1], "that") {
					break // a statement's clause: "has announced that nurses have received"
				}
				continue
			}
			if k > ts && evIsWord(body, toks[k-1], "to", "will", "would", "shall", "could", "should", "might", "must", "as", "As") {
				continue // ("As directed by the law, the Board submitted": a reduced clause's)
			}
			if k > ts && evIsWord(body, toks[k-1], "remain", "remains", "remained", "stay", "stays", "stayed") {
				continue // a state: "will remain closed on Monday"
			}
			if k > ts+1 && evIsWord(body, toks[k-1], "be") && evIsWord(body, toks[k-2], "to") && !(k > ts+2 && evIsWord(body, toks[k-3], "is", "are")) {
				continue // "challenges needing to be addressed": a passive infinitive, not a plan ("is to be held")
			}
			if gen >= 0 && evReducedClause(toks, k, te) {
				// after a past action of the main clause, a past form
				// right after a noun is that noun's participle: "Members
				// backed the agreement reached with the Council on 6 June"
				continue
			}
			if gen >= 0 && k > ts && evIsWord(body, toks[k-1], "who", "which", "that") {
				// after a past action of the main clause, a relative
				// clause's verb: "South Africa deplored Friday the bomb
				// blasts which killed scores of people"
				continue
			}
			if k > ts+1 && evIsWord(body, toks[k-1], "who", "which") && !toks[k-2].word && body[toks[k-2].start] == ',' {
				// "Rutte, who arrived in Kyiv, met …": the clause's verb
				// only when the sentence has no other
				if rel < 0 {
					rel, relStrong = k, s
				}
				continue
			}
			return k, -1, s
		}
		a := k - 1
		for a > ts && toks[a].word && (evAdverbs[toks[a].low] || fut && evAuxAdverb(toks[a].low)) {
			a-- // ("will also meet", "will formally file")
		}
		if a < ts || !toks[a].word {
			continue
		}
		if (prog || fut && strings.HasSuffix(t.low, "ing")) && toks[a].low == "be" {
			// "will also be meeting"
			a--
			for a > ts && toks[a].word && evAdverbs[toks[a].low] {
				a--
			}
			if a < ts || !evIsWord(body, toks[a], "will", "shall") {
				continue
			}
			return k, a, true
		}
		if fut && (toks[a].low == "will" || toks[a].low == "shall") || prog && (toks[a].low == "is" || toks[a].low == "are" || toks[a].low == "am") {
			return k, a, true
		}
		// "are pleased to announce", "I am happy to join you": the
		// formula of doing it now
		if fut && toks[a].low == "to" && a-2 >= ts && evPleased[toks[a-1].low] {
			b := a - 2
			for b > ts && toks[b].word && evAdverbs[toks[b].low] {
				b--
			}
			if toks[b].word && (toks[b].low == "is" || toks[b].low == "are" || toks[b].low == "am") {
				return k, b, true
			}
		}
		// "is scheduled to visit", "are due to meet": a plan with its day
		if fut && toks[a].low == "to" && a-2 >= ts && evPlanned[toks[a-1].low] {
			b := a - 2
			for b > ts && toks[b].word && evAdverbs[toks[b].low] {
				b--
			}
			if toks[b].word && (toks[b].low == "is" || toks[b].low == "are") {
				return k, b, true
			}
		}
	}
	if rel < 0 && gen >= 0 {
		return gen, -1, false
	}
	return rel, -1, relStrong
}

// evReducedClause reports whether the past form at token k opens a
// reduced relative clause of the noun before it: "the agreement reached
// with the Council", "the summit hosted by Finland", "the plan adopted on
// Monday". The word before is a lower-case noun-like word (no conjunction,
// pronoun, auxiliary, adverb, determiner or number: "and met", "he met",
// "had met", "later met", "the proposed plan"), and a preposition, a mark
// or the sentence's end follows (not an object: "the committee held its
// hearing", nor a noun: "affected employees").
func evReducedClause(toks []evTok, k, te int) bool {
	if k < 1 {
		return false
	}
	p := toks[k-1]
	if !p.word || p.capital || p.quoted || evFiniteOpeners[p.low] || evPronouns[p.low] || evAdverbs[p.low] || evAuxAdverb(p.low) ||
		evDeterminers[p.low] || strings.HasSuffix(p.low, "ly") || p.low[0] < 'a' || p.low[0] > 'z' {
		return false
	}
	return k+1 >= te || !toks[k+1].word || evPrepositions[toks[k+1].low]
}

// evPublished are the participles of making something public: their day
// is the day of what the thing says ("told ITV in an interview aired on
// Monday", "a poll released Thursday").
var evPublished = wordLists.Set("published")

// evFiniteOpeners are the lower-case words after which a past form is a
// clause's verb, not a participle.
var evFiniteOpeners = wordLists.Set("finite-openers")

// evGenericFuture reports a bare verb of any action at token k after
// "will" or "shall" (and adverbs): not "be", "have" or a negation ("will
// not", "will be pleased"), nor a capitalised word.
func evGenericFuture(toks []evTok, ts, k int) bool {
	t := toks[k]
	if k <= ts || !t.word || t.capital {
		return false
	}
	a := k - 1
	if len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && a > ts && toks[a].word && toks[a].low == "be" {
		a-- // its progressive: "will be leaving the council in March"
	} else if !evBareVerb(t.low) {
		return false
	}
	if a = evWillAt(toks, ts, a); a < 0 {
		return false
	}
	// "to impose its will in the sea", "the will of the people": the noun
	// after a determiner, and no preposition is a verb
	return !(a > ts && toks[a-1].word && (evDeterminers[toks[a-1].low] || evPossessives[toks[a-1].low])) && !evPrepositions[t.low]
}

// evWillAt returns the token of the "will" or "shall" that ends at token
// a, adverbs of an auxiliary after it ("will also"), or -1.
func evWillAt(toks []evTok, ts, a int) int {
	for a > ts && toks[a].word && evAuxAdverb(toks[a].low) {
		a--
	}
	if a < ts || !toks[a].word || toks[a].low != "will" && toks[a].low != "shall" {
		return -1
	}
	return a
}

// evAfterWill reports "will" or "shall" before the verb at k, adverbs
// between: "will also have talks".
func evAfterWill(toks []evTok, ts, k int) bool { return evWillAt(toks, ts, k-1) >= 0 }

// evBareVerb reports a lower-case word that may be any action's bare verb
// after "will": no word of no action of its own (evNotFuture), no adverb
// in "-ly", no participle.
func evBareVerb(w string) bool {
	return !evNotFuture[w] && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// evAuxAdverb reports an adverb that may stand between an auxiliary and
// its verb: a listed one ("also") or any in "-ly" ("will formally file").
func evAuxAdverb(w string) bool {
	return evAdverbs[w] || strings.HasSuffix(w, "ly")
}

// evNotFuture are words after "will" that are no action of their own.
var evNotFuture = wordLists.Set("not-future")

// evPleased are the adjectives of the formula of an announcement or a
// welcome: "are pleased to announce", "I am happy to join you".
var evPleased = wordLists.Set("pleased")

// evPlanned are the participles of a plan before "to" and a bare verb:
// "is scheduled to visit", "are due to meet"; not an expectation ("is
// expected to meet" may not happen).
var evPlanned = wordLists.Set("planned")

// evVisitNouns are the objects that make "made" an action: "made an
// official visit", "will make a working trip".
var evVisitNouns = wordLists.Set("visit-nouns")

// evVisitMods may stand between "make" and its visit: "made an official
// visit", "will make a two-day working trip".
var evVisitMods = wordLists.Set("visit-mods")

// evMakesVisit reports whether a form of "make" at k has a visit for
// object: "made an official visit", "will make a state visit".
func evMakesVisit(toks []evTok, k, te int) bool {
	return evObjectNoun(toks, k, te, evVisitNouns, evVisitMods)
}

// evOnVisit reports "on" and a visit after the copula at token k: "was
// on an official visit", "is on a three-day mission".
func evOnVisit(toks []evTok, k, te int) bool {
	return evVisitAfterOn(toks, k, te) > 0 || evInPlaceTo(toks, k, te)
}

// evInPlaceTo reports a stay with its purpose after the verb at token k:
// "is in Athens to participate in the Council", "was in Geneva for talks",
// "was in Myanmar for a working visit".
func evInPlaceTo(toks []evTok, k, te int) bool {
	j := k + 1
	if j >= te || !toks[j].word || toks[j].low != "in" {
		return false
	}
	j++
	n := 0
	for j < te && toks[j].word && toks[j].capital && n < 3 {
		j, n = j+1, n+1
	}
	if n == 0 || j+1 >= te || !toks[j].word || !toks[j+1].word {
		return false
	}
	switch toks[j].low {
	case "to":
		return !toks[j+1].capital && evBareVerb(toks[j+1].low) // "to participate", not "to Paris", "to this day"
	case "for":
		// ("for a working visit")
		return evObjectNounAt(toks, j, te, evVisitNouns, evVisitMods) > 0 || toks[j+1].low == "talks" || toks[j+1].low == "meetings"
	}
	return false
}

// evVisitAfterOn returns the token of the visit after "on" at token k+1,
// or -1.
func evVisitAfterOn(toks []evTok, k, te int) int {
	if k+1 >= te || !toks[k+1].word || toks[k+1].low != "on" {
		return -1
	}
	return evObjectNounAt(toks, k+1, te, evVisitNouns, evVisitMods)
}

// evDuringMeeting reports whether the sentence [ts, te) opens with
// "During" and a meeting: "During a session of …", "During the talks", "During
// his visit".
func evDuringMeeting(toks []evTok, ts, te int) bool {
	if ts+1 >= te {
		return false
	}
	switch toks[ts].low {
	case "during", "at", "in":
		// "During the session", "At their meeting in Solothurn", "In
		// their talks"
	default:
		return false
	}
	for j := ts + 1; j < te && j <= ts+4; j++ {
		w := toks[j].low
		if evMeetingNouns[w] || evVisitNouns[w] || w == "session" || w == "meetings" || w == "ceremony" || w == "talks" {
			return true
		}
		switch w {
		case "a", "an", "the", "his", "her", "their", "this", "official", "bilateral", "working", "joint", "first":
			continue
		}
		return false
	}
	return false
}

// evInMentions reports whether byte pos lies inside one of ms.
func evInMentions(ms []dates.Mention, pos int) bool {
	for k := range ms {
		if pos >= ms[k].Start && pos < ms[k].End {
			return true
		}
	}
	return false
}

// evSpanNouns count a span of time back to an act: "48 years since".
var evSpanNouns = wordLists.Set("span-nouns")

// evAttached reports whether the day at byte pos dates the verb at token
// vi of the sentence [ts, te): no phrase or clause of another action stands
// between them ("discussed … following damage to cables on 25 December",
// "On 5 March the Commission proposed a plan, which the Council adopted"),
// and a day before the verb is not inside an opening phrase of such an
// action ("Following his meeting on Monday, the Minister travelled").
func evAttached(body string, toks []evTok, ts, vi, te, pos int) bool {
	if pos < toks[vi].start {
		comma := false
		for k := vi - 1; k >= ts && toks[k].end > pos; k-- {
			t := toks[k]
			if !comma && t.word && !t.quoted && (t.low == "which" || t.low == "that" || t.low == "who" || t.low == "whom" || t.low == "whose") {
				return false // the verb is the clause's ("Rutte, who arrived in Kyiv, met" is not)
			}
			if t.word && t.low == "since" && k > ts && toks[k-1].word && evSpanNouns[toks[k-1].low] {
				// "Tomorrow marks 48 years since Jane Roe was abducted":
				// the verb is the anniversary's past act, not the day's
				return false
			}
			comma = comma || !t.word && body[t.start] == ','
		}
		return !(comma && toks[ts].word && evBlockers[toks[ts].low] && toks[ts].end <= pos)
	}
	for k := vi + 1; k < te && toks[k].start < pos; k++ {
		t := toks[k]
		if !t.word || t.quoted {
			continue
		}
		if t.low == "effective" && evEffectiveDay(toks, k, te, pos) {
			// "submitted a letter of resignation to the President,
			// effective June 30": the day the thing done takes effect
			return false
		}
		if evBlockers[t.low] && !(t.low == "following" && evIsWord(body, toks[k-1], "the", "a")) && !evThatDeterminer(toks, vi, k, pos) {
			// ("the following statement": an adjective, no clause)
			return false
		}
		if evDeparts[t.low] && evIsWord(body, toks[k-1], "and", "then", "will", "to", "before") {
			return false
		}
		if t.low == "to" && evDirectives[toks[vi].low] && k-vi >= 2 && k-vi <= 5 && !evIsWord(body, toks[vi+1], "for", "on", "upon") && evInfinitiveDay(toks, k, te, pos) {
			// "urged them to vote Tuesday": the day of what was urged,
			// not of the urging (an object between: "was called to
			// order at 3.10 p.m." is the meeting's opening)
			return false
		}
		if evParticipleBy(toks, k, te) && evApproval(toks[vi].low) {
			// "welcomed the meeting convened by CARICOM … on 11 March"
			// (but "attended the summit hosted by Finland on Tuesday")
			return false
		}
	}
	return true
}

// evDirectives are the verbs that bid someone do a thing, its infinitive
// after them ("urged voters to turn out on Tuesday", "asked the court to
// rule by Friday"): a day after the infinitive is its own.
var evDirectives = map[string]bool{"urged": true, "asked": true, "encouraged": true, "invited": true, "called": true, "pressed": true,
	"told": true, "reminded": true, "instructed": true, "directed": true, "ordered": true, "advised": true, "persuaded": true,
	"implored": true, "challenged": true, "begged": true, "appealed": true}

// evInfinitiveDay reports a bare verb after "to" at k, and the day at byte
// pos within eight words after it ("to vote Tuesday", "to turn out at the
// polls on 3 May"), not "for $1.9 billion to fight Zika in February".
func evInfinitiveDay(toks []evTok, k, te, pos int) bool {
	if k+1 >= te || !toks[k+1].word || toks[k+1].capital || toks[k+1].start >= pos || evDeterminers[toks[k+1].low] || !evBareVerb(toks[k+1].low) {
		return false
	}
	words := 0
	for j := k + 1; j < te && toks[j].start < pos; j++ {
		if toks[j].word {
			words++
		}
	}
	return words <= 8
}

// evThatDeterminer reports a "that" at token k, right after the verb at
// vi, that points at a thing, not a clause: a noun or two and then the day
// at byte pos ("we discussed that subject this morning"; not "announced
// that nurses have received …").
func evThatDeterminer(toks []evTok, vi, k, pos int) bool {
	if toks[k].low != "that" || k != vi+1 {
		return false
	}
	var ws []evTok
	for j := k + 1; j < len(toks) && toks[j].start < pos; j++ {
		t := toks[j]
		if !t.word || t.capital || evIsVerbLike(t.low) || evPastForm(t.low) || evPronouns[t.low] || len(ws) == 3 {
			return false
		}
		ws = append(ws, t)
	}
	// a noun or two, then perhaps the day's preposition ("echoed that
	// promise on Monday"); not a clause's opening ("found that in 2015,
	// there were …")
	for i, t := range ws {
		if (evIntroWords[t.low] || evDeterminers[t.low]) && (i == 0 || i < len(ws)-1) {
			return false
		}
	}
	return len(ws) >= 1
}

// evReducedDay reports whether the day at byte pos, after the verb at
// token vi, belongs to a reduced relative clause of a noun between them
// rather than to the verb (evReducedClause): when the day follows the
// participle's preposition ("a news conference scheduled for Friday"), or
// when the sentence has a time before the verb to date it instead ("In
// July, members backed the agreement reached with the Council on 6 June").
// A meeting's verb keeps the day of its occasion ("attended the summit
// hosted by Finland on Tuesday"), and what was published dates what it
// says ("told ITV in an interview aired on Monday").
func evReducedDay(toks []evTok, vi, te, pos int, timeBefore bool) bool {
	if evForms[toks[vi].low] == evPastStrong {
		return false
	}
	for k := vi + 2; k < te && toks[k].start < pos; k++ {
		t := toks[k]
		if !t.word || t.quoted || t.capital || !evPastAct(t.low) || evPublished[t.low] || !evReducedClause(toks, k, te) {
			continue
		}
		if timeBefore || k+2 < te && toks[k+1].word && evPrepositions[toks[k+1].low] && toks[k+2].start >= pos {
			return true
		}
	}
	return false
}

// evEffectiveDay reports whether the day at pos follows "effective" at
// token k, alone or with "from", "on", "as of" between them.
func evEffectiveDay(toks []evTok, k, te, pos int) bool {
	k++
	for n := 0; n < 2 && k < te && toks[k].word && (toks[k].low == "from" || toks[k].low == "on" || toks[k].low == "as" || toks[k].low == "of"); n++ {
		k++
	}
	return k < te && toks[k].start >= pos
}

// evApproval reports whether verb w states a view of something rather
// than doing it with others: a statement verb, or "welcomed" ("welcomed the
// agreement signed by …").
func evApproval(w string) bool {
	return evForms[w] == evPastWeak || w == "welcomed" || w == "welcomes" || w == "welcome"
}

// evParticipleBy reports whether token k is an action verb's participle
// after a noun, with a capitalised agent: "the meeting convened by the
// Caribbean Community" (not the passive "employees were told by WeWork").
func evParticipleBy(toks []evTok, k, te int) bool {
	if f := evForms[toks[k].low]; f != evPastWeak && f != evPastStrong || toks[k].capital || k < 1 || k+2 >= te || toks[k+1].low != "by" {
		return false
	}
	switch toks[k-1].low {
	case "was", "were", "been", "be", "is", "are", "being", "":
		return false
	}
	a := k + 2
	if toks[a].low == "the" && a+1 < te {
		a++
	}
	return toks[a].word && toks[a].capital
}

// evSubordinate reports a word that opens a subordinate clause before the
// main one ("As the Minister arrived, …", "When the Council met, …").
func evSubordinate(w string) bool {
	switch w {
	case "as", "when", "while", "before", "after", "since", "if", "although", "though", "because", "once", "until":
		return true
	}
	return false
}

// evIntentWords come before "to" and an infinitive whose time is its own:
// "his intent to resign this summer", "plans to return in May".
var evIntentWords = map[string]bool{"intent": true, "intention": true, "plan": true, "plans": true, "decision": true,
	"decided": true, "agreed": true, "expected": true, "scheduled": true, "due": true, "set": true}

// evTimedOwn is evTimed for the sentence whose verb is at token v (of
// tokens up to te): a time inside a relative clause after the verb
// (", who served from 2012-2017") is not the sentence's own.
func evTimedOwn(body string, toks []evTok, ms []dates.Mention, v, te int) bool {
	for k := range ms {
		m := &ms[k]
		if m.Type == "DURATION" || m.Type == "SET" {
			continue
		}
		if m.Start < toks[v].start {
			return true
		}
		relative := false
		for j := v + 1; j < te && toks[j].start < m.Start; j++ {
			if toks[j].word && (toks[j].low == "who" || toks[j].low == "which" || toks[j].low == "whose") && !toks[j-1].word && body[toks[j-1].start] == ',' {
				relative = true
			}
			if toks[j].word && toks[j].low == "to" && toks[j-1].word && evIntentWords[toks[j-1].low] {
				// "has notified the White House of his intent to resign
				// from the Board this summer": the time of what is
				// intended, not of the notice
				relative = true
			}
			if toks[j].word && toks[j].low == "effective" && evEffectiveDay(toks, j, te, m.Start) {
				relative = true // "…, effective June 30": when the thing done takes effect
			}
		}
		if !relative {
			return true
		}
	}
	return false
}

// evTookPlace reports an occasion's own verb at vi, which needs no actor:
// "took place", "will take place", "occurred", and "held" in the passive ("was held",
// "will be held", "has been held"); the sentence's own, not a relative
// clause's ("the event that took place on November 4", "the vote, which
// was held on Monday"). from is the first word of the verb group
// ("will" of "will be held").
func evTookPlace(body string, toks []evTok, vi, te int) (from int, ok bool) {
	if vi <= 0 {
		return -1, false
	}
	switch toks[vi].low {
	case "took", "take", "taking":
		if vi+1 >= te || !evIsWord(body, toks[vi+1], "place") {
			return -1, false
		}
	case "held", "occurred":
	default:
		return -1, false
	}
	from = vi
	// an adverb between the auxiliary and the participle: "was solemnly
	// held", "was also held"
	if k := vi; k > 0 {
		for k > 0 && toks[k-1].word && (evAdverbLy(toks[k-1]) || evAdverbs[toks[k-1].low]) && k > vi-2 {
			k--
		}
		if k < vi && k > 0 && toks[k-1].word && evBeForms[toks[k-1].low] {
			from = k
		}
	}
	for from > 0 && toks[from-1].word && evBeForms[toks[from-1].low] {
		from--
	}
	if from > 0 && toks[from-1].word && (toks[from-1].low == "will" || toks[from-1].low == "shall") {
		from--
	} else if from > 1 && evIsWord(body, toks[from-1], "to") && evIsWord(body, toks[from-2], "is", "are") {
		from -= 2 // "is to be held"
	}
	if from == vi && toks[vi].low != "took" && toks[vi].low != "occurred" {
		return -1, false // "the election held on March 9": no clause of its own
	}
	if from > 0 && evIsWord(body, toks[from-1], "that", "which", "who", "what") {
		return -1, false
	}
	for k := from - 1; k >= 0 && k >= from-3 && toks[k].word; k-- {
		if evIsWord(body, toks[k], "which", "whose") {
			return -1, false // "which sad event occurred": a relative clause's
		}
	}
	return from, true
}

// evBeForms are the forms of "be" and "have" before a passive participle:
// "was held", "will be held", "has been held".
var evBeForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "has": true, "have": true, "had": true}

// evClockOnly reports a temporal expression that is a clock time and
// nothing more: "2.05pm", "10:30 a.m.".
func evClockOnly(s string) bool {
	digit, mark := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == '.' || c == ':' || c == 'a' || c == 'p' || c == 'm' || c == 'A' || c == 'P' || c == 'M':
			mark = true
		case c == ' ':
		default:
			return false
		}
	}
	return digit && mark // (digits alone are a year: "was started in 1954")
}

// evPastAct reports a verb in the past: a clock time alone dates it on the
// page's day ("The meeting rose at 4.20 p.m.", "was called to order at
// 3.10 p.m."), where an action to come at a clock time is a timetable's.
func evPastAct(w string) bool {
	f := evForms[w]
	return f == evPastStrong || f == evPastWeak || f == 0 && evPastForm(w) && !evNotPast[w]
}

// evIrregularPast are past forms of common verbs of action that do not end
// in "-ed" (the listed verbs aside).
var evIrregularPast = wordLists.Set("irregular-past")

// evNotPast are words ending in "-ed" that are no past form of an action.
var evNotPast = wordLists.Set("not-past")

// evParticiples are past participles not ending in "-ed" (evPerfectLead).
var evParticiples = wordLists.Set("participles")

// evPastForm reports a word shaped as a past form: five letters or more
// ending in "-ed" (not "-eed": "proceed", "need"), or an irregular past.
func evPastForm(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || evIrregularPast[w]
}

// evGenericPast reports a past form of any verb at token k of the
// sentence starting at ts, in its main clause: not the sentence's first
// word (a participle opening it), not after a determiner or possessive
// ("the proposed plan", "its updated strategy"), not after "to" or a
// modal, not before "by" unless "was" or "were" makes it a passive
// ("a letter signed by" is a noun's).
func evGenericPast(body string, toks []evTok, ts, k int) bool {
	w := toks[k].low
	if k <= ts || evNotPast[w] {
		return false
	}
	if !evPastForm(w) {
		return false
	}
	// a state or a perfect, not an action on a day: "is committed", "are
	// pleased", "is ambitious, committed", "has also played", "will have
	// heard", "must get vaccinated"
	for j := k - 1; j >= ts && j >= k-4; j-- {
		if !toks[j].word {
			if body[toks[j].start] != ',' {
				break
			}
			continue
		}
		if evStateWords[toks[j].low] && !(toks[j].capital && j > ts) {
			return false // (not a name: the month of "On 31 May, Jane Roe planted")
		}
	}
	p := toks[k-1]
	if !p.word {
		// after a comma or bracket closing the subject's apposition ("NCD,
		// the agency …, sent"), when no verb stands before it ("… has
		// helped …, planned for October 17" is a reduced clause)
		if c := body[p.start]; c != ',' && c != ')' {
			return false
		}
		for j := ts; j < k-1; j++ {
			if w := toks[j].low; toks[j].word && !toks[j].capital &&
				(evStateWords[w] || evForms[w] == evPastWeak || evForms[w] == evPastStrong || evPastForm(w) && !evNotPast[w]) {
				return false
			}
		}
		return true
	}
	if evDeterminers[p.low] || k-1 == ts && strings.HasSuffix(p.low, "ly") {
		return false // "the proposed plan"; "Squarely focused as we are"
	}
	if p.low == "s" && k >= 2 && !toks[k-2].word {
		return false // after a possessive: "Ukraine’s accelerated membership"
	}
	if p.low == "who" || p.low == "which" || p.low == "that" {
		return false // a relative clause's: "the donors who gave that day"
	}
	if evAdverbLy(p) && k >= 2 && toks[k-2].word && evNounOpeners[toks[k-2].low] {
		return false // "and internationally respected trainers"
	}
	if k+1 < len(toks) && toks[k+1].word && toks[k+1].low == "by" && p.low != "was" && p.low != "were" {
		return false
	}
	if k+1 < len(toks) && toks[k+1].word && toks[k+1].low == "to" && !(k+2 < len(toks) && toks[k+2].low == "order") {
		// a state: "committed to", "dedicated to", "opposed to"; and a plan
		// whose day is its infinitive's: "planned to leave on Thursday";
		// not a decision ("resolved to refuse the application in July"),
		// nor a movement or a referral to a place or a body ("headed to
		// East Africa", "were referred to the Authority in April"), nor
		// "was called to order"
		if evToStates[w] || k+2 >= len(toks) {
			return false
		}
		if n := toks[k+2]; n.word && !n.capital && !evDeterminers[n.low] && !text.Digits(body[n.start:n.end]) && !evDecisions[w] {
			return false
		}
	}
	return true
}

// evPeriodNouns name periods whose end "ended" tells: "the year ended 31
// August", "the six months ended June 30".
var evPeriodNouns = wordLists.Set("period-nouns")

// evToStates are participles that "to" after them makes a state, whatever
// follows: "committed to", "opposed to", "used to".
var evToStates = wordLists.Set("to-states")

// evDecisions are past forms of deciding whose infinitive after "to" is
// what was decided, on the decision's day: "resolved to refuse", "voted
// to approve".
var evDecisions = wordLists.Set("decisions")

// evDeterminers open a noun phrase: a past participle after them is an
// adjective ("the proposed plan").
var evDeterminers = wordLists.Set("determiners")

// evStateWords before a past form make it a state, a perfect or a
// modal's: "is committed", "has played", "must get vaccinated".
var evStateWords = wordLists.Set("state-words")

// evNounOpeners before an adverb and a participle make them a noun's
// modifiers: "and internationally respected", "with newly elected".
var evNounOpeners = wordLists.Set("noun-openers")
