package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// FuzzFindReuse holds a Parser that has found mentions before (its
// recycled buffers) to a new one: the same mentions, nil where a new
// Parser gives nil, for every Options the pipeline uses.
func FuzzFindReuse(f *testing.F) {
	seeds := []string{"", "no date here", "the May government", "two days ago", "On Sunday 25 May, 24-25 June 2025.",
		"NATO Secretary General Mark Rutte visited Warsaw on Wednesday (26 March 2025).\nIn the 1990s, next week, Q1 2025."}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "nato", "*.txt"))
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil && len(b) < 64<<10 {
			seeds = append(seeds, string(b))
		}
	}
	for _, s := range seeds {
		f.Add(s, "26 March 2025, 25 May and a while ago")
	}
	ref := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)
	opts := []Options{{}, {KeepUnresolved: true}, {Anchored: true}, {Anchored: true, KeepUnresolved: true}}
	used := make([]*Parser, len(opts))
	for i, o := range opts {
		used[i] = New(o)
	}
	f.Fuzz(func(t *testing.T, text, before string) {
		for i, o := range opts {
			for _, r := range []time.Time{ref, {}} {
				used[i].Find(before, r)
				used[i].Find(strings.Repeat(before+"\n", 3), r)
				got, want := used[i].Find(text, r), New(o).Find(text, r)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%+v: a used Parser finds %v, a new one %v", o, got, want)
				}
			}
		}
	})
}
