package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	//lint:ignore SA1019 the pipeline is checked on the deprecated direct runner too, for users still on it
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/communique/communique/extract"
)

// TestMain runs the pipelines of the tests on the local runner (prism, in
// process, unless -runner says otherwise).
func TestMain(m *testing.M) { ptest.Main(m) }

var corpora = []string{"../../testdata/nato/*.txt", "../../testdata/dev/*"}

func files(t *testing.T, globs []string) []string {
	t.Helper()
	var out []string
	for _, g := range globs {
		m, err := filepath.Glob(g)
		if err != nil || len(m) == 0 {
			t.Fatalf("%s: %v %v", g, m, err)
		}
		out = append(out, m...)
	}
	sort.Strings(out)
	return out
}

// runPipeline runs the pipeline with c and returns its output lines by
// source, and its error lines.
func runPipeline(t *testing.T, c Config) (map[string]json.RawMessage, []string) {
	t.Helper()
	dir := t.TempDir()
	c.Output = filepath.Join(dir, "out.jsonl")
	c.Errors = filepath.Join(dir, "errors.txt")
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	docs := map[string]json.RawMessage{}
	for _, line := range readLines(t, c.Output) {
		var d struct{ Source string }
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("output line is not JSON: %v: %.200s", err, line)
		}
		if _, dup := docs[d.Source]; dup {
			t.Errorf("%s: two output lines", d.Source)
		}
		docs[d.Source] = json.RawMessage(line)
	}
	var errs []string
	if _, err := os.Stat(c.Errors); err == nil {
		errs = readLines(t, c.Errors)
	}
	return docs, errs
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// batch extracts the pages as the command-line tool does with a batch per
// folder: learn the folder's profile from all its pages, then extract each
// page with it.
func batch(t *testing.T, paths []string, learn bool, ref time.Time) map[string]string {
	t.Helper()
	ctx := context.Background()
	byDir := map[string][]string{}
	for _, p := range paths {
		byDir[filepath.Dir(p)] = append(byDir[filepath.Dir(p)], p)
	}
	out := map[string]string{}
	for dir, ps := range byDir {
		opts := extract.Options{ReferenceDate: ref}
		if learn {
			l := extract.New(extract.Options{}).NewProfileLearner(dir)
			for _, p := range ps {
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				l.Add(ctx, extract.Input{Name: p, Data: data})
			}
			opts.Profile = l.Profile()
		}
		x := extract.New(opts)
		for _, p := range ps {
			data, _ := os.ReadFile(p)
			doc, err := x.Extract(ctx, extract.Input{Name: p, Data: data})
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			b, _ := json.Marshal(doc)
			out[p] = string(b)
		}
	}
	return out
}

func TestPipelineCorpora(t *testing.T) {
	ref := time.Date(2025, 3, 26, 0, 0, 0, 0, time.UTC)
	docs, errs := runPipeline(t, Config{Inputs: corpora, Site: "folder", Date: ref})
	paths := files(t, corpora)
	if len(errs) != 0 {
		t.Errorf("errors: %q", errs)
	}
	// One line per page, named by its path.
	var sources []string
	for s := range docs {
		sources = append(sources, s)
	}
	sort.Strings(sources)
	if !slices.Equal(sources, paths) {
		t.Fatalf("sources:\n%q\nwant\n%q", sources, paths)
	}
	// The NATO pages' sign-up and reset-password modal is gone from every
	// body, learned as site chrome, and the article is there.
	for _, p := range paths {
		var d extract.Document
		if err := json.Unmarshal(docs[p], &d); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p, "/nato/") {
			continue
		}
		for _, modal := range []string{"Reset password", "Verification code", "Create an account", "NATO MULTIMEDIA ACCOUNT", "Subscribe to our newsletter"} {
			if strings.Contains(d.Body, modal) {
				t.Errorf("%s: body keeps %q", p, modal)
			}
		}
		profiled := 0
		for _, r := range d.Removed {
			if r.Reason == extract.ReasonSiteProfile {
				profiled++
			}
		}
		if profiled == 0 {
			t.Errorf("%s: no block removed by the site profile", p)
		}
		if len(d.Body) < 1000 || !strings.Contains(d.Body, "NATO") {
			t.Errorf("%s: body of %d bytes: %.200s", p, len(d.Body), d.Body)
		}
	}
	// Each line is what the library gives for the page when the folder is
	// learned as one batch (as the command-line tool does).
	want := batch(t, paths, true, ref)
	for _, p := range paths {
		if string(docs[p]) != want[p] {
			t.Errorf("%s: pipeline output differs from the library's batch output:\n%.300s\nwant\n%.300s", p, docs[p], want[p])
		}
	}
}

func TestPipelineNoLearn(t *testing.T) {
	globs := corpora[:1]
	docs, errs := runPipeline(t, Config{Inputs: globs, Site: "folder", NoLearn: true})
	paths := files(t, globs)
	if len(docs) != len(paths) || len(errs) != 0 {
		t.Fatalf("%d lines for %d pages, errors %q", len(docs), len(paths), errs)
	}
	want := batch(t, paths, false, time.Time{})
	for _, p := range paths {
		var d extract.Document
		json.Unmarshal(docs[p], &d)
		for _, r := range d.Removed {
			if r.Reason == extract.ReasonSiteProfile {
				t.Errorf("%s: site-profile removal with learning off", p)
			}
		}
		if string(docs[p]) != want[p] {
			t.Errorf("%s: differs from the library's single-page output", p)
		}
	}
}

// A file that cannot be extracted is reported in the errors file, and the
// others are still written.
func TestPipelineErrors(t *testing.T) {
	dir := t.TempDir()
	good := "The Foreign Minister met the President of Poland in Warsaw today.\n\nThey discussed support to Ukraine and the summit in The Hague in June.\n"
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02PK\x03\x04\x00\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "big.txt"), []byte(strings.Repeat(good, 100)), 0o644)
	docs, errs := runPipeline(t, Config{Inputs: []string{filepath.Join(dir, "*.txt")}, Site: "folder", MaxBytes: 4096})
	if _, ok := docs[filepath.Join(dir, "good.txt")]; !ok || len(docs) != 1 {
		t.Errorf("output: %d lines, good.txt present: %v", len(docs), ok)
	}
	sort.Strings(errs)
	if len(errs) != 3 || !strings.HasPrefix(errs[0], filepath.Join(dir, "big.txt")+": ") ||
		!strings.HasPrefix(errs[1], filepath.Join(dir, "binary.txt")+": ") || !strings.HasPrefix(errs[2], filepath.Join(dir, "empty.txt")+": ") {
		t.Errorf("errors: %q", errs)
	}
}

func TestSiteOf(t *testing.T) {
	page := []byte(`<html><head><title>x</title><LINK REL="canonical" HREF="https://www.state.gov/secretary-blinkens-call/"></head><body>…</body></html>`)
	og := []byte(`<head><meta property="og:url" content='https://www.nato.int/cps/en/natohq/news_1.htm'></head>`)
	for _, c := range []struct {
		mode, name string
		data       []byte
		want       string
	}{
		{"folder", "crawl/nato/a.txt", nil, "crawl/nato"},
		{"host", "crawl/x/a.html", page, "state.gov"},
		{"host", "crawl/x/b.html", og, "nato.int"},
		{"host", "crawl/x/c.txt", []byte("no markup"), "crawl/x"},
		{"host", "crawl/x/d.html", []byte(`<link rel="canonical" href="/relative/path">`), "crawl/x"},
		{"folder", "gs://bucket/site/a.html", page, "gs://bucket/site"},
	} {
		if got := siteOf(c.mode, c.name, c.data); got != c.want {
			t.Errorf("siteOf(%s, %s) = %q, want %q", c.mode, c.name, got, c.want)
		}
	}
}

// The pipeline runs on Beam's older direct runner too, with the same output.
func TestPipelineDirectRunner(t *testing.T) {
	dir := t.TempDir()
	globs := corpora[:1]
	c := Config{Inputs: globs, Site: "folder", Output: filepath.Join(dir, "out.jsonl"), Errors: filepath.Join(dir, "errors.txt")}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	if _, err := direct.Execute(context.Background(), p); err != nil {
		t.Fatalf("direct runner: %v", err)
	}
	lines := readLines(t, c.Output)
	paths := files(t, globs)
	want := batch(t, paths, true, time.Time{})
	if len(lines) != len(paths) {
		t.Fatalf("%d lines for %d pages", len(lines), len(paths))
	}
	for _, line := range lines {
		var d struct{ Source string }
		json.Unmarshal([]byte(line), &d)
		if line != want[d.Source] {
			t.Errorf("%s: differs from the library's batch output", d.Source)
		}
	}
}
