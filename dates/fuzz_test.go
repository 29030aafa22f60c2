package dates

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	seeds := []string{
		"NATO Secretary General Mark Rutte visited Warsaw on Wednesday (26 March 2025).",
		"On Sunday 25 May, the Secretary General attended a dinner. 24-25 June 2025; from 24 to 25 June.",
		"12:28 P.M. CEST\ntoday, tomorrow and tonight; the first quarter of 2025; Q1 2025; 26/03/2025",
		"4.7% of GDP, Article 5, F-35, NATO 2030, 20 billion euros, the 1990s, two days ago, \xff\xfe",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "nato", "*.txt"))
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil && len(b) < 64<<10 {
			seeds = append(seeds, string(b))
		}
	}
	for _, s := range seeds {
		f.Add(s)
	}
	p := New(Options{KeepUnresolved: true})
	ref := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		ms := p.Find(text, ref)
		last := 0
		for _, m := range ms {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("span %d:%d after %d in %d bytes", m.Start, m.End, last, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("text %q != span %q", m.Text, text[m.Start:m.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("invalid UTF-8 in %q", m.Text)
			}
			if !utf8.ValidString(m.Value) {
				t.Fatalf("invalid value %q", m.Value)
			}
			last = m.End
		}
		p.PageDate(text)
		ParseDate(text)
	})
}

// FuzzLayoutMayFit holds layoutMayFit to time.Parse: a layout it turns away
// never parses the text.
func FuzzLayoutMayFit(f *testing.F) {
	for _, s := range []string{"2025-03-26", "2025-03-26T10:00:00Z", "20250326", "2025/03/26", "Wed, 26 Mar 2025 10:00:00 GMT",
		"wednesday, 26-Mar-25 10:00:00 UTC", "WED Mar 26 10:00:00 2025", "26 March 2025", "Mo", "+2025-03-26", "2025-3-26"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range append(layouts[:], time.DateOnly) {
			if layoutMayFit(l, s) {
				continue
			}
			if _, err := time.Parse(l, s); err == nil {
				t.Errorf("layoutMayFit(%q, %q) = false, but time.Parse reads it", l, s)
			}
		}
	})
}
