// This file reads acts to come: the bare verb of any action after "will"
// or "shall" and the adverbs between them, and the words before "to" of
// an announcement's formula ("are pleased to announce") and of a plan
// ("is scheduled to visit").

package events

import "strings"

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
