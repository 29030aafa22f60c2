// This file anchors year-less and relative expressions: the year of a day
// or month given without one, and the tense of a sentence.

package dates

import "sort"

// yearFor picks the year of a day given without one: the year of the last
// absolute date before it, else the reference year moved by the sentence's
// tense when the day is far from the reference; wd (1-7, 0 if none) is a
// weekday the text gives, which moves the day to the year before or after
// when it falls on that weekday there. A weekday that no year so near
// gives is the text's slip, not a day years away ("Monday, 25 May" on a
// page of 2023 is 25 May 2023, not 2020).
func (s *scanner) yearFor(m, d, wd, pos int) int {
	y := s.cy
	if s.cline != s.line && s.ry != 0 || !s.nearRef(y) {
		y = 0 // a date in another paragraph says little; the reference decides
	}
	if y == 0 && !s.nearRefDay(m, d) {
		// the day the text named in full before ("the shooting on May 14,
		// 2022" … "on May 14, the shooter …"): that day again; not the
		// page's own days ("18 November" on 18 November 2021 after "18
		// November 1918")
		if y2 := s.namedBefore(m, d); y2 != 0 {
			return y2
		}
	}
	if y == 0 {
		y = s.ry
		if y == 0 {
			// no reference: the year its own sentence names after it
			// ("On September 26, the Committee held its third meeting in
			// 2018")
			return s.sentenceYear(pos)
		}
		ref := civil(s.ry, s.rm, s.rd)
		diff := civil(y, m, d).Sub(ref).Hours() / 24
		switch tense := s.tense(pos); {
		case tense == -2 && diff > 0, tense < 0 && diff > 90, tense == 0 && diff > 183:
			y--
		case tense > 0 && diff < -90, tense == 0 && diff < -183:
			y++
		}
	}
	if wd > 0 && validDay(y, m, d) && int(civil(y, m, d).Weekday())+1 != wd {
		for _, c := range [...]int{y - 1, y + 1} {
			if validDay(c, m, d) && int(civil(c, m, d).Weekday())+1 == wd && !s.weekdaySlip(y, c, m, d, pos) {
				return c
			}
		}
	}
	return y
}

// nearRefDay reports whether day d of month m in the reference's year lies
// within a week of the reference.
func (s *scanner) nearRefDay(m, d int) bool {
	if s.ry == 0 || !validDay(s.ry, m, d) {
		return false
	}
	diff := civil(s.ry, m, d).Sub(civil(s.ry, s.rm, s.rd)).Hours() / 24
	return diff >= -7 && diff <= 7
}

// namedBefore returns the year of a day of month m and day d that the
// text named before with its year, or 0.
func (s *scanner) namedBefore(m, d int) int {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return int(s.named[m*32+d])
}

// weekdaySlip reports whether the day d of month m in year y, near the
// reference, is the text's own with a wrong weekday rather than that day
// in year c, where the weekday fits: y's day lies within a fortnight of the
// reference, or c's goes against the sentence's tense (a past act a year
// after the page: "Secretary Roe on Thursday, September 26, delivered" on
// a page of Saturday 29 September 2018, when the 26th was a Wednesday).
func (s *scanner) weekdaySlip(y, c, m, d, pos int) bool {
	if s.ry == 0 {
		return false
	}
	ref := civil(s.ry, s.rm, s.rd)
	near := civil(y, m, d).Sub(ref).Hours() / 24
	if near >= -14 && near <= 14 {
		return true
	}
	far := civil(c, m, d).Sub(ref).Hours() / 24
	tense := s.tense(pos)
	return tense < 0 && far > 7 || tense > 0 && far < -7
}

// nearRef reports whether a year the text gave may lend itself to a
// year-less date after it: any year without a reference date, else one
// within a year of the reference ("on 26 March 2025 ... on Sunday 25 May");
// a historical date ("in July 1997") leaves the next year-less date to the
// reference.
func (s *scanner) nearRef(y int) bool {
	return s.ry == 0 || y >= s.ry-1 && y <= s.ry+1
}

// yearForMonth picks the year of a month given without one.
func (s *scanner) yearForMonth(m, pos int) int {
	if s.cy != 0 && (s.cline == s.line || s.ry == 0) && s.nearRef(s.cy) {
		return s.cy
	}
	if s.ry == 0 {
		return 0
	}
	y := s.ry
	diff := m - s.rm
	switch tense := s.tense(pos); {
	case tense == -2 && diff > 0, tense < 0 && diff > 3, tense == 0 && diff > 6, diff > 0 && s.pastVerbBefore(pos):
		// (a month after the reference's, right after a past verb, is last
		// year's: "the tariffs announced in April" on a page of January)
		y--
	case tense > 0 && diff < -3, tense == 0 && diff < -6:
		y++
	}
	return y
}

// pastVerbBefore reports a verb in the past tense right before the time
// at pos, with at most its preposition between: "announced in April",
// "was passed in July"; not a present passive's participle.
func (s *scanner) pastVerbBefore(pos int) bool {
	at := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].end > pos })
	k := at - 1
	if s.is(k, "in") || s.is(k, "on") || s.is(k, "during") || s.is(k, "until") {
		k--
	}
	// (not a participle after a present or future auxiliary: "when the
	// case is heard in May")
	return k >= 0 && s.toks[k].kind == tWord && s.wordTense(k) < 0 &&
		!(s.is(k-1, "is") || s.is(k-1, "are") || s.is(k-1, "am") || s.is(k-1, "be") || s.is(k-1, "being") || s.is(k-1, "been"))
}

// tense returns -1 when the verb that governs the time at pos is in the
// past tense, +1 when it is a future form, 0 when its sentence has none:
// the nearest such verb before pos, unless one after it is less than half
// as far; -2 when "since" before the time makes it certainly past.
func (s *scanner) tense(pos int) int {
	// Find the token at pos.
	at := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].end > pos })
	// "effective Feb. 1", "payable Jan. 2": the date of a term, whatever
	// the tense of the sentence around it; the nearest such day decides
	if s.is(at-1, "effective") || s.is(at-1, "payable") {
		return 0
	}
	// "the Executive Order of March 7", "her letter on 3 May": the day of
	// a document is the nearest, whatever the tense of the sentence around
	// it ("will focus on the Order of March 7th")
	if (s.is(at-1, "of") || s.is(at-1, "on") || s.is(at-1, "dated")) && s.documentNoun(at-2) && (s.word(at) == nil || s.word(at).inf().weekday == 0) {
		return 0 // (not a weekday: "will sign the order on Monday" is a plan's)
	}
	// "since the Oct. 23 attack", "since early May": what a time is
	// counted from has passed, whatever the verb
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		if s.is(k, "since") {
			return -2
		}
		if !s.is(k, "the") && !s.is(k, "early") && !s.is(k, "late") && !s.is(k, "mid") && !s.dash(k) &&
			!s.is(k, "shortly") && !s.is(k, "just") && !s.is(k, "soon") && !s.is(k, "after") && !s.is(k, "before") {
			break
		}
	}
	// The verb that governs a time usually comes before it ("will double
	// its flights by August in markets untouched by ..."): a verb after
	// it counts only when it is less than half as far.
	const window = 80 // sentences are short; a window bounds the work on text without stops
	left, right := 0, 0
	ld, rd := 1<<30, 1<<30
	for k := at; k < len(s.toks) && k < at+window && !s.sentenceEnd(k) && !s.quoteMark(k); k++ {
		// a quotation's own verbs, not the reporting verb after it
		// ("... will leave Thursday," he said)
		if s.toks[k].kind == tWord {
			if (s.is(k, "and") || s.is(k, "but")) && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && s.wordTense(k+1) != 0 {
				break // "... on Saturday and were planning to ...": the verb of another clause
			}
			if tn := s.wordTense(k); tn != 0 {
				right, rd = tn, s.toks[k].start-pos
				break
			}
		}
	}
	for k := at - 1; k >= 0 && k > at-window && !s.sentenceEnd(k); k-- {
		if s.toks[k].kind == tWord {
			if tn := s.wordTense(k); tn != 0 {
				left, ld = tn, pos-s.toks[k].start
				break
			}
		}
	}
	if left != 0 && (right == 0 || ld <= 2*rd) {
		return left
	}
	return right
}

// documentNoun reports a noun of a document at token k: "order",
// "decree", "letter", "statement", "report", "resolution", "memorandum".
func (s *scanner) documentNoun(k int) bool {
	t := s.word(k)
	if t == nil || t.end-t.start > 12 {
		return false
	}
	var buf [12]byte
	w := buf[:0]
	for i := t.start; i < t.end; i++ {
		c := s.text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w = append(w, c)
	}
	return documentNouns[string(w)]
}

// documentNouns are data/words.txt's document-nouns, read once.
var documentNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range wordList("document-nouns") {
		m[w] = true
	}
	return m
}()

// quoteMark reports whether token k is a quotation mark: ", “, ”, or
// one of the pairs ” and “.
func (s *scanner) quoteMark(k int) bool {
	t := &s.toks[k]
	if t.kind != tPunct {
		return false
	}
	switch s.text[t.start] {
	case '"':
		return true
	case '\'', '`':
		c := s.text[t.start]
		return t.end < len(s.text) && s.text[t.end] == c || t.start > 0 && s.text[t.start-1] == c
	}
	r := s.text[t.start:t.end]
	return r == "\u201c" || r == "\u201d"
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
	// nor does the stop of a month's abbreviation before its day ("from
	// Sept. 14 to Thursday")
	if c == '.' && k > 0 && s.toks[k-1].kind == tWord && s.toks[k-1].inf().abbr && k+1 < len(s.toks) && s.toks[k+1].kind == tNum {
		return false
	}
	// nor does "a.m." before a lower-case word or a time zone
	if c == '.' && k > 1 && s.toks[k-1].kind == tWord && s.toks[k-1].end-s.toks[k-1].start == 1 && s.punct(k-2, ".") &&
		k+1 < len(s.toks) && s.toks[k+1].kind == tWord && (!s.toks[k+1].capital || s.toks[k+1].inf().timezone) {
		return false
	}
	return true
}

func (s *scanner) wordTense(k int) int {
	t := &s.toks[k]
	if t.capital && k > 0 && !s.sentenceEnd(k-1) && (s.capitalWord(k-1) || s.capitalWord(k+1)) {
		return 0 // a word of a name: "the Planning Committee", "Future Fund Board"
	}
	if k > 0 && s.is(k-1, "be") && (t.inf().tense < 0 || t.end-t.start >= 4 && s.text[t.end-2:t.end] == "ed") {
		// "will be held", "is to be signed": the auxiliary decides
		if s.is(k-2, "will") || s.is(k-2, "shall") || s.is(k-2, "to") || s.is(k-2, "ll") || s.is(k-2, "would") {
			return 1
		}
		return 0
	}
	if t.inf().tense != 0 {
		if s.is(k, "plans") && !s.is(k+1, "to") {
			return 0 // a noun: "set aside vacation plans for the trip"; "plans to visit" is a plan
		}
		if t.inf().tense > 0 && (s.is(k, "expected") || s.is(k, "scheduled") || s.is(k, "due")) {
			// "is expected to", "was scheduled": the auxiliary decides
			if s.is(k-1, "was") || s.is(k-1, "were") {
				return -1
			}
			if s.is(k-1, "been") && s.is(k-2, "had") && !s.is(k, "expected") {
				return -1 // "had been due to expire Friday": a plan of the past
			}
		}
		return int(t.inf().tense)
	}
	if (s.is(k, "going") || s.is(k, "set")) && s.is(k+1, "to") {
		return 1
	}
	if s.is(k, "to") && (s.is(k-1, "is") || s.is(k-1, "are")) {
		return 1 // "is to resume trading Tuesday": an arrangement to come
	}
	n := t.end - t.start
	if n >= 5 && !t.capital && s.text[t.end-2] == 'e' && s.text[t.end-1] == 'd' {
		if t.inf().notPast {
			return 0
		}
		if n >= 6 && s.text[t.end-4:t.end] == "ceed" {
			return 0 // "will succeed", "proceed", "exceed": present forms
		}
		if s.adjectiveAt(k) {
			return 0 // "the reduced dividend", "a still unspecified date"
		}
		// "to be held", "has been reached": perfect and passive forms after
		// will/to stay with the auxiliary
		return -1
	}
	return 0
}

// adjectiveAt reports a form in -ed at token k that a determiner, or a
// determiner and an adverb, puts before a noun: "the reduced dividend", "a
// planned visit", "a still unspecified date", "the newly opened line".
func (s *scanner) adjectiveAt(k int) bool {
	if p := s.word(k - 1); p != nil && (p.inf().yearDet || s.is(k-1, "the") || s.is(k-1, "an")) {
		return true
	}
	p := s.word(k - 2)
	return p != nil && (p.inf().yearDet || s.is(k-2, "the") || s.is(k-2, "an")) && s.adverb(k-1)
}

// capitalWord reports whether token k is a word beginning with a capital.
func (s *scanner) capitalWord(k int) bool {
	t := s.word(k)
	return t != nil && t.capital
}

// adverb reports whether token k is an adverb that may stand between an
// article and a participle: one of data/words.txt's list
// participle-adverbs ("still", "yet") or a word in -ly ("newly"), not
// a name or a noun ("the Assembly voted", "the family met").
func (s *scanner) adverb(k int) bool {
	t := s.word(k)
	if t == nil {
		return false
	}
	return t.inf().advb || t.end-t.start > 3 && s.text[t.end-2:t.end] == "ly" && !t.capital && !t.inf().lyNoun
}

// sentenceYear returns a year (a four-digit number from 1800 to 2199 after
// "in" or "of") that the sentence opening with the day at pos ("On
// September 26, …") names after it, or 0.
func (s *scanner) sentenceYear(pos int) int {
	k := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].start >= pos })
	b := k - 1
	if s.is(b, "on") {
		b--
	}
	if b >= 0 && !s.sentenceEnd(b) {
		return 0 // a day inside a sentence: its sentence's years may be others'
	}
	for ; k < len(s.toks) && !s.sentenceEnd(k); k++ {
		t := &s.toks[k]
		if t.kind == tNum && t.digits == 4 && t.n >= 1800 && t.n < 2200 && (s.is(k-1, "in") || s.is(k-1, "of")) &&
			(k+1 >= len(s.toks) || s.toks[k+1].kind != tNum) {
			return int(t.n)
		}
	}
	return 0
}
