package events

import "strings"

// This file reads the action: quoted and attributive positions, meetings
// held, and the verb phrase an event reports.

func evIsWord(body string, t evTok, ws ...string) bool {
	if !t.word {
		return false
	}
	for _, w := range ws {
		if strings.EqualFold(body[t.start:t.end], w) {
			return true
		}
	}
	return false
}

// evQuotedAt reports whether the token at byte pos is inside quotes.
func evQuotedAt(toks []evTok, ts, te, pos int) bool {
	for k := ts; k < te; k++ {
		if toks[k].start >= pos {
			return toks[k].quoted
		}
	}
	return false
}

// evAttributive reports whether a date at pos modifies a noun after a
// possessive or an article ("President Duda's February 3 action", "the 26
// March meeting"), or is a deadline ("by Monday", "until 25 February"):
// the date of something else, not of the sentence.
func evAttributive(body string, toks []evTok, ts, pos int) bool {
	k := ts
	for k < len(toks) && toks[k].start < pos {
		k++
	}
	if k-1 < ts {
		return false
	}
	p := toks[k-1]
	if evIsWord(body, p, "the", "a", "an", "this", "that", "by", "until", "till") {
		return true
	}
	if evIsWord(body, p, "s") && k-2 >= ts && !toks[k-2].word || p.word && strings.HasSuffix(p.low, "'s") {
		return true // "Duda's", "Duda’s"
	}
	if evIsWord(body, p, "ended", "ending") && k-2 >= ts && toks[k-2].word && evPeriodNouns[toks[k-2].low] {
		return true // a period's end: "in the quarter ended Sept. 29"
	}
	if evIsWord(body, p, "of", "on") && k-2 >= ts && toks[k-2].word && evDocumentNouns[toks[k-2].low] && evAfterPreposition(body, toks, ts, k-2) {
		// a document's day, the document named in a preposition's phrase:
		// "registering voters per the Executive Order on March 7th" (not
		// the object of the act: "signed the order on Monday")
		return true
	}
	return false
}

// evAfterPreposition reports a noun at token n whose phrase a preposition
// opens: "per the President's Executive Order", "under the decree".
func evAfterPreposition(body string, toks []evTok, ts, n int) bool {
	for k := n - 1; k >= ts && k >= n-6; k-- {
		t := toks[k]
		if !t.word {
			if m := body[t.start:t.end]; m == "'" || m == "’" {
				continue // a possessive's mark
			}
			return false
		}
		if evIsWord(body, t, "per", "under", "pursuant", "following", "in", "with", "by", "of", "to", "from") {
			return true
		}
		if !(t.capital || evDeterminers[t.low] || t.low == "s") {
			return false
		}
	}
	return false
}

// evDocumentNouns name documents, whose day after "of", "on" or "dated" is
// theirs, not the sentence's action's.
var evDocumentNouns = wordLists.Set("document-nouns")

// evPossessiveDay reports a day that owns the noun after it, ending at
// end: "today's bilateral meetings provided …", "Thursday's fight", the
// date of a noun; not when a preposition puts the noun in the sentence's
// time ("at today's meeting, the Committee decided").
func evPossessiveDay(body string, toks []evTok, ts, start, end int) bool {
	rest := body[end:]
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
		return false
	}
	k := ts
	for k < len(toks) && toks[k].start < start {
		k++
	}
	return k-1 < ts || !evIsWord(body, toks[k-1], "at", "in", "during", "after", "following")
}

// evMeetingNouns are the objects that make "had" an action.
var evMeetingNouns = wordLists.Set("meeting-nouns")

// evMeetingMods may stand between "had" and its meeting: "had a
// telephone conversation", "had a productive meeting".
var evMeetingMods = wordLists.Set("meeting-mods")

// evHadMeeting reports whether "had" at k has a meeting for object: "had a
// telephone conversation", "had talks", "had a meeting".
func evHadMeeting(toks []evTok, k, te int) bool {
	return evObjectNoun(toks, k, te, evMeetingNouns, evMeetingMods)
}

// evObjectNoun reports whether one of nouns follows the verb at k within
// four words, with only words of mods between them.
func evObjectNoun(toks []evTok, k, te int, nouns, mods map[string]bool) bool {
	return evObjectNounAt(toks, k, te, nouns, mods) > 0
}

// evObjectNounAt is evObjectNoun returning the noun's token, or -1.
func evObjectNounAt(toks []evTok, k, te int, nouns, mods map[string]bool) int {
	for j := k + 1; j < te && j <= k+4; j++ {
		if !toks[j].word {
			return -1
		}
		if w := toks[j].low; nouns[w] {
			return j
		} else if !mods[w] {
			return -1
		}
	}
	return -1
}

// evAction returns the verb with its particle or object noun: "wrapped up",
// "held talks", "spoke by phone", "met".
func evAction(body string, toks []evTok, vi, te int) string {
	v := toks[vi]
	end := v.end
	if evIsWord(body, v, "had") {
		for j := vi + 1; j < te && j <= vi+4 && toks[j].word; j++ {
			if evMeetingNouns[strings.ToLower(body[toks[j].start:toks[j].end])] {
				return body[v.start:toks[j].end]
			}
		}
		return body[v.start:end]
	}
	if evCopulas[v.low] {
		if j := evVisitAfterOn(toks, vi, te); j > 0 {
			return body[v.start:toks[j].end] // "was on an official visit"
		}
	}
	if vi+1 < te && toks[vi+1].word {
		n := strings.ToLower(body[toks[vi+1].start:toks[vi+1].end])
		switch n {
		case "up", "talks", "part", "with":
			if n != "with" {
				end = toks[vi+1].end
			}
		case "by":
			if vi+2 < te && evIsWord(body, toks[vi+2], "phone", "telephone", "video") {
				end = toks[vi+2].end
			}
		case "a":
			if vi+2 < te && evIsWord(body, toks[vi+2], "visit", "call", "meeting") {
				end = toks[vi+2].end
			}
		}
	}
	return body[v.start:end]
}
