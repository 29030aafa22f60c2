// This file finds the verb of particular sentence shapes: a lead's act in
// the present ("The Riksbank sets") or the present perfect ("has
// identified"), and a reporting verb after what was said, its speaker
// after it (", said Minister Jane Roe") or closing the sentence with its
// day (", the company said Friday.").

package events

import (
	"strings"

	"github.com/communique/communique/dates"
)

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
