package dates

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// pair is an expected mention: its text and value.
type pair struct{ text, value string }

func mentions(ms []Mention) []pair {
	out := make([]pair, len(ms))
	for i, m := range ms {
		out[i] = pair{m.Text, m.Value}
	}
	return out
}

func TestFind(t *testing.T) {
	// Friday 4 April 2025; Wednesday 26 March 2025.
	fri := day("2025-04-04")
	wed := day("2025-03-26")
	tests := []struct {
		name string
		ref  time.Time
		text string
		want []pair
	}{
		// absolute dates
		{"day month year", wed, "The summit opened on 26 March 2025 in Brussels.", []pair{{"26 March 2025", "2025-03-26"}}},
		{"month day year", wed, "Washington, March 26, 2025 — The Secretary met the Minister.", []pair{{"March 26, 2025", "2025-03-26"}}},
		{"ordinal of", wed, "on the 26th of March 2025 the council met", []pair{{"26th of March 2025", "2025-03-26"}}},
		{"abbreviated month", wed, "Posted 3 Feb. 2024 by the Office", []pair{{"3 Feb. 2024", "2024-02-03"}}},
		{"sept", wed, "Sept. 11, 2001 changed everything.", []pair{{"Sept. 11, 2001", "2001-09-11"}}},
		{"weekday in brackets", day("2020-01-01"), "NATO Secretary General Mark Rutte visited Warsaw on Wednesday (26 March 2025), where he met Polish President Andrzej Duda.",
			[]pair{{"Wednesday (26 March 2025)", "2025-03-26"}}},
		// a relative day with the day it is in brackets: one mention, the
		// day spelled out (a day of the month alone is the page's month's)
		{"relative day in brackets", day("2026-01-22"), "The Government today (January 22) announced it; a meeting held yesterday (21) agreed; the Minister leaves tomorrow (23 January 2026).",
			[]pair{{"today (January 22)", "2026-01-22"}, {"yesterday (21)", "2026-01-21"}, {"tomorrow (23 January 2026)", "2026-01-23"}}},
		// a time takes the relative day after it, and a range of times
		// the day after the range
		{"time before a relative day", day("2026-01-22"), "The seminar runs from 12.45pm to 1.15pm tomorrow (January 23). The Minister speaks at 10am tomorrow.",
			[]pair{{"12.45pm", "2026-01-23T12:45"}, {"1.15pm", "2026-01-23T13:15"}, {"tomorrow (January 23)", "2026-01-23"}, {"10am", "2026-01-23T10:00"}, {"tomorrow", "2026-01-23"}}},
		// an ambiguous numeric date in the order the page's written dates
		// show, else none; an identifier that holds a date is none
		{"numeric date, page writes month first", day("2026-02-06"), "2/6/2026\nColumbus, February 6, 2026.", []pair{{"2/6/2026", "2026-02-06"}, {"February 6, 2026", "2026-02-06"}}},
		{"numeric date, page writes day first", day("2026-02-06"), "Published 2/6/2026. London, 6 February 2026.", []pair{{"2/6/2026", "2026-06-02"}, {"6 February 2026", "2026-02-06"}}},
		{"numeric date, no written date", day("2026-02-06"), "Published 2/6/2026.", nil},
		{"a date inside an identifier", day("2021-11-18"), "18/11/2021A00050 The Seanad met.", nil},
		{"a day alone in brackets overrides", day("2025-01-08"), "The assurance was given at a meeting held today (07) at the Secretariat.",
			[]pair{{"today (07)", "2025-01-07"}}},
		{"weekday comma", wed, "Monday, 5 May 2025: the Prime Minister travelled to Kyiv.", []pair{{"Monday, 5 May 2025", "2025-05-05"}}},
		{"weekday month day", wed, "On Tuesday, March 4, the President signed the order.", []pair{{"Tuesday, March 4", "2025-03-04"}}},
		{"yearless with weekday", day("2025-05-26"), "On Sunday 25 May, the Secretary General attended a dinner.", []pair{{"Sunday 25 May", "2025-05-25"}}},
		{"yearless from context", time.Time{}, "On 4 April 1949 the Treaty was signed. On 24 August, it entered into force.", []pair{{"4 April 1949", "1949-04-04"}, {"24 August", "1949-08-24"}}},
		{"yearless, the year its sentence names", time.Time{}, "On September 26, the Committee held its third meeting in 2018 in Beijing.", []pair{{"September 26", "2018-09-26"}, {"2018", "2018"}}},
		{"yearless inside a sentence, other years", time.Time{}, "The speech, delayed by the attack on June 12, will cover fees paid since 2012.", []pair{{"2012", "2012"}}},
		{"weekday fixes the year", day("2025-01-03"), "On Sunday 29 December, the Minister visited the troops.", []pair{{"Sunday 29 December", "2024-12-29"}}},
		{"a weekday no near year has is a slip", day("2023-05-25"), "The delegates arrived in Madrid on Monday, 25 May, for talks.", []pair{{"Monday, 25 May", "2023-05-25"}}},
		// a wrong weekday near the page's day, or a year later for a past act,
		// is the text's slip (26 September 2018 was a Wednesday)
		{"a weekday slip days before the page", day("2018-09-29"), "Secretary Roe on Thursday, September 26, delivered his address.", []pair{{"Thursday, September 26", "2018-09-26"}}},
		{"a weekday slip against the tense", day("2018-11-20"), "Secretary Roe on Thursday, September 26, delivered his address.", []pair{{"Thursday, September 26", "2018-09-26"}}},
		{"past tense crosses the year", day("2025-01-03"), "The Minister met his counterpart on 28 December.", []pair{{"28 December", "2024-12-28"}}},
		{"future tense crosses the year", day("2024-12-20"), "The talks will resume on 8 January.", []pair{{"8 January", "2025-01-08"}}},
		{"february style", day("2022-02-04"), "The Secretary welcomed President Duda's February 3 action.", []pair{{"February 3", "2022-02-03"}}},
		{"month year", day("2024-01-29"), "planning for the July 2024 NATO Summit in Washington", []pair{{"July 2024", "2024-07"}}},
		{"in June", day("2025-05-26"), "previewed the priorities for the Summit in The Hague in June.", []pair{{"June", "2025-06"}}},
		{"since March", day("2025-05-26"), "Prices have risen since March.", []pair{{"March", "2025-03"}}},
		{"mid-June", day("2025-05-26"), "Talks are planned for mid-June.", []pair{{"mid-June", "2025-06"}}},
		{"end of May", day("2025-05-06"), "The review ends at the end of May.", []pair{{"the end of May", "2025-05"}}},
		{"day range", wed, "The Summit takes place on 24-25 June 2025 in The Hague.", []pair{{"24-25 June 2025", "2025-06-24"}}},
		{"day range en dash", wed, "The Summit will be held 24\u201325 June 2025.", []pair{{"24\u201325 June 2025", "2025-06-24"}}},
		{"from to", wed, "Leaders will meet from 24 to 25 June in The Hague.", []pair{{"24 to 25 June", "2025-06-24"}}},
		{"month day range", wed, "The conference runs June 24-25, 2025.", []pair{{"June 24-25, 2025", "2025-06-24"}}},
		{"numeric unambiguous", wed, "Date: 26/03/2025", []pair{{"26/03/2025", "2025-03-26"}}},
		{"day month last", day("1961-07-06"), "As was stated on 28th July last, the schools remain open.", []pair{{"28th July last", "1960-07-28"}}},
		{"day month next", day("1961-07-06"), "The House will sit on 3rd March next to consider it.", []pair{{"3rd March next", "1962-03-03"}}},
		{"o'clock", wed, "The House met at half-past Two o'clock.", []pair{{"half-past Two o'clock", "2025-03-26T14:30"}}},
		{"o'clock in the afternoon", wed, "Voting closes at four o\u2019clock in the afternoon.", []pair{{"four o\u2019clock in the afternoon", "2025-03-26T16:00"}}},
		{"quarter to", wed, "We adjourned at a quarter to twelve and again at half past three.", []pair{{"a quarter to twelve", "2025-03-26T11:45"}, {"half past three", "2025-03-26T15:30"}}},
		{"figures o'clock", wed, "The burial will take place at 1.00 o'clock this afternoon at the harbour.", []pair{{"1.00 o'clock this afternoon", "2025-03-26T13:00"}}},
		{"figures noon", wed, "We sit up to 12.00 noon.", []pair{{"12.00 noon", "2025-03-26T12:00"}}},
		// the older records' spellings and forms
		{"hyphened days", wed, "The Board met to-day and meets again to-morrow; To-night it rests.", []pair{{"to-day", "2025-03-26"}, {"to-morrow", "2025-03-27"}, {"To-night", "2025-03-26TNI"}}},
		{"meridiem after a comma", wed, "The House met at Three o'clock, P.M.", []pair{{"Three o'clock, P.M.", "2025-03-26T15:00"}}},
		{"minutes to", wed, "The House rose at twenty minutes to eight o'clock and at ten minutes past two.", []pair{{"twenty minutes to eight o'clock", "2025-03-26T07:40"}, {"ten minutes past two", "2025-03-26T14:10"}}},
		{"weekday next", wed, "It stood adjourned till Tuesday next, and later till Friday following.", []pair{{"Tuesday next", "2025-04-01"}, {"Friday following", "2025-03-28"}}},
		{"hour in words with its half of the day", wed, "The House adjourned till one P.M. next day.", []pair{{"one P.M.", "2025-03-27T13:00"}}},
		{"dotted day", wed, "Fristen er fredag 14. august 2026, jf. brev 19. august 2025 og 9. januar; am 1. Oktober 2025.", []pair{{"fredag 14. august 2026", "2026-08-14"}, {"19. august 2025", "2025-08-19"}, {"9. januar", "2025-01-09"}, {"1. Oktober 2025", "2025-10-01"}}},
		{"dotted English month needs its year", wed, "The count rose to 14. August saw a fall.", nil},
		{"day-to-day", wed, "It covers her day-to-day duties.", nil},
		{"minutes as a length", wed, "The count took twenty minutes to finish.", []pair{{"twenty minutes", "PT20M"}}},
		{"a number alone is no time", wed, "Chapter eleven has two parts, and half of them are past due.", nil},
		{"numeric iso", wed, "Updated 2025-03-26 at noon", []pair{{"2025-03-26", "2025-03-26"}, {"noon", "2025-03-26T12:00"}}},
		{"numeric month first", wed, "Released 12/31/2024", []pair{{"12/31/2024", "2024-12-31"}}},
		{"numeric dotted", wed, "Moskau, 05.03.2024", []pair{{"05.03.2024", "2024-03-05"}}},
		{"numeric ambiguous left out", wed, "Filed 03/04/2025.", nil},
		// years
		{"year target", wed, "noting that the 2014 target of 2% of GDP would not keep members safe", []pair{{"2014", "2014"}}},
		{"since year", wed, "Since 2014, Finland has been an enhanced opportunities partner.", []pair{{"2014", "2014"}}},
		{"for year", day("2022-02-04"), "thanked Poland for its leadership as OSCE Chair for 2022.", []pair{{"2022", "2022"}}},
		{"in year", day("2024-01-29"), "on track to meet the two percent defense spending pledge in 2024.", []pair{{"2024", "2024"}}},
		{"year list", wed, "in 2023 and 2024 spending rose", []pair{{"2023", "2023"}, {"2024", "2024"}}},
		{"by year", wed, "Net zero by 2050.", []pair{{"2050", "2050"}}},
		{"decade", wed, "Since the 1990s the Alliance has grown.", []pair{{"the 1990s", "199"}}},
		// quarters, halves, seasons
		{"quarter", fri, "in the first quarter of 2025, spending rose", []pair{{"the first quarter of 2025", "2025-Q1"}}},
		{"quarter this year", fri, "in the third quarter of this year", []pair{{"the third quarter of this year", "2025-Q3"}}},
		{"q notation", fri, "Results for Q4 2024 were strong.", []pair{{"Q4 2024", "2024-Q4"}}},
		{"half", fri, "in the second half of 2024", []pair{{"the second half of 2024", "2024-H2"}}},
		{"season", fri, "The exercise is planned for spring 2026.", []pair{{"spring 2026", "2026-SP"}}},
		{"this spring", fri, "I have been visiting Turkey twice this spring.", []pair{{"this spring", "2025-SP"}}},
		// relative
		{"today", day("2022-02-01"), "Secretary of State Antony J. Blinken spoke today by phone with NATO Secretary General Jens Stoltenberg.", []pair{{"today", "2022-02-01"}}},
		{"today tomorrow tonight", day("2022-04-06"), "to discuss a wide range of issues today and tomorrow. And then, of course, tonight, we will start",
			[]pair{{"today", "2022-04-06"}, {"tomorrow", "2022-04-07"}, {"tonight", "2022-04-06TNI"}}},
		{"yesterday", fri, "The Council met yesterday.", []pair{{"yesterday", "2025-04-03"}}},
		{"this year", wed, "record-high defence spending, set to reach 4.7% of GDP this year.", []pair{{"this year", "2025"}}},
		{"last year", wed, "Spending grew last year.", []pair{{"last year", "2024"}}},
		{"next month", wed, "The ministers meet again next month.", []pair{{"next month", "2025-04"}}},
		{"this week", fri, "Earlier this week, Finland joined the roadmap.", []pair{{"Earlier this week", "2025-W14"}}},
		{"last week", fri, "We spoke last week.", []pair{{"last week", "2025-W13"}}},
		{"this weekend", fri, "Talks continue this weekend.", []pair{{"this weekend", "2025-W14-WE"}}},
		{"this morning", fri, "I spoke with him this morning.", []pair{{"this morning", "2025-04-04TMO"}}},
		{"tomorrow morning", fri, "We meet tomorrow morning.", []pair{{"tomorrow morning", "2025-04-05TMO"}}},
		{"days ago", fri, "visited Kyiv two days ago", []pair{{"two days ago", "2025-04-02"}}},
		{"years ago", fri, "Three years ago, Russia invaded.", []pair{{"Three years ago", "2022"}}},
		{"last friday", day("2025-04-04"), "as I said last Friday", []pair{{"last Friday", "2025-03-28"}}},
		{"next tuesday", fri, "The vote is next Tuesday.", []pair{{"next Tuesday", "2025-04-08"}}},
		{"last june", fri, "The summit last June agreed.", []pair{{"last June", "2024-06"}}},
		{"the year ahead", day("2016-12-24"), "health and happiness in the year ahead.", []pair{{"the year ahead", "2017"}}},
		{"this christmas", day("2016-12-20"), "who face persecution this Christmas", []pair{{"this Christmas", "2016-12-25"}}},
		{"christmas eve", day("2016-12-20"), "We meet on Christmas Eve.", []pair{{"Christmas Eve", "2016-12-24"}}},
		{"new year's day", day("2016-12-20"), "The law enters into force on New Year's Day.", []pair{{"New Year's Day", "2017-01-01"}}},
		{"named day", day("2024-04-19"), "The Minister will attend the Anzac Day services next week.", []pair{{"Anzac Day", "2024-04-25"}, {"next week", "2024-W17"}}},
		{"named day with an apostrophe", day("2024-11-01"), "Veterans' Day parades and Valentine's Day sales", []pair{{"Veterans' Day", "2024-11-11"}, {"Valentine's Day", "2025-02-14"}}},
		{"another day of the same name", day("2025-04-29"), "The delegation marked Holocaust Remembrance Day in Jerusalem.", nil},
		// weekdays anchored by tense
		{"past weekday", fri, "On Thursday, Mr Rutte commended the biggest increase in defence spending.", []pair{{"Thursday", "2025-04-03"}}},
		{"past weekday same day", fri, "The Secretary General concluded his press conference on Friday by underlining that NATO remains the cornerstone.", []pair{{"Friday", "2025-04-04"}}},
		{"future weekday", fri, "The Prime Minister will travel to Berlin on Tuesday.", []pair{{"Tuesday", "2025-04-08"}}},
		{"past weekday far", fri, "On Monday the Minister met his counterpart.", []pair{{"Monday", "2025-03-31"}}},
		{"weekday evening", fri, "On Thursday evening, ministers met with Ukrainian Foreign Minister Andrii Sybiha.", []pair{{"Thursday evening", "2025-04-03TEV"}}},
		{"weekday morning", fri, "The ministerial concluded on Friday morning with a meeting of the North Atlantic Council.", []pair{{"Friday morning", "2025-04-04TMO"}}},
		{"two weekdays", fri, "The Council met on Thursday; the ministers will meet again on Monday.", []pair{{"Thursday", "2025-04-03"}, {"Monday", "2025-04-07"}}},
		{"journey's timetable", fri, "The Minister departs for Sydney on Wednesday and returns from Canberra on Thursday.", []pair{{"Wednesday", "2025-04-09"}, {"Thursday", "2025-04-10"}}},
		// durations
		{"duration words", fri, "NATO Foreign Ministers wrapped up two days of meetings in Brussels.", []pair{{"two days", "P2D"}}},
		{"duration digits", fri, "for 30 years the Alliance", []pair{{"30 years", "P30Y"}}},
		{"duration filler", fri, "seven consecutive years of increased defense spending", []pair{{"seven consecutive years", "P7Y"}}},
		{"duration hours", fri, "within 24 hours", []pair{{"24 hours", "PT24H"}}},
		{"duration decades", fri, "for two decades", []pair{{"two decades", "P20Y"}}},
		// clock times
		{"clock with zone", day("2021-06-14"), "12:28 P.M. CEST", []pair{{"12:28 P.M. CEST", "2021-06-14T12:28"}}},
		{"clock pm", day("2021-06-14"), "The press conference starts at 3 p.m. in the main hall.", []pair{{"3 p.m.", "2021-06-14T15:00"}}},
		{"date block", time.Time{}, "February 16, 2000\n16:10\nThe Kremlin, Moscow", []pair{{"February 16, 2000", "2000-02-16"}, {"16:10", "2000-02-16T16:10"}}},
		{"clock without date", time.Time{}, "Doors open at 9:30 am.", nil},
		// not dates
		{"percent", wed, "4.7% of GDP, and 2% of GDP", nil},
		{"article 5", wed, "its commitment to NATO and Article 5.", nil},
		{"billions", wed, "20 billion euros and 260 billion extra U.S. dollars", nil},
		{"aircraft", wed, "the F-35 and the F-16", nil},
		{"name with year", wed, "We will review the NATO 2030 agenda. London 2012 was a success.", nil},
		{"quantities", wed, "more than 10 countries, 2000 troops and 1500 vehicles", nil},
		{"troop number after for", wed, "a request for 2000 soldiers", nil},
		{"modal may", wed, "Different issues may be raised by different allies.", nil},
		{"person named may", wed, "Prime Minister Theresa May said the country would stand firm.", nil},
		{"march verb", wed, "Thousands march through the city. They will march again.", nil},
		{"person named june", wed, "June Smith attended.", nil},
		{"phone number", wed, "Call +32 2 707 50 41.", nil},
		{"version number", wed, "version 1.2.3 released", nil},
		{"bare weekday lower", wed, "sunday lunch", nil},
		{"page count", wed, "a 300-page report on 12 pages", nil},
		{"thirty years old", wed, "a 30 years old treaty", nil},
		{"second world war", wed, "since the Second World War", nil},
		{"number then may", wed, "Of the 12 may I say a word.", nil},
		{"no ref leaves relative out", time.Time{}, "we have a lot on our plate today", nil},
		{"newspaper names", wed, "Richardson, via USA Today, said so. Watch CBS This Morning or 60 Minutes and 48 Hours.", nil},
		{"shopping days", wed, "Apple Black Friday deals; Super Tuesday results; Sunday Talk Shows", nil},
		{"rates", wed, "Updated 7 days a week, 365 days a year.", nil},
		{"some day", wed, "someone will uncover your login one day", nil},
		{"codes", wed, "styles--padding-top-1PM1hXH and B787 and x5pm1i2 and F35", nil},
		// a noun in -ly before the verb is no adverb making it an adjective
		{"past after a noun in -ly", day("2016-09-17"), "The Assembly voted on 3 March. The family met on 4 March.", []pair{{"3 March", "2016-03-03"}, {"4 March", "2016-03-04"}}},
		{"path number", wed, "see news/30 and page/12 Apr", nil},
		{"day after a heading's slash", wed, "Press Release/30 April 2018 The Department", []pair{{"30 April 2018", "2018-04-30"}}},
		{"time after its date", wed, "Updated Nov 19, 6:55 AM;", []pair{{"Nov 19", "2024-11-19"}, {"6:55 AM", "2024-11-19T06:55"}}},
		{"time before its date", wed, "1:39 am EST, Wednesday, November 20, 2019", []pair{{"1:39 am EST", "2019-11-20T01:39"}, {"Wednesday, November 20, 2019", "2019-11-20"}}},
		{"two-digit year", wed, "By Tess Bonn - 11/19/19 06:56 AM EST", []pair{{"11/19/19", "2019-11-19"}, {"06:56 AM EST", "2019-11-19T06:56"}}},
		{"weekday after a preposition and before a name", fri, "On Sunday President Biden met the Pope.", []pair{{"Sunday", "2025-03-30"}}},
		{"context year stays in its paragraph", fri, "The Treaty was signed on 4 April 1949.\nOn 3 April, ministers met in Brussels.", []pair{{"4 April 1949", "1949-04-04"}, {"3 April", "2025-04-03"}}},
	}
	p := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(p.Find(tc.text, tc.ref))
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Find(%q)[%d] = %q, want %q", tc.text, i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestFindSpansAndBounds(t *testing.T) {
	p := New(Options{})
	text := "On Thursday (6 March 2025) NATO Secretary General Mark Rutte welcomed the President of Poland.\nThe talks lasted two days."
	ms := p.Find(text, time.Time{})
	if len(ms) != 2 {
		t.Fatalf("got %d mentions: %+v", len(ms), ms)
	}
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("span %d:%d is %q, Text %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
	}
	if ms[0].Grain != GrainDay || !ms[0].From.Equal(day("2025-03-06")) || !ms[0].To.Equal(day("2025-03-07")) {
		t.Errorf("first mention %+v", ms[0])
	}
	if ms[1].Grain != GrainDuration || !ms[1].From.IsZero() {
		t.Errorf("duration %+v", ms[1])
	}
}

func TestRange(t *testing.T) {
	ms := New(Options{}).Find("The Summit is on 24-25 June 2025.", time.Time{})
	if len(ms) != 1 || ms[0].Until != "2025-06-25" || !ms[0].To.Equal(day("2025-06-26")) {
		t.Fatalf("got %+v", ms)
	}
}

func TestBounds(t *testing.T) {
	ref := day("2025-04-04")
	cases := []struct {
		text     string
		from, to string
	}{
		{"in the first quarter of 2025", "2025-01-01", "2025-04-01"},
		{"in June 2025", "2025-06-01", "2025-07-01"},
		{"this week", "2025-03-31", "2025-04-07"},
		{"in 2014", "2014-01-01", "2015-01-01"},
		{"the second half of 2024", "2024-07-01", "2025-01-01"},
	}
	p := New(Options{})
	for _, c := range cases {
		ms := p.Find(c.text, ref)
		if len(ms) != 1 {
			t.Fatalf("%q: %+v", c.text, ms)
		}
		if !ms[0].From.Equal(day(c.from)) || !ms[0].To.Equal(day(c.to)) {
			t.Errorf("%q: [%s, %s), want [%s, %s)", c.text, ms[0].From, ms[0].To, c.from, c.to)
		}
	}
}

func TestOptions(t *testing.T) {
	text := "Filed 03/04/2025 after two days."
	if got := mentions(New(Options{Numeric: DayFirst}).Find(text, time.Time{})); len(got) != 2 || got[0].value != "2025-04-03" {
		t.Errorf("DayFirst: %q", got)
	}
	if got := mentions(New(Options{Numeric: MonthFirst, NoDurations: true}).Find(text, time.Time{})); len(got) != 1 || got[0].value != "2025-03-04" {
		t.Errorf("MonthFirst, NoDurations: %q", got)
	}
	got := New(Options{KeepUnresolved: true}).Find("We meet today.", time.Time{})
	if len(got) != 1 || got[0].Value != "" || got[0].Text != "today" {
		t.Errorf("KeepUnresolved: %+v", got)
	}
}

func TestPageDate(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"lead sentence", "NATO Secretary General Mark Rutte visited Warsaw on Wednesday (26 March 2025), where he met Polish President Andrzej Duda.\nSecretary General Rutte praised Poland.", "2025-03-26"},
		{"lead opening", "On Monday (26 May 2025), Secretary General Mark Rutte visited Dayton, Ohio to participate in the NATO Parliamentary Assembly (NPA) Spring Session. The Secretary General highlighted the NPA's role.", "2025-05-26"},
		{"kremlin date block", "February 16, 2000\n16:10\nThe Kremlin, Moscow\nVladimir Putin met with the Prime Minister.", "2000-02-16"},
		{"publication date line", "Prime Minister's statement\nPublication date: 3 June 2024\nThe Prime Minister said today that the Government would act.", "2024-06-03"},
		{"published iso", "Published: 2023-11-14\nThe Foreign Secretary met her counterpart.", "2023-11-14"},
		{"dateline", "Brussels, 26 March 2025\nThe Council adopted its conclusions.", "2025-03-26"},
		{"sign-off run into the last paragraph", "The Foreign Minister received the delegation. He reaffirmed the support of the Government for the peace process and the return of refugees. Islamabad 12 January 2021", "2021-01-12"},
		{"a date closing a paragraph's sentence signs nothing", "The Foreign Minister received the delegation. He reaffirmed the support of the Government for the agreement signed on 12 January 2021", ""},
		{"state department", "Office of the Spokesperson\nJanuary 29, 2024\nThe following is attributable to Spokesperson Matthew Miller:", "2024-01-29"},
		{"transcript has none", "(As delivered)\nMark Rutte, NATO Secretary General\nIt's great to be here. And we have a lot on our plate today to discuss.\nQuestion\nWill President Zelenskyy be coming?", ""},
		{"only a year", "Four years after the success of London 2012, our athletes did well.\nThis year was special.", ""},
		{"yearless only", "On Sunday 25 May, the Secretary General attended a dinner.", ""},
		{"since is no page date", "Since 24 February 2022, Russia has waged a war of aggression against Ukraine. The Council met to discuss it.", ""},
		{"later paragraph date", "The Minister spoke to the press.\nThe treaty of 4 April 1949 is our foundation.", ""},
		{"sign-off at the foot", "The Government held an inter-departmental meeting to review the response plans and the preparedness of every department.\nThe Secretary chaired the meeting, which reviewed the measures at the boundary control points and in the hospitals.\n\nEnds/Thursday, January 2, 2020\nIssued at HKT 23:56\nNNNN\nToday's Press Releases", "2020-01-02"},
		{"empty", "", ""},
	}
	p := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := p.PageDate(tc.text)
			got := ""
			if ok {
				got = d.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("PageDate = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-26", "2025-03-26"},
		{"2025-03-26T23:30:00-05:00", "2025-03-26"},
		{"2025-03-26T10:00:00Z", "2025-03-26"},
		{"2025-03-26T10:00:00+0100", "2025-03-26"},
		{"2025-03-26 10:00", "2025-03-26"},
		{"2025-13-26T10:00", ""},
		{"Wed, 26 Mar 2025 10:00:00 GMT", "2025-03-26"},
		{"February 16, 2000", "2000-02-16"},
		{"16 February 2000", "2000-02-16"},
		{"Wednesday, 26 March 2025 10:00", "2025-03-26"},
		{"  2024/01/29 ", "2024-01-29"},
		{"March 2025", ""},
		{"yesterday", ""},
		{"", ""},
		{"not a date", ""},
	}
	for _, tc := range tests {
		d, ok := ParseDate(tc.in)
		got := ""
		if ok {
			got = d.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestGrainText(t *testing.T) {
	for g := GrainUnknown; g <= GrainDuration; g++ {
		b, _ := g.MarshalText()
		var h Grain
		if err := h.UnmarshalText(b); err != nil || (h != g && g != GrainUnknown) {
			t.Errorf("grain %d round trip: %q -> %d", g, b, h)
		}
	}
	if Grain(99).String() != "" {
		t.Error("unknown grain has a name")
	}
}

func TestHostile(t *testing.T) {
	p := New(Options{})
	inputs := []string{
		"", "\xff\xfe\xfd", strings.Repeat("1", 100000), strings.Repeat("26 March ", 10000),
		strings.Repeat("2025-", 10000), strings.Repeat("a", 1<<20), "\x00\x00 today \x00",
		strings.Repeat("\u2013", 1000) + "24\u2013", "31 February 2025", "29 February 2023", "29 February 2024",
	}
	for _, in := range inputs {
		for _, m := range p.Find(in, day("2025-01-01")) {
			if in[m.Start:m.End] != m.Text {
				t.Fatalf("bad span in %.40q", in)
			}
		}
		p.PageDate(in)
		ParseDate(in)
	}
	if ms := p.Find("29 February 2024 but not 31 February 2025", time.Time{}); len(ms) != 2 || ms[0].Value != "2024-02-29" || ms[1].Value != "2025-02" {
		t.Errorf("invalid days: %+v", ms)
	}
}

func TestFindLinear(t *testing.T) {
	p := New(Options{})
	for _, text := range []string{
		strings.Repeat("On Monday the minister met him on 3 May. ", 50000),
		strings.Repeat("On Monday the minister met him on 3 May\n", 50000),
		strings.Repeat("Monday 3 May 12:30 ", 50000),
	} {
		start := time.Now()
		ms := p.Find(text, day("2025-04-04"))
		if len(ms) < 50000 {
			t.Errorf("%d mentions", len(ms))
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%d bytes took %s", len(text), d)
		}
		p.PageDate(text)
	}
}

func TestConcurrent(t *testing.T) {
	p := New(Options{})
	text := "On Thursday (6 March 2025) the Minister met him. Talks resume next month, on 24-25 June."
	want := mentions(p.Find(text, time.Time{}))
	done := make(chan []pair)
	for range 8 {
		go func() {
			var got []pair
			for range 200 {
				got = mentions(p.Find(text, time.Time{}))
				p.PageDate(text)
			}
			done <- got
		}()
	}
	for range 8 {
		got := <-done
		if len(got) != len(want) {
			t.Fatalf("concurrent Find gave %q, want %q", got, want)
		}
	}
}
