// This file reads visits, meetings and occasions: "made an official
// visit", "was on a working visit", "is in Athens to participate", a
// sentence opening "During the talks", and an occasion's own verb
// ("took place", "was held") that needs no actor.

package events

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
