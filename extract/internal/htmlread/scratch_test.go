package htmlread

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

// TestScratchReuse reads testdata's HTML pages with one Scratch kept from
// page to page, in both orders, and holds every Page to a fresh Parse's.
func TestScratchReuse(t *testing.T) {
	var paths []string
	for _, pat := range []string{"*/*.html", "*/*.htm", "aeb/html/*.html.gz"} {
		ps, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	sort.Strings(paths)
	if len(paths) > 60 {
		paths = paths[:60]
	}
	if len(paths) == 0 {
		t.Skip("no HTML pages in testdata")
	}
	var pages [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Ext(p) == ".gz" {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
		}
		pages = append(pages, data)
	}
	sc := new(Scratch)
	for pass := range 2 {
		for k := range pages {
			i := k
			if pass == 1 {
				i = len(pages) - 1 - k
			}
			want, werr := Parse(pages[i], 0)
			got, gerr := sc.Parse(pages[i], 0)
			if (werr == nil) != (gerr == nil) || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: a reused Scratch reads another page than a fresh one", paths[i])
			}
		}
	}
}

// FuzzScratchReuse holds a Scratch that read another page first to a
// fresh Parse.
func FuzzScratchReuse(f *testing.F) {
	for _, s := range []string{
		"<html><body><article><h1>Title</h1><p>One <a href=x>two</a> three.</p><pre>a\n  b</pre></article></body></html>",
		"<div class=nav><ul><li>Home</li></ul></div><p>Text <b>bold</b><br>line</p><table><tr><td>x</td></tr></table>",
		"<hansard><speech speaker=\"Jane\">Words.</speech></hansard>",
	} {
		f.Add([]byte(s), []byte("<p>Before</p><div><div><p>deep</p></div>"))
	}
	f.Fuzz(func(t *testing.T, data, before []byte) {
		sc := new(Scratch)
		sc.Parse(before, 16)
		want, werr := Parse(data, 16)
		got, gerr := sc.Parse(data, 16)
		if (werr == nil) != (gerr == nil) || !reflect.DeepEqual(got, want) {
			t.Errorf("a Scratch that read %q reads %q otherwise than a fresh one", before, data)
		}
	})
}
