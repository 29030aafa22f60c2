package feedread

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Ministry news</title><link>https://example.gov/news</link>
<item><title>Minister opens bridge</title><link>https://example.gov/news/1</link>
<description>&lt;p&gt;The Minister for Roads, Jane Roe, opened the bridge today.&lt;/p&gt;</description>
<author>The Honourable Jane Roe</author><pubDate>Thu, 10 Nov 2022 23:30:00 +1000</pubDate></item>
<item><title>Budget &amp; plans</title><link>https://example.gov/news/2</link>
<description>A short summary.</description>
<content:encoded><![CDATA[<p>The whole story, with <em>emphasis</em>.</p>]]></content:encoded>
<dc:creator>Office of the Treasurer</dc:creator><dc:date>2022-11-09</dc:date></item>
</channel></rss>`

// TestReadRSS: every item in order, its escaped or CDATA HTML as content
// (content:encoded before description), its date as written.
func TestReadRSS(t *testing.T) {
	items, err := Read([]byte(rssFeed))
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2", len(items))
	}
	a, b := items[0], items[1]
	if a.Title != "Minister opens bridge" || a.Link != "https://example.gov/news/1" ||
		a.Content != "<p>The Minister for Roads, Jane Roe, opened the bridge today.</p>" ||
		a.Date != "Thu, 10 Nov 2022 23:30:00 +1000" || len(a.Authors) != 1 || a.Authors[0] != "The Honourable Jane Roe" {
		t.Errorf("first item: %+v", a)
	}
	if b.Title != "Budget & plans" || b.Content != "<p>The whole story, with <em>emphasis</em>.</p>" ||
		b.Date != "2022-11-09" || len(b.Authors) != 1 || b.Authors[0] != "Office of the Treasurer" {
		t.Errorf("second item: %+v", b)
	}
}

// TestReadOneItem: an item cut out of a feed is a feed of one item.
func TestReadOneItem(t *testing.T) {
	i := strings.Index(rssFeed, "<item>")
	j := strings.Index(rssFeed, "</item>") + len("</item>")
	items, err := Read([]byte(rssFeed[i:j]))
	if err != nil || len(items) != 1 || items[0].Title != "Minister opens bridge" {
		t.Fatalf("%v %+v", err, items)
	}
}

// TestReadAtom: an Atom entry's inline XHTML content is kept as markup, the
// alternate link is its address, the author is the name, not the e-mail.
func TestReadAtom(t *testing.T) {
	feed := `<feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
<entry><title>Agency signs accord</title>
<link rel="self" href="https://example.gov/api/9"/><link rel="alternate" href="https://example.gov/news/9"/>
<author><name>Press Office</name><email>press@example.gov</email></author>
<updated>2024-05-03T10:00:00Z</updated><published>2024-05-02T09:00:00Z</published>
<summary>Short.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The Director signed the accord.</p></div></content>
</entry></feed>`
	items, err := Read([]byte(feed))
	if err != nil || len(items) != 1 {
		t.Fatalf("%v %+v", err, items)
	}
	it := items[0]
	if it.Link != "https://example.gov/news/9" || it.Date != "2024-05-02T09:00:00Z" ||
		len(it.Authors) != 1 || it.Authors[0] != "Press Office" ||
		!strings.Contains(it.Content, "<p>The Director signed the accord.</p>") {
		t.Errorf("%+v", it)
	}
}

// TestReadCutAndNotFeed: a feed cut off keeps the items before the cut;
// HTML, text and an empty channel are no feed.
func TestReadCutAndNotFeed(t *testing.T) {
	cut := rssFeed[:strings.Index(rssFeed, "<content:encoded>")]
	items, err := Read([]byte(cut))
	if err != nil || len(items) != 2 || items[0].Title != "Minister opens bridge" || items[1].Content != "A short summary." {
		t.Errorf("cut feed: %v %+v", err, items)
	}
	for _, s := range []string{"<html><body><p>x</p></body></html>", "Plain text.", "<rss><channel><title>x</title></channel></rss>", ""} {
		if _, err := Read([]byte(s)); !errors.Is(err, ErrNotFeed) {
			t.Errorf("Read(%q) = %v, want ErrNotFeed", s, err)
		}
	}
}

// TestDay: a date is the day it names in its own zone.
func TestDay(t *testing.T) {
	for s, want := range map[string]string{
		"Thu, 10 Nov 2022 23:30:00 +1000": "2022-11-10",
		"Fri, 11 Nov 2022 01:00:00 GMT":   "2022-11-11",
		"2024-05-02T09:00:00-07:00":       "2024-05-02",
		"2 Jan 2006":                      "2006-01-02",
	} {
		d, ok := Day(s)
		if !ok || d.Format(time.DateOnly) != want {
			t.Errorf("Day(%q) = %v %v, want %s", s, d, ok, want)
		}
	}
	if _, ok := Day("sometime"); ok {
		t.Error("Day read a date from no date")
	}
}

// FuzzRead: any input gives items or ErrNotFeed, never a panic, and an
// input that is no feed by its first element gives ErrNotFeed.
func FuzzRead(f *testing.F) {
	f.Add([]byte(rssFeed))
	f.Add([]byte("<item><title>x</title><description>&lt;p&gt;y"))
	f.Add([]byte("<entry><content type=\"xhtml\"><div><p>z</p></div></content></entry>"))
	f.Add([]byte("<html><p>no feed</p></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := Read(data)
		if err != nil && !errors.Is(err, ErrNotFeed) {
			t.Fatalf("unexpected error %v", err)
		}
		if err == nil && (len(items) == 0 || !Is(data)) {
			t.Fatalf("items %d from data Is rejects", len(items))
		}
	})
}
