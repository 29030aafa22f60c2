package eval

import (
	"math"
	"path/filepath"
	"reflect"
	"testing"
)

func TestAEBWords(t *testing.T) {
	got := aebWords("Hello, world! It’s 2025_x — naïve café 東京 ٣٤ a-b")
	want := []string{"Hello", "world", "It", "s", "2025_x", "naïve", "café", "東京", "٣٤", "a", "b"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("aebWords = %q, want %q", got, want)
	}
	if w := aebWords(""); len(w) != 0 {
		t.Fatalf("aebWords(\"\") = %q", w)
	}
}

func TestAEBShingles(t *testing.T) {
	s := aebShingles("a b c d e a b c d")
	if len(s) != 5 || s["a\x00b\x00c\x00d"] != 2 {
		t.Fatalf("shingles = %v", s)
	}
	// Fewer than four words make one shingle of all of them.
	s = aebShingles("one two")
	if len(s) != 1 || s["one\x00two"] != 1 {
		t.Fatalf("short shingles = %v", s)
	}
	if s = aebShingles(" ,. "); len(s) != 0 {
		t.Fatalf("no words, shingles = %v", s)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreAEBPage(t *testing.T) {
	// truth: 6 words -> 3 shingles; prediction adds 2 words -> 5 shingles,
	// 3 of them right: tp 3, fp 2, fn 0, normalised by 5.
	pg := ScoreAEBPage("w1 w2 w3 w4 w5 w6", "w1 w2 w3 w4 w5 w6 x y")
	if !near(pg.TP, 0.6) || !near(pg.FP, 0.4) || !near(pg.FN, 0) {
		t.Fatalf("page = %+v", pg)
	}
	if !near(pg.Precision(), 0.6) || !near(pg.Recall(), 1) {
		t.Fatalf("P %v R %v", pg.Precision(), pg.Recall())
	}
	// Both empty: no shingles, excluded from both means.
	if pg = ScoreAEBPage("", ""); pg != (AEBPage{}) {
		t.Fatalf("empty page = %+v", pg)
	}
}

func TestScoreAEB(t *testing.T) {
	truth := map[string]string{
		"a": "w1 w2 w3 w4 w5 w6",
		"b": "one two three four five",
		"c": "alpha beta gamma delta",
	}
	pred := map[string]string{
		"a": "w1 w2 w3 w4 w5 w6 x y", // P 0.6, R 1
		"b": "",                      // no prediction: out of the precision mean, R 0
		"c": "alpha, beta gamma delta!",
	}
	res, err := ScoreAEB(truth, pred)
	if err != nil {
		t.Fatal(err)
	}
	p, r := (0.6+1)/2, (1+0+1)/3.0
	if !near(res.Precision, p) || !near(res.Recall, r) || !near(res.F1, 2*p*r/(p+r)) {
		t.Fatalf("result = %+v, want P %v R %v", res, p, r)
	}
	if !near(res.Exact, 1/3.0) || res.Pages != 3 {
		t.Fatalf("exact %v pages %d", res.Exact, res.Pages)
	}
	delete(pred, "c")
	if _, err := ScoreAEB(truth, pred); err == nil {
		t.Fatal("missing prediction: no error")
	}
}

func TestLoadAEBTruth(t *testing.T) {
	truth, err := LoadAEBTruth(filepath.Join("..", "..", "testdata", "aeb", "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(truth) != 181 {
		t.Fatalf("%d pages, want 181", len(truth))
	}
	// The truth scored against itself is perfect.
	res, err := ScoreAEB(truth, truth)
	if err != nil {
		t.Fatal(err)
	}
	if !near(res.F1, 1) || !near(res.Exact, 1) {
		t.Fatalf("truth vs truth = %+v", res)
	}
}
