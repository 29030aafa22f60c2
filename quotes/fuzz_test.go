package quotes

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/communique/communique/entities"
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

// FuzzFindPeople is FuzzFind with the officials and persons the entities
// package finds in the same text, as the pipeline passes them: name
// resolution through people and descriptions must keep every invariant.
func FuzzFindPeople(f *testing.F) {
	for _, s := range []string{
		"“We will,” Lake County Sheriff Dan Kole said. “Now we rest,” the sheriff added.",
		"Sen. Maria Cole spoke.\n\n“We need funds,” the Ohio senator said.",
		"“It is done.” Amy Lord, deputy adviser, said on a call.",
		"\"Growth will carry us.\n\nTom Pike, Center for Budget Studies.\"",
	} {
		f.Add(s)
	}
	fd := New(Options{})
	x := entities.New(entities.Options{})
	f.Fuzz(func(t *testing.T, s string) {
		offs, _, people := x.FindAll(s)
		checkInvariants(t, s, fd.FindPeople(s, offs, people))
	})
}
