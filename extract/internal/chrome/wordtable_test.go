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
