package browsertest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/examples/server/internal/service"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/quotes"
)

// chromium returns the browser to drive, or skips the test when there is
// none and the test is not running in CI (where a missing browser fails).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but no Chromium is installed (apt-get install -y chromium)")
	}
	t.Skip("Chromium is not installed (apt-get install -y chromium); CI is not set")
	return ""
}

// browser starts a headless Chromium for the test and returns its context.
// Uncaught exceptions and error log entries of the page are collected in
// *problems.
func browser(t *testing.T) (ctx context.Context, problems func() []string) {
	t.Helper()
	exe := chromium(t)
	// A fresh profile per browser; removed once Chromium has let go of it
	// (t.TempDir's removal can race with the browser's last writes).
	profile, err := os.MkdirTemp("", "inspector-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1400, 1000),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	var mu sync.Mutex
	var seen []string
	chromedp.ListenTarget(bctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			seen = append(seen, "exception: "+ev.ExceptionDetails.Error())
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.LevelError {
				seen = append(seen, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
			}
		}
	})
	if err := chromedp.Run(bctx); err != nil { // start the browser
		cancelBrowser()
		cancelAlloc()
		os.RemoveAll(profile)
		t.Fatalf("starting Chromium: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(bctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelBrowser()
		cancelAlloc()
		for i := 0; i < 50 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// shown is what the inspector page shows after a submission, read from its
// DOM.
type shown struct {
	Hidden    bool // the result section is hidden
	State     string
	Status    string
	Body      string
	Officials []mark
	Countries []mark
	Dates     []mark
	Quotes    []mark
	Turns     []turn
	Removed   []removed
	Colours   map[string]string
	Lists     map[string]int
}

type mark struct {
	Text, Name, Title, ISO2, Value, Speaker, Tip string
}

type turn struct {
	Speaker, Kind, Head, Text string
}

type removed struct {
	Text, Reason string
}

const readPage = `(() => {
  const all = (s) => Array.from(document.querySelectorAll(s));
  const mark = (e) => ({Text: e.textContent, Name: e.dataset.name || "", Title: e.dataset.title || "", ISO2: e.dataset.iso2 || "",
    Value: e.dataset.value || "", Speaker: e.dataset.speaker || "", Tip: e.title});
  const colours = {};
  for (const k of ["official", "country", "date", "quote"]) {
    const e = document.querySelector("#body .hl-" + k);
    if (e) colours[k] = getComputedStyle(e).backgroundColor;
  }
  const lists = {};
  for (const k of ["officials", "countries", "quotes", "dates", "events", "removed"]) lists[k] = all("#" + k + " li").length;
  return {
    Hidden: document.getElementById("result").hidden,
    State: document.body.dataset.state || "",
    Status: document.getElementById("status").textContent,
    Body: document.getElementById("body").textContent,
    Officials: all("#body .hl-official").map(mark),
    Countries: all("#body .hl-country").map(mark),
    Dates: all("#body .hl-date").map(mark),
    Quotes: all("#body .hl-quote").map(mark),
    Turns: all("#body .turn").map((e) => ({Speaker: e.dataset.speaker, Kind: e.dataset.kind,
      Head: e.querySelector(".turn-head").textContent, Text: e.textContent})),
    Removed: all("#removed li").map((e) => ({Text: e.querySelector(".removed-text").textContent, Reason: e.dataset.reason})),
    Colours: colours,
    Lists: lists,
  };
})()`

// pasteAndSubmit loads the page, pastes text into the text box (as a paste
// does: text inserted at the caret, input events fired), sets the date and
// submits, then waits for the answer to be shown.
func pasteAndSubmit(ctx context.Context, url, text, date string) chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.Navigate(url),
		chromedp.WaitVisible("#input", chromedp.ByID),
		chromedp.Focus("#input", chromedp.ByID),
		chromedp.ActionFunc(func(ctx context.Context) error { return input.InsertText(text).Do(ctx) }),
		chromedp.SetValue("#date", date, chromedp.ByID),
		chromedp.Click("#submit", chromedp.ByID),
		chromedp.Poll(`["done", "error"].includes(document.body.dataset.state)`, nil, chromedp.WithPollingTimeout(60*time.Second)),
	}
}

func screenshot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
	if dir := os.Getenv("INSPECTOR_SCREENSHOT_DIR"); dir != "" { // keep a copy past the test
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	return path
}

func find(ms []mark, text string) (mark, bool) {
	for _, m := range ms {
		if m.Text == text {
			return m, true
		}
	}
	return mark{}, false
}

func seed000(t *testing.T) string {
	files, _ := filepath.Glob("../../../testdata/nato/000_*.txt")
	if len(files) != 1 {
		t.Fatal("testdata/nato/000_*.txt not found")
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestInspectorSeed000 pastes seed 000 into the page served by the real
// service and checks what the page shows.
func TestInspectorSeed000(t *testing.T) {
	srv := httptest.NewServer(service.New(extract.New(extract.Options{}), service.Options{}))
	defer srv.Close()
	ctx, problems := browser(t)
	var got shown
	if err := chromedp.Run(ctx, pasteAndSubmit(ctx, srv.URL, seed000(t), "2025-03-26"), chromedp.Evaluate(readPage, &got)); err != nil {
		t.Fatal(err)
	}
	defer screenshot(t, ctx, "inspector-seed000.png")
	if got.State != "done" {
		t.Fatalf("page state %q: %s", got.State, got.Status)
	}

	rutte, ok := find(got.Officials, "Mark Rutte")
	if !ok || rutte.Name != "Mark Rutte" || !strings.Contains(rutte.Tip, "Secretary General") {
		t.Errorf("\"Mark Rutte\" not highlighted as an official with his title: %+v in %+v", rutte, got.Officials)
	}
	poland, ok := find(got.Countries, "Poland")
	if !ok || poland.ISO2 != "PL" || !strings.Contains(poland.Tip, "PL") {
		t.Errorf("\"Poland\" not highlighted as a country with its ISO code: %+v in %+v", poland, got.Countries)
	}
	quoted := false
	for _, q := range got.Quotes {
		if q.Speaker == "Mark Rutte" && strings.Contains(q.Tip, "speaker: Mark Rutte") && strings.Contains(q.Text, "there is no alternative to NATO") {
			quoted = true
		}
	}
	if !quoted {
		t.Errorf("no quote of Mark Rutte highlighted with its speaker: %+v", got.Quotes)
	}
	if len(got.Dates) == 0 || got.Dates[0].Value == "" {
		t.Errorf("no date highlighted with its value: %+v", got.Dates)
	}
	if strings.Contains(got.Body, "Reset password") {
		t.Error("the shown body keeps \"Reset password\"")
	}
	if !strings.HasPrefix(strings.TrimSpace(got.Body), "NATO Secretary General Mark Rutte visited Warsaw") {
		t.Errorf("shown body: %.200q", got.Body)
	}
	reset := false
	for _, r := range got.Removed {
		if r.Text == "Reset password" && r.Reason != "" {
			reset = true
		}
	}
	if !reset {
		t.Errorf("\"Reset password\" not listed among the removed blocks with a reason: %+v", got.Removed)
	}
	colours := map[string]string{}
	for k, c := range got.Colours {
		if other, dup := colours[c]; dup {
			t.Errorf("%s and %s highlighted in the same colour %s", k, other, c)
		}
		colours[c] = k
	}
	if len(got.Colours) < 3 {
		t.Errorf("colours of highlights: %v", got.Colours)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page problems: %q", p)
	}
}

// fake answers a fixed Document whatever it is sent.
type fake struct{ doc *extract.Document }

func (f fake) Extract(context.Context, extract.Input) (*extract.Document, error) { return f.doc, nil }

func span(body, s string, from int) (int, int) {
	i := strings.Index(body[from:], s)
	if i < 0 {
		panic("no " + s)
	}
	return from + i, from + i + len(s)
}

// TestInspectorSpans checks the page's byte-span arithmetic and its
// transcript view on a document whose spans follow multi-byte characters,
// so that offsets read as UTF-16 indexes would land on the wrong words.
func TestInspectorSpans(t *testing.T) {
	body := "Władysław Kosiniak-Kamysz (Wicepremier) met the Secretary General in Kraków.\n\n" +
		"Mark Rutte, NATO Secretary General\n\n" +
		"Dzień dobry. “Poland’s défense is an example to all Allies,” said Mr Rutte on 26 March 2025 — 🇵🇱 — in Kraków.\n\n" +
		"Question\n\n" +
		"Will Türkiye take part?\n\n" +
		"Mark Rutte, NATO Secretary General\n\n" +
		"Yes: Türkiye will."
	ws, we := span(body, "Władysław Kosiniak-Kamysz", 0)
	rs, re := span(body, "Mr Rutte", 0)
	ls, le := span(body, "Mark Rutte", 0)
	ps, pe := span(body, "Poland", 0)
	ts, te := span(body, "Türkiye", 0)
	ts2, te2 := span(body, "Türkiye", te)
	qs, qe := span(body, "“Poland’s défense is an example to all Allies,”", 0)
	ds, de := span(body, "26 March 2025", 0)
	t1s, t1e := span(body, "Dzień dobry. “Poland’s défense is an example to all Allies,” said Mr Rutte on 26 March 2025 — 🇵🇱 — in Kraków.", 0)
	t2s, t2e := span(body, "Will Türkiye take part?", 0)
	t3s, t3e := span(body, "Yes: Türkiye will.", 0)
	doc := &extract.Document{
		Source: "fake", Kind: extract.KindTranscript, Title: "Joint press point", Body: body,
		Removed: []extract.Removed{{Text: "Reset password", Reason: extract.ReasonInterface}, {Text: "Share this page", Reason: extract.ReasonRepeated}},
		Turns: []extract.Turn{
			{Kind: extract.TurnRemarks, Speaker: "Mark Rutte", Role: "NATO Secretary General", Text: body[t1s:t1e], Start: t1s, End: t1e},
			{Kind: extract.TurnQuestion, Text: body[t2s:t2e], Start: t2s, End: t2e},
			{Kind: extract.TurnAnswer, Speaker: "Mark Rutte", Role: "NATO Secretary General", Text: body[t3s:t3e], Start: t3s, End: t3e},
		},
		Officials: []entities.Official{
			{Name: "Władysław Kosiniak-Kamysz", Title: "Deputy Prime Minister", Country: "PL", Mentions: []entities.Span{{Start: ws, End: we}}},
			{Name: "Mark Rutte", Title: "Secretary General", Organization: "NATO", Aliases: []string{"Mr Rutte"}, Mentions: []entities.Span{{Start: ls, End: le}, {Start: rs, End: re}}},
		},
		Countries: []entities.Country{
			{Name: "Poland", ISO2: "PL", ISO3: "POL", Mentions: []entities.Span{{Start: ps, End: pe}}},
			{Name: "Türkiye", ISO2: "TR", ISO3: "TUR", Mentions: []entities.Span{{Start: ts, End: te}, {Start: ts2, End: te2}}},
		},
		Quotes: []quotes.Quote{{Text: body[qs+len("“") : qe-len("”")], Speaker: "Mark Rutte", Cue: "said", Start: qs, End: qe}},
	}
	doc.Dates = []dates.Mention{{Text: body[ds:de], Value: "2025-03-26", Grain: dates.GrainDay, Start: ds, End: de}}
	srv := httptest.NewServer(service.New(fake{doc}, service.Options{}))
	defer srv.Close()
	ctx, problems := browser(t)
	var got shown
	if err := chromedp.Run(ctx, pasteAndSubmit(ctx, srv.URL, "anything", "2025-03-26"), chromedp.Evaluate(readPage, &got)); err != nil {
		t.Fatal(err)
	}
	defer screenshot(t, ctx, "inspector-spans.png")
	if got.State != "done" {
		t.Fatalf("page state %q: %s", got.State, got.Status)
	}
	var texts []string
	for _, m := range got.Officials {
		texts = append(texts, m.Text)
	}
	if fmt.Sprint(texts) != "[Władysław Kosiniak-Kamysz Mark Rutte Mr Rutte]" {
		t.Errorf("officials highlighted: %q", texts)
	}
	texts = texts[:0]
	for _, m := range got.Countries {
		texts = append(texts, m.Text+"/"+m.ISO2)
	}
	if fmt.Sprint(texts) != "[Poland/PL Türkiye/TR Türkiye/TR]" {
		t.Errorf("countries highlighted: %q", texts)
	}
	if len(got.Dates) != 1 || got.Dates[0].Text != "26 March 2025" || got.Dates[0].Value != "2025-03-26" || !strings.Contains(got.Dates[0].Tip, "2025-03-26") {
		t.Errorf("dates highlighted: %+v", got.Dates)
	}
	// The quote contains the country, so it is shown in pieces around it;
	// joined, the pieces are the quote.
	var quote strings.Builder
	for _, q := range got.Quotes {
		if q.Speaker != "Mark Rutte" || !strings.Contains(q.Tip, "speaker: Mark Rutte; cue: said") {
			t.Errorf("quote piece %+v", q)
		}
		quote.WriteString(q.Text)
	}
	if quote.String() != "“Poland’s défense is an example to all Allies,”" {
		t.Errorf("quote shown as %q", quote.String())
	}
	if len(got.Turns) != 3 || got.Turns[0].Kind != "remarks" || got.Turns[1].Kind != "question" || got.Turns[2].Kind != "answer" ||
		!strings.HasPrefix(got.Turns[0].Head, "Mark Rutte, NATO Secretary General") || got.Turns[1].Speaker != "" ||
		!strings.HasSuffix(got.Turns[2].Text, "Yes: Türkiye will.") {
		t.Errorf("turns shown: %+v", got.Turns)
	}
	if len(got.Removed) != 2 || got.Removed[0] != (removed{"Reset password", "interface"}) || got.Removed[1] != (removed{"Share this page", "repeated"}) {
		t.Errorf("removed blocks shown: %+v", got.Removed)
	}
	if got.Lists["officials"] != 2 || got.Lists["countries"] != 2 || got.Lists["quotes"] != 1 || got.Lists["dates"] != 1 {
		t.Errorf("side lists: %v", got.Lists)
	}
	// Every character of the body is shown once: labels between turns too.
	shownText := strings.Join(strings.Fields(got.Body), " ")
	for _, line := range strings.Split(body, "\n\n") {
		if !strings.Contains(shownText, strings.Join(strings.Fields(line), " ")) {
			t.Errorf("shown body lacks %q", line)
		}
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page problems: %q", p)
	}
}

// TestInspectorErrors checks that the page shows the service's error.
func TestInspectorErrors(t *testing.T) {
	srv := httptest.NewServer(service.New(extract.New(extract.Options{}), service.Options{MaxBytes: 100}))
	defer srv.Close()
	ctx, _ := browser(t)
	var got shown
	if err := chromedp.Run(ctx, pasteAndSubmit(ctx, srv.URL, strings.Repeat("The minister spoke. ", 10), ""), chromedp.Evaluate(readPage, &got)); err != nil {
		t.Fatal(err)
	}
	if got.State != "error" || !strings.Contains(got.Status, "413") {
		t.Errorf("page after a 413: state %q, status %q", got.State, got.Status)
	}
}

// TestInspectorUpload sends a file chosen in the file field instead of the
// text box.
func TestInspectorUpload(t *testing.T) {
	srv := httptest.NewServer(service.New(extract.New(extract.Options{}), service.Options{}))
	defer srv.Close()
	page, err := filepath.Abs("../../../testdata/dev/govuk-world_news_story_news_article.html")
	if err != nil {
		t.Fatal(err)
	}
	ctx, problems := browser(t)
	var got shown
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible("#file", chromedp.ByID),
		chromedp.SetUploadFiles("#file", []string{page}, chromedp.ByID),
		chromedp.Click("#submit", chromedp.ByID),
		chromedp.Poll(`["done", "error"].includes(document.body.dataset.state)`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Evaluate(readPage, &got),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != "done" || !strings.Contains(got.Body, "This year, the United Kingdom has had much to celebrate.") || strings.Contains(got.Body, "<p>") {
		t.Errorf("uploaded HTML page: state %q %q, body %.200q", got.State, got.Status, got.Body)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page problems: %q", p)
	}
}

// TestInspectorTranscript uploads a press-conference transcript and checks
// that the page shows every turn of the Document as a turn, with its
// speaker and kind.
func TestInspectorTranscript(t *testing.T) {
	x := extract.New(extract.Options{})
	srv := httptest.NewServer(service.New(x, service.Options{}))
	defer srv.Close()
	page, err := filepath.Abs("../../../testdata/dev/state-secretary-antony-j-blinken-and-finnish-foreign-minister-pekka-haavisto-at-a-joint-press-availability.html")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Input{Data: data})
	if err != nil {
		t.Fatal(err)
	}
	ctx, problems := browser(t)
	var got shown
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible("#file", chromedp.ByID),
		chromedp.SetUploadFiles("#file", []string{page}, chromedp.ByID),
		chromedp.Click("#submit", chromedp.ByID),
		chromedp.Poll(`["done", "error"].includes(document.body.dataset.state)`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Evaluate(readPage, &got),
	)
	if err != nil {
		t.Fatal(err)
	}
	defer screenshot(t, ctx, "inspector-transcript.png")
	if got.State != "done" {
		t.Fatalf("page state %q: %s", got.State, got.Status)
	}
	if len(got.Turns) != len(doc.Turns) || len(doc.Turns) < 2 {
		t.Fatalf("%d turns shown, the Document has %d", len(got.Turns), len(doc.Turns))
	}
	questions, blinken := 0, 0
	for i, tr := range got.Turns {
		want := doc.Turns[i]
		if tr.Speaker != want.Speaker || tr.Kind != want.Kind.String() {
			t.Errorf("turn %d shown as %q/%q, want %q/%q", i, tr.Speaker, tr.Kind, want.Speaker, want.Kind)
		}
		if want.Speaker != "" && !strings.HasPrefix(tr.Head, want.Speaker) {
			t.Errorf("turn %d headed %q", i, tr.Head)
		}
		if tr.Kind == "question" {
			questions++
		}
		if tr.Speaker == "Antony J. Blinken" {
			blinken++
		}
	}
	if questions == 0 || blinken == 0 {
		t.Errorf("turns shown: %d questions, %d of Antony J. Blinken", questions, blinken)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page problems: %q", p)
	}
}

// TestInspectorErrorClearsResult checks that an error answer leaves no
// earlier result on show.
func TestInspectorErrorClearsResult(t *testing.T) {
	srv := httptest.NewServer(service.New(extract.New(extract.Options{}), service.Options{MaxBytes: 400}))
	defer srv.Close()
	ctx, _ := browser(t)
	var first, second shown
	err := chromedp.Run(ctx,
		pasteAndSubmit(ctx, srv.URL, "The minister met her counterpart in Dublin on Monday to discuss energy.", ""),
		chromedp.Evaluate(readPage, &first),
		chromedp.SetValue("#input", strings.Repeat("The minister spoke again. ", 40), chromedp.ByID),
		chromedp.Click("#submit", chromedp.ByID),
		chromedp.Poll(`document.body.dataset.state === "error"`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Evaluate(readPage, &second),
	)
	if err != nil {
		t.Fatal(err)
	}
	if first.State != "done" || first.Hidden {
		t.Fatalf("first page: state %q, hidden %v", first.State, first.Hidden)
	}
	if !second.Hidden || !strings.Contains(second.Status, "413") {
		t.Errorf("after an error: result hidden %v, status %q", second.Hidden, second.Status)
	}
}

// TestInspectorExamples checks the example button and ?url=, which opens
// only the pages the inspector ships.
func TestInspectorExamples(t *testing.T) {
	var (
		mu    sync.Mutex
		asked []string
	)
	h := service.New(extract.New(extract.Options{}), service.Options{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.URL.Path)
		mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	ctx, problems := browser(t)
	var byButton, byURL, refused shown
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible("#example", chromedp.ByID),
		chromedp.Click("#example", chromedp.ByID),
		chromedp.Poll(`["done", "error"].includes(document.body.dataset.state)`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Evaluate(readPage, &byButton),
		chromedp.Navigate(srv.URL+"/?url=state-press-availability.html"),
		chromedp.Poll(`["done", "error"].includes(document.body.dataset.state)`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Evaluate(readPage, &byURL),
		chromedp.Navigate(srv.URL+"/?url="+url.QueryEscape(srv.URL+"/healthz")),
		chromedp.Poll(`document.body.dataset.state === "error"`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(readPage, &refused),
	)
	if err != nil {
		t.Fatal(err)
	}
	if byButton.State != "done" || !strings.Contains(byButton.Body, "Rutte") {
		t.Errorf("example button: state %q, body %.120q", byButton.State, byButton.Body)
	}
	if byURL.State != "done" || len(byURL.Turns) == 0 {
		t.Errorf("?url= of a shipped example: state %q, %d turns", byURL.State, len(byURL.Turns))
	}
	if !refused.Hidden || !strings.Contains(refused.Status, "Only the bundled examples") {
		t.Errorf("?url= of anything else: hidden %v, status %q", refused.Hidden, refused.Status)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range asked {
		if p == "/healthz" {
			t.Errorf("the page fetched a URL it was given: %v", asked)
		}
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page problems: %q", p)
	}
}
