package htmlread

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/internal/eval"
)

// This file scores the HTML reader alone on the article-extraction
// benchmark (testdata/aeb) and times it.

// aebFloor is the F1 below which TestAEB fails.
const aebFloor = 0.97

// readAEBPages reads the benchmark's pages: ID to decompressed HTML.
func readAEBPages(tb testing.TB) map[string][]byte {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "aeb", "html", "*.html.gz"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no AEB pages: %v", err)
	}
	pages := make(map[string][]byte, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		pages[strings.TrimSuffix(filepath.Base(p), ".html.gz")] = data
	}
	return pages
}

// bodyOf reads a page and returns the article body the reader keeps: the
// blocks neither removed nor the headline, joined with blank lines.
func bodyOf(data []byte) (string, error) {
	page, err := Parse(data, DefaultMaxDepth)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, b := range page.Blocks {
		if b.Removed != 0 || b.Title {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String(), nil
}

// TestAEB runs the HTML reader over the article-extraction benchmark and
// scores the bodies with the benchmark's metric. With AEB_PRED set to a
// path, it also writes the predictions in the benchmark's JSON format, and
// with AEB_WORST=n it lists the n worst pages.
func TestAEB(t *testing.T) {
	truth, err := eval.LoadAEBTruth(filepath.Join("..", "..", "..", "testdata", "aeb", "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	pages := readAEBPages(t)
	pred := make(map[string]string, len(pages))
	start := time.Now()
	for id, data := range pages {
		body, err := bodyOf(data)
		if err != nil {
			t.Errorf("%s: %v", id, err)
		}
		pred[id] = body
	}
	elapsed := time.Since(start)
	res, err := eval.ScoreAEB(truth, pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("AEB: %d pages, precision %.3f recall %.3f F1 %.3f exact %.3f, %.2f ms/page",
		res.Pages, res.Precision, res.Recall, res.F1, res.Exact,
		float64(elapsed.Microseconds())/1000/float64(len(pages)))
	if path := os.Getenv("AEB_PRED"); path != "" {
		out := make(map[string]map[string]string, len(pred))
		for id, body := range pred {
			out[id] = map[string]string{"articleBody": body}
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", " ")
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if os.Getenv("AEB_WORST") != "" {
		type row struct {
			id   string
			page eval.AEBPage
		}
		var rows []row
		for id := range truth {
			rows = append(rows, row{id, eval.ScoreAEBPage(truth[id], pred[id])})
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].page.F1() < rows[j].page.F1() })
		for _, r := range rows[:min(40, len(rows))] {
			t.Logf("%s P %.3f R %.3f", r.id, r.page.Precision(), r.page.Recall())
		}
	}
	if res.F1 < aebFloor {
		t.Errorf("AEB F1 %.3f below the floor %.3f", res.F1, aebFloor)
	}
}

// BenchmarkParseHTML runs the HTML reader (parsing, article selection,
// headline) over the benchmark's pages and reports pages per second.
func BenchmarkParseHTML(b *testing.B) {
	pages := readAEBPages(b)
	ids := make([]string, 0, len(pages))
	var size int64
	for id, data := range pages {
		ids = append(ids, id)
		size += int64(len(data))
	}
	sort.Strings(ids)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, id := range ids {
			if _, err := bodyOf(pages[id]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(ids))/b.Elapsed().Seconds(), "pages/s")
}
