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
	keep := func(k int) bool { return toks[k].kind == kWord && !toks[k].is(fCap) && !toks[k].is(fDigit) }
	ws := newWordSet(text, toks, keep)
	want := map[string]bool{}
	for k := range toks {
		if keep(k) {
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

// TestLowerWordIn checks the search lowerElsewhere makes before it builds
// the set against the set, for every word of the gold corpora's texts
// lowered as lowerElsewhere lowers it, and for the words' pieces.
func TestLowerWordIn(t *testing.T) {
	for _, c := range loadGold(t) {
		toks := tokenize(nil, c.text)
		p := &parser{text: c.text, toks: toks}
		ws := newWordSet(c.text, toks, func(k int) bool { return lowerUseAt(c.text, toks, k) })
		for k := range toks {
			w := []byte(c.text[toks[k].s:toks[k].e])
			if w[0] >= 'A' && w[0] <= 'Z' {
				w[0] += 'a' - 'A'
			}
			for _, q := range [][]byte{w, w[:len(w)/2+1], w[len(w)/2:]} {
				if got, want := p.lowerWordIn(q), ws.has(c.text, toks, q); got != want {
					t.Fatalf("%s: lowerWordIn(%q) = %v, the set says %v", c.name, q, got, want)
				}
			}
		}
	}
}
