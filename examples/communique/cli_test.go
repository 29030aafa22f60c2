package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/communique/communique/extract"
)

const cliPage = "The ministers met on Thursday in Brussels to discuss support for Ukraine and the defence industry of Europe.\n"

// failWriter fails every write, like a full disk or a closed pipe.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestWriteErrorIsAnError(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte(cliPage))
	var errb bytes.Buffer
	code := run([]string{"-q", p}, strings.NewReader(""), failWriter{}, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "writing the output")
	assert.Contains(t, errb.String(), "no space left on device")
}

func TestWriteErrorDevFull(t *testing.T) {
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer f.Close()
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte(cliPage))
	var errb bytes.Buffer
	assert.Equal(t, 1, run([]string{"-q", p}, strings.NewReader(""), f, &errb))
	assert.Contains(t, errb.String(), "writing the output")
}

func TestProgressOnlyWhenOutputIsNotATerminal(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 12 {
		paths = append(paths, writeFile(t, dir, string(rune('a'+i))+".txt", []byte(cliPage)))
	}
	x := extract.New(extract.Options{})
	for _, outTTY := range []bool{true, false} {
		cfg := &config{workers: 2, output: "jsonl", stderrIsTTY: true, stdoutIsTTY: outTTY}
		var out, errb bytes.Buffer
		failed, err := extractAll(context.Background(), x, cfg, paths, &out, &errb)
		require.NoError(t, err)
		require.False(t, failed)
		assert.Equal(t, 12, strings.Count(out.String(), "\n"))
		if outTTY {
			assert.Empty(t, errb.String(), "no progress line over a terminal's output")
			continue
		}
		assert.Contains(t, errb.String(), "\r")
		lines := strings.Split(strings.TrimRight(errb.String(), "\n"), "\n")
		assert.Regexp(t, `12 pages, 0 failed, [0-9.]+ s, [0-9.]+ MB/s$`, lines[len(lines)-1])
	}
}

func TestWalkTakesPageFilesOnly(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte(cliPage))
	writeFile(t, dir, "b.HTML", []byte("<html><body><p>"+cliPage+"</p></body></html>"))
	writeFile(t, dir, "c.txt.gz", gz(t, []byte(cliPage)))
	for _, n := range []string{"FORMAT.md", "LICENSE", "ground-truth.json", "gold.json"} {
		writeFile(t, dir, n, []byte(`{"not": "a page"}`))
	}
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-no-learn", dir}, strings.NewReader(""), &out, &errb), errb.String())
	docs := decode(t, out.String())
	require.Len(t, docs, 3)
	assert.Contains(t, errb.String(), "skipped 4 files")

	out.Reset()
	errb.Reset()
	require.Equal(t, 0, run([]string{"-q", "-no-learn", "-ext", "json", dir}, strings.NewReader(""), &out, &errb), errb.String())
	assert.Len(t, decode(t, out.String()), 2)

	// a file named is taken whatever its extension
	out.Reset()
	require.Equal(t, 0, run([]string{"-q", filepath.Join(dir, "LICENSE")}, strings.NewReader(""), &out, &errb))
	assert.Len(t, decode(t, out.String()), 1)
}

func TestNoPageIsAnError(t *testing.T) {
	empty := t.TempDir()
	var out, errb bytes.Buffer
	assert.Equal(t, 1, run([]string{empty}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "no page")
	other := t.TempDir()
	writeFile(t, other, "notes.md", []byte("# notes"))
	errb.Reset()
	assert.Equal(t, 1, run([]string{other}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "no page")
}

func TestFlagConflictsHelpAndVersion(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte(cliPage))
	prof := filepath.Join(dir, "p.json")
	for _, args := range [][]string{
		{"-profile", prof, "-save-profile", prof, p},
		{"-no-learn", "-save-profile", prof, p},
		{"-profile", prof, "-no-learn", p},
		{"-mtime", p},
		{"-o", "xml", p},
		{"-date", "26/03/2025", p},
		{"-ext", ",", p},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, run(args, strings.NewReader(""), &out, &errb), "%v", args)
		assert.NotEmpty(t, errb.String())
	}
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "usage: communique")
	out.Reset()
	assert.Equal(t, 0, run([]string{"-version"}, strings.NewReader(""), &out, &errb))
	assert.True(t, strings.HasPrefix(out.String(), "communique "), out.String())
}

func TestDateOfName(t *testing.T) {
	for p, want := range map[string]string{
		"testdata/dev/wh-2021-06-14-remarks-by-president.txt": "2021-06-14",
		"https://example.gov/news/2023/07/11/readout.html":    "2023-07-11",
		"crawl/2020-01-01/page_2024_02_29.html":               "2024-02-29",
		"crawl/2020-01-01/page.html":                          "2020-01-01",
		"release-2023-13-45.txt":                              "",
		"id-120230711999.txt":                                 "",
		"report-2021-06.txt":                                  "",
	} {
		got := dateOfName(p)
		if want == "" {
			assert.True(t, got.IsZero(), "%s: %v", p, got)
			continue
		}
		assert.Equal(t, want, got.Format(time.DateOnly), p)
	}
}

func TestDateAuto(t *testing.T) {
	dir := t.TempDir()
	named := writeFile(t, dir, "wh-2025-04-04-readout.txt", []byte(cliPage))
	plain := writeFile(t, dir, "readout.txt", []byte(cliPage))
	mod := time.Date(2024, 5, 17, 12, 0, 0, 0, time.UTC)
	require.NoError(t, os.Chtimes(plain, mod, mod))

	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-q", "-no-learn", "-date", "auto", named, plain}, strings.NewReader(""), &out, &errb), errb.String())
	docs := decode(t, out.String())
	require.Len(t, docs, 2)
	dates := docs[0]["dates"].([]any)
	require.Len(t, dates, 1)
	assert.Equal(t, "2025-04-03", dates[0].(map[string]any)["value"], "Thursday before 4 April 2025")
	assert.Empty(t, docs[1]["dates"], "no date in the name, and -mtime not given")

	out.Reset()
	require.Equal(t, 0, run([]string{"-q", "-date", "auto", "-mtime", plain}, strings.NewReader(""), &out, &errb), errb.String())
	docs = decode(t, out.String())
	dates = docs[0]["dates"].([]any)
	require.Len(t, dates, 1)
	assert.Equal(t, "2024-05-16", dates[0].(map[string]any)["value"], "Thursday before Friday 17 May 2024")
}

func TestOutputTextAndJSON(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("NATO Secretary General Mark Rutte met Polish Foreign Minister Radosław Sikorski in Warsaw on 26 March 2025.\n\n\u201cWe stand together,\u201d Mr Rutte said.\n"))
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-q", "-o", "text", p}, strings.NewReader(""), &out, &errb), errb.String())
	view := out.String()
	for _, want := range []string{"== " + p, "news, 2025-03-26", "Mark Rutte (Secretary General, NATO)", "Poland (PL)", "Mark Rutte: \u201cWe stand together,\u201d (said)", "2025-03-26 Mark Rutte met"} {
		assert.Contains(t, view, want)
	}
	out.Reset()
	require.Equal(t, 0, run([]string{"-q", "-o", "json", p}, strings.NewReader(""), &out, &errb), errb.String())
	assert.True(t, strings.HasPrefix(out.String(), "{\n  \""), out.String()[:20])
	var doc extract.Document
	require.NoError(t, jsonUnmarshal(out.Bytes(), &doc))
	assert.Equal(t, "2025-03-26", doc.Published.Format(time.DateOnly))
}

func jsonUnmarshal(b []byte, v any) error {
	dec := bufio.NewReader(bytes.NewReader(b))
	_ = dec
	return jsonDecode(b, v)
}

func jsonDecode(b []byte, v any) error { return json.Unmarshal(b, v) }
