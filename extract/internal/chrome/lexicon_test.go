package chrome

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// countTokens and lowerInto give what tokenize and strings.ToLower give.
func TestCountTokensLowerInto(t *testing.T) {
	for _, s := range []string{"", "Photo: NATO/Jane Roe", "  a-b  c.d 3,000 ", "İstanbul İzmir", "Émile Zola's 2nd book", "Q:", "WHO (Geneva)"} {
		if got, want := countTokens(s), len(tokenize(s, nil)); got != want {
			t.Errorf("countTokens(%q) = %d, want %d", s, got, want)
		}
		if got, want := string(lowerInto(nil, s)), lower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCountTokens(f *testing.F) {
	f.Add("Photo: NATO/Jane Roe")
	f.Add("İstanbul")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countTokens(s), len(tokenize(s, nil)); got != want {
			t.Errorf("countTokens(%q) = %d, want %d", s, got, want)
		}
		if got, want := string(lowerInto(nil, s)), lower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	})
}

// lower and lowerInto agree with strings.ToLower on valid UTF-8.
func TestLowerAgreesWithStrings(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC def", "“Quoted” – Dash", "ÉCOLE Été", "İstanbul ΣΟΦΙΑ", "日本 Tokyo", "ǅungla"} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(lowerInto(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLower(f *testing.F) {
	f.Add("“Quoted” – ÉCOLE")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	})
}
