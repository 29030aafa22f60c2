package events

import (
	"sort"
	"strings"

	"github.com/communique/communique/dates"
)

// This file splits a sentence into the clauses whose times are their own
// ("were referred … in April, and on Monday 4 May, the Deputy Mayor
// issued …") and finds the page's day run into a lead.

// evClauseSplit returns the token of the comma of ", and" that joins two
// clauses of the sentence [ts, te), each holding a time of its own (a day,
// a month or a year, of different values) and the second opening with a
// time or a capitalised subject; ts when there is none.
func evClauseSplit(body string, toks []evTok, ts, te int, ds []dates.Mention) int {
	for k := ts + 3; k+3 < te; k++ {
		if toks[k].word || body[toks[k].start] != ',' || !evIsWord(body, toks[k+1], "and") {
			continue
		}
		first, second := evTimeIn(ds, toks[ts].start, toks[k].start), evTimeIn(ds, toks[k+1].end, toks[te-1].end)
		if second == nil {
			continue
		}
		if first == nil {
			// only the second clause has a time: it is that clause's when
			// the clause has a subject and a verb of its own ("The
			// minister resigned, and police arrested the suspect on 22
			// April"), and the first a verb of its own
			if evOwnClause(body, toks, k+2, te, ds) && evHasVerb(body, toks[ts].start, toks[k].start) {
				return k
			}
			continue
		}
		if first.Value == second.Value {
			continue
		}
		if n := toks[k+2]; !(n.word && (n.capital || evIsWord(body, n, "on", "in", "yesterday", "today", "tomorrow", "last", "earlier", "later")) || second.Start == n.start) {
			continue
		}
		if !evHasVerb(body, toks[k+2].start, toks[te-1].end) {
			continue
		}
		return k
	}
	return ts
}

// evOwnClause reports whether tokens [a, te) open with a clause of their
// own: a subject of one to five words, none a verb, a mark or a time, then
// a past-tense verb ("police arrested", "federal agents took", "the Mayor
// signed"); not a list's last item ("and Berlin on Monday") nor a verb
// sharing the first clause's subject ("and signed the accord").
func evOwnClause(body string, toks []evTok, a, te int, ds []dates.Mention) bool {
	for k := a; k < te && k < a+6; k++ {
		t := toks[k]
		if !t.word || t.quoted || evInMentions(ds, t.start) {
			return false
		}
		if k > a && (evForms[t.low] == evPastWeak || evForms[t.low] == evPastStrong || evGenericPast(body, toks, a, k) || evClauseAux[t.low]) {
			return !evDeterminers[toks[k-1].low]
		}
		if evForms[t.low] != 0 || evPastForm(t.low) || evSubordinate(t.low) || evClauseAux[t.low] || evPronouns[t.low] && k > a {
			return false
		}
	}
	return false
}

// evClauseAux are the auxiliaries of the past that follow a clause's
// subject ("and he was charged on Monday", "and police have arrested");
// a future's clause ("and we will continue to discuss …") is left whole.
var evClauseAux = map[string]bool{"was": true, "were": true, "has": true, "have": true, "had": true}

// evTimeIn returns the first day, month or year of ds inside [a, b), or nil.
func evTimeIn(ds []dates.Mention, a, b int) *dates.Mention {
	k := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= a })
	for ; k < len(ds) && ds[k].Start < b; k++ {
		if m := &ds[k]; m.End <= b && (m.Grain == dates.GrainDay || evCoarse(m, b)) {
			return m
		}
	}
	return nil
}

// evDayRunIn returns the token after a full day (with its year) that opens
// the sentence at ts with no mark after it, a capitalised word next, when
// the sentence gives a day of its own after it (the page's day run into
// its lead: "25 August 2022 On 23 August, 2022, the agreement was
// signed"), and that day's value; ts otherwise.
func evDayRunIn(body string, toks []evTok, ts, te int, ds []dates.Mention, se int) (int, string) {
	k := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= toks[ts].start })
	if k+1 >= len(ds) || ds[k].Start != toks[ts].start || ds[k].Grain != dates.GrainDay || len(ds[k].Value) < 10 ||
		ds[k+1].Start >= se || ds[k+1].Grain != dates.GrainDay {
		return ts, ""
	}
	d := ts
	for d < te && toks[d].start < ds[k].End {
		d++
	}
	if d >= te || !toks[d].word || !toks[d].capital || toks[d].start == ds[k].End || !strings.ContainsAny(ds[k].Text, "0123456789") {
		return ts, ""
	}
	return d, ds[k].Value[:10]
}
