// phraseSet: the look-up of the lexicons' phrases (countries, organisations,
// titles, capitals, regions, cities) at a token. It is asked at every token
// a phrase may start at, then once for each further token read, so it keeps
// its own hash table: a key's hash is carried on from its prefix as tokens
// are added, where a Go map would hash the whole key again at each token;
// and the table is small, as most of a look-up's cost is reading memory
// the rest of the page's work has pushed out of the caches: 8 bytes a slot
// (a key's hash and entry), the entries 16 bytes each, in the order added,
// and their keys in one run of bytes.

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
	fold bool
	// slots is an open-addressing table, probed linearly, a power of two
	// long: each slot is a key's hash (phraseHash) << 32 | its entry's
	// index + 1, or 0 when empty
	slots   []uint64
	entries []phraseEntry
	keys    []byte // the entries' keys, one after another
}

// phraseEntry is a key of a phraseSet, keys[off:off+n], and its node.
type phraseEntry struct {
	off, n uint32
	node   phraseNode
}

// phraseNode is what a key of a phraseSet is: a phrase with its value, the
// start of a longer phrase, or both.
type phraseNode struct {
	v      int32
	phrase bool // the key is a phrase, whose value is v
	more   bool // a longer phrase begins with the key
}

func newPhraseSet(fold bool) *phraseSet {
	return &phraseSet{fold: fold, slots: make([]uint64, 16)}
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

// key returns the key of entry e.
func (p *phraseSet) key(e *phraseEntry) []byte { return p.keys[e.off : e.off+e.n] }

// find returns the index in slots of key, whose hash is h, or of the empty
// slot where it would go.
func (p *phraseSet) find(key []byte, h uint32) uint32 {
	mask := uint32(len(p.slots) - 1)
	for i := (h * 0x9E3779B1) & mask; ; i = (i + 1) & mask {
		s := p.slots[i]
		if s == 0 || uint32(s>>32) == h && string(p.key(&p.entries[uint32(s)-1])) == string(key) {
			return i
		}
	}
}

// get returns the node of key, whose hash is h, and whether it is a key.
func (p *phraseSet) get(key []byte, h uint32) (phraseNode, bool) {
	if s := p.slots[p.find(key, h)]; s != 0 {
		return p.entries[uint32(s)-1].node, true
	}
	return phraseNode{}, false
}

// put sets the node of key, whose hash is h.
func (p *phraseSet) put(key []byte, h uint32, node phraseNode) {
	i := p.find(key, h)
	if p.slots[i] == 0 {
		if 2*(len(p.entries)+1) > len(p.slots) {
			p.grow()
			i = p.find(key, h)
		}
		p.entries = append(p.entries, phraseEntry{off: uint32(len(p.keys)), n: uint32(len(key))})
		p.keys = append(p.keys, key...)
		p.slots[i] = uint64(h)<<32 | uint64(len(p.entries))
	}
	p.entries[uint32(p.slots[i])-1].node = node
}

// grow doubles the table.
func (p *phraseSet) grow() {
	old := p.slots
	p.slots = make([]uint64, 2*len(old))
	mask := uint32(len(p.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := (uint32(s>>32) * 0x9E3779B1) & mask
		for p.slots[i] != 0 {
			i = (i + 1) & mask
		}
		p.slots[i] = s
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
	node, _ := p.get(buf, h)
	if node.phrase {
		return
	}
	node.phrase, node.v = true, v
	p.put(buf, h, node)
	for _, e := range ends[:len(ends)-1] {
		h := phraseHash(phraseHash0, buf[:e])
		pre, _ := p.get(buf[:e], h)
		pre.more = true
		p.put(buf[:e], h, pre)
	}
}

// firstWords calls f with each word a phrase of the set opens with: the
// keys of one token.
func (p *phraseSet) firstWords(f func(string)) {
	for k := range p.entries {
		if key := string(p.key(&p.entries[k])); strings.IndexByte(key, ' ') < 0 {
			f(key)
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
	node, ok := p.get(b, h)
	if node.phrase {
		n, v = 1, node.v
	}
	for k := 1; ok && node.more && i+k < len(toks); k++ {
		t := toks[i+k]
		if t.nl > 1 {
			break
		}
		at := len(b)
		b = append(b, ' ')
		b = appendKey(b, text, t, p.fold)
		h = phraseHash(h, b[at:])
		if node, ok = p.get(b, h); node.phrase {
			n, v = k+1, node.v
		}
	}
	*buf = b
	return n, v
}
