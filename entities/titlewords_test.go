package entities

import (
	"strings"
	"testing"

	"github.com/communique/communique/internal/tables"
)

// TestASCIIWordsInOrder holds asciiWordsInOrder equal to titleWords'
// reading over pairs of the lexicon's titles.
func TestASCIIWordsInOrder(t *testing.T) {
	var ts []string
	for _, e := range tables.Titles {
		if isASCII(e.Title) {
			ts = append(ts, e.Title)
		}
	}
	ts = append(ts, "", "-", " Vice-President ", "vice president", "Secretary\tof  State", "of")
	for i, a := range ts {
		for j := 0; j < len(ts); j += 1 + i%7 {
			if got, want := asciiWordsInOrder(a, ts[j]), wordsInOrder(a, ts[j]); got != want {
				t.Fatalf("asciiWordsInOrder(%q, %q) = %v, want %v", a, ts[j], got, want)
			}
		}
	}
}

func FuzzASCIIWordsInOrder(f *testing.F) {
	f.Add("Foreign Minister", "Minister")
	f.Add("Vice-President", "vice president of the Commission")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !isASCII(a) || !isASCII(b) {
			return
		}
		if got, want := asciiWordsInOrder(a, b), wordsInOrder(a, b); got != want {
			t.Errorf("asciiWordsInOrder(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

// headOf, legislatorOf and complementOf are head, isLegislator and
// hasComplement as they read every title, through titleWords.
func headOf(t string) string {
	ws := titleWords(t)
	for i, w := range ws {
		if w == "of" || w == "for" || w == "to" || w == "and" {
			ws = ws[:i]
			break
		}
	}
	return strings.Join(ws, " ")
}

func legislatorOf(t string) bool {
	w := titleWords(t)
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "senator", "representative", "congressman", "congresswoman", "speaker":
		return true
	}
	last := w[len(w)-1]
	return last == "leader" && len(w) == 2 && w[0] != "supreme" || last == "whip"
}

func complementOf(t string) bool { return headOf(t) != strings.Join(titleWords(t), " ") }

// checkTitleReadings holds head, isLegislator and hasComplement to their
// readings through titleWords for title t.
func checkTitleReadings(t *testing.T, title string) {
	t.Helper()
	if got, want := head(title), headOf(title); got != want {
		t.Errorf("head(%q) = %q, want %q", title, got, want)
	}
	if got, want := isLegislator(title), legislatorOf(title); got != want {
		t.Errorf("isLegislator(%q) = %v, want %v", title, got, want)
	}
	if got, want := hasComplement(title, head(title)), complementOf(title); got != want {
		t.Errorf("hasComplement(%q) = %v, want %v", title, got, want)
	}
}

// TestTitleReadings checks the in-place readings of ASCII titles over the
// lexicon's titles.
func TestTitleReadings(t *testing.T) {
	for _, e := range tables.Titles {
		checkTitleReadings(t, e.Title)
	}
	for _, s := range []string{"", " ", "Senate Majority Leader", "Majority Whip", "Supreme Leader", "Speaker of the House", "Minister-for Foreign Affairs", "AND", "Secretary\tOF State"} {
		checkTitleReadings(t, s)
	}
}

func FuzzTitleReadings(f *testing.F) {
	f.Add("Secretary of State")
	f.Add("Democratic Leader")
	f.Fuzz(func(t *testing.T, s string) { checkTitleReadings(t, s) })
}
