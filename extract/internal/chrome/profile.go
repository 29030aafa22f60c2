package chrome

// This file holds the mechanics of site profiles: which blocks of a page
// are learned, how identical pages are told apart, and when a block counts
// as recurring across a site. Package extract wraps them in its public
// Profile and ProfileLearner.

import (
	"hash/fnv"
	"io"

	"github.com/communique/communique/extract/internal/block"
)

// Profile learning thresholds: a block is site chrome when it is on at least
// minProfilePages distinct pages and on at least minProfileShare of them.
const (
	minProfilePages = 3
	minProfileShare = 0.2
)

// PageKeys returns a page's fingerprint (a hash of the keys of its blocks
// the reader kept or took for navigation) and the keys that may be learned:
// those blocks' keys but for speaker labels and notes, which recur across
// transcripts and are content.
func PageKeys(blocks []block.Block) (sum uint64, keys []string) {
	h := fnv.New64a()
	keys = make([]string, 0, len(blocks))
	for _, b := range blocks {
		if b.Removed != 0 && b.Removed != block.ReasonNavigation && b.Removed != block.ReasonOutsideArticle {
			continue
		}
		k := Key(b.Text)
		io.WriteString(h, k)
		h.Write([]byte{0})
		if Learnable(b.Text) {
			keys = append(keys, k)
		}
	}
	return h.Sum64(), keys
}

// Learner counts the learnable blocks of a site's pages. Identical pages
// count once, so duplicates in a crawl cannot make their own content look
// like chrome. It is not safe for concurrent use; callers serialise Add.
type Learner struct {
	pages  int
	seen   map[uint64]bool
	counts map[string]int
}

// NewLearner returns an empty learner.
func NewLearner() *Learner {
	return &Learner{seen: map[uint64]bool{}, counts: map[string]int{}}
}

// Add counts a page given by PageKeys, unless a page with its fingerprint
// was counted before.
func (l *Learner) Add(sum uint64, keys []string) {
	if l.seen[sum] {
		return
	}
	l.seen[sum] = true
	l.pages++
	counted := make(map[string]bool, len(keys))
	for _, k := range keys {
		if !counted[k] {
			counted[k] = true
			l.counts[k]++
		}
	}
}

// Pages returns the number of distinct pages counted.
func (l *Learner) Pages() int { return l.pages }

// Recurring returns the keys of the blocks that recur across the site, with
// the number of pages each is on.
func (l *Learner) Recurring() map[string]int {
	out := map[string]int{}
	for k, n := range l.counts {
		if n >= minProfilePages && float64(n) >= minProfileShare*float64(l.pages) {
			out[k] = n
		}
	}
	return out
}
