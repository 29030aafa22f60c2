package main

// Throughput of the two person recognisers on the same texts: the first
// articles of the corpus folder PROSECMP_CORPUS (default: the PolNeAR
// train split beside the checkout). Skipped when the folder is missing.

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract"
)

// benchTexts returns up to n article texts of the corpus folder.
func benchTexts(b *testing.B, n int) []string {
	dir := os.Getenv("PROSECMP_CORPUS")
	if dir == "" {
		dir = "../../../../shared/corpus/polnear-train"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("no .txt files in %s", dir)
	}
	sort.Strings(files)
	if len(files) > n {
		files = files[:n]
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

func BenchmarkPeople(b *testing.B) {
	texts := benchTexts(b, 40)
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	b.Run("communique", func(b *testing.B) {
		x := entities.New(entities.Options{})
		b.SetBytes(size)
		for b.Loop() {
			for _, t := range texts {
				x.FindAll(t)
			}
		}
	})
	b.Run("communique-pipeline", func(b *testing.B) {
		ex := extract.New(extract.Options{Format: extract.FormatText})
		ctx := context.Background()
		b.SetBytes(size)
		for b.Loop() {
			for _, t := range texts {
				if _, err := ex.Extract(ctx, extract.Input{Data: []byte(t)}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("prose", func(b *testing.B) {
		proseModel() // loaded once, before the clock
		b.SetBytes(size)
		for b.Loop() {
			for _, t := range texts {
				if _, err := prosePeople(t, nil); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
