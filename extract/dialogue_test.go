package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/communique/communique/extract/internal/chrome"
)

// dialogueSpeakers are the two speakers of the generated exchange, each
// with the label the page prints and the name the turn must carry.
var dialogueSpeakers = []struct{ label, name string }{
	{"PRESIDENT VALE", "Vale"},
	{"SECRETARY GENERAL ORMOND", "Ormond"},
}

// A long exchange of short, repeated replies: every turn is a speaker's
// words and none is removed as in-page repetition or by its context, on a
// text page as on an HTML page.
func TestRepeatedShortTurnsAllKept(t *testing.T) {
	replies := []string{"Yeah.", "Thank you.", "Right.", "Yeah.", "Thank you.", "That is even worse.", "Right.", "Yeah."}
	var text, html strings.Builder
	type want struct{ speaker, words string }
	var wants []want
	text.WriteString("Remarks before a bilateral meeting\n\n")
	html.WriteString("<html><body><article><h1>Remarks before a bilateral meeting</h1>")
	for i := 0; i < 300; i++ {
		sp := dialogueSpeakers[i%2]
		words := replies[(i/2)%len(replies)]
		if i%37 == 0 {
			words = fmt.Sprintf("We discussed item %d of the agenda at some length this morning.", i)
		}
		fmt.Fprintf(&text, "%s: %s\n\n", sp.label, words)
		fmt.Fprintf(&html, "<p>%s: %s</p>", sp.label, words)
		wants = append(wants, want{sp.name, words})
	}
	html.WriteString("</article></body></html>")
	x := New(Options{})
	for _, page := range []struct {
		name string
		data string
	}{{"exchange.txt", text.String()}, {"exchange.html", html.String()}} {
		doc, err := x.Extract(context.Background(), Input{Name: page.name, Data: []byte(page.data)})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Kind != KindTranscript {
			t.Errorf("%s: kind %q, want transcript", page.name, doc.Kind)
		}
		for _, r := range doc.Removed {
			if chrome.SpeakerLabel(r.Text) {
				t.Errorf("%s: labelled block removed (%s): %q", page.name, r.Reason, r.Text)
			}
		}
		if len(doc.Turns) != len(wants) {
			t.Fatalf("%s: %d turns, want %d", page.name, len(doc.Turns), len(wants))
		}
		for i, w := range wants {
			got := doc.Turns[i]
			if got.Text != w.words || !strings.HasSuffix(got.Speaker, w.speaker) {
				t.Fatalf("%s: turn %d is %q by %q, want %q by %q", page.name, i, got.Text, got.Speaker, w.words, w.speaker)
			}
		}
	}
}

// In hard-wrapped text (a PDF's), a line that opens with a speaker's label
// starts a paragraph even when the line before runs to the margin.
func TestWrappedLabelStartsParagraph(t *testing.T) {
	lines := []string{
		"CHAIR LINDQVIST. Good afternoon. The committee decided today to keep its policy",
		"rate unchanged, and to slow the pace at which its holdings of securities decline",
		"over the coming months, as markets have asked us to consider for some time now.",
		"PETER HOLM. Peter Holm with the Evening Ledger. Thank you for taking questions and",
		"for the time. Will the committee lower rates this year, or wait for the next data?",
		"CHAIR LINDQVIST. We will see what the data tell us, and we will decide then. It is",
		"too early to say more than that, and I would not want to prejudge our decisions.",
	}
	blocks := textBlocks(strings.Join(lines, "\n"))
	var starts []string
	for _, b := range blocks {
		starts = append(starts, b.Text[:12])
	}
	want := []string{"CHAIR LINDQV", "PETER HOLM. ", "CHAIR LINDQV"}
	if strings.Join(starts, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs start %q, want %q", starts, want)
	}
}
