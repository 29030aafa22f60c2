package htmlread

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func mustParseHTML(t *testing.T, src string) Page {
	t.Helper()
	page, err := Parse([]byte(src), DefaultMaxDepth)
	if err != nil {
		t.Fatalf("parseHTML: %v", err)
	}
	return page
}

func blockTexts(page Page) []string {
	out := make([]string, len(page.Blocks))
	for i, b := range page.Blocks {
		out[i] = b.Text
	}
	return out
}

func findBlock(page Page, prefix string) *block.Block {
	for i := range page.Blocks {
		if strings.HasPrefix(page.Blocks[i].Text, prefix) {
			return &page.Blocks[i]
		}
	}
	return nil
}

// A page of an official site: menus, a header, the article, related links,
// a footer.
const officialPage = `<!DOCTYPE html>
<html lang="en"><head>
<title>Secretary Blinken’s Meeting with Polish Foreign Minister Rau - United States Department of State</title>
<meta property="og:title" content="Secretary Blinken’s Meeting with Polish Foreign Minister Rau">
<meta property="article:published_time" content="2022-02-03T18:12:00-05:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-02-03","headline":"Secretary Blinken’s Meeting"}</script>
<style>body { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><nav aria-label="Main">
<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul>
</nav>
<form role="search"><input type="text" placeholder="Search"><button>Search</button></form>
</header>
<main id="main">
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/press">Press releases</a></div>
<article class="article">
<h1 class="article-title">Secretary Blinken’s Meeting with Polish Foreign Minister Rau</h1>
<p class="article-meta">Readout <time datetime="2022-02-03">February 3, 2022</time></p>
<div class="article-body">
<p>Office of the Spokesperson</p>
<p>The following is attributable to Spokesperson&nbsp;Ned Price:</p>
<p>Secretary of State Antony J. Blinken met today with Polish Foreign Minister Zbigniew Rau in Washington, D.C., as part of the U.S.-Poland Strategic Dialogue. Secretary Blinken and Foreign Minister Rau discussed collective security and regional issues, including the shared commitment to Ukraine’s sovereignty and territorial integrity.</p>
<p>The Secretary emphasized the importance of the bilateral relationship and thanked Poland for its leadership on NATO’s Eastern Flank and as OSCE Chair for 2022.</p>
<ul><li>Strategic Dialogue: energy security, defence, and trade.</li><li>Rule of law in the EU.</li></ul>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
</div>
<section class="related-content"><h2>Related articles</h2>
<ul><li><a href="/a">Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba</a></li>
<li><a href="/b">Deputy Secretary Sherman’s Meeting with Polish Ambassador</a></li></ul></section>
</article>
</main>
<aside class="sidebar"><h2>Most read</h2><p>Travel advisories are updated every week for every country of the world, with details.</p></aside>
<footer><p>Official website of the U.S. Department of State. <a href="/privacy">Privacy Policy</a></p></footer>
</body></html>`

func TestParseHTMLOfficialPage(t *testing.T) {
	page := mustParseHTML(t, officialPage)
	if want := "Secretary Blinken’s Meeting with Polish Foreign Minister Rau"; page.Title != want {
		t.Errorf("Title = %q, want %q", page.Title, want)
	}
	if len(page.Dates) != 2 || page.Dates[0] != "2022-02-03T18:12:00-05:00" || page.Dates[1] != "2022-02-03" {
		t.Errorf("Dates = %q", page.Dates)
	}
	keep := []string{
		"Office of the Spokesperson",
		"The following is attributable to Spokesperson Ned Price:",
		"Secretary of State Antony J. Blinken met today",
		"The Secretary emphasized",
		"Strategic Dialogue: energy security",
		"Rule of law in the EU.",
	}
	for _, k := range keep {
		b := findBlock(page, k)
		if b == nil {
			t.Errorf("no block %q in %q", k, blockTexts(page))
			continue
		}
		if b.Removed != 0 {
			t.Errorf("block %q removed (%v)", k, b.Removed)
		}
	}
	if b := findBlock(page, "Strategic Dialogue"); b != nil && b.Kind != block.ListItem {
		t.Errorf("list item kind = %v", b.Kind)
	}
	h := findBlock(page, "Secretary Blinken’s Meeting")
	if h == nil || !h.Title || h.Kind != block.Heading {
		t.Errorf("headline block = %+v", h)
	}
	drop := map[string]block.Reason{
		"Home":                      block.ReasonNavigation,
		"Skip to content":           0,
		"Facebook Twitter Email":    0,
		"Related articles":          0,
		"Secretary Blinken’s Call":  0,
		"Most read":                 0,
		"Travel advisories":         0,
		"Official website of the U": 0,
		"Search":                    0,
	}
	for k, reason := range drop {
		b := findBlock(page, k)
		if b == nil {
			t.Errorf("no block %q: everything removed must still be a block", k)
			continue
		}
		if b.Removed == 0 {
			t.Errorf("block %q kept", k)
		}
		if reason != 0 && b.Removed != reason {
			t.Errorf("block %q removed as %v, want %v", k, b.Removed, reason)
		}
	}
	for _, b := range page.Blocks {
		if strings.Contains(b.Text, "color: red") || strings.Contains(b.Text, "not text") || strings.Contains(b.Text, "NewsArticle") {
			t.Errorf("script or style text in block %q", b.Text)
		}
	}
}

func TestParseHTMLLinkDensity(t *testing.T) {
	page := mustParseHTML(t, `<p>abcd <a href="/x">efgh</a></p><p><a href="/y">all of it</a></p><p>none</p>`)
	want := []float64{5.0 / 9, 1, 0}
	if len(page.Blocks) != 3 {
		t.Fatalf("blocks %q", blockTexts(page))
	}
	for i, w := range want {
		if got := page.Blocks[i].Links; got < w-1e-9 || got > w+1e-9 {
			t.Errorf("block %d %q links %v, want %v", i, page.Blocks[i].Text, got, w)
		}
	}
}

func TestParseHTMLText(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"inline spacing", `<p>one <b>two</b><i>three</i>  four&nbsp;&nbsp;five</p>`, []string{"one twothree four five"}},
		{"no-break and other spaces", "<p>a\u00a0\u2009b\u3000c\td\r\ne</p>", []string{"a b c d e"}},
		{"br splits", `<p>Office of the Spokesperson<br>Washington, DC<br/><br>May 5, 2022</p>`, []string{"Office of the Spokesperson", "Washington, DC", "May 5, 2022"}},
		{"br inside a sentence", "<p>The Minister said that<br>\nthe talks were useful.<br>Next line.<br>and, lower case<br><br>after two</p>", []string{"The Minister said that the talks were useful.", "Next line.", "and, lower case", "after two"}},
		{"implied p end", `<p>first<p>second<div>third</div>`, []string{"first", "second", "third"}},
		{"implied li end", `<ul><li>a<li>b<li>c</ul>`, []string{"a", "b", "c"}},
		{"table cells", `<table><tr><td>Name<td>Date<tr><td>Rutte<td>2025</table>`, []string{"Name", "Date", "Rutte", "2025"}},
		{"pre lines", "<pre>line one\n  line   two\n\nthree</pre>", []string{"line one", "line two", "three"}},
		{"dropped elements", `<p>a<script>x()</script>b<style>.c{}</style>c<svg><text>d</text></svg>e<template><p>f</p></template>g<noscript>h</noscript></p>`, []string{"abceg"}},
		{"unclosed svg ends at html tag", `<svg><path d="M0"><p>text</p>`, []string{"text"}},
		{"hidden input", `<p>text</p><p><input type="hidden" data-filter="1110000001" /></p>`, []string{"text"}},
		{"entities", `<p>Fish &amp; chips &lt;3 &eacute;</p>`, []string{"Fish & chips <3 é"}},
		{"invalid utf8", "<p>a\xffb</p>", []string{"a\uFFFDb"}},
		{"misnested inline", `<p><b>bold <i>both</b> italic</i> plain</p>`, []string{"bold both italic plain"}},
		{"stray end tags", `</div></p><p>a</span>b</p></td>`, []string{"ab"}},
		{"loose text", "First paragraph of text\nstill first.\n\nSecond <b>para</b>.\n \nThird.", []string{"First paragraph of text still first.", "Second para.", "Third."}},
		{"blank lines in a paragraph", "<p>one\n\ntwo</p>", []string{"one two"}},
	}
	for _, c := range cases {
		page := mustParseHTML(t, c.src)
		got := blockTexts(page)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: blocks %q, want %q", c.name, got, c.want)
		}
	}
}

func TestParseHTMLKinds(t *testing.T) {
	page := mustParseHTML(t, `<h2>Heading</h2><p>Para</p><blockquote><p>Quoted</p></blockquote>
<figure><img src=x><figcaption>Caption</figcaption></figure><table><caption>Table caption</caption><tr><th>Cell</th></tr></table>
<dl><dt>Term</dt><dd>Def</dd></dl><pre>code</pre>`)
	want := map[string]block.Kind{
		"Heading": block.Heading, "Para": block.Para, "Quoted": block.Quote, "Caption": block.Caption,
		"Table caption": block.Caption, "Cell": block.Cell, "Term": block.ListItem, "Def": block.ListItem,
		"code": block.Pre,
	}
	for _, b := range page.Blocks {
		if w, ok := want[b.Text]; !ok || b.Kind != w {
			t.Errorf("block %q kind %v, want %v", b.Text, b.Kind, w)
		}
	}
	if len(page.Blocks) != len(want) {
		t.Errorf("blocks %q", blockTexts(page))
	}
}

// The short fragments of official sites must keep every paragraph.
func TestParseHTMLFragments(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "dev", "*.html"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no HTML fragments: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		page, err := Parse(data, DefaultMaxDepth)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		paras := bytes.Count(data, []byte("<p>")) + bytes.Count(data, []byte("<p class"))
		hidden := bytes.Count(data, []byte(`<p><input type="hidden"`))
		if len(page.Blocks) != paras-hidden {
			t.Errorf("%s: %d blocks for %d paragraphs", filepath.Base(p), len(page.Blocks), paras-hidden)
		}
		for _, b := range page.Blocks {
			if b.Removed != 0 || b.Title {
				t.Errorf("%s: block %q removed (%v) or title", filepath.Base(p), b.Text, b.Removed)
			}
		}
	}
	page := mustParseHTML(t, `<p><b>SECRETARY BLINKEN:  </b>Thank you.  Good afternoon.</p><p><strong>QUESTION:</strong>&nbsp;Thanks.</p>`)
	if got := blockTexts(page); len(got) != 2 || got[0] != "SECRETARY BLINKEN: Thank you. Good afternoon." || got[1] != "QUESTION: Thanks." {
		t.Errorf("speaker labels: %q", got)
	}
	page = mustParseHTML(t, `<div class="govspeak"><p>Prime Minister Theresa May said:</p><blockquote>  <p>This year, the United Kingdom has had much to celebrate.</p></blockquote></div>`)
	if len(page.Blocks) != 2 || page.Blocks[1].Kind != block.Quote || page.Blocks[0].Removed != 0 || page.Blocks[1].Removed != 0 {
		t.Errorf("govspeak: %+v", page.Blocks)
	}
}

func TestParseHTMLTitle(t *testing.T) {
	cases := []struct{ src, want string }{
		{`<title>NATO - News: Secretary General visits Poland, 26-Mar.-2025</title><h1>Secretary General visits Poland</h1>`, "Secretary General visits Poland"},
		{`<title>Readout of the President’s Call | The White House</title><p>x</p>`, "Readout of the President’s Call"},
		{`<meta property="og:title" content="Press Statement"><title>Press Statement - State</title><h1>Press Statement</h1><p>x</p>`, "Press Statement"},
		{`<h1>Only a heading</h1><p>Body text.</p>`, "Only a heading"},
		{`<title>Meeting with Government members • President of Russia</title><p>x</p>`, "Meeting with Government members"},
		{`<title>PM's Christmas message 2016 - GOV.UK</title><p>x</p>`, "PM's Christmas message 2016"},
		{`<p>no title</p>`, ""},
		// a document title that is the site's name, over the article's h1
		{`<title>County Auditor</title><body><div><h1 class="PageHeader">2014 Tax Bills Posted Online</h1><hr><div class="presspage"><p>` +
			strings.Repeat("The county auditor announced today that tax bills are posted online for every property owner. ", 4) +
			`</p></div></div></body>`, "2014 Tax Bills Posted Online"},
	}
	for _, c := range cases {
		page := mustParseHTML(t, c.src)
		if page.Title != c.want {
			t.Errorf("%s: Title %q, want %q", c.src, page.Title, c.want)
		}
	}
}

// A page's h1 is its headline, kept with the article, though a weak class
// word calls it furniture ("PageHeader"); a strong one ("newsletter") does
// not pass.
func TestParseHTMLHeadlineClassWords(t *testing.T) {
	prose := strings.Repeat("The county auditor announced today that tax bills are posted online for every property owner. ", 4)
	for _, c := range []struct {
		class string
		kept  bool
	}{{"PageHeader", true}, {"newsletter-header", false}} {
		page := mustParseHTML(t, `<body><div><h1 class="`+c.class+`">Tax Bills Posted Online</h1><hr><div class="presspage"><p>`+prose+`</p></div></div></body>`)
		b := findBlock(page, "Tax Bills Posted Online")
		if b == nil {
			t.Fatalf("%s: no headline block", c.class)
		}
		if kept := b.Removed == 0; kept != c.kept {
			t.Errorf("%s: headline kept %v, want %v (reason %v)", c.class, kept, c.kept, b.Removed)
		}
	}
}

func TestParseHTMLDates(t *testing.T) {
	page := mustParseHTML(t, `<html><head>
<meta name="date" content="2025-03-27">
<script type="application/ld+json">{"@context":"https://schema.org","datePublished": "2025-03-26T10:00:00Z"}</script>
<meta property="article:published_time" content="2025-03-26T09:00:00+01:00">
</head><body><span itemprop="datePublished" content="2025-03-26"></span><time datetime="2025-03-25">yesterday</time><p>Text.</p></body></html>`)
	want := []string{"2025-03-26T09:00:00+01:00", "2025-03-26T10:00:00Z", "2025-03-26", "2025-03-27", "2025-03-25"}
	if strings.Join(page.Dates, " ") != strings.Join(want, " ") {
		t.Errorf("Dates = %q, want %q", page.Dates, want)
	}
}

// A CMS's stamp of when the node was made (Drupal's "field--name-created")
// yields to the article's own date field, wherever it stands.
func TestParseHTMLCreatedStampYields(t *testing.T) {
	page := mustParseHTML(t, `<span class="field field--name-title">City names fire chief</span>
<span class="field field--name-created"><time datetime="2025-07-15T20:56:37-07:00" class="datetime">Tue, 07/15/2025 - 20:56</time></span>
<div class="field field--name-body"><p>The city manager announced Wednesday that Jane Roe is the new fire chief of the city.</p></div>
<div class="field field--name-field-article-date"><time datetime="2025-07-16T12:00:00Z" class="datetime">July 16 2025</time></div>`)
	want := []string{"2025-07-16T12:00:00Z", "2025-07-15T20:56:37-07:00"}
	if strings.Join(page.Dates, " ") != strings.Join(want, " ") {
		t.Errorf("Dates = %q, want %q", page.Dates, want)
	}
	// each field its own block: the title field is the headline, kept
	// where the page prints it; the stamp is metadata
	if page.Title != "City names fire chief" {
		t.Errorf("Title = %q", page.Title)
	}
	for _, bl := range page.Blocks {
		switch {
		case bl.Text == "City names fire chief" && (bl.Removed != 0 || !bl.Title):
			t.Errorf("headline block %+v", bl)
		case strings.HasPrefix(bl.Text, "Tue,") && bl.Removed != block.ReasonMetadata:
			t.Errorf("stamp block %+v", bl)
		}
	}
}

// A page a document converter made gives in its plain date meta the file's
// date, not the text's: the sitting of "Wednesday, 31st July" converted on
// 5 August.
func TestParseHTMLConverterDates(t *testing.T) {
	for _, c := range []struct {
		generator string
		want      string
	}{{"pdftohtml 0.36", "2013-08-01"}, {"Microsoft Word 15", "2013-08-01"}, {"WordPress 6.4", "2013-08-05T12:57:24+00:00 2013-08-01"},
		{"Microsoft SharePoint", "2013-08-05T12:57:24+00:00 2013-08-01"}} {
		page := mustParseHTML(t, `<html><head><meta name="generator" content="`+c.generator+`">
<meta name="date" content="2013-08-05T12:57:24+00:00"></head><body><time datetime="2013-08-01">Wednesday</time><p>Text.</p></body></html>`)
		if got := strings.Join(page.Dates, " "); got != c.want {
			t.Errorf("%s: Dates = %q, want %q", c.generator, got, c.want)
		}
	}
}

// Comments, hidden elements and link lists inside the article's element are
// removed; a paywall or sidebar class on the article's own wrapper is not
// taken for furniture.
func TestParseHTMLInsideArticle(t *testing.T) {
	para := "The ministers discussed the situation in the region, the sanctions and the support to Ukraine, and agreed to meet again in June."
	src := `<body><div class="article-content paywall has-sidebar"><h1>Headline of the day</h1>` +
		strings.Repeat("<p>"+para+"</p>", 6) +
		`<div style="display:none"><p>Hidden promo paragraph, with commas, and a full stop.</p></div>` +
		`<ul><li><a href="/1">Link one</a></li><li><a href="/2">Link two</a></li><li><a href="/3">Link three</a></li></ul>` +
		`<div id="comments"><p>Great article, thanks for writing it, I agree with every word.</p></div>` +
		`</div></body>`
	page := mustParseHTML(t, src)
	kept := 0
	for _, b := range page.Blocks {
		switch {
		case b.Text == para:
			if b.Removed != 0 {
				t.Errorf("paragraph removed: %v", b.Removed)
			}
			kept++
		case b.Title:
		default:
			if b.Removed == 0 {
				t.Errorf("block %q kept", b.Text)
			}
		}
	}
	if kept != 6 {
		t.Errorf("%d paragraphs kept, want 6", kept)
	}
}

// Deep nesting is cut at maxDepth without losing text, in linear time.
func TestParseHTMLDeep(t *testing.T) {
	const n = 200000
	var sb strings.Builder
	sb.WriteString("<html><body><p>start</p>")
	for i := 0; i < n; i++ {
		sb.WriteString("<div>")
	}
	sb.WriteString("deep text")
	for i := 0; i < n; i++ {
		sb.WriteString("</div>")
	}
	sb.WriteString("<p>after</p>")
	for i := 0; i < n; i++ {
		sb.WriteString("<span><p>x")
	}
	// Its speed is measured by BenchmarkParseHTMLDeep, not asserted here:
	// a loaded machine makes any bound on wall time flaky.
	page, err := Parse([]byte(sb.String()), 512)
	if err != nil {
		t.Fatal(err)
	}
	texts := blockTexts(page)
	if len(texts) < 3 || texts[0] != "start" || texts[1] != "deep text" || texts[2] != "after" {
		t.Errorf("blocks %q…", texts[:min(5, len(texts))])
	}
}

// BenchmarkParseHTMLDeep reads a page of 200,000 nested elements, open and
// unclosed: its time per byte is that of a flat page when the reader stays
// linear in the nesting.
func BenchmarkParseHTMLDeep(b *testing.B) {
	const n = 200000
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString("<div>")
	}
	sb.WriteString("deep text")
	for i := 0; i < n; i++ {
		sb.WriteString("</div>")
	}
	for i := 0; i < n; i++ {
		sb.WriteString("<span><p>x")
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data, 512); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte(officialPage))
	f.Add([]byte(`<p><b>SECRETARY BLINKEN:  </b>Well.</p><p><input type="hidden" /></p>`))
	f.Add([]byte("<svg><p>x</svg><table><td>a<tr>b</table><pre>a\nb</pre>\xff"))
	f.Add([]byte(`<div data-speaker="Jane Roe (Lib.)"><p>Order.</p></div><speech speakername="Doe"><b>Doe</b>: x</speech><div data-speaker="Ann"></div>`))
	f.Add([]byte("<div><div><div><span><a href=x>y</a></span></div><script>z</script>"))
	f.Add([]byte(`<hansard><name>Council</name><talker><text><by>The Hon. J. ROE (14:42):</by> Will the ferries run in the winter months this year?</text><text>Short.</text></talker></hansard>`))
	if paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "dev", "*.html")); len(paths) > 0 {
		for _, p := range paths[:min(2, len(paths))] {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		page, err := Parse(data, 64)
		if err != nil {
			return
		}
		var all strings.Builder
		for _, b := range page.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("block not UTF-8: %q", b.Text)
			}
			if strings.ContainsAny(b.Text, "\n\r") {
				t.Fatalf("newline in block %q", b.Text)
			}
			if b.Text == "" || b.Text[0] == ' ' || b.Text[len(b.Text)-1] == ' ' || strings.Contains(b.Text, "  ") {
				t.Fatalf("block not normalised: %q", b.Text)
			}
			if b.Links < 0 || b.Links > 1 {
				t.Fatalf("link density %v", b.Links)
			}
			all.WriteString(b.Text)
			all.WriteByte('\n')
		}
		text := all.String()
		for _, w := range visibleWords(data) {
			if !strings.Contains(text, w) {
				t.Fatalf("text %q of the input in no block; blocks:\n%s", w, text)
			}
		}
	})
}

// visibleWords returns the words of an HTML input's text outside scripts,
// styles, titles and the other elements whose content is not text, read
// independently of the reader with the tokenizer alone.
func visibleWords(data []byte) []string {
	var words []string
	z := html.NewTokenizer(bytes.NewReader(data))
	raw := false
	skip, skipDepth := atom.Atom(0), 0
	// a TEI record's misprint inside <choice> is not read (its correction
	// is): the open elements' names, and the depth inside such a misprint
	var open []string
	sic := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return words
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if tt == html.StartTagToken && a == 0 {
				n := string(name)
				if sic > 0 || (n == "sic" || n == "orig") && len(open) > 0 && open[len(open)-1] == "choice" {
					sic++
				}
				open = append(open, n)
			}
			raw = false
			if skipDepth > 0 {
				if a == skip && tt == html.StartTagToken {
					skipDepth++
				} else if skip != atom.Template && htmlBreakout(a) {
					skipDepth = 0
				}
				continue
			}
			if tt == html.StartTagToken && htmlSkipped(a) {
				skip, skipDepth = a, 1
			}
			raw = tt == html.StartTagToken && htmlRawText(a)
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipDepth > 0 && atom.Lookup(name) == skip {
				skipDepth--
			}
			if atom.Lookup(name) == 0 {
				if sic > 0 {
					sic--
				}
				if len(open) > 0 {
					open = open[:len(open)-1]
				}
			}
			raw = false
		case html.TextToken:
			if raw || skipDepth > 0 || sic > 0 {
				continue
			}
			// (a soft hyphen is no text: the reader drops it)
			s := strings.ReplaceAll(validUTF8(z.Text()), "\u00ad", "")
			words = append(words, strings.FieldsFunc(s, func(r rune) bool {
				return r <= ' ' || r == 0x7f || unicode.IsSpace(r)
			})...)
		}
	}
}

// validUTF8 replaces each invalid byte with U+FFFD, as the reader does.
func validUTF8(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			sb.WriteString("\uFFFD")
		} else {
			sb.Write(b[:size])
		}
		b = b[size:]
	}
	return sb.String()
}

// Around the article's paragraphs: a section label above the headline and
// a picture's caption in a span are furniture, a date above the headline,
// a figure's caption and a list of links after the last paragraph are
// furniture too, a lone link inside the text is not.
func TestParseHTMLArticleEdges(t *testing.T) {
	para := "The Secretary General welcomed the Foreign Ministers to NATO headquarters, where they discussed support to Ukraine, defence spending and the next summit."
	src := `<html><head><title>Foreign Ministers meet in Brussels | NATO</title></head><body><article>
<p>26 March 2025</p><p>Statement</p><h1>Foreign Ministers meet in Brussels</h1>` +
		strings.Repeat("<p>"+para+"</p>", 3) +
		`<p><span class="image-caption">Ministers at the meeting (Photo: NATO)</span></p>` +
		`<figure><img src="a.jpg"><figcaption>The family photo</figcaption></figure>` +
		`<p><a href="/report">Read the annual report</a></p>` +
		strings.Repeat("<p>"+para+"</p>", 2) +
		`<p>Read more: <a href="/news/1">Ministers agree on new defence plans for the Alliance</a></p>` +
		`<h3>More news</h3><ul><li><a href="/a">NATO and Finland</a> sign an agreement</li><li><a href="/b">Exercise in the Baltic</a> ends</li><li><a href="/c">New Deputy Secretary General</a> named</li></ul>` +
		`</article></body></html>`
	page := mustParseHTML(t, src)
	want := map[string]bool{
		"Statement":                              false,
		"26 March 2025":                          true,
		"Ministers at the meeting (Photo: NATO)": false,
		"The family photo":                       false,
		"Read the annual report":                 true,
		"Read more: Ministers agree on new defence plans for the Alliance": false,
		"More news":                          false,
		"NATO and Finland sign an agreement": false,
		"New Deputy Secretary General named": false,
	}
	for text, kept := range want {
		b := findBlock(page, text)
		if b == nil {
			t.Errorf("no block %q", text)
			continue
		}
		if (b.Removed == 0) != kept {
			t.Errorf("block %q: removed %v, want kept %v", text, b.Removed, kept)
		}
	}
	if h := findBlock(page, "Foreign Ministers meet"); h == nil || !h.Title {
		t.Errorf("headline %+v", h)
	}
	n := 0
	for _, b := range page.Blocks {
		if b.Text == para && b.Removed == 0 {
			n++
		}
	}
	if n != 5 {
		t.Errorf("%d of 5 paragraphs kept", n)
	}
}

func TestHTMLClassifyTokens(t *testing.T) {
	cases := []struct {
		class      string
		junk, body bool
	}{
		{"article-body", false, true},
		{"entry-content clearfix", false, true},
		{"post-share-tools", true, false},
		{"relatedPosts", true, false},
		{"inlinegallery", true, false},
		{"socialshare", true, false},
		{"main-nav", true, false},
		{"image-caption", true, false},
		{"byline", true, false},
		{"entry-title", false, true},
		{"title", true, false},
		{"social-media-embed", false, true},
		{"commentary-body", false, true},
		{"shareholder-letter", false, false},
		{"sharebar", true, false},
		{"screen-reader-text", true, false},
		{"col-md-8", false, false},
	}
	for _, c := range cases {
		w, f := htmlClassifyTokens([]byte(c.class))
		if junk := f&nfJunk != 0; junk != c.junk {
			t.Errorf("%q: junk %v, want %v", c.class, junk, c.junk)
		}
		if body := w > 0; body != c.body {
			t.Errorf("%q: article-body word %v, want %v", c.class, body, c.body)
		}
	}
}

// A page that appends the next article below the first (endless scrolling)
// keeps only the first.
func TestParseHTMLNextArticle(t *testing.T) {
	first := "The Foreign Ministers of the Alliance met in Brussels on Thursday to discuss support to Ukraine, defence production and the summit in The Hague."
	next := "The Defence Ministers will meet in June to agree on new capability targets, the Secretary General said at a press conference on Friday."
	src := `<html><body><main><article><h1>Foreign Ministers meet</h1>` + strings.Repeat("<p>"+first+"</p>", 5) +
		`</article><article><h2>Defence Ministers to meet in June</h2>` + strings.Repeat("<p>"+next+"</p>", 3) + `</article></main></body></html>`
	page := mustParseHTML(t, src)
	for _, b := range page.Blocks {
		if b.Text == first && b.Removed != 0 {
			t.Errorf("first article's paragraph removed")
		}
		if b.Text == next && b.Removed == 0 {
			t.Errorf("next article's paragraph kept")
		}
	}
}

// A record in XML of its own vocabulary (a parliament's Hansard) is read
// whole, with no article chosen from it; what no HTML element holds is
// metadata. A web page is read as before.
func TestXMLRecord(t *testing.T) {
	doc := `<?xml version="1.0"?>
<hansard version="2.2"><session.header><date>2021-10-19</date><chamber>House</chamber></session.header>
<debate><debateinfo><title>QUESTIONS WITHOUT NOTICE</title><page.no>9587</page.no></debateinfo>
<speech><talker><name>Roe, Jane MP</name><party>ALP</party></talker>
<talk.text><body><p>Ms ROE (Harbour) (14:00): My question is to the Prime Minister. Will the ferries run in winter?</p></body></talk.text></speech>
<speech><talker><name>Doe, John MP</name><party>LP</party></talker>
<talk.text><body><p>Mr DOE (Quay—Prime Minister) (14:01): I thank the member for her question. They will run all year.</p></body></talk.text></speech>
</debate></hansard>`
	kept := keptTexts(t, doc)
	if len(kept) != 2 || !strings.HasPrefix(kept[0], "Ms ROE") || !strings.HasPrefix(kept[1], "Mr DOE") {
		t.Errorf("kept %q", kept)
	}
	for _, s := range []string{"<html><body><p>x</p></body></html>", "<!DOCTYPE html><p>x</p>", "<?xml version=\"1.0\"?><!-- c --><html><p>x</p></html>", "plain text"} {
		if xmlRecord([]byte(s)) {
			t.Errorf("xmlRecord(%q) = true", s)
		}
	}
	if !xmlRecord([]byte("\ufeff\n<hansard><p>x</p></hansard>")) {
		t.Error("a Hansard record not recognised")
	}
}

// A record that names each intervention's speaker in "<PersonSpeaking>"
// ("<Affiliation>" inside, the colon after it) gives each speech its
// label, as Canada's House of Commons publishes its evidence.
func TestXMLRecordPersonSpeaking(t *testing.T) {
	doc := `<?xml version="1.0" encoding="utf-8"?>
<Hansard xml:lang="EN"><ExtractedInformation><ExtractedItem Name="Date">Thursday, October 24, 2013</ExtractedItem></ExtractedInformation>
<HansardBody><Intervention Type="Interjection" id="1"><PersonSpeaking><Affiliation DbId="1" Type="27">The Clerk of the Committee (Mr. John Doe)</Affiliation>: </PersonSpeaking>
<Content><ParaText id="1">Good morning, honourable members. I see a quorum and we can proceed now.</ParaText></Content></Intervention>
<Intervention Type="Interjection" id="2"><PersonSpeaking><Affiliation DbId="2" Type="47">Ms. Jane Roe (Riverside, NDP)</Affiliation>: </PersonSpeaking>
<Content><ParaText id="2">I would like to nominate Mr. Smith as the chair of this committee.</ParaText></Content></Intervention></HansardBody></Hansard>`
	kept := keptTexts(t, doc)
	if len(kept) != 2 || !strings.HasPrefix(kept[0], "The Clerk of the Committee (Mr. John Doe): Good morning") ||
		!strings.HasPrefix(kept[1], "Ms. Jane Roe (Riverside, NDP): I would like") {
		t.Errorf("kept %q", kept)
	}
}

// A speech whose text opens with its label, in other capitals than its
// speaker's element gives ("<name>The Deputy Speaker</name>", "<by>The
// DEPUTY SPEAKER:</by>"), is labelled once.
func TestXMLRecordLabelOnce(t *testing.T) {
	doc := `<hansard xml:lang="EN-AU"><name>House of Assembly</name>
<proceeding><subject><name>Personal Explanation</name>
<talker kind="speech" role="office"><name>The Deputy Speaker</name><house>House of Assembly</house>
<text id="1"><by role="office">The DEPUTY SPEAKER:</by>  The Leader of the Opposition does not have the call today.</text></talker>
</subject></proceeding></hansard>`
	kept := keptTexts(t, doc)
	if len(kept) != 1 || strings.Count(strings.ToLower(kept[0]), "deputy speaker") != 1 {
		t.Errorf("kept %q", kept)
	}
}

// A record whose vocabulary holds its speeches in elements of its own
// ("<text>", with the label in "<by>" and a term in "<term>" inside) keeps
// them, each element of prose one paragraph; its names, houses and
// session numbers stay metadata. No word of a speech is dropped.
func TestXMLRecordOwnProse(t *testing.T) {
	doc := `<!--Copyright notice-->
<hansard xml:lang="EN-AU"><name>Legislative Council</name><date date="2019-09-12" />
<sessionName>Fifty-Fourth Parliament, First Session (54-1)</sessionName><parliamentNum>54</parliamentNum>
<proceeding><name>Question Time</name><subject><name>Ferries</name>
<talker role="member" kind="question"><name>The Hon. J. ROE</name><house>Legislative Council</house>
<text id="1"><by role="member">The Hon. J. ROE (14:42):</by>  Will the minister say when the winter ferries will run, given the promise she made?</text></talker>
<talker role="member" kind="answer"><name>The Hon. J. DOE</name>
<text id="2"><by role="member">The Hon. J. DOE (Minister for Transport) (14:43):</by>  They will run all year, as the <term>Hansard</term> of last week records.</text>
<text id="3">Short.</text></talker>
</subject></proceeding></hansard>`
	page, err := Parse([]byte(doc), 0)
	if err != nil {
		t.Fatal(err)
	}
	var kept, removed []string
	for _, b := range page.Blocks {
		if b.Removed == 0 {
			kept = append(kept, b.Text)
		} else {
			removed = append(removed, b.Text)
		}
	}
	want := []string{
		"The Hon. J. ROE (14:42): Will the minister say when the winter ferries will run, given the promise she made?",
		"The Hon. J. DOE (Minister for Transport) (14:43): They will run all year, as the Hansard of last week records.",
		"Short.",
	}
	if strings.Join(kept, "|") != strings.Join(want, "|") {
		t.Errorf("kept %q\nwant %q", kept, want)
	}
	for _, r := range removed {
		if strings.Contains(r, "ferries") || strings.Contains(r, "Hansard") {
			t.Errorf("speech removed: %q", r)
		}
	}
}

// The headline the reader finds above the article, outside the article's
// element, is kept in the body where the page prints it (the output
// contract): its facts are read with the rest.
func TestParseHTMLHeadlineKeptAboveArticle(t *testing.T) {
	page := mustParseHTML(t, `<html><head><title>Minister opens the harbour bridge | Ministry of Works</title></head><body>
<div class="page-header"><h1>Minister opens the harbour bridge</h1></div>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><p>The Minister of Works opened the new harbour bridge on Monday, three months ahead of schedule and under budget.</p>
<p>The bridge carries four lanes of traffic and a cycle path across the harbour mouth.</p></article>
</body></html>`)
	if page.Title != "Minister opens the harbour bridge" {
		t.Fatalf("Title = %q", page.Title)
	}
	for _, bl := range page.Blocks {
		if bl.Text == page.Title && bl.Removed != 0 {
			t.Errorf("headline removed (%v)", bl.Removed)
		}
	}
}

// A headline above the article stays when a byline, share buttons and a
// gallery's captions stand between it and the article's text; not one
// printed below the article's start.
func TestParseHTMLHeadlineKeptAboveByline(t *testing.T) {
	page := mustParseHTML(t, `<html><head><meta property="og:title" content="Attack stokes fears in the region"></head><body>
<div class="header"><h1>Attack stokes fears in the region</h1></div>
<div class="byline"><span>By Jane Roe</span> <span>March 18 at 3:57 PM</span></div>
<ul class="share"><li><a href="/s1">Share on Facebook</a></li><li><a href="/s2">Share on Twitter</a></li><li><a href="/s3">Email</a></li><li><a href="/s4">Print</a></li></ul>
<div class="gallery"><p>Photo 1 of 4</p><p>Security forces secure the area. (Agency photo)</p><p>Photo 2 of 4</p><p>The museum's entrance. (Agency photo)</p></div>
<article><p>Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people in an assault that shook the capital.</p>
<p>It was the deadliest attack in the country in more than a decade, and no group has claimed responsibility for it yet.</p></article>
</body></html>`)
	kept := false
	for _, bl := range page.Blocks {
		if bl.Text == "Attack stokes fears in the region" && bl.Removed == 0 {
			kept = true
		}
	}
	if !kept {
		t.Errorf("headline removed: %+v", page.Blocks[:3])
	}
}

// A "publication_date" meta, as a central bank's WordPress theme writes
// it, is a publication date; a list of other releases with their dates
// further down the page is not.
func TestParseHTMLPublicationDateMeta(t *testing.T) {
	page := mustParseHTML(t, `<html><head><meta name="publication_date" content="2024-12-11"/>
<meta name="last_modified_date" content="2024-12-23"/></head><body><p>The Bank today reduced its target rate.</p>
<ul><li><span class="pressdate">August 14, 2025</span> <a href="/x">Consultations</a></li></ul></body></html>`)
	if len(page.Dates) != 1 || page.Dates[0] != "2024-12-11" {
		t.Errorf("Dates = %q, want [2024-12-11]", page.Dates)
	}
}

// A record that names each speech's speaker in an element of its own
// before the speech's text ("<by>", or "<name>" inside the speech) writes
// it as the turn's label; the same speaker named again before the next
// paragraph goes on with the turn, unless a debate's heading comes
// between.
func TestXMLRecordSpeakerElement(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<Hansard><Preface><title>Thursday, 27 July 2017</title><date>THURSDAY, 27 JULY 2017</date></Preface>
<Debates><Debate><title>URGENT DEBATES DECLINED</title><Speeches>
<Speech><by>Mr SPEAKER</by><time>20170727 15:00:57</time><SpeechContents>
<Content><type>Speech</type><name>Mr SPEAKER</name><text> I have received a letter from a member seeking an urgent debate on the report.</text></Content>
<Content><type>ContinueSpeech</type><name>Mr SPEAKER</name><text> The application today is therefore declined for the reasons given.</text></Content>
</SpeechContents></Speech></Speeches></Debate>
<Debate><title>ESTIMATES DEBATE</title><Speeches>
<Speech><by>Mr SPEAKER</by><SpeechContents><Content><name>Mr SPEAKER</name><text> The House will now consider the estimates for the coming year.</text></Content></SpeechContents></Speech>
<Speech><by>JANE ROE (Labour—Harbour)</by><SpeechContents><Content><name>JANE ROE (Labour—Harbour)</name><text> Just continuing on with my contribution on the customs vote, the service seized a great deal.</text></Content></SpeechContents></Speech>
</Speeches></Debate></Debates></Hansard>`
	kept := keptTexts(t, doc)
	want := []string{
		"Mr SPEAKER: I have received a letter from a member seeking an urgent debate on the report.",
		"The application today is therefore declined for the reasons given.",
		"Mr SPEAKER: The House will now consider the estimates for the coming year.",
		"JANE ROE (Labour—Harbour): Just continuing on with my contribution on the customs vote, the service seized a great deal.",
	}
	if strings.Join(kept, "|") != strings.Join(want, "|") {
		t.Errorf("kept %q\nwant %q", kept, want)
	}
}

// A TEI record's line breaks are spaces between words, except those
// inside a word (break="no"); of a misprint and its correction the
// correction is read, in its line.
func TestParseTEILineBreaksAndCorrections(t *testing.T) {
	page := mustParseHTML(t, `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>
<head>WEDNESDAY, JUNE <choice><sic>29th</sic><corr>27th</corr></choice>.</head>
<p>A number of Bills received a second<lb/>reading, and the Bills passed through Committee<lb/>yesterday were read a third time.<lb/></p>
<p><persName ref="pers:SMIT1">Mr. SMITH</persName> asked if it was the inten<lb break="no"/>tion of the Government to submit the papers.</p>
</div></body></text></TEI>`)
	var kept []string
	for _, bl := range page.Blocks {
		if bl.Removed == 0 {
			kept = append(kept, bl.Text)
		}
	}
	want := []string{
		"WEDNESDAY, JUNE 27th.",
		"A number of Bills received a second reading, and the Bills passed through Committee yesterday were read a third time.",
		"Mr. SMITH asked if it was the intention of the Government to submit the papers.",
	}
	for _, w := range want {
		found := false
		for _, k := range kept {
			found = found || k == w
		}
		if !found {
			t.Errorf("no block %q in %q", w, kept)
		}
	}
}

// keptTexts parses doc and returns the texts of the blocks kept.
func keptTexts(t *testing.T, doc string) []string {
	t.Helper()
	page, err := Parse([]byte(doc), 0)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, b := range page.Blocks {
		if b.Removed == 0 {
			kept = append(kept, b.Text)
		}
	}
	return kept
}
