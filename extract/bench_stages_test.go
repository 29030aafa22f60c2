package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/communique/communique/dates"
)

// This file benchmarks the date stage of the pipeline (dates, then events)
// against the whole pipeline on the same documents.

// BenchmarkDateStage times the date stage of the pipeline (the page's date
// and the temporal expressions, then the events) over the bodies the
// Extractor makes of testdata/nato and testdata/dev; MB/s counts body bytes.
// The "share" metric is the stage's time over the whole pipeline's time on
// the same documents, measured in the same run.
func BenchmarkDateStage(b *testing.B) {
	var ins []Input
	for _, set := range []string{"nato", "dev"} {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", set, "*"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			ins = append(ins, Input{Name: p, Data: data, ReferenceDate: time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)})
		}
	}
	if len(ins) == 0 {
		b.Skip("no corpus")
	}
	x := New(Options{})
	ctx := context.Background()
	pipeline := func() []*Document {
		docs := make([]*Document, 0, len(ins))
		for _, in := range ins {
			d, err := x.Extract(ctx, in)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
		}
		return docs
	}
	docs := pipeline()
	var size int64
	for _, d := range docs {
		size += int64(len(d.Body))
	}
	p := dates.New(dates.Options{Anchored: true})
	anchors := make([]time.Time, len(docs))
	mentions := make([][]dates.Mention, len(docs))
	datesPart := func() {
		for i, d := range docs {
			anchor, ok := p.PageDate(d.Body)
			if !ok {
				anchor = ins[i].ReferenceDate
			}
			anchors[i] = anchor
			mentions[i] = p.Find(d.Body, anchor)
		}
	}
	eventsPart := func() {
		for i, d := range docs {
			x.findEvents(d.Body, nil, mentions[i], d.Officials, d.People, anchors[i], voicesOf(d, 0))
		}
	}
	stage := func() {
		datesPart()
		eventsPart()
	}
	datesPart() // the events read the mentions
	for _, part := range []struct {
		name string
		run  func()
	}{{"dates", datesPart}, {"events", eventsPart}, {"both", stage}} {
		b.Run(part.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				part.run()
			}
			if part.name != "both" {
				return
			}
			// The share: the stage and the whole pipeline each timed over
			// interleaved passes; the fastest pass of each is the one least
			// disturbed by other load on the machine.
			b.StopTimer()
			tStage, tAll := time.Duration(1<<62), time.Duration(1<<62)
			for range 15 {
				t0 := time.Now()
				stage()
				tStage = min(tStage, time.Since(t0))
				t0 = time.Now()
				pipeline()
				tAll = min(tAll, time.Since(t0))
			}
			b.ReportMetric(float64(tStage)/float64(tAll), "share")
		})
	}
}
