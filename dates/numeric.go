// This file reads all-numeric dates ("2025-03-26", "26/03/2025") and splits
// digit clusters.

package dates

// matchCluster: numeric dates ("2025-03-26", "26/03/2025"), times ("12:28")
// and day ranges before a month ("24-25 June").
func (s *scanner) matchCluster(i int) (int, int, value, bool) {
	t := &s.toks[i]
	raw := s.text[t.start:t.end]
	if a, b, sep, ok := split2(raw); ok {
		switch sep {
		case ":", ".":
			return s.matchClock(i)
		case "-", "\u2013", "\u2010", "\u2011", "\u2012":
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
		case s.writtenOrder() == MonthFirst:
			m, d = x, z // "2/6/2026" on a page that writes "February 6, 2026"
		case s.writtenOrder() == DayFirst:
			d, m = x, z // "2/6/2026" on a page that writes "2 June 2026"
		default:
			return 0, 0, value{}, false
		}
	default:
		return 0, 0, value{}, false
	}
	if y < 1000 || !validDay(y, m, d) || s.num(i+1) != nil {
		return 0, 0, value{}, false
	}
	if i+1 < len(s.toks) && s.toks[i+1].kind == tWord && !s.toks[i+1].gap {
		return 0, 0, value{}, false // "06/10/2021A00100": an identifier, not a date
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

// writtenOrder returns the order of day and month that the text's dates
// written with a month's name show: "February 6, 2026" is month first, "6
// February 2026" day first; Unambiguous when they show neither or both
// alike. It is read once, when an ambiguous numeric date needs it.
func (s *scanner) writtenOrder() NumericOrder {
	if s.ordered {
		return s.order
	}
	s.ordered = true
	monthFirst, dayFirst := 0, 0
	text := s.text
	for i := 0; i < len(text); {
		c := text[i]
		if !(c >= 'A' && c <= 'Z') || i > 0 && isASCIILetter(text[i-1]) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if s.monthName(text[i:j]) {
			if k := skipSpaces(text, j); dayDigits(text, k) > 0 {
				monthFirst++
			}
			if k := backSpaces(text, i); k < i && dayDigitsBefore(text, k) > 0 {
				dayFirst++
			}
		}
		i = j
	}
	switch {
	case monthFirst > dayFirst:
		s.order = MonthFirst
	case dayFirst > monthFirst:
		s.order = DayFirst
	}
	return s.order
}

// monthName reports whether w is a month's name written in full (the word
// table's, any case): "February", not "Feb".
func (s *scanner) monthName(w string) bool {
	wi := s.p.words.lookup(w)
	if wi == 0 {
		return false
	}
	inf := &s.p.words.list[wi-1].info
	return inf.month != 0 && !inf.abbr
}

// skipSpaces returns the index after the spaces at i.
func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// backSpaces returns the index of the first of the spaces that end just
// before i (i when there are none).
func backSpaces(text string, i int) int {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i
}

// dayDigits returns the length of a day of the month written at i: one or
// two digits, or 0.
func dayDigits(text string, i int) int {
	if n := digitRun(text, i, true) - i; n <= 2 {
		return n
	}
	return 0
}

// dayDigitsBefore returns the length of a day of the month (with an
// ordinal's letters) that ends at i, or 0: "6 February", "6th February".
func dayDigitsBefore(text string, i int) int {
	k := i
	for k > 0 && k > i-2 && isASCIILetter(text[k-1]) {
		k-- // "th", "st"
	}
	n := 0
	for k-n > 0 && n < 3 && isDigit(text[k-n-1]) {
		n++
	}
	if n == 0 || n > 2 || k-n > 0 && isASCIILetter(text[k-n-1]) {
		return 0
	}
	return n
}
