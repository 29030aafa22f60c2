package extract

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/text"
)

func TestWindows(t *testing.T) {
	for _, tc := range []struct {
		body string
		size int
	}{
		{"one.\n\ntwo.\n\nthree.\n\nfour.", 12},
		{"no paragraph break at all but spaces between words", 10},
		{"ééééééééééééééééééé", 5}, // no separator: cut between characters
		{"éé", 1}, // a window smaller than a character
		{"short", 100},
		{"", 4},
	} {
		starts := windows(tc.body, tc.size)
		if starts[0] != 0 {
			t.Fatalf("%q: first window at %d", tc.body, starts[0])
		}
		for k, at := range starts {
			end := len(tc.body)
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			w := tc.body[at:end]
			if end <= at && len(tc.body) > 0 || !utf8.ValidString(w) {
				t.Errorf("%q size %d: window %d is %q", tc.body, tc.size, k, w)
			}
			if len(w) > tc.size && utf8.RuneCountInString(w) > 1 {
				t.Errorf("%q size %d: window %q over the size", tc.body, tc.size, w)
			}
		}
	}
	// a paragraph break in the window's second half is where it ends
	if got := windows("aaaa aaaa\n\nbb bb bb", 14); !reflect.DeepEqual(got, []int{0, 11}) {
		t.Errorf("cut at %v, want [0 11]", got)
	}
}

// TestAnalyseWindows reads a page three times over with a window of one
// copy, and checks that the windows' findings merge into what the page
// alone gives: the same officials, countries and people with their
// mentions in each copy, and each quote and event three times, at the
// offsets of its copy.
func TestAnalyseWindows(t *testing.T) {
	data, err := os.ReadFile("../testdata/nato/002_86f40aaacbc3e550.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := New(Options{})
	one, err := x.Extract(context.Background(), Input{Name: "page.txt", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if len(one.Officials) == 0 || len(one.Countries) == 0 || len(one.Quotes)+len(one.Events) == 0 {
		t.Fatalf("the page gives too little to test: %d officials, %d countries, %d quotes, %d events",
			len(one.Officials), len(one.Countries), len(one.Quotes), len(one.Events))
	}
	step := len(one.Body) + 2
	three := &Document{Body: strings.Repeat(one.Body+"\n\n", 2) + one.Body}
	for c := range 3 {
		for _, d := range one.Dates {
			d.Start += c * step
			d.End += c * step
			three.Dates = append(three.Dates, d)
		}
	}
	x.window = step
	if got := windows(three.Body, x.window); len(got) != 3 {
		t.Fatalf("%d windows, want 3", len(got))
	}
	x.findEntitiesQuotesEvents(three, new(text.Doc), one.Published, one.Published, entities.Place{})

	tripled := func(ss []entities.Span) []entities.Span {
		var out []entities.Span
		for c := range 3 {
			for _, s := range ss {
				out = append(out, entities.Span{Start: s.Start + c*step, End: s.End + c*step})
			}
		}
		return out
	}
	want := &Document{}
	for _, o := range one.Officials {
		o.Mentions = tripled(o.Mentions)
		want.Officials = append(want.Officials, o)
	}
	for _, o := range one.Countries {
		o.Mentions = tripled(o.Mentions)
		want.Countries = append(want.Countries, o)
	}
	for _, o := range one.People {
		o.Mentions = tripled(o.Mentions)
		want.People = append(want.People, o)
	}
	for c := range 3 {
		for _, q := range one.Quotes {
			q.Start += c * step
			q.End += c * step
			if q.SpeakerEnd > 0 {
				q.SpeakerStart += c * step
				q.SpeakerEnd += c * step
			}
			want.Quotes = append(want.Quotes, q)
		}
		for _, ev := range one.Events {
			ev.Start += c * step
			ev.End += c * step
			want.Events = append(want.Events, ev)
		}
	}
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"officials", three.Officials, want.Officials},
		{"countries", three.Countries, want.Countries},
		{"people", three.People, want.People},
		{"quotes", three.Quotes, want.Quotes},
		{"events", three.Events, want.Events},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", f.name, f.got, f.want)
		}
	}
}
