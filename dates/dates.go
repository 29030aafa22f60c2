// Package dates finds temporal expressions in English text and normalises
// them to ISO-8601 values at their own precision, in the manner of TIMEX3:
// "26 March 2025" is 2025-03-26, "June" is 2025-06, "the first quarter of
// 2025" is 2025-Q1, "Thursday evening" is 2025-04-03TEV and "two days" is
// P2D. Relative expressions ("today", "On Thursday", "last year") are
// anchored on a reference date given by the caller: a bare weekday is the
// most recent such day in a past-tense sentence and the next one in a
// future-tense sentence.
//
// Numbers that are not dates are left alone: "4.7%", "Article 5", "20
// billion euros", "F-35" and "NATO 2030" yield nothing; a four-digit number
// is a year only where the words around it make it one ("in 2014", "the 2014
// target", "for 2022").
//
// # Values
//
// Values follow TIMEX3 (TimeML), as TempEval-3 scores them, and each
// Mention carries its TIMEX3 type (DATE, TIME, DURATION, SET):
//
//   - days, months and years: 2025-03-26, 2025-03, 2025; a week 2025-W14
//     and its weekend 2025-W14-WE; a quarter 2025-Q3, a half 2025-H1, a
//     season 2025-SU (SP, SU, FA, WI); a decade 199 ("the 1990s", TimeML's three digits);
//   - times and parts of a day: 2025-04-03T15:00, 2025-04-03TEV (MO, AF,
//     EV, NI);
//   - durations: P2D, PT3H, P10Y ("a decade"), P2Q ("the past two
//     quarters"), and X for an unknown amount: PXY ("several years",
//     "over the years"), PXW ("the coming weeks", "the weeks ahead"), PXX
//     ("for a while");
//   - references with no calendar value: PRESENT_REF ("now", "currently"),
//     PAST_REF ("recently", "the past"), FUTURE_REF ("the future");
//   - recurrences (type SET): P1D ("daily", "every day"), XXXX-07 ("each
//     July"), XXXX-WXX-1 ("every Monday"), XXXX-XX-XXTMO ("every morning").
//
// Quarters follow financial news: "third-quarter profit" is the third
// quarter of the reference's year, or of the year before when it has not
// begun and the sentence is in the past tense; "the quarter" and "the
// latest quarter" are the last quarter the text named (else the last one
// ended); "the year-earlier quarter" and "a year ago" in its paragraphs are
// that quarter a year back. "A year earlier" counts back from the last date
// the text gave. A bare weekday, also the news agencies' "The court Friday
// rejected", is placed by its sentence's tense: the last one after a past
// verb, the next one after "will", "would", "planned" or "set to"; so is a
// season named without a year ("into the summer"). "Later in the day", "in
// the morning" are the day the text last named, "earlier in the year" the
// reference's year.
//
// Extents are drawn as TimeML draws them: with the article and the
// modifiers that belong to the expression ("the past two years", "the next
// few days"), an approximator ("almost seven years", "more than a day") and
// "early", "late" or "mid-" before a month, a year or a decade ("early
// December", "mid-June").
//
// Options.Anchored leaves references, recurrences and unknown amounts out,
// for callers that want only what a calendar or a clock can hold.
//
// A Parser is built once with New and is safe for concurrent use. The
// scanner is hand-written (no regular expressions) and reads the text once.
package dates

import (
	"bytes"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// Grain is the precision of a normalised value.
type Grain int

// The grains, from the finest to the coarsest, then durations and sets.
const (
	GrainUnknown  Grain = iota
	GrainTime           // 2025-04-03T15:00
	GrainPartDay        // 2025-04-03TEV
	GrainDay            // 2025-04-03
	GrainWeek           // 2025-W14
	GrainMonth          // 2025-04
	GrainSeason         // 2025-SU
	GrainQuarter        // 2025-Q1
	GrainHalf           // 2025-H1
	GrainYear           // 2025
	GrainDecade         // 202X
	GrainDuration       // P2D, PXY
	GrainSet            // a recurrence: XXXX-07 ("each July"), P1D ("daily")
	GrainRef            // PRESENT_REF, PAST_REF, FUTURE_REF ("now", "the past", "the future")
)

var grainNames = [...]string{"", "time", "partofday", "day", "week", "month", "season", "quarter", "half", "year", "decade", "duration",
	"set", "ref"}

// The TIMEX3 types of a Mention.
const (
	TypeDate     = "DATE"     // a calendar period or point: "26 March 2025", "last week", "now"
	TypeTime     = "TIME"     // a time of day or a part of a day: "3 p.m.", "Thursday evening"
	TypeDuration = "DURATION" // an amount of time: "two days", "several years"
	TypeSet      = "SET"      // a recurrence: "every morning", "annually"
)

// timexType returns the TIMEX3 type of a value of grain g.
func timexType(g Grain) string {
	switch g {
	case GrainDuration:
		return TypeDuration
	case GrainSet:
		return TypeSet
	case GrainTime, GrainPartDay:
		return TypeTime
	}
	return TypeDate
}

// String returns the grain's name as it appears in JSON ("day", "month"...).
func (g Grain) String() string {
	if g < 0 || int(g) >= len(grainNames) {
		return ""
	}
	return grainNames[g]
}

// MarshalText encodes the grain as its name.
func (g Grain) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText decodes a grain name; an unknown name is GrainUnknown.
func (g *Grain) UnmarshalText(b []byte) error {
	*g = GrainUnknown
	for i, n := range grainNames {
		if n == string(b) {
			*g = Grain(i)
		}
	}
	return nil
}

// Mention is one temporal expression found in a text.
type Mention struct {
	// Text is the expression as it stands in the text: text[Start:End].
	Text string `json:"text"`
	// Value is the ISO-8601 value at the expression's own precision
	// ("2025-03-26", "2025-06", "2025-Q1", "2025-04-03TEV", "P2D"); empty when
	// the expression cannot be resolved (for example a relative date with no
	// reference date).
	Value string `json:"value"`
	// Grain is the precision of Value.
	Grain Grain `json:"grain"`
	// Type is the TIMEX3 type: TypeDate, TypeTime, TypeDuration or TypeSet.
	Type string `json:"type"`
	// Start and End are byte offsets of Text in the searched text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Until is the last day of a range of days ("24-25 June 2025" has Value
	// 2025-06-24 and Until 2025-06-25); empty otherwise.
	Until string `json:"until,omitempty"`
	// From and To bound the period the value denotes: [From, To). Both are
	// zero for durations and unresolved expressions.
	From time.Time `json:"-"`
	To   time.Time `json:"-"`

	absolute bool // the text gives the year itself
	adj      bool // a length as an adjective ("a two-year plan")
}

// NumericOrder says how to read an all-numeric date whose day and month
// could be swapped ("03/04/2025").
type NumericOrder int

// The numeric orders.
const (
	// Unambiguous reads a numeric date when its order is plain: year
	// first ("2025-03-26"), a day above 12 ("26/03/2025"), or day and
	// month equal; else in the order the text's own dates written with a
	// month's name show ("February 6, 2026" month first, "6 February 2026"
	// day first), when one dominates. Dotted dates ("03.04.2025") are read
	// day first.
	Unambiguous NumericOrder = iota
	// DayFirst reads "03/04/2025" as 3 April (British and European use).
	DayFirst
	// MonthFirst reads "03/04/2025" as 4 March (American use).
	MonthFirst
)

// Options configure a Parser. The zero value is the default.
type Options struct {
	// Numeric says how to read ambiguous all-numeric dates.
	Numeric NumericOrder
	// NoDurations leaves durations ("two days", "30 years") out of Find's
	// results; "three weeks ago" is still a date.
	NoDurations bool
	// KeepUnresolved keeps expressions Find cannot resolve (a relative date
	// with no reference date) with an empty Value; by default they are
	// left out.
	KeepUnresolved bool
	// Anchored leaves out what has neither a calendar value nor a definite
	// length: references ("now", "the past": PRESENT_REF, PAST_REF,
	// FUTURE_REF), recurrences ("daily", "every July") and durations of an
	// unknown amount ("several years": PXY); and lengths used as adjectives
	// ("a two-year plan"), which describe a thing rather than date it. A record of what a page dates
	// wants these out; a TimeML annotation wants them in.
	Anchored bool
}

// Parser finds temporal expressions. It is safe for concurrent use.
type Parser struct {
	opts  Options
	words *wordTable
	given map[string]byte // given names: "Dave Sunday" is a person (read-only)
	toks  sync.Pool       // *[]token buffers reused across calls
	outs  sync.Pool       // *[]Mention buffers Find gathers mentions in
}

// New returns a Parser built with opts.
func New(opts Options) *Parser { return &Parser{opts: opts, words: words, given: text.GivenNames()} }

// Find returns the temporal expressions in text, in text order and without
// overlaps, with relative ones anchored on ref (the page's own date or a
// date the caller gives). With a zero ref, relative expressions cannot be
// resolved and are left out (kept with an empty Value when
// Options.KeepUnresolved is set). A year-less day ("On Sunday 25 May") takes
// its year from a date it is joined to ("30 September and 1 October 2024"),
// else from the last absolute date before it in the same paragraph, else
// from ref, moved a year back or forth when the day lies far from ref in
// the direction the sentence's tense denies; a weekday the text gives
// settles the year. Expressions do not run across line breaks: give text as
// one paragraph a line.
func (p *Parser) Find(text string, ref time.Time) []Mention {
	s := scanner{p: p, text: text}
	if !ref.IsZero() {
		y, m, d := ref.Date()
		s.ry, s.rm, s.rd = y, int(m), d
	}
	buf, _ := p.toks.Get().(*[]token)
	if buf != nil {
		s.toks = (*buf)[:0]
	}
	// the mentions are gathered in a recycled buffer, which grows as it
	// needs, and copied out at their number
	obuf, _ := p.outs.Get().(*[]Mention)
	if obuf != nil {
		s.out = (*obuf)[:0]
	}
	s.run()
	if cap(s.toks) <= 1<<16 {
		if buf == nil {
			buf = new([]token)
		}
		*buf = s.toks[:0]
		p.toks.Put(buf)
	}
	found := s.out
	if !p.opts.KeepUnresolved || p.opts.Anchored {
		out := s.out[:0]
		for _, m := range s.out {
			if (m.Value != "" || p.opts.KeepUnresolved) && !(p.opts.Anchored && m.vague()) {
				out = append(out, m)
			}
		}
		s.out = out
	}
	var res []Mention // nil when nothing was found, empty when all was left out
	if len(found) > 0 {
		res = make([]Mention, len(s.out))
		copy(res, s.out)
	}
	if cap(found) <= 1<<12 {
		clear(found) // no page's strings kept alive by the buffer
		if obuf == nil {
			obuf = new([]Mention)
		}
		*obuf = found[:0]
		p.outs.Put(obuf)
	}
	return res
}

// headLines bounds how far PageDate looks: the first lines of a page.
const headLines = 16

// PageDate returns the day a page reports its own event or publication on,
// read from its text: a "Publication date:" line, a dateline or date block
// (a short line holding a full date: "February 16, 2000", "Brussels, 26
// March 2025"), or the first sentence of one of the page's first two full
// paragraphs ("NATO Secretary General Mark Rutte visited Warsaw on Wednesday
// (26 March 2025)"), unless the date is introduced as a past reference point
// ("Since 24 February 2022"). Only the first sixteen lines are read (a
// printed hearing's cover sets its date under a dozen lines of title,
// committee and session), a release's signature at its foot ("PUTRAJAYA"
// over "25 JANUARY 2022", "Ends/Thursday, January 2, 2020") and a printed record's running head (the same
// date alone on a line of each page); only full dates (day, month and year) count: a
// page whose only dates are relative or year-less has none, and ok is
// false. The day is returned at midnight UTC.
func (p *Parser) PageDate(text string) (day time.Time, ok bool) {
	// A date a metadata label introduces anywhere in the head ("For
	// Immediate Release: January 11, 2006") is the page's own, whatever
	// other dates come first.
	if t, ok := p.headLabelled(text); ok {
		return t, true
	}
	start, lines, long := 0, 0, 0
	var spanned time.Time // the first day of a span a head line gives
	ownLead := false      // a paragraph of two sentences or more was read
	for start < len(text) && lines < headLines && long < 2 {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimSpace(text[start:end])
		start = end + 1
		if line == "" {
			continue
		}
		lines++
		if ownLead && len(line) > 100 {
			// after a lead of its own (a paragraph of two sentences or
			// more, no standfirst), a paragraph's dates are its story's:
			// "X began his career on January 11, 1999"; a date line
			// still counts
			continue
		}
		if t, days, ok := p.lineDate(line); ok {
			if days <= 1 {
				return t, true
			}
			// an event's span in a headline ("Visit to Brunei, 13 – 15
			// December 2022"): the page's day if no line below gives one
			// day, as a dateline or a signature at the foot does
			if spanned.IsZero() {
				spanned = t
			}
		}
		if len(line) > 100 {
			long++
			ownLead = ownLead || len(strings.TrimSpace(firstSentence(line))) < len(line)-2
			if relativeLead(firstSentence(line)) {
				// "X was confirmed today as …": the lead's day is the
				// page's, which the next paragraph's dates are not
				break
			}
		}
	}
	if t, ok := p.footDate(text); ok {
		return t, true
	}
	if !spanned.IsZero() {
		return spanned, true
	}
	return p.runningHeadDate(text)
}

// relativeLead reports a lead sentence dated by a day relative to the
// page's: "today", "yesterday", "this morning".
func relativeLead(s string) bool {
	low := strings.ToLower(s)
	for _, w := range []string{" today", " yesterday", " this morning", " this afternoon", " this evening", " tonight"} {
		if k := strings.Index(low, w); k >= 0 && (k+len(w) == len(low) || !isLetterByte(low[k+len(w)])) {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// runningHeadDate returns the day a printed record repeats on a line of its
// own at the head of its pages ("Wednesday, 21 May 2025" under "18th
// Parliament"): a full date alone on its line, twice or more, and no other
// such date.
func (p *Parser) runningHeadDate(text string) (time.Time, bool) {
	var day time.Time
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if len(line) < 8 || len(line) > 40 || !hasDigit(line) {
			continue
		}
		ms := p.Find(line, time.Time{})
		if len(ms) != 1 || ms[0].Grain != GrainDay || !ms[0].abs() || ms[0].Start > 0 || strings.TrimRight(line[ms[0].End:], ".") != "" {
			continue
		}
		switch {
		case n == 0:
			day, n = ms[0].From, 1
		case ms[0].From.Equal(day):
			n++
		default:
			return time.Time{}, false // two dates: no one running head
		}
	}
	return day, n >= 2
}

// footDate returns the day a release signs at its foot, when its head
// gives none: a line of the last five that is a full date alone, or after
// the place it was issued in or a sign-off ("PUTRAJAYA" then "25 JANUARY
// 2022"; "Wellington, 3 May 2024"; "Ends/Thursday, January 2, 2020" over
// "Issued at HKT 23:56" and a wire's end mark).
func (p *Parser) footDate(text string) (time.Time, bool) {
	end := len(text)
	for n := 0; n < 5 && end > 0; {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		line := strings.Trim(strings.TrimSpace(text[start:end]), "*_") // (Markdown's emphasis: "**Stockholm, 20 October 2015.**")
		end = max(start-1, 0)
		if line == "" {
			continue
		}
		n++
		runIn := false
		if len(line) > 60 && n == 1 {
			// the sign-off run into the last paragraph, its place before
			// the date: "… visa policy. Islamabad 12 January 2021"
			if k := strings.LastIndex(line, ". "); k > 0 && len(line)-k-2 <= 40 {
				line, runIn = line[k+2:], true
			}
		}
		if len(line) > 60 || !hasDigit(line) {
			continue
		}
		ms := p.Find(line, time.Time{})
		if len(ms) != 1 || ms[0].Grain != GrainDay || !ms[0].abs() {
			continue
		}
		if post := strings.TrimRight(line[ms[0].End:], "."); post != "" {
			// the place after the date: "December 6, 2021, Minsk"
			if ms[0].Start == 0 && placeAfter(post) {
				return ms[0].From, true
			}
			continue
		}
		pre := strings.TrimRight(line[:ms[0].Start], " ,")
		if countWords(pre) > 3 || strings.ContainsAny(pre, ".:;") || runIn && (pre == "" || !placeAfter(", "+pre)) {
			continue // a sentence, a label: not a signature's place
		}
		if pre == "" && !signatureLine(lastLine(text[:max(start-1, 0)])) {
			continue // a date under a paragraph (a correction's) signs nothing
		}
		return ms[0].From, true
	}
	return p.signatureBlockDate(text)
}

// placeAfter reports the rest of a foot's date line that names the place
// it was issued in: a comma, then one to three capitalised words and no
// sentence's punctuation (", Minsk", ", New Delhi").
func placeAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ",")
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" || countWords(rest) > 3 || strings.ContainsAny(rest, ".:;,!?") {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// signatureBlockDate returns the day of the first signature block in the
// text, where a release signs before a version of itself in another
// language: a full date alone on its line under two lines of a signature
// ("Ministry of Foreign Affairs", "Colombo", "24 June, 2022"), or after the
// place under one ("Ministry of Foreign Affairs", "Colombo, 24 June 2022").
func (p *Parser) signatureBlockDate(text string) (time.Time, bool) {
	var prev [2]string // the two lines before, the nearer first
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(line) <= 40 && hasDigit(line) && signatureLine(prev[0]) {
			ms := p.Find(line, time.Time{})
			if len(ms) == 1 && ms[0].Grain == GrainDay && ms[0].abs() && strings.TrimRight(line[ms[0].End:], ".") == "" {
				pre := strings.TrimRight(line[:ms[0].Start], " ,")
				if pre == "" && signatureLine(prev[1]) || pre != "" && countWords(pre) <= 3 && !strings.ContainsAny(pre, ".:;") {
					return ms[0].From, true
				}
			}
		}
		prev[1], prev[0] = prev[0], line
	}
	return time.Time{}, false
}

// lastLine returns the last line of text that is not blank.
func lastLine(text string) string {
	text = strings.TrimRight(text, " \t\r\n")
	return strings.TrimSpace(text[strings.LastIndexByte(text, '\n')+1:])
}

// signatureLine reports a line of a release's signature over its date: a
// few words that end no sentence ("PUTRAJAYA", "Ministry of Foreign
// Affairs").
func signatureLine(line string) bool {
	return line != "" && countWords(line) <= 6 && !endsSentence(line)
}

// inlineLabels introduce a page's own date anywhere in a line of its head:
// phrases that say nothing else.
var inlineLabels = [...]string{"for immediate release", "publication date", "date of publication", "published on",
	"posted on", "release date", "date published", "date issued", "issued on"}

// headLabelled returns the day an inline label introduces in the first
// lines of text.
func (p *Parser) headLabelled(text string) (time.Time, bool) {
	// a line is lowered into buf, not copied by strings.ToLower, which
	// PageDate asked of every head line with a digit of every page (see
	// lowerLabelScan for the lines that keep ToLower)
	var buf [2048]byte
	for n, start := 0, 0; n < headLines && start <= len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		start = end + 1
		if !hasDigit(line) {
			continue
		}
		low, ok := lowerLabelScan(buf[:], line)
		if !ok {
			low = []byte(strings.ToLower(line))
			if len(low) != len(line) {
				// a lower case of another length ("İ", the Kelvin sign,
				// invalid bytes) would put the labels' offsets out of
				// line's: only the ASCII letters are lowered
				low = []byte(line)
				for i, c := range low {
					if 'A' <= c && c <= 'Z' {
						low[i] = c + 'a' - 'A'
					}
				}
			}
		}
		for _, l := range inlineLabelBytes {
			for from := 0; ; {
				k := bytes.Index(low[from:], l)
				if k < 0 {
					break
				}
				k += from
				from = k + len(l)
				if k > 0 && isASCIILetter(low[k-1]) || from < len(low) && isASCIILetter(low[from]) {
					continue // inside a word
				}
				rest := strings.TrimLeft(line[from:], " :\t-\u00a0")
				rest = rest[:min(len(rest), 60)]
				for _, m := range p.Find(rest, time.Time{}) {
					if m.Start <= 12 && (m.Grain == GrainDay || m.Grain == GrainTime || m.Grain == GrainPartDay) && m.Value != "" && m.abs() {
						return m.From, true
					}
					break
				}
			}
		}
	}
	return time.Time{}, false
}

// inlineLabelBytes are inlineLabels as byte slices, for bytes.Index; read
// only.
var inlineLabelBytes = func() [][]byte {
	out := make([][]byte, len(inlineLabels))
	for i, l := range inlineLabels {
		out[i] = []byte(l)
	}
	return out
}()

// lowerLabelScan writes line into buf with A-Z lowered and reports true
// when the ASCII labels headLabelled seeks are found at the same offsets
// in it as in strings.ToLower(line), with the same bytes around them: when
// every other character is valid UTF-8 whose lower case is as long and not
// ASCII (so ToLower changes none of the ASCII bytes or the offsets, and
// the bytes it changes stay non-ASCII, in no label and no letter to
// isASCIILetter). It reports false for other lines ("İ" lowers to three
// bytes, the Kelvin sign to "k", a stray byte to U+FFFD) and for lines
// longer than buf.
func lowerLabelScan(buf []byte, line string) ([]byte, bool) {
	if len(line) > len(buf) {
		return nil, false
	}
	low := buf[:len(line)]
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if r == utf8.RuneError && n == 1 {
			return nil, false
		}
		if l := unicode.ToLower(r); l < utf8.RuneSelf || utf8.RuneLen(l) != n {
			return nil, false
		}
		copy(low[i:], line[i:i+n])
		i += n
	}
	return low, true
}

// dateLabels introduce a page's date on a line of its own.
var dateLabels = [...]string{"publication date", "date of publication", "published on", "published", "date", "posted on",
	"posted", "released", "release date", "issued", "first published", "last updated", "updated", "last modified"}

// lineDate returns the full date a line of a page's head gives it (a
// dateline, a labelled date, a lead sentence's first date), and the days
// it spans (more than one for "13 – 15 December 2022").
func (p *Parser) lineDate(line string) (day time.Time, days int, ok bool) {
	short := len(line) <= 100
	scope := line
	if !short {
		// A paragraph: only its first sentence.
		scope = firstSentence(line)
	}
	if !hasDigit(scope) {
		return time.Time{}, 0, false // a full date has a year in digits
	}
	ms := p.Find(scope, time.Time{})
	for _, m := range ms {
		if m.Grain != GrainDay && m.Grain != GrainTime && m.Grain != GrainPartDay || m.Value == "" || !m.abs() {
			continue
		}
		if short && !labelled(line) && countWords(line[:m.Start])+countWords(line[m.End:]) > 4 &&
			(m.Start > 0 || endsSentence(line)) && !bylineDate(line, m) {
			// A short sentence that mentions a date is no dateline; a
			// line that opens with the date and ends no sentence is ("2
			// May 2010 Posted in Press releases"), and so is a byline
			// that closes with it ("Speech by Jane Roe, President of the
			// Bank, 9 June 1998").
			continue
		}
		if !short {
			// A date in a lead sentence: not one introduced as a past
			// reference point ("since 24 February 2022").
			pre := strings.ToLower(strings.TrimSpace(scope[:m.Start]))
			if strings.HasSuffix(pre, "since") || strings.HasSuffix(pre, "until") || strings.HasSuffix(pre, "before") {
				continue
			}
			// nor one in a clause that "since" opens: "who has served since
			// joining the department on January 3, 2000"
			if c := pre[strings.LastIndexByte(pre, ',')+1:]; strings.HasPrefix(c, "since ") || strings.Contains(c, " since ") {
				continue
			}
			// nor the date of a noun: "at the March 30, 2022 Senate
			// hearing"
			if pre == "the" || strings.HasSuffix(pre, " the") || strings.HasSuffix(pre, " a") {
				continue
			}
		}
		return m.From, max(1, int(m.To.Sub(m.From).Hours()/24)), true
	}
	if short {
		low := strings.ToLower(line)
		for _, l := range dateLabels {
			if strings.HasPrefix(low, l) {
				if t, ok := ParseDate(strings.TrimLeft(line[len(l):], " :\t")); ok {
					return t, 1, true
				}
			}
		}
	}
	return time.Time{}, 0, false
}

// bylineDate reports whether m closes line after a comma, a dash or a
// bar, with no sentence around it.
func bylineDate(line string, m Mention) bool {
	if strings.TrimSpace(line[m.End:]) != "" || m.Start == 0 {
		return false
	}
	pre := strings.TrimRight(line[:m.Start], " \t")
	return strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, "|") || strings.HasSuffix(pre, "-") || strings.HasSuffix(pre, "\u2013") ||
		strings.HasSuffix(pre, "\u2014")
}

// endsSentence reports a line that ends as a sentence does.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"')\u201d\u2019")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// countWords counts the words in s.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		l := isASCIILetter(s[i]) || s[i] >= 0x80
		if l && !in {
			n++
		}
		in = l
	}
	return n
}

// labelled reports whether line begins with a date label ("Published:").
func labelled(line string) bool {
	for _, l := range dateLabels {
		if len(line) >= len(l) && strings.EqualFold(line[:len(l)], l) {
			return true
		}
	}
	return false
}

// vague reports whether Options.Anchored leaves the mention out: it has
// neither a calendar value nor a definite length, or it is a length used as
// an adjective.
func (m *Mention) vague() bool {
	return m.Grain == GrainRef || m.Grain == GrainSet || m.adj || m.Grain == GrainDuration && strings.IndexByte(m.Value, 'X') >= 0
}

// abs reports whether the mention carries its own year, so it does not
// depend on a reference date.
func (m *Mention) abs() bool { return m.absolute }

// firstSentence returns s up to its first full stop that ends a sentence.
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '.' || c == '!' || c == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			// what follows: a sentence opens with a capital, a digit or
			// a quotation mark, not with a dash ("TAMPA, Fla. - The
			// exercise") or a lower-case word
			k := i + 1
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if k < len(s) && (s[k] == '-' || s[k] >= 'a' && s[k] <= 'z') {
				continue
			}
			if c == '.' {
				// skip "Mr." "Dr." "St.", initials, and a dotted
				// abbreviation before anything but a capital ("Aug. 31")
				j := i
				for j > 0 && isASCIILetter(s[j-1]) {
					j--
				}
				if i-j <= 2 && j < i && s[j] >= 'A' && s[j] <= 'Z' {
					continue
				}
				switch text.BuiltinAbbrev(s[j:i]) {
				case text.AbbrevTitle:
					continue
				case text.AbbrevWord:
					if k >= len(s) || !(s[k] >= 'A' && s[k] <= 'Z') {
						continue
					}
				}
			}
			return s[:i+1]
		}
	}
	return s
}

var layouts = [...]string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02",
	time.RFC1123, time.RFC1123Z, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2006/01/02", "20060102"}

// layoutMayFit reports whether time.Parse(l, s) may succeed, by what the
// opening of l asks of s's first bytes: a layout opening with a long year
// ("2006…") reads four digits and then l's next byte (a literal
// separator, or a digit of "20060102"); one opening with a weekday
// ("Mon…", "Monday…") reads a weekday's name, whose first three letters
// are those of its short name in any case. False means the parse fails;
// true leaves it to time.Parse.
func layoutMayFit(l, s string) bool {
	switch {
	case strings.HasPrefix(l, "2006") && len(l) > 4:
		if len(s) < 5 || !text.Digits(s[:4]) {
			return false
		}
		if c := l[4]; c >= '0' && c <= '9' {
			return s[4] >= '0' && s[4] <= '9'
		} else {
			return s[4] == c
		}
	case strings.HasPrefix(l, "Mon"):
		if len(s) < 3 {
			return false
		}
		var b [3]byte // s's first bytes, letters folded as time.Parse folds them
		for i := range b {
			b[i] = s[i]
			if 'A' <= b[i] && b[i] <= 'Z' {
				b[i] += 'a' - 'A'
			}
		}
		switch string(b[:]) {
		case "mon", "tue", "wed", "thu", "fri", "sat", "sun":
			return true
		}
		return false
	}
	return true
}

// ParseDate parses a date as metadata gives it (ISO-8601, RFC 3339, RFC
// 1123, "February 16, 2000", "16 February 2000", "Wednesday, 26 March 2025
// 10:00") and returns its day at midnight UTC, as the date is written (an
// RFC 3339 time keeps its own calendar day, whatever its offset).
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return time.Time{}, false
	}
	digit := s[0] >= '0' && s[0] <= '9'
	for _, l := range layouts {
		if (l[0] >= '0' && l[0] <= '9') != digit {
			continue // a layout of digits reads no weekday, nor one of words a number
		}
		if !layoutMayFit(l, s) {
			continue // time.Parse would fail, making an error to say so
		}
		if t, err := time.Parse(l, s); err == nil {
			y, m, d := t.Date()
			return civil(y, int(m), d), true
		}
	}
	// An ISO date with a time in any other form: "2025-03-26T10:00:00+0100".
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') && layoutMayFit(time.DateOnly, s[:10]) {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t, true
		}
	}
	p := Parser{words: words} // a Parser of its own: no state shared between calls
	for _, m := range p.Find(s, time.Time{}) {
		if (m.Grain == GrainDay || m.Grain == GrainTime || m.Grain == GrainPartDay) && m.Value != "" && m.abs() {
			y, mo, d := m.From.Date()
			return civil(y, int(mo), d), true
		}
	}
	return time.Time{}, false
}
