// phraseSet: the look-up of the lexicons' phrases (countries, organisations,
// titles, capitals, regions, cities) at a token. It is asked at every token
// a phrase may start at, then once for each further token read, so it keeps
// its own hash table: a key's hash is carried on from its prefix as tokens
// are added, where a Go map would hash the whole key again at each token.

package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseSet finds the longest phrase of a lexicon starting at a token.
// Phrases are keyed by their tokens joined with single spaces, optionally
// lower-cased; curly apostrophes count as straight ones. Every proper prefix
// of a phrase is a key too, marked as leading on, so that a match stops at
// the first run of tokens no phrase begins with: one look-up a token read.
// It is filled by add, then only read.
type phraseSet struct {
	fold  bool
	slots []phraseSlot // open addressing, linear probing; a power of two long
	n     int          // keys held
}

// phraseSlot is a slot of a phraseSet's table: a key ("" for an empty
// slot), its hash (phraseHash) and its node.
type phraseSlot struct {
	key  string
	hash uint32
	node phraseNode
}

// phraseNode is what a key of a phraseSet is: a phrase with its value, the
// start of a longer phrase, or both.
type phraseNode struct {
	v      int32
	phrase bool // the key is a phrase, whose value is v
	more   bool // a longer phrase begins with the key
}

func newPhraseSet(fold bool) *phraseSet {
	return &phraseSet{fold: fold, slots: make([]phraseSlot, 16)}
}

// The hash of a key is 32-bit FNV-1a over its bytes, so that the hash of a
// key with a token added is that of the key carried on over the new bytes.
const (
	phraseHash0     uint32 = 2166136261
	phraseHashPrime uint32 = 16777619
)

// phraseHash carries h on over b.
func phraseHash(h uint32, b []byte) uint32 {
	for _, c := range b {
		h = (h ^ uint32(c)) * phraseHashPrime
	}
	return h
}

// find returns the slot holding key, whose hash is h, or the empty slot
// where it would go.
func (p *phraseSet) find(key []byte, h uint32) *phraseSlot {
	mask := uint32(len(p.slots) - 1)
	for i := (h * 0x9E3779B1) & mask; ; i = (i + 1) & mask {
		s := &p.slots[i]
		if s.key == "" || s.hash == h && s.key == string(key) {
			return s
		}
	}
}

// put sets the node of key, whose hash is h.
func (p *phraseSet) put(key []byte, h uint32, node phraseNode) {
	s := p.find(key, h)
	if s.key == "" {
		if 2*(p.n+1) > len(p.slots) {
			p.grow()
			s = p.find(key, h)
		}
		s.key, s.hash = string(key), h
		p.n++
	}
	s.node = node
}

// grow doubles the table.
func (p *phraseSet) grow() {
	old := p.slots
	p.slots = make([]phraseSlot, 2*len(old))
	mask := uint32(len(p.slots) - 1)
	for _, o := range old {
		if o.key == "" {
			continue
		}
		i := (o.hash * 0x9E3779B1) & mask
		for p.slots[i].key != "" {
			i = (i + 1) & mask
		}
		p.slots[i] = o
	}
}

// add adds phrase with value v unless the phrase is already there.
func (p *phraseSet) add(phrase string, v int32) {
	toks := tokenize(nil, phrase)
	if len(toks) == 0 || len(toks) > 255 {
		return
	}
	var buf []byte
	buf = appendKey(buf, phrase, toks[0], p.fold)
	ends := make([]int, 1, len(toks))
	ends[0] = len(buf)
	for _, t := range toks[1:] {
		buf = append(buf, ' ')
		buf = appendKey(buf, phrase, t, p.fold)
		ends = append(ends, len(buf))
	}
	h := phraseHash(phraseHash0, buf)
	node := p.find(buf, h).node
	if node.phrase {
		return
	}
	node.phrase, node.v = true, v
	p.put(buf, h, node)
	for _, e := range ends[:len(ends)-1] {
		h := phraseHash(phraseHash0, buf[:e])
		pre := p.find(buf[:e], h).node
		pre.more = true
		p.put(buf[:e], h, pre)
	}
}

// firstWords calls f with each word a phrase of the set opens with: the
// keys of one token.
func (p *phraseSet) firstWords(f func(string)) {
	for _, s := range p.slots {
		if s.key != "" && strings.IndexByte(s.key, ' ') < 0 {
			f(s.key)
		}
	}
}

// appendKey appends the key form of token t.
func appendKey(buf []byte, text string, t tok, fold bool) []byte {
	s := text[t.s:t.e]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if fold && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2019' {
			buf = append(buf, '\'')
		} else {
			if fold {
				r = unicode.ToLower(r)
			}
			buf = utf8.AppendRune(buf, r)
		}
		i += size
	}
	return buf
}

// match returns the length in tokens of the longest phrase starting at
// toks[i] and its value; n is 0 when none does. Phrases do not run across a
// blank line. buf is scratch space.
func (p *phraseSet) match(text string, toks []tok, i int, buf *[]byte) (n int, v int32) {
	b := appendKey((*buf)[:0], text, toks[i], p.fold)
	h := phraseHash(phraseHash0, b)
	s := p.find(b, h)
	if s.node.phrase {
		n, v = 1, s.node.v
	}
	for k := 1; s.key != "" && s.node.more && i+k < len(toks); k++ {
		t := toks[i+k]
		if t.nl > 1 {
			break
		}
		at := len(b)
		b = append(b, ' ')
		b = appendKey(b, text, t, p.fold)
		h = phraseHash(h, b[at:])
		if s = p.find(b, h); s.node.phrase {
			n, v = k+1, s.node.v
		}
	}
	*buf = b
	return n, v
}
