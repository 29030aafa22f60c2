package extract_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract"
)

// Tests of bad and hostile input through the public API: typed errors,
// repaired text, limits, time linear in the input's size, and one Extractor
// shared by many goroutines.

// paragraphs returns n distinct paragraphs of ordinary news prose.
func paragraphs(n int) []string {
	places := []string{"Brussels", "Warsaw", "Vilnius", "Ottawa", "Madrid", "Tallinn", "Rome", "Oslo"}
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("On day %d of the session, the ministers of %d allied nations met in %s to discuss defence spending, support for partners and the preparations for the next summit.",
			i+1, 2+i%30, places[i%len(places)])
	}
	return out
}

func extractDoc(t testing.TB, x *extract.Extractor, in extract.Input) *extract.Document {
	t.Helper()
	doc, err := x.Extract(context.Background(), in)
	if err != nil {
		t.Fatalf("%s: %v", in.Name, err)
	}
	checkDoc(t, doc)
	return doc
}

// checkDoc checks the properties every Document must have: valid UTF-8,
// spans in bounds and equal to their texts, valid JSON.
func checkDoc(t testing.TB, doc *extract.Document) {
	t.Helper()
	if doc == nil {
		t.Fatal("nil document without an error")
	}
	body := doc.Body
	if !utf8.ValidString(body) || !utf8.ValidString(doc.Title) {
		t.Errorf("%s: body or title is not valid UTF-8", doc.Source)
	}
	span := func(what, text string, s, e int) {
		if s < 0 || e < s || e > len(body) {
			t.Errorf("%s: %s span [%d,%d) out of the body's %d bytes", doc.Source, what, s, e, len(body))
			return
		}
		if text != "" && body[s:e] != text {
			t.Errorf("%s: %s text %.40q is not body[%d:%d] %.40q", doc.Source, what, text, s, e, body[s:e])
		}
	}
	for _, x := range doc.Turns {
		span("turn", x.Text, x.Start, x.End)
	}
	for _, x := range doc.Dates {
		span("date", x.Text, x.Start, x.End)
	}
	for _, x := range doc.Events {
		span("event", x.Sentence, x.Start, x.End)
	}
	for _, x := range doc.Quotes {
		span("quote", "", x.Start, x.End)
	}
	for _, o := range doc.Officials {
		for _, m := range o.Mentions {
			span("official mention", "", m.Start, m.End)
		}
	}
	for _, c := range doc.Countries {
		for _, m := range c.Mentions {
			span("country mention", "", m.Start, m.End)
		}
	}
	for _, r := range doc.Removed {
		if !utf8.ValidString(r.Text) {
			t.Errorf("%s: removed block is not valid UTF-8", doc.Source)
		}
	}
	b, err := json.Marshal(doc)
	if err != nil || !json.Valid(b) {
		t.Errorf("%s: JSON: %v", doc.Source, err)
	}
}

// nonSpace counts the bytes of s that are not white space.
func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// accounted checks that the body and the removed blocks hold all the text
// of a plain-text input (nothing lost), unless the removed list was cut at
// its limit.
func accounted(t *testing.T, input string, doc *extract.Document) {
	t.Helper()
	got := nonSpace(doc.Body) + nonSpace(doc.Title)
	for _, r := range doc.Removed {
		if r.Reason == extract.ReasonLimit {
			return
		}
		got += nonSpace(r.Text)
	}
	if want := nonSpace(input); got < want {
		t.Errorf("body and removed blocks hold %d bytes of text, the input %d: text lost", got, want)
	}
}

func TestEmptyInput(t *testing.T) {
	x := extract.New(extract.Options{})
	for name, in := range map[string]extract.Input{
		"nil":         {Name: "nil"},
		"empty":       {Name: "empty", Data: []byte{}},
		"reader":      {Name: "reader", Reader: strings.NewReader("")},
		"white space": {Name: "space", Data: []byte(" \n\t\r\n  \n")},
		"empty gzip":  {Name: "empty.gz", Data: gz(nil)},
	} {
		doc, err := x.Extract(context.Background(), in)
		if !errors.Is(err, extract.ErrEmpty) {
			t.Errorf("%s: got %v, %v; want ErrEmpty", name, doc, err)
		}
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestTooLarge(t *testing.T) {
	x := extract.New(extract.Options{MaxInputBytes: 4096})
	big := []byte(strings.Join(paragraphs(100), "\n"))
	for name, in := range map[string]extract.Input{
		"data":   {Name: "data", Data: big},
		"reader": {Name: "reader", Reader: bytes.NewReader(big)},
		// a gzip bomb: small compressed, large once inflated
		"gzip": {Name: "bomb.gz", Data: gz(bytes.Repeat([]byte("spam "), 1<<20))},
	} {
		_, err := x.Extract(context.Background(), in)
		if !errors.Is(err, extract.ErrTooLarge) {
			t.Errorf("%s: got %v, want ErrTooLarge", name, err)
		}
	}
	// At the limit exactly, the input is accepted.
	ok := big[:4096]
	extractDoc(t, x, extract.Input{Name: "at-limit", Data: ok})
	if extract.DefaultMaxInputBytes < 64<<20 {
		t.Errorf("default input limit %d is below a 60 MB page", extract.DefaultMaxInputBytes)
	}
}

func TestRandomBytes(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{1}))
	data := make([]byte, 1<<20)
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	x := extract.New(extract.Options{})
	start := time.Now()
	doc, err := x.Extract(context.Background(), extract.Input{Name: "random.bin", Data: data})
	t.Logf("1 MB of random bytes: %v in %v", err, time.Since(start))
	switch {
	case errors.Is(err, extract.ErrBinary):
	case err == nil:
		checkDoc(t, doc)
	default:
		t.Errorf("got %v, want ErrBinary or a document", err)
	}
	// Random bytes without NULs or control characters: still no panic, and
	// either a typed error or a valid document.
	for i := range data {
		if data[i] < 0x20 {
			data[i] = 'a' + data[i]%26
		}
	}
	doc, err = x.Extract(context.Background(), extract.Input{Name: "random-printable.bin", Data: data})
	switch {
	case errors.Is(err, extract.ErrBinary), errors.Is(err, extract.ErrEncoding):
	case err == nil:
		checkDoc(t, doc)
	default:
		t.Errorf("printable random bytes: got %v, want a typed error or a document", err)
	}
}

func TestBadGzip(t *testing.T) {
	good := gz([]byte(strings.Join(paragraphs(200), "\n")))
	x := extract.New(extract.Options{})
	for name, data := range map[string][]byte{
		"truncated":    good[:len(good)/2],
		"header only":  good[:10],
		"magic only":   {0x1f, 0x8b},
		"bad header":   append([]byte{0x1f, 0x8b, 0x99}, bytes.Repeat([]byte{0x42}, 100)...),
		"bad checksum": append(append([]byte{}, good[:len(good)-8]...), 0, 0, 0, 0, 0, 0, 0, 0),
	} {
		_, err := x.Extract(context.Background(), extract.Input{Name: name + ".gz", Data: data})
		if !errors.Is(err, extract.ErrGzip) {
			t.Errorf("%s: got %v, want ErrGzip", name, err)
		} else if !strings.Contains(err.Error(), name+".gz") {
			t.Errorf("%s: error %q does not name the input", name, err)
		}
	}
	// The whole stream reads as the text it holds.
	doc := extractDoc(t, x, extract.Input{Name: "good.gz", Data: good})
	if !strings.Contains(doc.Body, paragraphs(200)[199]) {
		t.Error("gzip-compressed text: last paragraph missing")
	}
}

func TestInvalidUTF8Repaired(t *testing.T) {
	ps := paragraphs(6)
	input := ps[0] + "\n\n" + ps[1] + "\n\nThe delegation\xff\xfe arrived \xc3 late in the \xe2\x82 evening and left the next day after the talks.\n\n" +
		ps[2] + "\n\n" + ps[3] + "\xc0\xaf\n\n" + ps[4] + "\n\n" + ps[5] + "\n"
	x := extract.New(extract.Options{})
	doc := extractDoc(t, x, extract.Input{Name: "bad-utf8.txt", Data: []byte(input)})
	for _, p := range []string{ps[0], ps[1], ps[2], ps[4], ps[5], "The delegation", "arrived", "late in the", "evening and left the next day after the talks."} {
		if !strings.Contains(doc.Body, p) {
			t.Errorf("good text lost: %.60q", p)
		}
	}
	if strings.Contains(doc.Body, "\x00") {
		t.Error("NUL in body")
	}
}

// TestMojibakeRepaired: UTF-8 once read as windows-1252 ("Minister
// Sa\u00e2\u20ac\u2122ar") is read back; Latin-1 letters of real words stay.
func TestMojibakeRepaired(t *testing.T) {
	ps := paragraphs(4)
	input := ps[0] + "\n\nForeign Minister Jan Sa\u00e2\u20ac\u2122ar met the caf\u00c3\u00a9 owners of S\u00e3o Paulo and M\u00fcnchen\u00c2\u00a0today.\n\n" +
		// misread as ISO 8859-1: the bytes' control characters ("\u00e2\u0080\u0093" for a dash)
		"(SAINT PAUL)\u00c2\u00a0\u00e2\u0080\u0093 The Attorney General said it was \u00e2\u0080\u009cmisleading\u00e2\u0080\u009d today.\n\n" +
		ps[1] + "\n\n" + ps[2] + "\n\n" + ps[3] + "\n"
	x := extract.New(extract.Options{})
	doc := extractDoc(t, x, extract.Input{Name: "mojibake.txt", Data: []byte(input)})
	for _, want := range []string{"Sa\u2019ar", "caf\u00e9", "S\u00e3o Paulo", "M\u00fcnchen", "(SAINT PAUL) \u2013 The", "\u201cmisleading\u201d"} {
		if !strings.Contains(doc.Body, want) {
			t.Errorf("%q not in the body: %.200q", want, doc.Body)
		}
	}
	if strings.Contains(doc.Body, "\u00e2\u20ac") || strings.Contains(doc.Body, "\u00c3") {
		t.Errorf("mojibake left: %.200q", doc.Body)
	}
}

func TestDeclaredLegacyEncoding(t *testing.T) {
	page := func(head, text string) []byte {
		return []byte("<!DOCTYPE html><html><head>" + head + "<title>Statement</title></head><body><article><h1>Statement by the Minister</h1><p>" +
			text + "</p><p>" + strings.Join(paragraphs(3), "</p><p>") + "</p></article></body></html>")
	}
	x := extract.New(extract.Options{})
	for _, c := range []struct {
		name, head, text string
		want             []string
	}{
		{"windows-1252", `<meta charset="windows-1252">`,
			"The Minister\x92s caf\xe9 remarks \x93on the record\x94 \x96 delivered in K\xf6ln \x85 were welcomed by the delegations of all member states.",
			[]string{"Minister\u2019s caf\u00e9 remarks", "\u201con the record\u201d \u2013 delivered in K\u00f6ln \u2026 were welcomed"}},
		{"iso-8859-1", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`,
			"Fran\xe7ois and the \xc9lys\xe9e staff met the Se\xf1or Ministro in M\xfcnchen for a working lunch on energy security.",
			[]string{"Fran\u00e7ois and the \u00c9lys\u00e9e staff met the Se\u00f1or Ministro in M\u00fcnchen"}},
		{"latin1 label", `<meta charset='latin1'>`,
			"The Ambassador visited Malm\xf6 and G\xf6teborg with the Swedish \xc5land delegation to discuss maritime security.",
			[]string{"Malm\u00f6 and G\u00f6teborg with the Swedish \u00c5land delegation"}},
		// "Министерство иностранных дел" in windows-1251: a Cyrillic menu
		// over an English statement
		{"windows-1251", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`,
			"\xcc\xe8\xed\xe8\xf1\xf2\xe5\xf0\xf1\xf2\xe2\xee \xe8\xed\xee\xf1\xf2\xf0\xe0\xed\xed\xfb\xf5 \xe4\xe5\xeb. The Ministry of Foreign Affairs welcomes the decision of the Council on the situation in the region.",
			[]string{"\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b. The Ministry of Foreign Affairs welcomes"}},
		// "東京" in Shift_JIS
		{"shift_jis", `<meta charset="Shift_JIS">`,
			"The Minister arrived in \x93\x8c\x8b\x9e (Tokyo) on Monday for talks with the Foreign Minister on regional security.",
			[]string{"arrived in \u6771\u4eac (Tokyo) on Monday"}},
	} {
		doc, err := x.Extract(context.Background(), extract.Input{Name: c.name + ".html", Data: page(c.head, c.text)})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		checkDoc(t, doc)
		for _, w := range c.want {
			if !strings.Contains(doc.Body, w) {
				t.Errorf("%s: body lacks %q\nbody: %.400q", c.name, w, doc.Body)
			}
		}
	}
}

// An encoding the WHATWG standard does not name, over bytes that are not
// UTF-8: a typed error, no guess.
func TestUnknownLegacyEncoding(t *testing.T) {
	x := extract.New(extract.Options{})
	data := []byte("<html><head><meta charset=\"x-mac-klingon\"></head><body><p>The Minister\xe9 spoke.</p></body></html>")
	if _, err := x.Extract(context.Background(), extract.Input{Name: "k.html", Data: data}); !errors.Is(err, extract.ErrEncoding) {
		t.Errorf("err = %v, want ErrEncoding", err)
	}
}

func TestByteOrderMarks(t *testing.T) {
	text := strings.Join(paragraphs(4), "\n\n")
	x := extract.New(extract.Options{})
	doc := extractDoc(t, x, extract.Input{Name: "bom.txt", Data: []byte("\ufeff" + text)})
	if strings.ContainsRune(doc.Body, '\ufeff') {
		t.Error("UTF-8 byte order mark kept in the body")
	}
	// UTF-16 with a byte order mark is text: converted, or refused as an
	// unsupported encoding, but not called binary.
	u16 := []byte{0xff, 0xfe}
	for _, r := range text {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	doc, err := x.Extract(context.Background(), extract.Input{Name: "utf16.txt", Data: u16})
	switch {
	case err == nil:
		checkDoc(t, doc)
		if !strings.Contains(doc.Body, paragraphs(4)[3]) {
			t.Errorf("UTF-16 text not converted: %.200q", doc.Body)
		}
	case errors.Is(err, extract.ErrEncoding):
	default:
		t.Errorf("UTF-16 with a byte order mark: got %v, want a document or ErrEncoding", err)
	}
}

func TestContextCancelled(t *testing.T) {
	x := extract.New(extract.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, extract.Input{Name: "a.txt", Data: []byte(paragraphs(1)[0])}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	if _, err := x.Extract(ctx, extract.Input{Name: "a.txt", Data: []byte(paragraphs(1)[0])}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("past deadline: got %v", err)
	}
}

// deepHTML nests a paragraph in n <div>s.
func deepHTML(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Deep</title></head><body><article><p>")
	b.WriteString(paragraphs(1)[0])
	b.WriteString("</p>")
	b.WriteString(strings.Repeat("<div>", n))
	b.WriteString("<p>The innermost paragraph says that the ministers agreed on every point of the final communique.</p>")
	b.WriteString(strings.Repeat("</div>", n))
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

func TestMaxHTMLDepth(t *testing.T) {
	x := extract.New(extract.Options{MaxHTMLDepth: 8})
	doc := extractDoc(t, x, extract.Input{Name: "deep.html", Data: deepHTML(40)})
	if !strings.Contains(doc.Body, "The innermost paragraph says") {
		t.Errorf("text below the depth limit lost: %.300q", doc.Body)
	}
}

func TestDeepNesting(t *testing.T) {
	x := extract.New(extract.Options{})
	n := 200000
	if testing.Short() {
		n = 50000
	}
	doc := linear(t, "nested <div>s", x, func(k int) extract.Input {
		return extract.Input{Name: "deep.html", Data: deepHTML(k)}
	}, n)
	if doc != nil && !strings.Contains(doc.Body, "The innermost paragraph says") {
		found := false
		for _, r := range doc.Removed {
			found = found || strings.Contains(r.Text, "The innermost paragraph says")
		}
		if !found {
			t.Error("the innermost paragraph is neither in the body nor among the removed blocks")
		}
	}
}

func TestOneLongLine(t *testing.T) {
	x := extract.New(extract.Options{})
	gen := func(k int) []byte {
		var b bytes.Buffer
		ps := paragraphs(200)
		for i := 0; b.Len() < k; i++ {
			b.WriteString(ps[i%len(ps)])
			b.WriteByte(' ')
		}
		return b.Bytes()
	}
	n := 10 << 20
	if testing.Short() {
		n = 2 << 20
	}
	doc := linear(t, "one long line", x, func(k int) extract.Input {
		return extract.Input{Name: "line.txt", Data: gen(k)}
	}, n)
	if doc != nil {
		accounted(t, string(gen(n)), doc)
	}
	// The same line as HTML: one huge <p>.
	page := append(append([]byte("<html><body><p>"), gen(n/2)...), "</p></body></html>"...)
	start := time.Now()
	extractDoc(t, x, extract.Input{Name: "line.html", Data: page})
	t.Logf("one %d MB line as HTML: %v", len(page)>>20, time.Since(start))
}

func TestManyTinyParagraphs(t *testing.T) {
	x := extract.New(extract.Options{})
	gen := func(k int) []byte {
		var b bytes.Buffer
		for i := 0; i < k; i++ {
			fmt.Fprintf(&b, "Item %d.\n\n", i)
		}
		return b.Bytes()
	}
	n := 1000000
	if testing.Short() {
		n = 200000
	}
	doc := linear(t, "tiny paragraphs", x, func(k int) extract.Input {
		return extract.Input{Name: "tiny.txt", Data: gen(k)}
	}, n)
	if doc != nil {
		if len(doc.Removed) > extract.DefaultMaxRemoved {
			t.Errorf("%d removed blocks, above the default limit %d", len(doc.Removed), extract.DefaultMaxRemoved)
		}
		accounted(t, string(gen(n)), doc)
	}
	// The same as HTML list items.
	var b bytes.Buffer
	b.WriteString("<html><body><ul>")
	for i := 0; i < n/4; i++ {
		fmt.Fprintf(&b, "<li>Item %d.</li>", i)
	}
	b.WriteString("</ul></body></html>")
	start := time.Now()
	extractDoc(t, x, extract.Input{Name: "tiny.html", Data: b.Bytes()})
	t.Logf("%d tiny HTML list items: %v", n/4, time.Since(start))
}

func TestMaxRemoved(t *testing.T) {
	var b strings.Builder
	ui := []string{"Share", "Print", "Register", "Subscribe", "Log in", "Create an account", "Reset password", "Verification code", "Follow us", "Close"}
	ps := paragraphs(12)
	for i, p := range ps {
		b.WriteString(p + "\n\n")
		if i < len(ui) {
			b.WriteString(ui[i] + "\n\n")
		}
	}
	input := []byte(b.String())
	full := extractDoc(t, extract.New(extract.Options{}), extract.Input{Name: "ui.txt", Data: input})
	if len(full.Removed) <= 3 {
		t.Fatalf("only %d blocks removed from a page with %d interface lines; cannot test the limit", len(full.Removed), len(ui))
	}
	doc := extractDoc(t, extract.New(extract.Options{MaxRemoved: 3}), extract.Input{Name: "ui.txt", Data: input})
	if len(doc.Removed) > 3 {
		t.Errorf("%d removed blocks with MaxRemoved 3", len(doc.Removed))
	}
	if len(doc.Removed) == 0 {
		t.Fatal("no removed blocks with MaxRemoved 3")
	}
	if last := doc.Removed[len(doc.Removed)-1]; last.Reason != extract.ReasonLimit {
		t.Errorf("last removed entry %+v, want one with ReasonLimit", last)
	}
	if doc.Body != full.Body {
		t.Error("the removed-block limit changed the body")
	}
}

// linear extracts gen(n/16), gen(n/4) and gen(n), checks each document,
// and fails when the time grows clearly faster than the size (a quadratic
// step gives a ratio of 16; linear work 4). It stops before the next size
// once the growth is clearly super-linear, so a quadratic stage fails the
// test in seconds rather than running for hours. It returns the document
// of size n, or nil when the input was refused with a typed error or the
// test stopped early.
func linear(t *testing.T, what string, x *extract.Extractor, gen func(int) extract.Input, n int) *extract.Document {
	t.Helper()
	run := func(k int) (*extract.Document, time.Duration, bool) {
		in := gen(k)
		runtime.GC()
		start, cpu := time.Now(), cpuTime()
		doc, err := x.Extract(context.Background(), in)
		d := time.Since(start)
		if c := cpuTime() - cpu; c > 0 {
			// CPU time, not wall time: the machine may be shared. It
			// includes the garbage collector's work on other threads.
			t.Logf("%s (%d): %v wall, %v CPU", what, k, d, c)
			d = c
		}
		if err != nil {
			if errors.Is(err, extract.ErrTooLarge) || errors.Is(err, extract.ErrBinary) {
				t.Logf("%s (%d): refused: %v", what, k, err)
				return nil, d, false
			}
			t.Fatalf("%s (%d): %v", what, k, err)
		}
		checkDoc(t, doc)
		return doc, d, true
	}
	var prev time.Duration
	for _, k := range []int{n / 16, n / 4, n} {
		doc, d, ok := run(k)
		t.Logf("%s: n=%d in %v", what, k, d)
		if !ok {
			return nil
		}
		if prev > 0 {
			ratio := float64(d) / float64(max(prev, time.Millisecond))
			if d > time.Second && ratio > 10 && ratio < 40 {
				// Measure both sizes again and keep the faster runs: the
				// machine may have been busy.
				_, p2, _ := run(k / 4)
				doc2, d2, _ := run(k)
				prev, d, doc = min(prev, p2), min(d, d2), doc2
				ratio = float64(d) / float64(max(prev, time.Millisecond))
				t.Logf("%s: measured again: %d in %v, %d in %v", what, k/4, prev, k, d)
			}
			if d > time.Second && ratio > 10 {
				t.Errorf("%s: time grows faster than the input: %d in %v, 4 times as much in %v (ratio %.1f, linear is 4)", what, k/4, prev, d, ratio)
				return nil
			}
			if k < n && time.Duration(float64(d)*max(ratio, 4)) > 3*time.Minute {
				t.Errorf("%s: %d took %v; the full size would take minutes", what, k, d)
				return nil
			}
		}
		prev = d
		if k == n {
			if d > 2*time.Minute {
				t.Errorf("%s: %v for %d", what, d, n)
			}
			return doc
		}
	}
	return nil
}

func TestHugeText(t *testing.T) {
	if testing.Short() {
		t.Skip("60 MB input: not in -short mode")
	}
	var b bytes.Buffer
	b.Grow(61 << 20)
	ps := paragraphs(1000)
	for i := 0; b.Len() < 60<<20; i++ {
		fmt.Fprintf(&b, "%d. %s\n\n", i, ps[i%len(ps)])
	}
	data := b.Bytes()
	x := extract.New(extract.Options{})
	// The command-line tool runs with a soft memory limit of 256 MiB (see
	// examples/communique); measure the library as the tool runs it.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(256 << 20))

	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// The memory the runtime holds from the OS, less what it has
		// released: close to the process's resident set.
		s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64()-s[1].Value.Uint64())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	debug.FreeOSMemory()
	start := time.Now()
	doc, err := x.Extract(context.Background(), extract.Input{Name: "huge.txt", Data: data})
	d := time.Since(start)
	close(done)
	wg.Wait()
	if err != nil {
		t.Fatalf("60 MB text: %v", err)
	}
	checkDoc(t, doc)
	accounted(t, string(data), doc)
	t.Logf("60 MB text: %v (%.1f MB/s), peak memory %d MB (input included), body %d MB, %d removed",
		d, float64(len(data))/d.Seconds()/1e6, peak>>20, len(doc.Body)>>20, len(doc.Removed))
	if peak > 350<<20 {
		t.Errorf("peak memory %d MB for a 60 MB input, above 350 MB", peak>>20)
	}
	if d > 3*time.Minute {
		t.Errorf("60 MB text took %v", d)
	}
}

// corpusInputs reads the text corpora (each with its gold reference date)
// and a few of the AEB pages.
func corpusInputs(t *testing.T) []extract.Input {
	t.Helper()
	var ins []extract.Input
	for _, set := range []string{"nato", "dev"} {
		files, _ := filepath.Glob("../testdata/" + set + "/*")
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			in := extract.Input{Name: f, Data: data}
			base := filepath.Base(f)
			gold, err := os.ReadFile("../testdata/" + set + "-gold/" + strings.TrimSuffix(base, filepath.Ext(base)) + ".json")
			if err == nil {
				var g struct {
					Ref string `json:"reference_date"`
				}
				if json.Unmarshal(gold, &g) == nil && g.Ref != "" {
					in.ReferenceDate, _ = time.Parse(time.DateOnly, g.Ref)
				}
			}
			ins = append(ins, in)
		}
	}
	aeb, _ := filepath.Glob("../testdata/aeb/html/*.html.gz")
	if len(aeb) > 12 {
		aeb = aeb[:12]
	}
	for _, f := range aeb {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, extract.Input{Name: f, Data: data})
	}
	if len(ins) < 15 {
		t.Fatalf("only %d corpus documents", len(ins))
	}
	return ins
}

func TestConcurrentUse(t *testing.T) {
	ins := corpusInputs(t)
	t.Run("defaults", func(t *testing.T) { concurrentUse(t, extract.New(extract.Options{}), ins) })
	// With a site profile learned from the NATO pages, shared by every
	// goroutine.
	l := extract.New(extract.Options{}).NewProfileLearner("www.nato.int")
	for _, in := range ins {
		if strings.Contains(in.Name, "/nato/") {
			if err := l.Add(context.Background(), in); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := l.Profile()
	if p.Len() == 0 {
		t.Fatal("no blocks learned from the NATO pages")
	}
	t.Run("profile", func(t *testing.T) { concurrentUse(t, extract.New(extract.Options{Profile: p}), ins) })
}

// concurrentUse runs x over ins sequentially, then from 8 goroutines at
// once, each in its own order, and compares the JSON of every result.
func concurrentUse(t *testing.T, x *extract.Extractor, ins []extract.Input) {
	want := make([][]byte, len(ins))
	for i, in := range ins {
		doc := extractDoc(t, x, in)
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = b
	}
	const workers = 8
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(ins))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := range ins {
				i := (k + w*3) % len(ins) // each worker in its own order
				doc, err := x.Extract(context.Background(), ins[i])
				if err != nil {
					errs <- fmt.Sprintf("worker %d, %s: %v", w, ins[i].Name, err)
					continue
				}
				b, err := json.Marshal(doc)
				if err != nil || !bytes.Equal(b, want[i]) {
					errs <- fmt.Sprintf("worker %d, %s: result differs from the sequential run", w, ins[i].Name)
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestCancelLongExtraction cancels the extraction of a large page shortly
// after it starts: Extract must return the context's error soon after, not
// when the whole page is done.
func TestCancelLongExtraction(t *testing.T) {
	if testing.Short() {
		t.Skip("20 MB input: not in -short mode")
	}
	var b bytes.Buffer
	ps := paragraphs(1000)
	for i := 0; b.Len() < 20<<20; i++ {
		fmt.Fprintf(&b, "%d. %s\n\n", i, ps[i%len(ps)])
	}
	x := extract.New(extract.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := x.Extract(ctx, extract.Input{Name: "big.txt", Data: b.Bytes()})
		done <- err
	}()
	time.Sleep(200 * time.Millisecond)
	cancel()
	cancelled := time.Now()
	select {
	case err := <-done:
		t.Logf("returned %v after cancellation (%v in all)", time.Since(cancelled), time.Since(start))
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
		if err == nil {
			t.Logf("finished before the cancellation took effect")
		}
		if d := time.Since(cancelled); d > 5*time.Second {
			t.Errorf("Extract returned %v after its context was cancelled", d)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("Extract did not return within 2 minutes of its context being cancelled")
	}
}

func TestProfileLearnerCancelled(t *testing.T) {
	x := extract.New(extract.Options{})
	l := x.NewProfileLearner("example.org")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Add(ctx, extract.Input{Name: "a.txt", Data: []byte(paragraphs(1)[0])}); !errors.Is(err, context.Canceled) {
		t.Errorf("Add with a cancelled context: got %v", err)
	}
	// Bad pages are reported with the same typed errors as Extract.
	if err := l.Add(context.Background(), extract.Input{Name: "empty.txt", Data: nil}); !errors.Is(err, extract.ErrEmpty) {
		t.Errorf("Add of an empty page: got %v, want ErrEmpty", err)
	}
	if l.Pages() != 0 {
		t.Errorf("%d pages counted after two failed Adds", l.Pages())
	}
}

// A byte order mark with nothing after it is an empty page, not a page with
// an empty body.
func TestByteOrderMarkAloneIsEmpty(t *testing.T) {
	x := extract.New(extract.Options{})
	for _, in := range []string{"\xff\xfe", "\xfe\xff", "\xef\xbb\xbf", "\xef\xbb\xbf \n"} {
		_, err := x.Extract(context.Background(), extract.Input{Data: []byte(in)})
		if !errors.Is(err, extract.ErrEmpty) {
			t.Errorf("%q: %v, want ErrEmpty", in, err)
		}
	}
}

// TestManyHeadlineLines runs a page of many lines set in headline case, each
// naming an official: the names' evidence is searched in the text a bounded
// number of times, so time stays linear in the page.
func TestManyHeadlineLines(t *testing.T) {
	x := extract.New(extract.Options{})
	first := []string{"Jane", "John", "Anna", "Peter", "Maria", "Tom", "Lena", "Omar"}
	last := []string{"Roe", "Doe", "Berg", "Novak", "Silva", "Kahn", "Ortiz", "Weber"}
	gen := func(k int) []byte {
		var b bytes.Buffer
		for i := 0; i < k; i++ {
			fmt.Fprintf(&b, "Minister %s %s Visits Northern Province %d\n\nMinister %s %s met the delegation on day %d.\n\n",
				first[i%8], last[i/8%8], i, first[(i+3)%8], last[i/3%8], i)
		}
		return b.Bytes()
	}
	n := 32000
	if testing.Short() {
		n = 16000
	}
	doc := linear(t, "headline lines", x, func(k int) extract.Input {
		return extract.Input{Name: "headlines.txt", Data: gen(k)}
	}, n)
	if doc != nil && len(doc.Officials) == 0 {
		t.Error("no officials found on a page that names one in every line")
	}
}
