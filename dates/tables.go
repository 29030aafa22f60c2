// This file holds the vocabulary: the word classes the scanner reads
// (months, weekdays, units, modifiers, reference and recurrence words...)
// and the table that finds a word's classes with one read.

package dates

import (
	"strconv"
	"strings"
)

// Word classes used by the scanner. A word may belong to several classes
// ("second" is an ordinal and a unit; "may" is a month and a modal verb).
type unit int8

const (
	unitNone unit = iota
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitFortnight
	unitMonth
	unitYear
	unitDecade
	unitCentury
	unitQuarter // a quarter of a year, as a length only in the plural ("two quarters")
)

// Modifiers that turn a unit, weekday, month or season into a relative
// expression.
type modifier int8

const (
	modNone modifier = iota
	modThis
	modLast
	modNext
	modComing
	modPast
	modPrevious
	modCurrent
)

// Relative day words.
const (
	relToday = iota + 1
	relYesterday
	relTomorrow
	relTonight
)

// Triggers: words before a bare month or a year that make it a date.
const (
	trigNone   = iota
	trigStrong // in, since, until, during, early, late, mid...: "in 2014", "since June"
	trigWeak   // of, for, by, from, the, around: need more evidence
)

type wordInfo struct {
	month      int8 // 1..12
	abbr       bool // month or weekday abbreviation ("Jan", "Sept")
	dotMonth   int8 // 1..12: a month of the Nordic languages or German, after "14." (dotted.go)
	weekday    int8 // 1..7 for Sunday..Saturday
	num        int16
	ord        int8
	unit       unit
	plural     bool
	rel        int8
	mod        modifier
	pod        int8 // part of day: 1 MO, 2 AF, 3 EV, 4 NI
	season     int8 // 1 SP, 2 SU, 3 FA, 4 WI
	trig       int8
	filler     bool // "consecutive", "full": may stand between a number and its unit
	quantity   bool // "billion", "percent": the number before it is no year
	holiday    int8
	dayM, dayD int8 // the month and day of a named day's first word ("Anzac" of "Anzac Day")
	ampm       int8 // 1 am, 2 pm
	timezone   bool
	ordSuffix  bool // st, nd, rd, th
	noon       bool // "noon", "midday": twelve o'clock
	notPast    bool // an -ed word that is no past tense ("indeed", "limited")
	tense      int8 // -1 a past-tense marker ("was", "met"), +1 a future one ("will")
	partLetter bool // "Q" of "Q1 2025", "H" of "H2 2024"
	ref        int8 // a word that is a reference expression by itself: refPresent ("now"), refPast, refFuture
	setUnit    unit // an adverb of recurrence: "daily" is unitDay
	each       bool // "each", "every": a unit after it is a set ("every morning")
	vague      bool // "several", "few", "many": an unknown amount of the unit after it ("several years")
	approx     bool // "about", "almost", "nearly": part of the expression it opens ("almost seven years")
	quarter    bool // "quarter", "period": a quarter of a financial year in "the latest quarter"
	adjust     int8 // a modifier TimeML keeps in the expression: 1 "early", "late", "mid"
	namesDay   bool // "Black", "Good": a capitalised weekday after it is a name ("Black Friday")
	yearDet    bool // "his", "its", "that": a year after it, before a noun, is a date ("his 1996 campaign")
	afterThe   bool // "latest", "future": may follow "the" in an expression ("the latest quarter", "the future")
	decadeS    bool // the "s" of "1990s"
	decadeWord int8 // 2-9 for "twenties" ... "nineties": a decade of a century ("the nineties")
	periodPrep bool // "into", "over": "the summer" after it is a time ("into the summer")
	advb       bool // "still", "yet": an adverb between an article and an adjective ("a still unnamed date")
	lyNoun     bool // "family", "assembly": a word in -ly that is no adverb
	opens      bool // an expression may begin with the word (set by newWordTable from the classes above)
}

// Reference values: the present, the past and the future as TIMEX3 writes
// them.
const (
	refPresent = iota + 1
	refPast
	refFuture
)

var refNames = [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}

var podNames = [...]string{"", "MO", "AF", "EV", "NI"}
var seasonNames = [...]string{"", "SP", "SU", "FA", "WI"}

const (
	holChristmas = iota + 1
	holNewYear
	holEaster
	holThanksgiving
	holHalloween
	holBoxing
	holNamed // a day of the year named "X Day" (data/words.txt, [named-days])
)

// wordTable finds a word's entry by its length and its first and last
// letters, then compares the word: most words of a text are rejected by one
// array read.
type wordTable struct {
	slot [13 * 27 * 27]uint16 // 1 + index into list of the first entry
	list []wordEntry
}

type wordEntry struct {
	word string
	info wordInfo
	next uint16
}

var noInfo wordInfo

func letterIndex(c byte) int {
	c |= 0x20
	if c < 'a' || c > 'z' {
		return -1
	}
	return int(c-'a') + 1
}

func slotOf(w string) int {
	if len(w) == 0 || len(w) > 12 {
		return -1
	}
	f, l := letterIndex(w[0]), letterIndex(w[len(w)-1])
	if f < 0 || l < 0 {
		return -1
	}
	return (len(w)*27+f)*27 + l
}

// lookup returns 1 + the index of w's entry (any case), or 0.
func (t *wordTable) lookup(w string) uint16 {
	k := slotOf(w)
	if k < 0 {
		return 0
	}
	for i := t.slot[k]; i != 0; {
		e := &t.list[i-1]
		if equalFoldASCII(e.word, w) {
			return i
		}
		i = e.next
	}
	return 0
}

// equalFoldASCII compares lower-case a with w in any case.
func equalFoldASCII(a, w string) bool {
	if len(a) != len(w) {
		return false
	}
	for i := 0; i < len(a); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != a[i] {
			return false
		}
	}
	return true
}

func newWordTable(m map[string]wordInfo) *wordTable {
	t := &wordTable{}
	for w, info := range m {
		k := slotOf(w)
		if k < 0 {
			continue
		}
		info.opens = info.noon || info.month > 0 || info.weekday > 0 || info.rel > 0 || info.mod != modNone || info.ord > 0 || info.partLetter ||
			info.season > 0 || info.holiday > 0 || info.ref > 0 || info.setUnit != unitNone || info.each || info.vague ||
			info.unit != unitNone || info.num > 0 || info.pod > 0 || w == "the" || w == "a" || w == "an" || w == "that"
		t.list = append(t.list, wordEntry{word: w, info: info, next: t.slot[k]})
		t.slot[k] = uint16(len(t.list))
	}
	return t
}

// buildWords returns the lower-case word table. It is built once and only
// read afterwards.
func buildWords() *wordTable {
	w := make(map[string]wordInfo, 400)
	set := func(k string, f func(*wordInfo)) {
		x := w[k]
		f(&x)
		w[k] = x
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	abbrs := [][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"}, {"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}}
	for i, m := range months {
		set(m, func(x *wordInfo) { x.month = int8(i + 1) })
		for _, a := range abbrs[i] {
			set(a, func(x *wordInfo) { x.month = int8(i + 1); x.abbr = true })
		}
	}
	for m, d := range dottedMonths {
		set(m, func(x *wordInfo) { x.dotMonth = int8(d) })
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		set(d, func(x *wordInfo) { x.weekday = int8(i + 1) })
	}
	nums := map[string]int16{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
		"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
		"hundred": 100, "thousand": 1000}
	for k, v := range nums {
		set(k, func(x *wordInfo) { x.num = v })
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
		"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, o := range ords {
		set(o, func(x *wordInfo) { x.ord = int8(i + 1) })
	}
	set("thirtieth", func(x *wordInfo) { x.ord = 30 })
	units := []struct {
		s string
		u unit
	}{{"minute", unitMinute}, {"hour", unitHour}, {"day", unitDay}, {"week", unitWeek}, {"fortnight", unitFortnight},
		{"month", unitMonth}, {"year", unitYear}, {"decade", unitDecade}, {"century", unitCentury}}
	for _, u := range units {
		set(u.s, func(x *wordInfo) { x.unit = u.u })
		pl := u.s + "s"
		if u.u == unitCentury {
			pl = "centuries"
		}
		set(pl, func(x *wordInfo) { x.unit = u.u; x.plural = true })
	}
	// "quarter" alone is a quarter of a financial year ("the third
	// quarter"); its plural counts them ("the past two quarters")
	set("quarters", func(x *wordInfo) { x.unit = unitQuarter; x.plural = true })
	set("today", func(x *wordInfo) { x.rel = relToday })
	set("yesterday", func(x *wordInfo) { x.rel = relYesterday })
	set("tomorrow", func(x *wordInfo) { x.rel = relTomorrow })
	set("tonight", func(x *wordInfo) { x.rel = relTonight })
	mods := map[string]modifier{"this": modThis, "last": modLast, "next": modNext, "coming": modComing, "past": modPast,
		"previous": modPrevious, "current": modCurrent, "following": modNext}
	for k, v := range mods {
		set(k, func(x *wordInfo) { x.mod = v })
	}
	pods := map[string]int8{"morning": 1, "afternoon": 2, "evening": 3, "night": 4}
	for k, v := range pods {
		set(k, func(x *wordInfo) { x.pod = v })
	}
	seasons := map[string]int8{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
	for k, v := range seasons {
		set(k, func(x *wordInfo) { x.season = v })
	}
	for _, k := range wordList("trigger-strong") {
		set(k, func(x *wordInfo) { x.trig = trigStrong })
	}
	for _, k := range wordList("trigger-weak") {
		set(k, func(x *wordInfo) { x.trig = trigWeak })
	}
	for _, k := range wordList("filler") {
		set(k, func(x *wordInfo) { x.filler = true })
	}
	for _, k := range wordList("quantity") {
		set(k, func(x *wordInfo) { x.quantity = true })
	}
	set("christmas", func(x *wordInfo) { x.holiday = holChristmas })
	set("new", func(x *wordInfo) { x.holiday = holNewYear })
	set("easter", func(x *wordInfo) { x.holiday = holEaster })
	set("thanksgiving", func(x *wordInfo) { x.holiday = holThanksgiving })
	set("halloween", func(x *wordInfo) { x.holiday = holHalloween })
	set("boxing", func(x *wordInfo) { x.holiday = holBoxing })
	for _, k := range wordList("named-days") {
		// "anzac:04-25"
		w, md, _ := strings.Cut(k, ":")
		ms, ds, _ := strings.Cut(md, "-")
		m, err1 := strconv.Atoi(ms)
		d, err2 := strconv.Atoi(ds)
		if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			panic("dates: bad named day in data/words.txt: " + k)
		}
		set(w, func(x *wordInfo) { x.holiday, x.dayM, x.dayD = holNamed, int8(m), int8(d) })
	}
	for _, k := range []string{"am", "a"} {
		set(k, func(x *wordInfo) { x.ampm = 1 })
	}
	set("pm", func(x *wordInfo) { x.ampm = 2 })
	set("noon", func(x *wordInfo) { x.noon = true })
	set("an", func(*wordInfo) {}) // opens "an hour", "an additional year"
	set("a", func(*wordInfo) {})
	set("midday", func(x *wordInfo) { x.noon = true })
	set("p", func(x *wordInfo) { x.ampm = 2 })
	for _, k := range wordList("timezone") {
		set(k, func(x *wordInfo) { x.timezone = true })
	}
	for _, k := range []string{"st", "nd", "rd", "th"} {
		set(k, func(x *wordInfo) { x.ordSuffix = true })
	}
	for _, k := range wordList("tense-future") {
		set(k, func(x *wordInfo) { x.tense = 1 })
	}
	for _, k := range wordList("tense-past") {
		set(k, func(x *wordInfo) { x.tense = -1 })
	}
	for _, k := range wordList("not-past") {
		set(k, func(x *wordInfo) { x.notPast = true })
	}
	for _, r := range refWords {
		set(r.w, func(x *wordInfo) { x.ref = r.ref })
	}
	for _, r := range setWords {
		set(r.w, func(x *wordInfo) { x.setUnit = r.u })
	}
	for _, k := range eachWords {
		set(k, func(x *wordInfo) { x.each = true })
	}
	for _, k := range vagueWords {
		set(k, func(x *wordInfo) { x.vague = true })
	}
	for _, k := range approxWords {
		set(k, func(x *wordInfo) { x.approx = true })
	}
	for _, k := range adjustWords {
		set(k, func(x *wordInfo) { x.adjust = 1 })
	}
	for _, k := range theWords {
		set(k, func(x *wordInfo) { x.afterThe = true })
	}
	for _, k := range yearDeterminers {
		set(k, func(x *wordInfo) { x.yearDet = true })
	}
	for _, k := range dayNameWords {
		set(k, func(x *wordInfo) { x.namesDay = true })
	}
	for _, k := range wordList("participle-adverbs") {
		set(k, func(x *wordInfo) { x.advb = true })
	}
	for _, k := range wordList("ly-nouns") {
		set(k, func(x *wordInfo) { x.lyNoun = true })
	}
	for _, k := range wordList("period-prepositions") {
		set(k, func(x *wordInfo) { x.periodPrep = true })
	}
	for k, w := range wordList("decade-words") {
		set(w, func(x *wordInfo) { x.decadeWord = int8(k + 2) })
	}
	set("quarter", func(x *wordInfo) { x.quarter = true })
	set("s", func(x *wordInfo) { x.decadeS = true })
	set("q", func(x *wordInfo) { x.partLetter = true })
	set("h", func(x *wordInfo) { x.partLetter = true })
	return newWordTable(w)
}

// words is the read-only table shared by every Parser.
var words = buildWords()

// refWords are reference expressions by themselves.
var refWords = [...]struct {
	w   string
	ref int8
}{{"now", refPresent}, {"currently", refPresent}, {"nowadays", refPresent}, {"recently", refPast}, {"formerly", refPast}}

// refNouns follow "the" to name a reference ("the future", "the past").
var refNouns = [...]struct {
	w   string
	ref int8
}{{"present", refPresent}, {"past", refPast}, {"future", refFuture}}

// setWords are adverbs of recurrence and the unit they repeat.
var setWords = [...]struct {
	w string
	u unit
}{{"hourly", unitHour}, {"daily", unitDay}, {"nightly", unitDay}, {"weekly", unitWeek}, {"fortnightly", unitFortnight},
	{"monthly", unitMonth}, {"annually", unitYear}, {"yearly", unitYear}}

// eachWords make a unit, a weekday, a month or a part of the day after them a
// recurrence.
var eachWords = [...]string{"each", "every"}

// vagueWords give an unknown amount of the plural unit after them.
var vagueWords = [...]string{"several", "few", "many", "some", "couple"}

// approxWords open an expression TimeML draws with them: "about two weeks",
// "almost a decade", "more than a year".
var approxWords = [...]string{"about", "almost", "nearly", "around", "roughly", "approximately", "some", "barely", "least",
	"than"}

// adjustWords modify a month, a year or a decade inside its expression:
// "early December", "late 1990", "mid-June".
var adjustWords = [...]string{"early", "late", "mid"}

// dayNameWords make a capitalised weekday after them a name: "Black
// Friday", "Good Friday", "Super Tuesday".
var dayNameWords = [...]string{"black", "good", "holy", "ash", "palm", "easter", "super", "cyber", "bloody", "maundy", "whit",
	"shrove", "plough", "mad", "blue", "manic", "giving", "small", "business"}

// yearDeterminers make a year between them and a noun a date: "his 1996
// campaign", "a 1971 convention", "that 1978 resolution".
var yearDeterminers = [...]string{"a", "his", "her", "its", "their", "our", "my", "your", "that", "this", "these", "those", "both",
	"whose"}

// theWords may follow "the" in an expression though they are in no other
// class here: "the latest quarter", "the near future", "the final quarter".
var theWords = [...]string{"latest", "most", "fiscal", "comparable", "near", "short", "distant", "recent", "future", "present",
	"final", "middle", "weekend", "same"}
