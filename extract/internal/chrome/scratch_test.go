package chrome

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/communique/communique/extract/internal/block"
)

// TestScratchReuse classifies testdata's text pages, as plain text and as
// HTML, with one Scratch kept from page to page, in both orders, and
// holds every block's reason to a fresh Classify's.
func TestScratchReuse(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no text pages in testdata: %v", err)
	}
	sort.Strings(paths)
	var pages [][]block.Block
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var bs []block.Block
		for _, para := range strings.Split(string(data), "\n\n") {
			if t := strings.Join(strings.Fields(para), " "); t != "" {
				bs = append(bs, block.Block{Text: t})
			}
		}
		if len(bs) > 2 {
			bs[1].Removed = block.ReasonNavigation // a block the reader removed
		}
		pages = append(pages, bs)
	}
	dated := func(s string) bool { return strings.Contains(s, "20") }
	for _, html := range []bool{false, true} {
		sc := new(Scratch)
		order := make([]int, 0, 2*len(pages))
		for i := range pages {
			order = append(order, i)
		}
		for i := range pages {
			order = append(order, len(pages)-1-i)
		}
		for _, i := range order {
			want := slices.Clone(pages[i])
			Classify(want, nil, html, dated)
			got := slices.Clone(pages[i])
			sc.Classify(got, nil, html, dated)
			for j := range want {
				if got[j].Removed != want[j].Removed {
					t.Errorf("%s (html %v) block %d %q: reused Scratch gives %v, fresh %v", paths[i], html, j, want[j].Text, got[j].Removed, want[j].Removed)
				}
			}
		}
	}
}

// FuzzScratchReuse holds a Scratch that classified another page first to
// a fresh Classify: each line a block.
func FuzzScratchReuse(f *testing.F) {
	f.Add("Home | About\nJane Roe: Thank you.\nThe minister said the plan would be ready in March.\nHome | About\n© 2025 All rights reserved.", "Menu\nMenu\nA sentence of the page before, long enough to count.", true)
	f.Add("QUESTION:\nJANE ROE\nWords spoken here.\nQUESTION:\nJANE ROE", "x", false)
	f.Fuzz(func(t *testing.T, page, before string, html bool) {
		blocks := func(s string) []block.Block {
			var bs []block.Block
			for _, l := range strings.Split(s, "\n") {
				bs = append(bs, block.Block{Text: l})
			}
			return bs
		}
		sc := new(Scratch)
		sc.Classify(blocks(before), nil, html, nil)
		want, got := blocks(page), blocks(page)
		Classify(want, nil, html, nil)
		sc.Classify(got, nil, html, nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("a Scratch that read %q classifies %q otherwise than a fresh one", before, page)
		}
	})
}
