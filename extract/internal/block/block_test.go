package block

import "testing"

func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"The talks ended.":            true,
		"Did they agree?":             true,
		"He said: ":                   true,
		"“We will meet again.”":       true,
		"(See the annex.)":            true,
		"Wait for it…":                true,
		"Main menu":                   false,
		"":                            false,
		"Follow us on social media ”": false,
	} {
		if got := EndsSentence(s); got != want {
			t.Errorf("EndsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}
