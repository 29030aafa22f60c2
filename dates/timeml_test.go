// This file tests the TimeML kinds: references, recurrences, durations of
// unknown amount, quarters, anchoring by tense and TimeML's extents.

package dates

import (
	"testing"
)

// TestTimeML checks the kinds TimeML annotates beyond calendar dates, with
// TimeML's extents and values.
func TestTimeML(t *testing.T) {
	ref := day("2024-10-24") // a Thursday in the fourth quarter
	tests := []struct {
		name string
		text string
		want []pair
	}{
		{"references", "Prices are now lower and currently falling; the plant recently closed.",
			[]pair{{"now", "PRESENT_REF"}, {"currently", "PRESENT_REF"}, {"recently", "PAST_REF"}}},
		{"the future and the past", "In the near future the board will look at the past, not the past three years.",
			[]pair{{"the near future", "FUTURE_REF"}, {"the past", "PAST_REF"}, {"the past three years", "P3Y"}}},
		{"current as the present", "Given current market conditions, the current year looks weak.",
			[]pair{{"current", "PRESENT_REF"}, {"the current year", "2024"}}},
		{"no reference inside a word", "the now-closed mill", nil},
		{"recurrences", "The index is published daily and reviewed every month, each July and every Monday morning.",
			[]pair{{"daily", "P1D"}, {"every month", "P1M"}, {"each July", "XXXX-07"}, {"every Monday", "XXXX-WXX-1"}}},
		{"a name is no recurrence", "She writes for the Daily Courier.", nil},
		{"vague amounts", "The talks lasted several days and a few weeks; in recent years they took months.",
			[]pair{{"several days", "PXD"}, {"a few weeks", "PXW"}, {"recent years", "PXY"}}},
		{"hyphenated lengths", "a three-month study and a 16-hour shift, not a seven-year-old",
			[]pair{{"three-month", "P3M"}, {"16-hour", "PT16H"}}},
		{"an article and a unit", "The strike lasted a week; fares rose twice a year, by $5 million a year and four flights a week.",
			[]pair{{"a week", "P1W"}}},
		{"quarters", "The firm's third-quarter profit rose; the fourth quarter looks weaker.",
			[]pair{{"third-quarter", "2024-Q3"}, {"the fourth quarter", "2024-Q4"}}},
		{"the quarter spoken of", "Sales fell in the second quarter. The company said the latest quarter was hard, and profit was lower than a year ago.",
			[]pair{{"the second quarter", "2024-Q2"}, {"the latest quarter", "2024-Q2"}, {"a year ago", "2023-Q2"}}},
		{"a quarter of a given year", "Sales beat the 2022 third quarter, this year's second quarter and last year's quarter.",
			[]pair{{"the 2022 third quarter", "2022-Q3"}, {"this year's second quarter", "2024-Q2"}, {"last year's quarter", "2023-Q2"}}},
		{"year-earlier", "Net income fell from the year-earlier quarter and from year-earlier levels.",
			[]pair{{"the year-earlier quarter", "2023-Q3"}, {"year-earlier", "2023"}}},
		{"a year after an adjective", "In his failed 1996 bid and the original 1949 treaty, with files dating back to 1994 and dating to 1988.",
			[]pair{{"1996", "1996"}, {"1949", "1949"}, {"1994", "1994"}, {"1988", "1988"}}},
		{"noon and midday", "Talks broke off at noon Tuesday and resume by midday; the noon news said so.",
			[]pair{{"noon Tuesday", "2024-10-22T12:00"}, {"midday", "2024-10-24T12:00"}}},
		{"a time given again in another zone", "The blast came at 10:35 a.m. (0735 GMT) Tuesday, officials said.",
			[]pair{{"10:35 a.m.", "2024-10-22T10:35"}, {"Tuesday", "2024-10-22"}}},
		{"a quotation's tense, not its reporting verb", "\"He will leave on Saturday,\" she said.", []pair{{"Saturday", "2024-10-26"}}},
		{"an hour", "The call lasted nearly an hour, and an additional year was granted.",
			[]pair{{"nearly an hour", "PT1H"}, {"an additional year", "P1Y"}}},
		{"halves", "They waited 2 1/2 years, then five and a half hours and 1 1/2 days.",
			[]pair{{"2 1/2 years", "P2Y6M"}, {"five and a half hours", "PT5H30M"}, {"1 1/2 days", "P1DT12H"}}},
		{"the past year is a length", "Aid has grown over the past year.", []pair{{"the past year", "P1Y"}}},
		{"year-end", "The sale should close by year-end; prices are up since year-end and will settle by year's end.",
			[]pair{{"year-end", "2024-12-31"}, {"year-end", "2023-12-31"}, {"year's end", "2024"}}},
		{"succeed is no past tense", "Ms. Roe will succeed John Doe on Feb. 1, soon after he retires.", []pair{{"Feb. 1", "2025-02-01"}}},
		{"the date of a term", "The board cut the dividend, payable Jan. 2, and created a post effective Feb. 3.",
			[]pair{{"Jan. 2", "2025-01-02"}, {"Feb. 3", "2025-02-03"}}},
		{"a past participle as an adjective", "In February the reduced fares will apply.", []pair{{"February", "2025-02"}}},
		{"a rate of an amount is no recurrence", "Sales should grow 8% annually and the plant will make 10,000 units annually; the index is published daily.",
			[]pair{{"daily", "P1D"}}},
		{"lengths as adjectives", "After a day-long meeting and a decades-long feud, she ended a several-year tenure.",
			[]pair{{"day-long", "P1D"}, {"decades-long", "PXE"}, {"several-year", "PXY"}}},
		{"decades named by their place", "Wages fell in the last decade and will rise over the next decade; this decade is good.",
			[]pair{{"last decade", "201"}, {"the next decade", "P10Y"}, {"this decade", "202"}}},
		{"a year compared to", "Emissions fell compared to 1990 levels; the index rose to 1990 points.", []pair{{"1990", "1990"}}},
		{"an ordinal glued to its month", "The parade is on 14thJune 2025; the 5thAvenue store is a name.",
			[]pair{{"14thJune 2025", "2025-06-14"}}},
		{"a date written with non-breaking hyphens", "The post is filled from 2024\u201111\u201106 to 2024\u201012\u201001.",
			[]pair{{"2024\u201111\u201106", "2024-11-06"}, {"2024\u201012\u201001", "2024-12-01"}}},
		{"an ordinal's suffix set apart", "The suspect was traced on the 17 th September 2022; the 1 st of May 2022 came before; Room 3 th is no day.",
			[]pair{{"17 th September 2022", "2022-09-17"}, {"1 st of May 2022", "2022-05-01"}}},
		{"decades by name", "Prices rose through the nineties and the '80s; the twenties began well. The Roaring Twenties is a name.",
			[]pair{{"the nineties", "199"}, {"the '80s", "198"}, {"the twenties", "202"}}},
		{"a unit and a half", "The talk lasted a minute and a half; the works took a year and a half, not a week and a half.",
			[]pair{{"a minute and a half", "PT1M30S"}, {"a year and a half", "P1Y6M"}, {"a week", "P1W"}}},
		{"is to: an arrangement to come", "The shares, which were suspended last month, are to resume trading in Paris Tuesday.", []pair{{"last month", "2024-09"}, {"Tuesday", "2024-10-29"}}},
		{"the verb of the next clause does not govern", "Farmers planned a march in the capital on Saturday and were hoping for a large crowd.", []pair{{"Saturday", "2024-10-26"}}},
		{"a possessive weekday has happened", "The court will rule again after Tuesday's hearing.", []pair{{"Tuesday", "2024-10-22"}}},
		{"since makes a time past", "Police have been searching since shortly after the Nov. 2 attack.", []pair{{"Nov. 2", "2023-11-02"}}},
		{"the verb before a time governs it", "The airline will add flights by December in markets untouched by the strike.", []pair{{"December", "2024-12"}}},
		{"a forecast quarter is not the one reported", "The insurer will take a fourth-quarter charge. Profit fell in the latest quarter from a year ago.",
			[]pair{{"fourth-quarter", "2024-Q4"}, {"the latest quarter", "2024-Q3"}, {"a year ago", "2023-Q3"}}},
		{"the year so far after a quarter", "Profit rose in the third quarter. For the nine months, sales beat year-earlier levels and rose from a year earlier.",
			[]pair{{"the third quarter", "2024-Q3"}, {"the nine months", "P9M"}, {"year-earlier", "2023"}, {"a year earlier", "2023"}}},
		{"year-earlier without a quarter", "Sales beat year-earlier levels.", []pair{{"year-earlier", "2023"}}},
		{"a year earlier", "The plant opened on 3 May 2019; a year earlier it was a field.",
			[]pair{{"3 May 2019", "2019-05-03"}, {"a year earlier", "2018-05-03"}}},
		{"approximators", "The flight took almost seven hours, more than a day in all.",
			[]pair{{"almost seven hours", "PT7H"}, {"more than a day", "P1D"}}},
		{"month and a relative year", "The mill shut in June last year and reopened in March this year.",
			[]pair{{"June last year", "2023-06"}, {"March this year", "2024-03"}}},
		{"spoken years", "It began in nineteen ninety-six and ended in the year two thousand.",
			[]pair{{"nineteen ninety-six", "1996"}, {"the year two thousand", "2000"}}},
		{"tens and units in words", "for twenty-four hours and thirty six days",
			[]pair{{"twenty-four hours", "PT24H"}, {"thirty six days", "P36D"}}},
		{"a distant year leaves the reference to decide", "The pact of July 1997 was signed again on March 12.",
			[]pair{{"July 1997", "1997-07"}, {"March 12", "2024-03-12"}}},
		{"a year before a noun", "his 1998 campaign, the firm's 2001 budget, a 1975 treaty, its 2000 employees, and growth into 2003.",
			[]pair{{"1998", "1998"}, {"2001", "2001"}, {"1975", "1975"}, {"2003", "2003"}}},
		{"centuries", "in the 20th century and the nineteenth century", []pair{{"the 20th century", "19"}, {"the nineteenth century", "18"}}},
		{"fiscal years and terms", "profit for fiscal 2023 looks weak in the near term; these days it is lower.",
			[]pair{{"2023", "2023"}, {"the near term", "FUTURE_REF"}, {"these days", "PRESENT_REF"}}},
		{"a month before a noun or after by", "After the October vote the talks will end by May; the March of Dimes and the May government are names.",
			[]pair{{"October", "2024-10"}, {"May", "2025-05"}}},
		{"a month after for or an article, or owning a noun", "Sales for September rose under a July agreement, above August's level and September's figures; the prize for May and the vote for June went to friends.",
			[]pair{{"September", "2024-09"}, {"July", "2024-07"}, {"September", "2024-09"}}},
		{"the following year", "The treaty was signed on 2 May 2019 and came into force the following year, in the middle of October.",
			[]pair{{"2 May 2019", "2019-05-02"}, {"the following year", "2020"}, {"the middle of October", "2024-10"}}},
		{"the following month", "Talks opened in March 2021. The following month, the parties met again.",
			[]pair{{"March 2021", "2021-03"}, {"The following month", "2021-04"}}},
		{"the year a report speaks of", "For the year ended 30 June, sales rose; profit for the full year and in the fiscal year ending in March will grow, as it did throughout the year.",
			[]pair{{"the year", "P1Y"}, {"30 June", "2024-06-30"}, {"the full year", "2024"}, {"the fiscal year", "P1Y"}, {"March", "2025-03"}, {"the year", "2024"}}},
		{"a bare year left alone", "The year before, the year 2000 and the year of the flood were hard; she spent the year abroad.",
			[]pair{{"2000", "2000"}}},
		{"decades", "Prices rose in the 1980s and fell in the late 1970s.", []pair{{"the 1980s", "198"}, {"the late 1970s", "197"}}},
		{"approximators before ago", "The mill shut nearly four years ago and stood for almost a hundred years.",
			[]pair{{"nearly four years ago", "2020"}, {"almost a hundred years", "P100Y"}}},
		{"an ordinal day in words", "From the first of July the rules change; the tenth of May 2023 was the start.",
			[]pair{{"the first of July", "2024-07-01"}, {"the tenth of May 2023", "2023-05-10"}}},
		{"a date before a colon", "In an editorial on Saturday, April 20: the court erred.", []pair{{"Saturday, April 20", "2024-04-20"}}},
		{"that year, that day", "The plant opened on 4 June 2019. Later that year it closed, and workers still recall that day.",
			[]pair{{"4 June 2019", "2019-06-04"}, {"Later that year", "2019"}, {"that day", "2019-06-04"}}},
		{"that alone", "He said that 2019 was hard and that year-end looks fine.", []pair{{"2019", "2019"}}},
		{"a holiday in a place name", "Flights to Christmas Island resume at Easter.", []pair{{"Easter", "2025-04-20"}}},
		{"modifiers", "Work starts in early December and ends by late 2025.",
			[]pair{{"early December", "2024-12"}, {"late 2025", "2025"}}},
	}
	p := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(p.Find(tc.text, ref))
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

// TestTypes checks the TIMEX3 type of each kind, and that Options.Anchored
// leaves out the kinds with no calendar value and no definite length.
func TestTypes(t *testing.T) {
	ref := day("2024-10-24")
	text := "Now, on Friday evening, for two days and several weeks, daily."
	want := []string{TypeDate, TypeTime, TypeDuration, TypeDuration, TypeSet}
	ms := New(Options{}).Find(text, ref)
	if len(ms) != len(want) {
		t.Fatalf("Find(%q) = %v, want %d mentions", text, ms, len(want))
	}
	for i, m := range ms {
		if m.Type != want[i] {
			t.Errorf("%q: type %s, want %s", m.Text, m.Type, want[i])
		}
	}
	got := mentions(New(Options{Anchored: true}).Find(text, ref))
	if len(got) != 2 || got[0].text != "Friday evening" || got[1].text != "two days" {
		t.Errorf("Anchored: got %q, want Friday evening and two days", got)
	}
}

// TestNewsWeekdays checks the news agencies' bare weekday and the tense
// that places it.
func TestNewsWeekdays(t *testing.T) {
	ref := day("2024-10-24") // a Thursday
	tests := []struct {
		name string
		text string
		want []pair
	}{
		{"after a name", "The Tribunal Monday dismissed the appeal.", []pair{{"Monday", "2024-10-21"}}},
		{"after a place", "Rain fell in Leeds Tuesday, flooding roads.", []pair{{"Tuesday", "2024-10-22"}}},
		{"a named day", "Shops opened early on Black Friday morning.", nil},
		{"a newspaper", "an article in the Sunday Herald", nil},
		{"planned", "Farmers planned a march on Saturday.", []pair{{"Saturday", "2024-10-26"}}},
		{"a time and its weekday", "The rocket launched at 8:36 a.m. EDT Saturday from the pad.",
			[]pair{{"8:36 a.m. EDT Saturday", "2024-10-19T08:36"}}},
		{"set to", "The talks are set to resume Monday.", []pair{{"Monday", "2024-10-28"}}},
	}
	p := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(p.Find(tc.text, ref))
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
