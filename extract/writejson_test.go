package extract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/quotes"
)

// TestWriteJSON checks that WriteJSON writes MarshalJSON's bytes, on every
// page of the text corpora and on documents made to cross its chunks.
func TestWriteJSON(t *testing.T) {
	x := New(Options{})
	var docs []*Document
	files, _ := filepath.Glob("../testdata/*/*.txt")
	if len(files) < 20 {
		t.Fatalf("%d corpus pages", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(context.Background(), Input{Name: f, Data: data})
		if err != nil {
			continue
		}
		docs = append(docs, doc)
	}
	// bodies longer than a chunk, with characters of two, three and four
	// bytes, invalid bytes, HTML's special characters and line separators
	// across the chunks' ends
	for _, s := range []string{"é", "€", "𝄞", "\xff", "<&>", "\u2028", "\"\\\n\t"} {
		body := strings.Repeat("a", jsonChunk-1) + strings.Repeat(s, 3) + strings.Repeat("b", jsonChunk)
		docs = append(docs, &Document{Source: "x", Body: body, Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)})
	}
	docs = append(docs, &Document{}, &Document{
		Dates:     []dates.Mention{{Text: "May 1"}},
		Officials: []entities.Official{{Name: "Jane Roe"}},
		Quotes:    []quotes.Quote{{Text: "Yes."}, {Text: "No."}},
	})
	for _, doc := range docs {
		want, err := doc.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := doc.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			i := 0
			for i < min(got.Len(), len(want)) && got.Bytes()[i] == want[i] {
				i++
			}
			t.Errorf("%s: WriteJSON differs from MarshalJSON at byte %d:\n got …%.80s\nwant …%.80s",
				doc.Source, i, got.Bytes()[i:], want[i:])
		}
	}
}

// TestWriteJSONFields fails when Document gains a field that WriteJSON
// does not write.
func TestWriteJSONFields(t *testing.T) {
	var names []string
	typ := reflect.TypeFor[Document]()
	for i := range typ.NumField() {
		names = append(names, strings.Split(typ.Field(i).Tag.Get("json"), ",")[0])
	}
	want := []string{"source", "kind", "title", "-", "body", "removed", "turns", "dates", "events", "officials", "people", "countries", "quotes"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("Document's JSON fields are %q; WriteJSON writes %q (and published)", names, want)
	}
}

type failWriter struct{ n int }

var errDiskFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errDiskFull
	}
	return len(p), nil
}

func TestWriteJSONError(t *testing.T) {
	doc := &Document{Body: strings.Repeat("word ", 3*jsonChunk), Quotes: []quotes.Quote{{Text: "Yes."}}}
	for _, n := range []int{0, 10, jsonChunk, 3 * jsonChunk} {
		if err := doc.WriteJSON(&failWriter{n: n}); !errors.Is(err, errDiskFull) {
			t.Errorf("a writer failing after %d bytes: got %v, want the writer's error", n, err)
		}
	}
}
