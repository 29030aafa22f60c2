package extract_test

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/communique/communique/extract"
)

// A service that writes the documents of a crawl as JSON Lines writes each
// straight to its output: the same bytes as json.Marshal, without a copy
// of a large document's encoding in memory.
func ExampleDocument_WriteJSON() {
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{
		Name: "release.txt",
		Data: []byte("The Foreign Minister met the Ambassador of Japan on 3 March 2025.\n"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	w := bufio.NewWriter(os.Stdout)
	if err := doc.WriteJSON(w); err != nil {
		fmt.Println(err)
		return
	}
	w.WriteByte('\n')
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"source":"release.txt","kind":"news","title":"","published":null,"body":"The Foreign Minister met the Ambassador of Japan on 3 March 2025.","removed":[],"turns":[],"dates":[{"text":"3 March 2025","value":"2025-03-03","grain":"day","type":"DATE","start":52,"end":64}],"events":[{"date":"2025-03-03","actor":"Foreign Minister","action":"met","place":"","participants":[],"sentence":"The Foreign Minister met the Ambassador of Japan on 3 March 2025.","start":0,"end":65}],"officials":[],"people":[],"countries":[{"name":"Japan","iso2":"JP","iso3":"JPN","mentions":[{"start":43,"end":48}],"forms":["Japan"]}],"quotes":[]}
}
