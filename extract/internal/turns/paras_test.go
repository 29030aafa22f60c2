package turns

import (
	"strings"
	"testing"
)

// FuzzOnNotice holds onNotice, which reads a line's colons, to
// strings.Contains.
func FuzzOnNotice(f *testing.F) {
	for _, s := range []string{"", ":", "on notice:", "HON. A. LEE asked the Government, upon notice: Can", "on notice", "x: on notice:: y", "on notice :"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := onNotice(s), strings.Contains(s, "on notice:"); got != want {
			t.Errorf("onNotice(%q) = %v, want %v", s, got, want)
		}
	})
}
