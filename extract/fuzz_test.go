package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/chrome"
	"github.com/communique/communique/internal/text"
)

// seedCorpus adds the openings of the bundled pages to f: whole pages of
// tens of kilobytes make the fuzzer's mutations so slow under coverage
// instrumentation that it stalls, and the opening holds the chrome, the
// headline, the dateline and the first turns.
func seedCorpus(f *testing.F, patterns ...string) {
	const opening = 3 << 10
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			if len(b) > opening {
				cut := bytes.LastIndexByte(b[:opening], '\n')
				if cut <= 0 {
					cut = opening
				}
				b = b[:cut]
			}
			f.Add(b)
		}
	}
}

var sentinels = []error{ErrEmpty, ErrTooLarge, ErrBinary, ErrGzip, ErrEncoding}

// checkDocument asserts the properties every Document has: valid UTF-8 and
// JSON, and every span in bounds and equal to its item's text.
func checkDocument(t *testing.T, doc *Document) {
	t.Helper()
	body := doc.Body
	if !utf8.ValidString(body) {
		t.Fatalf("body is not valid UTF-8")
	}
	if _, err := json.Marshal(doc); err != nil {
		t.Fatalf("json: %v", err)
	}
	span := func(what string, s, e int, txt string) {
		if s < 0 || e > len(body) || s > e {
			t.Fatalf("%s span [%d,%d) out of bounds (%d)", what, s, e, len(body))
		}
		if txt != "" && body[s:e] != txt {
			t.Fatalf("%s span text %q != %q", what, body[s:e], txt)
		}
	}
	for _, x := range doc.Turns {
		span("turn", x.Start, x.End, x.Text)
	}
	for _, x := range doc.Dates {
		span("date", x.Start, x.End, x.Text)
	}
	for _, x := range doc.Quotes {
		span("quote", x.Start, x.End, x.Text)
	}
	for _, x := range doc.Events {
		span("event", x.Start, x.End, x.Sentence)
	}
	for _, o := range doc.Officials {
		for _, m := range o.Mentions {
			span("official", m.Start, m.End, "")
		}
	}
	for _, c := range doc.Countries {
		for _, m := range c.Mentions {
			span("country", m.Start, m.End, "")
		}
	}
}

// checkLabelsKept asserts that no block that parses as a speaker label, or
// opens with one, was removed by the chrome classifier: a speaker's words
// are content however short and however often repeated. Only the HTML
// reader's structure (outside the article, link-dense) and the size limits
// remove them.
func checkLabelsKept(t *testing.T, doc *Document) {
	t.Helper()
	for _, r := range doc.Removed {
		switch r.Reason {
		case ReasonOutsideArticle, ReasonNavigation, ReasonLimit, ReasonMetadata:
			// the readers' decisions (HTML outside the article, a
			// converted page's front matter, an XML record's metadata
			// elements: "<A0>A ") and the head's date and release
			// lines, which the classifier never takes inside dialogue
			continue
		}
		if chrome.SpeakerLabel(r.Text) {
			t.Fatalf("speaker label removed (%s): %q", r.Reason, r.Text)
		}
	}
}

// words returns the multiset of words of s.
func words(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w]++
	}
	return m
}

func FuzzExtractText(f *testing.F) {
	seedCorpus(f, "../testdata/nato/*.txt", "../testdata/dev/*.txt")
	f.Add([]byte("Register\n\nThank you.\n"))
	f.Add([]byte("Share\n\nA: Yeah.\n\nB: Yeah.\n\nA: Right.\n\nShare\n\nB: Right.\n"))
	f.Add([]byte("\xff\xfe bad \x80 bytes\n\nA real sentence that stays, with an invalid byte \xe9 in it.\n"))
	x := New(Options{Format: FormatText})
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := x.Extract(context.Background(), Input{Data: data})
		if err != nil {
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("untyped error: %v", err)
		}
		checkDocument(t, doc)
		checkLabelsKept(t, doc)
		in := repairText(repairUTF8(fromUTF16(data)))    // the text as the reader decodes it
		in = bytes.ReplaceAll(in, []byte("\u00ad"), nil) // (soft hyphens are no text: NormalizeSpace drops them)
		if isGzip(data) {
			return // the decompressed text is not at hand here
		}
		// Nothing invented: every paragraph of the body is text of the
		// input, white space normalised.
		flat := text.NormalizeSpace(string(in))
		for _, p := range strings.Split(doc.Body, "\n\n") {
			if !strings.Contains(flat, p) {
				t.Fatalf("body paragraph %q is not in the input", p)
			}
		}
		// Nothing lost: the words of the input are those of the body and
		// of the removed blocks.
		got := words(doc.Body)
		for _, r := range doc.Removed {
			if r.Reason == ReasonLimit {
				return
			}
			for w, n := range words(r.Text) {
				got[w] += n
			}
		}
		for w, n := range words(string(in)) {
			if got[w] < n {
				t.Fatalf("word %q lost: %d in input, %d out", w, n, got[w])
			}
		}
		// Idempotent: extracting the body again keeps it.
		if doc.Body != "" {
			again, err := x.Extract(context.Background(), Input{Data: []byte(doc.Body)})
			if err != nil {
				t.Fatalf("re-extracting the body: %v", err)
			}
			if again.Body != doc.Body {
				t.Fatalf("not idempotent:\n%q\n%q", doc.Body, again.Body)
			}
		}
	})
}

func FuzzExtractHTML(f *testing.F) {
	seedCorpus(f, "../testdata/dev/*.html")
	f.Add([]byte("<html><body><nav><a href=/>Home</a></nav><p>A paragraph &amp; more.</p><div><div><p>deep"))
	// feeds and items of feeds, whole and cut
	f.Add([]byte("<rss><channel><item><title>T</title><description>&lt;p&gt;The Minister met the Ambassador.&lt;/p&gt;</description><pubDate>Mon, 06 May 2024 09:00:00 +0000</pubDate></item></channel></rss>"))
	f.Add([]byte("<item><title>T</title><description>&lt;p&gt;cut"))
	f.Add([]byte("<feed><entry><title>A</title><content type=\"xhtml\"><div><p>Q: Yes?</p><p>A: No.</p></div></content></entry></feed>"))
	x := New(Options{Format: FormatHTML})
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := x.Extract(context.Background(), Input{Data: data})
		if err != nil {
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("untyped error: %v", err)
		}
		checkDocument(t, doc)
		checkLabelsKept(t, doc)
	})
}
