// This file tells whether a time in a sentence dates its verb: a phrase
// or clause of another action between them, an infinitive's day, a reduced
// relative clause's day, a day after "effective", a time inside a
// relative clause, and a clock time alone.

package events

import "github.com/communique/communique/dates"

// evBlockers open, after the verb, a phrase or clause with an action of
// its own: a day after them dates that action, not the verb's ("discussed
// … following damage to cables on 25 December", "the tanks that Canada
// announced earlier today").
var evBlockers = wordLists.Set("blockers")

// evDeparts are the verbs of leaving or coming home: "and return to
// Wellington on Saturday" dates the return, which is no event.
var evDeparts = wordLists.Set("departs")

// evPublished are the participles of making something public: their day
// is the day of what the thing says ("told ITV in an interview aired on
// Monday", "a poll released Thursday").
var evPublished = wordLists.Set("published")

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
