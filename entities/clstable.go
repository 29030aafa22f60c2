// clsTable: the look-up of a token's lexicon classes (cls*), made for every
// word of every page. Most words are in no lexicon, and are turned away by a
// bit filter of a few kilobytes; a word the filter lets through is looked
// for in a small open-addressing table probed from the same hash, where a
// Go map would hash the word again and go through its machinery.

package entities

// clsTable maps the words of the lexicons to their classes. It is built
// once and only read after. It is small, as a look-up's cost is mostly
// reading memory the rest of the page's work has pushed out of the
// caches: 4 bytes a slot, 12 an entry, and the words in one run of bytes.
type clsTable struct {
	// filter marks the hashes of the keys (clsHash), so that most other
	// words need no probe.
	filter *[clsFilterBits / 64]uint64
	// slots is an open-addressing table, probed linearly from a word's
	// clsHash: an entry's index + 1, or 0 when empty
	slots   []uint32
	mask    uint32 // len(slots) - 1
	entries []clsEntry
	words   string // the entries' words, one after another
}

// clsEntry is a word of a clsTable, words[off:off+n], and its classes.
type clsEntry struct {
	off, n uint32
	c      uint16
}

// newClsTable returns a table holding the entries of m, which has no empty
// key.
func newClsTable(m map[string]uint16) *clsTable {
	size := 16
	for size < 2*len(m) { // half full at most: a probe seldom goes far
		size *= 2
	}
	t := &clsTable{filter: new([clsFilterBits / 64]uint64), slots: make([]uint32, size), mask: uint32(size - 1)}
	var words []byte
	for k, c := range m {
		h := clsHash(k)
		t.filter[h/64] |= 1 << (h % 64)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.entries = append(t.entries, clsEntry{off: uint32(len(words)), n: uint32(len(k)), c: c})
		words = append(words, k...)
		t.slots[i] = uint32(len(t.entries))
	}
	t.words = string(words)
	return t
}

// clsFilterBits is the size of the filter of the keys: some sixty times
// their number, so that about one word in sixty not among them passes.
const clsFilterBits = 1 << 17

// clsHash hashes a word by its length and its first, second and last
// bytes, into [0, clsFilterBits).
func clsHash(s string) uint32 {
	n := len(s)
	h := uint32(s[0])*0x9E3779B1 ^ uint32(s[n-1])*0x85EBCA77 ^ uint32(n)*0xC2B2AE3D
	if n > 1 {
		h ^= uint32(s[1]) * 0x27D4EB2F
	}
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 12
	return h % clsFilterBits
}

// get returns the classes of w, 0 when it is in no lexicon.
func (t *clsTable) get(w string) uint16 {
	if w == "" {
		return 0
	}
	h := clsHash(w)
	if t.filter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if e := &t.entries[s-1]; int(e.n) == len(w) && t.words[e.off:e.off+e.n] == w {
			return e.c
		}
	}
}
