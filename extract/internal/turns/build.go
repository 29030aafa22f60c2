package turns

import "strings"

// This file builds the turns from the judged labels: each turn runs from its
// label to the next.

// buildTurns cuts the body at the labels. owners[i] is the index in labels
// of the label that opened turns[i].
func buildTurns(body string, paras []turnPara, labels []turnLabel, stops []int) ([]Turn, []int) {
	turns := make([]Turn, 0, len(labels))
	owners := make([]int, 0, len(labels))
	si := 0
	for li, lb := range labels {
		last := len(paras) - 1
		if li+1 < len(labels) {
			last = labels[li+1].para - 1
		}
		// A dropped label line ends the turn too.
		for si < len(stops) && stops[si] <= lb.para {
			si++
		}
		if si < len(stops) && stops[si]-1 < last {
			last = stops[si] - 1
		}
		first := lb.para
		start := lb.textStart
		if lb.ownLine {
			first = lb.para + 1
			// Skip notes, and the place lines under a leading byline.
			for first <= last {
				s := body[paras[first].start:paras[first].end]
				if isTurnNote(s) || isSittingTime(s) || (li == 0 && lb.class == classComma && isTurnVenue(s)) {
					first++
					continue
				}
				break
			}
			if first > last {
				continue
			}
			start = paras[first].start
			// A definition list's words under their label (Markdown's
			// "Name:" then ": words"): the colon is the label's.
			if body[start] == ':' && start+1 < paras[first].end && body[start+1] == ' ' {
				start = paras[first].start + len(body[paras[first].start:paras[first].end]) - len(turnTrimLeft(body[start+1:paras[first].end]))
			}
		} else {
			start = skipInterpreting(body, start, paras[first].end)
		}
		// A closing marker, or the page's furniture after the last words,
		// ends the turn.
		for k := first; k <= last; k++ {
			if p := body[paras[k].start:paras[k].end]; k > lb.para && (isTurnEndMarker(p) || isPageFurniture(p)) {
				last = k - 1
				break
			}
			// A parliament's record prints the time and the next item's
			// heading between speeches: "Points of Order", "3.31 pm".
			if k > first && isSittingTime(body[paras[k].start:paras[k].end]) {
				last = k - 1
				for last > first && isSectionHeading(body[paras[last].start:paras[last].end]) {
					last--
				}
				break
			}
		}
		for last > first && (isTurnNote(body[paras[last].start:paras[last].end]) || isSittingTime(body[paras[last].start:paras[last].end])) {
			last--
		}
		if last < first {
			continue
		}
		end := paras[last].end
		for _, m := range [...]string{"**", "__"} {
			// the closing mark of a turn wrapped whole in emphasis, its
			// opening one before the label ("**Q: Who is the hunter?**")
			if t := body[start:end]; strings.HasSuffix(t, m) && strings.Count(t, m)%2 == 1 {
				end -= len(m)
			}
		}
		if n := questionNumber(body[start:end]); n > 0 && strings.HasPrefix(body[start+n:end], "asked ") {
			// a tabled question's number under its member's label: "1.
			// asked the Minister for Social Development …"
			start += n
		}
		if start >= end {
			continue
		}
		turns = append(turns, Turn{Text: body[start:end], Start: start, End: end})
		owners = append(owners, li)
	}
	return turns, owners
}

// skipInterpreting moves start past a note on interpreting that opens a
// turn's words: "PRESIDENT ZELENSKYY: (As interpreted.) Thank you." The
// words must go on after it.
func skipInterpreting(body string, start, end int) int {
	if start >= end || body[start] != '(' {
		return start
	}
	k := strings.IndexByte(body[start:end], ')')
	if k < 0 || k > 48 {
		return start
	}
	note := strings.ToLower(body[start : start+k])
	if !strings.Contains(note, "interpret") && !strings.Contains(note, "translat") && !strings.HasPrefix(note, "(in ") &&
		!strings.HasPrefix(note, "(speaking") && !strings.HasPrefix(note, "(via") && !strings.HasPrefix(note, "(through") {
		return start
	}
	next := start + k + 1
	for next < end && (body[next] == ' ' || body[next] == '.') {
		next++
	}
	if next >= end {
		return start
	}
	return next
}
