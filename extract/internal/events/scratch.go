package events

import "github.com/communique/communique/internal/text"

// Scratch is the working memory of Find that a caller may keep from one
// body to the next: the buffer its sentences' tokens are read into. Every
// token is written before it is read, so a body is read as with new
// memory. The zero value is ready for use; a Scratch serves one call at a
// time (a caller that reads bodies at once keeps one per call, in a
// sync.Pool).
type Scratch struct {
	toks []evTok
	doc  *text.Doc // the analysis FindDoc was given, during the call
	own  *text.Doc // the tokens of a part of a body that came alone
}

// scratchMax is the most tokens a Scratch keeps for the next body: a huge
// window's are left to the collector.
const scratchMax = 1 << 16

// keep takes back the token buffer, its tokens cleared so that it keeps
// no body alive.
func (s *Scratch) keep(toks []evTok) {
	if cap(toks) > scratchMax {
		s.toks = nil
		return
	}
	toks = toks[:cap(toks)]
	clear(toks)
	s.toks = toks[:0]
}
