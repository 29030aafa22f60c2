package entities

import (
	"slices"
	"strings"

	"github.com/communique/communique/internal/tables"
	"github.com/communique/communique/internal/text"
)

// capsFunctionWords are words after which an all-capitals "US" is the
// pronoun ("LET US", "JOIN US").
var capsFunctionWords = wordLists.Set("caps-function-words")

// placePrepositions are words after which "Jordan" or "Chad" is a place.
var placePrepositions = wordLists.Set("place-prepositions")

// countryMatch is one country mention.
type countryMatch struct {
	idx  int // index into tables.Countries
	s, e int // byte span
	ti   int // first token
	tn   int // tokens
}

// Countries returns the countries text names, in order of first mention.
func (x *Extractor) Countries(text string) []Country {
	sc := x.getScratch(text)
	defer x.putScratch(sc)
	return x.countriesOf(text, sc.toks, sc.cls)
}

func (x *Extractor) countriesOf(text string, toks []tok, cls []uint16) []Country {
	return countriesIn(text, x.countryMatches(text, toks, cls))
}

// pageCountries is countriesOf for the page whose tokens and classes sc
// holds, with the country mentions the officials' parse found, if it
// looked for them.
func (x *Extractor) pageCountries(text string, sc *scratch) []Country {
	if !sc.cmsDone {
		sc.cms, sc.cmsDone = x.appendCountryMatches(sc.cms, text, sc.toks, sc.cls), true
	}
	return countriesIn(text, sc.cms)
}

// countryMatches returns the country mentions of the parser's text, found
// once (in the memory of cms, recycled).
func (p *parser) countryMatches() []countryMatch {
	if !p.cmsDone {
		p.cms, p.cmsDone = p.x.appendCountryMatches(p.cms, p.text, p.toks, p.cls), true
	}
	return p.cms
}

// countriesIn returns the countries of the mentions ms of text, in order of
// first mention.
func countriesIn(text string, ms []countryMatch) []Country {
	// first the countries, in order, and their numbers of mentions: the
	// mentions are then made in one slice, each country's a part of it
	// with no room to grow into the next's
	pos := map[int]int{}
	var counts []int
	for _, m := range ms {
		if tables.Countries[m.idx].Region {
			continue // "Hong Kong": a region, its country's
		}
		k, ok := pos[m.idx]
		if !ok {
			k = len(counts)
			pos[m.idx] = k
			counts = append(counts, 0)
		}
		counts[k]++
	}
	if len(counts) == 0 {
		return nil
	}
	out := make([]Country, len(counts))
	spans := make([]Span, len(ms))
	off := 0
	for k, n := range counts {
		out[k].Mentions = spans[off : off : off+n]
		off += n
	}
	for _, m := range ms {
		c := &tables.Countries[m.idx]
		if c.Region {
			continue
		}
		o := &out[pos[m.idx]]
		if len(o.Mentions) == 0 {
			o.Name, o.ISO2, o.ISO3 = c.Name, c.ISO2, c.ISO3
		}
		o.Mentions = append(o.Mentions, Span{m.s, m.e})
		form := normSpace(text[m.s:m.e])
		seen := false
		for _, f := range o.Forms {
			if f == form {
				seen = true
				break
			}
		}
		if !seen {
			o.Forms = append(o.Forms, form)
		}
	}
	return out
}

// countryMatches finds the country mentions among toks.
func (x *Extractor) countryMatches(text string, toks []tok, cls []uint16) []countryMatch {
	return x.appendCountryMatches(nil, text, toks, cls)
}

// appendCountryMatches is countryMatches appending to dst[:0].
func (x *Extractor) appendCountryMatches(dst []countryMatch, text string, toks []tok, cls []uint16) []countryMatch {
	out := dst[:0]
	var buf []byte
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != kWord || !t.is(fCap) {
			continue
		}
		if cls != nil {
			if cls[i]&cCountry == 0 {
				continue
			}
		} else if x.cls.get(text[t.s:t.e])&cCountry == 0 {
			continue
		}
		n, v := x.countries.match(text, toks, i, &buf)
		if n == 0 {
			continue
		}
		if v < 0 {
			i += n - 1
			continue
		}
		idx := int(v >> 2)
		c := &tables.Countries[idx]
		if !x.countryContextOK(text, toks, i, n, c, &buf) {
			i += n - 1
			continue
		}
		out = append(out, countryMatch{idx: idx, s: int(t.s), e: int(toks[i+n-1].e), ti: i, tn: n})
		i += n - 1
	}
	return x.dropStates(text, toks, out, &buf)
}

// dropStates removes the countries named as US states ("Georgia") from
// ms on a page that names two US states or more, unless a country stands
// next to them in a list ("Belarus, Ukraine, and Georgia"): "a crowd in
// Georgia", "the gentleman from Georgia" on such a page are the state's.
func (x *Extractor) dropStates(text string, toks []tok, ms []countryMatch, buf *[]byte) []countryMatch {
	if !slices.ContainsFunc(ms, func(m countryMatch) bool { return tables.Countries[m.idx].USState }) {
		return ms
	}
	states := 0
	for i := 0; i < len(toks) && states < 2; i++ {
		if toks[i].kind != kWord || !toks[i].is(fCap) {
			continue
		}
		if n, v := x.regions.match(text, toks, i, buf); n > 0 {
			if tables.Countries[v].ISO2 == "US" {
				states++
			}
			i += n - 1
		}
	}
	if states < 2 {
		return ms
	}
	listed := func(k, d int) bool { // ms[k+d] is a country listed beside ms[k]
		j := k + d
		if j < 0 || j >= len(ms) || tables.Countries[ms[j].idx].USState {
			return false
		}
		a, b := ms[min(k, j)], ms[max(k, j)]
		gap := b.ti - (a.ti + a.tn)
		if gap < 1 || gap > 2 {
			return false
		}
		for t := a.ti + a.tn; t < b.ti; t++ {
			if w := tokText(text, toks[t]); w != "," && w != "and" && w != "or" && w != "/" {
				return false
			}
		}
		return true
	}
	out := ms[:0]
	for k, m := range ms {
		if tables.Countries[m.idx].USState && !listed(k, -1) && !listed(k, 1) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func tokText(text string, t tok) string { return text[t.s:t.e] }

// countryContextOK rejects a country form whose context shows it is
// something else: the pronoun "US" in capitals, a given name ("Jordan
// Peterson"), a surname ("Peter M. German"), a US state ("Atlanta,
// Georgia"), a region's name ("British Columbia", "New Mexico").
func (x *Extractor) countryContextOK(text string, toks []tok, i, n int, c *tables.Country, buf *[]byte) bool {
	form := text[toks[i].s:toks[i+n-1].e]
	var prev, next *tok
	if i > 0 {
		prev = &toks[i-1]
	}
	if i+n < len(toks) {
		next = &toks[i+n]
	}
	if n == 1 && toks[i].is(fUpper) && len(form) <= 3 && prev != nil && prev.kind == kWord && prev.is(fUpper) {
		if capsFunctionWords[tokText(text, *prev)] {
			return false
		}
	}
	// a region whose name holds the form: "British Columbia", "New Mexico"
	if m, _ := x.regions.match(text, toks, i, buf); m > n {
		return false
	}
	if i > 0 && toks[i-1].kind == kWord && toks[i-1].is(fCap) && toks[i].nl == 0 {
		if m, _ := x.regions.match(text, toks, i-1, buf); m >= n+1 {
			return false
		}
	}
	// a surname after a given name's initial: "Peter M. German"
	if prev != nil && prev.is(fDots) && prev.e-prev.s == 2 && i >= 2 && toks[i-2].kind == kWord && toks[i-2].is(fCap) && toks[i-2].nl == 0 && prev.nl == 0 {
		return false
	}
	if n == 1 && prev != nil && prev.kind == kWord && x.cls.get(tokText(text, *prev))&cHonor != 0 && toks[i].nl == 0 &&
		next != nil && next.kind == kWord && next.is(fCap) && next.nl == 0 {
		// a given name after a courtesy title: "Mme France Gélinas"
		return false
	}
	if c.Person && n == 1 {
		if next != nil && next.kind == kWord && next.is(fCap) && next.nl == 0 && !next.is(fUpper) && !stopNames[tokText(text, *next)] {
			// "Jordan Peterson", "Chad Smith"; but "Jordan King Abdullah"
			var buf []byte
			if k, _ := x.titles.match(text, toks, i+n, &buf); k == 0 {
				if prev == nil || !lowerIn(placePrepositions, tokText(text, *prev)) {
					return false
				}
			}
		}
		if prev != nil && prev.kind == kWord && prev.is(fCap) && !prev.is(fUpper) && prev.nl == 0 && !stopNames[tokText(text, *prev)] &&
			(!isSentenceStart(text, toks, i-1) || !strings.HasSuffix(tokText(text, *prev), "ing")) {
			// "Michael Jordan"
			var buf []byte
			if k, _ := x.titles.match(text, toks, i-1, &buf); k == 0 {
				if m, _ := x.countries.match(text, toks, i-1, &buf); m == 0 {
					return false
				}
			}
		}
	}
	if form == "Indian" && (next != nil && next.kind == kWord && nativeIndianNouns[tokText(text, *next)] ||
		prev != nil && (tokText(text, *prev) == "American" || tokText(text, *prev) == "Native")) {
		// the peoples of the Americas, not India: "Indian tribes",
		// "American Indian", "the Bureau of Indian Affairs", "Indian River"
		return false
	}
	if c.USState && n == 1 {
		// "Atlanta, Georgia", "state of Georgia", "Georgia State"
		if prev != nil && tokText(text, *prev) == "," && i >= 2 {
			pp := toks[i-2]
			var buf []byte
			if pp.kind == kWord && pp.is(fCap) {
				if m, _ := x.countries.match(text, toks, i-2, &buf); m == 0 {
					back := i - 2
					for back > 0 && toks[back-1].kind == kWord && toks[back-1].is(fCap) {
						back--
					}
					if m, _ := x.countries.match(text, toks, back, &buf); m == 0 {
						return false
					}
				}
			}
		}
		if prev != nil && i >= 2 && strings.EqualFold(tokText(text, *prev), "of") && strings.EqualFold(tokText(text, toks[i-2]), "state") {
			return false
		}
		if next != nil && (tokText(text, *next) == "State" || tokText(text, *next) == "Tech") {
			return false
		}
	}
	return true
}

// isSentenceStart reports whether toks[i] begins a sentence or a line.
func isSentenceStart(text string, toks []tok, i int) bool {
	if i == 0 || toks[i].nl > 0 {
		return true
	}
	p := tokText(text, toks[i-1])
	switch p {
	case ".", "!", "?", ":", "\u201c", "\"", "(", "\u2014", "\u2013", ";":
		return true
	}
	return false
}

// normSpace folds runs of white space (no-break spaces included) to one
// space, as the shared analysis does, and drops invalid UTF-8.
func normSpace(s string) string {
	return strings.ToValidUTF8(text.NormalizeSpace(s), "")
}

// nativeIndianNouns follow "Indian" when it names the peoples of the
// Americas or places named after them, not India: "Indian tribes",
// "Indian reservation", "Indian Affairs", "Indian Country", "Indian
// River".
var nativeIndianNouns = map[string]bool{
	"tribe": true, "tribes": true, "tribal": true, "reservation": true, "reservations": true,
	"Reservation": true, "nation": true, "nations": true, "Nation": true, "Nations": true,
	"Affairs": true, "Country": true, "country": true, "Health": true, "Territory": true,
	"River": true, "Shores": true, "Removal": true, "Wars": true, "Gaming": true, "Child": true,
}
