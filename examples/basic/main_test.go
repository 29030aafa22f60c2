package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/extract"
)

func TestRunSeed000(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/nato/000_*.txt")
	if len(files) != 1 {
		t.Fatal("seed 000 missing")
	}
	var out, errs bytes.Buffer
	if code := run(files, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	got := out.String()
	for _, want := range []string{
		"(news, 26 March 2025)",
		"Officials:\n  Mark Rutte, Secretary General (NATO)\n",
		"  Andrzej Duda, President (PL)\n",
		"Quotes:\n",
		"  Mark Rutte: “When it comes to keeping Europe and North America safe, there is no alternative to NATO",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Reset password") || errs.Len() > 0 {
		t.Errorf("output:\n%s\nstderr: %s", got, errs.String())
	}
}

func TestRunErrors(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 2 || !strings.Contains(errs.String(), "usage") {
		t.Errorf("no arguments: exit %d, %q", code, errs.String())
	}
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(good, []byte(release), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	out.Reset()
	errs.Reset()
	code := run([]string{empty, good, missing}, &out, &errs)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs.String(), "empty.txt") || !strings.Contains(errs.String(), "missing.txt") {
		t.Errorf("stderr does not name the failed files: %q", errs.String())
	}
	if !strings.Contains(out.String(), "Andrii Sybiha, Foreign Minister (UA)") {
		t.Errorf("the good file was not processed: %q", out.String())
	}
}

const release = `Ukrainian Foreign Minister Andrii Sybiha met US Secretary of State Marco Rubio in Washington on Tuesday (15 April 2025).

“We discussed the next steps towards a just and lasting peace,” Mr Sybiha said after the meeting.

Secretary Rubio said the United States “will keep working with our partners” on the talks.
`

// Build the Extractor once, extract a page, and print its officials and
// quotes.
func Example() {
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "release.txt", Data: []byte(release)})
	if err != nil {
		panic(err)
	}
	print(os.Stdout, doc)
	// Output:
	// release.txt (news, 15 April 2025)
	// Officials:
	//   Andrii Sybiha, Foreign Minister (UA)
	//   Marco Rubio, Secretary of State (US)
	// Quotes:
	//   Andrii Sybiha: “We discussed the next steps towards a just and lasting peace,”
	//   Marco Rubio: “will keep working with our partners”
}

func TestRunVersion(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-version"}, &out, &errb); code != 0 || !strings.HasPrefix(out.String(), "basic ") {
		t.Errorf("-version: exit %d, %q", code, out.String())
	}
}
