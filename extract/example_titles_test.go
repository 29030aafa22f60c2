package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract"
)

// A caller adds an office title the built-in lexicon lacks, with the
// country it implies; the title is then read before a name as the built-in
// ones are.
func ExampleOptions_titles() {
	page := []byte("Harbour Commissioner Dana Whitfield opened the new quay on Monday.\n")
	x := extract.New(extract.Options{
		Titles: []entities.Title{{Title: "Harbour Commissioner", Default: "NZ", Kind: "local"}},
	})
	doc, err := x.Extract(context.Background(), extract.Input{Data: page, ReferenceDate: time.Date(2025, 3, 26, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	for _, o := range doc.Officials {
		fmt.Printf("%s, %s (%s)\n", o.Name, o.Title, o.Country)
	}
	// Output:
	// Dana Whitfield, Harbour Commissioner (NZ)
}
