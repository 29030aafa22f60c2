package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUsageListsOwnFlagsFirst(t *testing.T) {
	fs := flag.NewFlagSet("beam", flag.ContinueOnError)
	fs.String("runner", "direct", "the Beam runner")
	for _, n := range ownFlags {
		fs.String(n, "", "own flag "+n)
	}
	var b bytes.Buffer
	usage(&b, fs)
	out := b.String()
	own, sdk := strings.Index(out, "-input"), strings.Index(out, "-runner")
	if own < 0 || sdk < 0 || own > sdk {
		t.Errorf("own flags not first:\n%s", out)
	}
	if !strings.Contains(out, "The Beam SDK's flags") {
		t.Errorf("no SDK heading:\n%s", out)
	}
}

func TestCheckInputs(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := checkInputs([]string{filepath.Join(dir, "*.txt"), "gs://bucket/*.html"}); err != nil {
		t.Errorf("matching globs: %v", err)
	}
	err := checkInputs([]string{filepath.Join(dir, "*.txt"), filepath.Join(dir, "*.html")})
	if err == nil || !strings.Contains(err.Error(), "matches no file") || strings.Contains(err.Error(), "\n") {
		t.Errorf("no match: %v", err)
	}
}

func TestFailedPages(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.jsonl.errors")
	if n, err := failedPages(p); n != 0 || err != nil {
		t.Errorf("missing file: %d, %v", n, err)
	}
	if err := os.WriteFile(p, []byte("a.txt: empty input\nb.txt: binary\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if n, err := failedPages(p); n != 2 || err != nil {
		t.Errorf("two failures: %d, %v", n, err)
	}
	if n, err := failedPages("gs://bucket/out.errors"); n != 0 || err != nil {
		t.Errorf("remote: %d, %v", n, err)
	}
}
