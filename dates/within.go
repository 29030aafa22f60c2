// This file reads a unit named as the period a sentence is in: "later in
// the day", "earlier in the week", "late in the year" are the day, the week
// and the year the text speaks of.

package dates

// matchInThe: "the day" of "later in the day", "the year" of "earlier in
// the year". i is "the"; "earlier", "later", "early" or "late" and "in"
// come before it, and no "of", "before" or "after" follows the unit ("later
// in the day of the vote" names another day). The day is the last one the
// line named, else the reference day; the week, the month and the year are
// the reference's.
func (s *scanner) matchInThe(i int) (int, int, value, bool) {
	if !s.is(i-1, "in") || !(s.is(i-2, "earlier") || s.is(i-2, "later") || s.is(i-2, "early") || s.is(i-2, "late")) {
		return 0, 0, value{}, false
	}
	w := s.word(i + 1)
	if w == nil || w.inf().plural || s.is(i+2, "of") || s.is(i+2, "before") || s.is(i+2, "after") || s.dash(i+2) {
		return 0, 0, value{}, false
	}
	v := value{}
	y, m, d := s.ry, s.rm, s.rd
	switch w.inf().unit {
	case unitDay:
		v.g = GrainDay
		if s.dEnd >= 0 && s.dy != 0 {
			y, m, d = s.dy, s.dm, s.dd
		}
		v.y, v.m, v.d = y, m, d
	case unitWeek:
		v.g = GrainWeek
		if y != 0 {
			v.y, v.week = civil(y, m, d).ISOWeek()
		}
	case unitMonth:
		v.g, v.y, v.m = GrainMonth, y, m
	case unitYear:
		v.g, v.y = GrainYear, y
	default:
		return 0, 0, value{}, false
	}
	v.back = true // the period already spoken of: no new context
	return i, i + 2, v, true
}
