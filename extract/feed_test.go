package extract_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/extract"
)

// feedItem is one item of a media-statement feed, its statement's HTML
// escaped inside the description, as crawlers store them.
const feedItem = `<item><title>Minister opens new bridge</title><link>https://www.example.gov.au/statements/101</link>` +
	`<description>&lt;p&gt;Minister for Roads Jane Roe opened the Riverside bridge on Tuesday.&lt;/p&gt;` +
	`&lt;p&gt;“This bridge will serve the region for a century,” Minister Roe said.&lt;/p&gt;</description>` +
	`<author>The Honourable Jane Roe</author><pubDate>Wed, 09 Nov 2022 23:30:00 +1000</pubDate></item>`

// TestExtractFeedItem: an item cut out of an RSS feed is read as its page:
// the headline, the date as the feed writes it, the statement unescaped,
// its facts found.
func TestExtractFeedItem(t *testing.T) {
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "item.html", Data: []byte(feedItem)})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Minister opens new bridge" || doc.Published.Format(time.DateOnly) != "2022-11-09" {
		t.Errorf("title %q published %v", doc.Title, doc.Published)
	}
	if strings.Contains(doc.Body, "&lt;") || strings.Contains(doc.Body, "<p>") || !strings.Contains(doc.Body, "opened the Riverside bridge on Tuesday.") {
		t.Errorf("body %q", doc.Body)
	}
	if len(doc.Quotes) != 1 || !strings.HasSuffix(doc.Quotes[0].Speaker, "Roe") {
		t.Errorf("quotes %+v", doc.Quotes)
	}
	if len(doc.Officials) != 1 || doc.Officials[0].Country != "AU" {
		t.Errorf("officials %+v (the item's link is a .gov.au address)", doc.Officials)
	}
	// read as text when the caller says so
	doc, err = x.Extract(context.Background(), extract.Input{Data: []byte(feedItem), Format: extract.FormatText})
	if err != nil || !strings.Contains(doc.Body, "&lt;p&gt;") {
		t.Errorf("as text: %v %q", err, doc.Body)
	}
}

// TestFeedItems: a feed splits into one input per item, named by its link;
// what is no feed is ErrNotFeed.
func TestFeedItems(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>` + feedItem +
		`<item><title>Second story</title><description>The Council met on Monday.</description></item></channel></rss>`
	ins, err := extract.FeedItems("feed.xml", []byte(feed))
	if err != nil || len(ins) != 2 {
		t.Fatalf("%v %d", err, len(ins))
	}
	if ins[0].Name != "https://www.example.gov.au/statements/101" || ins[0].URL != ins[0].Name || ins[1].Name != "feed.xml#2" {
		t.Errorf("names %q %q", ins[0].Name, ins[1].Name)
	}
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), ins[1])
	if err != nil || doc.Title != "Second story" || !strings.Contains(doc.Body, "The Council met on Monday.") {
		t.Errorf("%v %q %q", err, doc.Title, doc.Body)
	}
	// the whole feed as one input: every story is in the body
	doc, err = x.Extract(context.Background(), extract.Input{Data: []byte(feed)})
	if err != nil || !strings.Contains(doc.Body, "Riverside bridge") || !strings.Contains(doc.Body, "The Council met on Monday.") {
		t.Errorf("whole feed: %v %q", err, doc.Body)
	}
	if _, err := extract.FeedItems("page.html", []byte("<html><body><p>No feed.</p></body></html>")); !errors.Is(err, extract.ErrNotFeed) {
		t.Errorf("no feed: %v", err)
	}
}

func ExampleFeedItems() {
	feed := []byte(`<rss version="2.0"><channel><title>Ministry news</title>
<item><title>Minister visits Fiji</title><link>https://example.gov/news/1</link>
<description>&lt;p&gt;The Foreign Minister arrived in Suva on Monday for talks.&lt;/p&gt;</description>
<pubDate>Mon, 06 May 2024 09:00:00 +0000</pubDate></item>
<item><title>Trade figures</title><link>https://example.gov/news/2</link>
<description>Exports rose in April.</description></item>
</channel></rss>`)
	ins, err := extract.FeedItems("feed.xml", feed)
	if err != nil {
		fmt.Println(err)
		return
	}
	x := extract.New(extract.Options{})
	for _, in := range ins {
		doc, err := x.Extract(context.Background(), in)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(doc.Source, "|", doc.Title, "|", doc.Published.Format(time.DateOnly))
	}
	// Output:
	// https://example.gov/news/1 | Minister visits Fiji | 2024-05-06
	// https://example.gov/news/2 | Trade figures | 0001-01-01
}
