// Windows: the stages that read the shared analysis (entities, quotes,
// events) run over a body of many megabytes a window of paragraphs at a
// time, so that their memory is bounded by the window, not by the page.

package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/text"
	"github.com/communique/communique/quotes"
)

// windowSize is the most bytes of body the analysis stages read at once.
// A body no longer than it is read whole; every page of every corpus is.
// The analysis of a text takes about two and a half times its size, and
// the entities stage as much again: reading a 60 MB body whole would hold
// some 300 MB beside it.
const windowSize = 4 << 20

// windows splits body into consecutive pieces of at most size bytes, each
// ending where a paragraph does when one ends in the piece's second half,
// else at a line's end, a sentence's end or a space, and never inside a
// character. A piece is its start offset; the last ends at len(body).
func windows(body string, size int) []int {
	starts := []int{0}
	for at := 0; len(body)-at > size; {
		end := at + size
		cut := -1
		for _, sep := range []string{"\n\n", "\n", ". ", " "} {
			if i := strings.LastIndex(body[at+size/2:end], sep); i >= 0 {
				cut = at + size/2 + i + len(sep)
				break
			}
		}
		if cut < 0 {
			cut = end
			for cut > at && !isRuneStart(body[cut]) {
				cut--
			}
			for cut < len(body) && (cut == at || !isRuneStart(body[cut])) { // a size under a character's
				cut++
			}
		}
		if cut >= len(body) {
			break
		}
		starts = append(starts, cut)
		at = cut
	}
	return starts
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// findEntitiesQuotesEvents runs the entities, quotes and events stages on
// the body, a window at a time when it is longer than windowSize, and
// merges what the windows find: one entry for each official, person and
// country, with the mentions of every window.
// held is the day whose office-holders the entities stage looks up
// (anchor, else a day the page speaks of); pl says whose record the page
// is, when its header names an institution or its address a government's
// site (entities.Place).
func (e *Extractor) findEntitiesQuotesEvents(doc *Document, an *text.Doc, anchor, held time.Time, pl entities.Place) {
	starts := windows(doc.Body, e.window)
	if len(starts) == 1 {
		// the names inside Markdown links and emphasis read as words, and
		// those of a sentence in capitals as a sentence's
		e.text.AnalyzeInto(an, text.FoldCapsLines(text.MaskMarkup(doc.Body)))
		doc.Officials, doc.Countries, doc.People = e.entities.FindDocAllFrom(an, held, pl)
		doc.Quotes = e.quotes.FindDoc(doc.Body, an, doc.Officials, doc.People)
		doc.Events = e.findEvents(doc.Body, an, doc.Dates, doc.Officials, doc.People, anchor, voicesOf(doc, 0))
		return
	}
	var m merger
	di := 0
	for k, at := range starts {
		end := len(doc.Body)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		w := doc.Body[at:end]
		e.text.AnalyzeInto(an, text.FoldCapsLines(text.MaskMarkup(w)))
		offs, ctrs, ppl := e.entities.FindDocAllFrom(an, held, pl)
		qs := e.quotes.FindDoc(w, an, offs, ppl)
		// the dates of this window, in its own offsets
		var ds []dates.Mention
		for di < len(doc.Dates) && doc.Dates[di].Start < end {
			if d := doc.Dates[di]; d.Start >= at && d.End <= end {
				d.Start -= at
				d.End -= at
				ds = append(ds, d)
			}
			di++
		}
		evs := e.findEvents(w, an, ds, offs, ppl, anchor, voicesOf(doc, at))
		m.add(at, offs, ctrs, ppl, qs, evs)
	}
	doc.Officials, doc.Countries, doc.People = m.officials, m.countries, m.people
	doc.Quotes, doc.Events = m.quotes, m.events
}

// merger gathers what the windows of one body find.
type merger struct {
	officials []entities.Official
	countries []entities.Country
	people    []entities.Person
	quotes    []quotes.Quote
	events    []Event

	official, country, person map[string]int
}

// add merges one window's findings, whose offsets start at off.
func (m *merger) add(off int, offs []entities.Official, ctrs []entities.Country, ppl []entities.Person, qs []quotes.Quote, evs []Event) {
	if m.official == nil {
		m.official, m.country, m.person = map[string]int{}, map[string]int{}, map[string]int{}
	}
	mergeByKey(&m.officials, m.official, offs, off,
		func(o *entities.Official) (string, *[]entities.Span) { return o.Name, &o.Mentions },
		func(into, from *entities.Official) {
			into.Aliases = union(into.Aliases, from.Aliases)
			fillEmpty(&into.Title, from.Title)
			fillEmpty(&into.Organization, from.Organization)
			fillEmpty(&into.Country, from.Country)
		})
	mergeByKey(&m.countries, m.country, ctrs, off,
		func(c *entities.Country) (string, *[]entities.Span) { return c.ISO3, &c.Mentions },
		func(into, from *entities.Country) { into.Forms = union(into.Forms, from.Forms) })
	mergeByKey(&m.people, m.person, ppl, off,
		func(x *entities.Person) (string, *[]entities.Span) { return x.Name, &x.Mentions },
		func(into, from *entities.Person) {
			fillEmpty(&into.Description, from.Description)
			fillEmpty(&into.Gender, from.Gender)
		})
	for _, q := range qs {
		q.Start += off
		q.End += off
		if q.SpeakerEnd > 0 {
			q.SpeakerStart += off
			q.SpeakerEnd += off
		}
		m.quotes = append(m.quotes, q)
	}
	for _, ev := range evs {
		ev.Start += off
		ev.End += off
		m.events = append(m.events, ev)
	}
}

// mergeByKey appends the items of a window to list, shifting their
// mentions by off; an item whose key (a name, a country's code) the list
// already holds adds its mentions to that entry and fills what it lacks.
func mergeByKey[T any](list *[]T, index map[string]int, items []T, off int, key func(*T) (string, *[]entities.Span), fill func(into, from *T)) {
	for k := range items {
		it := &items[k]
		name, mentions := key(it)
		shiftSpans(*mentions, off)
		if i, ok := index[name]; ok {
			into := &(*list)[i]
			_, intoMentions := key(into)
			*intoMentions = append(*intoMentions, *mentions...)
			fill(into, it)
			continue
		}
		index[name] = len(*list)
		*list = append(*list, *it)
	}
}

// fillEmpty sets *dst to v when *dst is empty.
func fillEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func shiftSpans(ss []entities.Span, off int) {
	for i := range ss {
		ss[i].Start += off
		ss[i].End += off
	}
}

// union appends to a the strings of b it lacks.
func union(a, b []string) []string {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}
