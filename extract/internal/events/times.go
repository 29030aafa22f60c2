package events

import (
	"fmt"
	"strings"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/internal/text"
)

// This file tells whether a week, a month or a year dates an action, and
// which days a sentence gives that are no action's ("as of 30 June").

// evThisWeek reports whether one of ms is the week of day ("this week").
func evThisWeek(ms []dates.Mention, day time.Time) bool {
	y, w := day.ISOWeek()
	week := fmt.Sprintf("%d-W%02d", y, w)
	for k := range ms {
		if ms[k].Grain == dates.GrainWeek && ms[k].Value == week {
			return true
		}
	}
	return false
}

// evCoarse reports a mention that dates an action at a precision coarser
// than a day, inside the sentence ending at se: a week, a month or a year
// of the calendar ("2022-01", "2021", "2025-W10"), resolved, not a length,
// a recurrence or a span of years.
func evCoarse(m *dates.Mention, se int) bool {
	if m.End > se || m.Type != dates.TypeDate || m.Until != "" {
		return false
	}
	v := m.Value
	switch m.Grain {
	case dates.GrainYear:
		return len(v) == 4 && text.Digits(v)
	case dates.GrainMonth:
		return len(v) == 7 && text.Digits(v[:4]) && v[4] == '-' && text.Digits(v[5:])
	case dates.GrainWeek:
		return len(v) == 8 && text.Digits(v[:4]) && v[4:6] == "-W" && text.Digits(v[6:])
	}
	return false
}

// evCoarseWhen reports whether the week, month or year m is the time of
// the verb at vi (aux its auxiliary, -1 for none), not of a noun near it
// ("planning for the July 2024 summit", "praised Poland for its
// leadership in 2025"): it opens the sentence before the verb ("In 2021,
// the UAE announced", "Last week the police conducted"), or it follows a
// meeting, a visit, a passive in the past or the past of any verb but a
// statement's as "in", "during" or a "last" or "earlier" of its own
// ("visited Qatar in January 2022", "met … last December", "was announced
// in September 2016", "began in 2022"), with no thing to come between
// them ("the forthcoming Summit in June") and, after a verb that is no
// meeting's, no comma or gerund ("by hosting the Summit last week").
func evCoarseWhen(body string, toks []evTok, ts, vi, aux int, m *dates.Mention) bool {
	if m.Start < toks[vi].start {
		k := ts
		// (after a connective and its comma: "Then, in 2012, …", "And in
		// 2014, …")
		if k < len(toks) && toks[k].word && evCoarseConnectives[toks[k].low] {
			k++
			if k < len(toks) && !toks[k].word && body[toks[k].start] == ',' {
				k++
			}
		}
		opens := true
		for ; k < len(toks) && toks[k].start < m.Start; k++ {
			if !toks[k].word || !evCoarseOpeners[toks[k].low] {
				opens = false
				break
			}
		}
		if opens {
			return true
		}
		// or stands between the subject and its verb in the past, with
		// adverbs at most, counted from the page's time ("The IMF board
		// last week also approved", "Congress last year replaced"; not a
		// noun's year: "The launch of the mission in 2008 marked")
		if aux >= 0 || !evPastForm(toks[vi].low) || !evRelativeCoarse(body[m.Start:m.End]) {
			return false
		}
		for k := vi - 1; k > ts && toks[k].start >= m.End; k-- {
			if !toks[k].word || !evAdverbs[toks[k].low] && !strings.HasSuffix(toks[k].low, "ly") {
				return false
			}
		}
		return true
	}
	if aux >= 0 && evIsWord(body, toks[aux], "will", "shall") && m.Grain == dates.GrainMonth && m.Start > toks[vi].start &&
		strings.HasSuffix(toks[vi].low, "ing") && evIsWord(body, toks[vi-1], "be") {
		// an arrangement to come in a month the sentence names after it,
		// in the future's progressive: "will be leaving the council in
		// March", "will be stepping down this month" (not a plan's simple
		// future: "Ministers will review the measures in March")
		for k := vi + 1; k < len(toks) && toks[k].end <= m.Start; k++ {
			if t := toks[k]; t.word && evNounTime[t.low] || !t.word && body[t.start] == ',' {
				return false // "for the forthcoming Summit in June"; another clause's
			}
		}
		return true
	}
	if aux >= 0 && !evIsWord(body, toks[aux], "was", "were") {
		return false // to come or under way
	}
	// a passive in the past ("was incorporated in October 2020") or an
	// active past of any verb but a statement's ("began in 2022",
	// "transported the victim to Texas in October 2020"; not "praised
	// Poland for its leadership in 2025")
	b := vi - 1
	for b > ts && toks[b].word && evAdverbs[toks[b].low] {
		b--
	}
	passive := aux >= 0 || b >= ts && evIsWord(body, toks[b], "was", "were")
	f := evForms[toks[vi].low]
	if evTookPlacePast(body, toks, vi) {
		f = evPastStrong
	}
	generic := f == 0 && evPastForm(toks[vi].low) && !evNotPast[toks[vi].low]
	if f == evPastWeak && (evActs[toks[vi].low] || evDeeds[toks[vi].low]) && vi+2 < len(toks) && toks[vi+1].word && toks[vi+1].end <= m.Start && toks[vi+2].start < m.Start &&
		!evIsWord(body, toks[vi+1], "by") {
		// a decision or a release with its object before the time:
		// "launched the Social Accord in April 2013"; not a participle's
		// time ("the Compass adopted in 2022 gives us", "the plan
		// announced by the Ministry in March")
		generic = true
	}
	if f == evPastWeak && evDeeds[toks[vi].low] && !evReducedClause(toks, vi, len(toks)) {
		// a deed of a named or pronoun subject with no object: "He
		// resigned in 2019" (not "the law passed in 2016 requires")
		generic = true
	}
	if !passive && f != evPastStrong && !generic {
		return false
	}
	k := vi + 1
	for k < len(toks) && toks[k].end <= m.Start {
		t := toks[k]
		if t.word && evNounTime[t.low] {
			return false // a thing to come: "for the forthcoming Summit in June"
		}
		if !passive && f != evPastStrong && (!t.word && body[t.start] == ',' || evGerundPhrase(toks, k)) {
			// another clause's or phrase's time: "asserted our leadership
			// by hosting the Summit last week"
			return false
		}
		k++
	}
	if text.HasPrefixFold(m.Text, "last ") || text.HasPrefixFold(m.Text, "earlier ") {
		return true
	}
	return k-1 > vi && evIsWord(body, toks[k-1], "in", "during")
}

// evGerundPhrase reports a gerund with its object at token k, the action
// of a phrase of its own ("by hosting the Summit", "after visiting
// Kyiv"); a noun's "-ing" word ("on building regulations") is none.
func evGerundPhrase(toks []evTok, k int) bool {
	t := toks[k]
	if !t.word || t.capital || len(t.low) <= 4 || !strings.HasSuffix(t.low, "ing") || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.word && (n.capital || evDeterminers[n.low] || evPronouns[n.low])
}

// evAsOf reports a day introduced by "as of": the day a count or a state
// stands at ("As of 25 January 2026, a cumulative total of 19 cases …"),
// no action's.
func evAsOf(body string, ss, pos int) bool {
	t := strings.TrimRight(body[max(ss, pos-8):pos], " \u00a0")
	return len(t) >= 5 && strings.EqualFold(t[len(t)-5:], "as of")
}

// evNounTime are adjectives that give the noun after them a time of its
// own: "preparations for the forthcoming Summit in June".
var evNounTime = wordLists.Set("noun-time")

// evDeeds are the statement verbs that are deeds: a month or a year after
// them dates them ("passed the bill in March").
var evDeeds = wordLists.Set("deeds")

// evCoarseConnectives may open a sentence before its time: "Then, in
// 2012, …", "But in March …".
var evCoarseConnectives = wordLists.Set("coarse-connectives")

// evTrimConnective returns the lower-case s without the connective (and
// its comma) it opens with: "then, in" → "in", "but on" → "on".
func evTrimConnective(s string) string {
	k := strings.IndexAny(s, " ,")
	if k <= 0 || !evCoarseConnectives[s[:k]] {
		return s
	}
	return strings.TrimLeft(s[k:], " ,")
}

// evCoarseOpeners may stand before a week, month or year that opens the
// sentence: "In 2021,", "Earlier in March,", "At the end of 2020,".
var evCoarseOpeners = map[string]bool{"in": true, "early": true, "late": true, "earlier": true, "later": true, "during": true, "throughout": true,
	"at": true, "the": true, "end": true, "start": true, "beginning": true, "of": true}

// evRelativeCoarse reports a week, month or year counted from the page's
// time: "last week", "this year", "this past week", "earlier this month".
func evRelativeCoarse(s string) bool {
	s = strings.ToLower(s)
	for _, p := range [...]string{"last ", "this ", "earlier this ", "the past ", "past "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
