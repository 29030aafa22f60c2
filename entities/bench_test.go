package entities

import "testing"

// BenchmarkEntities runs the entity stage (Find: officials and countries
// from one tokenization) over the gold corpora's texts.
func BenchmarkEntities(b *testing.B) {
	cases := loadGold(b)
	x := New(Options{})
	n := 0
	for _, c := range cases {
		n += len(c.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			x.Find(c.text)
		}
	}
}

func BenchmarkCountries(b *testing.B) {
	cases := loadGold(b)
	x := New(Options{})
	n := 0
	for _, c := range cases {
		n += len(c.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cases {
			x.Countries(c.text)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		New(Options{})
	}
}
