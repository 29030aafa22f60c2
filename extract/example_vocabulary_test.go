package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/quotes"
)

// A caller adds to the vocabulary without forking: a reporting verb the
// built-in list lacks, and a term of office the built-in table does not
// hold.
func ExampleOptions_vocabulary() {
	page := []byte("Dana Whitfield visited the harbour on Monday.\n\n\u201cThe bridge will open in May,\u201d Whitfield harrumphed.\n")
	x := extract.New(extract.Options{
		Cues: []quotes.Cue{{Word: "harrumphed", Kind: quotes.CueFinite, AfterQuote: true}},
		Holders: []entities.Holder{{
			Name: "Dana Whitfield", Forms: []string{"Whitfield"}, Title: "Harbour Commissioner", Country: "NZ",
			From: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		}},
	})
	doc, err := x.Extract(context.Background(), extract.Input{Data: page, ReferenceDate: time.Date(2025, 3, 26, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	for _, o := range doc.Officials {
		fmt.Printf("%s, %s (%s)\n", o.Name, o.Title, o.Country)
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s %s: %s\n", q.Speaker, q.Cue, q.Text)
	}
	// Output:
	// Dana Whitfield, Harbour Commissioner (NZ)
	// Dana Whitfield harrumphed: The bridge will open in May,
}
