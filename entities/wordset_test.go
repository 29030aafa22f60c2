package entities

import (
	"strings"
	"testing"
)

// TestWordSet checks the token set lowerElsewhere reads against a map of
// the same words: every kept word is in it, duplicates once, and no other.
func TestWordSet(t *testing.T) {
	text := "the talks in Riga were held with the minister and the Minister of State; talks again, tomorrow 12 times"
	toks := tokenize(nil, text)
	keep := func(tk *tok) bool { return tk.kind == kWord && !tk.is(fCap) && !tk.is(fDigit) }
	ws := newWordSet(text, toks, keep)
	want := map[string]bool{}
	for k := range toks {
		if keep(&toks[k]) {
			want[text[toks[k].s:toks[k].e]] = true
		}
	}
	if len(want) < 8 {
		t.Fatalf("too few words: %v", want)
	}
	for w := range want {
		if !ws.has(text, toks, []byte(w)) {
			t.Errorf("set lacks %q", w)
		}
	}
	for _, w := range strings.Fields("Riga Minister State 12 talk talksx riga") {
		if ws.has(text, toks, []byte(w)) != want[w] {
			t.Errorf("has(%q) = %v", w, !want[w])
		}
	}
}
