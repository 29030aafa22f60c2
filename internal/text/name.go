// Name chunks: runs of capitalised words with the title before them and
// the apposition after them.

package text

import (
	_ "embed"
	"strings"
)

//go:embed data/notnames.txt
var notNamesTXT string

//go:embed data/headlineverbs.txt
var headlineVerbsTXT string

//go:embed data/auxiliaries.txt
var auxiliariesTXT string

// auxiliaries open a clause after a name's comma, not an apposition.
var auxiliaries = func() map[string]bool {
	m := make(map[string]bool)
	eachLine(auxiliariesTXT, func(f []string) { m[f[0]] = true })
	return m
}()

// notNames are capitalised words that are no part of a name, headline
// verbs among them.
var notNames = func() map[string]bool {
	m := make(map[string]bool)
	eachLine(notNamesTXT, func(f []string) { m[f[0]] = true })
	eachLine(headlineVerbsTXT, func(f []string) { m[f[0]] = true })
	return m
}()

// HeadlineVerbs returns the verbs that headlines capitalise ("Departs",
// "Meets"), in lower case (data/headlineverbs.txt): no part of a name.
func HeadlineVerbs() []string {
	var out []string
	eachLine(headlineVerbsTXT, func(f []string) { out = append(out, f[0]) })
	return out
}

// particles join the parts of a name in lower case ("Ursula von der
// Leyen", "Karim al-Rahman").
var particles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "der": true, "di": true, "du": true,
	"van": true, "von": true, "den": true, "ter": true, "bin": true, "ibn": true, "al": true,
	"el": true, "la": true, "le": true, "dos": true, "das": true, "ben": true, "bint": true,
}

// suffixes follow a personal name ("John Roe Jr.", "John Roe III").
var suffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// relatives open a relative clause, which is no apposition ("Rutte, who
// ...").
var relatives = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true, "that": true}

// determiners may open an apposition ("Jane Doe, a nurse,").
var determiners = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "our": true}

// maxAppos bounds an apposition's length in tokens.
const maxAppos = 16

// names appends the name chunks of d.
func (a *Analyzer) names(d *Doc, out []Name) []Name {
	d.lowerSeen.reset()
	seen := false
	for _, s := range d.Sentences {
		end := int(s.End)
		for i := int(s.Start); i < end; {
			if t := d.Tokens[i]; t.Kind != Word || t.Shape&(Cap|Upper) == 0 {
				i++ // names and the titles before them open with a capital
				continue
			}
			title, g, k := a.titleBefore(d, i, end)
			e := nameRun(d, k, end)
			if e == k {
				if k > i {
					i = k
				} else {
					i++
				}
				continue
			}
			if !title && e == k+1 && opensSentence(d, int(s.Start), k) {
				// "Maybe", "Touché": a word that opens a sentence is no
				// name when the text writes it in lower case elsewhere
				if !seen {
					d.lowerSeen.fill(d)
					seen = true
				}
				if d.lowerSeen.has(d.Lower(k)) {
					i = e
					continue
				}
			}
			n := Name{Span: Span{int32(k), int32(e)}, Gender: g}
			if title {
				n.Title = Span{int32(i), int32(k)}
			}
			n.Appos = a.appos(d, e, end, opensSentence(d, int(s.Start), int(n.Start)-n.Title.Len()))
			out = append(out, n)
			i = e
			if !n.Appos.Empty() && d.Text[d.Tokens[e].Start] == '(' {
				i = int(n.Appos.End) // a party label or code: "(D-Mo.)"
			}
		}
	}
	return out
}

// honorific returns the gender an honorific at token i shows, and whether
// it is one.
func (a *Analyzer) honorific(d *Doc, i int) (Gender, bool) {
	t := d.Tokens[i]
	if t.Kind != Word || t.Shape&(Cap|Upper) == 0 {
		return Unknown, false
	}
	w := d.Lower(i)
	if g, ok := a.honorifics[strings.TrimSuffix(w, ".")]; ok {
		return g, true
	}
	return Unknown, t.Shape&Dots != 0 && a.abbr.class(d.TokenText(i)) == AbbrevTitle
}

// titleBefore reads the title, honorifics and modifiers that open at token
// i: it returns whether there are any, the gender an honorific shows, and
// the index just past them (i when there are none).
func (a *Analyzer) titleBefore(d *Doc, i, end int) (bool, Gender, int) {
	g := Unknown
	k := i
	found := false
	for k < end {
		if e := a.titles.match(d, k, end); e > k {
			k, found = e, true
			continue
		}
		if hg, ok := a.honorific(d, k); ok {
			if hg != Unknown {
				g = hg
			}
			k++
			found = true
			continue
		}
		// a modifier of the title after it: "NATO", "U.S.", "Polish"
		if t := d.Tokens[k]; t.Kind == Word && t.Shape&Cap != 0 && !notNames[d.Lower(k)] && k+1 < end {
			if e := a.titles.match(d, k+1, end); e > k+1 {
				k, found = e, true
				continue
			}
		}
		break
	}
	if !found {
		return false, Unknown, i
	}
	// "the President" takes no name after it; "of" chains are in the title
	return true, g, k
}

// namePart reports whether token k can be a word of a name.
func namePart(d *Doc, k int) bool {
	t := d.Tokens[k]
	if t.Kind != Word || t.Shape&Cap == 0 || t.Shape&Digit != 0 {
		return false
	}
	return !notNames[strings.TrimSuffix(d.Lower(k), ".")]
}

// nameRun returns the end of the name that starts at token k (k when none
// does).
func nameRun(d *Doc, k, end int) int {
	e := k
	for j := k; j < end; {
		t := d.Tokens[j]
		switch {
		case namePart(d, j) && (j == k || t.Gap <= Space):
			j++
			e = j
			if t.Shape&Possessive != 0 {
				return e
			}
		case j > k && t.Kind == Word && t.Shape&Lower != 0 && particles[d.Lower(j)] && particleLeads(d, j+1, end):
			j++ // "von der Leyen"
		case j > k && isHyphen(d, j) && t.Gap == NoGap && j+1 < end && d.Tokens[j+1].Gap == NoGap && namePart(d, j+1):
			j++ // "Jean-Yves", "al-Rahman"
		case e > k && e == j && t.Gap == Space && t.Kind == Word && suffixes[d.Lower(j)]:
			return j + 1
		default:
			return e
		}
	}
	return e
}

// particleLeads reports whether a particle before token j leads on to a
// name: another particle, a hyphen joined to a name, or a name.
func particleLeads(d *Doc, j, end int) bool {
	for ; j < end; j++ {
		t := d.Tokens[j]
		switch {
		case t.Gap == Space && namePart(d, j):
			return true
		case t.Gap == NoGap && isHyphen(d, j):
			return j+1 < end && d.Tokens[j+1].Gap == NoGap && namePart(d, j+1)
		case t.Gap == Space && t.Kind == Word && t.Shape&Lower != 0 && particles[d.Lower(j)]:
			continue
		default:
			return false
		}
	}
	return false
}

func isHyphen(d *Doc, j int) bool {
	t := d.Tokens[j]
	return t.Kind == Punct && d.Text[t.Start] == '-'
}

// appos returns the apposition or parenthesis that follows a name ending
// at token e, or an empty span. The apposition of a name that opens its
// sentence must close with a comma before the sentence goes on ("Doe, a
// nurse, said"); after a verb it may end the sentence ("said Jane Doe, a
// nurse.").
func (a *Analyzer) appos(d *Doc, e, end int, opens bool) Span {
	if e >= end || d.Tokens[e].Kind != Punct {
		return Span{}
	}
	switch d.Text[d.Tokens[e].Start] {
	case '(':
		for j := e + 1; j < end && j <= e+maxAppos; j++ {
			if d.Tokens[j].Kind == Punct && d.Text[d.Tokens[j].Start] == ')' {
				if j > e+1 {
					return Span{int32(e + 1), int32(j)}
				}
				return Span{}
			}
		}
	case ',':
		s := e + 1
		if s >= end {
			return Span{}
		}
		first := d.Tokens[s]
		next := ""
		if s+1 < end {
			next = d.Lower(s + 1)
		}
		if first.Kind != Word || OpensClause(d.Lower(s), next) {
			return Span{}
		}
		j := s
		for ; j < end && j < s+maxAppos; j++ {
			t := d.Tokens[j]
			if t.Kind == Quote {
				return Span{}
			}
			if t.Kind == Punct {
				c := d.Text[t.Start]
				if c == ',' || c == ';' || c == '(' || c == ')' || c == '.' || c == ':' || c == '!' || c == '?' {
					break
				}
			}
		}
		if j == s || j == s+maxAppos {
			return Span{}
		}
		if opens && (j >= end || d.Text[d.Tokens[j].Start] != ',') {
			return Span{}
		}
		// a description: a determiner, a number (an age), a lower-case
		// noun phrase, or capitalised words holding a title
		if first.Shape&(Cap|Upper) != 0 {
			for k := s; k < j; k++ {
				if a.titles.match(d, k, j) > k {
					return Span{int32(s), int32(j)}
				}
			}
			return Span{}
		}
		return Span{int32(s), int32(j)}
	}
	return Span{}
}

// OpensClause reports whether the lower-case word w, followed by the
// lower-case word next, opens a clause rather than an apposition after a
// name's comma: a relative ("who"), an auxiliary ("has"), a conjunction
// or another word that is no part of a description ("and", "but"), or a
// verb in the past with its object ("welcomed the", "praised their"); not
// a participle that describes ("aged 70", "retired teacher").
func OpensClause(w, next string) bool {
	if relatives[w] || auxiliaries[w] || notNames[w] && !determiners[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && w != "aged" && determiners[next]
}

// opensSentence reports whether token k opens its sentence (which starts
// at token s), after opening quotation marks, brackets or dashes at most.
func opensSentence(d *Doc, s, k int) bool {
	for j := s; j < k; j++ {
		t := d.Tokens[j]
		if t.Kind == Quote || t.Kind == Punct && (d.Text[t.Start] == '(' || d.Text[t.Start] == '-' || d.Text[t.Start] == '[') {
			continue
		}
		return false
	}
	return true
}

// wordSet is a Bloom filter of the lower-case words of a text: a set with
// a small chance of false positives and no allocation.
type wordSet [1 << 11]uint64 // 2^17 bits

func (w *wordSet) reset() { *w = wordSet{} }

func (w *wordSet) hashes(s string) (uint32, uint32) {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	h1 := h & (1<<17 - 1)
	h2 := (h >> 15) * 2654435761 >> 15 & (1<<17 - 1)
	return h1, h2
}

func (w *wordSet) add(s string) {
	a, b := w.hashes(s)
	w[a>>6] |= 1 << (a & 63)
	w[b>>6] |= 1 << (b & 63)
}

func (w *wordSet) has(s string) bool {
	a, b := w.hashes(s)
	return w[a>>6]&(1<<(a&63)) != 0 && w[b>>6]&(1<<(b&63)) != 0
}

// fill adds every lower-case word of d.
func (w *wordSet) fill(d *Doc) {
	for i, t := range d.Tokens {
		if t.Kind == Word && t.Shape&Lower != 0 {
			w.add(d.Lower(i))
		}
	}
}
