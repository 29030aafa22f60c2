package extract_test

import (
	"context"
	"testing"

	"github.com/communique/communique/extract"
)

// A page's own address (a converted page's "url:", an HTML page's og:url)
// on a government's site gives its ministers that government's country
// when the text names none.
func TestSiteAddressGivesHome(t *testing.T) {
	text := "Foreign Affairs Minister Jane Roe will visit the port of Tanjung Priok next week to open the new ferry terminal.\n\n" +
		"\u201cThe terminal is a fine piece of work,\u201d Ms Roe says.\n"
	pages := map[string]string{
		"front matter": "---\ntitle: \"Minister to open terminal\"\ndate: 2024-08-12\nurl: https://www.beehive.govt.nz/release/minister-open-terminal\n---\n\n" + text,
		"og:url": `<html><head><meta property="og:url" content="https://www.beehive.govt.nz/release/minister-open-terminal"></head><body><article><h1>Minister to open terminal</h1><p>` +
			"Foreign Affairs Minister Jane Roe will visit the port of Tanjung Priok next week to open the new ferry terminal.</p><p>\u201cThe terminal is a fine piece of work,\u201d Ms Roe says.</p></article></body></html>",
		"no address": text,
	}
	x := extract.New(extract.Options{})
	// the caller's address
	doc, err := x.Extract(context.Background(), extract.Input{Data: []byte(text), URL: "https://www.beehive.govt.nz/release/minister-open-terminal"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Officials) != 1 || doc.Officials[0].Country != "NZ" {
		t.Errorf("Input.URL: officials %+v, want Jane Roe of NZ", doc.Officials)
	}
	for name, page := range pages {
		doc, err := x.Extract(context.Background(), extract.Input{Data: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		want := "NZ"
		if name == "no address" {
			want = ""
		}
		if len(doc.Officials) != 1 || doc.Officials[0].Country != want {
			t.Errorf("%s: officials %+v, want Jane Roe of %q", name, doc.Officials, want)
		}
	}
}
