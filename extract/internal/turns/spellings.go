package turns

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads how the body spells the words of labels written in
// capitals ("MCDONOUGH" → "McDonough"), and the body's words one at a
// time, for the speakers' display names.

// spellings remembers how a page spells the words of its capitalised
// labels, so that a page with a hundred labels of one speaker is read once
// per word, and a word it never writes in mixed case once in all.
type spellings struct {
	memo  map[string]string // a label word or "\x00"+label → its spelling
	mixed map[string]string // lower case → the first spelling not in capitals; built on need
	scans int               // words looked for by a scan of the body, before mixed is built
}

// spellingScans is the number of words looked for by a scan of the body
// before an index of its words is built: a short page of few labels is
// cheaper to scan than to index.
const spellingScans = 8

// mixedCaseName returns the spelling the page gives a name written in
// capitals in a label ("MCDONOUGH" → "McDonough"), or its title case.
func mixedCaseName(body, caps string, sp *spellings) string {
	if m, ok := sp.memo["\x00"+caps]; ok {
		return m
	}
	out := mixedCaseWords(body, caps, sp)
	sp.memo["\x00"+caps] = out
	return out
}

// mixedCaseWords looks up each word of caps.
func mixedCaseWords(body, caps string, sp *spellings) string {
	ws := strings.Fields(caps)
	for i, w := range ws {
		found, ok := sp.memo[w]
		if !ok {
			found = sp.find(body, w)
			sp.memo[w] = found
		}
		if found != "" {
			ws[i] = found
		} else if turnAllCaps(w) && len(w) > 1 {
			ws[i] = turnTitleCase(w) // "JAMES", written nowhere else
		}
	}
	return strings.Join(ws, " ")
}

// find finds w in body, case-insensitively, written in mixed case.
func (sp *spellings) find(body, w string) string {
	if len(w) < 2 {
		return ""
	}
	// Most often the page spells it as the title case w already is.
	if !turnAllCaps(w) {
		for range wholeWords(body, w) {
			return w
		}
	}
	if sp.mixed == nil && sp.scans < spellingScans {
		sp.scans++
		for i := 0; i < len(body); {
			s, e := nextTurnWord(body, i)
			if s < 0 {
				break
			}
			i = e
			if e-s == len(w) && strings.EqualFold(body[s:e], w) && !turnAllCaps(body[s:e]) {
				return body[s:e]
			}
		}
		return ""
	}
	if sp.mixed == nil {
		sp.mixed = map[string]string{}
		for i := 0; i < len(body); {
			s, e := nextTurnWord(body, i)
			if s < 0 {
				break
			}
			i = e
			if e-s > 1 && !turnAllCaps(body[s:e]) {
				k := strings.ToLower(body[s:e])
				if _, ok := sp.mixed[k]; !ok {
					sp.mixed[k] = body[s:e]
				}
			}
		}
	}
	return sp.mixed[strings.ToLower(w)]
}

// wholeWords yields the start and end of each occurrence of w in body
// that is a whole word (wordAt), in body order.
func wholeWords(body, w string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		if w == "" {
			return
		}
		for i := 0; i < len(body); {
			k := strings.Index(body[i:], w)
			if k < 0 {
				return
			}
			s, e := i+k, i+k+len(w)
			i = e
			if wordAt(body, s, e) && !yield(s, e) {
				return
			}
		}
	}
}

// wordAt reports whether body[s:e] is a whole word.
func wordAt(body string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(body[:s])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	if e < len(body) {
		r, _ := utf8.DecodeRuneInString(body[e:])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	return true
}

// countTurnWordFold counts the words of body equal to w, ignoring case.
func countTurnWordFold(body, w string) int {
	n := 0
	for i := 0; i < len(body); {
		s, e := nextTurnWord(body, i)
		if s < 0 {
			break
		}
		i = e
		if e-s == len(w) && strings.EqualFold(body[s:e], w) {
			n++
		}
	}
	return n
}

// nextTurnWord returns the span of the next word at or after i: letters and
// marks, with inner hyphens and apostrophes.
func nextTurnWord(body string, i int) (int, int) {
	for i < len(body) {
		if c := body[i]; c < utf8.RuneSelf {
			if asciiLetter(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	if i >= len(body) {
		return -1, -1
	}
	s := i
	for i < len(body) {
		n := 1
		if c := body[i]; c < utf8.RuneSelf {
			if asciiLetter(c) {
				i++
				continue
			}
			if c != '-' && c != '\'' {
				break
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(body[i:])
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				i += n
				continue
			}
			if r != '’' {
				break
			}
		}
		// '-', '\'' or '’' inside a word: "Jean-Pierre", "O'Neill"
		if i+n < len(body) {
			if c := body[i+n]; c < utf8.RuneSelf && asciiLetter(c) {
				i += n
				continue
			}
			if r2, _ := utf8.DecodeRuneInString(body[i+n:]); r2 >= utf8.RuneSelf && unicode.IsLetter(r2) {
				i += n
				continue
			}
		}
		break
	}
	return s, i
}
