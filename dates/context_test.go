// This file tests expressions that take their value from the sentence or
// the text around them: seasons named without a year, placed by the tense
// of their sentence, "later in the day", the period the text is in, and
// bare weekdays and quarters in reports.

package dates

import "testing"

// contextCase is one sentence, its reference date and the mentions wanted.
type contextCase struct {
	name string
	ref  string
	text string
	want []pair
}

func runContextCases(t *testing.T, tests []contextCase) {
	t.Helper()
	p := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(p.Find(tc.text, day(tc.ref)))
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

// TestSeasonsWithoutYear checks "the summer" after a preposition of time
// and "the early winter": the season of the reference's year, moved by the
// sentence's tense; and the drops and names that share a season's word.
func TestSeasonsWithoutYear(t *testing.T) {
	runContextCases(t, []contextCase{
		{"past, begun", "2023-09-14", "Bookings held up well into the summer, the hotel group said.",
			[]pair{{"the summer", "2023-SU"}}},
		{"with a modifier", "2023-09-14", "Rents climbed from the lows of the early summer.",
			[]pair{{"the early summer", "2023-SU"}}},
		{"past, not begun", "2023-04-02", "Sales slumped over the autumn as rates rose.",
			[]pair{{"the autumn", "2022-FA"}}},
		{"future, over", "2023-10-20", "The ferry line will add crossings during the spring.",
			[]pair{{"the spring", "2024-SP"}}},
		{"future winter", "2023-10-20", "Gas stocks should last through the winter.",
			[]pair{{"the winter", "2024-WI"}}},
		{"a drop", "2023-10-20", "After the fall in prices, the mill cut output.", nil},
		{"an event", "2023-10-20", "Since the fall of the regime, trade has grown.", nil},
		{"a name", "2023-10-20", "Athletes arrived for the Summer Games.", nil},
		{"no preposition", "2023-10-20", "She said the summer was the best she remembered.", nil},
	})
}

// TestThisPast checks "this past spring", "this past Sunday": the last one,
// which may lie in the reference's own year or week.
func TestThisPast(t *testing.T) {
	runContextCases(t, []contextCase{
		{"season of this year", "2023-10-19", "Exports slowed this past spring.",
			[]pair{{"this past spring", "2023-SP"}}},
		{"a weekday", "2023-10-19", "The shelter opened this past Monday.",
			[]pair{{"this past Monday", "2023-10-16"}}},
		{"the weekend", "2023-10-19", "Crowds gathered this past weekend.",
			[]pair{{"this past weekend", "2023-W41-WE"}}},
	})
}

// TestInThePeriod checks "later in the day", "earlier in the year", "in
// the morning": the period the text is in, not a length.
func TestInThePeriod(t *testing.T) {
	runContextCases(t, []contextCase{
		{"the reference day", "2023-10-19", "The minister landed in Oslo and spoke later in the day.",
			[]pair{{"the day", "2023-10-19"}}},
		{"the day named before", "2023-10-19", "Talks began on Monday; early in the day the envoys left.",
			[]pair{{"Monday", "2023-10-16"}, {"the day", "2023-10-16"}}},
		{"the year", "2023-10-19", "Planting was delayed earlier in the year by floods.",
			[]pair{{"the year", "2023"}}},
		{"the week", "2023-10-19", "Shares fell late in the week.",
			[]pair{{"the week", "2023-W42"}}},
		{"another day", "2023-10-19", "Later in the day of the vote, crowds dispersed.", nil},
		{"no earlier or later", "2023-10-19", "Prices held in the week.", nil},
		{"a part of the day", "2023-10-19", "Trading was thin in the afternoon.",
			[]pair{{"the afternoon", "2023-10-19TAF"}}},
		{"a part of the day named in the paragraph before", "2023-10-19", "Hopes of a deal faded on Monday.\n\nBrokers sold heavily in the morning.",
			[]pair{{"Monday", "2023-10-16"}, {"the morning", "2023-10-16TMO"}}},
		{"a day named long before", "2023-10-19", "Hopes of a deal faded on Monday.\n\nA.\n\nB.\n\nBrokers sold heavily in the morning.",
			[]pair{{"Monday", "2023-10-16"}, {"the morning", "2023-10-19TMO"}}},
	})
}

// TestWeekdayContexts checks bare weekdays after a sentence's first word,
// titles in quotation marks, and the verbs that place a weekday in the
// past.
func TestWeekdayContexts(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a possessive after a sentence's first word", "2023-10-19", "But Tuesday's ruling left the question open.",
			[]pair{{"Tuesday", "2023-10-17"}}},
		{"a programme's title", "2023-10-19", "The minister, speaking on the \"This Week\" programme, said no.", nil},
		{"a quoted sentence", "2023-10-19", "She said: \"This week we voted.\"",
			[]pair{{"This week", "2023-W42"}}},
		// a closing mark is no title's opening one
		{"after a quotation's close", "2024-01-29", "He said, \u201cWe need to govern this technology.\u201d Last October, the President signed the order.",
			[]pair{{"Last October", "2023-10"}}},
		{"an irregular past tense", "2023-10-19", "The fund bought stock from Sept. 28 to Tuesday for $12 each.",
			[]pair{{"Sept. 28", "2023-09-28"}, {"Tuesday", "2023-10-17"}}},
		{"a plan of the past", "2023-10-16", "The offer had been due to lapse Friday evening.",
			[]pair{{"Friday evening", "2023-10-13TEV"}}},
		{"a plan to come", "2023-10-16", "The offer is due to lapse Friday evening.",
			[]pair{{"Friday evening", "2023-10-20TEV"}}},
		// a weekday for a surname, after the given name and alone on the
		// same page; a weekday after a surname is a day
		{"a surname", "2023-10-16", "Attorney General Dave Sunday wrote. Attorney General Sunday said so. President Biden Monday said no.",
			[]pair{{"Monday", "2023-10-16"}}},
		{"a country that is also a given name", "2023-10-16", "A bomb hit the embassy in Nairobi, Kenya Friday morning. Guards ran.",
			[]pair{{"Friday morning", "2023-10-13TMO"}}},
		// "plans" is a plan before "to", a noun elsewhere
		{"plans, a noun", "2023-10-16", "The band unveiled its plans at the close of its Monday night show.",
			[]pair{{"Monday night", "2023-10-16TNI"}}},
		{"plans, a noun after a day", "2023-10-17", "The group changed its advertising plans after the debate on Saturday.",
			[]pair{{"Saturday", "2023-10-14"}}},
		{"plans to", "2023-10-17", "The group plans to hold a debate on Saturday.",
			[]pair{{"Saturday", "2023-10-21"}}},
	})
}

// TestQuartersInReports checks a quarter before an amount, "this quarter"
// and "that quarter" in a report that has named its quarter.
func TestQuartersInReports(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a quarter before an amount", "2023-10-19", "The bank reported a loss for the second quarter of $41 million.",
			[]pair{{"the second quarter", "2023-Q2"}}},
		{"a quarter of a century", "2023-10-19", "The bank has traded for the first quarter of a century.",
			[]pair{{"a century", "P100Y"}}},
		{"this quarter with none named", "2023-10-19", "This quarter looks weaker.",
			[]pair{{"This quarter", "2023-Q4"}}},
		{"this quarter in a report", "2023-10-19", "Profit fell in the third quarter. This quarter's result includes a charge.",
			[]pair{{"the third quarter", "2023-Q3"}, {"This quarter", "2023-Q3"}}},
		{"this quarter ahead", "2023-10-19", "Profit fell in the third quarter. Sales will recover this quarter.",
			[]pair{{"the third quarter", "2023-Q3"}, {"this quarter", "2023-Q4"}}},
		{"that quarter", "2023-10-19", "Sales rose in the second quarter; results for that quarter included a gain.",
			[]pair{{"the second quarter", "2023-Q2"}, {"that quarter", "2023-Q2"}}},
		{"a quarter set beside the one reported", "2023-10-19", "Net income rose in the third quarter. After a weak second quarter, sales beat the year-earlier period.",
			[]pair{{"the third quarter", "2023-Q3"}, {"second quarter", "2023-Q2"}, {"the year-earlier period", "2022-Q3"}}},
		{"a year ago, paragraphs on", "2023-10-19", "Net income rose in the third quarter.\n\nA.\n\nCosts fell from the year-earlier period.\n\nB.\n\nTaxes were lower than a year ago.",
			[]pair{{"the third quarter", "2023-Q3"}, {"the year-earlier period", "2022-Q3"}, {"a year ago", "2022-Q3"}}},
		{"a year ago, far from the quarter", "2023-10-19", "Net income rose in the third quarter.\n\nA.\n\nB.\n\nC.\n\nTaxes were lower than a year ago.",
			[]pair{{"the third quarter", "2023-Q3"}, {"a year ago", "2022"}}},
		{"a quarter as an adjective", "2023-10-19", "The mill posted a third-quarter loss. Sales beat the year-earlier period.",
			[]pair{{"third-quarter", "2023-Q3"}, {"the year-earlier period", "2022-Q3"}}},
	})
}

// TestOneDay checks "one day" after a verb of the future: some time to
// come, and "one day" elsewhere: left alone.
func TestOneDay(t *testing.T) {
	runContextCases(t, []contextCase{
		{"after will", "2023-10-19", "The valley will one day be a lake.",
			[]pair{{"one day", "FUTURE_REF"}}},
		{"a story's opening", "2023-10-19", "One day the river rose.", nil},
	})
}

// TestParticipleAfterAdverb checks that a participle between an article
// and its noun, with an adverb before it, is no past tense: the verb
// before it places the month.
func TestParticipleAfterAdverb(t *testing.T) {
	runContextCases(t, []contextCase{
		{"an adjective", "2023-10-19", "The bonus would be paid on a still unspecified date in January.",
			[]pair{{"January", "2024-01"}}},
		{"an adjective in -ly", "2023-10-19", "Trains would run on the newly opened line in February.",
			[]pair{{"February", "2024-02"}}},
		{"a past tense", "2023-10-19", "The bonus was paid in January.",
			[]pair{{"January", "2023-01"}}},
	})
}

// TestMonthRightAfterPast checks that a month later in the year than the
// reference, right after a verb in the past, is last year's, and not after
// a present passive.
func TestMonthRightAfterPast(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a past verb", "2026-01-21", "We have seen all these tariffs announced in April and then scaled back.",
			[]pair{{"April", "2025-04"}}},
		{"a passive in the past", "2026-01-21", "The tariffs were announced in April.",
			[]pair{{"April", "2025-04"}}},
		{"a present passive", "2000-03-29", "The relatives may lose a fight when the case is heard in May.",
			[]pair{{"May", "2000-05"}}},
	})
}

// TestMonthMeasuredAgainst checks a bare month after a possessive before
// its noun ("our October report") and a month a figure is measured
// against ("relative to October", "compared with September"), not May,
// which may be a person.
func TestMonthMeasuredAgainst(t *testing.T) {
	runContextCases(t, []contextCase{
		{"our", "2026-01-21", "Our October report had a scenario.", []pair{{"October", "2025-10"}}},
		{"relative to", "2026-01-21", "Borrowing costs have come down relative to October.", []pair{{"October", "2025-10"}}},
		{"compared with", "2026-01-21", "Sales rose 3 percent compared with September.", []pair{{"September", "2025-09"}}},
		{"may", "2026-01-21", "Compared with May, he is the weaker leader.", nil},
	})
}

// TestDayNamedBefore checks that a day given without its year, which the
// text named in full before, is that day again, but not a day of the
// page's own week.
func TestDayNamedBefore(t *testing.T) {
	runContextCases(t, []contextCase{
		{"again", "2026-02-11", "The shooting on May 14, 2022 killed ten people.\n\nOn May 14, the shooter had used a rifle.",
			[]pair{{"May 14, 2022", "2022-05-14"}, {"May 14", "2022-05-14"}}},
		{"the page's day", "2021-11-18", "The armistice of 18 November 1918 ended it.\n\nWe met on 18 November to remember it.",
			[]pair{{"18 November 1918", "1918-11-18"}, {"18 November", "2021-11-18"}}},
	})
}

// TestNthDay checks "today is the third day of the strike": the reference
// day, and the same words in the past tense: no day of the text.
func TestNthDay(t *testing.T) {
	runContextCases(t, []contextCase{
		{"is", "2023-10-19", "Today is the fifth day of the blockade.",
			[]pair{{"Today", "2023-10-19"}, {"the fifth day", "2023-10-19"}}},
		{"it's", "2023-10-19", "It's the third day of the strike at the port.",
			[]pair{{"the third day", "2023-10-19"}}},
		{"past", "2023-10-19", "It was the third day of the strike.", nil},
	})
}

// TestThenCurrent checks "the then current price": the present of a past
// time, PAST_REF, beside "current" alone, PRESENT_REF.
func TestThenCurrent(t *testing.T) {
	runContextCases(t, []contextCase{
		{"then current", "2023-10-19", "Holders could buy shares at half the then current market price.",
			[]pair{{"then current", "PAST_REF"}}},
		{"current", "2023-10-19", "Given current market prices, holders sold.",
			[]pair{{"current", "PRESENT_REF"}}},
	})
}

// TestHyphenedModifier checks "early", "late" and "mid" joined to a month
// or a year by a hyphen, beside codes with a hyphen.
func TestHyphenedModifier(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a month", "2023-10-19", "Prices eased in late-September and mid-June.",
			[]pair{{"late-September", "2023-09"}, {"mid-June", "2023-06"}}},
		{"a year", "2023-10-19", "Output peaked in early-2019.",
			[]pair{{"early-2019", "2019"}}},
		{"codes", "2023-10-19", "The F-35 and the MiG-29 flew.", nil},
	})
}

// TestWeekdayFromNamedDay checks "the previous Friday", "the following
// Monday": counted from the day the text last named, else from the
// reference date.
func TestWeekdayFromNamedDay(t *testing.T) {
	runContextCases(t, []contextCase{
		{"previous", "2023-10-23", "Stocks fell on Friday, Oct. 20, and stood 3% below the previous Friday.",
			[]pair{{"Friday, Oct. 20", "2023-10-20"}, {"the previous Friday", "2023-10-13"}}},
		{"following", "2023-10-23", "Talks broke off on Wednesday, Oct. 11, and resumed the following Monday.",
			[]pair{{"Wednesday, Oct. 11", "2023-10-11"}, {"the following Monday", "2023-10-16"}}},
		{"no day named", "2023-10-23", "The previous Friday, prices rose.",
			[]pair{{"The previous Friday", "2023-10-20"}}},
	})
}

// TestDayBeforeADay checks "the day before last Tuesday": one day from the
// day named, taken whole; "the day before the vote" names no day.
func TestDayBeforeADay(t *testing.T) {
	runContextCases(t, []contextCase{
		{"before", "2023-10-26", "The day before last Tuesday's hearing, the lawyers met.",
			[]pair{{"The day before last Tuesday", "2023-10-23"}}},
		{"after", "2023-10-26", "The talks resumed the day after Oct. 3.",
			[]pair{{"the day after Oct. 3", "2023-10-04"}}},
		{"an event", "2023-10-26", "He arrived the day before the vote.", nil},
	})
}

// TestMidPartOfDay checks "mid-afternoon", "mid morning yesterday": that
// part of the day named after it, else of the day the text speaks of.
func TestMidPartOfDay(t *testing.T) {
	runContextCases(t, []contextCase{
		{"with a day after it", "2023-10-26", "In Paris at mid-afternoon yesterday, the shares were up.",
			[]pair{{"mid-afternoon yesterday", "2023-10-25TAF"}}},
		{"alone", "2023-10-26", "By mid morning, the crowd had gone.",
			[]pair{{"mid morning", "2023-10-26TMO"}}},
		{"a day named before", "2023-10-26", "The strike began on Monday.\n\nBy mid-afternoon, trains stopped.",
			[]pair{{"Monday", "2023-10-23"}, {"mid-afternoon", "2023-10-23TAF"}}},
		{"a part of the day alone", "2023-10-26", "She liked the morning air.", nil},
	})
}

// TestNameWordsHaveNoTense checks that a capitalised word of a name
// ("the Planning Committee", "the Future Fund") tells no tense: the verb
// after it does.
func TestNameWordsHaveNoTense(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a name's -ing word", "2020-05-06", "On 29 January the Planning Committee resolved to approve the plan.",
			[]pair{{"29 January", "2020-01-29"}}},
		{"a name's plan word", "2020-05-06", "On 29 January the Harbour Planning Board met to approve the plan.",
			[]pair{{"29 January", "2020-01-29"}}},
		{"the verb decides", "2020-05-06", "On 29 January the Planning Committee will meet again.",
			[]pair{{"29 January", "2021-01-29"}}},
	})
}

// TestFromMonth checks "from" before a month: March and August
// capitalised are the months without a range after them; May may be a
// name ("criticism from May").
func TestFromMonth(t *testing.T) {
	runContextCases(t, []contextCase{
		{"from March", "2021-01-29", "She will be leaving the council from March.", []pair{{"March", "2021-03"}}},
		{"from May", "2021-01-29", "The plan drew criticism from May and her ministers.", nil},
	})
}

// TestDocumentDay checks a document's day ("the Executive Order on March
// 7th", "the letter of 2 March"): the nearest such day, whatever the tense
// of the sentence; a weekday after it keeps the tense's ("will sign the
// order on Monday").
func TestDocumentDay(t *testing.T) {
	runContextCases(t, []contextCase{
		{"an order's day", "2021-06-16", "The work will focus on registering voters per the Executive Order on March 7th.", []pair{{"March 7th", "2021-03-07"}}},
		{"a weekday", "2021-06-16", "He will sign the order on Monday.", []pair{{"Monday", "2021-06-21"}}},
	})
}

// TestWeekdayNextWeek checks a weekday of next week ("Tuesday, next week",
// "Sunday next week"): the weekday in the week after the reference's,
// one expression.
func TestWeekdayNextWeek(t *testing.T) {
	runContextCases(t, []contextCase{
		{"with a comma", "2011-09-01", "The Question is deferred to Tuesday, next week.", []pair{{"Tuesday, next week", "2011-09-06"}}},
		{"Sunday", "2011-09-01", "The fair opens on Sunday next week.", []pair{{"Sunday next week", "2011-09-11"}}},
	})
}

// TestDeadlineWeekday checks a weekday after "by" in a clause an
// obligation governs: the coming one, whatever the tense of the verb that
// reports it; without the obligation the tense decides.
func TestDeadlineWeekday(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a deadline", "2025-02-12", "The President reiterated that the group must release all hostages by Saturday.", []pair{{"Saturday", "2025-02-15"}}},
		{"a past act", "2025-02-12", "The President said the group released all hostages by Saturday.", []pair{{"Saturday", "2025-02-08"}}},
	})
}
