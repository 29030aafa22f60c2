// This file splits a line into tokens: words, numbers, digit clusters and
// punctuation, each word with its entry in the word table.

package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord    tokKind = iota + 1
	tNum             // a run of digits, maybe with an ordinal suffix ("26th")
	tCluster         // digits joined by - / . : , or an en dash ("26/03/2025", "12:28", "24-25", "4.7")
	tPunct           // any other single character
)

type token struct {
	start, end int
	kind       tokKind
	gap        bool   // white space before the token
	capital    bool   // a word beginning with an upper-case letter
	ordinal    bool   // a number with an ordinal suffix
	digits     int8   // digits of a tNum
	n          int32  // value of a tNum (capped)
	wi         uint16 // 1 + index of the word's entry in the table; 0 if none
}

// inf returns the table entry of a word token; a zero entry for others.
func (t *token) inf() *wordInfo {
	if t.wi == 0 {
		return &noInfo
	}
	return &words.list[t.wi-1].info
}

// lexLine splits text[start:end] (one line) into tokens, appending to toks.
func (p *Parser) lexLine(text string, start, end int, toks []token) []token {
	gap := true
	i := start
	for i < end {
		c := text[i]
		switch byteClass[c] {
		case clSpace:
			gap = true
			i++
			continue
		case clDigit:
			var t *token
			toks, t = pushToken(toks, i, i, tNum, gap)
			i = lexNumber(t, text, i, end)
		case clLetter:
			j := i + 1
			for j < end && byteClass[text[j]] == clLetter {
				j++
			}
			for j < end {
				d := text[j]
				if d < utf8.RuneSelf {
					if byteClass[d] != clLetter {
						break
					}
					j++
					continue
				}
				r, sz := utf8.DecodeRuneInString(text[j:end])
				if !unicode.IsLetter(r) {
					break
				}
				j += sz
			}
			if k := p.gluedCalendar(text[i:j]); k > 0 {
				// "LeadersApril 29, 2025": a scrape glued a month or a
				// weekday to the word before it; read them apart
				var t *token
				toks, t = pushToken(toks, i, i+k, tWord, gap)
				p.word(text, t)
				i, gap = i+k, true
			}
			if solid, k := hyphenedDay(text, i, j, end); k > 0 {
				// "to-day", "to-morrow", "to-night": the older spellings
				var t *token
				toks, t = pushToken(toks, i, k, tWord, gap)
				t.capital = text[i] == 'T'
				t.wi = p.words.lookup(solid)
				i = k
				break
			}
			var t *token
			toks, t = pushToken(toks, i, j, tWord, gap)
			p.word(text, t)
			i = j
		case clPunct:
			toks, _ = pushToken(toks, i, i+1, tPunct, gap)
			i++
		default:
			r, sz := utf8.DecodeRuneInString(text[i:end])
			switch r {
			case '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u2026':
				// common punctuation: quotes, dashes, the ellipsis
				toks, _ = pushToken(toks, i, i+sz, tPunct, gap)
				i += sz
				gap = false
				continue
			}
			if r == 0xA0 || r == 0x2009 || r == 0x202F || r == 0x2007 || (r != utf8.RuneError && unicode.IsSpace(r)) {
				gap = true
				i += sz
				continue
			}
			if r != utf8.RuneError && unicode.IsLetter(r) {
				j := i + sz
				for j < end {
					d := text[j]
					if d < utf8.RuneSelf {
						if !isASCIILetter(d) {
							break
						}
						j++
						continue
					}
					r2, sz2 := utf8.DecodeRuneInString(text[j:end])
					if !unicode.IsLetter(r2) {
						break
					}
					j += sz2
				}
				var t *token
				toks, t = pushToken(toks, i, j, tWord, gap)
				p.word(text, t)
				i = j
			} else {
				toks, _ = pushToken(toks, i, i+sz, tPunct, gap)
				i += sz
			}
		}
		gap = false
	}
	return toks
}

// pushToken appends a token of the kind over text[start:end] and returns
// it. It writes the fields in the slice's own slot: appending a composite
// literal built it on the stack and copied it over, and in profiles that
// copy stalled on reading back the bytes just written, once a token.
func pushToken(toks []token, start, end int, kind tokKind, gap bool) ([]token, *token) {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.start, t.end, t.kind, t.gap = start, end, kind, gap
	return toks, t
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// Byte classes for the lexer.
const (
	clPunct uint8 = iota
	clSpace
	clDigit
	clLetter
	clHigh // the first or a later byte of a multi-byte character
)

// byteClass is a read-only table of the class of every byte.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = clHigh
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = clSpace
		case c >= '0' && c <= '9':
			t[c] = clDigit
		case isASCIILetter(byte(c)):
			t[c] = clLetter
		default:
			t[c] = clPunct
		}
	}
	return
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// word fills in a word token: its case and its entry in the table.
func (p *Parser) word(text string, t *token) {
	c := text[t.start]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[t.start:t.end])
		t.capital = unicode.IsUpper(r)
		return
	}
	t.capital = c >= 'A' && c <= 'Z'
	t.wi = p.words.lookup(text[t.start:t.end])
}

// hyphenedDay reads the older spelling of a relative day at i, the word
// [i, j) "to" joined by a hyphen to "day", "morrow" or "night": it returns
// the solid form and the end, or "", 0; not in "day-to-day".
func hyphenedDay(text string, i, j, end int) (string, int) {
	if j-i != 2 || j+4 > end || text[j] != '-' || text[i]|0x20 != 't' || text[i+1]|0x20 != 'o' || i > 0 && text[i-1] == '-' {
		return "", 0
	}
	for _, w := range [...]struct{ tail, solid string }{{"day", "today"}, {"morrow", "tomorrow"}, {"night", "tonight"}} {
		k := j + 1 + len(w.tail)
		if k <= end && strings.EqualFold(text[j+1:k], w.tail) && (k == end || !isASCIILetter(text[k])) {
			return w.solid, k
		}
	}
	return "", 0
}

// allCaps reports whether the word token t is written in capitals.
func allCaps(text string, t *token) bool {
	if t.end-t.start < 2 {
		return false
	}
	for k := t.start; k < t.end; k++ {
		if text[k] < 'A' || text[k] > 'Z' {
			return false
		}
	}
	return true
}

// lexNumber reads a number or a numeric cluster starting at text[i] into
// t, a tNum token that starts there, and returns where it ends.
func lexNumber(t *token, text string, i, end int) int {
	j := i
	n := 0
	for j < end && isDigit(text[j]) {
		if n < 1e8 {
			n = n*10 + int(text[j]-'0')
		}
		j++
	}
	t.n = int32(n)
	if j-i > 9 {
		t.digits = 9
	} else {
		t.digits = int8(j - i)
	}
	// A cluster: digits joined by separators.
	for j < end {
		c := text[j]
		sep := 0
		switch c {
		case '-', '/', '.', ':', ',':
			sep = 1
		case 0xE2: // en dash U+2013 is E2 80 93; the hyphens U+2010-2012 E2 80 90-92
			if j+2 < end && text[j+1] == 0x80 && text[j+2] >= 0x90 && text[j+2] <= 0x93 {
				sep = 3 // ("2024‑11‑06": a non-breaking hyphen)
			}
		}
		if sep == 0 || j+sep >= end || !isDigit(text[j+sep]) {
			break
		}
		t.kind = tCluster
		j += sep
		for j < end && isDigit(text[j]) {
			j++
		}
	}
	if t.kind == tNum && j+1 < end {
		// Ordinal suffix: 1st 2nd 3rd 26th, not followed by a letter.
		a, b := text[j]|0x20, text[j+1]|0x20
		if (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h') {
			// glued to a capitalised word ("14thJune 2025", a scrape's lost
			// space), the suffix ends there too
			glued := j+3 < end && text[j+2] >= 'A' && text[j+2] <= 'Z' && text[j+3] >= 'a' && text[j+3] <= 'z'
			if j+2 >= end || !isASCIILetter(text[j+2]) || glued {
				t.ordinal = true
				j += 2
			}
		} else if a == ' ' && j-t.start <= 2 && j+3 <= end && (j+3 == end || !isASCIILetter(text[j+3])) {
			// a superscript suffix that a scrape set apart: "the 16 th
			// into the 17 th September 2022"
			switch text[j+1 : j+3] {
			case "st", "nd", "rd", "th":
				if ordinalSuffixFits(int(t.n), text[j+1:j+3]) {
					t.ordinal = true
					j += 3
				}
			}
		}
	}
	t.end = j
	return j
}

// gluedCalendar returns where a month or weekday name starts at the end of
// an ASCII word glued to it ("LeadersApril" → 7), or 0.
func (p *Parser) gluedCalendar(w string) int {
	for k := len(w) - 3; k >= 1; k-- {
		c := w[k]
		if c < 'A' || c > 'Z' {
			continue
		}
		if d := w[k-1]; d >= 'a' && d <= 'z' && k >= 3 && w[:k] != "Mac" {
			// a full month or weekday name of the word table, not an
			// abbreviation; not after "Mc" or "Mac", a name's prefix
			if wi := p.words.lookup(w[k:]); wi != 0 {
				if inf := &p.words.list[wi-1].info; (inf.month != 0 || inf.weekday != 0) && !inf.abbr {
					return k
				}
			}
		}
		return 0 // only the last capital can start the name
	}
	return 0
}

// ordinalSuffixFits reports whether suffix is the English ordinal suffix of
// n: "1st", "2nd", "3rd", "11th", "16th", "22nd".
func ordinalSuffixFits(n int, suffix string) bool {
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return suffix == want
}
