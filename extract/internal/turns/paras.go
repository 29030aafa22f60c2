package turns

import (
	"github.com/communique/communique/extract/internal/block"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the paragraphs of the body as the turn segmenter sees
// them: non-blank lines with their surrounding space trimmed.

// splitTurnParas returns the body's non-blank lines, trimmed, each split
// before the labels run into it.
func splitTurnParas(body string) []turnPara {
	ps := make([]turnPara, 0, strings.Count(body, "\n")/2+1)
	heads := embeddedHeads(body)
	for i := 0; i <= len(body); {
		e := strings.IndexByte(body[i:], '\n')
		if e < 0 {
			e = len(body)
		} else {
			e += i
		}
		s, t := turnTrimSpan(body, i, e)
		if s < t {
			if heads != nil {
				ps = appendEmbedded(ps, body, s, t, heads)
			} else {
				ps = appendRunTogether(ps, body, s, t)
			}
		}
		i = e + 1
	}
	return ps
}

// embeddedAt returns the label head ("Adams", "Deputy Jane Roe") that
// opens line[at:] after a lost line break: a sentence's end and a space
// before it ("… Thank you. Fish: Aye."), or an interruption's dashes
// ("----Deputy Jane Roe: That is not so."); at most four words before a
// colon and a space. It returns "" for none.
func embeddedAt(line string, at int) string {
	if at < 2 || at >= len(line) || line[at] < 'A' || line[at] > 'Z' || line[at-1] != ' ' && line[at-1] != '-' {
		return ""
	}
	k := strings.IndexByte(line[at:min(len(line), at+50)], ':')
	if k <= 0 || at+k+1 >= len(line) || line[at+k+1] != ' ' {
		return ""
	}
	head := line[at : at+k]
	if strings.Count(strings.TrimSpace(head), " ") > 3 || strings.ContainsAny(head, ".,;?!()[]\"") {
		return ""
	}
	if line[at-1] == '-' {
		if !strings.HasSuffix(line[:at], "----") {
			return ""
		}
		return head
	}
	b := at
	for b > 0 && line[b-1] == ' ' {
		b--
	}
	if b == 0 || !sentenceEndBefore(line[:b]) && line[b-1] != ']' || abbreviationBefore(line[:b]) {
		return ""
	}
	return head
}

// abbreviationBefore reports whether s ends with an honorific's or an
// initial's full stop ("Mr.", "Sen.", "J."), which ends no sentence.
func abbreviationBefore(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[:len(s)-1]
	if k := strings.LastIndexAny(w, " \t\n(\"'"); k >= 0 {
		w = w[k+1:]
	}
	if len(w) == 1 || w == "St" {
		return true
	}
	if len(w) > 12 {
		return false
	}
	lw := turnLowerKey(w)
	return turnHonorifics[lw] || nameSuffixes[lw]
}

// embeddedHeads returns the label heads that body runs into its lines
// (embeddedAt) and that open three turns or more, counting the lines they
// open, or one after an interruption's dashes; nil when there are none.
func embeddedHeads(body string) map[string]int {
	var seen map[string]int
	// colon is the first colon at or after i+1 (len(body) if none): a head
	// needs one within 50 bytes of its start, and most spaces of a page
	// have none so near, which one comparison tells without embeddedAt's
	// search of the window
	colon := -1
	for i := 0; i+1 < len(body); i++ {
		if body[i] != ' ' && body[i] != '-' {
			continue
		}
		if colon < i+1 {
			colon = len(body)
			if k := strings.IndexByte(body[i+1:], ':'); k >= 0 {
				colon = i + 1 + k
			}
		}
		if colon == len(body) {
			break
		}
		if colon-(i+1) >= 50 {
			continue
		}
		if h := embeddedAt(body, i+1); h != "" {
			if seen == nil {
				seen = map[string]int{}
			}
			seen[h]++
			if body[i] == '-' {
				seen[h] += 2 // "----Deputy Roe:" interrupts
			}
		}
	}
	if seen == nil {
		return nil
	}
	// the lines the same heads open
	for i := 0; i < len(body); {
		e := strings.IndexByte(body[i:], '\n')
		if e < 0 {
			e = len(body)
		} else {
			e += i
		}
		line := strings.TrimLeft(body[i:e], " \t")
		if k := strings.IndexByte(line[:min(len(line), 50)], ':'); k > 0 {
			if _, ok := seen[line[:k]]; ok {
				seen[line[:k]]++
			}
		}
		i = e + 1
	}
	for h, n := range seen {
		if n < 3 {
			delete(seen, h)
		}
	}
	if len(seen) == 0 {
		return nil
	}
	return seen
}

// appendEmbedded appends the line body[s:t] split before each label of
// heads run into it that parses as a colon label, then each piece as
// appendRunTogether does.
func appendEmbedded(ps []turnPara, body string, s, t int, heads map[string]int) []turnPara {
	line := body[s:t]
	memo := labelMemo{}
	from := 0
	for at := 1; at < len(line); at++ {
		if line[at] < 'A' || line[at] > 'Z' {
			continue
		}
		h := embeddedAt(line, at)
		if h == "" || heads[h] == 0 {
			continue
		}
		if lb, ok := paragraphLabel(line[at:], memo); !ok || lb.class != classColon {
			continue
		}
		if a, b := turnTrimSpan(body, s+from, s+at); a < b {
			ps = appendRunTogether(ps, body, a, b)
		}
		from = at
	}
	if a, b := turnTrimSpan(body, s+from, t); a < b {
		ps = appendRunTogether(ps, body, a, b)
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

// appendRunTogether appends the line body[s:t], split before each further
// emphasised label when the line opens with one: a converted transcript
// that lost its line breaks runs its turns together ("**Q:** Thank you.
// **SEC. DOE:** So let me say ..."). Only a label wrapped in the same
// marks as the first ends with its colon inside or just after the marks.
func appendRunTogether(ps []turnPara, body string, s, t int) []turnPara {
	line := body[s:t]
	var mark string
	for _, m := range block.EmphasisMarks() {
		if strings.HasPrefix(line, m) && emphasisedLabelLen(line, m) > 0 {
			mark = m
			break
		}
	}
	if mark == "" {
		if hasDash(line) || onNotice(line) {
			return appendDashTurns(ps, body, s, t)
		}
		return append(ps, turnPara{s, t})
	}
	from := 0
	for k := len(mark); k < len(line); {
		j := strings.Index(line[k:], " "+mark)
		if j < 0 {
			break
		}
		at := k + j + 1
		if emphasisedLabelLen(line[at:], mark) > 0 {
			if a, b := turnTrimSpan(body, s+from, s+at); a < b {
				ps = append(ps, turnPara{a, b})
			}
			from = at
		}
		k = at + len(mark)
	}
	if a, b := turnTrimSpan(body, s+from, t); a < b {
		ps = append(ps, turnPara{a, b})
	}
	return ps
}

// emphasisedLabelLen returns the length of the label that opens s wrapped in
// the mark m ("**Q:**", "**Jane Roe**:"), or 0: at most six words, no
// sentence punctuation inside, a colon just inside or after the closing mark.
func emphasisedLabelLen(s, m string) int {
	k := strings.Index(s[len(m):], m)
	if k <= 0 || k > 60 {
		return 0
	}
	inner := s[len(m) : len(m)+k]
	end := len(m) + k + len(m)
	switch {
	case strings.HasSuffix(inner, ":"):
		inner = inner[:len(inner)-1]
	case strings.HasPrefix(s[end:], ":"):
		end++
	default:
		return 0
	}
	if inner == "" || strings.ContainsAny(inner, "*_?!:;") || len(strings.Fields(inner)) > 6 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(inner); !unicode.IsUpper(r) {
		return 0
	}
	return end
}

// onNotice reports whether line holds "on notice:" (strings.Contains):
// its colons are read, where a search for the phrase stops at every "o".
func onNotice(line string) bool {
	for k := 0; ; k++ {
		j := strings.IndexByte(line[k:], ':')
		if j < 0 {
			return false
		}
		k += j
		if strings.HasSuffix(line[:k+1], "on notice:") {
			return true
		}
	}
}

// hasDash reports whether a line holds a full stop and a dash, as a label
// of dashLabel ends.
func hasDash(line string) bool {
	// every dash of dashes opens with a full stop: one pass over the full
	// stops, not one search of the line for each dash
	for k := 0; ; k++ {
		j := strings.IndexByte(line[k:], '.')
		if j < 0 {
			return false
		}
		k += j
		if dashLen(line[k:]) > 0 {
			return true
		}
	}
}

// appendDashTurns appends the line body[s:t] split before each label
// closed by a full stop and a dash that opens a sentence in it: a Hansard
// converted without its paragraph breaks runs its turns together ("HON. J.
// ROE.- Is it so? HON. A. DOE.- It is."), and on into the paragraph after a
// page's running header.
func appendDashTurns(ps []turnPara, body string, s, t int) []turnPara {
	line := body[s:t]
	memo := labelMemo{}
	from := 0
	for k := 1; k < len(line); {
		j := strings.Index(line[k:], ".")
		if a := strings.Index(line[k:], " asked "); a >= 0 && (j < 0 || a < j) && noticeEnd(line[k+a:]) > 0 {
			j = a // "HON. J. ROE asked the Government, upon notice:"
		} else if j < 0 {
			break
		}
		k += j
		if dashLen(line[k:]) == 0 && !strings.HasPrefix(line[k:], " asked ") {
			k++
			continue
		}
		// back over the label's capitals, initials and spaces; it opens
		// after the end of a sentence in them or before them ("… in the
		// USA. MR. SPEAKER.-")
		lo := k
		for lo > from && strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZ. '-", line[lo-1]) >= 0 {
			lo--
		}
		for at := lo; at < k; at++ {
			if at == from {
				if _, ok := dashOrNoticeLabel(line[at:], memo); ok {
					break // the label that opens the line
				}
				continue
			}
			if line[at] == ' ' || at < 2 || line[at-1] != ' ' || !sentenceEndBefore(line[:at-1]) {
				continue
			}
			if _, ok := dashOrNoticeLabel(line[at:], memo); ok {
				if a, b := turnTrimSpan(body, s+from, s+at); a < b {
					ps = append(ps, turnPara{a, b})
				}
				from = at
				break
			}
		}
		k++
	}
	if a, b := turnTrimSpan(body, s+from, t); a < b {
		ps = append(ps, turnPara{a, b})
	}
	return ps
}

// sentenceEndBefore reports whether s ends a sentence: a full stop, a
// question or exclamation mark, or a closing quotation mark or bracket.
func sentenceEndBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '?', '!', '"', '\u201d', ')':
		return true
	}
	return false
}

// dashOrNoticeLabel reads a label closed by a full stop and a dash, or a
// written question's heading, at the start of s.
func dashOrNoticeLabel(s string, memo labelMemo) (labelParse, bool) {
	if lb, ok := dashLabel(s, memo); ok {
		return lb, true
	}
	return askedUponNotice(s, memo)
}
