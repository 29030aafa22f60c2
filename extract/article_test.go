package extract_test

import (
	"context"
	"testing"

	"github.com/communique/communique/extract"
)

func TestArticleBody(t *testing.T) {
	for _, c := range []struct{ title, body, want string }{
		{"", "A.\n\nB.", "A.\n\nB."},
		{"Head", "Head\n\nA.\n\nB.", "A.\n\nB."},
		{"Head", "1 May 2025\n\nHead\n\nA.", "1 May 2025\n\nA."},
		{"Head", "A.\n\nHead", "A."},
		{"Head", "Head", ""},
		{"Head", "Heading\n\nA.", "Heading\n\nA."},
		{"Head", "1\n\n2\n\n3\n\n4\n\n5\n\nHead", "1\n\n2\n\n3\n\n4\n\n5\n\nHead"},
	} {
		d := extract.Document{Title: c.title, Body: c.body}
		if got := d.ArticleBody(); got != c.want {
			t.Errorf("ArticleBody(%q, %q) = %q, want %q", c.title, c.body, got, c.want)
		}
	}
}

// An HTML page's headline is in the body, where the page prints it, and
// what only the headline states is read: here the meeting's two officials.
func TestHeadlineInBody(t *testing.T) {
	page := []byte(`<html><head><title>Minister Jane Roe meets Ambassador John Doe | Ministry</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Minister Jane Roe meets Ambassador John Doe</h1>
<p>The two discussed trade and the coming summit in some detail, and agreed to meet again in the spring.</p>
<p>They made a press statement after the talks.</p></article></body></html>`)
	doc, err := extract.New(extract.Options{}).Extract(context.Background(), extract.Input{Data: page})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Minister Jane Roe meets Ambassador John Doe" {
		t.Fatalf("title %q", doc.Title)
	}
	if got := doc.ArticleBody(); got != "The two discussed trade and the coming summit in some detail, and agreed to meet again in the spring.\n\nThey made a press statement after the talks." {
		t.Errorf("article body %q", got)
	}
	names := map[string]bool{}
	for _, o := range doc.Officials {
		names[o.Name] = true
		for _, m := range o.Mentions {
			if doc.Body[m.Start:m.End] == "" {
				t.Errorf("empty span for %s", o.Name)
			}
		}
	}
	if !names["Jane Roe"] || !names["John Doe"] {
		t.Errorf("officials of the headline: %v", doc.Officials)
	}
}
