// This file reads the event verb table (data/verbs.tsv) into the forms
// looked up for every word, and finds the action verb of a sentence
// (evFindVerb); the other verbs_*.go files hold the further readings of
// verbs it and the rest of the package use.

package events

import (
	_ "embed"
	"strings"

	"github.com/communique/communique/dates"
)

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

// evErgative are meeting verbs whose passive subject is the body that
// acts: "the Committee was adjourned".
var evErgative = wordLists.Set("ergative")

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
		if k > ts && body[toks[k-1].start] == '(' && toks[k-1].end == toks[k-1].start+1 {
			continue // a listing's note in brackets: "FEC Takes Final Action (issued September 9, 2009)"
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

// evFiniteOpeners are the lower-case words after which a past form is a
// clause's verb, not a participle.
var evFiniteOpeners = wordLists.Set("finite-openers")
