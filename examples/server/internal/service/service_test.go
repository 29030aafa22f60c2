package service

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/communique/communique/extract"
)

func seed(t testing.TB, pattern string) []byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "..", "testdata", pattern))
	if err != nil || len(files) != 1 {
		t.Fatalf("testdata %s: %v %v", pattern, files, err)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newTestHandler(opts extract.Options, sopts Options) *Handler {
	return New(extract.New(opts), sopts)
}

type answer struct {
	status int
	header http.Header
	body   []byte
}

func (a answer) doc(t *testing.T) extract.Document {
	t.Helper()
	if a.status != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", a.status, a.body)
	}
	if ct := a.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	var d extract.Document
	if err := json.Unmarshal(a.body, &d); err != nil {
		t.Fatalf("answer is not a Document: %v\n%s", err, a.body)
	}
	return d
}

// failure checks an error answer: the status, and a JSON body with a message.
func (a answer) failure(t *testing.T, status int) string {
	t.Helper()
	if a.status != status {
		t.Fatalf("status %d, want %d: %s", a.status, status, a.body)
	}
	if ct := a.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("error Content-Type %q", ct)
	}
	var e errorBody
	if err := json.Unmarshal(a.body, &e); err != nil {
		t.Fatalf("error answer is not JSON: %v\n%s", err, a.body)
	}
	if e.Error == "" || e.Status != status {
		t.Errorf("error answer %+v: want a message and status %d", e, status)
	}
	return e.Error
}

func do(h http.Handler, method, target, contentType string, body io.Reader, header ...string) answer {
	req := httptest.NewRequest(method, target, body)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return answer{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
}

func gz(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func hasRemoved(d extract.Document, text string) bool {
	for _, r := range d.Removed {
		if r.Text == text {
			return true
		}
	}
	return false
}

func TestExamplesServed(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	for _, name := range []string{"nato-warsaw-2025-03-26.txt", "state-press-availability.html"} {
		a := do(h, "GET", "/assets/examples/"+name, "", nil)
		if a.status != 200 || len(a.body) < 1000 {
			t.Errorf("%s: status %d, %d bytes", name, a.status, len(a.body))
		}
	}
	do(h, "GET", "/assets/examples/", "", nil).failure(t, 404)
}

func TestHealthz(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	a := do(h, "GET", "/healthz", "", nil)
	if a.status != 200 || strings.TrimSpace(string(a.body)) != "ok" {
		t.Fatalf("healthz: %d %q", a.status, a.body)
	}
	if a := do(h, "HEAD", "/healthz", "", nil); a.status != 200 {
		t.Errorf("HEAD healthz: %d", a.status)
	}
}

func TestInspectorPage(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	a := do(h, "GET", "/", "", nil)
	if a.status != 200 || !strings.HasPrefix(a.header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %s", a.status, a.header.Get("Content-Type"))
	}
	page := string(a.body)
	for _, want := range []string{`<form id="form"`, `<textarea id="input"`, `type="file"`, `type="date"`, `type="submit"`, `/assets/app.js`, `/assets/style.css`} {
		if !strings.Contains(page, want) {
			t.Errorf("inspector page lacks %s", want)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Error("inspector page refers to an outside address")
	}
	if csp := a.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	for path, ctype := range map[string]string{"/assets/app.js": "text/javascript", "/assets/style.css": "text/css"} {
		a := do(h, "GET", path, "", nil)
		if a.status != 200 || !strings.HasPrefix(a.header.Get("Content-Type"), ctype) || len(a.body) < 500 {
			t.Errorf("GET %s: %d %q %d bytes", path, a.status, a.header.Get("Content-Type"), len(a.body))
		}
		if bytes.Contains(a.body, []byte("http://")) || bytes.Contains(a.body, []byte("https://")) {
			t.Errorf("%s refers to an outside address", path)
		}
	}
	for _, p := range []string{"/assets/nothing.js", "/assets/", "/assets/../main.go"} {
		if a := do(h, "GET", p, "", nil); a.status != 404 && a.status != 301 && a.status != 307 {
			t.Errorf("GET %s: %d", p, a.status)
		}
	}
}

func TestExtractSeed000(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	page := seed(t, "nato/000_*.txt")
	d := do(h, "POST", "/v1/extract?date=2025-03-26&name=seed-000", "text/plain; charset=utf-8", bytes.NewReader(page)).doc(t)
	if d.Source != "seed-000" {
		t.Errorf("source %q", d.Source)
	}
	if !strings.Contains(d.Body, "NATO Secretary General Mark Rutte visited Warsaw") {
		t.Errorf("body lacks the first sentence:\n%s", d.Body)
	}
	for _, chrome := range []string{"Reset password", "Verification code", "Create an account"} {
		if strings.Contains(d.Body, chrome) {
			t.Errorf("body keeps chrome %q", chrome)
		}
	}
	if !hasRemoved(d, "Reset password") {
		t.Errorf("\"Reset password\" not among the removed blocks: %+v", d.Removed)
	}
	for _, r := range d.Removed {
		if r.Reason == 0 {
			t.Errorf("removed block %q has no reason", r.Text)
		}
	}
	rutte := false
	for _, o := range d.Officials {
		if o.Name == "Mark Rutte" {
			rutte = true
		}
		for _, m := range o.Mentions {
			if m.Start < 0 || m.End > len(d.Body) || m.Start >= m.End {
				t.Errorf("official %q: span %+v outside the body", o.Name, m)
			}
		}
	}
	if !rutte {
		t.Errorf("officials lack Mark Rutte: %+v", d.Officials)
	}
	poland := false
	for _, c := range d.Countries {
		if c.ISO2 == "PL" && c.Name == "Poland" {
			poland = true
		}
	}
	if !poland {
		t.Errorf("countries lack Poland: %+v", d.Countries)
	}
	quoted := false
	for _, q := range d.Quotes {
		if q.Start < 0 || q.End > len(d.Body) || q.Start >= q.End || !strings.Contains(d.Body[q.Start:q.End], q.Text) {
			t.Errorf("quote span %+v does not fit the body", q)
		}
		if q.Speaker == "Mark Rutte" && strings.Contains(q.Text, "there is no alternative to NATO") {
			quoted = true
		}
	}
	if !quoted {
		t.Errorf("no quote of Mark Rutte: %+v", d.Quotes)
	}
	// The raw JSON has every list of the contract, and byte spans that fit
	// the body.
	a := do(h, "POST", "/v1/extract?date=2025-03-26", "text/plain", bytes.NewReader(page))
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(a.body, &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"source", "kind", "title", "published", "body", "removed", "turns", "dates", "events", "officials", "countries", "quotes"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("answer lacks %q", k)
		}
	}
	for _, m := range d.Dates {
		if m.Start < 0 || m.End > len(d.Body) || m.Start > m.End || d.Body[m.Start:m.End] != m.Text {
			t.Errorf("date span %+v does not fit the body", m)
		}
	}
}

func TestExtractReferenceDate(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	text := "The Foreign Minister spoke today about the plan for the coming year, which the government will publish in the spring.\n\n" +
		"He said the plan would be discussed with the allies at the next meeting of the council in Brussels.\n\n" +
		"The ministry will publish the full text of the plan on its website after the meeting of the council."
	value := func(target string) string {
		d := do(h, "POST", target, "text/plain", strings.NewReader(text)).doc(t)
		for _, m := range d.Dates {
			if m.Text == "today" {
				return m.Value
			}
		}
		return ""
	}
	if v := value("/v1/extract?date=2025-03-26"); v != "2025-03-26" {
		t.Errorf("today with date=2025-03-26: %q", v)
	}
	if v := value("/v1/extract?date=2024-02-29"); v != "2024-02-29" {
		t.Errorf("today with date=2024-02-29: %q", v)
	}
	if v := value("/v1/extract"); v == "2025-03-26" {
		t.Errorf("today without a date resolved to %q", v)
	}
	for _, bad := range []string{"26-03-2025", "2025-13-01", "yesterday", "2025-02-30"} {
		msg := do(h, "POST", "/v1/extract?date="+bad, "text/plain", strings.NewReader(text)).failure(t, 400)
		if !strings.Contains(msg, "YYYY-MM-DD") {
			t.Errorf("date=%s: message %q", bad, msg)
		}
	}
}

func TestExtractHTML(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	page := seed(t, "dev/govuk-world_news_story_news_article.html")
	for _, ct := range []string{"text/html; charset=utf-8", "application/octet-stream", ""} {
		d := do(h, "POST", "/v1/extract", ct, bytes.NewReader(page)).doc(t)
		if !strings.Contains(d.Body, "This year, the United Kingdom has had much to celebrate.") || strings.Contains(d.Body, "<p") || strings.Contains(d.Body, "\n\n\n") {
			t.Errorf("%q: body %d bytes: %.200s", ct, len(d.Body), d.Body)
		}
	}
	doc := "<!DOCTYPE html><html><head><title>Minister visits Warsaw</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>" +
		"<article><h1>Minister visits Warsaw</h1><p>The Foreign Minister visited Warsaw on Wednesday, where she met the Prime Minister and the President of Poland.</p>" +
		"<p>The ministers discussed support to Ukraine, defence spending and the preparations for the summit in The Hague in June.</p></article></body></html>"
	d := do(h, "POST", "/v1/extract", "text/html", strings.NewReader(doc)).doc(t)
	if d.Title != "Minister visits Warsaw" || !strings.Contains(d.Body, "The ministers discussed support to Ukraine") || strings.Contains(d.Body, "<p>") {
		t.Errorf("HTML page: title %q, body %q", d.Title, d.Body)
	}
	// format= overrides the Content-Type: read as text, the markup stays.
	d = do(h, "POST", "/v1/extract?format=text", "text/html", strings.NewReader(doc)).doc(t)
	if !strings.Contains(d.Body+fmt.Sprint(d.Removed), "<p>") {
		t.Errorf("format=text: %q", d.Body)
	}
	do(h, "POST", "/v1/extract?format=pdf", "text/html", strings.NewReader("x")).failure(t, 400)
}

func TestExtractGzip(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	page := seed(t, "nato/000_*.txt")
	plain := do(h, "POST", "/v1/extract?date=2025-03-26", "text/plain", bytes.NewReader(page)).doc(t)
	zipped := do(h, "POST", "/v1/extract?date=2025-03-26", "text/plain", bytes.NewReader(gz(t, page)), "Content-Encoding", "gzip").doc(t)
	if zipped.Body != plain.Body || len(zipped.Removed) != len(plain.Removed) {
		t.Errorf("gzip body differs from the plain one")
	}
	// A gzip file sent as it is (no Content-Encoding) is detected.
	if d := do(h, "POST", "/v1/extract", "application/gzip", bytes.NewReader(gz(t, page))).doc(t); d.Body != plain.Body {
		t.Errorf("application/gzip body differs")
	}
	// Bad gzip streams are the client's fault.
	z := gz(t, page)
	do(h, "POST", "/v1/extract", "text/plain", bytes.NewReader(z[:len(z)/2]), "Content-Encoding", "gzip").failure(t, 400)
	do(h, "POST", "/v1/extract", "text/plain", bytes.NewReader(page), "Content-Encoding", "gzip").failure(t, 400)
	bad := append([]byte{0x1f, 0x8b}, page[:100]...)
	do(h, "POST", "/v1/extract", "text/plain", bytes.NewReader(bad), "Content-Encoding", "gzip").failure(t, 400)
	do(h, "POST", "/v1/extract", "text/plain", bytes.NewReader(page), "Content-Encoding", "br").failure(t, 415)
}

func TestExtractGzipBomb(t *testing.T) {
	// Small on the wire, over the decompressed limit: 413, not 500 and not
	// an out-of-memory.
	h := newTestHandler(extract.Options{MaxInputBytes: 1 << 20}, Options{MaxBytes: 1 << 20})
	bomb := gz(t, bytes.Repeat([]byte("The minister spoke. "), 200000)) // 4 MB of text
	if len(bomb) > 1<<20 {
		t.Fatalf("bomb is %d bytes compressed", len(bomb))
	}
	do(h, "POST", "/v1/extract", "text/plain", bytes.NewReader(bomb), "Content-Encoding", "gzip").failure(t, 413)
	// with the limit known, the answer states it
	h = newTestHandler(extract.Options{MaxInputBytes: 1 << 20}, Options{MaxBytes: 1 << 20, MaxDecoded: 1 << 20})
	msg := do(h, "POST", "/v1/extract", "text/plain", bytes.NewReader(bomb), "Content-Encoding", "gzip").failure(t, 413)
	if !strings.Contains(msg, "1048576 bytes") {
		t.Errorf("413 message %q does not state the limit", msg)
	}
}

func TestAccessLog(t *testing.T) {
	var logs bytes.Buffer
	h := newTestHandler(extract.Options{}, Options{Access: slog.New(slog.NewJSONHandler(&logs, nil))})
	do(h, "GET", "/healthz", "", nil)
	do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("The minister met her counterpart in Dublin on Monday."))
	do(h, "GET", "/nope", "", nil)
	var recs []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line %q: %v", l, err)
		}
		recs = append(recs, m)
	}
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3: %s", len(recs), logs.String())
	}
	for i, want := range []struct {
		method, path string
		status       float64
	}{{"GET", "/healthz", 200}, {"POST", "/v1/extract", 200}, {"GET", "/nope", 404}} {
		r := recs[i]
		if r["method"] != want.method || r["path"] != want.path || r["status"] != want.status {
			t.Errorf("record %d: %v, want %v", i, r, want)
		}
		if b, _ := r["bytes"].(float64); b <= 0 {
			t.Errorf("record %d: no bytes: %v", i, r)
		}
		if _, ok := r["duration"]; !ok {
			t.Errorf("record %d: no duration", i)
		}
	}
}

func TestExtractBadInput(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	ok := "The President met the Prime Minister in Warsaw on Wednesday."
	for _, c := range []struct {
		name, ct, body string
		status         int
	}{
		{"empty", "text/plain", "", 400},
		{"blank", "text/plain", " \n\t\n ", 400},
		{"binary", "application/octet-stream", "\x00\x01\x02\x03PK\x03\x04\x00\x00", 400},
		{"json", "application/json", `{"text": "x"}`, 415},
		{"form", "application/x-www-form-urlencoded", "text=x", 415},
		{"image", "image/png", "\x89PNG", 415},
		{"multipart", "multipart/form-data; boundary=x", "--x--", 415},
		{"bad content type", "text/plain; charset", ok, 415},
		{"charset", "text/plain; charset=shift_jis", ok, 415},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := do(h, "POST", "/v1/extract", c.ct, strings.NewReader(c.body))
			if a.status == 400 && c.status == 400 || a.status == 415 && c.status == 415 {
				a.failure(t, a.status)
				return
			}
			a.failure(t, c.status)
		})
	}
	for _, c := range []string{"text/plain; charset=UTF-8", "text/plain; charset=windows-1252", "text/html;charset=iso-8859-1", "application/xhtml+xml"} {
		if a := do(h, "POST", "/v1/extract", c, strings.NewReader(ok)); a.status != 200 {
			t.Errorf("%q: %d %s", c, a.status, a.body)
		}
	}
}

func TestMethodsAndPaths(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	a := do(h, "GET", "/v1/extract", "", nil)
	a.failure(t, 405)
	if a.header.Get("Allow") != "POST" {
		t.Errorf("Allow %q", a.header.Get("Allow"))
	}
	do(h, "PUT", "/v1/extract", "text/plain", strings.NewReader("x")).failure(t, 405)
	do(h, "GET", "/v2/extract", "", nil).failure(t, 404)
	do(h, "POST", "/", "text/plain", strings.NewReader("x")).failure(t, 404)
}

// A body over the limit gets 413, whether its length is declared or not.
func TestTooLarge(t *testing.T) {
	const limit = 32 << 20
	h := newTestHandler(extract.Options{}, Options{MaxBytes: limit})
	big := bytes.Repeat([]byte("The Secretary General met the Prime Minister in Warsaw today.\n"), 70<<20/62+1) // 70 MB
	if len(big) < 70<<20 {
		t.Fatalf("body is %d bytes", len(big))
	}

	// Declared length: refused before reading.
	req := httptest.NewRequest("POST", "/v1/extract", bytes.NewReader(big))
	req.Header.Set("Content-Type", "text/plain")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	answer{rec.Code, rec.Header(), rec.Body.Bytes()}.failure(t, 413)

	// Unknown length: cut by http.MaxBytesReader.
	req = httptest.NewRequest("POST", "/v1/extract", io.MultiReader(bytes.NewReader(big)))
	req.ContentLength = -1
	req.Header.Set("Content-Type", "text/plain")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	answer{rec.Code, rec.Header(), rec.Body.Bytes()}.failure(t, 413)

	// Over a real connection, chunked, as a client streaming a file sends it.
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := http.Post(srv.URL+"/v1/extract", "text/plain", io.MultiReader(bytes.NewReader(big)))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	answer{res.StatusCode, res.Header, body}.failure(t, 413)

	// Just under the limit is fine (a smaller limit keeps the test quick).
	small := big[:1<<20-1024]
	srv2 := httptest.NewServer(newTestHandler(extract.Options{}, Options{MaxBytes: 1 << 20}))
	defer srv2.Close()
	res, err = http.Post(srv2.URL+"/v1/extract", "text/plain", bytes.NewReader(small))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("%d bytes: status %d", len(small), res.StatusCode)
	}
}

type panicky struct{}

func (panicky) Extract(context.Context, extract.Input) (*extract.Document, error) { panic("boom") }

type failing struct{ err error }

func (f failing) Extract(context.Context, extract.Input) (*extract.Document, error) {
	return nil, f.err
}

func TestInternalErrors(t *testing.T) {
	h := New(panicky{}, Options{})
	do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("x")).failure(t, 500)
	h = New(failing{errors.New("disk on fire")}, Options{})
	do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("x")).failure(t, 500)
	h = New(failing{context.DeadlineExceeded}, Options{})
	do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("x")).failure(t, 503)
	for _, err := range []error{extract.ErrEmpty, extract.ErrBinary, extract.ErrGzip} {
		h = New(failing{err}, Options{})
		do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("x")).failure(t, 400)
	}
	h = New(failing{extract.ErrTooLarge}, Options{})
	do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("x")).failure(t, 413)
	h = New(failing{extract.ErrEncoding}, Options{})
	do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("x")).failure(t, 415)
}

// Whatever the body, the answer is never a 500: random bytes, random cuts
// of real pages, markup soup.
func TestNeverInternalErrorOnBadInput(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{})
	pages := [][]byte{seed(t, "nato/000_*.txt"), seed(t, "dev/govuk-world_news_story_news_article.html")}
	rng := rand.New(rand.NewPCG(1, 2))
	types := []string{"text/plain", "text/html", "application/octet-stream", ""}
	n := 300
	if testing.Short() {
		n = 60
	}
	for i := 0; i < n; i++ {
		var body []byte
		switch i % 4 {
		case 0:
			body = make([]byte, rng.IntN(2000))
			for j := range body {
				body[j] = byte(rng.IntN(256))
			}
		case 1:
			p := pages[rng.IntN(len(pages))]
			a := rng.IntN(len(p))
			b := a + rng.IntN(len(p)-a)
			body = p[a:b]
		case 2:
			var sb strings.Builder
			tags := []string{"<p>", "</p>", "<div>", "<table><tr><td>", "<!--", "-->", "<script>", "</script>", "Mr Rutte said “", "”", "\u00a0", "\xff", "&amp;", "&#0;", "<b>Q:</b>", "\n\n"}
			for j := 0; j < 200; j++ {
				sb.WriteString(tags[rng.IntN(len(tags))])
			}
			body = []byte(sb.String())
		case 3:
			body = gz(t, pages[rng.IntN(len(pages))])
			body = body[:rng.IntN(len(body))]
		}
		a := do(h, "POST", "/v1/extract", types[rng.IntN(len(types))], bytes.NewReader(body))
		if a.status >= 500 {
			t.Fatalf("body %d (%d bytes): status %d %s", i, len(body), a.status, a.body)
		}
	}
}

func TestConcurrent(t *testing.T) {
	h := newTestHandler(extract.Options{}, Options{MaxInFlight: 2})
	srv := httptest.NewServer(h)
	defer srv.Close()
	page := seed(t, "nato/000_*.txt")
	want := do(h, "POST", "/v1/extract?date=2025-03-26", "text/plain", bytes.NewReader(page)).body
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Post(srv.URL+"/v1/extract?date=2025-03-26", "text/plain", bytes.NewReader(page))
			if err != nil {
				errs <- err.Error()
				return
			}
			got, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != 200 || !bytes.Equal(got, want) {
				errs <- "different answer under concurrency"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// BenchmarkServeExtract measures one request through the handler (body
// read, extraction, JSON encoding) on seed 000, without the network.
func BenchmarkServeExtract(b *testing.B) {
	h := newTestHandler(extract.Options{}, Options{})
	page := seed(b, "nato/000_*.txt")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/extract?date=2025-03-26", bytes.NewReader(page))
		req.Header.Set("Content-Type", "text/plain")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkExtractOnly is the same extraction without HTTP, for comparison.
func BenchmarkExtractOnly(b *testing.B) {
	x := extract.New(extract.Options{})
	page := seed(b, "nato/000_*.txt")
	ref, _ := time.Parse(time.DateOnly, "2025-03-26")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := x.Extract(context.Background(), extract.Input{Data: page, ReferenceDate: ref})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(doc); err != nil {
			b.Fatal(err)
		}
	}
}
