package dates_test

import (
	"fmt"
	"time"

	"github.com/communique/communique/dates"
)

func ExampleParser_Find() {
	p := dates.New(dates.Options{})
	text := "NATO Foreign Ministers wrapped up two days of meetings in Brussels on Friday (4 April 2025). " +
		"On Thursday evening, ministers met with Ukrainian Foreign Minister Andrii Sybiha. " +
		"Spending rose in the first quarter of 2025 and will grow again this year; 4.7% of GDP is not a date."
	ref, _ := p.PageDate(text)
	for _, m := range p.Find(text, ref) {
		fmt.Printf("%-27q %-14s %s\n", m.Text, m.Value, m.Grain)
	}
	// Output:
	// "two days"                  P2D            duration
	// "Friday (4 April 2025)"     2025-04-04     day
	// "Thursday evening"          2025-04-03TEV  partofday
	// "the first quarter of 2025" 2025-Q1        quarter
	// "this year"                 2025           year
}

func ExampleParser_PageDate() {
	p := dates.New(dates.Options{})
	page := "February 16, 2000\n16:10\nThe Kremlin, Moscow\nVladimir Putin met the Prime Minister yesterday."
	if day, ok := p.PageDate(page); ok {
		fmt.Println(day.Format(time.DateOnly))
	}
	_, ok := p.PageDate("Question\nWill the President come to The Hague today?")
	fmt.Println(ok)
	// Output:
	// 2000-02-16
	// false
}

func ExampleParseDate() {
	for _, s := range []string{"2025-03-26T09:30:00+01:00", "Wed, 26 Mar 2025 10:00:00 GMT", "16 February 2000"} {
		d, _ := dates.ParseDate(s)
		fmt.Println(d.Format(time.DateOnly))
	}
	// Output:
	// 2025-03-26
	// 2025-03-26
	// 2000-02-16
}

// Find gives each expression its TIMEX3 value and type, including the kinds
// with no calendar value: references, durations of an unknown amount and
// recurrences.
func ExampleParser_Find_timeML() {
	p := dates.New(dates.Options{})
	ref := time.Date(2024, 10, 24, 0, 0, 0, 0, time.UTC)
	text := "Net income fell in the third quarter from a year ago. Prices are now lower after several years " +
		"of growth, and the board meets every Monday. The firm Tuesday named a chief for the past two years' plan."
	for _, m := range p.Find(text, ref) {
		fmt.Printf("%-22q %-12s %s\n", m.Text, m.Value, m.Type)
	}
	// Output:
	// "the third quarter"    2024-Q3      DATE
	// "a year ago"           2023-Q3      DATE
	// "now"                  PRESENT_REF  DATE
	// "several years"        PXY          DURATION
	// "every Monday"         XXXX-WXX-1   SET
	// "Tuesday"              2024-10-22   DATE
	// "the past two years"   P2Y          DURATION
}

// Options.Anchored keeps only what a calendar or a clock can hold.
func ExampleOptions_anchored() {
	p := dates.New(dates.Options{Anchored: true})
	ref := time.Date(2024, 10, 24, 0, 0, 0, 0, time.UTC)
	for _, m := range p.Find("Talks now run daily for several weeks, and end in two days.", ref) {
		fmt.Println(m.Text, m.Value)
	}
	// Output:
	// two days P2D
}
