// This file writes a normalised value out in TIMEX3 style and gives the
// period it denotes.

package dates

import (
	"strconv"
	"time"
)

// value is a normalised expression before it is written out.
type value struct {
	g      Grain
	y      int // year; 0 when unresolved
	m, d   int
	pod    int8
	hh, mi int
	part   int8 // quarter 1..4 or half 1..2
	season int8
	week   int
	wkend  bool
	dur    string // duration value, "P2D"
	lit    string // a value written out as is: "PRESENT_REF", "PXY", "XXXX-07"
	abs    bool   // the text gives the year itself
	back   bool   // counted back from another expression ("a year earlier"): no new context
	adj    bool   // a length as an adjective ("a two-year plan")
	// until is the last day of a range of days ("24-25 June"); zero if none.
	uy, um, ud int
}

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func addDays(y, m, d, n int) (int, int, int) {
	t := civil(y, m, d).AddDate(0, 0, n)
	return t.Year(), int(t.Month()), t.Day()
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: 29 February is possible
	}
	return civil(y, m, d).Day() == d
}

func pad(b []byte, n, w int) []byte {
	if n < 0 {
		n = 0
	}
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for k := len(s); k < w; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// String writes the value in TIMEX3 style; "" when unresolved.
func (v *value) String() string {
	if v.lit != "" {
		return v.lit
	}
	if v.g == GrainDuration {
		return v.dur
	}
	if v.y == 0 && v.g != GrainDecade {
		return ""
	}
	var b [32]byte
	s := b[:0]
	switch v.g {
	case GrainDecade:
		if v.y == 0 {
			return ""
		}
		s = pad(s, v.y/10, 3) // TimeML writes a decade by its first three digits
	case GrainYear:
		s = pad(s, v.y, 4)
	case GrainHalf:
		s = pad(s, v.y, 4)
		s = append(s, '-', 'H', byte('0'+v.part))
	case GrainQuarter:
		s = pad(s, v.y, 4)
		s = append(s, '-', 'Q', byte('0'+v.part))
	case GrainSeason:
		s = pad(s, v.y, 4)
		s = append(s, '-')
		s = append(s, seasonNames[v.season]...)
	case GrainMonth:
		s = pad(s, v.y, 4)
		s = append(s, '-')
		s = pad(s, v.m, 2)
	case GrainWeek:
		s = pad(s, v.y, 4)
		s = append(s, '-', 'W')
		s = pad(s, v.week, 2)
		if v.wkend {
			s = append(s, "-WE"...)
		}
	case GrainDay, GrainPartDay, GrainTime:
		s = pad(s, v.y, 4)
		s = append(s, '-')
		s = pad(s, v.m, 2)
		s = append(s, '-')
		s = pad(s, v.d, 2)
		if v.g == GrainPartDay {
			s = append(s, 'T')
			s = append(s, podNames[v.pod]...)
		} else if v.g == GrainTime {
			s = append(s, 'T')
			s = pad(s, v.hh, 2)
			s = append(s, ':')
			s = pad(s, v.mi, 2)
		}
	default:
		return ""
	}
	return string(s)
}

// bounds returns the period [from, to) the value denotes.
func (v *value) bounds() (time.Time, time.Time) {
	if v.g == GrainDuration || (v.y == 0) {
		return time.Time{}, time.Time{}
	}
	switch v.g {
	case GrainDecade:
		f := civil(v.y/10*10, 1, 1)
		return f, f.AddDate(10, 0, 0)
	case GrainYear:
		f := civil(v.y, 1, 1)
		return f, f.AddDate(1, 0, 0)
	case GrainHalf:
		f := civil(v.y, 1+6*int(v.part-1), 1)
		return f, f.AddDate(0, 6, 0)
	case GrainQuarter:
		f := civil(v.y, 1+3*int(v.part-1), 1)
		return f, f.AddDate(0, 3, 0)
	case GrainSeason:
		// Meteorological seasons of the northern hemisphere; winter runs
		// from December of the year before.
		m := [...]int{0, 3, 6, 9, 12}[v.season]
		y := v.y
		if v.season == 4 {
			y--
		}
		f := civil(y, m, 1)
		return f, f.AddDate(0, 3, 0)
	case GrainMonth:
		f := civil(v.y, v.m, 1)
		return f, f.AddDate(0, 1, 0)
	case GrainWeek:
		f := isoWeekStart(v.y, v.week)
		if v.wkend {
			f = f.AddDate(0, 0, 5)
			return f, f.AddDate(0, 0, 2)
		}
		return f, f.AddDate(0, 0, 7)
	case GrainPartDay:
		f := civil(v.y, v.m, v.d)
		h := [...]int{0, 6, 12, 17, 21}[v.pod]
		l := [...]int{0, 6, 5, 4, 3}[v.pod]
		return f.Add(time.Duration(h) * time.Hour), f.Add(time.Duration(h+l) * time.Hour)
	case GrainTime:
		f := time.Date(v.y, time.Month(v.m), v.d, v.hh, v.mi, 0, 0, time.UTC)
		return f, f.Add(time.Minute)
	case GrainDay:
		f := civil(v.y, v.m, v.d)
		if v.uy != 0 {
			return f, civil(v.uy, v.um, v.ud).AddDate(0, 0, 1)
		}
		return f, f.AddDate(0, 0, 1)
	}
	return time.Time{}, time.Time{}
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	// 4 January is always in week 1.
	j4 := civil(y, 1, 4)
	off := int(j4.Weekday()+6) % 7 // days since Monday
	return j4.AddDate(0, 0, -off+7*(w-1))
}

func durationValue(n int, u unit) string {
	if n <= 0 {
		return ""
	}
	var b [24]byte
	s := append(b[:0], 'P')
	switch u {
	case unitMinute, unitHour:
		s = append(s, 'T')
	}
	switch u {
	case unitFortnight:
		n *= 2
		u = unitWeek
	case unitDecade:
		n *= 10
		u = unitYear
	case unitCentury:
		n *= 100
		u = unitYear
	}
	s = strconv.AppendInt(s, int64(n), 10)
	s = append(s, " MHDWWMYYYQ"[u])
	return string(s)
}
