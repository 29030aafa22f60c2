// This file reads the expressions TimeML values without a calendar date:
// references to the present, the past and the future ("now", "the past"),
// recurrences ("daily", "every morning", "each July") and durations of an
// unknown amount ("several years", "weeks"), and widens an expression to the
// words TimeML draws with it ("the past two years", "almost a decade",
// "early December").

package dates

// matchRef: "now", "currently", "recently", "soon".
func (s *scanner) matchRef(i int) (int, int, value, bool) {
	r := s.toks[i].inf().ref
	if n := i + 1; n < len(s.toks) && !s.toks[n].gap && (s.dash(n) || s.toks[n].kind == tWord) {
		return 0, 0, value{}, false // "now-defunct"
	}
	if s.toks[i].capital && s.afterName(i) {
		return 0, 0, value{}, false
	}
	return i, i + 1, value{g: GrainRef, lit: refNames[r]}, true
}

// refAfterThe reads "the future", "the near future", "the past", "the
// present" at i (the word after "the"); 0 if none.
func (s *scanner) refAfterThe(i int) (int8, int) {
	j := i
	if (s.is(j, "near") || s.is(j, "short")) && s.is(j+1, "term") {
		return refFuture, j + 2 // "the near term", "the short term"
	}
	if s.is(j, "near") || s.is(j, "distant") || s.is(j, "recent") {
		j++
	}
	w := s.word(j)
	if w == nil || w.capital {
		return 0, i
	}
	for _, r := range refNouns {
		if s.is(j, r.w) {
			if r.ref == refPast && j == i {
				// "the past two years", "the past week": a period, not the past
				if n := s.toks; j+1 < len(n) && (n[j+1].kind == tNum || s.word(j+1) != nil && (s.word(j+1).inf().num > 0 ||
					s.word(j+1).inf().unit != unitNone || s.word(j+1).inf().vague || s.word(j+1).inf().quarter || s.is(j+1, "decade"))) {
					return 0, i
				}
			}
			if r.ref == refPresent && j+1 < len(s.toks) && s.toks[j+1].kind == tWord && !s.toks[j+1].gap {
				return 0, i
			}
			return r.ref, j + 1
		}
	}
	return 0, i
}

// setValue returns the value of a recurrence of unit u: P1D for "daily".
func setValue(u unit) value {
	return value{g: GrainSet, lit: durationValue(1, u)}
}

// matchSetWord: "daily", "weekly", "annually".
func (s *scanner) matchSetWord(i int) (int, int, value, bool) {
	t := &s.toks[i]
	if t.capital && (s.afterName(i) || s.word(i+1) != nil && s.word(i+1).capital) {
		return 0, 0, value{}, false // "the Daily Telegraph"
	}
	if s.rate(i-1) || s.is(i-1, "average") || s.is(i-1, "million") || s.is(i-1, "billion") {
		// "to grow 8% annually", "10,000 units annually", "average daily
		// volume": a rate of an amount, not a recurring time
		return 0, 0, value{}, false
	}
	return i, i + 1, setValue(t.inf().setUnit), true
}

// matchEach: "every day", "each year", "every morning", "each July", "every
// Monday".
func (s *scanner) matchEach(i int) (int, int, value, bool) {
	w := s.word(i + 1)
	if w == nil {
		return 0, 0, value{}, false
	}
	inf := w.inf()
	switch {
	case inf.unit != unitNone && !inf.plural:
		return i, i + 2, setValue(inf.unit), true
	case inf.quarter && s.is(i+1, "quarter"):
		return i, i + 2, value{g: GrainSet, lit: "P1Q"}, true
	case inf.pod > 0:
		return i, i + 2, value{g: GrainSet, lit: "XXXX-XX-XXT" + podNames[inf.pod]}, true
	case inf.weekday > 0 && w.capital && !inf.abbr:
		return i, i + 2, value{g: GrainSet, lit: "XXXX-WXX-" + string(rune('0'+(int(inf.weekday)+5)%7+1))}, true
	case inf.month > 0 && w.capital && !inf.abbr:
		b := []byte("XXXX-")
		b = pad(b, int(inf.month), 2)
		return i, i + 2, value{g: GrainSet, lit: string(b)}, true
	case inf.season > 0:
		return i, i + 2, value{g: GrainSet, lit: "XXXX-" + seasonNames[inf.season]}, true
	}
	return 0, 0, value{}, false
}

// vagueDuration returns the value of an unknown amount of unit u: PXY for
// "several years".
func vagueDuration(u unit) string {
	switch u {
	case unitMinute:
		return "PTXM"
	case unitHour:
		return "PTXH"
	case unitDay:
		return "PXD"
	case unitWeek, unitFortnight:
		return "PXW"
	case unitMonth:
		return "PXM"
	case unitYear:
		return "PXY"
	case unitDecade:
		return "PXE"
	case unitCentury:
		return "PXC"
	case unitQuarter:
		return "PXQ"
	}
	return ""
}

// matchVague: "several years", "a few days", "a couple of weeks", "many
// months"; "recent years" is the past.
func (s *scanner) matchVague(i int) (int, int, value, bool) {
	j := i + 1
	if s.is(i, "couple") || s.is(i, "few") && s.is(i-1, "a") || s.is(i, "some") {
		// "a couple of", "a few": the article is part of it (see widen)
		if s.is(j, "of") {
			j++
		}
	}
	if s.dash(j) && !s.toks[j].gap && s.is(i, "several") {
		// "a several-year tenure"
		if w := s.word(j + 1); w != nil && !w.gap && w.inf().unit != unitNone && !w.inf().plural {
			return i, j + 2, value{g: GrainDuration, dur: vagueDuration(w.inf().unit), adj: true}, true
		}
	}
	w := s.word(j)
	if w == nil || !w.inf().plural || w.inf().unit == unitNone || w.capital {
		return 0, 0, value{}, false
	}
	if s.is(j+1, "ago") || s.is(j+1, "later") || s.is(j+1, "earlier") {
		return i, j + 2, value{g: GrainRef, lit: refNames[refPast]}, true
	}
	if s.is(i, "couple") {
		return i, j + 1, value{g: GrainDuration, dur: durationValue(2, w.inf().unit)}, true
	}
	return i, j + 1, value{g: GrainDuration, dur: vagueDuration(w.inf().unit)}, true
}

// matchBareUnits: "for years", "within days", "in recent years" (PXY),
// "coming months", "future quarters" (FUTURE_REF), "in the weeks ahead",
// "over the years": a plural unit after a word that makes it an amount of
// time.
func (s *scanner) matchBareUnits(i int) (int, int, value, bool) {
	w := &s.toks[i]
	if w.capital || !w.inf().plural {
		return 0, 0, value{}, false
	}
	u := w.inf().unit
	switch {
	case s.is(i-1, "the") && s.is(i+1, "ahead"):
		// "in the weeks ahead"
		return i - 1, i + 2, value{g: GrainDuration, dur: vagueDuration(u)}, true
	case s.is(i-1, "the") && s.word(i-2) != nil && s.word(i-2).inf().periodPrep && s.openPeriod(i+1):
		// "over the years", "in the years that followed"
		return i - 1, i + 1, value{g: GrainDuration, dur: vagueDuration(u)}, true
	case s.is(i-1, "recent") || s.is(i-1, "coming"):
		// "in recent years", "in the coming weeks": some of the unit
		return i - 1, i + 1, value{g: GrainDuration, dur: vagueDuration(u)}, true
	case s.is(i-1, "these") && u == unitDay:
		return i - 1, i + 1, value{g: GrainRef, lit: refNames[refPresent]}, true // "these days"
	case s.is(i-1, "future"):
		return i - 1, i + 1, value{g: GrainRef, lit: refNames[refFuture]}, true
	case s.is(i-1, "for") || s.is(i-1, "within") || s.is(i-1, "in") && !s.is(i+1, "of") || s.is(i-1, "after") || s.is(i-1, "lasting"):
		if s.is(i+1, "ago") || s.is(i+1, "of") || s.is(i+1, "to") {
			return 0, 0, value{}, false
		}
		return i, i + 1, value{g: GrainDuration, dur: vagueDuration(u)}, true
	}
	return 0, 0, value{}, false
}

// openPeriod reports whether the word at k leaves a plural unit before it
// an unknown stretch of time ("over the years, prices rose"), not one bound
// to an event or a date ("in the days before the vote", "the years of
// war", "the years 1990 to 1995").
func (s *scanner) openPeriod(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind == tNum || s.toks[k].kind == tCluster {
		return false
	}
	return !s.is(k, "of") && !s.is(k, "before") && !s.is(k, "after") && !s.is(k, "since") && !s.is(k, "between") &&
		!s.is(k, "leading") && !s.is(k, "when") && !s.is(k, "to") && !s.is(k, "preceding") && !s.is(k, "following")
}

// matchAWhile: "for a while", "after a while": an unknown length, PXX. i is
// "a".
func (s *scanner) matchAWhile(i int) (int, int, value, bool) {
	if !s.is(i+1, "while") || !(s.is(i-1, "for") || s.is(i-1, "after") || s.is(i-1, "in") || s.is(i-1, "quite")) {
		return 0, 0, value{}, false
	}
	st := i
	if s.is(i-1, "quite") {
		st-- // "for quite a while"
	}
	return st, i + 2, value{g: GrainDuration, dur: "PXX"}, true
}

// widen returns the first token of the expression [st, en) of value v as
// TimeML draws it, taking in the words before it that belong to it: "the
// past", "the next", an approximator ("almost", "more than", "at least"),
// an article before "few" or an amount, "early", "late" or "mid-" before
// a month, a year or a decade, "earlier" and "later" ("earlier this
// year", "later Sunday"), "the end of", "the middle of" ("the middle of
// October") and "the day before" a day, which it moves ("the day before
// last Tuesday"). floor is the first token it may take.
func (s *scanner) widen(st, en int, v *value, floor int) int {
	k := st
	if (s.is(k, "following") || s.is(k, "previous") || s.is(k, "next") || s.is(k, "current")) && s.is(k-1, "the") && k-1 >= floor && v.g != GrainDuration {
		k-- // "the following year"
	}
	if s.is(en-1, "ago") {
		// "nearly four years ago", "almost a decade ago"
		return s.approx(k, floor)
	}
	switch v.g {
	case GrainDuration:
		// "the past two years", "the next few days", "the first nine months"
		if w := s.word(k - 1); w != nil && k-1 >= floor {
			if m := w.inf().mod; m == modPast || m == modNext || m == modLast || m == modComing || m == modPrevious ||
				s.is(k-1, "first") || s.is(k-1, "final") || s.is(k-1, "initial") {
				k--
			}
		}
		if s.is(k-1, "a") && k-1 >= floor && (s.is(k, "few") || s.is(k, "couple") || s.is(k, "hundred") || s.is(k, "thousand")) {
			k--
		}
		if (s.is(k-1, "the") || s.is(k-1, "those") || s.is(k-1, "these")) && k-1 >= floor {
			k--
		}
		k = s.approx(k, floor)
	case GrainDay, GrainPartDay, GrainWeek:
		// "earlier Sunday", "later yesterday"
		if (s.is(k-1, "earlier") || s.is(k-1, "later")) && k-1 >= floor {
			k--
		}
		if v.g == GrainDay && v.y != 0 && (s.is(k-1, "before") || s.is(k-1, "after")) && s.is(k-2, "day") && s.is(k-3, "the") && k-3 >= floor {
			// "the day before last Tuesday", "the day after Christmas": one
			// day from the day named
			n := 1
			if s.is(k-1, "before") {
				n = -1
			}
			v.y, v.m, v.d = addDays(v.y, v.m, v.d, n)
			k -= 3
		}
	case GrainMonth, GrainYear, GrainDecade, GrainSeason, GrainQuarter, GrainHalf:
		// "earlier this year", "the middle of October"
		if (s.is(k-1, "earlier") || s.is(k-1, "later")) && k-1 >= floor {
			return k - 1
		}
		if s.is(k-1, "of") && s.is(k-3, "the") && k-3 >= floor {
			if w := s.word(k - 2); w != nil && (s.is(k-2, "end") || s.is(k-2, "beginning") || s.is(k-2, "start") || s.is(k-2, "middle")) {
				return k - 3
			}
		}
		// "early December", "late 1990", "mid-June", "the late 1970s"
		j := k
		if s.dash(j-1) && !s.toks[j].gap && !s.toks[j-1].gap {
			j--
		}
		if w := s.word(j - 1); w != nil && w.inf().adjust > 0 && j-1 >= floor {
			k = j - 1
			if s.is(k-1, "the") && k-1 >= floor {
				k--
			}
		}
	}
	return k
}

// approx returns the first token of an approximator before token k ("about",
// "almost", "more than", "at least"), or k.
func (s *scanner) approx(k, floor int) int {
	w := s.word(k - 1)
	if w == nil || !w.inf().approx || k-1 < floor {
		return k
	}
	switch {
	case s.is(k-1, "than"):
		if (s.is(k-2, "more") || s.is(k-2, "less") || s.is(k-2, "fewer")) && k-2 >= floor {
			k -= 2
			if s.is(k-1, "no") && k-1 >= floor {
				k--
			}
		}
	case s.is(k-1, "least"):
		if s.is(k-2, "at") && k-2 >= floor {
			k -= 2
		}
	default:
		k--
	}
	return k
}
