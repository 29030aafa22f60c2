package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

func gz(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	_, err := w.Write(b)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func decode(t *testing.T, out string) []map[string]any {
	t.Helper()
	var docs []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		docs = append(docs, m)
	}
	return docs
}

func TestRunFilesFoldersGzipAndFailures(t *testing.T) {
	dir := t.TempDir()
	page := []byte("Register\n\nThe Minister met her Irish counterpart in Dublin on Monday to discuss energy, trade and security in Europe and beyond.\n")
	good := writeFile(t, dir, "a.txt", page)
	writeFile(t, dir, "b.txt.gz", gz(t, page))
	bad := writeFile(t, dir, "c.html.gz", gz(t, page)[:20])
	empty := writeFile(t, dir, "d.txt", nil)
	var out, errb bytes.Buffer
	code := run([]string{"-q", "-no-learn", dir, filepath.Join(dir, "missing.txt")}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, 1, code)
	docs := decode(t, out.String())
	require.Len(t, docs, 2)
	assert.Equal(t, good, docs[0]["source"])
	assert.NotContains(t, docs[0]["body"], "Register")
	assert.Equal(t, docs[0]["body"], docs[1]["body"])
	msg := errb.String()
	for _, name := range []string{bad, empty, "missing.txt"} {
		assert.Contains(t, msg, name)
	}
	assert.Contains(t, msg, "gzip")
	assert.Contains(t, msg, "empty")
}

func TestRunStdinAndDate(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-date", "2025-04-04", "-"}, strings.NewReader("The ministers met on Thursday in Brussels to discuss support for Ukraine and the defence industry of Europe.\n"), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	docs := decode(t, out.String())
	require.Len(t, docs, 1)
	assert.Equal(t, "-", docs[0]["source"])
	for _, k := range []string{"kind", "title", "published", "body", "removed", "turns", "dates", "events", "officials", "countries", "quotes"} {
		assert.Contains(t, docs[0], k)
	}
}

func TestRunBadFlags(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"-date", "4 April"}, strings.NewReader(""), &out, &errb))
	assert.Equal(t, 2, run(nil, strings.NewReader(""), &out, &errb))
	assert.Equal(t, 2, run([]string{"-format", "pdf", "x"}, strings.NewReader(""), &out, &errb))
}

func TestRunLearnsAndSavesProfile(t *testing.T) {
	dir := t.TempDir()
	bodies := []string{
		"The Minister met the Ambassador of Japan on Monday to discuss trade and investment between the two countries.",
		"The Ministry published its annual report on development aid, which shows a rise in spending on health.",
		"The Prime Minister will travel to Canada next week for talks on energy security and critical minerals.",
	}
	for i, b := range bodies {
		writeFile(t, dir, string(rune('a'+i))+".txt", []byte("Our press office answers journalists' questions from nine to five on weekdays.\n\n"+b+"\n"))
	}
	prof := filepath.Join(t.TempDir(), "site.json")
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-save-profile", prof, dir}, strings.NewReader(""), &out, &errb), errb.String())
	for _, d := range decode(t, out.String()) {
		assert.NotContains(t, d["body"], "press office")
	}
	out.Reset()
	require.Equal(t, 0, run([]string{"-profile", prof, filepath.Join(dir, "a.txt")}, strings.NewReader(""), &out, &errb), errb.String())
	assert.NotContains(t, decode(t, out.String())[0]["body"], "press office")
	out.Reset()
	require.Equal(t, 0, run([]string{"-no-learn", dir}, strings.NewReader(""), &out, &errb), errb.String())
	assert.Contains(t, decode(t, out.String())[0]["body"], "press office")
}

// failWriter fails every write, as a full disk does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestWriteErrorIsReported(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte("The Minister met her counterpart in Dublin on Monday to discuss energy and trade.\n"))
	var errb bytes.Buffer
	code := run([]string{"-q", "-no-learn", dir}, strings.NewReader(""), failWriter{}, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "no space left on device")
}

func TestProgressOnlyWhenStdoutIsNotTheTerminal(t *testing.T) {
	c := config{stderrIsTTY: true, stdoutIsTTY: true}
	assert.False(t, c.showProgress(100), "stdout on the terminal too")
	c.stdoutIsTTY = false
	assert.True(t, c.showProgress(100))
	c.quiet = true
	assert.False(t, c.showProgress(100))
}

func TestFoldersTakeOnlyPageFiles(t *testing.T) {
	dir := t.TempDir()
	page := []byte("The Minister met her counterpart in Dublin on Monday to discuss energy and trade.\n")
	writeFile(t, dir, "a.txt", page)
	writeFile(t, dir, "b.HTML.gz", gz(t, []byte("<p>The Minister met her counterpart in Dublin on Monday.</p>")))
	writeFile(t, dir, "LICENSE", page)
	writeFile(t, dir, "FORMAT.md", page)
	writeFile(t, dir, "ground-truth.json", []byte(`{"a": 1}`))
	var out, errb bytes.Buffer
	code := run([]string{"-no-learn", dir}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, 0, code, errb.String())
	assert.Len(t, decode(t, out.String()), 2)
	assert.Contains(t, errb.String(), "skipped 3 files")

	out.Reset()
	errb.Reset()
	code = run([]string{"-q", "-no-learn", "-ext", "md", dir}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, 0, code, errb.String())
	docs := decode(t, out.String())
	require.Len(t, docs, 1)
	assert.Equal(t, filepath.Join(dir, "FORMAT.md"), docs[0]["source"])

	empty := t.TempDir()
	errb.Reset()
	assert.Equal(t, 1, run([]string{"-q", empty}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "no page files")
}

func TestFlagConflictsHelpVersion(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("The Minister met her counterpart in Dublin on Monday.\n"))
	for _, args := range [][]string{
		{"-profile", "x.json", "-save-profile", "y.json", p},
		{"-no-learn", "-save-profile", "y.json", p},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, run(args, strings.NewReader(""), &out, &errb), args)
		assert.Contains(t, errb.String(), "conflict")
	}
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "-version")
	out.Reset()
	assert.Equal(t, 0, run([]string{"-version"}, strings.NewReader(""), &out, &errb))
	assert.True(t, strings.HasPrefix(out.String(), "communique "), out.String())
}

func TestDateFromPath(t *testing.T) {
	for p, want := range map[string]string{
		"pages/wh-2021-06-14-remarks-by-the-president.html":  "2021-06-14",
		"https://example.gov/news/2023/07/11/statement.html": "2023-07-11",
		"mirror/example.gov/2023/07/11/statement.txt":        "2023-07-11",
		"2019/archive/release_20200102.txt":                  "2020-01-02",
		"release-2021-06-31.txt":                             "",
		"release-123456789.txt":                              "",
		"release.txt":                                        "",
	} {
		got, ok := dateFromPath(p)
		if want == "" {
			assert.False(t, ok, p)
			continue
		}
		if assert.True(t, ok, p) {
			assert.Equal(t, want, got.Format("2006-01-02"), p)
		}
	}
}

func TestDateAuto(t *testing.T) {
	dir := t.TempDir()
	page := []byte("The Foreign Minister met her Portuguese counterpart in Lisbon on Thursday to discuss energy and trade.\n")
	named := writeFile(t, dir, "fm-2021-06-14-lisbon.txt", page)
	plain := writeFile(t, dir, "lisbon.txt", page)
	old := time.Date(2020, 3, 2, 12, 0, 0, 0, time.UTC)
	require.NoError(t, os.Chtimes(plain, old, old))
	dateOf := func(args ...string) string {
		var out, errb bytes.Buffer
		require.Equal(t, 0, run(append([]string{"-q", "-no-learn"}, args...), strings.NewReader(""), &out, &errb), errb.String())
		docs := decode(t, out.String())
		require.Len(t, docs, 1)
		ds, _ := docs[0]["dates"].([]any)
		if len(ds) == 0 {
			return "none"
		}
		return ds[0].(map[string]any)["value"].(string)
	}
	assert.Equal(t, "2021-06-10", dateOf("-date", "auto", named)) // the Thursday before 14 June 2021
	assert.Equal(t, "none", dateOf("-date", "auto", plain))
	assert.Equal(t, "2020-02-27", dateOf("-date", "auto", "-date-mtime", plain))
	assert.Equal(t, "", dateOf("-keep-unresolved", plain))
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"-date-mtime", plain}, strings.NewReader(""), &out, &errb))
}

// The README's output table lists the fields in the order the tool prints
// them, with every field of the lists' items.
func TestREADMEOutputTable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	var rows []string
	for _, l := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(l, "| `") {
			rows = append(rows, l)
		}
	}
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-q", "-no-learn", "../../testdata/nato/000_59f30aea8c71552b.txt"}, strings.NewReader(""), &out, &errb), errb.String())
	line := strings.TrimSpace(out.String())
	dec := json.NewDecoder(strings.NewReader(line))
	_, err = dec.Token()
	require.NoError(t, err)
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		keys = append(keys, k.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	require.GreaterOrEqual(t, len(rows), len(keys))
	for i, k := range keys {
		assert.True(t, strings.HasPrefix(rows[i], "| `"+k+"`"), "row %d: %s, want %s", i, rows[i], k)
	}
	for field, item := range map[string]string{"dates": "until", "quotes": "term"} {
		for _, r := range rows {
			if strings.HasPrefix(r, "| `"+field+"`") {
				assert.Contains(t, r, ", "+item+"}", field)
			}
		}
	}
}
