package chrome

import "testing"

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
