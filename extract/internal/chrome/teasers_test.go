package chrome

import (
	"testing"

	"github.com/communique/communique/extract/internal/block"
)

// A list of other releases under the page's own, each card a title, a
// date and a snippet cut off with an ellipsis, or a date and a title
// under a "Latest News" heading, is removed; the release stays, and so
// does a single date and snippet that may be the page's own.
func TestTeasers(t *testing.T) {
	para := "The District Attorney announced today that the bill she supported has been signed into law by the Governor."
	para2 := "The law requires every treatment facility to keep two doses of the medicine on its premises at all times."
	cards := []block.Block{{Text: para}, {Text: para2}, {Text: "Recent News"},
		{Text: "Three Murder Charges Filed Against Man"}, {Text: "June 10, 2026"}, {Text: "The District Attorney announced today that Jack Doe, 74, who is currently charged with one count …"},
		{Text: "Escondido Man Charged with Murder"}, {Text: "June 3, 2026"}, {Text: "The District Attorney announced today that John Doe has been charged with murder following the …"},
		{Text: "Newsletter Sign-Up"}}
	Classify(cards, nil, false, testDated)
	for i, b := range cards {
		if got, want := b.Removed != 0, i >= 2; got != want {
			t.Errorf("cards: %q removed = %v (%v), want %v", b.Text, got, b.Removed, want)
		}
	}
	latest := []block.Block{{Text: para}, {Text: para2}, {Text: "Latest News"},
		{Text: "June 8, 2026"}, {Text: "Grocer Settles Lawsuit Over Misleading Calorie Labels"},
		{Text: "June 3, 2026"}, {Text: "Hospital to Pay $7.5 Million Over Improper Disposal of Waste"},
		{Text: "May 29, 2026"}, {Text: "Jane Doe Pleads Guilty To the Death of Her Infant Son"}}
	Classify(latest, nil, false, testDated)
	for i, b := range latest {
		if got, want := b.Removed != 0, i >= 2; got != want {
			t.Errorf("latest: %q removed = %v (%v), want %v", b.Text, got, b.Removed, want)
		}
	}
	// a release's head under the site's "News", its own day given twice:
	// no list
	head := []block.Block{{Text: "News"}, {Text: "Press Release"}, {Text: "TASK FORCE READY TO ASSIST VOTERS"}, {Text: "Admin | August 20, 2024"},
		{Text: "TASK FORCE READY TO ASSIST VOTERS"}, {Text: "Miami – August 20, 2024"}, {Text: para}, {Text: para2}}
	Classify(head, nil, false, testDated)
	for _, b := range head {
		if b.Removed == block.ReasonNavigation {
			t.Errorf("head: %q removed as a list", b.Text)
		}
	}
	one := []block.Block{{Text: para}, {Text: "June 3, 2026"}, {Text: para2[:60] + " …"}, {Text: para2}}
	Classify(one, nil, false, testDated)
	for _, b := range one[2:] {
		if b.Removed == block.ReasonNavigation {
			t.Errorf("one: %q removed as a list", b.Text)
		}
	}
}
