// This file reads days, months and weekdays: "26 March 2025", "March 26",
// "in June", "Thursday evening", "today".

package dates

import (
	"sort"

	"github.com/communique/communique/internal/text"
)

// matchDayMonth: "26 March 2025", "26th of March", "24-25 June 2025",
// "24 to 25 June". d0 > 0 gives a first day already read (a "24-25"
// cluster at i).
func (s *scanner) matchDayMonth(i, d0 int) (int, int, value, bool) {
	var d1, d2 int
	j := i + 1
	if d0 > 0 {
		// cluster "24-25": both days in one token
		d1 = d0
		d2 = s.clusterSecond(i)
		if d2 == 0 {
			return 0, 0, value{}, false
		}
	} else {
		d1 = s.dayNum(i)
		if d1 == 0 {
			return 0, 0, value{}, false
		}
		if (s.dash(j) || s.is(j, "to") || s.is(j, "and") || s.is(j, "until") || s.is(j, "till")) && s.dayNum(j+1) != 0 {
			d2 = s.dayNum(j + 1)
			j += 2
		}
	}
	if s.is(j, "of") {
		j++
	}
	m, k := s.monthAt(j)
	if m == 0 {
		return 0, 0, value{}, false
	}
	if w := s.word(j); w != nil && !w.capital && (w.inf().month == 5 || w.inf().month == 3) {
		// "5 may", "3 march": verbs more likely than dates
		return 0, 0, value{}, false
	}
	y, k := s.optYear(k)
	v := value{g: GrainDay, m: m, d: d1}
	if y != 0 {
		v.y, v.abs = y, true
	} else if y = s.yearAhead(k); y != 0 {
		v.y = y // "30 September and 1 October 2024"
	} else if y := s.lastOrNext(k, m, d1); y != 0 {
		v.y, k = y, k+1 // "28th July last": the one before the text's day
	} else {
		v.y = s.yearFor(m, d1, 0, s.toks[i].start)
	}
	if !validDay(v.y, m, d1) {
		return 0, 0, value{}, false
	}
	if d2 > d1 && validDay(v.y, m, d2) {
		v.uy, v.um, v.ud = v.y, m, d2
		if v.y == 0 {
			v.uy = 0
		}
	}
	return i, k, v, true
}

// clusterSecond returns the second day of a "24-25" cluster at i.
func (s *scanner) clusterSecond(i int) int {
	t := &s.toks[i]
	raw := s.text[t.start:t.end]
	a, b, sep, ok := split2(raw)
	if !ok || (sep != "-" && sep != "\u2013") || len(a) > 2 || len(b) > 2 {
		return 0
	}
	d1, d2 := atoi(a), atoi(b)
	if d1 < 1 || d2 <= d1 || d2 > 31 {
		return 0
	}
	return d2
}

// matchMonth: "March 26, 2025", "June 24-25, 2025", "July 2024", "in June".
func (s *scanner) matchMonth(i int) (int, int, value, bool) {
	m, j := s.monthAt(i)
	if m == 0 {
		return 0, 0, value{}, false
	}
	abbr := s.toks[i].inf().abbr
	// Month Day[, Year]
	d1, d2 := s.dayNum(j), 0
	k := j + 1
	if d1 == 0 && j < len(s.toks) && s.toks[j].kind == tCluster {
		if x, y, sep, ok := split2(s.text[s.toks[j].start:s.toks[j].end]); ok && (sep == "-" || sep == "\u2013") && len(x) <= 2 && len(y) <= 2 {
			d1, d2 = atoi(x), atoi(y)
			if d1 < 1 || d2 <= d1 || d2 > 31 {
				d1, d2 = 0, 0
			}
		}
	}
	clock := s.punct(k, ":") && k+1 < len(s.toks) && !s.toks[k+1].gap // "March 26:" ends a dateline, "26:30" is no day
	if d1 != 0 && !clock && !(s.num(j) != nil && s.isQuantity(k)) {
		if d2 == 0 && (s.dash(k) || s.is(k, "to") || s.is(k, "and")) && s.dayNum(k+1) > d1 {
			d2 = s.dayNum(k + 1)
			k += 2
		}
		y, e := s.optYear(k)
		v := value{g: GrainDay, m: m, d: d1}
		if y != 0 {
			v.y, v.abs = y, true
		} else if y = s.yearAhead(e); y != 0 {
			v.y = y // "September 30 and October 1, 2024"
		} else {
			v.y = s.yearFor(m, d1, 0, s.toks[i].start)
		}
		if validDay(v.y, m, d1) {
			if d2 != 0 && validDay(v.y, m, d2) && v.y != 0 {
				v.uy, v.um, v.ud = v.y, m, d2
			}
			return i, e, v, true
		}
	}
	// Month Year
	if y, e := s.optYear(j); y != 0 {
		return i, e, value{g: GrainMonth, y: y, m: m, abs: true}, true
	}
	if abbr {
		return 0, 0, value{}, false
	}
	// "June last year", "January this year"
	if w := s.word(j); w != nil && w.inf().mod != modNone && s.is(j+1, "year") && s.ry != 0 {
		y := s.ry
		switch w.inf().mod {
		case modLast, modPrevious, modPast:
			y--
		case modNext, modComing:
			y++
		}
		return i, j + 2, value{g: GrainMonth, y: y, m: m}, true
	}
	// A bare month needs a word before it that makes it a date.
	if !s.monthTrigger(i, m) {
		return 0, 0, value{}, false
	}
	return i, j, value{g: GrainMonth, y: s.yearForMonth(m, s.toks[i].start), m: m}, true
}

// monthTrigger reports whether the words before a bare month make it one:
// "in June", "since March", "mid-June", "the end of May", "from June to July".
func (s *scanner) monthTrigger(i, m int) bool {
	p := i - 1
	if s.dash(p) && !s.toks[i].gap && s.adjustAt(p-1) {
		return true // "mid-June", "late-November"
	}
	w := s.word(p)
	if w == nil {
		// "June, July and August"
		return s.punct(p, ",") && s.afterMonth(p)
	}
	ambiguous := m == 5 || m == 3 || m == 8 // May, March, August
	// A capitalised name after the month ("June Smith") makes it a name.
	if n := s.word(i + 1); n != nil && n.capital && !ambiguous {
		switch w.inf().trig {
		case trigStrong:
		default:
			return false
		}
	}
	// "December's figures", "January's report": a month that owns
	// something is a time, unless it is also a given name or a word
	if !ambiguous && m != 4 && m != 6 && s.is(i+2, "s") && s.possessive(i+2) {
		return true
	}
	if s.is(p, "a") || s.is(p, "an") || s.is(p, "our") || s.is(p, "its") || s.is(p, "their") {
		// ("our October report", "its March meeting")
		return s.monthModifier(i, ambiguous)
	}
	if s.is(p, "to") && s.is(p-1, "relative") || (s.is(p, "to") || s.is(p, "with")) && s.is(p-1, "compared") {
		// "improved relative to October", "compared with September": a
		// month measured against (not May: "compared with May" may be a
		// person)
		return m != 5
	}
	switch w.inf().trig {
	case trigStrong:
		if s.is(p, "year") || w.inf().season > 0 {
			return false
		}
		return true
	case trigWeak:
		if s.is(p, "of") {
			// "the end of June", "the month of May"
			return s.is(p-1, "end") || s.is(p-1, "beginning") || s.is(p-1, "start") || s.is(p-1, "middle") ||
				s.is(p-1, "month") || s.is(p-1, "rest") || s.is(p-1, "course")
		}
		if s.is(p, "the") {
			return s.monthModifier(i, ambiguous)
		}
		if s.is(p, "for") || s.is(p, "around") {
			// "figures for October", "for November deliveries"; not "for
			// May", "voted for June"
			return !ambiguous && m != 4 && m != 6
		}
		// "by May": no verb follows "by"
		if s.is(p, "by") {
			return true
		}
		// "from June", "to July", "and August": only after another month or
		// when a range follows
		if s.is(p, "from") {
			// (capitalised, March and August are the months: "will be
			// leaving from March"; May may be a name: "criticism from May")
			return !ambiguous || s.is(i+1, "to") || s.is(i+1, "until") || m != 5 && s.toks[i].capital
		}
		return s.afterMonth(p)
	}
	return false
}

// monthModifier reports whether the month at i, after an article, modifies
// the noun after it: "the October slaying", "a July agreement"; not "the May
// government".
func (s *scanner) monthModifier(i int, ambiguous bool) bool {
	n := s.word(i + 1)
	return !ambiguous && n != nil && !n.capital && n.inf().trig == trigNone && n.wi == 0 && !s.plural(i+1)
}

// afterMonth reports whether the token before p ends a month mention: the
// month before "and", "or", "to" or a comma in a list of months.
func (s *scanner) afterMonth(p int) bool {
	if len(s.out) == 0 || p == 0 {
		return false
	}
	last := &s.out[len(s.out)-1]
	return last.Grain == GrainMonth && last.End == s.toks[p-1].end
}

// matchWeekday: "Wednesday (26 March 2025)", "Sunday 25 May", "Monday,
// March 3", "Thursday evening", "Thursday".
func (s *scanner) matchWeekday(i int) (int, int, value, bool) {
	wd := int(s.toks[i].inf().weekday)
	j := i + 1
	if s.punct(j, ",") {
		j++
	}
	paren := false
	if s.punct(j, "(") {
		paren = true
		j++
	}
	if s.is(j, "the") {
		j++
	}
	var st, en int
	var v value
	var ok bool
	if s.dayNum(j) != 0 {
		st, en, v, ok = s.matchDayMonth(j, -1)
	} else if j < len(s.toks) && s.toks[j].kind == tCluster {
		st, en, v, ok = s.matchCluster(j)
	} else if s.word(j) != nil && s.word(j).inf().month > 0 {
		st, en, v, ok = s.matchMonth(j)
	}
	if ok && st == j && v.g == GrainDay {
		if !v.abs && v.y != 0 {
			v.y = s.yearFor(v.m, v.d, wd, s.toks[i].start)
			if v.uy != 0 {
				v.uy = v.y
			}
		}
		if paren && s.punct(en, ")") {
			en++
		}
		return i, en, v, true
	}
	// "Attorney General Dave Sunday": a weekday after a title and a given
	// name is the person's surname, and so after any capitalised word on a
	// page that names that person ("said Attorney General Sunday");
	// "President Biden Monday said" and "in Nairobi, Kenya Friday" are days.
	if p := s.word(i - 1); p != nil && p.capital && s.toks[i].gap &&
		(s.p.given[s.text[p.start:p.end]] != 0 && text.CapitalBefore(s.text, p.start) || s.surnameDay(wd, s.text[s.toks[i].start:s.toks[i].end])) {
		return 0, 0, value{}, false
	}
	// "Sunday Talk Shows": a name, unless a preposition introduces the day.
	if n := s.word(i + 1); n != nil && n.capital && n.inf().pod == 0 && n.inf().month == 0 {
		if p := s.word(i - 1); p == nil || p.inf().trig == trigNone && p.inf().mod == modNone || s.is(i-1, "the") {
			return 0, 0, value{}, false
		}
	}
	// Weekday + part of day: "Thursday evening".
	shift := 0
	if s.punct(i+1, "'") && s.is(i+2, "s") && !s.toks[i+2].gap {
		// "Thursday's ruling", "over Wednesday's close": a possessive
		// weekday names what has happened, the last one
		shift = -2
	}
	en = i + 1
	if s.is(i+1, "next") && !(s.word(i+2) != nil && s.word(i+2).inf().unit != 0) ||
		s.is(i+1, "following") && (i+2 >= len(s.toks) || s.toks[i+2].kind == tPunct) {
		// "Tuesday next", "Tuesday following": the coming one, as the
		// older records write it (not "Tuesday next week")
		shift, en = 1, i+2
	}
	v = s.weekday(wd, s.toks[i].start, shift)
	// "Tuesday next week", "Tuesday, next week": the Tuesday of the week
	// after the reference's
	if k := i + 1; shift == 0 && s.ry != 0 {
		if s.punct(k, ",") {
			k++
		}
		if s.is(k, "next") && s.is(k+1, "week") {
			ref := civil(s.ry, s.rm, s.rd)
			monday := (int(ref.Weekday()) + 6) % 7 // days since the week's Monday
			v.y, v.m, v.d = addDays(s.ry, s.rm, s.rd, 7-monday+(wd+5)%7)
			en = k + 2
		}
	}
	if w := s.word(en); w != nil && w.inf().pod > 0 {
		v.pod = w.inf().pod
		v.g = GrainPartDay
		en++
	}
	return i, en, v, true
}

// weekday resolves a bare weekday by the tense of its sentence; shift is
// -1 for "last Friday", +1 for "next Friday", -2 for the last one or
// today, 0 otherwise.
func (s *scanner) weekday(wd int, pos int, shift int) value {
	v := value{g: GrainDay}
	y, m, d := s.ry, s.rm, s.rd
	if y == 0 {
		return v
	}
	rw := int(civil(y, m, d).Weekday()) + 1
	back := (rw - wd + 7) % 7
	fwd := (wd - rw + 7) % 7
	var delta int
	switch {
	case shift == -2:
		delta = -back
	case shift < 0:
		if back == 0 {
			back = 7
		}
		delta = -back
	case shift > 0:
		if fwd == 0 {
			fwd = 7
		}
		delta = fwd
	default:
		tense := s.tense(pos)
		if tense < 0 && s.deadline(pos) {
			tense = 1 // "must release the hostages by Saturday": a deadline to come
		}
		switch tense {
		case -1, -2:
			delta = -back
		case 1:
			delta = fwd
		default:
			if back <= fwd {
				delta = -back
			} else {
				delta = fwd
			}
		}
	}
	v.y, v.m, v.d = addDays(y, m, d, delta)
	return v
}

// deadline reports a time at pos after "by" in a clause that an
// obligation governs ("Hamas must release all hostages … by Saturday",
// "should answer by Friday"): a deadline, to come whatever the tense of
// the verb that reports it.
func (s *scanner) deadline(pos int) bool {
	at := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].end > pos })
	if !s.is(at-1, "by") {
		return false
	}
	for k := at - 2; k >= 0 && k > at-16 && !s.sentenceEnd(k); k-- {
		if s.is(k, "must") || s.is(k, "should") || s.is(k, "needs") || s.is(k, "need") && s.is(k+1, "to") {
			return true
		}
		if s.toks[k].kind == tWord && s.wordTense(k) != 0 {
			return false // a verb of its own between: "must say that it ended by Friday"
		}
	}
	return false
}

func (s *scanner) matchRel(i int) (int, int, value, bool) {
	v := value{g: GrainDay}
	en := i + 1
	if s.ry != 0 {
		delta := 0
		switch s.toks[i].inf().rel {
		case relYesterday:
			delta = -1
		case relTomorrow:
			delta = 1
		case relTonight:
			v.g, v.pod = GrainPartDay, 4
		}
		v.y, v.m, v.d = addDays(s.ry, s.rm, s.rd, delta)
	}
	if w := s.word(en); w != nil && w.inf().pod > 0 && s.toks[i].inf().rel != relTonight {
		v.g, v.pod = GrainPartDay, w.inf().pod
		en++
	}
	if e, bv, ok := s.bracketDay(en); ok {
		// "today (January 22)", "today (07)": the day the page spells out
		// in brackets is the one meant, and one mention with the word
		if bv.m == 0 {
			if v.m != 0 {
				bv.y, bv.m = v.y, v.m // "(07)": a day of the page's month
			} else {
				bv.d = 0
			}
		}
		if bv.d != 0 {
			v.y, v.m, v.d = bv.y, bv.m, bv.d
		}
		en = e
	}
	return i, en, v, true
}

// bracketDay reads a day in brackets at j after a relative day: "(January
// 22)", "(22 January 2026)", or a day of the month alone, "(07)". It returns
// the token after the closing bracket and the day (month 0 for a day
// alone).
func (s *scanner) bracketDay(j int) (int, value, bool) {
	if !s.punct(j, "(") {
		return 0, value{}, false
	}
	j++
	if d := s.dayNum(j); d != 0 && s.punct(j+1, ")") {
		return j + 2, value{g: GrainDay, d: d}, true
	}
	var st, en int
	var v value
	var ok bool
	if s.dayNum(j) != 0 {
		st, en, v, ok = s.matchDayMonth(j, -1)
	} else if s.word(j) != nil && s.word(j).inf().month > 0 {
		st, en, v, ok = s.matchMonth(j)
	}
	if !ok || st != j || v.g != GrainDay || !s.punct(en, ")") {
		return 0, value{}, false
	}
	if v.y == 0 && s.ry != 0 {
		v.y = s.ry
	}
	return en + 1, v, true
}

// matchOrdinalOf: "the first of July", "the twentieth of May 2025": a day
// written as an ordinal word. i is the ordinal.
func (s *scanner) matchOrdinalOf(i int) (int, int, value, bool) {
	d := int(s.toks[i].inf().ord)
	m, k := s.monthAt(i + 2)
	if m == 0 || !s.toks[i+2].capital {
		return 0, 0, value{}, false
	}
	st := i
	if s.is(i-1, "the") {
		st = i - 1
	}
	v := value{g: GrainDay, m: m, d: d}
	if y, e := s.optYear(k); y != 0 {
		v.y, v.abs, k = y, true, e
	} else {
		v.y = s.yearFor(m, d, 0, s.toks[i].start)
	}
	if !validDay(v.y, m, d) {
		return 0, 0, value{}, false
	}
	return st, k, v, true
}

// lastOrNext returns the year of day d of month m when "last" or "next"
// follows it at k, as British usage dates a day by the one before or after
// the text's ("on 28th July last", "on 3rd March next"): the nearest such
// day before or after the reference day. 0 when neither follows, or when
// a unit makes the word an adjective ("July last year").
func (s *scanner) lastOrNext(k, m, d int) int {
	last, next := s.is(k, "last"), s.is(k, "next")
	if !last && !next || s.ry == 0 {
		return 0
	}
	if w := s.word(k + 1); w != nil {
		if inf := w.inf(); inf.unit != unitNone || inf.weekday > 0 || inf.month > 0 || inf.pod > 0 || inf.season > 0 {
			return 0
		}
	}
	y := s.ry
	if last && (m > s.rm || m == s.rm && d >= s.rd) {
		y--
	}
	if next && (m < s.rm || m == s.rm && d <= s.rd) {
		y++
	}
	return y
}

// surnameDay reports whether the text names a person whose surname is the
// weekday w (number wd): "Dave Sunday" (text.NamesSurname). Each weekday's
// answer is read once per text.
func (s *scanner) surnameDay(wd int, w string) bool {
	bit := uint16(1) << wd
	if s.daysRead&bit == 0 {
		s.daysRead |= bit
		if text.NamesSurname(s.text, w) {
			s.daysNamed |= bit
		}
	}
	return s.daysNamed&bit != 0
}
