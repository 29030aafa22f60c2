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

// voiceOf gives what voiceWords gives, for its words and for others.
func TestVoiceOf(t *testing.T) {
	words := []string{"", "x", "I", "i", "we", "We", "WE", "said", "Said", "emphasized", "emphasizedly", "the", "He", "hE", "our", "Our", "ourselves"}
	for w := range voiceWords {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		if got, want := voiceOf(w), voiceWords[w]; got != want {
			t.Errorf("voiceOf(%q) = %d, want %d", w, got, want)
		}
	}
}
