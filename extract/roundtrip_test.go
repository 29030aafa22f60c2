package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/communique/communique/extract"
)

// normalised returns doc as its JSON reads back: nil lists empty.
func normalised(doc extract.Document) extract.Document {
	v := reflect.ValueOf(&doc).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.Slice && f.IsNil() {
			f.Set(reflect.MakeSlice(f.Type(), 0, 0))
		}
	}
	return doc
}

// Every corpus document written as JSON reads back unchanged.
func TestJSONRoundTrip(t *testing.T) {
	x := extract.New(extract.Options{})
	var paths []string
	for _, set := range []string{"nato", "dev", "heldout", "releases", "releases2", "transcripts"} {
		ps, _ := filepath.Glob(filepath.Join("..", "testdata", set, "*.*"))
		paths = append(paths, ps...)
	}
	aeb, _ := filepath.Glob(filepath.Join("..", "testdata", "aeb", "html", "*.html.gz"))
	paths = append(paths, aeb[:min(len(aeb), 20)]...)
	n := 0
	for _, p := range paths {
		if filepath.Ext(p) == ".md" {
			continue
		}
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), extract.Input{Name: p, Data: data})
		require.NoError(t, err, p)
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		var back extract.Document
		require.NoError(t, json.Unmarshal(b, &back), p)
		require.True(t, back.Published.Equal(doc.Published), "%s: published %v, read back %v", p, doc.Published, back.Published)
		back.Published = doc.Published
		want := normalised(*doc)
		// a date's From and To and what it knows of its own year are not
		// in the JSON: compare what is
		require.Len(t, back.Dates, len(want.Dates), p)
		for i, m := range want.Dates {
			b := back.Dates[i]
			require.Equal(t, [6]any{m.Text, m.Value, m.Grain, m.Start, m.End, m.Until}, [6]any{b.Text, b.Value, b.Grain, b.Start, b.End, b.Until}, p)
		}
		want.Dates = back.Dates
		require.Equal(t, want, back, p)
		b2, err := json.Marshal(&back)
		require.NoError(t, err)
		require.JSONEq(t, string(b), string(b2), p)
		n++
	}
	require.Greater(t, n, 40)
}

func TestJSONPublishedNullAndBad(t *testing.T) {
	var d extract.Document
	require.NoError(t, json.Unmarshal([]byte(`{"source":"a","published":null}`), &d))
	require.True(t, d.Published.IsZero())
	require.NoError(t, json.Unmarshal([]byte(`{"published":"2025-03-26"}`), &d))
	require.Equal(t, "2025-03-26", d.Published.Format("2006-01-02"))
	require.Error(t, json.Unmarshal([]byte(`{"published":"26 March"}`), &d))
}

// The JSON lists the fields in the output contract's order, published
// fourth.
func TestJSONFieldOrder(t *testing.T) {
	doc := &extract.Document{Source: "a.txt", Title: "T"}
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(b))
	_, err = dec.Token() // {
	require.NoError(t, err)
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		keys = append(keys, k.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	require.GreaterOrEqual(t, len(keys), 13)
	require.Equal(t, []string{"source", "kind", "title", "published", "body", "removed", "turns", "dates", "events", "officials", "people", "countries", "quotes"}, keys[:13])
}
