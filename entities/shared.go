// Reading the shared analysis: the entities stage takes its tokens from the
// body's one analysis (internal/text) instead of scanning the body again.

package entities

import (
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// FindDoc is Find over an analysis of the text made once for every stage;
// its results are those of Find(d.Text).
func (x *Extractor) FindDoc(d *text.Doc) ([]Official, []Country) {
	return x.findDoc(d, 0)
}

// findDoc is FindDoc for a document of day (YYYYMMDD, 0 when unknown).
func (x *Extractor) findDoc(d *text.Doc, day int) ([]Official, []Country) {
	sc := x.docScratch(d)
	defer x.putScratch(sc)
	return x.officialsAt(d.Text, sc, day), x.pageCountries(d.Text, sc)
}

// docScratch fills recycled buffers with the tokens and classes of d;
// putScratch returns them.
func (x *Extractor) docScratch(d *text.Doc) *scratch {
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	if want := fromDocBound(d); cap(sc.toks) < want {
		sc.toks = make([]tok, 0, want)
	}
	sc.toks = fromDoc(sc.toks[:0], d)
	if cap(sc.cls) < len(sc.toks) {
		sc.cls = make([]uint16, len(sc.toks), cap(sc.toks))
	}
	sc.cls = sc.cls[:len(sc.toks)]
	x.classesInto(sc.cls, d.Text, sc.toks)
	sc.toks, sc.cls = x.dropTitleAcronyms(sc.toks, sc.cls, d.Text)
	return sc
}

// fromDocBound returns at least the number of tokens fromDoc makes of d,
// and for most texts exactly that: the buffer is made once, at its size,
// which on a page of tens of megabytes is tens of megabytes less than a
// fixed margin and never grows (doubling) on a text of many abbreviations.
func fromDocBound(d *text.Doc) int {
	n := 0
	for i := 0; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		switch t.Kind {
		case text.Word:
			n++
			if t.Shape&text.Abbrev != 0 {
				n++ // the word, then its full stop
			}
		case text.Clitic:
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Gap == text.NoGap {
				// a run read again by tokenize: at most a token a byte
				j := i + 1
				for j+1 < len(d.Tokens) && d.Tokens[j+1].Gap == text.NoGap {
					j++
				}
				n += int(d.Tokens[j].End - t.Start)
				i = j
				continue
			}
			n += 2 // the apostrophe, then the word
		default:
			n++
		}
	}
	return n
}

// fromDoc appends the shared tokens of d in this package's form: quotation
// marks and possessive endings are punctuation ("'" then the word "s"), and
// a dotted abbreviation other than an initial keeps its dot apart ("Mr",
// ".").
func fromDoc(dst []tok, d *text.Doc) []tok {
	s := d.Text
	prev := int32(0)
	for i := 0; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		nl, sp := gapOf(s[prev:t.Start])
		prev = t.End
		switch t.Kind {
		case text.Word:
			var flags uint8
			if t.Shape&text.Cap != 0 {
				flags |= fCap
			}
			if t.Shape&text.Upper != 0 {
				flags |= fUpper
			}
			if t.Shape&text.Lower != 0 {
				flags |= fLower
			}
			if t.Shape&text.Digit != 0 {
				flags |= fDigit
			}
			e := t.End
			switch {
			case t.Shape&text.Abbrev != 0:
				e-- // "Mr." is the word "Mr" and a full stop here
			case t.Shape&text.Dots != 0:
				flags |= fDots
			}
			dst = append(dst, tok{s: t.Start, e: e, kind: kWord, flags: flags, nl: nl, sp: sp})
			if e < t.End {
				dst = append(dst, tok{s: e, e: t.End, kind: kPunct})
			}
		case text.Clitic:
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Gap == text.NoGap {
				// "X'S.A.", "B'S'00": what touches the ending may join it
				// here; read that run of text as this package does
				j := i + 1
				for j+1 < len(d.Tokens) && d.Tokens[j+1].Gap == text.NoGap {
					j++
				}
				run := len(dst)
				dst = tokenize(dst, s[t.Start:d.Tokens[j].End])
				for k := run; k < len(dst); k++ {
					dst[k].s += t.Start
					dst[k].e += t.Start
				}
				prev, i = d.Tokens[j].End, j
				break
			}
			// "'s": the apostrophe, then "s" as a word
			_, n := utf8.DecodeRuneInString(s[t.Start:t.End])
			dst = append(dst, tok{s: t.Start, e: t.Start + int32(n), kind: kPunct, nl: nl, sp: sp})
			if int(t.Start)+n < int(t.End) {
				w := tok{s: t.Start + int32(n), e: t.End, kind: kWord, flags: fLower}
				if s[t.End-1] == 'S' {
					w.flags = fCap | fUpper
				}
				dst = append(dst, w)
			}
		default:
			dst = append(dst, tok{s: t.Start, e: t.End, kind: kPunct, nl: nl, sp: sp})
		}
	}
	return dst
}

// gapOf reads white space before a token as this package's tokenizer does:
// the line breaks in it (at most two) and whether there is any.
func gapOf(ws string) (nl uint8, sp bool) {
	for i := 0; i < len(ws); i++ {
		if ws[i] == '\n' && nl < 2 {
			nl++
		}
	}
	return nl, len(ws) > 0
}
