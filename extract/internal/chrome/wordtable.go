package chrome

// This file holds wordTable, the look-up the lexicons' hot loops use: every
// word of every block is looked up in a table of a few hundred words, and
// most words are not there, so the look-up's cost is the hash and a
// probe, which for a Go map with string keys (a full hash of the word,
// then the map's machinery) is several times that of a table built for
// the purpose.

// wordTable maps a fixed set of non-empty words to values: an
// open-addressing table, with linear probing, hashed by a word's length
// and three of its bytes. It is built once and only read after.
type wordTable[V any] struct {
	keys  []string // "" for an empty slot
	vals  []V
	shift uint // 32 minus log2 of the number of slots
}

// newWordTable returns a table holding the entries of m, which has no
// empty key (a word has a letter or a digit).
func newWordTable[V any](m map[string]V) wordTable[V] {
	// At least four slots a word: a probe seldom goes past its first.
	bits := uint(4)
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := wordTable[V]{keys: make([]string, 1<<bits), vals: make([]V, 1<<bits), shift: 32 - bits}
	mask := uint32(len(t.keys) - 1)
	for k, v := range m {
		if k == "" {
			panic("chrome: empty word in a lexicon")
		}
		i := t.slot(k)
		for t.keys[i] != "" {
			i = (i + 1) & mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// slot is the first slot probed for w, which is not empty.
func (t *wordTable[V]) slot(w string) uint32 {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return (h * 0x9E3779B1) >> t.shift
}

// get returns the value of w, or the zero value when w is not in the
// table.
func (t *wordTable[V]) get(w string) V {
	var zero V
	if w == "" {
		return zero
	}
	mask := uint32(len(t.keys) - 1)
	for i := t.slot(w); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case w:
			return t.vals[i]
		case "":
			return zero
		}
	}
}
