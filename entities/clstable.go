// clsTable: the look-up of a token's lexicon classes (cls*), made for every
// word of every page. Most words are in no lexicon, and are turned away by a
// bit filter of a few kilobytes; a word the filter lets through is looked
// for in a small open-addressing table probed from the same hash, where a
// Go map would hash the word again and go through its machinery.

package entities

// clsTable maps the words of the lexicons to their classes. It is built
// once and only read after.
type clsTable struct {
	// filter marks the hashes of the keys (clsHash), so that most other
	// words need no probe.
	filter *[clsFilterBits / 64]uint64
	slots  []clsSlot // open addressing, linear probing; a power of two long
	mask   uint32    // len(slots) - 1
}

// clsSlot is a slot of a clsTable: a word ("" for an empty slot) and its
// classes.
type clsSlot struct {
	key string
	c   uint16
}

// newClsTable returns a table holding the entries of m, which has no empty
// key.
func newClsTable(m map[string]uint16) *clsTable {
	size := 16
	for size < 2*len(m) { // half full at most: a probe seldom goes far
		size *= 2
	}
	t := &clsTable{filter: new([clsFilterBits / 64]uint64), slots: make([]clsSlot, size), mask: uint32(size - 1)}
	for k, c := range m {
		h := clsHash(k)
		t.filter[h/64] |= 1 << (h % 64)
		i := h & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = clsSlot{key: k, c: c}
	}
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
		s := &t.slots[i]
		if s.key == w {
			return s.c
		}
		if s.key == "" {
			return 0
		}
	}
}
