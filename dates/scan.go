package dates

import (
	"sort"
	"strings"
	"time"
)

// scanner holds the state of one Find call.
type scanner struct {
	p    *Parser
	text string
	toks []token // tokens of the current line
	// reference day; ry == 0 when there is none
	ry, rm, rd int
	// context: the last absolute date with an explicit year, and its line
	cy, cm, cd int
	cline      int
	line       int // the current line's number
	// the last day mention (of any kind) on this line: its day and the
	// token index just past it, -1 if none
	dy, dm, dd  int
	dEnd        int
	ly, lm, ld  int // the last day mention anywhere before
	lastYearEnd int // token index just past the last year mention on this line, -1 if none
	out         []Mention
}

// is reports whether token i is the word w (ASCII, any case).
func (s *scanner) is(i int, w string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return false
	}
	t := &s.toks[i]
	return t.end-t.start == len(w) && strings.EqualFold(s.text[t.start:t.end], w)
}

// punct reports whether token i is the punctuation c.
func (s *scanner) punct(i int, c string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tPunct {
		return false
	}
	t := &s.toks[i]
	return s.text[t.start:t.end] == c
}

func (s *scanner) dash(i int) bool {
	return s.punct(i, "-") || s.punct(i, "\u2013") || s.punct(i, "\u2014")
}

func (s *scanner) word(i int) *token {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return nil
	}
	return &s.toks[i]
}

func (s *scanner) num(i int) *token {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum {
		return nil
	}
	return &s.toks[i]
}

// dayNum returns token i as a day of the month (1-31), or 0.
func (s *scanner) dayNum(i int) int {
	t := s.num(i)
	if t == nil || t.digits > 2 || t.n < 1 || t.n > 31 {
		return 0
	}
	// "26.5" or "26,000" are lexed as clusters, so a tNum is a whole number.
	return int(t.n)
}

// yearNum returns token i as a year written in full (1000-2999), or 0.
func (s *scanner) yearNum(i int) int {
	t := s.num(i)
	if t == nil || t.digits != 4 || t.ordinal || t.n < 1000 || t.n > 2999 {
		return 0
	}
	// "2025s" or "2025th" are no years; a following letter is lexed as a word
	// with no gap.
	if w := s.word(i + 1); w != nil && !w.gap {
		return 0
	}
	return int(t.n)
}

// monthAt returns the month named by token i and the index after it
// (skipping the full stop of an abbreviation), or 0.
func (s *scanner) monthAt(i int) (int, int) {
	t := s.word(i)
	if t == nil || t.inf().month == 0 {
		return 0, i
	}
	if t.inf().abbr {
		if !t.capital {
			return 0, i
		}
		if s.punct(i+1, ".") && !s.toks[i+1].gap {
			return int(t.inf().month), i + 2
		}
		return int(t.inf().month), i + 1
	}
	return int(t.inf().month), i + 1
}

// optYear reads ", 2025" or " 2025" or "of 2025" at i.
func (s *scanner) optYear(i int) (int, int) {
	j := i
	if s.punct(j, ",") {
		j++
	} else if s.is(j, "of") {
		j++
	}
	if y := s.yearNum(j); y != 0 {
		return y, j + 1
	}
	return 0, i
}

// Find scans text line by line.
func (s *scanner) run() {
	text := s.text
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s.toks = s.p.lexLine(text, start, end, s.toks[:0])
		s.lastYearEnd = -1
		s.dEnd = -1
		s.line++
		for i := 0; i < len(s.toks); {
			if t := &s.toks[i]; t.kind == tPunct || t.kind == tWord && t.wi == 0 {
				i++ // no expression starts here: most tokens
				continue
			}
			st, en, v, ok := s.match(i)
			if ok && st >= i && en > st {
				s.emit(st, en, v)
				i = en
				continue
			}
			i++
		}
		start = end + 1
	}
}

func (s *scanner) emit(st, en int, v value) {
	a, b := s.toks[st].start, s.toks[en-1].end
	m := Mention{Text: s.text[a:b], Value: v.String(), Grain: v.g, Start: a, End: b, absolute: v.abs}
	m.From, m.To = v.bounds()
	if v.g == GrainDay && v.uy != 0 {
		m.Until = civil(v.uy, v.um, v.ud).Format(time.DateOnly)
	}
	s.out = append(s.out, m)
	if v.abs && v.y != 0 {
		switch v.g {
		case GrainDay, GrainPartDay, GrainTime:
			s.cy, s.cm, s.cd = v.y, v.m, v.d
			s.cline = s.line
		case GrainMonth:
			s.cy, s.cm, s.cd = v.y, v.m, 0
			s.cline = s.line
		}
	}
	if v.g == GrainYear {
		s.lastYearEnd = en
	}
	if (v.g == GrainDay || v.g == GrainPartDay) && v.y != 0 {
		s.dy, s.dm, s.dd, s.dEnd = v.y, v.m, v.d, en
		s.ly, s.lm, s.ld = v.y, v.m, v.d
	}
}

// glued reports whether the number at i is part of a larger token: a code,
// an identifier or a model name ("F-35", "1hXH", "B787").
func (s *scanner) glued(i int) bool {
	t := &s.toks[i]
	if !t.gap && i > 0 {
		p := &s.toks[i-1]
		if p.kind == tWord || p.kind == tNum || p.kind == tCluster {
			return true
		}
		if s.dash(i-1) && !s.is(i-2, "mid") && i > 1 && !p.gap && s.toks[i-2].kind != tPunct {
			return true
		}
		if s.punct(i-1, "_") || s.punct(i-1, "/") && i > 1 && !p.gap && s.toks[i-2].kind != tPunct {
			return true
		}
	}
	if i+1 < len(s.toks) {
		n := &s.toks[i+1]
		if !n.gap && (n.kind == tWord && n.wi == 0 || n.kind == tNum || n.kind == tCluster) {
			return true
		}
	}
	return false
}

// afterName reports whether the capitalised word at i follows another
// capitalised word directly, as in a name or a title ("USA Today", "CBS This
// Morning", "Black Friday").
func (s *scanner) afterName(i int) bool {
	if i == 0 || !s.toks[i].capital {
		return false
	}
	p := &s.toks[i-1]
	if p.kind != tWord || !p.capital {
		return false
	}
	if allCaps(s.text, p) {
		return !allCaps(s.text, &s.toks[i]) // "CBS This Morning", not "POPULAR THIS WEEK"
	}
	in := p.inf()
	return in.trig == trigNone && in.mod == modNone && in.month == 0 && in.weekday == 0
}

func (s *scanner) match(i int) (int, int, value, bool) {
	t := &s.toks[i]
	if (t.kind == tNum || t.kind == tCluster) && s.glued(i) {
		return 0, 0, value{}, false
	}
	switch t.kind {
	case tWord:
		if t.wi == 0 {
			return 0, 0, value{}, false // most words: in no table, no expression
		}
		inf := t.inf()
		if (inf.rel > 0 || inf.mod != modNone || inf.weekday > 0) && s.afterName(i) {
			return 0, 0, value{}, false
		}
		if inf.weekday > 0 && t.capital && !inf.abbr {
			return s.matchWeekday(i)
		}
		if inf.month > 0 && t.capital {
			if st, en, v, ok := s.matchMonth(i); ok {
				return st, en, v, ok
			}
		}
		if inf.rel > 0 {
			return s.matchRel(i)
		}
		if inf.mod != modNone {
			if st, en, v, ok := s.matchMod(i); ok {
				return st, en, v, ok
			}
		}
		if s.is(i, "the") {
			if st, en, v, ok := s.matchThe(i); ok {
				return st, en, v, ok
			}
		}
		if inf.ord > 0 {
			if st, en, v, ok := s.matchPart(i, i); ok {
				return st, en, v, ok
			}
		}
		if inf.partLetter && t.capital {
			if st, en, v, ok := s.matchQ(i); ok {
				return st, en, v, ok
			}
		}
		if inf.season > 0 {
			if st, en, v, ok := s.matchSeason(i); ok {
				return st, en, v, ok
			}
		}
		if inf.holiday > 0 && t.capital {
			if st, en, v, ok := s.matchHoliday(i); ok {
				return st, en, v, ok
			}
		}
		if inf.num > 0 || s.is(i, "a") || s.is(i, "an") {
			return s.matchDuration(i)
		}
	case tNum:
		if t.digits <= 2 {
			if st, en, v, ok := s.matchDayMonth(i, -1); ok {
				return st, en, v, ok
			}
			if st, en, v, ok := s.matchClock(i); ok {
				return st, en, v, ok
			}
			if !t.ordinal {
				return s.matchDuration(i)
			}
		} else if t.digits == 4 {
			return s.matchYear(i)
		} else if t.digits == 3 && !t.ordinal {
			return s.matchDuration(i)
		}
	case tCluster:
		return s.matchCluster(i)
	}
	return 0, 0, value{}, false
}

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
	if d1 != 0 && !s.punct(k, ":") && !(s.num(j) != nil && s.isQuantity(k)) {
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
	if s.dash(p) && !s.toks[i].gap && s.is(p-1, "mid") {
		return true
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
		if s.is(p, "the") || s.is(p, "for") || s.is(p, "around") {
			return false
		}
		// "from June", "by May", "to July", "and August": only after another
		// month or when a range follows
		if s.is(p, "from") || s.is(p, "by") {
			return !ambiguous || s.is(i+1, "to") || s.is(i+1, "until")
		}
		return s.afterMonth(p)
	}
	return false
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
	// "Sunday Talk Shows": a name, unless a preposition introduces the day.
	if n := s.word(i + 1); n != nil && n.capital && n.inf().pod == 0 && n.inf().month == 0 {
		if p := s.word(i - 1); p == nil || p.inf().trig == trigNone && p.inf().mod == modNone {
			return 0, 0, value{}, false
		}
	}
	// Weekday + part of day: "Thursday evening".
	v = s.weekday(wd, s.toks[i].start, 0)
	en = i + 1
	if w := s.word(i + 1); w != nil && w.inf().pod > 0 {
		v.pod = w.inf().pod
		v.g = GrainPartDay
		en = i + 2
	}
	return i, en, v, true
}

// weekday resolves a bare weekday by the tense of its sentence; shift is
// -1 for "last Friday", +1 for "next Friday", 0 otherwise.
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
		switch s.tense(pos) {
		case -1:
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
	return i, en, v, true
}

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
	en := i + 2
	inf := w.inf()
	y, m, d := s.ry, s.rm, s.rd
	switch {
	case inf.unit != unitNone && !inf.plural:
		if mod == modPast && s.is(i-1, "the") {
			// "the past year" is a duration, not last year
			return 0, 0, value{}, false
		}
		v := value{}
		switch inf.unit {
		case unitYear:
			v.g = GrainYear
			if y != 0 {
				v.y = y + shift
			}
		case unitMonth:
			v.g = GrainMonth
			if y != 0 {
				t := civil(y, m, 1).AddDate(0, shift, 0)
				v.y, v.m = t.Year(), int(t.Month())
			}
		case unitWeek:
			v.g = GrainWeek
			if y != 0 {
				v.y, v.week = civil(y, m, d).AddDate(0, 0, 7*shift).ISOWeek()
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
	case inf.pod == 4 && mod == modLast:
		// "last night"
		v := value{g: GrainPartDay, pod: 4}
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

// matchThe: "the first quarter of 2025", "the 1990s", "the year ahead".
func (s *scanner) matchThe(i int) (int, int, value, bool) {
	if w := s.word(i + 1); w != nil {
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
	if st == i && !s.is(i-1, "the") {
		// "first quarter" with no article and no year is too weak.
		return 0, 0, value{}, false
	}
	if s.cy != 0 {
		v.y = s.cy
	} else {
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

// matchSeason: "spring 2025", "the summer of 2024".
func (s *scanner) matchSeason(i int) (int, int, value, bool) {
	y, e := s.optYear(i + 1)
	if y == 0 || s.punct(i+1, ",") {
		return 0, 0, value{}, false
	}
	return i, e, value{g: GrainSeason, season: s.toks[i].inf().season, y: y, abs: true}, true
}

// matchHoliday: "Christmas", "Christmas Day", "Christmas Eve 2024", "New
// Year's Day".
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
	if s.dash(p) && s.is(p-1, "mid") {
		ok = true
	} else if w := s.word(p); w != nil {
		switch {
		case w.inf().trig == trigStrong && !s.is(p, "year") || s.is(p, "year") && !w.capital:
			ok = y >= 1800 && y <= 2199
		case w.inf().trig == trigWeak || s.is(p, "about") || s.is(p, "than"):
			ok = y >= 1900 && y <= 2100 && !s.plural(i+1)
			if s.is(p, "the") {
				// "the 2014 target": a word must follow
				ok = ok && s.word(i+1) != nil
			}
			if s.is(p, "and") || s.is(p, "or") || s.is(p, "to") {
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
	return i, i + 1, value{g: GrainYear, y: y, abs: true}, true
}

// matchDuration: "two days", "30 years", "seven consecutive years", "three
// weeks ago".
func (s *scanner) matchDuration(i int) (int, int, value, bool) {
	var n int
	t := &s.toks[i]
	if s.is(i, "a") || s.is(i, "an") {
		// "a week ago"; "a week" alone is left out ("once a week")
		if w := s.word(i + 1); w == nil || w.inf().unit == unitNone || w.inf().plural || !s.is(i+2, "ago") {
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
	for k := 0; k < 2; k++ {
		if w := s.word(j); w != nil && w.inf().filler {
			j++
		}
	}
	w := s.word(j)
	if w == nil || w.inf().unit == unitNone || w.inf().plural != (n != 1) {
		return 0, 0, value{}, false
	}
	if w.capital && !allCaps(s.text, w) {
		return 0, 0, value{}, false // "60 Minutes", "48 Hours", "Two Hours Long": names and headlines
	}
	u := w.inf().unit
	en := j + 1
	if s.is(en, "old") || s.punct(en, "-") {
		return 0, 0, value{}, false
	}
	if (s.is(en, "a") || s.is(en, "an") || s.is(en, "per") || s.is(en, "each") || s.is(en, "every")) && s.word(en+1) != nil && s.word(en+1).inf().unit != unitNone {
		return 0, 0, value{}, false // "7 days a week": a rate
	}
	if t.kind == tWord && s.is(i, "one") && u == unitDay && !s.is(en, "ago") {
		return 0, 0, value{}, false // "one day" is mostly "some day"
	}
	if s.is(en, "ago") {
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
	return i, en, value{g: GrainDuration, dur: durationValue(n, u)}, true
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
	en := i + 1
	ampm := 0
	if w := s.word(en); w != nil {
		switch {
		case s.is(en, "am") || s.is(en, "pm"):
			ampm = int(w.inf().ampm)
			en++
		case (s.is(en, "a") || s.is(en, "p")) && s.punct(en+1, ".") && s.is(en+2, "m"):
			ampm = int(w.inf().ampm)
			en += 3
			if s.punct(en, ".") {
				en++
			}
		}
	}
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
		// "November 19, 2019, 9:02 AM", "Nov 19, 6:55 AM"
		v.y, v.m, v.d = s.dy, s.dm, s.dd
	case s.dateAhead(en, &v):
		// "1:39 am EST, Wednesday, November 20, 2019"
	case s.cy != 0 && s.cd != 0 && (s.line-s.cline <= 3 || s.ry == 0):
		v.y, v.m, v.d = s.cy, s.cm, s.cd
	case s.ry != 0:
		v.y, v.m, v.d = s.ry, s.rm, s.rd
	default:
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

// matchCluster: numeric dates ("2025-03-26", "26/03/2025"), times ("12:28")
// and day ranges before a month ("24-25 June").
func (s *scanner) matchCluster(i int) (int, int, value, bool) {
	t := &s.toks[i]
	raw := s.text[t.start:t.end]
	if a, b, sep, ok := split2(raw); ok {
		switch sep {
		case ":", ".":
			return s.matchClock(i)
		case "-", "\u2013":
			if len(a) <= 2 {
				return s.matchDayMonth(i, atoi(a))
			}
			// "in 2024-2025", "the 2024\u201325 budget": the first year
			y := atoi(a)
			if len(a) == 4 && (len(b) == 4 && atoi(b) > y || len(b) == 2 && atoi(b) == (y+1)%100) && y >= 1800 && y <= 2199 {
				if w := s.word(i - 1); w != nil && (w.inf().trig == trigStrong || s.is(i-1, "the") || s.is(i-1, "for") || s.is(i-1, "from")) {
					return i, i + 1, value{g: GrainYear, y: y, abs: true}, true
				}
			}
		}
		return 0, 0, value{}, false
	}
	a, b, c, sep, ok := split3(raw)
	if !ok {
		return 0, 0, value{}, false
	}
	var y, m, d int
	switch {
	case len(a) == 4 && len(b) <= 2 && len(c) <= 2 && sep != ".":
		y, m, d = atoi(a), atoi(b), atoi(c)
	case (len(c) == 4 || len(c) == 2 && sep == "/") && len(a) <= 2 && len(b) <= 2:
		y = atoi(c)
		if len(c) == 2 {
			// "11/19/19": a two-digit year, only when the order is plain
			if atoi(a) <= 12 && atoi(b) <= 12 && a != b {
				return 0, 0, value{}, false
			}
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		x, z := atoi(a), atoi(b)
		switch {
		case x == z:
			m, d = x, z
		case x > 12:
			d, m = x, z
		case z > 12:
			m, d = x, z
		case s.p.opts.Numeric == DayFirst || sep == ".":
			d, m = x, z
		case s.p.opts.Numeric == MonthFirst:
			m, d = x, z
		default:
			return 0, 0, value{}, false
		}
	default:
		return 0, 0, value{}, false
	}
	if y < 1000 || !validDay(y, m, d) || s.num(i+1) != nil {
		return 0, 0, value{}, false
	}
	return i, i + 1, value{g: GrainDay, y: y, m: m, d: d, abs: true}, true
}

// split2 splits "a<sep>b" where a and b are digits.
func split2(raw string) (a, b, sep string, ok bool) {
	i := digitRun(raw, 0, true)
	j := digitRun(raw, i, false)
	k := digitRun(raw, j, true)
	if i == 0 || j == i || k == j || k != len(raw) {
		return "", "", "", false
	}
	return raw[:i], raw[j:k], raw[i:j], true
}

// split3 splits "a<sep>b<sep>c" with one separator used twice.
func split3(raw string) (a, b, c, sep string, ok bool) {
	i := digitRun(raw, 0, true)
	j := digitRun(raw, i, false)
	k := digitRun(raw, j, true)
	l := digitRun(raw, k, false)
	n := digitRun(raw, l, true)
	if i == 0 || j == i || k == j || l == k || n == l || n != len(raw) || raw[i:j] != raw[k:l] {
		return "", "", "", "", false
	}
	return raw[:i], raw[j:k], raw[l:n], raw[i:j], true
}

// digitRun returns the end of the run of digits (or of non-digits) at raw[i:].
func digitRun(raw string, i int, digits bool) int {
	for i < len(raw) && isDigit(raw[i]) == digits {
		i++
	}
	return i
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// yearFor picks the year of a day given without one: the year of the last
// absolute date before it, else the reference year moved by the sentence's
// tense when the day is far from the reference; wd (1-7, 0 if none) is a
// weekday the text gives, which settles the year when it can.
func (s *scanner) yearFor(m, d, wd, pos int) int {
	y := s.cy
	if s.cline != s.line && s.ry != 0 {
		y = 0 // a date in another paragraph says little; the reference decides
	}
	if y == 0 {
		y = s.ry
		if y == 0 {
			return 0
		}
		ref := civil(s.ry, s.rm, s.rd)
		diff := civil(y, m, d).Sub(ref).Hours() / 24
		switch tense := s.tense(pos); {
		case tense < 0 && diff > 90, tense == 0 && diff > 183:
			y--
		case tense > 0 && diff < -90, tense == 0 && diff < -183:
			y++
		}
	}
	if wd > 0 && validDay(y, m, d) && int(civil(y, m, d).Weekday())+1 != wd {
		for _, c := range [...]int{y - 1, y + 1, y - 2, y + 2, y - 3, y + 3, y - 4, y + 4, y - 5, y + 5, y - 6, y + 6} {
			if validDay(c, m, d) && int(civil(c, m, d).Weekday())+1 == wd {
				return c
			}
		}
	}
	return y
}

// yearForMonth picks the year of a month given without one.
func (s *scanner) yearForMonth(m, pos int) int {
	if s.cy != 0 && (s.cline == s.line || s.ry == 0) {
		return s.cy
	}
	if s.ry == 0 {
		return 0
	}
	y := s.ry
	diff := m - s.rm
	switch tense := s.tense(pos); {
	case tense < 0 && diff > 3, tense == 0 && diff > 6:
		y--
	case tense > 0 && diff < -3, tense == 0 && diff < -6:
		y++
	}
	return y
}

// tense returns -1 when the verb nearest to pos in its sentence is in the
// past tense, +1 when it is a future form, 0 when there is none.
func (s *scanner) tense(pos int) int {
	// Find the token at pos.
	at := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].end > pos })
	best, bestDist := 0, 1<<30
	record := func(k int) {
		t := &s.toks[k]
		if t.kind != tWord {
			return
		}
		if tn := s.wordTense(k); tn != 0 {
			d := t.start - pos
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				best, bestDist = tn, d
			}
		}
	}
	// Sentences are short; a window bounds the work on text without stops.
	const window = 80
	for k := at; k < len(s.toks) && k < at+window && !s.sentenceEnd(k); k++ {
		record(k)
	}
	for k := at - 1; k >= 0 && k > at-window && !s.sentenceEnd(k); k-- {
		record(k)
	}
	return best
}

// sentenceEnd reports whether token k is a full stop (or !, ?, ;) that ends
// a sentence.
func (s *scanner) sentenceEnd(k int) bool {
	t := &s.toks[k]
	if t.kind != tPunct {
		return false
	}
	c := s.text[t.start]
	if c != '.' && c != '!' && c != '?' && c != ';' {
		return false
	}
	if k+1 < len(s.toks) && !s.toks[k+1].gap {
		return false
	}
	// "Mr." and "Dr." do not end a sentence
	if c == '.' && k > 0 && s.toks[k-1].kind == tWord && s.toks[k-1].end-s.toks[k-1].start <= 2 && s.toks[k-1].capital {
		return false
	}
	return true
}

func (s *scanner) wordTense(k int) int {
	t := &s.toks[k]
	if k > 0 && s.is(k-1, "be") && (t.inf().tense < 0 || t.end-t.start >= 4 && s.text[t.end-2:t.end] == "ed") {
		// "will be held", "is to be signed": the auxiliary decides
		if s.is(k-2, "will") || s.is(k-2, "shall") || s.is(k-2, "to") || s.is(k-2, "ll") || s.is(k-2, "would") {
			return 1
		}
		return 0
	}
	if t.inf().tense != 0 {
		if t.inf().tense > 0 && (s.is(k, "expected") || s.is(k, "scheduled") || s.is(k, "due")) {
			// "is expected to", "was scheduled": the auxiliary decides
			if s.is(k-1, "was") || s.is(k-1, "were") {
				return -1
			}
		}
		return int(t.inf().tense)
	}
	if s.is(k, "going") && s.is(k+1, "to") {
		return 1
	}
	n := t.end - t.start
	if n >= 5 && !t.capital && s.text[t.end-2] == 'e' && s.text[t.end-1] == 'd' {
		switch s.text[t.start:t.end] {
		case "indeed", "united", "needed", "based", "allied", "related", "proposed", "limited", "advanced", "concerned",
			"interested", "committed", "dedicated", "determined", "detailed", "expected", "scheduled", "planned", "unprecedented", "red":
			return 0
		}
		// "to be held", "has been reached": perfect and passive forms after
		// will/to stay with the auxiliary
		return -1
	}
	return 0
}
