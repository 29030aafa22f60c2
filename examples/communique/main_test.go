package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
