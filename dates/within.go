// This file reads a unit named as the period a sentence is in: "later in
// the day", "earlier in the week", "late in the year" are the day, the week
// and the year the text speaks of, "in the morning" that part of its day,
// "today is the third day of the strike" the reference day, and "by
// mid-afternoon" that part of the day the text speaks of.

package dates

// matchInThe: "the day" of "later in the day", "the year" of "earlier in
// the year", "the morning" of "in the morning". i is "the", after "in";
// no "of", "before" or "after" follows the unit ("later in the day of the
// vote" names another day). The day is the last one the line or the
// paragraph before it named ("... were dashed Friday. // Dealers bought in
// the morning"), else the reference day; the week, the month and the year
// are the reference's. A unit needs "earlier", "later", "early" or "late"
// before "in"; a part of the day does not.
func (s *scanner) matchInThe(i int) (int, int, value, bool) {
	if !s.is(i-1, "in") {
		return 0, 0, value{}, false
	}
	w := s.word(i + 1)
	if w == nil || w.inf().plural || w.capital || s.is(i+2, "of") || s.is(i+2, "before") || s.is(i+2, "after") || s.dash(i+2) {
		return 0, 0, value{}, false
	}
	y, m, d := s.ry, s.rm, s.rd
	switch {
	case s.dEnd >= 0 && s.dy != 0:
		y, m, d = s.dy, s.dm, s.dd
	case s.ly != 0 && s.line-s.lline <= 2:
		y, m, d = s.ly, s.lm, s.ld
	}
	if pod := w.inf().pod; pod > 0 && s.ry != 0 {
		// "Dealers bought in the morning", "later in the evening": that
		// part of the day the line speaks of
		return i, i + 2, value{g: GrainPartDay, pod: pod, y: y, m: m, d: d, back: true}, true
	}
	if !(s.is(i-2, "earlier") || s.is(i-2, "later") || s.is(i-2, "early") || s.is(i-2, "late")) {
		return 0, 0, value{}, false
	}
	v := value{}
	switch w.inf().unit {
	case unitDay:
		v.g, v.y, v.m, v.d = GrainDay, y, m, d
	case unitWeek:
		v.g = GrainWeek
		if s.ry != 0 {
			v.y, v.week = civil(s.ry, s.rm, s.rd).ISOWeek()
		}
	case unitMonth:
		v.g, v.y, v.m = GrainMonth, s.ry, s.rm
	case unitYear:
		v.g, v.y = GrainYear, s.ry
	default:
		return 0, 0, value{}, false
	}
	v.back = true // the period already spoken of: no new context
	return i, i + 2, v, true
}

// matchNthDay: "Today is the eighth day of the strike", "It's the second
// day of the offensive": the day of an event counted from its start, said
// in the present tense, is the reference day. i is the ordinal.
func (s *scanner) matchNthDay(i int) (int, int, value, bool) {
	st := i
	if s.is(st-1, "the") {
		st--
	}
	present := s.is(st-1, "is") || s.is(st-1, "s") && (s.punct(st-2, "'") || s.punct(st-2, "\u2019"))
	if !present || s.ry == 0 {
		return 0, 0, value{}, false
	}
	return st, i + 2, value{g: GrainDay, y: s.ry, m: s.rm, d: s.rd, back: true}, true
}

// matchMidPod: "mid-afternoon", "mid morning yesterday": that part of the
// day named right after it, else of the day the line or the paragraph
// before it named, else of the reference day. i is the part of the day,
// after "mid".
func (s *scanner) matchMidPod(i int) (int, int, value, bool) {
	st := i - 1
	if s.dash(st) {
		st--
	}
	if s.ry == 0 {
		return 0, 0, value{}, false
	}
	v := value{g: GrainPartDay, pod: s.toks[i].inf().pod, back: true}
	en := i + 1
	if w := s.word(en); w != nil && w.inf().rel > 0 && w.inf().rel != relTonight {
		// "mid-afternoon yesterday"
		_, _, d, _ := s.matchRel(en)
		v.y, v.m, v.d = d.y, d.m, d.d
		return st, en + 1, v, true
	}
	v.y, v.m, v.d = s.ry, s.rm, s.rd
	switch {
	case s.dEnd >= 0 && s.dy != 0:
		v.y, v.m, v.d = s.dy, s.dm, s.dd
	case s.ly != 0 && s.line-s.lline <= 2:
		v.y, v.m, v.d = s.ly, s.lm, s.ld
	}
	return st, en, v, true
}
