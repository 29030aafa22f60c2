package htmlread

import "golang.org/x/net/html/atom"

// Scratch is the working memory of Parse that a caller may keep from one
// page to the next: the element tree, the stack of open elements and
// their counts, the blocks' measures and the text of the block being
// read. Nothing of it is in the Page Parse returns, and every entry is
// written before it is read, so a page is read as with new memory (the
// verdicts on class values it keeps from page to page are each what the
// value alone gives). The
// zero value is ready for use; a Scratch serves one call at a time (a
// caller that reads pages at once keeps one per call, in a sync.Pool).
type Scratch struct {
	nodes []hnode
	stack []int32
	open  map[atom.Atom]int32
	info  []hblockInfo
	// classes holds the verdicts on class values, which depend on the
	// value alone: kept from page to page, unlike the rest
	classes map[string]classVerdict
	buf     []byte
}

// scratchMax is the most elements a Scratch keeps for the next page: a
// huge page's memory is left to the collector.
const scratchMax = 1 << 16

// Reusable reports whether s is worth keeping for another page: false
// after a huge page, whose buffers would stay live for nothing.
func (s *Scratch) Reusable() bool {
	return cap(s.nodes) <= scratchMax && cap(s.info) <= scratchMax && cap(s.buf) <= 1<<20
}

// keep takes back b's working memory for the next page.
func (s *Scratch) keep(b *htmlBuilder) {
	s.nodes, s.stack, s.open, s.info, s.buf = b.nodes[:0], b.stack[:0], b.open, b.info[:0], b.buf[:0]
	s.classes = b.classes
}
