package extract_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/extract"
)

// benchCorpus reads every file of testdata/nato and testdata/dev, each with
// the reference date its gold file gives (if any), and returns the inputs
// and their total size in bytes.
func benchCorpus(b *testing.B) ([]extract.Input, int64) {
	b.Helper()
	var ins []extract.Input
	var total int64
	for _, set := range []string{"nato", "dev"} {
		paths, err := filepath.Glob(filepath.Join("..", "testdata", set, "*"))
		if err != nil || len(paths) == 0 {
			b.Fatalf("no files in testdata/%s: %v", set, err)
		}
		sort.Strings(paths)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			in := extract.Input{Name: filepath.Base(p), Data: data}
			base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
			if g, err := os.ReadFile(filepath.Join("..", "testdata", set+"-gold", base+".json")); err == nil {
				var gold struct {
					ReferenceDate string `json:"reference_date"`
				}
				if json.Unmarshal(g, &gold) == nil && gold.ReferenceDate != "" {
					if t, err := time.Parse(time.DateOnly, gold.ReferenceDate); err == nil {
						in.ReferenceDate = t
					}
				}
			}
			ins = append(ins, in)
			total += int64(len(data))
		}
	}
	return ins, total
}

// benchAEB reads and decompresses the article-extraction benchmark's pages,
// sorted by name, and returns them with their total decompressed size.
func benchAEB(b *testing.B) ([]extract.Input, int64) {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "aeb", "html", "*.html.gz"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no AEB pages: %v", err)
	}
	sort.Strings(paths)
	ins := make([]extract.Input, 0, len(paths))
	var total int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		ins = append(ins, extract.Input{Name: filepath.Base(p), Data: data, Format: extract.FormatHTML})
		total += int64(len(data))
	}
	return ins, total
}

// cpuMeter reports a benchmark's throughput per CPU-second of the process
// (user and system time of every thread, garbage collection included)
// beside the wall-clock figures: on a machine shared with other work the
// wall clock mostly measures the other work, while CPU time stays close to
// what one core does.
type cpuMeter struct {
	start float64
	ok    bool
}

func startCPU() cpuMeter {
	c, ok := processCPU()
	return cpuMeter{c, ok}
}

// report adds "unit/cpu-s" for n items (bytes are reported as MB).
func (m cpuMeter) report(b *testing.B, n float64, unit string) {
	end, ok := processCPU()
	if !m.ok || !ok || end <= m.start {
		return
	}
	b.ReportMetric(n/(end-m.start), unit+"/cpu-s")
}

// benchRun extracts every input once with x and returns the first error.
func benchRun(x *extract.Extractor, ins []extract.Input) error {
	ctx := context.Background()
	for _, in := range ins {
		if _, err := x.Extract(ctx, in); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkExtractText runs the whole pipeline (reading, chrome stripping,
// turns, dates, events, officials, countries, quotes) over the text and HTML
// documents of testdata/nato and testdata/dev; MB/s counts input bytes.
func BenchmarkExtractText(b *testing.B) {
	ins, total := benchCorpus(b)
	x := extract.New(extract.Options{})
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU()
	for b.Loop() {
		if err := benchRun(x, ins); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b, float64(total)*float64(b.N)/1e6, "MB")
	b.ReportMetric(float64(len(ins))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkExtractAEB runs the whole pipeline over the 181 HTML pages of the
// article-extraction benchmark, decompressed beforehand; MB/s counts
// decompressed HTML bytes.
func BenchmarkExtractAEB(b *testing.B) {
	ins, total := benchAEB(b)
	x := extract.New(extract.Options{})
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU()
	for b.Loop() {
		if err := benchRun(x, ins); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b, float64(len(ins))*float64(b.N), "pages")
	b.ReportMetric(float64(len(ins))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtractLong runs the whole pipeline over one long plain-text
// page: every text page of testdata joined, paragraph after paragraph, to
// 1 MB. Its MB/cpu-s beside BenchmarkExtractText's tells whether a stage
// grows faster than the page (a look-up that reads the whole body once
// per speaker, per person or per quotation).
func BenchmarkExtractLong(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no text pages in testdata: %v", err)
	}
	sort.Strings(paths)
	var page bytes.Buffer
	for i := 0; page.Len() < 1<<20; i++ {
		data, err := os.ReadFile(paths[i%len(paths)])
		if err != nil {
			b.Fatal(err)
		}
		page.Write(data)
		page.WriteString("\n\n")
	}
	in := extract.Input{Name: "long.txt", Data: page.Bytes()}
	x := extract.New(extract.Options{})
	b.SetBytes(int64(page.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU()
	for b.Loop() {
		if err := benchRun(x, []extract.Input{in}); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b, float64(page.Len())*float64(b.N)/1e6, "MB")
}

// BenchmarkExtractParallel shares one Extractor between GOMAXPROCS
// goroutines, each extracting whole corpora; run with -cpu 1,2 to see how
// the pipeline scales with cores.
func BenchmarkExtractParallel(b *testing.B) {
	for _, c := range []struct {
		name string
		read func(*testing.B) ([]extract.Input, int64)
		unit string
	}{
		{"Text", benchCorpus, "docs/s"},
		{"AEB", benchAEB, "pages/s"},
	} {
		b.Run(c.name, func(b *testing.B) {
			ins, total := c.read(b)
			x := extract.New(extract.Options{})
			b.SetBytes(total)
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			cpu := startCPU()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := benchRun(x, ins); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(len(ins))*float64(b.N)/b.Elapsed().Seconds(), c.unit)
			// cores used: CPU time over wall time (2 when both cores work
			// throughout, less when the machine is busy with other work)
			if end, ok := processCPU(); ok && cpu.ok {
				b.ReportMetric((end-cpu.start)/time.Since(start).Seconds(), "cores")
			}
		})
	}
}

// BenchmarkNew measures building an Extractor (every stage's tables), the
// set-up a process pays once.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = extract.New(extract.Options{})
	}
}
