package extract_test

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/internal/eval"
)

// aebPipelineFloor is the F1 below which TestAEBPipeline fails: the whole
// pipeline (HTML reader, then chrome classifier) on the benchmark's pages.
// The HTML reader alone is scored in extract/internal/htmlread.
const aebPipelineFloor = 0.93

// readAEBPages reads the benchmark's pages: ID to decompressed HTML.
func readAEBPages(tb testing.TB) map[string][]byte {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "aeb", "html", "*.html.gz"))
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

// TestAEBPipeline scores the bodies of the whole pipeline (Extract) on the
// benchmark's pages.
func TestAEBPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("whole pipeline over 181 pages")
	}
	truth, err := eval.LoadAEBTruth(filepath.Join("..", "testdata", "aeb", "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(extract.Options{})
	pred := make(map[string]string, len(truth))
	start := time.Now()
	for id, data := range readAEBPages(t) {
		doc, err := x.Extract(context.Background(), extract.Input{Name: id, Data: data, Format: extract.FormatHTML})
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		pred[id] = doc.ArticleBody()
	}
	elapsed := time.Since(start)
	res, err := eval.ScoreAEB(truth, pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("AEB through Extract: precision %.3f recall %.3f F1 %.3f, %.2f ms/page",
		res.Precision, res.Recall, res.F1, float64(elapsed.Microseconds())/1000/float64(len(pred)))
	if res.F1 < aebPipelineFloor {
		t.Errorf("AEB F1 through Extract %.3f below the floor %.3f", res.F1, aebPipelineFloor)
	}
}
