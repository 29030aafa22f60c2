package extract_test

import (
	"context"
	"fmt"

	"github.com/communique/communique/extract"
)

// A page with no date of its own and no reference date: its "Thursday"
// cannot be resolved, and is reported with an empty value only when
// KeepUnresolved is set.
func ExampleOptions_keepUnresolved() {
	page := []byte("The Foreign Minister will travel to Lisbon on Thursday to meet her Portuguese counterpart and discuss energy and trade.\n")
	for _, keep := range []bool{false, true} {
		x := extract.New(extract.Options{KeepUnresolved: keep})
		doc, err := x.Extract(context.Background(), extract.Input{Name: "page.txt", Data: page})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("keep %v: %d dates", keep, len(doc.Dates))
		for _, d := range doc.Dates {
			fmt.Printf(" %q value %q", d.Text, d.Value)
		}
		fmt.Println()
	}
	// Output:
	// keep false: 0 dates
	// keep true: 1 dates "Thursday" value ""
}
