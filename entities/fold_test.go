package entities

import (
	"strings"
	"testing"
)

// FuzzLowerReadings holds lowerIn, lowerIs and containsLower, which lower
// an ASCII word in place, to the readings of strings.ToLower's copy.
func FuzzLowerReadings(f *testing.F) {
	for _, s := range []string{"Parliament", "SENATE", "Dáil", "House", "Press Secretary", "Spokesperson", "HON", "\u212Aey", "of"} {
		f.Add(s)
	}
	set := map[string]bool{"parliament": true, "senate": true, "dáil": true, "hon": true, "of": true, "key": true}
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		if got, want := lowerIn(set, s), set[low]; got != want {
			t.Errorf("lowerIn(%q) = %v, want %v", s, got, want)
		}
		for _, w := range []string{"hon", "of", "key", "senate"} {
			if got, want := lowerIs(s, w), low == w; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
		for _, sub := range []string{"spokes", "press secretary", "e"} {
			if got, want := containsLower(s, sub), strings.Contains(low, sub); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	})
}
