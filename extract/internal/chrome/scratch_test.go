package chrome

import (
	"os"
	"path/filepath"
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
