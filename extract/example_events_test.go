package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/communique/communique/extract"
)

// The events of a release: a lead dated by the page's date, a meeting to
// come on a day of its own, and a day that belongs to another action (the
// damage) and dates no event.
func ExampleExtractor_Extract_events() {
	page := []byte(`Foreign Minister to visit Nordic partners

On the eve of the summit, Foreign Minister Anna Lindqvist today welcomed Foreign Minister Lars Berg to Stockholm for talks on Baltic security.

The ministers discussed the protection of undersea cables following damage to a data cable in the Baltic Sea on 25 December.

In Helsinki on Thursday, Ms Lindqvist will meet President Alexander Stubb and Prime Minister Petteri Orpo.

She will then travel to Oslo, and return to Stockholm on Saturday.
`)
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "release.txt", Data: page,
		ReferenceDate: time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range doc.Events {
		fmt.Printf("%s %s | %s | %s | %v\n", e.Date, e.Actor, e.Action, e.Place, e.Participants)
	}
	// Output:
	// 2025-01-13 Anna Lindqvist | welcomed | Stockholm | [Lars Berg]
	// 2025-01-16 Anna Lindqvist | will meet | Helsinki | [Alexander Stubb Petteri Orpo]
}
