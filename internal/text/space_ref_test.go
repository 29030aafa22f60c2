package text

import (
	"strings"
	"testing"
)

// normalizeSpaceRef is NormalizeSpace as it was before its ASCII fast
// path: a rune at a time over the whole string.
func normalizeSpaceRef(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == '\u00ad' {
			continue // a soft hyphen
		}
		if IsSpace(r) || r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzNormalizeSpace holds NormalizeSpace equal to its rune-at-a-time
// reading.
func FuzzNormalizeSpace(f *testing.F) {
	for _, s := range []string{"", " a  b ", "a\tb\nc", "x\u00a0\u2003y", "\x7f\x85z\xff\xfe", "caf\u00e9  \u0085 ok", "a\x00b", "\u200b\ufeffq", "Vladi\u00admir \u00ad Putin"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeSpace(s), normalizeSpaceRef(s); got != want {
			t.Fatalf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// A soft hyphen is no part of the word it may break, nor a space.
func TestNormalizeSpaceSoftHyphen(t *testing.T) {
	for in, want := range map[string]string{"Vladi\u00admir Putin": "Vladimir Putin", "a \u00ad b": "a b", "\u00ad": ""} {
		if got := NormalizeSpace(in); got != want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDigits(t *testing.T) {
	for s, want := range map[string]bool{"2025": true, "07": true, "": false, "12a": false, "4.": false, "\u0661": false} {
		if got := Digits(s); got != want {
			t.Errorf("Digits(%q) = %v, want %v", s, got, want)
		}
	}
}
