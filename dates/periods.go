// This file reads relative periods and parts of the year: "last month",
// "the first quarter of 2025", "Q1 2025", "third-quarter", "the latest
// quarter", "the year-earlier quarter", "spring 2025", holidays, centuries.

package dates

import "time"

// matchMod: "this year", "last month", "next week", "last Friday", "this
// morning", "next June", "this spring", "this Christmas".
func (s *scanner) matchMod(i int) (int, int, value, bool) {
	mod := s.toks[i].inf().mod
	shift := 0
	switch mod {
	case modLast, modPast, modPrevious:
		shift = -1
	case modNext, modComing:
		shift = 1
	}
	w := s.word(i + 1)
	if w == nil {
		return 0, 0, value{}, false
	}
	if mod == modThis && w.inf().quarter {
		return s.matchTheQuarter(i) // "this quarter"
	}
	if mod == modThis && s.is(i+1, "past") {
		// "this past spring", "this past Sunday": the last one, which may
		// be of this year or this week
		st, en, v, ok := s.matchMod(i + 1)
		if !ok || st != i+1 {
			return 0, 0, value{}, false
		}
		if v.g == GrainSeason && s.ry != 0 {
			v.y = s.seasonYear(int(v.season), -1)
		}
		if v.g == GrainDay && s.ry != 0 {
			if wd := int(s.toks[i+2].inf().weekday); wd > 0 {
				v = s.weekday(wd, 0, -1)
			}
		}
		return i, en, v, true
	}
	en := i + 2
	inf := w.inf()
	y, m, d := s.ry, s.rm, s.rd
	switch {
	case inf.unit != unitNone && !inf.plural:
		if mod == modPast && s.is(i-1, "the") {
			// "over the past year" is a year's length up to now, not last
			// year
			if s.p.opts.NoDurations {
				return 0, 0, value{}, false
			}
			return i - 1, en, value{g: GrainDuration, dur: durationValue(1, inf.unit)}, true
		}
		v := value{}
		switch inf.unit {
		case unitYear:
			v.g = GrainYear
			if y != 0 {
				v.y = y + shift
			}
			if (s.is(i, "following") || s.is(i, "previous")) && s.is(i-1, "the") && s.prev.y != 0 {
				// "the following year": after the year the text spoke of
				v.y = s.prev.y + shift
			}
			if (s.punct(en, "'") || s.punct(en, "\u2019")) && s.is(en+1, "s") {
				// "this year's third quarter", "last year's quarter"
				if e, q, ok := s.quarterOfYear(en+2, v.y, true); ok {
					return i, e, q, true
				}
			}
		case unitMonth:
			v.g = GrainMonth
			if y != 0 {
				t := civil(y, m, 1).AddDate(0, shift, 0)
				v.y, v.m = t.Year(), int(t.Month())
			}
			if (s.is(i, "following") || s.is(i, "previous")) && s.is(i-1, "the") && s.prev.y != 0 && s.prev.m != 0 {
				// "the following month": after the month the text spoke of
				t := civil(s.prev.y, s.prev.m, 1).AddDate(0, shift, 0)
				v.y, v.m = t.Year(), int(t.Month())
			}
		case unitWeek:
			v.g = GrainWeek
			if y != 0 {
				v.y, v.week = civil(y, m, d).AddDate(0, 0, 7*shift).ISOWeek()
			}
		case unitDecade:
			// "the last decade", "this decade", "the next decade"
			if s.is(i, "following") || s.is(i, "previous") {
				return 0, 0, value{}, false
			}
			if shift > 0 && s.is(i-1, "the") {
				// "over the next decade": ten years from now
				return i - 1, en, value{g: GrainDuration, dur: durationValue(1, unitDecade)}, true
			}
			v.g = GrainDecade
			if y != 0 {
				v.y = (y/10 + shift) * 10
			}
		case unitDay:
			// "the next day", "the previous day": from the last day named
			if shift == 0 || !s.is(i-1, "the") {
				return 0, 0, value{}, false
			}
			v.g = GrainDay
			if s.ly != 0 {
				v.y, v.m, v.d = addDays(s.ly, s.lm, s.ld, shift)
			} else if y != 0 {
				v.y, v.m, v.d = addDays(y, m, d, shift)
			}
		default:
			return 0, 0, value{}, false
		}
		return i, en, v, true
	case s.is(i+1, "weekend"):
		v := value{g: GrainWeek, wkend: true}
		if y != 0 {
			v.y, v.week = civil(y, m, d).AddDate(0, 0, 7*shift).ISOWeek()
		}
		return i, en, v, true
	case inf.weekday > 0 && w.capital:
		if mod == modThis || mod == modCurrent || mod == modComing {
			// this Friday: the one of the current week
			v := s.weekday(int(inf.weekday), s.toks[i].start, 0)
			if y != 0 && mod == modThis {
				mon := civil(y, m, d).AddDate(0, 0, -((int(civil(y, m, d).Weekday()) + 6) % 7))
				t := mon.AddDate(0, 0, (int(inf.weekday)+5)%7)
				v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
			}
			if mod == modComing {
				v = s.weekday(int(inf.weekday), 0, 1)
			}
			return i, en, v, true
		}
		if (s.is(i, "previous") || s.is(i, "following")) && s.is(i-1, "the") && s.ly != 0 {
			// "the previous Friday", "the following Monday": counted from
			// the day the text last named
			cur, want := int(civil(s.ly, s.lm, s.ld).Weekday()), int(inf.weekday)-1
			delta := (want - cur + 7) % 7 // the next one after that day
			if shift < 0 {
				delta = -((cur - want + 7) % 7) // the last one before it
			}
			if delta == 0 {
				delta = 7 * shift
			}
			y, m, d := addDays(s.ly, s.lm, s.ld, delta)
			return i, en, value{g: GrainDay, y: y, m: m, d: d, back: true}, true
		}
		return i, en, s.weekday(int(inf.weekday), 0, shift), true
	case inf.month > 0 && w.capital && !inf.abbr:
		v := value{g: GrainMonth, m: int(inf.month)}
		if y != 0 {
			v.y = y
			switch {
			case shift < 0 && v.m >= m:
				v.y--
			case shift > 0 && v.m <= m:
				v.y++
			}
		}
		return i, en, v, true
	case inf.season > 0:
		v := value{g: GrainSeason, season: inf.season}
		if y != 0 {
			v.y = y + shift
		}
		return i, en, v, true
	case inf.pod > 0 && mod == modThis:
		v := value{g: GrainPartDay, pod: inf.pod, y: y, m: m, d: d}
		return i, en, v, true
	case inf.pod >= 3 && mod == modLast:
		// "last night", "last evening": yesterday's
		v := value{g: GrainPartDay, pod: inf.pod}
		if y != 0 {
			v.y, v.m, v.d = addDays(y, m, d, -1)
		}
		return i, en, v, true
	case inf.holiday == holChristmas && mod == modThis:
		v := value{g: GrainDay, m: 12, d: 25, y: y}
		return i, en, v, true
	}
	return 0, 0, value{}, false
}

// sameDay reports "the same day" or "that same day" at i that refers to
// the day the text named last, in this paragraph or the one before (a
// blank line between): not
// "the same day-to-day work", "the same day as the vote", nor a day the
// text named long before ("registering and voting on the same day").
func (s *scanner) sameDay(i int) bool {
	return s.is(i+1, "same") && s.is(i+2, "day") && s.ly != 0 && s.lline >= s.line-2 && !s.dash(i+3) && !s.is(i+3, "as")
}

// matchThe: "the first quarter of 2025", "the 1990s", "the year ahead".
func (s *scanner) matchThe(i int) (int, int, value, bool) {
	if w := s.word(i + 1); w != nil {
		if w.wi == 0 {
			return 0, 0, value{}, false // "the" before a word in no table: most of them
		}
		if (s.is(i-1, "on") || i == 0 || s.sentenceEnd(i-1)) && s.sameDay(i) {
			// "on the same day", "The same day, …": the day the text last
			// named
			return i, i + 3, value{g: GrainDay, y: s.ly, m: s.lm, d: s.ld, back: true}, true
		}
		if st, en, v, ok := s.matchInThe(i); ok {
			return st, en, v, ok
		}
		if st, en, v, ok := s.matchTheYear(i); ok {
			return st, en, v, ok
		}
		if d := int(w.inf().decadeWord); d > 0 && !w.capital && s.ry != 0 {
			// "the nineties": the last such decade before the reference
			// year, a named decade being one that has begun
			y := s.ry/100*100 + d*10
			if y > s.ry {
				y -= 100
			}
			return i, i + 2, value{g: GrainDecade, y: y, abs: true}, true
		}
		if r, en := s.refAfterThe(i + 1); r != 0 {
			return i, en, value{g: GrainRef, lit: refNames[r]}, true
		}
		if st, en, v, ok := s.matchTheQuarter(i); ok {
			return st, en, v, ok
		}
		if k := i + 1 + b2i(s.is(i+1, "comparable")); s.is(k, "year") {
			if st, en, v, ok := s.matchYearAgo(i, k); ok {
				return st, en, v, ok
			}
		}
		if w.inf().ord > 0 || s.is(i+1, "last") || s.is(i+1, "final") {
			return s.matchPart(i, i+1)
		}
		// "the end of the year", "the beginning of this month"
		if (s.is(i+1, "end") || s.is(i+1, "beginning") || s.is(i+1, "start") || s.is(i+1, "middle")) && s.is(i+2, "of") &&
			(s.is(i+3, "the") || s.is(i+3, "this")) && s.word(i+4) != nil {
			v := value{}
			switch s.word(i + 4).inf().unit {
			case unitYear:
				if s.word(i + 4).inf().plural {
					return 0, 0, value{}, false
				}
				v.g, v.y = GrainYear, s.ry
			case unitMonth:
				if s.word(i + 4).inf().plural {
					return 0, 0, value{}, false
				}
				v.g, v.y, v.m = GrainMonth, s.ry, s.rm
			default:
				return 0, 0, value{}, false
			}
			return i, i + 5, v, true
		}
		// "over the weekend": the last one in the past tense, the next one
		// in the future tense
		if s.is(i+1, "weekend") && (s.is(i-1, "over") || s.is(i-1, "during") || s.is(i-1, "at") || s.is(i-1, "on") || s.is(i-1, "for")) {
			v := value{g: GrainWeek, wkend: true}
			if s.ry != 0 {
				ref := civil(s.ry, s.rm, s.rd)
				wd := int(ref.Weekday()) // Sunday 0 … Saturday 6
				var sat time.Time
				switch {
				case wd == 6 || wd == 0:
					sat = ref.AddDate(0, 0, -((wd + 1) % 7)) // this weekend's Saturday
				case s.tense(s.toks[i].start) > 0:
					sat = ref.AddDate(0, 0, 6-wd)
				default:
					sat = ref.AddDate(0, 0, -(wd + 1))
				}
				v.y, v.week = sat.ISOWeek()
			}
			return i, i + 2, v, true
		}
		if s.is(i+1, "year") && s.is(i+2, "ahead") {
			v := value{g: GrainYear}
			if s.ry != 0 {
				v.y = s.ry + 1
			}
			return i, i + 3, v, true
		}
		return 0, 0, value{}, false
	}
	// "the '80s": a decade of two digits, the last one begun
	if (s.punct(i+1, "'") || s.punct(i+1, "\u2019")) && s.ry != 0 {
		if y := s.num(i + 2); y != nil && y.digits == 2 && y.n%10 == 0 && s.is(i+3, "s") && !s.toks[i+3].gap && !s.toks[i+2].gap {
			d := s.ry/100*100 + int(y.n)
			if d > s.ry {
				d -= 100
			}
			return i, i + 4, value{g: GrainDecade, y: d, abs: true}, true
		}
	}
	if y := s.num(i + 1); y != nil && y.digits == 4 && y.n%10 == 0 {
		if w := s.word(i + 2); w != nil && !w.gap && s.is(i+2, "s") {
			return i, i + 3, value{g: GrainDecade, y: int(y.n), abs: true}, true
		}
	}
	return 0, 0, value{}, false
}

// matchPart: "first quarter of 2025", "the second half of this year".
func (s *scanner) matchPart(st, i int) (int, int, value, bool) {
	var n int
	if w := s.word(i); w != nil {
		switch {
		case w.inf().ord > 0:
			n = int(w.inf().ord)
		case s.is(i, "last") || s.is(i, "final"):
			n = -1
		}
	}
	if n == 0 {
		return 0, 0, value{}, false
	}
	v := value{}
	hyph := false
	if s.dash(i+1) && !s.toks[i+1].gap && s.is(i+2, "quarter") && !s.toks[i+2].gap {
		i++ // "third-quarter": the ordinal joined to its unit
		hyph = true
	}
	switch {
	case s.is(i+1, "quarter"):
		v.g = GrainQuarter
		if n == -1 {
			n = 4
		}
		if n > 4 {
			return 0, 0, value{}, false
		}
	case s.is(i+1, "half"):
		v.g = GrainHalf
		if n == -1 {
			n = 2
		}
		if n > 2 {
			return 0, 0, value{}, false
		}
	default:
		return 0, 0, value{}, false
	}
	v.part = int8(n)
	en := i + 2
	if y, e := s.optYear(en); y != 0 {
		v.y, v.abs = y, true
		return st, e, v, true
	}
	if s.is(en, "of") && s.word(en+1) != nil && s.word(en+1).inf().mod != modNone && s.is(en+2, "year") {
		shift := 0
		switch s.word(en + 1).inf().mod {
		case modLast, modPrevious, modPast:
			shift = -1
		case modNext, modComing:
			shift = 1
		}
		if s.ry != 0 {
			v.y = s.ry + shift
		}
		return st, en + 3, v, true
	}
	if s.is(en, "of") && s.is(en+1, "the") && s.is(en+2, "year") {
		en += 3
	}
	if st == i && !s.is(i-1, "the") && !hyph && v.g != GrainQuarter {
		// "first half" with no article and no year is too weak.
		return 0, 0, value{}, false
	}
	if v.g == GrainQuarter && s.is(en, "of") && !s.is(en+1, "the") && !s.amount(en+1) {
		// "the first quarter of a century", not "a loss for the third
		// quarter of $2 million"
		return 0, 0, value{}, false
	}
	switch {
	case s.cy != 0 && (s.cline == s.line || s.ry == 0):
		v.y = s.cy
	case v.g == GrainQuarter && s.ry != 0:
		v.y = s.quarterYear(int(v.part), s.toks[st].start)
	case s.cy != 0:
		v.y = s.cy
	default:
		v.y = s.ry
	}
	return st, en, v, true
}

// matchQ: "Q1 2025", "H2 2024".
func (s *scanner) matchQ(i int) (int, int, value, bool) {
	t := s.num(i + 1)
	if t == nil || t.gap || t.digits != 1 {
		return 0, 0, value{}, false
	}
	v := value{part: int8(t.n)}
	if s.is(i, "q") {
		v.g = GrainQuarter
		if t.n < 1 || t.n > 4 {
			return 0, 0, value{}, false
		}
	} else {
		v.g = GrainHalf
		if t.n < 1 || t.n > 2 {
			return 0, 0, value{}, false
		}
	}
	if y := s.yearNum(i + 2); y != 0 {
		v.y, v.abs = y, true
		return i, i + 3, v, true
	}
	return 0, 0, value{}, false
}

// matchSeason: "spring 2025", "the summer of 2024", and without a year
// "the summer" after a preposition of time ("into the summer", "over the
// winter") or with "early", "late" or "mid" ("the early summer"): the
// season of the reference's year as the sentence's tense places it.
func (s *scanner) matchSeason(i int) (int, int, value, bool) {
	y, e := s.optYear(i + 1)
	if y == 0 || s.punct(i+1, ",") {
		return s.matchTheSeason(i)
	}
	return i, e, value{g: GrainSeason, season: s.toks[i].inf().season, y: y, abs: true}, true
}

// matchTheSeason reads a season named with "the" and no year at i. "the
// fall in prices", "the spring of a trap" and "the Summer Games" are no
// seasons: the word is lower-case and no "of" or "in" follows it.
func (s *scanner) matchTheSeason(i int) (int, int, value, bool) {
	t := &s.toks[i]
	if t.capital || s.is(i+1, "of") || s.is(i+1, "in") || s.dash(i+1) {
		return 0, 0, value{}, false
	}
	k := i - 1
	adjusted := false
	if w := s.word(k); w != nil && w.inf().adjust > 0 {
		k, adjusted = k-1, true // "the early summer"
	}
	if !s.is(k, "the") {
		return 0, 0, value{}, false
	}
	if !adjusted {
		if p := s.word(k - 1); p == nil || !p.inf().periodPrep {
			return 0, 0, value{}, false
		}
	}
	v := value{g: GrainSeason, season: t.inf().season}
	if s.ry != 0 {
		v.y = s.seasonYear(int(v.season), s.tense(t.start))
	}
	return k, i + 1, v, true
}

// seasonYear picks the year of season n (1 spring ... 4 winter, a winter
// being that of its January) named without one: in a past tense (tense <
// 0) the last one begun by the reference date, in a future tense (tense >
// 0) the first one not over, else the one nearest the reference date.
func (s *scanner) seasonYear(n, tense int) int {
	ref := civil(s.ry, s.rm, s.rd)
	best, bestDist := 0, time.Duration(1<<62)
	for y := s.ry - 1; y <= s.ry+1; y++ {
		v := value{g: GrainSeason, season: int8(n), y: y}
		from, to := v.bounds()
		var dist time.Duration
		switch {
		case tense < 0 && from.After(ref), tense > 0 && !to.After(ref):
			continue
		case tense < 0:
			dist = ref.Sub(from)
		case tense > 0:
			dist = to.Sub(ref)
		case from.After(ref):
			dist = from.Sub(ref)
		case !to.After(ref):
			dist = ref.Sub(to)
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// matchHoliday: "Christmas", "Christmas Day", "Christmas Eve 2024", "New
// Year's Day", "Anzac Day".
func (s *scanner) matchHoliday(i int) (int, int, value, bool) {
	v := value{g: GrainDay}
	monday := false // Easter Monday
	en := i + 1
	switch s.toks[i].inf().holiday {
	case holChristmas:
		v.m, v.d = 12, 25
		if s.is(en, "eve") && s.toks[en].capital {
			v.d = 24
			en++
		} else if s.is(en, "day") && s.toks[en].capital {
			en++
		}
	case holNewYear:
		if !s.is(i+1, "year") || !s.toks[i+1].capital {
			return 0, 0, value{}, false
		}
		k := i + 2
		if s.punct(k, "'") || s.punct(k, "\u2019") {
			if !s.is(k+1, "s") {
				return 0, 0, value{}, false
			}
			k += 2
		}
		switch {
		case s.is(k, "day"):
			v.m, v.d = 1, 1
		case s.is(k, "eve"):
			v.m, v.d = 12, 31
		default:
			return 0, 0, value{}, false
		}
		en = k + 1
	case holHalloween:
		v.m, v.d = 10, 31
	case holBoxing:
		if !s.is(en, "day") || !s.toks[en].capital {
			return 0, 0, value{}, false
		}
		v.m, v.d = 12, 26
		en++
	case holEaster:
		v.m, v.d = 4, 10 // about: the year is settled first
		if s.is(en, "sunday") && s.toks[en].capital || s.is(en, "day") && s.toks[en].capital {
			en++
		} else if s.is(en, "monday") && s.toks[en].capital {
			en++
			monday = true
		}
	case holThanksgiving:
		v.m, v.d = 11, 25 // about
		if s.is(en, "day") && s.toks[en].capital {
			en++
		}
	case holNamed:
		// "Anzac Day", "Veterans' Day", "Veterans Day", "Valentine's Day"
		if s.punct(en, "'") || s.punct(en, "\u2019") {
			if en++; s.is(en, "s") {
				en++
			}
		}
		if !s.is(en, "day") || !s.toks[en].capital {
			return 0, 0, value{}, false
		}
		if p := s.word(i - 1); p != nil && p.capital && p.inf().trig == trigNone && p.inf().mod == modNone && !s.is(i-1, "the") {
			return 0, 0, value{}, false // another day: "Holocaust Remembrance Day"
		}
		inf := s.toks[i].inf()
		v.m, v.d = int(inf.dayM), int(inf.dayD)
		en++
	}
	if w := s.word(en); w != nil && w.capital && w.inf().month == 0 && w.inf().weekday == 0 {
		return 0, 0, value{}, false // a name: "Christmas Island", "Easter Island"
	}
	abs := false
	if y := s.yearNum(en); y != 0 {
		v.y, abs = y, true
		en++
	} else {
		v.y = s.yearFor(v.m, v.d, 0, s.toks[i].start)
	}
	if v.y != 0 {
		switch s.toks[i].inf().holiday {
		case holEaster:
			v.m, v.d = easter(v.y)
			if monday {
				v.y, v.m, v.d = addDays(v.y, v.m, v.d, 1)
			}
		case holThanksgiving:
			// the fourth Thursday of November
			first := int(civil(v.y, 11, 1).Weekday())
			v.m, v.d = 11, 1+(4-first+7)%7+21
		}
	}
	v.abs = abs
	return i, en, v, true
}

// easter returns the month and day of Easter Sunday in year y (the
// Gregorian computus).
func easter(y int) (int, int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return n / 31, n%31 + 1
}

// quarterYear picks the year of quarter q named without one: the
// reference's year when q has begun by the reference date, else the year
// before in a past-tense sentence ("the fourth quarter" in a May report).
func (s *scanner) quarterYear(q, pos int) int {
	if q <= (s.rm-1)/3+1 || s.tense(pos) >= 0 {
		return s.ry
	}
	return s.ry - 1
}

// lastQuarter returns the quarter a text speaks of when it names none: the
// last one it named, else the last one ended by the reference date.
func (s *scanner) lastQuarter() value {
	v := value{g: GrainQuarter}
	switch {
	case s.qy != 0:
		v.y, v.part = s.qy, int8(s.qp)
	case s.ry != 0:
		q := (s.rm-1)/3 + 1
		v.y, v.part = s.ry, int8(q-1)
		if q == 1 {
			v.y, v.part = s.ry-1, 4
		}
	}
	return v
}

// matchYearEnd: "by year-end", "since year-end", "by year's end" after a
// preposition: the last day of the reference's year ("year-end") or the
// year ("year end"), the year before after "since". i is "year".
func (s *scanner) matchYearEnd(i int) (int, int, value, bool) {
	if !(s.is(i-1, "by") || s.is(i-1, "since") || s.is(i-1, "before") || s.is(i-1, "until") || s.is(i-1, "till") ||
		s.is(i-1, "at") || s.is(i-1, "around") || s.is(i-1, "after") || s.is(i-1, "from")) || s.toks[i].capital {
		return 0, 0, value{}, false
	}
	en, day := 0, false
	switch {
	case s.dash(i+1) && !s.toks[i+1].gap && s.is(i+2, "end") && !s.toks[i+2].gap:
		en, day = i+3, true
	case s.is(i+1, "end"):
		en = i + 2
	case (s.punct(i+1, "'") || s.punct(i+1, "\u2019")) && s.is(i+2, "s") && s.is(i+3, "end"):
		en = i + 4
	default:
		return 0, 0, value{}, false
	}
	v := value{g: GrainYear, y: s.ry}
	if s.ry != 0 && s.is(i-1, "since") {
		v.y--
	}
	if day && v.y != 0 {
		v.g, v.m, v.d = GrainDay, 12, 31
	}
	return i, en, v, true
}

// matchTheQuarter: "the quarter", "the latest quarter", "the latest
// period", "the current quarter", "this quarter", "that quarter", "the
// year-earlier quarter". i is the determiner.
func (s *scanner) matchTheQuarter(i int) (int, int, value, bool) {
	j := i + 1
	this := s.is(i, "this")
	cur := this || s.is(j, "current")
	latest := s.is(j, "latest") || s.is(j, "most") && s.is(j+1, "recent")
	switch {
	case this:
	case cur || s.is(j, "latest"):
		j++
	case latest:
		j += 2
	}
	if s.is(j, "fiscal") {
		j++
	}
	if !s.is(j, "quarter") && !(latest && s.is(j, "period")) || s.is(j+1, "of") || s.dash(j+1) || s.toks[j].capital {
		return 0, 0, value{}, false
	}
	if this && s.qy != 0 && s.tense(s.toks[i].start) <= 0 {
		// "This quarter's loss" in a report of the third quarter: the
		// quarter reported, unless the sentence looks ahead
		return i, j + 1, s.lastQuarter(), true
	}
	if cur {
		if s.ry == 0 {
			return i, j + 1, value{g: GrainQuarter}, true
		}
		return i, j + 1, value{g: GrainQuarter, y: s.ry, part: int8((s.rm-1)/3 + 1)}, true
	}
	return i, j + 1, s.lastQuarter(), true
}

// matchTheYear: the year a report speaks of. "the year ended March 31",
// "the fiscal year ending in June" are a year's length (P1Y), its end
// given beside it; "the current year", "the full year", "the fiscal year"
// and "for the year." are the reference's year. A bare "the year" is read
// only between a preposition and the end of its clause ("through the first
// nine months of the year."), where it can mean nothing else; "the year
// before", "the year 2000", "the year of the flood" are left alone. i is
// "the".
func (s *scanner) matchTheYear(i int) (int, int, value, bool) {
	j := i + 1
	cur := s.is(j, "current")
	if cur {
		j++
	}
	full := s.is(j, "full")
	if full {
		j++
	}
	fiscal := s.is(j, "fiscal")
	if fiscal {
		j++
	}
	if !s.is(j, "year") || s.toks[j].capital {
		return 0, 0, value{}, false
	}
	if s.is(j+1, "ended") || s.is(j+1, "ending") {
		return i, j + 1, value{g: GrainDuration, dur: "P1Y"}, true
	}
	if s.yearNum(j+1) != 0 || s.dash(j+1) {
		return 0, 0, value{}, false
	}
	if !cur && !full && !fiscal {
		p := s.word(i - 1)
		if p == nil || !(s.is(i-1, "for") || s.is(i-1, "of") || s.is(i-1, "throughout") || s.is(i-1, "during")) {
			return 0, 0, value{}, false
		}
		if j+1 < len(s.toks) && !(s.punct(j+1, ".") || s.punct(j+1, ",") || s.punct(j+1, ";")) {
			return 0, 0, value{}, false
		}
	}
	return i, j + 1, value{g: GrainYear, y: s.ry}, true
}

// matchYearAgo: "year-earlier", "year-ago", "the year-earlier quarter", "the
// comparable year-ago period": the quarter the text speaks of, a year
// before; else the year before the reference. i is "year".
func (s *scanner) matchYearAgo(st, i int) (int, int, value, bool) {
	if !s.dash(i+1) || s.toks[i+1].gap || !(s.is(i+2, "earlier") || s.is(i+2, "ago")) || s.toks[i+2].gap {
		return 0, 0, value{}, false
	}
	en := i + 3
	if w := s.word(en); w != nil && w.inf().ord > 0 && s.is(en+1, "quarter") {
		en++
	}
	period := s.is(en, "quarter") || s.is(en, "period")
	if period {
		en++
	} else if st != i {
		st = i + 0 // "the year-earlier profit": the article is the noun's
		if s.is(i-1, "comparable") {
			return 0, 0, value{}, false
		}
	}
	v := s.lastQuarter()
	if s.qy == 0 && !period {
		v = value{g: GrainYear, y: s.ry}
	}
	if v.y != 0 {
		v.y--
	}
	v.back = true
	return st, en, v, true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// quarterOfYear reads a quarter of year y at k: "third quarter" ("1988
// third quarter"), or, when the year follows an article or is a
// possessive, "quarter" and "period" alone ("the 1988 quarter", "last
// year's quarter"), the quarter the text speaks of.
func (s *scanner) quarterOfYear(k, y int, det bool) (int, value, bool) {
	v := value{g: GrainQuarter, y: y}
	if w := s.word(k); w != nil && w.inf().ord > 0 && w.inf().ord <= 4 && s.is(k+1, "quarter") {
		v.part = w.inf().ord
		return k + 2, v, true
	}
	if det && (s.is(k, "quarter") || s.is(k, "period")) && !s.is(k+1, "of") {
		v.part = s.lastQuarter().part
		if v.part == 0 {
			return k, v, false
		}
		v.back = true // the quarter spoken of, in another year: no new context
		return k + 1, v, true
	}
	return k, v, false
}

// matchCentury: "the 20th century", "the nineteenth century": 19 and 18,
// the first two digits of its years.
func (s *scanner) matchCentury(i, n int) (int, int, value, bool) {
	if n < 1 || n > 30 {
		return 0, 0, value{}, false
	}
	b := pad(nil, n-1, 2)
	st := i
	if s.is(i-1, "the") {
		st = i - 1
	}
	return st, i + 2, value{g: GrainDecade, lit: string(b), abs: true}, true
}

// matchThat: "that year", "that day": the year or the day the text last
// spoke of.
func (s *scanner) matchThat(i int) (int, int, value, bool) {
	if s.dash(i + 2) {
		return 0, 0, value{}, false // "that year-end"
	}
	switch {
	case s.is(i+1, "year") && s.prev.y != 0:
		return i, i + 2, value{g: GrainYear, y: s.prev.y, back: true}, true
	case s.is(i+1, "quarter") && (s.qy != 0 || s.ry != 0):
		return i, i + 2, s.lastQuarter(), true
	case s.is(i+1, "day") && s.ly != 0:
		return i, i + 2, value{g: GrainDay, y: s.ly, m: s.lm, d: s.ld, back: true}, true
	case s.sameDay(i):
		// "that same day": the day the text last named
		return i, i + 3, value{g: GrainDay, y: s.ly, m: s.lm, d: s.ld, back: true}, true
	}
	return 0, 0, value{}, false
}
