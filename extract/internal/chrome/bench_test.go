package chrome

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/communique/communique/extract/internal/block"
)

// BenchmarkClassify classifies the blocks of testdata's text pages (each
// page's paragraphs, as the text reader gives them); MB/s counts the
// blocks' text.
func BenchmarkClassify(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no text pages in testdata: %v", err)
	}
	sort.Strings(paths)
	var pages [][]block.Block
	var total int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		var bs []block.Block
		for _, para := range strings.Split(string(data), "\n\n") {
			if t := strings.Join(strings.Fields(para), " "); t != "" {
				bs = append(bs, block.Block{Text: t})
				total += int64(len(t))
			}
		}
		pages = append(pages, bs)
	}
	work := make([][]block.Block, len(pages))
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, bs := range pages {
			work[i] = append(work[i][:0], bs...)
			Classify(work[i], nil, false, nil)
		}
	}
}
