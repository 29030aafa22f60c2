// Office-holders in time: the dated terms of prominent offices, chosen by
// the day of the document.

package entities

import (
	"slices"
	"strings"
	"time"

	"github.com/communique/communique/internal/tables"
	"github.com/communique/communique/internal/text"
)

// Holder is one term of a person in an office, for Options.Holders and as
// returned by Extractor.Offices.
type Holder struct {
	// Name is the person's full name ("Jane Roe"); Forms are other names
	// the text may use ("Roe", "J. Roe").
	Name  string
	Forms []string
	// Title is the office ("Foreign Minister").
	Title string
	// Country is the ISO 3166-1 alpha-2 code of the country the office
	// serves; Organization the organisation ("UN", "NATO") when it serves
	// none. One of them is set.
	Country      string
	Organization string
	// From and To are the first and last day of the term; a zero From is
	// a term whose start is unknown, a zero To one still running.
	From, To time.Time
}

// holder is one term as the lookups keep it: days as YYYYMMDD numbers, to
// 0 while in office.
type holder struct {
	name, title, aff string
	from, to         int
}

// dayNum returns t's day as YYYYMMDD, 0 for the zero time.
func dayNum(t time.Time) int {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// numDay is dayNum's inverse; 0 gives the zero time.
func numDay(n int) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Date(n/10000, time.Month(n/100%100), n%100, 0, 0, 0, 0, time.UTC)
}

// heldOn reports whether the term includes day; day 0 (no date) includes
// every term.
func (h holder) heldOn(day int) bool {
	return day == 0 || (h.from <= day && (h.to == 0 || day <= h.to))
}

// holderIndex holds the terms of office by folded full name and by folded
// one-word form.
type holderIndex struct {
	byFull, bySurname map[string][]holder
	slab              []holder // backing store while building
}

// holders returns the index of terms, built on first use so that New stays
// cheap for callers that never look a holder up.
func (x *Extractor) holders() *holderIndex {
	x.holdOnce.Do(func() {
		n := tables.NumTerms() + len(tables.Holders) + len(x.opts.Holders)
		x.holdIdx = &holderIndex{
			byFull:    make(map[string][]holder, n),
			bySurname: make(map[string][]holder, n),
			slab:      make([]holder, 0, 2*n),
		}
		x.holdIdx.addAll(x.opts.Holders)
		x.holdIdx.slab = nil
	})
	return x.holdIdx
}

// addAll indexes the built-in terms (the hand-written list with years, the
// generated list with days) and the caller's.
func (x *holderIndex) addAll(extra []Holder) {
	for _, h := range tables.Holders {
		t := holder{name: h.Name, title: h.Title, aff: h.Affiliation}
		if h.From != 0 {
			t.from = h.From*10000 + 101
		}
		if h.To != 0 {
			t.to = h.To*10000 + 1231
		}
		x.addHolder(t, strings.Join(h.Forms, ";"))
	}
	tables.EachTerm(func(name, forms, title, aff string, from, to int) {
		x.addHolder(holder{name: name, title: title, aff: aff, from: from, to: to}, forms)
	})
	for _, h := range extra {
		aff := h.Country
		if aff == "" {
			aff = h.Organization
		}
		if strings.TrimSpace(h.Name) == "" || h.Title == "" || aff == "" {
			continue
		}
		forms := h.Forms[:0:0]
		for _, f := range h.Forms {
			if !strings.Contains(f, ";") {
				forms = append(forms, f)
			}
		}
		x.addHolder(holder{name: h.Name, title: h.Title, aff: aff, from: dayNum(h.From), to: dayNum(h.To)}, strings.Join(forms, ";"))
	}
}

// addHolder indexes a term under its name and its ';'-separated other forms.
func (x *holderIndex) addHolder(t holder, forms string) {
	var keys [8]string
	seen := keys[:0]
	f, rest, more := t.name, forms, true
	for {
		if k := foldName(f); k != "" && !slices.Contains(seen, k) {
			seen = append(seen, k)
			if strings.Contains(k, " ") {
				x.put(x.byFull, k, t)
			} else {
				x.put(x.bySurname, k, t)
			}
		}
		if !more || rest == "" {
			return
		}
		f, rest, more = strings.Cut(rest, ";")
	}
}

// put appends a term to a key's list; a key's first term takes its place
// in one shared slab instead of a slice of its own.
func (x *holderIndex) put(m map[string][]holder, k string, t holder) {
	if cur, ok := m[k]; ok {
		m[k] = append(cur, t)
		return
	}
	if len(x.slab) < cap(x.slab) {
		x.slab = append(x.slab, t)
		m[k] = x.slab[len(x.slab)-1 : len(x.slab) : len(x.slab)]
		return
	}
	m[k] = []holder{t}
}

// heldFull reports whether a full name is that of a holder in office on
// day (any day when day is 0).
func (x *Extractor) heldFull(full string, day int) bool {
	for _, t := range x.holders().byFull[full] {
		if t.heldOn(day) {
			return true
		}
	}
	return false
}

// Offices returns the offices the person a name form names ("Jane Roe",
// "Roe") held on day, from the built-in list of office-holders and
// Options.Holders; a zero day returns every term. A one-word form matches
// every holder it is a form of.
func (x *Extractor) Offices(name string, day time.Time) []Holder {
	k := foldName(name)
	idx := x.holders()
	terms := idx.byFull[k]
	if !strings.Contains(k, " ") {
		terms = idx.bySurname[k]
	}
	n := dayNum(day)
	var out []Holder
	for _, t := range terms {
		if !t.heldOn(n) {
			continue
		}
		h := Holder{Name: t.name, Title: t.title, From: numDay(t.from), To: numDay(t.to)}
		if isCountryCode(t.aff) {
			h.Country = t.aff
		} else {
			h.Organization = t.aff
		}
		out = append(out, h)
	}
	return out
}

// isCountryCode reports whether an affiliation is an ISO alpha-2 code.
func isCountryCode(aff string) bool {
	return len(aff) == 2 && strings.ToUpper(aff) == aff
}

// FindAt is Find for a document of the given day (its published date, else
// the reference date): the list of office-holders gives a person only the
// office they held that day. A zero day is Find.
func (x *Extractor) FindAt(text string, day time.Time) ([]Official, []Country) {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	return x.officialsAt(text, sc, dayNum(day)), x.pageCountries(text, sc)
}

// FindDocAt is FindDoc for a document of the given day, as FindAt is Find.
func (x *Extractor) FindDocAt(d *text.Doc, day time.Time) ([]Official, []Country) {
	return x.findDoc(d, dayNum(day))
}
