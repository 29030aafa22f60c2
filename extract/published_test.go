package extract

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A page that names its own day beside "today" ("from today (January
// 22)") is published that day, in the reference date's year; without the
// bracketed day, or without a reference date, it has no date of its own.
func TestPublishedTodayBracketed(t *testing.T) {
	x := New(Options{})
	ref := time.Date(2026, 1, 25, 0, 0, 0, 0, time.UTC)
	page := "Ombudsman joins careers expo\n\nThe Office of the Ombudsman is operating a booth at the careers expo from today (January 22) to January 25.\n"
	d, err := x.Extract(context.Background(), Input{Data: []byte(page), ReferenceDate: ref})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Published.Format(time.DateOnly); got != "2026-01-22" {
		t.Errorf("published %s, want 2026-01-22", got)
	}
	plain := strings.Replace(page, "today (January 22)", "today", 1)
	if d, err = x.Extract(context.Background(), Input{Data: []byte(plain), ReferenceDate: ref}); err != nil || !d.Published.IsZero() {
		t.Errorf("plain today: %v %v", err, d.Published)
	}
	if d, err = x.Extract(context.Background(), Input{Data: []byte(page)}); err != nil || !d.Published.IsZero() {
		t.Errorf("no reference date: %v %v", err, d.Published)
	}
}

// A day the body gives after the reference date is not the page's: a lead
// run together with a deadline ("by Friday, December 12, 2025") was
// published before it. Without a reference date the body's day stands.
func TestPublishedNotAfterReference(t *testing.T) {
	x := New(Options{})
	page := "Nurses paid\n\nThe Ministry of Health has announced that newly recruited nurses have received their salaries.Officers who have not yet reported are asked to do so by Friday, December 12, 2025.\n"
	ref := time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC)
	d, err := x.Extract(context.Background(), Input{Data: []byte(page), ReferenceDate: ref})
	if err != nil || !d.Published.IsZero() {
		t.Errorf("published %v (%v), want none", d.Published, err)
	}
	if d, err = x.Extract(context.Background(), Input{Data: []byte(page)}); err != nil || d.Published.Format(time.DateOnly) != "2025-12-12" {
		t.Errorf("no reference date: published %v (%v), want 2025-12-12", d.Published, err)
	}
}

// A record's running head, removed as the page's furniture, that opens with
// the day dates the page when nothing else does: "December 12, 2012 HOUSE
// OF ASSEMBLY PROCEEDINGS Vol. XLVII No. 68".
func TestPublishedFromRunningHead(t *testing.T) {
	x := New(Options{})
	page := `<html><body><p class="MsoHeader"><b>December 12, 2012    HOUSE OF ASSEMBLY PROCEEDINGS   Vol. XLVII No. 68</b></p><hr>
<p>The House met at 2:00 p.m.</p><p>MR. SPEAKER (Roe): Order, please!</p>
<p>Before we start the proceedings, it is a real pleasure to recognize a special guest in the gallery, a student who won a national award for her history project.</p></body></html>`
	d, err := x.Extract(context.Background(), Input{Data: []byte(page), Format: FormatHTML})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Published.Format(time.DateOnly); got != "2012-12-12" {
		t.Errorf("published %s, want 2012-12-12 (removed: %v)", got, d.Removed)
	}
}

// A CMS's time stamp printed as a line of its own below the text (a
// scrape of the page's text nodes) dates the page when nothing else does,
// over the dates of a list of other releases under it.
func TestPublishedFromTimeStamp(t *testing.T) {
	x := New(Options{})
	page := "Governor Signs Bill Requiring Naloxone\n\nThe District Attorney announced today that a bill supported by her office has been signed into law by the Governor.\n\nThe law requires every treatment facility to keep two doses of naloxone on its premises.\n\nJane Roe\n\n2021-10-04 17:46:53\n\n2021-10-04 17:46:53\n\nRecent News\n\nEscondido Man Charged with Murder\n\nJune 3, 2026\n\nThe District Attorney announced today that John Doe has been charged with murder following the …\n\nMeet Deputy District Attorney Jack Yeh\n\nMay 28, 2026\n\nIn honor of Heritage Month, which is observed throughout the month of May, we …\n\nNewsletter Sign-Up\n"
	d, err := x.Extract(context.Background(), Input{Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Published.Format(time.DateOnly); got != "2021-10-04" {
		t.Errorf("published %s, want 2021-10-04", got)
	}
	if strings.Contains(d.Body, "Escondido") || strings.Contains(d.Body, "Jack Yeh") {
		t.Errorf("other releases kept:\n%s", d.Body)
	}
	for _, s := range []string{"2021-10-04 17:46:53", "2021-10-04T17:46", "2021-10-04T17:46:53+02:00"} {
		if !isoStamp(s) {
			t.Errorf("isoStamp(%q) = false", s)
		}
	}
	for _, s := range []string{"2021-10-04", "20211004 17:46:53", "2021-13-04 17:46:53", "Updated 2021-10-04 17:46"} {
		if isoStamp(s) {
			t.Errorf("isoStamp(%q) = true", s)
		}
	}
}

// A news site's address dates its article when the page prints no day of
// its own (a byline's "March 18 at 3:57 PM" has no year): the canonical
// address's "/2015/03/18/", or the caller's Input.URL; "Wednesday" then
// resolves. An address without a whole day dates nothing.
func TestPublishedFromAddress(t *testing.T) {
	x := New(Options{})
	page := `<html><head><link rel="canonical" href="https://news.example.com/world/museum-attack/2015/03/18/story.html"><title>Gunmen attack museum</title></head>
<body><article><h1>Gunmen attack museum</h1><p>By Jane Roe March 18 at 3:57 PM</p>
<p>Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people, officials said.</p>
<p>The prime minister called an emergency meeting of the cabinet in the evening.</p></article></body></html>`
	d, err := x.Extract(context.Background(), Input{Data: []byte(page), Format: FormatHTML})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Published.Format(time.DateOnly); got != "2015-03-18" {
		t.Errorf("published %s, want 2015-03-18", got)
	}
	plain := strings.Replace(page, "/2015/03/18/", "/", 1)
	if d, err = x.Extract(context.Background(), Input{Data: []byte(plain), Format: FormatHTML}); err != nil || !d.Published.IsZero() {
		t.Errorf("no day in the address: %v %v", err, d.Published)
	}
	if d, err = x.Extract(context.Background(), Input{Data: []byte(plain), Format: FormatHTML, URL: "https://news.example.com/2015-03-18/story"}); err != nil || d.Published.Format(time.DateOnly) != "2015-03-18" {
		t.Errorf("caller's address: %v %v", err, d.Published)
	}
	for _, a := range []string{"https://x.example/2015/13/40/a", "https://x.example/1850/03/18/a", "not a url", ""} {
		if got := urlDay(a); got != "" {
			t.Errorf("urlDay(%q) = %q", a, got)
		}
	}
}
