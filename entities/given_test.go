package entities

import "testing"

// TestGivenNamesCapital holds the lexicon to what isGivenName assumes of
// it: every name opens with a capital of ASCII and has two letters or
// more, and marks a sex ('m' or 'f', never 0).
func TestGivenNamesCapital(t *testing.T) {
	for w, sex := range givenNames {
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || sex == 0 {
			t.Errorf("given name %q (%q): isGivenName would not find it", w, sex)
		}
	}
}

// TestClassesGiven holds the cGiven class of every token of the entities
// tests' sentences to a look-up in givenNames.
func TestClassesGiven(t *testing.T) {
	x := New(Options{})
	for _, s := range []string{
		"Mr. Tom Read, Chief Executive, met Jane Roe and Secretary Blinken.",
		"Jack White House spokesman John O'Brien said: \"Mary-Kate\" Al-Tabchi.",
		"jane JANE Jane. J. Ab ab 12 Émile Zoë Do Jo Ed Li",
	} {
		toks := tokenize(nil, s)
		cls := x.classes(s, toks)
		for i, tk := range toks {
			w := s[tk.s:tk.e]
			if got, want := cls[i]&cGiven != 0, givenNames[w] != 0; got != want {
				t.Errorf("%q: cGiven %v, givenNames %v", w, got, want)
			}
		}
	}
}
