package entities

import (
	"testing"

	"github.com/communique/communique/internal/text"
	"github.com/stretchr/testify/require"
)

// The tokens this package takes from the shared analysis are those its own
// tokenizer reads, so that Find and FindDoc agree on every text.
func checkSharedTokens(t *testing.T, a *text.Analyzer, s string) {
	t.Helper()
	want := tokenize(nil, s)
	d := a.Analyze(s)
	got := fromDoc(nil, d)
	// the buffer docScratch makes holds them without growing, and wastes
	// nothing on a text without a clitic run
	bound := fromDocBound(d)
	require.LessOrEqual(t, len(got), bound, "%q", s)
	if !clitics(d) {
		require.Equal(t, len(got), bound, "%q", s)
	}
	if len(want) == 0 && len(got) == 0 {
		return
	}
	require.Equal(t, want, got, "%q", s)
}

// clitics reports whether d has a clitic token.
func clitics(d *text.Doc) bool {
	for _, t := range d.Tokens {
		if t.Kind == text.Clitic {
			return true
		}
	}
	return false
}

func TestSharedTokens(t *testing.T) {
	a := text.NewAnalyzer(text.Lexicon{})
	for _, s := range []string{
		"", "  \n\n NATO Secretary General Mark Rutte's visit to the U.S. on 3 May.",
		"Mr. Rutte, Gen. Doe and Acme Inc. met the States' envoys. RUTTE'S. X'S.A. plan",
		"\u201cWe agree,\u201d said O\u2019Brien and al-Rahman \u2028 don't \u00e9t\u00e9 J. Smith \xff",
		"26/03/2025, 4.7% \u2019s 's x's", "\u01c5ungla \u2019tis",
	} {
		checkSharedTokens(t, a, s)
	}
}

func FuzzSharedTokens(f *testing.F) {
	for _, s := range []string{"Mr. Rutte's U.S. visit", "RUTTE'S. X'S.A.B. plan", "States' \u2019s", "\u2028x\n\n y"} {
		f.Add(s)
	}
	a := text.NewAnalyzer(text.Lexicon{})
	f.Fuzz(func(t *testing.T, s string) { checkSharedTokens(t, a, s) })
}

func TestFindDocAgrees(t *testing.T) {
	x := New(Options{})
	a := text.NewAnalyzer(text.Lexicon{})
	s := "NATO Secretary General Mark Rutte met Polish Foreign Minister Radek Sikorski in Warsaw. Mr. Sikorski's team welcomed the U.S. delegation."
	o1, c1 := x.Find(s)
	o2, c2 := x.FindDoc(a.Analyze(s))
	require.NotEmpty(t, o1)
	require.Equal(t, o1, o2)
	require.Equal(t, c1, c2)
	p1, p2 := x.People(s, o1), x.PeopleDoc(a.Analyze(s), o1)
	require.NotEmpty(t, p1)
	require.Equal(t, p1, p2)
}
