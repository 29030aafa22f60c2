package entities

import (
	"testing"

	"github.com/communique/communique/internal/tables"
)

// wordsInOrder is titlesCompatible's test of words in order as titleWords
// gives them, the reading asciiWordsInOrder makes in place.
func wordsInOrder(a, b string) bool {
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	k := 0
	for _, w := range wb {
		if k < len(wa) && wa[k] == w {
			k++
		}
	}
	return k == len(wa)
}

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
