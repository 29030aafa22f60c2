// Command basic is the smallest useful program on the communique library:
// it builds an Extractor once, extracts the page files given as arguments
// and prints the officials and the quotes each one names.
//
//	go run ./examples/basic testdata/nato/000_59f30aea8c71552b.txt
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/internal/version"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 1 && args[0] == "-version" {
		fmt.Fprintln(stdout, version.String("basic"))
		return 0
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: basic FILE... | basic -version")
		return 2
	}
	// One Extractor for the whole program: it is safe for concurrent use
	// and building it is the expensive part.
	x := extract.New(extract.Options{})
	status := 0
	for _, path := range args {
		data, err := os.ReadFile(path)
		if err == nil {
			var doc *extract.Document
			if doc, err = x.Extract(context.Background(), extract.Input{Name: path, Data: data}); err == nil {
				print(stdout, doc)
				continue
			}
		}
		fmt.Fprintln(stderr, "basic:", err) // errors.Is(err, extract.ErrEmpty) etc. tell why
		status = 1
	}
	return status
}

// print writes what a reader of the page wants first: who speaks for
// whom, and what they said.
func print(w io.Writer, doc *extract.Document) {
	fmt.Fprintf(w, "%s (%s", doc.Source, doc.Kind)
	if !doc.Published.IsZero() {
		fmt.Fprintf(w, ", %s", doc.Published.Format("2 January 2006"))
	}
	fmt.Fprintln(w, ")")
	fmt.Fprintln(w, "Officials:")
	for _, o := range doc.Officials {
		affiliation := o.Organization
		if affiliation == "" {
			affiliation = o.Country
		}
		fmt.Fprintf(w, "  %s, %s (%s)\n", o.Name, o.Title, affiliation)
	}
	fmt.Fprintln(w, "Quotes:")
	for _, q := range doc.Quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "unattributed"
		}
		fmt.Fprintf(w, "  %s: “%s”\n", speaker, q.Text)
	}
}
