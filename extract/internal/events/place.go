package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/entities"
)

// This file finds an event's place and its participants.

// evPlace returns where the action happened: the object of "visited", or
// the first "in <Place>[, <Region>]" after the verb (else before it) whose
// "in" is not inside a name ("Cooperation in Europe"), else the
// destination of a "visit to <Place>" after the verb.
func evPlace(body string, toks []evTok, vi, te, ts int) string {
	// a dateline opening the sentence: "KABUL, AFGHANISTAN Attorney
	// General Eric Holder met ...", "Chicago, IL – Congressman ..."
	if p := evDatelinePlace(body, toks, ts, vi); p != "" {
		return p
	}
	v := toks[vi].low
	if v == "visited" || v == "toured" || v == "visit" || v == "tour" || v == "visiting" || v == "touring" {
		if p := evPlaceAt(body, toks, vi+1, te); p != "" {
			return p
		}
	}
	// the destination of a journey: "is travelling to Chişinău"
	travel := v == "travelled" || v == "traveled" || v == "travel" || v == "travelling" || v == "traveling"
	if travel && vi+2 < te && evIsWord(body, toks[vi+1], "to") {
		if p := evPlaceAt(body, toks, vi+2, te); p != "" {
			return p
		}
	}
	// after the verb first ("met … in Washington, D.C."), then before it
	// ("In Brussels on Friday, ministers met")
	for n, r := range [2][2]int{{vi, te}, {ts, vi}} {
		for k := r[0]; k < r[1]; k++ {
			t := toks[k]
			if t.quoted || t.low != "in" || k+1 >= r[1] {
				continue
			}
			if n == 1 && k > ts && toks[k-1].word && !evInOpening(body, toks, ts, k) {
				continue // before the verb, only an opening "In Brussels, …" (not "a report in the Argus Leader")
			}
			p := evPlaceAt(body, toks, k+1, r[1])
			if evInName(body, toks, ts, k) && !strings.Contains(p, ", ") {
				// "Organization for Security and Cooperation in Europe";
				// but a place with its region ends no name ("the
				// Department of Justice in Washington, D.C.")
				continue
			}
			if p != "" {
				return p
			}
		}
	}
	// the destination of a visit: "will make an official visit to Brunei",
	// "arrived on a visit to India"
	for k := vi + 1; k+2 < te; k++ {
		if t := toks[k]; !t.quoted && (t.low == "visit" || t.low == "trip") && evIsWord(body, toks[k+1], "to") {
			if p := evPlaceAt(body, toks, k+2, te); p != "" && !evTitleWords[toks[k+2].low] {
				return p
			}
			break
		}
	}
	// where a guest was welcomed: "welcomed … Retno Marsudi to Canberra"
	if travel || v == "welcomed" || v == "welcome" || v == "welcoming" || v == "paid" || v == "pay" || v == "paying" {
		for k := vi + 1; k+1 < te; k++ {
			if t := toks[k]; !t.quoted && t.low == "to" {
				if p := evPlaceAt(body, toks, k+1, te); p != "" && !evTitleWords[toks[k+1].low] {
					return p
				}
			}
		}
	}
	// a building or site after the verb: "met ... at the White House"
	for k := vi + 1; k+1 < te; k++ {
		if t := toks[k]; t.quoted || t.low != "at" {
			continue
		}
		j := k + 1
		if evIsWord(body, toks[j], "the") && !toks[j].capital {
			j++
		}
		if e := evCapRun(body, toks, j, te); e > j && !evMonthOrDay(toks[j].low) && !evTitleWords[toks[j].low] {
			if e < te && toks[e].word && !toks[e].capital && !evIsWord(body, toks[e], "with", "on", "to", "and", "for", "in",
				"where", "at", "of", "by", "after", "before", "ahead", "during", "while", "when", "as",
				"today", "yesterday", "tomorrow", "this", "last", "earlier", "later", "that", "which", "who") {
				continue // an adjective: "took a swipe at Republican rival Jane Roe"
			}
			return body[toks[j].start:toks[e-1].end]
		}
	}
	return ""
}

// evDatelinePlace reads a dateline between the sentence's start ts and its
// verb vi: a place in capitals with its region ("KABUL, AFGHANISTAN") before
// the first words in mixed case, or a place of at most four words, with a
// region after a comma, before a spaced dash ("WASHINGTON -", "Chicago, IL
// –").
func evDatelinePlace(body string, toks []evTok, ts, vi int) string {
	// before a spaced dash
	for k := ts + 1; k < vi && k <= ts+7; k++ {
		t := toks[k]
		if t.word {
			continue
		}
		d := body[t.start:t.end]
		if d != "-" && d != "\u2013" && d != "\u2014" && d != "--" {
			if d == "," {
				continue
			}
			break
		}
		if t.start == 0 || body[t.start-1] != ' ' || t.end >= len(body) || body[t.end] != ' ' {
			break
		}
		words := 0
		for j := ts; j < k; j++ {
			if toks[j].word {
				if !toks[j].capital {
					return ""
				}
				words++
			}
		}
		if words == 0 || words > 4 {
			return ""
		}
		return body[toks[ts].start:toks[k-1].end]
	}
	// in capitals, with a comma, before mixed case
	comma, words := false, 0
	for k := ts; k < vi && k <= ts+6; k++ {
		t := toks[k]
		if !t.word {
			if body[t.start:t.end] == "," && words > 0 && !comma {
				comma = true
				continue
			}
			return ""
		}
		w := body[t.start:t.end]
		if strings.ToUpper(w) != w || w == strings.ToLower(w) {
			if comma && words >= 2 && t.capital {
				return body[toks[ts].start:toks[k-1].end]
			}
			return ""
		}
		words++
	}
	return ""
}

// evInName reports whether the "in" at token k is inside the name of an
// organisation: capitalised words joined by "for", "and" or "of" before it.
func evInName(body string, toks []evTok, ts, k int) bool {
	connector := false
	for j := k - 1; j >= ts; j-- {
		t := toks[j]
		if !t.word {
			return false
		}
		if t.capital {
			if connector {
				return true
			}
			if evTitleWords[t.low] {
				// "… and Nunavut Premier Joe Savikataaq in Dawson City": a
				// titled person ends the run, no name of an organisation
				return false
			}
			continue
		}
		if evIsWord(body, t, "for", "and", "of") && j+1 < k && toks[j+1].capital {
			connector = true
			continue
		}
		return false
	}
	return false
}

// evPlaceAt reads a place name at token k: capitalised words ("The Hague",
// "Washington, D.C.", "Dayton, Ohio", "Vilnius, Lithuania").
func evPlaceAt(body string, toks []evTok, k, te int) string {
	if k >= te {
		return ""
	}
	if evIsWord(body, toks[k], "the") && !toks[k].capital && k+1 < te {
		// "in the Kremlin", not "in the NATO-Ukraine Council format"
		j := evCapRun(body, toks, k+1, te)
		if j == k+1 || evGroupHeads[strings.ToLower(body[toks[j-1].start:toks[j-1].end])] {
			return ""
		}
		if j < te && toks[j].word && !toks[j].capital && !evIsWord(body, toks[j], "with", "on", "to", "and", "for",
			"where", "at", "of", "by", "after", "before", "ahead", "during", "while", "when", "as") {
			return ""
		}
		if j < te && !toks[j].word && toks[j].start == toks[j-1].end && body[toks[j].start] == '-' {
			return "" // "the U.S.-Mexico border": an adjective, not a place
		}
		return body[toks[k].start:toks[j-1].end]
	}
	j := evCapRun(body, toks, k, te)
	if j == k {
		return ""
	}
	w := strings.ToLower(body[toks[k].start:toks[k].end])
	if evMonthOrDay(w) && w != "the" || evTitleWords[w] {
		return ""
	}
	end := toks[j-1].end
	// ", Ohio", ", Lithuania", ", D.C."
	if j+1 < te && !toks[j].word && body[toks[j].start] == ',' && toks[j+1].word && toks[j+1].capital &&
		!evTitleWords[strings.ToLower(body[toks[j+1].start:toks[j+1].end])] {
		r := evCapRun(body, toks, j+1, te)
		abbrevEnd := !toks[r-1].word // "D.C." may end the sentence
		if r-(j+1) <= 4 && (r >= te || !toks[r].word || !toks[r].capital || abbrevEnd) {
			next := ""
			if r < te && toks[r].word {
				next = strings.ToLower(body[toks[r].start:toks[r].end])
			}
			// not "in Brussels, Secretary Blinken said"
			if next == "" || !unicode.IsLower(rune(next[0])) || !evIsVerbLike(next) {
				end = toks[r-1].end
			}
		}
	}
	return body[toks[k].start:end]
}

// evCapRun returns the end of a run of capitalised words at k, with
// abbreviations ("D.C.") and "The" only at its start.
func evCapRun(body string, toks []evTok, k, te int) int {
	j := k
	for j < te {
		t := toks[j]
		if t.word && t.capital && !t.quoted {
			w := t.low
			if j > k && (w == "the" || evMonthOrDay(w) || evTitleWords[w]) {
				break
			}
			j++
			// "D.C.", "St."
			if j < te && !toks[j].word && body[toks[j].start] == '.' && toks[j].start == t.end && utf8.RuneCountInString(body[t.start:t.end]) <= 2 {
				j++
			}
			continue
		}
		break
	}
	if j == k+1 && evIsWord(body, toks[k], "The") {
		return k
	}
	return j
}

// evIsVerbLike reports a lower-case word that reads as a verb after a
// place ("in Brussels, Mr Rutte said").
func evIsVerbLike(w string) bool {
	_, ok := evVerbs[w]
	return ok || strings.HasSuffix(w, "ed") || w == "says" || w == "said"
}

// evParticipants returns the other people the sentence names: officials of
// the entities stage when they are given, else the titled names found in
// the body.
func evParticipants(body string, ss, se, as, ae int, actor string, getPeople func() *evPeopleSet, officials []entities.Official) []string {
	out := []string{}
	seen := map[string]bool{strings.ToLower(actor): true}
	add := func(n string) {
		if n == "" || seen[strings.ToLower(n)] {
			return
		}
		seen[strings.ToLower(n)] = true
		out = append(out, n)
	}
	type hit struct {
		pos  int
		name string
	}
	var hits []hit
	for _, o := range officials {
		for _, m := range evSpansIn(o.Mentions, ss, se) {
			if m.End <= se && !(m.Start >= as && m.End <= ae) {
				hits = append(hits, hit{m.Start, o.Name})
				break
			}
		}
	}
	if len(officials) == 0 {
		for _, p := range getPeople().in(ss, se) {
			if p.end <= se && !(p.start >= as && p.end <= ae) {
				hits = append(hits, hit{p.start, p.name})
			}
		}
	}
	// in text order
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].pos < hits[j-1].pos; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	for _, h := range hits {
		add(h.name)
	}
	return out
}

// evInOpening reports whether token k lies in an opening phrase of the
// sentence starting at ts, before its first comma: "During a ceremony at
// the ministry in Nairobi on Thursday, Ghana became …".
func evInOpening(body string, toks []evTok, ts, k int) bool {
	if !toks[ts].word || !evIntroWords[toks[ts].low] {
		return false
	}
	for j := ts + 1; j < k; j++ {
		if !toks[j].word && body[toks[j].start] == ',' {
			return false
		}
	}
	for j := k + 1; j < len(toks) && j < k+12; j++ {
		if !toks[j].word && body[toks[j].start] == ',' {
			return true
		}
	}
	return false
}
