package extract_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/communique/communique/extract"
)

// FuzzLoadProfile checks that any bytes given as a site profile either fail
// with ErrProfile or load into a profile that saves and loads back to the
// same file, and that extracting with it keeps every Document property.
func FuzzLoadProfile(f *testing.F) {
	x := extract.New(extract.Options{})
	l := x.NewProfileLearner("www.nato.int")
	files, _ := filepath.Glob("../testdata/nato/*.txt")
	var page []byte
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if page == nil {
			page = data
		}
		if err := l.Add(context.Background(), extract.Input{Name: p, Data: data}); err != nil {
			f.Fatal(err)
		}
	}
	if page == nil {
		f.Fatal("no NATO pages in testdata")
	}
	var learned bytes.Buffer
	if err := l.Profile().Save(&learned); err != nil {
		f.Fatal(err)
	}
	f.Add(learned.Bytes())
	f.Add([]byte(`{"version": 1, "site": "example.org", "pages": 3, "blocks": [{"text": "Share", "pages": 3}, {"text": "  Share\u00a0", "pages": 2}]}`))
	f.Add([]byte(`{"version": 1, "site": "", "pages": -1, "blocks": [{"text": "\ud800 lone surrogate", "pages": -5}, {"text": "", "pages": 0}]}`))
	f.Add([]byte(`{"version": 1, "blocks": null}`))
	f.Add([]byte(`{"version": 2, "blocks": []}`))
	f.Add([]byte(`{"version": 1, "unknown": true}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(``))
	f.Add([]byte("\x1f\x8b\x08\x00"))

	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := extract.LoadProfile(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, extract.ErrProfile) {
				t.Fatalf("error %v is not ErrProfile", err)
			}
			return
		}
		var b1, b2 bytes.Buffer
		if err := p.Save(&b1); err != nil {
			t.Fatal(err)
		}
		q, err := extract.LoadProfile(bytes.NewReader(b1.Bytes()))
		if err != nil {
			t.Fatalf("a saved profile does not load: %v\n%s", err, b1.Bytes())
		}
		if err := q.Save(&b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Fatalf("save, load, save changes the profile:\n%s\n%s", b1.Bytes(), b2.Bytes())
		}
		if p.Len() != q.Len() || p.Site() != q.Site() {
			t.Fatalf("reloaded profile: %d blocks for %q, was %d for %q", q.Len(), q.Site(), p.Len(), p.Site())
		}
		type result struct {
			doc *extract.Document
			err error
		}
		done := make(chan result, 1)
		go func() {
			doc, err := extract.New(extract.Options{Profile: p}).Extract(context.Background(), extract.Input{Name: "page.txt", Data: page})
			done <- result{doc, err}
		}()
		select {
		case r := <-done:
			if r.err != nil {
				t.Fatalf("extracting with the profile: %v", r.err)
			}
			checkDoc(t, r.doc)
		case <-time.After(20 * time.Second):
			t.Fatalf("extracting a %d-byte page with this profile did not finish in 20 s", len(page))
		}
	})
}
