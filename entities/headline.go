// Headline case: a line whose every long word is capitalised ("Joint
// Statement Regarding Continued Cooperation"), where a capital is no sign of
// a name. There a word the text writes in lower case elsewhere ("regarding",
// "following") is a common word, not part of a name.

package entities

import (
	"sort"
	"strings"
)

// headlineMinWords is the fewest long words (four letters or more) a line
// needs to be read as set in headline case; headlineMaxWords the most
// words a headline has.
// headlineLookups is how many times a document's text is searched for a
// headline's name: the search reads the whole text, so a page of many
// headline-case lines pays for a few, not for each.
const (
	headlineMinWords = 3
	headlineMaxWords = 40
	headlineLookups  = 8
)

// headlineCase reports whether token i lies on a line set in headline case.
// The last line asked about is remembered, as names are parsed in order.
func (p *parser) headlineCase(i int) bool {
	// a headline is short: a line start further back than any headline's
	// length means a long line, and keeps the cost of a call bounded
	start := i
	for start > 0 && p.toks[start].nl == 0 {
		if i-start > 4*headlineMaxWords {
			return false
		}
		start--
	}
	if p.hlLine == start+1 {
		return p.hlCase
	}
	p.hlLine, p.hlCase = start+1, false
	long, words := 0, 0
	for k := start; k < len(p.toks) && (k == start || p.toks[k].nl == 0); k++ {
		t := p.toks[k]
		if t.kind != kWord || t.is(fDigit) {
			continue
		}
		if words++; words > headlineMaxWords {
			return false
		}
		if t.e-t.s < 4 {
			continue
		}
		if t.is(fUpper) {
			return false // a line in capitals
		}
		if !t.is(fCap) && !p.functionWord(k) {
			return false // a lower-case word that a headline would capitalise
		}
		long++
	}
	p.hlCase = long >= headlineMinWords
	return p.hlCase
}

// lowerElsewhere reports whether the word of token i occurs in lower case
// somewhere in the text. The first lowerScanMax words asked about are
// searched for in the text, and their answers kept; after them the set of
// the text's lower-case words is built, and asked.
func (p *parser) lowerElsewhere(i int) bool {
	w := p.word(i)
	if len(w) == 0 || w[0] < 'A' || w[0] > 'Z' {
		return false // only ASCII capitals are lowered here
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	b := buf[:len(w)]
	copy(b, w)
	b[0] += 'a' - 'A'
	if p.lowerWords == nil {
		for _, a := range p.lowerAsked[:p.lowerAnswers] {
			if a.word == w {
				return a.lower
			}
		}
		if p.lowerAnswers < lowerScanMax {
			a := lowerAnswer{word: w, lower: p.lowerWordIn(b)}
			p.lowerAsked[p.lowerAnswers] = a
			p.lowerAnswers++
			return a.lower
		}
		p.lowerWords = newWordSet(p.text, p.toks, func(k int) bool { return lowerUseAt(p.text, p.toks, k) })
	}
	return p.lowerWords.has(p.text, p.toks, b)
}

// lowerAnswer is lowerElsewhere's answer for a word it searched for.
type lowerAnswer struct {
	word  string
	lower bool
}

// lowerScanMax is how many words lowerElsewhere searches the text for
// before it builds the set of lower-case words: a search costs a small part
// of the set's building (a pass over the text against a hash of every
// token), and most pages ask about a few words, or none.
const lowerScanMax = 8

// isLowerWord reports whether t is a word not capitalised, nor a number.
func isLowerWord(t *tok) bool { return t.kind == kWord && !t.is(fCap) && !t.is(fDigit) }

// lowerUseAt reports whether token k is a word written in lower case in
// the text's prose: isLowerWord, and no part of an e-mail address or a
// web address ("jane@fda.gov", "mailto:jane", "open.fda.gov/data"), whose
// lower-case "jane" says nothing of the name "Jane".
func lowerUseAt(text string, toks []tok, k int) bool {
	if !isLowerWord(&toks[k]) {
		return false
	}
	if k+1 < len(toks) && !toks[k+1].sp && toks[k+1].kind != kWord && text[toks[k+1].s] == '@' {
		return false
	}
	if k > 0 && !toks[k].sp && toks[k-1].kind != kWord {
		switch text[toks[k-1].s] {
		case '@', '.', '/', ':':
			return false
		}
	}
	return true
}

// lowerWordIn reports whether w is the text of a token lowerUseAt
// accepts: newWordSet's set has w, without the set.
func (p *parser) lowerWordIn(w []byte) bool {
	k := 0 // tokens before k start before the occurrence
	for from := 0; from < len(p.text); {
		j := strings.Index(p.text[from:], string(w))
		if j < 0 {
			return false
		}
		at := from + j
		k += sort.Search(len(p.toks)-k, func(m int) bool { return int(p.toks[k+m].s) >= at })
		if k < len(p.toks) && int(p.toks[k].s) == at && int(p.toks[k].e) == at+len(w) && lowerUseAt(p.text, p.toks, k) {
			return true
		}
		from = at + 1
	}
	return false
}

// wordSet is a set of the words of some tokens of a text, held as token
// indexes in an open-addressing table: built in one pass with one
// allocation, where a map of strings would allocate as it grows.
type wordSet struct {
	slots []int32 // token index + 1; 0 is empty
	mask  uint32
}

// newWordSet returns the set of the words of the tokens keep accepts.
func newWordSet(text string, toks []tok, keep func(k int) bool) *wordSet {
	n := 0
	for k := range toks {
		if keep(k) {
			n++
		}
	}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	ws := &wordSet{slots: make([]int32, size), mask: uint32(size - 1)}
	for k := range toks {
		t := &toks[k]
		if !keep(k) {
			continue
		}
		w := text[t.s:t.e]
		for h := wordHash(w) & ws.mask; ; h = (h + 1) & ws.mask {
			s := ws.slots[h]
			if s == 0 {
				ws.slots[h] = int32(k + 1)
				break
			}
			if o := &toks[s-1]; text[o.s:o.e] == w {
				break
			}
		}
	}
	return ws
}

// has reports whether w is one of the set's words.
func (ws *wordSet) has(text string, toks []tok, w []byte) bool {
	for h := wordHash(w) & ws.mask; ; h = (h + 1) & ws.mask {
		s := ws.slots[h]
		if s == 0 {
			return false
		}
		if o := &toks[s-1]; text[o.s:o.e] == string(w) {
			return true
		}
	}
}

// wordHash is FNV-1a of w.
func wordHash[T string | []byte](w T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// functionWord reports whether the lower-case word of token i is one that
// headline case leaves in lower case ("with", "from", "about"): one of the
// stop words that never begin a name.
func (p *parser) functionWord(i int) bool {
	w := p.word(i)
	var buf [16]byte
	if len(w) == 0 || len(w) > len(buf) || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	b := buf[:len(w)]
	copy(b, w)
	b[0] -= 'a' - 'A'
	return stopNames[string(b)]
}

// commonInHeadline reports whether the word of token i, on a line set in
// headline case, is a common word rather than part of a name: the text
// writes it in lower case elsewhere. n is how many words of the name are
// already read: a name's second word is never doubted ("Theresa May").
//
// A full name the text gives elsewhere also ends here: after "Angelino
// Alfano" a headline's "Regarding" is no third name when the body names
// "Angelino Alfano" and never "Angelino Alfano Regarding". first is the
// name's first token.
func (p *parser) commonInHeadline(i, n, first int) bool {
	if n == 1 || !p.headlineCase(i) {
		return false
	}
	if p.lowerElsewhere(i) {
		return true
	}
	if n < 2 || first < 0 || p.hlLookups >= headlineLookups {
		return false
	}
	p.hlLookups++
	name := p.text[p.toks[first].s:p.toks[i-1].e]
	longer := p.text[p.toks[first].s:p.toks[i].e]
	return strings.Count(p.text, name) > strings.Count(p.text, longer)
}
