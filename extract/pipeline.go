package extract

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/extract/internal/chrome"
	"github.com/communique/communique/extract/internal/feedread"
	"github.com/communique/communique/internal/text"
)

// readResult is a page read into blocks, before chrome stripping.
type readResult struct {
	format Format
	title  string
	blocks []block.Block
	// metaDates are publication dates from HTML metadata, most trusted first.
	metaDates []string
	// url is the page's own address from its metadata (og:url, a converted
	// page's "url:" line), or ""
	url string
}

// read decodes an input into blocks.
func (e *Extractor) read(in Input) (readResult, error) {
	data, err := readInput(in, e.opts.MaxInputBytes)
	if err != nil {
		return readResult{}, err
	}
	data = fromUTF16(data)
	if looksBinary(data) {
		return readResult{}, ErrBinary
	}
	f := in.Format
	if f == FormatAuto {
		f = e.opts.Format
	}
	feed := f != FormatText && feedread.Is(data)
	if f == FormatAuto {
		f = detectFormat(data)
	}
	if feed {
		f = FormatHTML
	}
	data, err = toUTF8(data, f == FormatHTML)
	if err != nil {
		return readResult{}, err
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))) == 0 {
		return readResult{}, ErrEmpty // a byte order mark and nothing else
	}
	r := readResult{format: f}
	ok := false
	if feed {
		// an RSS or Atom feed, or an item of one: the pages its items make
		var fr readResult
		if fr, ok, err = e.readFeed(data); err != nil {
			return readResult{}, err
		}
		if ok {
			r = fr
		}
	}
	switch {
	case ok:
	case f == FormatHTML:
		// HTML under a converted page's front matter: the front matter's
		// lines are metadata, the HTML is read after it
		var fm []block.Block
		if n := frontMatterEnd(data); n > 0 {
			fm = appendMetadata(nil, splitLines(string(data[:n])))
			data = data[n:]
		}
		page, err := e.parseHTML(data)
		if err != nil {
			return readResult{}, err
		}
		r.title, r.blocks, r.metaDates, r.url = page.Title, append(fm, page.Blocks...), page.Dates, page.URL
	default:
		text := string(data) // (one copy of the page, for every reader below)
		fm, end := frontMatterHead(text)
		if fm != nil {
			if r, ok, err = e.readFrontMatterPage(text, fm, end); err != nil {
				return readResult{}, err
			}
		}
		if !ok {
			r = readResult{format: f, blocks: textBlocks(text), metaDates: timeElements(data)}
			// a converted page's title is its front matter's
			r.title = frontMatterTitle(fm)
		}
	}
	if r.url == "" {
		r.url = metadataURL(r.blocks)
	}
	return r, nil
}

// Extract reads one page and returns its Document. Errors wrap the package's
// sentinel errors (ErrEmpty, ErrTooLarge, ErrBinary, ErrGzip, ErrEncoding)
// or the context's error.
//
// A body longer than 4 MiB is read by the entities, quotes and events
// stages a window of paragraphs at a time, so that their memory does not
// grow with the page: a pronoun, a description or a surname alone is
// resolved within its window, and the windows' officials, people and
// countries are merged by name.
func (e *Extractor) Extract(ctx context.Context, in Input) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r, err := e.read(in)
	if err != nil {
		if in.Name != "" {
			return nil, fmt.Errorf("%s: %w", in.Name, err)
		}
		return nil, err
	}
	if r.format == FormatHTML {
		r.blocks = unwrapPrintedLines(r.blocks)
		e.restoreDateline(r.blocks)
	}
	e.classify(r.blocks, r.format == FormatHTML)
	doc := &Document{Source: in.Name, Title: r.title}
	doc.Body, doc.Removed = e.assemble(r.blocks)
	if doc.Title == "" {
		doc.Title = strings.Clone(textTitle(r.blocks))
	}
	metaDates, removed, head := r.metaDates, removedDates(r.blocks, e.leadingDay), removedHead(r.blocks, doc.Title)
	addr := in.URL
	if addr == "" {
		addr = r.url
	}
	site := entities.SiteCountry(addr)
	if day := urlDay(addr); day != "" {
		// a news site's address dates its article ("…/world/…/2015/03/18/…"),
		// after what the page itself prints
		removed = append(removed, day)
	}
	// Nothing of the document refers to the decoded input any more (the
	// body and the removed blocks are copies): let it go before the
	// stages run, which matters for pages of tens of megabytes.
	r = readResult{}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ref := in.ReferenceDate
	if ref.IsZero() {
		ref = e.opts.ReferenceDate
	}
	e.analyse(doc, metaDates, removed, head, site, ref)
	return doc, nil
}

// metadataURL returns the page's own address from a converted page's front
// matter ("url: https://…", "link:", "permalink:", "canonical_url:"), or "".
func metadataURL(blocks []block.Block) string {
	for _, b := range blocks {
		if b.Removed != block.ReasonMetadata {
			continue
		}
		k, v, ok := strings.Cut(b.Text, ":")
		if !ok {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "url", "link", "permalink", "canonical_url", "canonical", "source_url", "original_url":
			v = strings.Trim(strings.TrimSpace(v), "\"'")
			if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
				return v
			}
		}
	}
	return ""
}

// removedHead returns the page's headline and the short blocks removed
// above its text (a header's "SEANAD ÉIREANN", "PARLIAMENTARY DEBATES"),
// one a line, where the name of the institution whose record the page is
// may stand.
func removedHead(blocks []block.Block, title string) string {
	var b strings.Builder
	b.WriteString(title)
	n := 0
	for _, bl := range blocks {
		if bl.Removed == 0 {
			if block.EndsSentence(bl.Text) {
				break
			}
			continue
		}
		if len(bl.Text) <= 80 && !strings.Contains(bl.Text, "\n") {
			b.WriteString("\n")
			b.WriteString(bl.Text)
			if n++; n == 12 {
				break
			}
		}
	}
	return b.String()
}

// datePrefixes open the metadata lines of a page that give its date.
// (A front matter's keys read with spaces for "_" and "-":
// "published_date", "publish-date".)
var datePrefixes = []string{"publication date", "published date", "publish date", "date published", "published on", "published", "date of publication", "posted on", "posted", "released on", "release date", "issued on", "date", "updated"}

// keySpaces reads a front matter key's "_" and "-" as spaces, keeping
// every byte's place: "published_date" is "published date".
func keySpaces(r rune) rune {
	if r == '_' || r == '-' {
		return ' '
	}
	return r
}

// removedDates returns the texts of removed blocks that may give the page's
// date: a block that is only a date, above the body's first paragraph (a
// dateline the context rule took for chrome) or among a print's page
// furniture, and any block that opens with
// a metadata prefix ("Publication date: February 16, 2022, 16:10"), with the
// prefix cut off.
func removedDates(blocks []block.Block, leadingDay func(string) string) []string {
	var out []string
	above := true
	for _, b := range blocks {
		if b.Removed == 0 {
			if block.EndsSentence(b.Text) {
				above = false
			}
			continue
		}
		if len(b.Text) > 80 {
			continue
		}
		low := strings.Map(keySpaces, strings.ToLower(b.Text))
		for _, p := range datePrefixes {
			if strings.HasPrefix(low, p) {
				// ("date: '2025-11-20T19:38:42+00:00'": YAML quotes it)
				out = append(out, strings.Clone(strings.Trim(strings.TrimLeft(b.Text[len(p):], " :"), `'"`)))
				break
			}
		}
		if isoStamp(b.Text) {
			// a CMS's time stamp of the page printed as text, wherever
			// the scrape put it: "2021-10-04 17:46:53"
			out = append(out, strings.Clone(b.Text[:10]))
			continue
		}
		if (above || b.Removed == block.ReasonPageMarker) && len(b.Text) <= 40 {
			// (or a print's furniture around its page markers: the
			// sitting's day over each page, "8th Feb., 2021")
			out = append(out, strings.Clone(b.Text))
		} else if above {
			// a running head that opens with the day: "December 12, 2012
			// HOUSE OF ASSEMBLY PROCEEDINGS Vol. XLVII No. 68"
			if d := leadingDay(b.Text); d != "" {
				out = append(out, strings.Clone(d))
			}
		}
	}
	return out
}

// isoStamp reports a text that is an ISO 8601 date and time alone:
// "2021-10-04 17:46:53", "2021-10-04T17:46", "2021-10-04T17:46:53+02:00".
func isoStamp(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 16 || len(s) > 32 || s[10] != ' ' && s[10] != 'T' || s[13] != ':' {
		return false
	}
	for i, c := range []byte(s[:16]) {
		switch i {
		case 4, 7:
			if c != '-' {
				return false
			}
		case 10, 13:
		default:
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	_, ok := dates.ParseDate(s[:10])
	return ok
}

// leadingDay returns the calendar date of a day that opens s ("December
// 12, 2012" of "December 12, 2012 HOUSE OF ASSEMBLY PROCEEDINGS"), or "".
func (e *Extractor) leadingDay(s string) string {
	if ms := e.dates.Find(s, time.Time{}); len(ms) > 0 && ms[0].Start == 0 && ms[0].Grain == dates.GrainDay && !ms[0].From.IsZero() {
		return ms[0].From.Format(time.DateOnly)
	}
	return ""
}

// classify marks the blocks that are chrome (chrome.Classify), with
// working memory recycled from the calls before.
func (e *Extractor) classify(blocks []block.Block, html bool) {
	sc, _ := e.chrome.Get().(*chrome.Scratch)
	if sc == nil {
		sc = new(chrome.Scratch)
	}
	sc.Classify(blocks, e.opts.Profile.known(), html, e.dated)
	rejoinFlattened(blocks)
	if sc.Reusable() {
		e.chrome.Put(sc)
	}
}

// dated reports whether s holds a calendar date of a day.
func (e *Extractor) dated(s string) bool {
	for _, m := range e.dates.Find(s, time.Time{}) {
		if (m.Grain == dates.GrainDay || m.Grain == dates.GrainTime) && !m.From.IsZero() {
			return true // "March 11, 2015", "March 11, 2015 - 4:46pm"
		}
	}
	return false
}

// restoreDateline keeps the page's dateline: a short line that dates the
// page, just above or below its headline, which an HTML page marks up as
// metadata ("<p class=date>14 Jan. 2025</p>") and the reader leaves out.
func (e *Extractor) restoreDateline(blocks []block.Block) {
	head := -1
	for i, b := range blocks {
		if b.Title || b.Removed == 0 {
			head = i
			break
		}
	}
	if head < 0 {
		return
	}
	// a date line the article keeps under its headline is the page's
	// own: none is brought back from the furniture around it (a
	// sidebar's "April 19, 2022" above an article dated April 26)
	for i := head + 1; i < len(blocks) && i <= head+3; i++ {
		if b := &blocks[i]; b.Removed == 0 && len(b.Text) <= 60 && e.dated(b.Text) {
			return
		}
	}
	removedLine := func(b *block.Block) bool {
		return b.Removed == block.ReasonOutsideArticle && len(b.Text) <= 60 && b.Links == 0
	}
	// a date alone right under the headline, even one whose numeric order
	// only the site's country would settle ("<h2>…</h2><p>2/6/2026</p>")
	for i := head + 1; i < len(blocks) && i <= head+2; i++ {
		if b := &blocks[i]; removedLine(b) && b.Kind == block.Para && dateAlone(b.Text) {
			b.Removed = 0
			return
		}
	}
	for i := max(0, head-3); i < len(blocks) && i <= head+3; i++ {
		if b := &blocks[i]; removedLine(b) && e.dated(b.Text) {
			b.Removed = 0
			return
		}
	}
}

// dateAlone reports a line that is a date and nothing else: "2/6/2026",
// "2026-02-06", "February 11, 2026", "Friday, 6 February 2026": a year of
// four digits, a day or month in digits, and at most two words.
func dateAlone(s string) bool {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '-' || r == '.' })
	if len(f) < 3 || len(f) > 5 {
		return false
	}
	year, nums, words := false, 0, 0
	for _, x := range f {
		switch {
		case len(x) == 4 && (strings.HasPrefix(x, "19") || strings.HasPrefix(x, "20")) && text.Digits(x):
			year = true
		case len(x) <= 2 && text.Digits(x):
			nums++
		case len(x) >= 3 && x[0] >= 'A' && x[0] <= 'Z' && allLetters(x[1:]):
			words++
		default:
			return false
		}
	}
	return year && nums >= 1 && nums+words == len(f)-1 && words <= 2 && (words == 0) == (nums == 2)
}

// allLetters reports whether s is ASCII lower-case letters only.
func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// assemble joins the kept blocks into the body and lists the removed ones.
// The headline stays in the body where the page printed it, as it does in
// a plain-text page, so that what only the headline states (a meeting, its
// officials, a country) is read like the rest; Document.Title repeats it.
func (e *Extractor) assemble(blocks []block.Block) (string, []Removed) {
	var b strings.Builder
	var removed []Removed
	dropped := 0
	size := 0
	for _, bl := range blocks {
		if bl.Removed == 0 {
			size += len(bl.Text) + 2
		}
	}
	b.Grow(size)
	for i, bl := range blocks {
		if bl.Removed != 0 {
			if len(removed) < e.opts.MaxRemoved-1 {
				removed = append(removed, Removed{Text: strings.Clone(bl.Text), Reason: Reason(bl.Removed)})
			} else {
				dropped++
			}
			continue
		}
		switch {
		case bl.Cont && i > 0 && blocks[i-1].Removed == 0:
			b.WriteByte(' ') // the same line's sentence (splitFlattened)
		case b.Len() > 0:
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	if dropped > 0 {
		removed = append(removed, Removed{Text: fmt.Sprintf("%d more removed blocks", dropped), Reason: ReasonLimit})
	}
	return b.String(), removed
}

// textTitle returns the headline of a plain-text page: the first kept
// block, before any paragraph of text, that has a headline's shape. It
// stays in the body too, where the page printed it.
func textTitle(blocks []block.Block) string {
	for i, b := range blocks {
		if b.Removed != 0 {
			continue
		}
		if i+1 < len(blocks) && blocks[i+1].Cont {
			return "" // a sentence of a flattened line (splitFlattened), not a line of its own
		}
		if chrome.Headline(b.Text) && firstDate([]string{b.Text}).IsZero() {
			return b.Text
		}
		if block.EndsSentence(b.Text) {
			return ""
		}
	}
	return ""
}

// analyse runs the stages that read the body: turns, dates, entities,
// quotes and events.
//
// The page's own date comes from HTML metadata, else from the body's
// dateline or lead sentence, else from date lines the chrome stripper
// removed, else from a date in the headline.
func (e *Extractor) analyse(doc *Document, metaDates, removed []string, head, site string, ref time.Time) {
	doc.Kind, doc.Turns = segmentTitledTurns(doc.Body, doc.Title)
	doc.Published = firstDate(metaDates)
	if doc.Published.IsZero() {
		// (a day after the reference date is none the page was published
		// on: "asked to report by Friday, December 12" in a lead run
		// together with the next sentences)
		if t, ok := e.dates.PageDate(doc.Body); ok && (ref.IsZero() || !t.After(ref)) {
			doc.Published = t
		}
	}
	if doc.Published.IsZero() {
		doc.Published = firstDate(removed)
	}
	if doc.Published.IsZero() && doc.Title != "" {
		// "Department Press Briefing – October 12, 2022"
		for _, m := range e.dates.Find(doc.Title, time.Time{}) {
			if m.Grain == dates.GrainDay && !m.From.IsZero() {
				doc.Published = m.From
				break
			}
		}
	}
	anchor := doc.Published
	if anchor.IsZero() {
		anchor = ref
	}
	doc.Dates = e.dates.Find(doc.Body, anchor)
	if doc.Published.IsZero() && !ref.IsZero() {
		// "… from today (January 22)": a page that gives its own day, its
		// year the reference date's
		doc.Published = ownDay(doc.Dates)
	}
	an, _ := e.docs.Get().(*text.Doc)
	if an == nil {
		an = new(text.Doc)
	}
	defer func() {
		if len(an.Tokens) < 1<<20 { // keep no huge page's memory
			an.Reset()
			e.docs.Put(an)
		}
	}()
	// the list of office-holders gives the offices held on the page's day,
	// else on the latest day the page speaks of
	held := anchor
	if held.IsZero() {
		held = latestDay(doc.Dates)
	}
	e.findEntitiesQuotesEvents(doc, an, anchor, held, entities.Place{Institution: e.entities.InstitutionHome(head), Site: site})
}

// latestDay returns the latest day that ds name in full (a page with no
// date of its own is of its latest day, at least), or zero. Months and
// years are left out: they name plans as often ("by 2030").
func latestDay(ds []dates.Mention) time.Time {
	var t time.Time
	for _, m := range ds {
		if m.Grain == dates.GrainDay && m.From.After(t) {
			t = m.From
		}
	}
	return t
}

// ownDay returns the day of the first "today (January 22)" of ds, a page
// naming its own day beside "today", or the zero time.
func ownDay(ds []dates.Mention) time.Time {
	for _, m := range ds {
		if m.Grain == dates.GrainDay && !m.From.IsZero() && text.HasPrefixFold(m.Text, "today (") {
			return m.From
		}
	}
	return time.Time{}
}

// firstDate returns the first of the strings that parses as a date.
func firstDate(ss []string) time.Time {
	for _, s := range ss {
		if t, ok := dates.ParseDate(s); ok {
			return t
		}
	}
	return time.Time{}
}

// urlDay returns the day an article's address gives in its path, as news
// sites write it ("https://www.example.com/world/2015/03/18/story.html",
// "/2023-07-11/"), as YYYY-MM-DD; "" when the path gives no whole day.
func urlDay(addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || u.Host == "" {
		return ""
	}
	parts := strings.Split(u.Path, "/")
	for i, p := range parts {
		if len(p) == 10 && p[4] == '-' && p[7] == '-' {
			if _, ok := dates.ParseDate(p); ok && p[0] >= '1' {
				return p
			}
		}
		if len(p) == 4 && i+2 < len(parts) && len(parts[i+1]) == 2 && len(parts[i+2]) == 2 {
			day := p + "-" + parts[i+1] + "-" + parts[i+2]
			if t, err := time.Parse(time.DateOnly, day); err == nil && t.Year() >= 1990 && t.Year() <= 2100 {
				return day
			}
		}
	}
	return ""
}
