// This file reads expressions that open with a number: years (also spoken:
// "nineteen ninety-six"), durations ("two-year", "a week"), "three weeks
// ago", "a year earlier", clock times.

package dates

// isQuantity reports whether token i makes the number before it a quantity
// ("%", "billion", "percent", "troops").
func (s *scanner) isQuantity(i int) bool {
	if s.punct(i, "%") {
		return true
	}
	w := s.word(i)
	return w != nil && w.inf().quantity
}

// plural reports whether token i looks like a lower-case plural noun.
func (s *scanner) plural(i int) bool {
	w := s.word(i)
	if w == nil || w.capital || w.end-w.start < 4 {
		return false
	}
	x := s.text[w.start:w.end]
	if x[len(x)-1] != 's' || x[len(x)-2] == 's' || x[len(x)-2] == 'u' || x[len(x)-2] == 'i' {
		return false
	}
	switch x {
	case "this", "thus", "was", "has", "is", "its", "as", "always", "perhaps", "towards", "whereas", "besides", "sometimes":
		return false
	}
	return true
}

// matchYear: "in 2014", "since 2014", "the 2014 target", "for 2022", "the
// 1990s", "in 2023 and 2024".
func (s *scanner) matchYear(i int) (int, int, value, bool) {
	t := &s.toks[i]
	if t.ordinal || t.n < 1000 || t.n > 2999 {
		return 0, 0, value{}, false
	}
	// decade: "1990s", "the 1990s"
	if w := s.word(i + 1); w != nil && !w.gap && s.is(i+1, "s") && t.n%10 == 0 {
		return i, i + 2, value{g: GrainDecade, y: int(t.n), abs: true}, true
	}
	y := s.yearNum(i)
	if y == 0 || s.isQuantity(i+1) {
		return 0, 0, value{}, false
	}
	if s.punct(i-1, ".") && !s.toks[i].gap || s.punct(i-1, ",") && s.num(i-2) != nil {
		return 0, 0, value{}, false
	}
	ok := false
	p := i - 1
	if s.dash(p) && s.adjustAt(p-1) {
		ok = true // "mid-1990", "late-2004"
	} else if (s.is(p, "to") || s.is(p, "with")) && s.is(p-1, "compared") {
		ok = y >= 1900 && y <= 2100 // "compared to 1990 levels"
	} else if w := s.word(p); w != nil {
		if q := s.word(p - 1); q != nil && !w.capital && w.wi == 0 && w.end-w.start > 2 && (q.inf().yearDet || s.is(p-1, "the")) {
			// "his unsuccessful 1996 campaign", "the original 1949 treaty":
			// an adjective between the determiner and the year
			w, p = q, p-1
		}
		switch {
		case w.inf().trig == trigStrong && !s.is(p, "year") || s.is(p, "year") && !w.capital:
			ok = y >= 1800 && y <= 2199
		case w.inf().trig == trigWeak || s.is(p, "about") || s.is(p, "than") || w.inf().yearDet || s.is(p, "s") && s.possessive(p):
			ok = y >= 1900 && y <= 2100 && !s.plural(i+1)
			if s.is(p, "the") || w.inf().yearDet || s.is(p, "s") {
				// "the 2014 target": a word must follow
				ok = ok && s.word(i+1) != nil
			}
			if s.is(p, "and") || s.is(p, "or") || s.is(p, "to") && !s.is(p-1, "back") && !s.is(p-1, "dating") && !s.is(p-1, "dates") {
				// "from 2019 to 2021", but "dating back to 1994" names one
				ok = ok && s.lastYearEnd == p
			}
		}
	} else if (s.punct(p, ",") || s.dash(p)) && s.lastYearEnd == p {
		ok = true
	} else if (p < 0 || s.sentenceEnd(p)) && y >= 1900 && y <= 2100 {
		// "2025 will be a year of…": a sentence that opens with a year and a verb
		if w := s.word(i + 1); w != nil && !w.capital && w.inf().tense != 0 && !s.is(i+1, "expected") && !s.is(i+1, "plans") {
			ok = true
		}
		switch {
		case s.is(i+1, "is"), s.is(i+1, "marks"), s.is(i+1, "marked"), s.is(i+1, "saw"), s.is(i+1, "brought"), s.is(i+1, "has"):
			ok = true
		}
	}
	if !ok {
		return 0, 0, value{}, false
	}
	if en, v, ok := s.quarterOfYear(i+1, y, s.is(i-1, "the")); ok {
		v.abs = true
		if s.is(i-1, "the") {
			return i - 1, en, v, true // "the 1988 third quarter"
		}
		return i, en, v, true
	}
	return i, i + 1, value{g: GrainYear, y: y, abs: true}, true
}

// matchDuration: "two days", "30 years", "seven consecutive years", "three
// weeks ago".
func (s *scanner) matchDuration(i int) (int, int, value, bool) {
	var n int
	t := &s.toks[i]
	if s.is(i, "a") || s.is(i, "an") {
		// "a week ago", "a month", "an additional year"; rates ("once a
		// week", "$5 a day") are left out
		k := i + 1
		if w := s.word(k); w != nil && w.inf().filler {
			k++
		}
		w := s.word(k)
		if w == nil || w.inf().unit == unitNone || w.inf().plural || w.capital {
			return 0, 0, value{}, false
		}
		if !s.is(k+1, "ago") && !s.is(k+1, "earlier") && !s.is(k+1, "later") {
			if s.dash(k+1) || s.is(k+1, "or") && s.num(k+2) != nil || s.is(k+1, "of") && !s.is(i-1, "within") {
				// "a year-long", "a day or two", "a year of change"; but
				// "within a week of his arrival" is a week
				return 0, 0, value{}, false
			}
			if p := s.word(i - 1); p != nil && p.inf().unit != unitNone {
				return 0, 0, value{}, false // "7 days a week": a rate of time over time
			}
			if s.rate(i-1) || s.plural(i-1) {
				// "$2 million a year", "four flights a week": a rate, the
				// amount's and not a time's
				return 0, 0, value{}, false
			}
			if s.p.opts.NoDurations {
				return 0, 0, value{}, false
			}
			if s.is(k+1, "and") && s.is(k+2, "a") && s.is(k+3, "half") {
				// "a minute and a half", "a year and a half"
				if d := halfDuration(1, w.inf().unit); d != "" {
					return i, k + 4, value{g: GrainDuration, dur: d}, true
				}
			}
			return i, k + 1, value{g: GrainDuration, dur: durationValue(1, w.inf().unit)}, true
		}
		if k != i+1 {
			return 0, 0, value{}, false
		}
		n = 1
	} else if t.kind == tNum {
		n = int(t.n)
		if s.punct(i-1, ".") && !t.gap || s.punct(i-1, "$") || s.punct(i-1, "\u20ac") || s.punct(i-1, "\u00a3") {
			return 0, 0, value{}, false
		}
	} else {
		n = int(t.inf().num)
	}
	if n <= 0 {
		return 0, 0, value{}, false
	}
	j := i + 1
	if t.kind == tWord {
		// "twenty-four", "twenty four": tens and units in words
		if u, k := s.unitsAfterTens(i); u > 0 {
			n += u
			j = k
		}
	}
	if s.dash(j) && !s.toks[j].gap && j+1 < len(s.toks) && !s.toks[j+1].gap {
		// "two-year", "10-hour": a length as an adjective; "six-year-old" is an age
		w := s.word(j + 1)
		if w == nil || w.inf().unit == unitNone || w.inf().plural || w.capital || s.dash(j+2) && s.is(j+3, "old") {
			return 0, 0, value{}, false
		}
		if s.p.opts.NoDurations {
			return 0, 0, value{}, false
		}
		return i, j + 2, value{g: GrainDuration, dur: durationValue(n, w.inf().unit), adj: true}, true
	}
	half := false
	if j < len(s.toks) && s.toks[j].kind == tCluster && s.text[s.toks[j].start:s.toks[j].end] == "1/2" {
		half, j = true, j+1 // "2 1/2 years"
	} else if s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half") {
		half, j = true, j+3 // "two and a half hours"
	}
	for k := 0; k < 2; k++ {
		if w := s.word(j); w != nil && w.inf().filler {
			j++
		}
	}
	w := s.word(j)
	if w == nil || w.inf().unit == unitNone {
		return 0, 0, value{}, false
	}
	if w.inf().plural != (n != 1 || half) {
		// "a five year plan": a singular unit after an amount, before a noun
		if w.inf().plural || n == 1 || s.word(j+1) == nil || s.word(j+1).capital || s.is(j+1, "old") || s.word(j+1).inf().wordLike() {
			return 0, 0, value{}, false
		}
	}
	if w.capital && !allCaps(s.text, w) {
		return 0, 0, value{}, false // "60 Minutes", "48 Hours", "Two Hours Long": names and headlines
	}
	u := w.inf().unit
	en := j + 1
	if u == unitQuarter && n == 2 && !half && (s.is(i-1, "first") || s.is(i-1, "last")) && s.is(en, "of") {
		// "the first two quarters of 1990": a half of that year
		if y, e := s.optYear(en); y != 0 {
			st := i - 1
			if s.is(st-1, "the") {
				st--
			}
			return st, e, value{g: GrainHalf, y: y, part: int8(1 + b2i(s.is(i-1, "last"))), abs: true}, true
		}
	}
	if s.is(en, "old") || s.punct(en, "-") && !s.toks[en].gap {
		return 0, 0, value{}, false
	}
	if (s.is(en, "a") || s.is(en, "an") || s.is(en, "per") || s.is(en, "each") || s.is(en, "every")) && s.word(en+1) != nil && s.word(en+1).inf().unit != unitNone {
		return 0, 0, value{}, false // "7 days a week": a rate
	}
	if t.kind == tWord && s.is(i, "one") && u == unitDay && !s.is(en, "ago") {
		if p := s.word(i - 1); p != nil && p.inf().tense > 0 && !s.is(en, "of") {
			// "the city will one day host the games": some time to come
			return i, en, value{g: GrainRef, lit: refNames[refFuture]}, true
		}
		return 0, 0, value{}, false // "one day" is mostly "some day"
	}
	if (s.is(en, "earlier") || s.is(en, "later")) && s.prev.y != 0 {
		// "a year earlier": counted from the last date the text gave
		if v, ok := shiftBy(s.prev, n, u, s.is(en, "later")); ok {
			v.back = true
			return i, en + 1, v, true
		}
	}
	if s.is(en, "ago") && u == unitYear && s.qy != 0 && s.line-s.qline <= 4 {
		// "profit rose from a year ago": the quarter the last paragraphs
		// speak of
		return i, en + 1, value{g: GrainQuarter, y: s.qy - n, part: int8(s.qp), back: true}, true
	}
	if s.is(en, "ago") || s.is(en, "earlier") {
		v := value{}
		y, m, d := s.ry, s.rm, s.rd
		switch u {
		case unitDay, unitWeek, unitFortnight:
			days := n
			if u == unitWeek {
				days = 7 * n
			} else if u == unitFortnight {
				days = 14 * n
			}
			v.g = GrainDay
			if y != 0 {
				v.y, v.m, v.d = addDays(y, m, d, -days)
			}
		case unitMonth:
			v.g = GrainMonth
			if y != 0 {
				x := civil(y, m, 1).AddDate(0, -n, 0)
				v.y, v.m = x.Year(), int(x.Month())
			}
		case unitYear, unitDecade, unitCentury:
			k := n
			if u == unitDecade {
				k *= 10
			} else if u == unitCentury {
				k *= 100
			}
			v.g = GrainYear
			if y != 0 && y-k > 0 {
				v.y = y - k
			}
		default:
			return 0, 0, value{}, false
		}
		return i, en + 1, v, true
	}
	if s.p.opts.NoDurations {
		return 0, 0, value{}, false
	}
	if half {
		if d := halfDuration(n, u); d != "" {
			return i, en, value{g: GrainDuration, dur: d}, true
		}
		return 0, 0, value{}, false
	}
	return i, en, value{g: GrainDuration, dur: durationValue(n, u)}, true
}

// halfDuration writes n and a half units in whole smaller units ("2 1/2
// years" is P2Y6M, "5 1/2 hours" PT5H30M); "" for a unit with no half.
func halfDuration(n int, u unit) string {
	d := durationValue(n, u)
	switch u {
	case unitYear:
		return d + "6M"
	case unitHour:
		return d + "30M"
	case unitMinute:
		return d + "30S"
	case unitDay:
		return d + "T12H"
	case unitDecade:
		return durationValue(n*10+5, unitYear)
	case unitCentury:
		return durationValue(n*100+50, unitYear)
	}
	return ""
}

// matchClock: "3 p.m.", "12:28 P.M. CEST", "16:10" on a line of its own.
// A time is returned only when the day it falls on is known.
func (s *scanner) matchClock(i int) (int, int, value, bool) {
	t := &s.toks[i]
	var h, mi int
	dotted := false
	if t.kind == tCluster {
		a, b, sep, ok := split2(s.text[t.start:t.end])
		if !ok || sep != ":" && sep != "." || len(a) > 2 || len(b) != 2 {
			return 0, 0, value{}, false
		}
		dotted = sep == "."
		h, mi = atoi(a), atoi(b)
	} else {
		if t.ordinal {
			return 0, 0, value{}, false
		}
		h = int(t.n)
	}
	if h > 23 || mi > 59 {
		return 0, 0, value{}, false
	}
	ampm, en := s.meridiem(i + 1)
	if dotted && ampm == 0 {
		return 0, 0, value{}, false // "4.30" is a number unless "pm" follows ("4.30pm")
	}
	if ampm != 0 {
		if h < 1 || h > 12 {
			return 0, 0, value{}, false
		}
		if ampm == 2 && h != 12 {
			h += 12
		} else if ampm == 1 && h == 12 {
			h = 0
		}
	}
	tz := false
	if w := s.word(en); w != nil && w.inf().timezone && allCaps(s.text, w) {
		tz = true
		en++
	}
	if ampm == 0 && !tz {
		if t.kind != tCluster {
			return 0, 0, value{}, false
		}
		alone := i == 0 && en == len(s.toks)
		if !alone && !(s.is(i-1, "at") || s.is(i-1, "from") || s.is(i-1, "until") || s.is(i-1, "till") ||
			s.is(i-1, "by") || s.is(i-1, "before") || s.is(i-1, "after") || s.is(i-1, "around")) {
			return 0, 0, value{}, false
		}
	}
	if ampm == 0 && h == 0 && mi == 0 {
		return 0, 0, value{}, false // a media player's "0:00"
	}
	if ampm != 0 && en < len(s.toks) && !s.toks[en].gap && s.toks[en].kind != tPunct {
		return 0, 0, value{}, false // "5pm1i2": inside a code
	}
	v := value{g: GrainTime, hh: h, mi: mi}
	switch {
	case s.dEnd >= 0 && i-s.dEnd <= 3:
		// "November 19, 2019, 9:02 AM", "Nov 19, 6:55 AM": the date before
		s.textDay(i, &v)
	case s.dateAhead(en, &v):
		// "1:39 am EST, Wednesday, November 20, 2019"; a bare weekday
		// right after the time is part of it: "8:36 a.m. EDT Saturday"
		if w := s.word(en); w != nil && w.inf().weekday > 0 && w.capital && !s.punct(en+1, ",") && s.dayNum(en+1) == 0 &&
			(s.word(en+1) == nil || s.word(en+1).inf().month == 0) {
			en++
		}
	case !s.textDay(i, &v):
		return 0, 0, value{}, false
	}
	return i, en, v, true
}

// meridiem reads "am", "pm", "a.m." or "p.m." at token en: 1 for the
// morning, 2 for the afternoon, 0 for none, and the token after it.
func (s *scanner) meridiem(en int) (ampm, next int) {
	w := s.word(en)
	switch {
	case w == nil:
	case s.is(en, "am") || s.is(en, "pm"):
		return int(w.inf().ampm), en + 1
	case (s.is(en, "a") || s.is(en, "p")) && s.punct(en+1, ".") && s.is(en+2, "m"):
		en += 3
		if s.punct(en, ".") {
			en++
		}
		return int(w.inf().ampm), en
	}
	return 0, en
}

// textDay gives a time at token st the day the text speaks of there: the
// date just before it, the day of the last full date within three lines,
// else the reference day; false when none is known.
func (s *scanner) textDay(st int, v *value) bool {
	switch {
	case s.dEnd >= 0 && st-s.dEnd <= 3:
		v.y, v.m, v.d = s.dy, s.dm, s.dd
	case s.cy != 0 && s.cd != 0 && (s.line-s.cline <= 3 || s.ry == 0):
		v.y, v.m, v.d = s.cy, s.cm, s.cd
	case s.ry != 0:
		v.y, v.m, v.d = s.ry, s.rm, s.rd
	default:
		return false
	}
	return true
}

// oclock returns how many tokens "o'clock" takes at k ("o'clock",
// "o’clock", "oclock"), or 0.
func (s *scanner) oclock(k int) int {
	if s.is(k, "o'clock") || s.is(k, "o\u2019clock") || s.is(k, "oclock") {
		return 1
	}
	if s.is(k, "o") && (s.punct(k+1, "'") || s.punct(k+1, "\u2019")) && !s.toks[k+1].gap && s.is(k+2, "clock") && !s.toks[k+2].gap {
		return 3
	}
	return 0
}

// clockHour returns the hour of the clock, 1 to 12, that token k gives in
// figures or in words ("2", "two", "Eleven"), or 0.
func (s *scanner) clockHour(k int) int {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	t := &s.toks[k]
	switch t.kind {
	case tNum:
		if !t.ordinal && t.digits <= 2 && t.n >= 1 && t.n <= 12 {
			return int(t.n)
		}
	case tWord:
		if n := t.inf().num; n >= 1 && n <= 12 {
			return int(n)
		}
	}
	return 0
}

// matchWordClock: a time of day told as a clock strikes it: "two
// o'clock", "11 o'clock", "half past ten", "half-past Eleven o'clock", "a
// quarter to five", with "in the morning", "in the afternoon", "a.m." or
// "p.m." after it. An hour alone needs "o'clock"; the time falls on the
// day the text speaks of, and without a word for the morning or the
// afternoon an hour from one to six is the afternoon's, any other is kept
// as told.
func (s *scanner) matchWordClock(i int) (int, int, value, bool) {
	h := s.clockHour(i)
	mi, dotted := 0, false
	if h == 0 && s.toks[i].kind == tCluster {
		// "1.00 o'clock", "12.00 noon": the hour and its minutes in
		// figures before the word that makes them a time
		if a, b, sep, ok := split2(s.text[s.toks[i].start:s.toks[i].end]); ok && (sep == "." || sep == ":") && len(a) <= 2 && len(b) == 2 {
			if hh, mm := atoi(a), atoi(b); hh >= 1 && hh <= 12 && mm <= 59 {
				h, mi, dotted = hh, mm, true
			}
		}
	}
	if h == 0 {
		return 0, 0, value{}, false
	}
	// the minutes before the hour: "half past", "half-past", "a quarter
	// to"
	st, k, to := i, i, false
	if p := i - 1; !dotted && (s.is(p, "past") || s.is(p, "to")) {
		q := p - 1
		if s.dash(q) && !s.toks[q].gap && !s.toks[p].gap {
			q-- // "half-past"
		}
		switch {
		case s.is(q, "half") && s.is(p, "past"):
			st, mi = q, 30
		case s.is(q, "quarter"):
			st, mi, to = q, 15, s.is(p, "to")
			if s.is(q-1, "a") {
				st--
			}
		case s.is(q, "minutes") || s.is(q, "minute"):
			// "twenty minutes to eight", "ten minutes past two"
			if n := s.clockMinutes(q - 1); n > 0 {
				st, mi, to = q-1, n, s.is(p, "to")
			}
		}
	}
	en := k + 1
	noon := false
	if n := s.oclock(en); n > 0 {
		en += n
	} else if dotted && h == 12 && (s.is(en, "noon") || s.is(en, "midday") || s.is(en, "midnight")) {
		noon, en = true, en+1 // "12.00 noon"
		if s.is(en-1, "midnight") {
			h = 0
		}
	} else if a, _ := s.meridiem(en); a != 0 && s.toks[i].kind == tWord {
		// "one P.M.": an hour in words with its half of the day
	} else if mi == 0 || dotted {
		return 0, 0, value{}, false // a number alone is no time
	}
	if to {
		h, mi = h-1, 60-mi
		if h == 0 {
			h = 12
		}
	}
	ampm, en := s.meridiem(en)
	if ampm == 0 && s.punct(en, ",") {
		if a, e := s.meridiem(en + 1); a != 0 {
			ampm, en = a, e // "Three o'clock, P.M."
		}
	}
	if ampm == 0 {
		// "in the afternoon", "this afternoon" ("at 1.00 o'clock this
		// afternoon": the day is the text's): the part of the day says
		// which half
		k := en
		if s.is(k, "in") && s.is(k+1, "the") {
			k += 2
		} else if s.is(k, "this") {
			k++
		}
		if w := s.word(k); k > en && w != nil && w.inf().pod > 0 {
			ampm, en = 2, k+1
			if w.inf().pod == 1 {
				ampm = 1
			}
		}
	}
	if noon {
		ampm = 0
	} else if ampm == 0 && h >= 1 && h <= 6 {
		// an hour from one to six told without its half of the day is
		// the afternoon's, when sittings, meetings and ceremonies are
		// held: "The House met at half-past Two o'clock"
		ampm = 2
	}
	if ampm == 2 && h != 12 {
		h += 12
	} else if ampm == 1 && h == 12 {
		h = 0
	}
	v := value{g: GrainTime, hh: h, mi: mi}
	if !s.dateAhead(en, &v) && !s.textDay(st, &v) {
		return 0, 0, value{}, false
	}
	return st, en, v, true
}

// clockMinutes returns the minutes a number at k gives before "minutes
// to" or "minutes past": one to fifty-nine, in figures or a word; 0 when
// none.
func (s *scanner) clockMinutes(k int) int {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	t := &s.toks[k]
	n := 0
	switch t.kind {
	case tNum:
		if !t.ordinal && t.digits <= 2 {
			n = int(t.n)
		}
	case tWord:
		n = int(t.inf().num)
	}
	if n < 1 || n > 59 {
		return 0
	}
	return n
}

// matchNoon: "at noon", "by midday", "noon Thursday": twelve o'clock of
// the day after it, else of the day the text speaks of.
func (s *scanner) matchNoon(i int) (int, int, value, bool) {
	en := i + 1
	v := value{g: GrainTime, hh: 12}
	ahead := s.dateAhead(en, &v)
	if !ahead && !(s.is(i-1, "at") || s.is(i-1, "by") || s.is(i-1, "until") || s.is(i-1, "till") || s.is(i-1, "before") ||
		s.is(i-1, "after") || s.is(i-1, "around") || s.is(i-1, "from") || s.is(i-1, "about")) {
		return 0, 0, value{}, false // "the noon news", "Midday Report"
	}
	switch {
	case ahead:
		if w := s.word(en); w != nil && w.inf().weekday > 0 && w.capital {
			en++ // "noon Thursday" is one expression
		}
	case !s.textDay(i, &v):
		return 0, 0, value{}, false
	}
	return i, en, v, true
}

// yearAhead returns the year of a full date joined to the one ending at k
// ("30 September and 1 October 2024"), or 0.
func (s *scanner) yearAhead(k int) int {
	if !(s.is(k, "and") || s.is(k, "to") || s.is(k, "or") || s.is(k, "until") || s.is(k, "through") || s.dash(k)) {
		return 0
	}
	k++
	var x value
	var ok bool
	if s.dayNum(k) != 0 {
		_, _, x, ok = s.matchDayMonthYearOnly(k)
	} else if w := s.word(k); w != nil && w.inf().month > 0 && w.capital {
		m, j := s.monthAt(k)
		if m != 0 && s.dayNum(j) != 0 {
			if y, _ := s.optYear(j + 1); y != 0 {
				return y
			}
		}
	}
	if ok && x.abs {
		return x.y
	}
	return 0
}

// matchDayMonthYearOnly reads "1 October 2024" at k without looking further.
func (s *scanner) matchDayMonthYearOnly(k int) (int, int, value, bool) {
	j := k + 1
	if s.is(j, "of") {
		j++
	}
	m, e := s.monthAt(j)
	if m == 0 {
		return 0, 0, value{}, false
	}
	y, e := s.optYear(e)
	if y == 0 {
		return 0, 0, value{}, false
	}
	return k, e, value{g: GrainDay, y: y, m: m, d: s.dayNum(k), abs: true}, true
}

// dateAhead reads a full date right after a time ("1:39 am EST,
// Wednesday, November 20, 2019") into v.
func (s *scanner) dateAhead(k int, v *value) bool {
	if s.punct(k, "(") {
		// "10:35 a.m. (0735 GMT) Friday": the day after the time given
		// again in another zone
		j := k + 1
		for j < len(s.toks) && j <= k+4 && !s.punct(j, ")") {
			j++
		}
		if !s.punct(j, ")") {
			return false
		}
		k = j + 1
	}
	if (s.is(k, "to") || s.is(k, "until") || s.punct(k, "-") || s.punct(k, "–")) && k+1 < len(s.toks) &&
		(s.toks[k+1].kind == tNum || s.toks[k+1].kind == tCluster) {
		// "from 12.45pm to 1.15pm tomorrow": the day after the range
		if ampm, next := s.meridiem(k + 2); ampm != 0 {
			k = next
		}
	}
	if s.punct(k, ",") || s.is(k, "on") {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind == tPunct {
		return false
	}
	// The matchers do not change the scanner's state.
	var x value
	var ok bool
	t := &s.toks[k]
	switch {
	case (s.is(k, "next") || s.is(k, "following")) && s.is(k+1, "day"):
		// "one P.M. next day": the day after the one the text speaks of
		x.g = GrainDay
		if ok = s.textDay(k, &x); ok {
			x.y, x.m, x.d = addDays(x.y, x.m, x.d, 1)
		}
	case t.kind == tWord && t.inf().rel != 0 && s.ry != 0:
		_, _, x, ok = s.matchRel(k) // "at 10am tomorrow"
	case t.kind == tWord && t.inf().weekday > 0:
		_, _, x, ok = s.matchWeekday(k)
	case t.kind == tWord && t.inf().month > 0:
		_, _, x, ok = s.matchMonth(k)
	case t.kind == tNum:
		_, _, x, ok = s.matchDayMonth(k, -1)
	case t.kind == tCluster:
		_, _, x, ok = s.matchCluster(k)
	}
	if !ok || x.y == 0 || x.g != GrainDay {
		return false
	}
	v.y, v.m, v.d = x.y, x.m, x.d
	return true
}

// possessive reports whether the "s" at p closes a possessive ("the
// company's").
func (s *scanner) possessive(p int) bool {
	return !s.toks[p].gap && (s.punct(p-1, "'") || s.punct(p-1, "\u2019")) && !s.toks[p-1].gap && s.word(p-2) != nil
}

// rate reports whether token i makes "a day" after it part of a rate:
// "once a week", "$5 a day", "twice a year", "10% a year".
func (s *scanner) rate(i int) bool {
	if i < 0 {
		return false
	}
	t := &s.toks[i]
	switch t.kind {
	case tNum, tCluster:
		return true
	case tPunct:
		return s.punct(i, "%")
	}
	return s.is(i, "once") || s.is(i, "twice") || s.is(i, "times") || t.inf().quantity || s.is(i, "cents") || s.is(i, "barrels")
}

// amount reports whether token i opens an amount: a number or a currency
// sign ("$2 million", "#54.8 million", "C$30", "12%").
func (s *scanner) amount(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	switch t := &s.toks[i]; t.kind {
	case tNum, tCluster:
		return true
	case tPunct:
		return s.punct(i, "$") || s.punct(i, "#") || s.punct(i, "\u00a3") || s.punct(i, "\u20ac") || s.punct(i, "\u00a5")
	case tWord:
		// "C$30", "US$6.3 billion": letters glued to a dollar sign
		return t.capital && t.end-t.start <= 2 && s.punct(i+1, "$") && !s.toks[i+1].gap
	}
	return false
}

// wordLike reports whether a word that may follow "five year" is a
// function word, so that "five year" stands alone and is no adjective.
func (w *wordInfo) wordLike() bool { return w.trig != trigNone || w.mod != modNone || w.tense != 0 }

// shiftBy returns v moved n units back (forward when later): "a year
// earlier" than v. ok is false when the unit is finer than v's grain.
func shiftBy(v value, n int, u unit, later bool) (value, bool) {
	if !later {
		n = -n
	}
	var t = civil(v.y, max(v.m, 1), max(v.d, 1))
	switch u {
	case unitYear:
		v.y += n
		if v.g == GrainDay {
			t = t.AddDate(n, 0, 0)
			v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
		}
		v.uy = 0
		return v, true
	case unitMonth:
		if v.g != GrainDay && v.g != GrainMonth {
			return v, false
		}
		t = t.AddDate(0, n, 0)
	case unitWeek, unitDay:
		if v.g != GrainDay {
			return v, false
		}
		if u == unitWeek {
			n *= 7
		}
		t = t.AddDate(0, 0, n)
	default:
		return v, false
	}
	v.y, v.m, v.d, v.uy = t.Year(), int(t.Month()), t.Day(), 0
	return v, true
}

// unitsAfterTens reads the units word after a tens word at i ("four" of
// "twenty-four" or "twenty four") and returns it and the index after it; 0
// if none.
func (s *scanner) unitsAfterTens(i int) (int, int) {
	n := s.toks[i].inf().num
	if n < 20 || n > 90 || n%10 != 0 {
		return 0, i + 1
	}
	k := i + 1
	if s.dash(k) && !s.toks[k].gap {
		k++
	}
	if w := s.word(k); w != nil && w.inf().num >= 1 && w.inf().num <= 9 {
		return int(w.inf().num), k + 1
	}
	return 0, i + 1
}

// matchSpokenYear: "nineteen ninety-six", "nineteen eighty", "the year two
// thousand", as transcripts of speech write years.
func (s *scanner) matchSpokenYear(i int) (int, int, value, bool) {
	c := int(s.toks[i].inf().num)
	if s.is(i, "two") && s.is(i+1, "thousand") && s.is(i-1, "year") {
		st := i
		if s.is(i-2, "the") {
			st = i - 2 // "the year two thousand"
		}
		return st, i + 2, value{g: GrainYear, y: 2000, abs: true}, true
	}
	if c < 11 || c > 20 {
		return 0, 0, value{}, false
	}
	w := s.word(i + 1)
	if w == nil {
		return 0, 0, value{}, false
	}
	t := int(w.inf().num)
	if t < 20 || t > 90 || t%10 != 0 {
		return 0, 0, value{}, false
	}
	u, en := s.unitsAfterTens(i + 1)
	if s.word(en) != nil && s.word(en).inf().unit != unitNone {
		return 0, 0, value{}, false // "nineteen twenty-year-olds"
	}
	return i, en, value{g: GrainYear, y: c*100 + t + u, abs: true}, true
}
