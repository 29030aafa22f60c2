package events

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
)

// TestScratchReuse finds the events of testdata's text pages with one
// Scratch kept from page to page, in both orders, with and without the
// entities stage's officials and people, and holds them to a fresh
// Find's.
func TestScratchReuse(t *testing.T) {
	var paths []string
	for _, dir := range []string{"nato", "dev", "releases"} {
		ps, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", dir, "*.txt"))
		paths = append(paths, ps...)
	}
	sort.Strings(paths)
	if len(paths) > 80 {
		paths = paths[:80]
	}
	if len(paths) == 0 {
		t.Skip("no text pages in testdata")
	}
	p := dates.New(dates.Options{Anchored: true})
	x := entities.New(entities.Options{})
	ref := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)
	type page struct {
		body string
		ds   []dates.Mention
		offs []entities.Official
		ppl  []entities.Person
	}
	var pages []page
	for _, fn := range paths {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		body := string(b)
		offs, _, ppl := x.FindAll(body)
		pages = append(pages, page{body, p.Find(body, ref), offs, ppl})
	}
	sc := new(Scratch)
	found := 0
	for pass := range 4 {
		for k := range pages {
			i := k
			if pass%2 == 1 {
				i = len(pages) - 1 - k
			}
			pg := pages[i]
			offs, ppl := pg.offs, pg.ppl
			if pass >= 2 {
				offs, ppl = nil, nil
			}
			want := Find(pg.body, pg.ds, offs, ppl, ref, nil)
			got := sc.Find(pg.body, pg.ds, offs, ppl, ref, nil)
			found += len(got)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s (pass %d): a reused Scratch finds %d events, a fresh one %d", paths[i], pass, len(got), len(want))
			}
		}
	}
	if found == 0 {
		t.Error("no events in the pages: the test reads nothing")
	}
}
