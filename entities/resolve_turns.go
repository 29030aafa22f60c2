// Speaker turns while resolving: the official whose turn a token is in,
// the last speaker label before a token, the lines that open a turn, and
// the one country a page's speaker labels serve.

package entities

import "sort"

// speakersCountry returns the one country the officials of a page's
// speaker labels serve, or "".
func speakersCountry(gs []*group) string {
	side := ""
	for _, g := range gs {
		for _, m := range g.ms {
			if !m.label || g.country == "" {
				continue
			}
			if side != "" && side != g.country {
				return ""
			}
			side = g.country
		}
	}
	return side
}

// turnSpeaker returns the official whose turn token ti is in: the last
// speaker label before it, unless a question or another label opens a
// line between them.
func (p *parser) turnSpeaker(ti int, by map[*mention]*group) *group {
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].ti >= ti })
	for k--; k >= 0; k-- {
		if m := &p.ms[k]; m.label {
			if p.turnOpens == nil {
				p.turnOpens = p.lastTurnOpens()
			}
			if ti > 0 && ti <= len(p.turnOpens) && int(p.turnOpens[ti-1]) >= m.te {
				return nil
			}
			return by[m]
		}
	}
	return nil
}

// lastTurnOpens returns, for each token, the last line start at or before
// it that opens a turn, or -1.
func (p *parser) lastTurnOpens() []int32 {
	out := p.turnOpensBuf[:0]
	if cap(out) < len(p.toks) {
		out = make([]int32, len(p.toks))
	}
	out = out[:len(p.toks)]
	last := int32(-1)
	for j := range p.toks {
		if j > 0 && p.toks[j].nl > 0 && p.opensTurn(j) {
			last = int32(j)
		}
		out[j] = last
	}
	return out
}

// opensTurn reports whether the line starting at token j opens a turn: a
// question ("Q", "QUESTION:") or a label ending in a colon among its first
// words.
func (p *parser) opensTurn(j int) bool {
	switch p.word(j) {
	case "Q", "QUESTION", "Question", "Journalist", "Reporter":
		return true
	}
	for k := j; k < len(p.toks) && k < j+8; k++ {
		if k > j && p.toks[k].nl > 0 {
			return false
		}
		if p.word(k) == ":" {
			return k > j
		}
		if p.toks[k].kind == kWord && p.toks[k].is(fLower) {
			return false
		}
	}
	return false
}

// speakerBefore returns the official of the last speaker label before token ti.
func (p *parser) speakerBefore(ti int, by map[*mention]*group) *group {
	// p.ms is in text order
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].ti >= ti })
	for k--; k >= 0; k-- {
		if m := &p.ms[k]; m.label {
			return by[m]
		}
	}
	return nil
}
