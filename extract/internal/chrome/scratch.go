package chrome

// Scratch is the working memory of Classify that a caller may keep from
// one page to the next: the page in lower case, the blocks' hashes,
// lengths and measures, the counts of their copies and a block's words.
// Classify reads nothing of a page before, and keeps nothing of the page
// in it that a later call can see: every entry is written before it is
// read. The zero value is ready for use; a Scratch is used by one call at
// a time (a caller that runs pages at once keeps one per call, in a
// sync.Pool).
type Scratch struct {
	page   pageText
	lower  []byte // page.low's bytes
	ends   []int
	info   []blockInfo
	labels []labelReading
	counts map[uint64]int32
	seen   map[uint64]bool
	words  tokens
	wf     []uint8
}

// scratchMax is the most bytes of lower-cased page a Scratch keeps for
// the next call: a huge page's buffers are left to the collector, not
// held for the pages after it.
const scratchMax = 1 << 20

// Reusable reports whether s is worth keeping for another page: false
// after a huge page, whose buffers would stay live for nothing.
func (s *Scratch) Reusable() bool {
	return cap(s.lower) <= scratchMax
}

// grown returns buf with length n, its entries zero, reusing its memory
// when it is large enough.
func grown[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
