package quotes

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzFind checks properties of every result: no panic, spans in bounds,
// text[Start:End] == Text, valid UTF-8 for valid input, quotations sorted
// and not overlapping, terms without speakers.
func FuzzFind(f *testing.F) {
	for _, dir := range []string{"nato", "dev"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, s := range []string{
		"“We will,” he said, “defend every inch.”",
		"“Open\n\n“continued” said Mr X",
		"‘single’ and 'straight' and «angle» and „low“",
		"Prime Minister X said:\n\nWe will act.",
		"rock ’n’ roll in the ’90s",
		"\"\"\"'''“”“”",
	} {
		f.Add(s)
	}
	fd := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, fd.Find(s, nil))
	})
}
