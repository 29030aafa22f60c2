package extract

import "testing"

// A numeric reference to a letter left in scraped text, whole or without
// its ampersand, is the letter; other uses of "#" stay as they are.
func TestFixCharRefs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"PRESIDENT G#220;L: Thank you.", "PRESIDENT GÜL: Thank you."},
		{"Caf&#233; and Caf&#xE9;", "Café and Café"},
		{"&#x25cf; item and &#9; tab and #x25cf; bare", "\u25cf item and &#9; tab and #x25cf; bare"},
		{"Item #1; see #220; and page#2;", "Item #1; see #220; and page#2;"},
		{"x#99999999999; and A#64;", "x#99999999999; and A#64;"},
		{"no reference here", "no reference here"},
		{"trailing G#220", "trailing G#220"},
	} {
		if got := string(fixCharRefs([]byte(c.in))); got != c.want {
			t.Errorf("fixCharRefs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
