package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// corpus returns the text of every document under testdata/nato and
// testdata/dev, HTML crudely stripped of its tags.
func corpus(b *testing.B) []string {
	var out []string
	for _, set := range []string{"nato", "dev"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", set, "*"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			s := string(raw)
			if strings.HasSuffix(f, ".html") {
				s = crudeText(s)
			}
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		b.Skip("no corpus")
	}
	return out
}

func BenchmarkFind(b *testing.B) {
	docs := corpus(b)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	p := New(Options{})
	ref := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			p.Find(d, ref)
		}
	}
}

func BenchmarkPageDate(b *testing.B) {
	docs := corpus(b)
	p := New(Options{})
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			p.PageDate(d)
		}
	}
}
