package events

// The event finder's tokens, read from the shared analysis of the body:
// its words cut where the finder's word ends (at a full stop or a curly
// apostrophe) and joined where a hyphen or an
// apostrophe binds two ("Kosiniak-Kamysz", "O'Brien", "Rutte's"), each
// marked inside or outside quotation marks.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// reader gives the parts of one body as tokens.
type reader struct {
	body string
	// doc is the shared analysis of body (or of a copy of it of the same
	// length whose markup is blanked); nil when the body came alone, and
	// each part read is then tokenised into own when it is read
	doc *text.Doc
	own *text.Doc
	// low is the part being read with its ASCII letters in lower case,
	// from byte lowAt of body
	low   string
	lowAt int
}

// newReader returns a reader of body; d is its analysis or nil.
func newReader(body string, d *text.Doc, own *text.Doc) *reader {
	if d != nil && len(d.Text) != len(body) {
		d = nil
	}
	return &reader{body: body, doc: d, own: own}
}

// tokens splits body[from:to] into words and punctuation (offsets into
// body), appending to buf[:0] and marking the words inside quotation
// marks (curly quotes pair up; straight double quotes toggle; a line
// break closes an open quote).
func (r *reader) tokens(buf []evTok, from, to int) []evTok {
	body := r.body
	to = min(to, len(body))
	toks := buf[:0]
	if from >= to {
		return toks
	}
	if need := (to-from)/4 + 8; cap(toks) < need {
		// a token about every four bytes of prose, words and marks: the
		// buffer is made once for the span, at least twice as large as
		// the one it replaces, and seldom grows (leaving its copies
		// behind) as a buffer made for a shorter span would
		toks = make([]evTok, 0, max(need, 2*cap(toks)))
	}
	r.low, r.lowAt = asciiLower(body[from:to]), from
	d := r.doc
	if d == nil {
		if r.own == nil {
			r.own = new(text.Doc)
		}
		d = r.own
		text.Builtin().TokenizeRange(d, body, from, to)
	}
	ts := d.Tokens
	quoted := false
	last := from // the end of the last token read: a line break after it closes a quote
	for k := d.TokenAt(from); k < len(ts) && int(ts[k].Start) < to; k++ {
		t := ts[k]
		s, e := max(int(t.Start), from), min(int(t.End), to)
		if strings.IndexByte(body[last:s], '\n') >= 0 {
			quoted = false
		}
		last = e
		toks, quoted = r.pieces(toks, body[:to], s, e, quoted)
	}
	return toks
}

// pieces appends the finder's tokens of the analysis's token body[s:e]:
// a word is letters and digits (and the combining marks after them), with
// an inner hyphen or straight apostrophe before a letter; any other rune is a token of its own. A word
// that touches the last token appended across such a hyphen or apostrophe
// joins it. It returns the tokens and whether a quotation is open after
// them.
func (r *reader) pieces(toks []evTok, body string, s, e int, quoted bool) ([]evTok, bool) {
	for i := s; i < e; {
		c := body[i]
		var ru rune
		sz := 1
		if c < utf8.RuneSelf {
			ru = rune(c)
		} else {
			ru, sz = utf8.DecodeRuneInString(body[i:])
		}
		if !(c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) && !(c >= utf8.RuneSelf && (unicode.IsLetter(ru) || unicode.IsDigit(ru))) {
			switch ru {
			case '\u201c', '\u00ab':
				quoted = true
			case '\u201d', '\u00bb':
				quoted = false
			case '"':
				quoted = !quoted
			}
			toks = append(toks, evTok{start: i, end: i + sz, quoted: quoted})
			i += sz
			continue
		}
		j := i + sz
		for j < e {
			c2 := body[j]
			if c2 < utf8.RuneSelf {
				if c2 >= 'a' && c2 <= 'z' || c2 >= 'A' && c2 <= 'Z' || c2 >= '0' && c2 <= '9' {
					j++
					continue
				}
				if c2 == '\'' && j+1 < len(body) {
					if r3, _ := utf8.DecodeRuneInString(body[j+1:]); unicode.IsLetter(r3) {
						j++
						continue
					}
				}
				break
			}
			r2, sz2 := utf8.DecodeRuneInString(body[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && !unicode.IsMark(r2) {
				break // a combining mark stays in its word ("é" written e and U+0301)
			}
			j += sz2
		}
		// a word after a hyphen or apostrophe that ends the word before:
		// one word ("Kosiniak-Kamysz", "Rutte's")
		if n := len(toks); n >= 2 && unicode.IsLetter(ru) && toks[n-1].end == i && toks[n-1].end-toks[n-1].start == 1 &&
			(body[i-1] == '-' || body[i-1] == '\'') && toks[n-2].word && toks[n-2].end == i-1 {
			w := &toks[n-2]
			w.end = j
			w.low = r.low[w.start-r.lowAt : j-r.lowAt]
			toks = toks[:n-1]
			i = j
			continue
		}
		toks = append(toks, evTok{low: r.low[i-r.lowAt : j-r.lowAt], start: i, end: j, word: true, capital: unicode.IsUpper(ru), quoted: quoted})
		i = j
	}
	return toks, quoted
}
