package chrome

import (
	"slices"
	"strings"
	"testing"
)

// appendFields and fieldsUpTo give what strings.Fields gives.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " Jane  Roe\t", "Rue\u00a0de la Loi 175", "x\xffy \xe2\x80\xa8z", "\u3000日本\u3000"} {
		checkFields(t, s)
	}
}

func FuzzAppendFields(f *testing.F) {
	f.Add("Tel.: +32 2 281 6319 - press@example.org")
	f.Fuzz(checkFields)
}

func checkFields(t *testing.T, s string) {
	want := strings.Fields(s)
	var buf [4]string
	if got := appendFields(buf[:0], s, len(s)); !slices.Equal(got, want) {
		t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
	}
	for max := 0; max <= len(want)+1; max++ {
		if got := appendFields(buf[:0], s, max); !slices.Equal(got, want[:min(max, len(want))]) {
			t.Errorf("appendFields(%q, %d) = %q, want %q", s, max, got, want[:min(max, len(want))])
		}
		if got := fieldsUpTo(s, max); max > 0 && got != min(max, len(want)) {
			t.Errorf("fieldsUpTo(%q, %d) = %d, want %d", s, max, got, min(max, len(want)))
		}
	}
}
