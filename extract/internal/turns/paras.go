package turns

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the paragraphs of the body as the turn segmenter sees
// them: non-blank lines with their surrounding space trimmed.

// splitTurnParas returns the body's non-blank lines, trimmed.
func splitTurnParas(body string) []turnPara {
	ps := make([]turnPara, 0, strings.Count(body, "\n")/2+1)
	for i := 0; i <= len(body); {
		e := strings.IndexByte(body[i:], '\n')
		if e < 0 {
			e = len(body)
		} else {
			e += i
		}
		s, t := turnTrimSpan(body, i, e)
		if s < t {
			ps = append(ps, turnPara{s, t})
		}
		i = e + 1
	}
	return ps
}

// turnTrimSpan narrows body[s:e] to exclude leading and trailing white
// space (no-break spaces included).
func turnTrimSpan(body string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(body[s:e])
		if !isTurnSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(body[s:e])
		if !isTurnSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// isTurnSpace reports whether r is white space, no-break spaces included.
func isTurnSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\v', '\f', 0xA0, 0x202F, 0x2007, 0x200B, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r)
}
