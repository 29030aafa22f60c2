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
