package extract

// Syndication feeds: an RSS or Atom feed, or one item cut out of one, is
// read as the HTML page its items make (extract/internal/feedread reads the
// feed). A crawl that stores the items of a government's media-statement
// feed gets each statement's headline, date and address as a page would
// give them.

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/communique/communique/extract/internal/feedread"
)

// feedPage returns the HTML page of one feed item: its headline as title
// and heading, its date, address and authors as the page's metadata, its
// content as the article.
func feedPage(it feedread.Item) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html><head>")
	if it.Title != "" {
		fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.Title))
	}
	if t, ok := feedread.Day(it.Date); ok {
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">", t.Format("2006-01-02"))
	}
	if it.Link != "" {
		fmt.Fprintf(&b, "<meta property=\"og:url\" content=\"%s\">", html.EscapeString(it.Link))
	}
	for _, a := range it.Authors {
		fmt.Fprintf(&b, "<meta name=\"author\" content=\"%s\">", html.EscapeString(a))
	}
	b.WriteString("</head><body><article>\n")
	if it.Title != "" {
		fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(it.Title))
	}
	writeFeedContent(&b, it.Content)
	b.WriteString("</article></body></html>\n")
	return b.Bytes()
}

// writeFeedContent writes an item's content: its HTML as it is, or plain
// text a paragraph a blank-line-separated run.
func writeFeedContent(b *bytes.Buffer, content string) {
	if strings.Contains(content, "<") && strings.Contains(content, ">") {
		b.WriteString(content)
		b.WriteByte('\n')
		return
	}
	for _, p := range strings.Split(strings.ReplaceAll(content, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(b, "<p>%s</p>\n", html.EscapeString(p))
		}
	}
}

// readFeed reads the feed data holds, each item as its own page (so that
// the reader's choice of an article keeps every story): one item gives
// the page's title, date and address; several give their blocks in the
// feed's order. ok is false when data holds no feed item.
func (e *Extractor) readFeed(data []byte) (r readResult, ok bool, err error) {
	items, err := feedread.Read(data)
	if err != nil {
		return r, false, nil
	}
	r.format = FormatHTML
	for i := range items {
		page, err := e.parseHTML(feedPage(items[i]))
		if err != nil {
			return readResult{}, false, err
		}
		if len(items) == 1 {
			r.title, r.metaDates, r.url = page.Title, page.Dates, page.URL
		}
		r.blocks = append(r.blocks, page.Blocks...)
	}
	return r, true, nil
}

// FeedItems splits a syndication feed (RSS 2.0, RSS 1.0 or Atom, or one
// item of one, gzip-compressed or not) into one Input per item, in the
// feed's order, so that each story becomes a Document of its own: its
// Data is the item's page in HTML (headline, date, address and authors as
// metadata, the content as the article), its URL the item's link, its
// Name the link or, without one, name and the item's number ("feed.xml#3").
// Data that is no feed gives an error that wraps ErrNotFeed; data longer
// than DefaultMaxInputBytes (after decompression) one that wraps
// ErrTooLarge.
func FeedItems(name string, data []byte) ([]Input, error) {
	data, err := readInput(Input{Name: name, Data: data}, DefaultMaxInputBytes)
	if err != nil {
		return nil, err
	}
	if data, err = toUTF8(fromUTF16(data), true); err != nil {
		return nil, err
	}
	items, err := feedread.Read(data)
	if err != nil {
		if errors.Is(err, feedread.ErrNotFeed) {
			return nil, fmt.Errorf("%s: %w", name, ErrNotFeed)
		}
		return nil, err
	}
	ins := make([]Input, len(items))
	for i, it := range items {
		n := it.Link
		if n == "" {
			n = name + "#" + strconv.Itoa(i+1)
		}
		ins[i] = Input{Name: n, Data: feedPage(it), Format: FormatHTML, URL: it.Link}
	}
	return ins, nil
}
