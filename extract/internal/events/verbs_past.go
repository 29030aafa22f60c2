// This file reads past forms of any verb: the shape of a past form, the
// words before it that make it a state, a perfect or an adjective, and the
// words after it ("to", "by") that make it no action of the sentence.

package events

import (
	"strings"

	"github.com/communique/communique/internal/text"
)

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
