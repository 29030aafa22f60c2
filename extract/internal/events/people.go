package events

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/entities"
)

// This file finds the people the page names, and the offices that refer to
// them, for actors and participants.

// evPeople finds the titled or named people of the body: a run of title
// words and then a name ("Polish President Andrzej Duda", "Mr Rutte",
// "Secretary General Jens Stoltenberg"), or a title phrase, a comma and a
// name ("the EU's High Representative for Foreign Affairs and Security
// Policy, Kaja Kallas"; "the President of Poland, Andrzej Duda").
func evPeople(body string, toks []evTok) []evPerson {
	var out []evPerson
	for k := 0; k < len(toks); k++ {
		if !toks[k].word || !toks[k].capital || !evTitleWords[strings.ToLower(body[toks[k].start:toks[k].end])] {
			continue
		}
		// the title run, with connectors and capitalised words inside
		j := k
		var title []string
		last := k
		for j < len(toks) {
			t := toks[j]
			if t.word {
				w := t.low
				if t.capital && evTitleWords[w] {
					title = append(title, w)
					last = j
					j++
					continue
				}
				if (w == "of" || w == "for" || w == "and" || w == "the") && j+1 < len(toks) && toks[j+1].word && toks[j+1].capital {
					j++
					continue
				}
				if t.capital && len(title) > 0 && j > last && j-last <= 3 && !evIsName(body, toks, j) {
					j++
					continue
				}
			} else if body[t.start] == '.' && j == last+1 && t.start == toks[last].end {
				j++ // "Mr."
				continue
			}
			break
		}
		// the name right after the title words, or after a comma
		n := last + 1
		if n < len(toks) && !toks[n].word && body[toks[n].start] == '.' {
			n++
		}
		ne := evNameEnd(body, toks, n)
		if ne-n == 1 && len(title) > 0 && (evPortfolio[title[len(title)-1]] || evGroupHeads[title[len(title)-1]]) {
			ne = n // "Health Department", "Foreign Ministers Meeting": a one-word name needs an office before it, not a portfolio or a group
		}
		if ne == n && j < len(toks) && !toks[j].word && body[toks[j].start] == ',' {
			n = j + 1
			ne = evNameEnd(body, toks, n)
			if ne-n < 2 {
				ne = n
			}
		}
		if ne > n {
			out = append(out, evPerson{name: body[toks[n].start:toks[ne-1].end], title: strings.Join(title, " "),
				start: toks[n].start, end: toks[ne-1].end})
			k = ne - 1
		} else {
			k = j - 1
			if j <= k {
				k = j
			}
		}
	}
	return out
}

// evPeopleOf finds the people of the whole body, a paragraph at a time so
// that only one paragraph's tokens are held, and gives surnames their full
// names: "Rutte" is "Mark Rutte" where the page says so.
func evPeopleOf(rd *reader) []evPerson {
	body := rd.body
	var out []evPerson
	var toks []evTok
	for ps := 0; ps < len(body); {
		pe := strings.IndexByte(body[ps:], '\n')
		if pe < 0 {
			pe = len(body)
		} else {
			pe += ps
		}
		toks = rd.tokens(toks, ps, pe)
		out = append(out, evPeople(body, toks)...)
		ps = pe + 1
	}
	full := map[string]string{}
	for _, q := range out {
		if sp := strings.LastIndexByte(q.name, ' '); sp >= 0 {
			if _, ok := full[q.name[sp+1:]]; !ok {
				full[q.name[sp+1:]] = q.name
			}
		}
	}
	for i := range out {
		if f, ok := full[out[i].name]; ok {
			out[i].name = f
		}
	}
	return out
}

// evPeopleSet is the body's people with an index by title: every run of
// final title words ("general", "secretary general") maps to the people
// with it, in text order.
type evPeopleSet struct {
	list    []evPerson
	byTitle map[string][]int
}

func newPeopleSet(list []evPerson) *evPeopleSet {
	ps := &evPeopleSet{list: list, byTitle: map[string][]int{}}
	for i, p := range list {
		t := p.title
		for t != "" {
			ps.byTitle[t] = append(ps.byTitle[t], i)
			sp := strings.IndexByte(t, ' ')
			if sp < 0 {
				break
			}
			t = t[sp+1:]
		}
	}
	return ps
}

// in returns the people whose names lie inside [a, b).
func (ps *evPeopleSet) in(a, b int) []evPerson {
	if ps == nil {
		return nil
	}
	i := sort.Search(len(ps.list), func(i int) bool { return ps.list[i].start >= a })
	j := i
	for j < len(ps.list) && ps.list[j].start < b {
		j++
	}
	return ps.list[i:j]
}

// holder returns the person holding title (as lower-case words) last named
// before pos, else the first named after it.
func (ps *evPeopleSet) holder(title string, pos int) (string, bool) {
	if ps == nil {
		return "", false
	}
	idx := ps.byTitle[title]
	if len(idx) == 0 {
		return "", false
	}
	k := sort.Search(len(idx), func(k int) bool { return ps.list[idx[k]].start >= pos })
	if k > 0 {
		return ps.list[idx[k-1]].name, true
	}
	return ps.list[idx[0]].name, true
}

// evSpansIn returns the spans of ms (in text order) inside [a, b).
func evSpansIn(ms []entities.Span, a, b int) []entities.Span {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a })
	j := i
	for j < len(ms) && ms[j].Start < b {
		j++
	}
	return ms[i:j]
}

// evIsName reports whether token k begins a name: a capitalised word
// followed by another capitalised word or an initial, neither a title word.
func evIsName(body string, toks []evTok, k int) bool {
	return evNameEnd(body, toks, k)-k >= 2
}

// evNameEnd returns the end of the name starting at token k: up to four
// capitalised words that are no title words, with initials ("Antony J.
// Blinken"); k when there is none.
func evNameEnd(body string, toks []evTok, k int) int {
	j, words := k, 0
	for j < len(toks) && words < 4 {
		t := toks[j]
		if !t.word || !t.capital {
			break
		}
		w, lw := body[t.start:t.end], t.low
		if evTitleWords[lw] || evGroupHeads[lw] || evOrgNouns[lw] || evIsAllCaps(w) && len(w) > 1 || evMonthOrDay(lw) {
			break
		}
		j++
		words++
		// a particle inside the name: "Lula da Silva", "Ursula von der Leyen"
		for j+1 < len(toks) && toks[j].word && !toks[j].capital && evNameParticles[toks[j].low] {
			n := j + 1
			for n < len(toks) && toks[n].word && !toks[n].capital && evNameParticles[toks[n].low] {
				n++
			}
			if n >= len(toks) || !toks[n].word || !toks[n].capital || evTitleWords[toks[n].low] || evMonthOrDay(toks[n].low) {
				break
			}
			j = n
		}
		// an initial: "J."
		if utf8.RuneCountInString(w) == 1 && j < len(toks) && !toks[j].word && body[toks[j].start] == '.' {
			j++
		}
	}
	// a name does not end with a full stop token
	if j > k && !toks[j-1].word {
		j--
	}
	return j
}

// evNameParticles join the parts of a name: "da", "von der", "bin".
var evNameParticles = wordLists.Set("name-particles")

func evIsAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func evMonthOrDay(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"on", "in", "the", "today", "yesterday":
		return true
	}
	return false
}
