// The analysis of a text: the Analyzer that is built once and the Doc it
// returns, holding tokens, sentences, paragraphs and name chunks as offsets
// into the text.

package text

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Analyzer reads texts into Docs. Build it once with NewAnalyzer; it is
// safe for concurrent use.
type Analyzer struct {
	abbr       abbrevs
	honorifics map[string]Gender
	titles     *phrases
}

// NewAnalyzer returns an Analyzer with the built-in vocabulary and lex's
// additions.
func NewAnalyzer(lex Lexicon) *Analyzer {
	a := &Analyzer{abbr: abbrevs{m: builtinAbbrevs()}, honorifics: builtinHonorifics()}
	for w, c := range lex.Abbreviations {
		a.abbr.m[strings.TrimSuffix(w, ".")] = c
	}
	for w, g := range lex.Honorifics {
		a.honorifics[strings.ToLower(strings.TrimSuffix(w, "."))] = g
	}
	a.titles = newPhrases(lex.Titles, &a.abbr)
	return a
}

// Builtin returns an Analyzer with the built-in vocabulary alone, built on
// the first call and shared: a stage that tokenises a text it is given
// alone reads it with this one. It is only read.
var Builtin = sync.OnceValue(func() *Analyzer { return NewAnalyzer(Lexicon{}) })

// Span is a range of token indexes, [Start, End).
type Span struct {
	Start, End int32
}

// Len returns the number of tokens in the span.
func (s Span) Len() int { return int(s.End - s.Start) }

// Empty reports a span with no token.
func (s Span) Empty() bool { return s.End <= s.Start }

// Name is a name chunk: a run of capitalised words (with initials,
// particles such as "de" and "al-", and suffixes such as "Jr.") with the
// title or honorifics just before it and the apposition or parenthesis just
// after it. Which names are people, organisations or places is for the
// stages to decide.
type Name struct {
	// Span is the name's own tokens ("Mark Rutte").
	Span
	// Title is the office title, honorifics and their modifiers before the
	// name ("NATO Secretary General", "Mr.", "Polish Foreign Minister"),
	// empty when there is none.
	Title Span
	// Appos is what describes the name just after it: a comma-delimited
	// apposition (", chief economist at FTN Financial,") or a parenthesis
	// ("(D-Mo.)"), without its delimiters; empty when there is none.
	Appos Span
	// Gender is what an honorific before the name shows.
	Gender Gender
}

// Doc is the analysis of one text. Every stage reads it; none scans the
// text again for words. All positions are offsets into Text (bytes) or
// into Tokens (indexes). A Doc is not safe for concurrent use: Names
// fills it on first use.
type Doc struct {
	Text   string
	Tokens []Token
	// Sentences and Paragraphs are token ranges in order; every token is
	// in exactly one of each.
	Sentences  []Span
	Paragraphs []Span

	a     *Analyzer
	names []Name
	named bool // names holds the name chunks

	lower     string   // Text with its letters lower-cased where that keeps their length
	lowered   bool     // lower is made (on the first call of Lower)
	lowerSeen *wordSet // the lower-case words of the text, for the name chunker
}

// Analyze returns the analysis of text. Texts over 2 GiB are analysed up
// to that size.
func (a *Analyzer) Analyze(text string) *Doc {
	d := new(Doc)
	a.AnalyzeInto(d, text)
	return d
}

// AnalyzeInto analyses text into d, reusing d's slices.
func (a *Analyzer) AnalyzeInto(d *Doc, text string) {
	d.Text = text
	if d.lowerSeen == nil {
		d.lowerSeen = new(wordSet)
	}
	d.lower, d.lowered = "", false
	if want := len(text)/5 + 16; cap(d.Tokens) < want {
		// one allocation of about the right size, not a series of
		// copies: a token and its space take five to six bytes
		d.Tokens = make([]Token, 0, want)
	}
	d.Tokens = tokenize(d.Tokens[:0], text, &a.abbr)
	d.Sentences, d.Paragraphs = a.split(d, d.Sentences[:0], d.Paragraphs[:0])
	d.a, d.names, d.named = a, d.names[:0], false
}

// TokenizeRange reads only the tokens of text[from:to] into d, as if that
// part stood alone, with offsets into text, reusing d's slices: a stage
// given a text alone reads the parts it needs and pays for no more. d has
// no sentences or paragraphs after it.
func (a *Analyzer) TokenizeRange(d *Doc, text string, from, to int) {
	toks := d.Tokens[:0]
	a.AnalyzeInto(d, "")
	d.Text = text
	d.Tokens = tokenizeRange(toks, text, max(from, 0), to, &a.abbr)
}

// Reset empties d, keeping its slices' memory for the next AnalyzeInto
// and letting go of the text.
func (d *Doc) Reset() {
	d.Text, d.lower, d.lowered = "", "", false
	d.Tokens, d.Sentences, d.Paragraphs = d.Tokens[:0], d.Sentences[:0], d.Paragraphs[:0]
	d.names, d.named = d.names[:0], false
}

// Names returns the name chunks of the text in order, finding them on the
// first call: a stage that needs none costs nothing.
func (d *Doc) Names() []Name {
	if !d.named && d.a != nil {
		d.names = d.a.names(d, d.names[:0])
		d.named = true
	}
	return d.names
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// Lower returns the lower-cased text of token i, without allocating. A
// letter whose lower case is longer in UTF-8 is left as it is.
//
// The first call lower-cases the whole text once; a stage that never
// needs it costs nothing.
func (d *Doc) Lower(i int) string {
	if !d.lowered {
		d.lower, d.lowered = lowerSameLength(d.Text), true
	}
	t := d.Tokens[i]
	return d.lower[t.Start:t.End]
}

// Bytes returns the byte range [start, end) of the text that span s covers;
// (0, 0) for an empty span.
func (d *Doc) Bytes(s Span) (start, end int) {
	if s.Empty() {
		return 0, 0
	}
	return int(d.Tokens[s.Start].Start), int(d.Tokens[s.End-1].End)
}

// SpanText returns the text that span s covers, from its first token's
// start to its last token's end.
func (d *Doc) SpanText(s Span) string {
	a, b := d.Bytes(s)
	return d.Text[a:b]
}

// SentenceOf returns the index of the sentence holding token i.
func (d *Doc) SentenceOf(i int) int {
	return sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > int32(i) })
}

// TokenAt returns the index of the first token that ends after byte offset
// off (len(d.Tokens) when none does).
func (d *Doc) TokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(k int) bool { return int(d.Tokens[k].End) > off })
}

// lowerSameLength lower-cases s, keeping each rune whose lower case has
// another length in UTF-8. It returns s itself when s has no capital.
func lowerSameLength(s string) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
			continue
		}
		if c < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		}
		i += n - 1
	}
	return string(b)
}
