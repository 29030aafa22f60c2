// This file holds the scanner: its state, token tests, the line loop and
// the dispatch from a token to the matchers.

package dates

import (
	"strings"
	"time"
)

// scanner holds the state of one Find call.
type scanner struct {
	p    *Parser
	text string
	// the weekdays whose use as a surname has been looked for, and those
	// found so ("Dave Sunday"): bit 1<<weekday
	daysRead, daysNamed uint16
	toks                []token // tokens of the current line
	// reference day; ry == 0 when there is none
	ry, rm, rd int
	// context: the last absolute date with an explicit year, and its line
	cy, cm, cd int
	cline      int
	// named holds, by month*32+day, the year of the last day the text
	// named with its year (namedBefore)
	named [13 * 32]int32
	line  int // the current line's number
	// the last day mention (of any kind) on this line: its day and the
	// token index just past it, -1 if none
	dy, dm, dd  int
	dEnd        int
	ly, lm, ld  int // the last day mention anywhere before
	lline       int // the line of ly, lm, ld
	lastYearEnd int // token index just past the last year mention on this line, -1 if none
	// the last quarter named ("the third quarter"), its line; qy == 0 if none
	qy, qp, qline int
	// the last mention with a calendar value, which "a year earlier" counts from
	prev value
	out  []Mention
	// the order of day and month the text's written dates show, read
	// once when an ambiguous numeric date needs it (0 before)
	order   NumericOrder
	ordered bool
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

// optYear reads ", 2025" or " 2025" or "of 2025" at i, or "of last
// year", "of this year", "of next year" where the reference gives the year.
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
	if j > i && s.is(j-1, "of") && s.is(j+1, "year") && s.ry != 0 {
		// "July of last year", "March of this year", "June of next year":
		// the year counted from the reference
		switch {
		case s.is(j, "last"):
			return s.ry - 1, j + 2
		case s.is(j, "this"):
			return s.ry, j + 2
		case s.is(j, "next"):
			return s.ry + 1, j + 2
		}
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
		floor := 0 // the first token a new expression may take
		for i := 0; i < len(s.toks); {
			if t := &s.toks[i]; t.kind == tPunct || t.kind == tWord && (t.wi == 0 || !t.inf().opens) {
				i++ // no expression starts here: most tokens
				continue
			}
			st, en, v, ok := s.match(i)
			if ok && st >= floor && st <= i && en > i {
				st = s.widen(st, en, &v, floor)
				s.emit(st, en, v)
				i, floor = en, en
				continue
			}
			i++
		}
		start = end + 1
	}
}

func (s *scanner) emit(st, en int, v value) {
	a, b := s.toks[st].start, s.toks[en-1].end
	m := Mention{Text: s.text[a:b], Value: v.String(), Grain: v.g, Type: timexType(v.g), Start: a, End: b, absolute: v.abs, adj: v.adj}
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
			if v.g == GrainDay && v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= 31 {
				s.named[v.m*32+v.d] = int32(v.y)
			}
		case GrainMonth:
			s.cy, s.cm, s.cd = v.y, v.m, 0
			s.cline = s.line
		}
	}
	if v.g == GrainYear {
		s.lastYearEnd = en
	}
	if v.g == GrainQuarter && v.y != 0 && !v.back && !(s.quarterAhead(v.y, int(v.part)) && s.tense(a) >= 0) && !s.indefinite(st, en) {
		// a quarter not over by the reference ("will take a fourth-quarter
		// charge" in October) is a forecast, not the quarter a report
		// speaks of; one reported in the past tense is a fiscal quarter;
		// one brought in by "a" ("after a flat second quarter") is set
		// beside it
		s.qy, s.qp, s.qline = v.y, int(v.part), s.line
	} else if v.g == GrainQuarter && s.qy != 0 && int(v.part) == s.qp {
		// "the year-earlier period", "the 1989 period": the report still
		// speaks of its quarter
		s.qline = s.line
	}
	if s.qy != 0 && (v.dur == "P6M" || v.dur == "P9M") && (s.is(st, "the") || s.is(st-1, "the") || s.is(st-1, "first")) {
		// "for the nine months", "in the first six months": the report
		// moves from its quarter to the year so far, and "a year earlier"
		// is then the year before, not the quarter
		s.qy = 0
		if s.ry != 0 {
			s.prev = value{g: GrainYear, y: s.ry}
		}
	}
	if v.y != 0 && v.lit == "" && v.g >= GrainDay && v.g <= GrainYear && !v.back {
		s.prev = v
	}
	if (v.g == GrainDay || v.g == GrainPartDay) && v.y != 0 {
		s.dy, s.dm, s.dd, s.dEnd = v.y, v.m, v.d, en
		s.ly, s.lm, s.ld, s.lline = v.y, v.m, v.d, s.line
	}
}

// indefinite reports whether the quarter [st, en) is brought in by "a"
// and an adjective as a period of its own ("after a flat second quarter"),
// not as the adjective of a noun ("a big third-quarter loss").
func (s *scanner) indefinite(st, en int) bool {
	w := s.word(st - 1)
	if w == nil || w.wi != 0 || w.capital || s.dash(en-2) {
		return false
	}
	return s.is(st-2, "a") || s.is(st-2, "an")
}

// quarterAhead reports whether quarter q of year y has not ended by the
// reference date.
func (s *scanner) quarterAhead(y, q int) bool {
	return s.ry != 0 && (y > s.ry || y == s.ry && q >= (s.rm-1)/3+1)
}

// adjustAt reports whether token k is "early", "late" or "mid", which a
// hyphen may join to a month or a year ("mid-June", "late-1990").
func (s *scanner) adjustAt(k int) bool {
	w := s.word(k)
	return w != nil && w.inf().adjust > 0
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
		if s.dash(i-1) && !s.adjustAt(i-2) && i > 1 && !p.gap && s.toks[i-2].kind != tPunct {
			return true
		}
		if s.punct(i-1, "_") || s.punct(i-1, "/") && i > 1 && !p.gap && s.toks[i-2].kind != tPunct && !s.dayOfMonthAt(i) {
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

// dayOfMonthAt reports a day's number at i that a month's full name
// follows: after a heading's slash it is a date's day, not a path's or a
// code's number ("Press Release/30 April 2018").
func (s *scanner) dayOfMonthAt(i int) bool {
	if s.dayNum(i) == 0 || i+1 >= len(s.toks) || !s.toks[i+1].gap {
		return false
	}
	m, _ := s.monthAt(i + 1)
	return m != 0 && !s.word(i+1).inf().abbr
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

// quotedTitle reports whether the capitalised word at i opens a title in
// quotation marks with the capitalised word after it: the programme "This
// Week", the column "Next Month". A quoted sentence ("This week we
// voted") keeps its lower-case words.
func (s *scanner) quotedTitle(i int) bool {
	if i == 0 || !s.toks[i].capital || !s.quoteMark(i-1) || s.toks[i].gap {
		// (an opening mark stands against its title's first word; one a
		// space parts from the word closes a quotation before it:
		// "… this technology.” Last October, the President signed")
		return false
	}
	n := s.word(i + 1)
	return n != nil && n.capital && !allCaps(s.text, n)
}

// newsWeekday reports whether the weekday at i after a capitalised word is
// the news agencies' bare weekday ("The Court Friday rejected", "in Iraq
// Friday, a week after") rather than part of a name ("Black Friday", "the
// Sunday Times"): a lower-case word or a punctuation mark follows, and the
// word before it names no day.
func (s *scanner) newsWeekday(i int) bool {
	t := &s.toks[i]
	if t.inf().weekday == 0 || !t.capital || t.inf().abbr || allCaps(s.text, t) {
		return false
	}
	if p := s.word(i - 1); p != nil && p.inf().namesDay {
		return false
	}
	if i+1 == len(s.toks) {
		return true
	}
	n := &s.toks[i+1]
	switch n.kind {
	case tWord:
		return !n.capital
	case tPunct:
		// "in Kabul Tuesday, a week after", and the possessive "But
		// Thursday's ruling"
		return s.punct(i+1, ",") || s.punct(i+1, ".") || s.punct(i+1, ";") || s.is(i+2, "s") && s.possessive(i+2)
	}
	return false
}

func (s *scanner) match(i int) (int, int, value, bool) {
	t := &s.toks[i]
	if (t.kind == tNum || t.kind == tCluster) && s.glued(i) {
		return 0, 0, value{}, false
	}
	if st, en, v, ok := s.matchWordClock(i); ok {
		// "two o'clock", "half past ten", "a quarter to five"
		return st, en, v, ok
	}
	if (s.is(i+1, "minutes") || s.is(i+1, "minute")) && (s.is(i+2, "to") || s.is(i+2, "past")) && s.clockMinutes(i) > 0 {
		// "twenty minutes to eight o'clock": a time, not a length
		if st, en, v, ok := s.matchWordClock(i + 3); ok && st == i {
			return st, en, v, ok
		}
	}
	switch t.kind {
	case tWord:
		if t.wi == 0 {
			return 0, 0, value{}, false // most words: in no table, no expression
		}
		inf := t.inf()
		if (inf.rel > 0 || inf.mod != modNone || inf.weekday > 0) && s.afterName(i) && !s.newsWeekday(i) {
			return 0, 0, value{}, false
		}
		if inf.mod != modNone && s.quotedTitle(i) {
			return 0, 0, value{}, false
		}
		if inf.unit == unitYear && !inf.plural {
			if st, en, v, ok := s.matchYearAgo(i, i); ok {
				return st, en, v, ok
			}
			if st, en, v, ok := s.matchYearEnd(i); ok {
				return st, en, v, ok
			}
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
		if inf.noon {
			return s.matchNoon(i)
		}
		if inf.mod != modNone {
			if st, en, v, ok := s.matchMod(i); ok {
				return st, en, v, ok
			}
			if inf.mod == modCurrent && !t.capital {
				// "current market conditions": the present
				if n := s.word(i + 1); n != nil && !n.capital && n.wi == 0 {
					if s.is(i-1, "then") {
						// "the then current price": the present of a past
						return i - 1, i + 1, value{g: GrainRef, lit: refNames[refPast]}, true
					}
					return i, i + 1, value{g: GrainRef, lit: refNames[refPresent]}, true
				}
			}
		}
		if s.is(i, "that") {
			return s.matchThat(i)
		}
		if s.is(i, "the") {
			if st, en, v, ok := s.matchThe(i); ok {
				return st, en, v, ok
			}
		}
		if inf.ord > 0 && s.is(i+1, "century") {
			return s.matchCentury(i, int(inf.ord))
		}
		if inf.ord > 0 && s.is(i+1, "day") && s.is(i+2, "of") {
			if st, en, v, ok := s.matchNthDay(i); ok {
				return st, en, v, ok
			}
		}
		if inf.ord > 0 && s.is(i+1, "of") {
			if st, en, v, ok := s.matchOrdinalOf(i); ok {
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
		if inf.ref > 0 {
			return s.matchRef(i)
		}
		if inf.setUnit != unitNone {
			return s.matchSetWord(i)
		}
		if inf.each {
			if st, en, v, ok := s.matchEach(i); ok {
				return st, en, v, ok
			}
		}
		if inf.vague {
			if st, en, v, ok := s.matchVague(i); ok {
				return st, en, v, ok
			}
		}
		if inf.unit != unitNone && s.dash(i+1) && !s.toks[i+1].gap && s.is(i+2, "long") && !s.toks[i+2].gap && !t.capital {
			// "a day-long meeting", "a decades-long feud": a length as an
			// adjective, of an unknown number of units when plural
			if inf.plural {
				return i, i + 3, value{g: GrainDuration, dur: vagueDuration(inf.unit), adj: true}, true
			}
			return i, i + 3, value{g: GrainDuration, dur: durationValue(1, inf.unit), adj: true}, true
		}
		if inf.unit != unitNone && inf.plural {
			return s.matchBareUnits(i)
		}
		if inf.num > 10 || s.is(i, "two") {
			if st, en, v, ok := s.matchSpokenYear(i); ok {
				return st, en, v, ok
			}
		}
		if inf.pod > 0 && !t.capital && (s.is(i-1, "mid") || s.dash(i-1) && s.is(i-2, "mid")) {
			return s.matchMidPod(i)
		}
		if s.is(i, "a") && s.is(i+1, "while") {
			return s.matchAWhile(i)
		}
		if inf.num > 0 || s.is(i, "a") || s.is(i, "an") {
			return s.matchDuration(i)
		}
	case tNum:
		if t.digits <= 2 {
			if t.ordinal && s.is(i+1, "century") {
				return s.matchCentury(i, int(t.n))
			}
			if st, en, v, ok := s.matchDayMonth(i, -1); ok {
				return st, en, v, ok
			}
			if st, en, v, ok := s.matchDottedDay(i); ok {
				return st, en, v, ok // "14. august 2026"
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
