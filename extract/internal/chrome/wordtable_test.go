package chrome

import (
	"strings"
	"testing"
)

// A wordTable answers as the map it was built from, for the words in it
// and for any other string.
func TestWordTable(t *testing.T) {
	m := wordFlagMap()
	for w := range m {
		checkWordTable(t, m, w)
		checkWordTable(t, m, w+"s")
		checkWordTable(t, m, strings.ToUpper(w))
		if len(w) > 1 {
			checkWordTable(t, m, w[:len(w)-1])
		}
	}
	for _, w := range append(tokenize("The Minister's office said on Tuesday: subscribe to our newsletter, © 2024 all rights reserved", nil), "", "x", "\xff", strings.Repeat("a", 300)) {
		checkWordTable(t, m, w)
	}
	for _, p := range []phraseSet{uiTerms, widgetWords, legalTerms, rightsReserved} {
		for w, want := range p.byFirst {
			if got := p.first.get(w); len(got) != len(want) || &got[0] != &want[0] {
				t.Errorf("phrases of %q: got %v, want %v", w, got, want)
			}
		}
	}
}

func FuzzWordTable(f *testing.F) {
	f.Add("the")
	m := wordFlagMap()
	f.Fuzz(func(t *testing.T, w string) { checkWordTable(t, m, w) })
}

func checkWordTable(t *testing.T, m map[string]uint8, w string) {
	t.Helper()
	if got, want := wordFlags.get(w), m[w]; got != want {
		t.Errorf("wordFlags.get(%q) = %d, want %d", w, got, want)
	}
}

// A phrase set counts the same phrases whether it looks every word up or
// only those lexScan flags for it.
func FuzzPhraseCounts(f *testing.F) {
	f.Add("Subscribe to our newsletter. © 2024 All rights reserved. Terms of use apply.")
	f.Fuzz(func(t *testing.T, s string) {
		words := tokenize(s, nil)
		_, _, wf := lexScan(words, nil)
		for _, c := range []struct {
			name string
			set  phraseSet
			flag uint8
		}{{"interface", uiTerms, flagUI}, {"legal", legalTerms, flagLegal}, {"rights", rightsReserved, flagLegal}} {
			if got, want := c.set.countFlagged(words, wf, c.flag), c.set.count(words); got != want {
				t.Errorf("%s phrases in %q: %d flagged, %d in all", c.name, s, got, want)
			}
		}
	})
}
