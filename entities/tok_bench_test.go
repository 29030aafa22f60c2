package entities

import "testing"

func BenchmarkTokenize(b *testing.B) {
	cases := loadGold(b)
	n := 0
	for _, c := range cases {
		n += len(c.text)
	}
	b.SetBytes(int64(n))
	var toks []tok
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			toks = tokenize(toks[:0], c.text)
		}
	}
}

func BenchmarkOfficials(b *testing.B) {
	cases := loadGold(b)
	x := New(Options{})
	n := 0
	for _, c := range cases {
		n += len(c.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			x.Officials(c.text)
		}
	}
}
