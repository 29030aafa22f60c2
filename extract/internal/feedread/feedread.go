// Package feedread reads syndication feeds: an RSS 2.0 or RSS 1.0 channel,
// an Atom feed, or one <item> or <entry> cut out of either. Each item's
// headline, address, date, authors and content (the HTML a feed carries
// escaped or in CDATA, or an Atom entry's inline XHTML) are returned as
// they are written; the extract package reads the content as an HTML page.
package feedread

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"time"
)

// Item is one story of a feed.
type Item struct {
	Title string
	// Link is the story's own address.
	Link string
	// Date is the story's publication date as the feed writes it
	// (pubDate, dc:date, published, updated), "" when it gives none.
	Date string
	// Authors are the names of author, dc:creator and an Atom author's name.
	Authors []string
	// Content is the story's text, HTML or plain: content:encoded or an
	// Atom entry's content when present, else description or summary.
	Content string
}

// Is reports whether data opens with a feed's root element or an item of
// one (after an XML declaration, comments and white space), without
// reading further.
func Is(data []byte) bool {
	name := rootName(data)
	switch name {
	case "rss", "feed", "item", "entry", "rdf:RDF", "RDF":
		return true
	}
	return false
}

// rootName returns the name of the first element of data, prefix
// included, or "".
func rootName(data []byte) string {
	t := data
	for {
		t = bytes.TrimLeft(t, " \t\r\n\ufeff")
		switch {
		case bytes.HasPrefix(t, []byte("<?")):
			k := bytes.Index(t, []byte("?>"))
			if k < 0 {
				return ""
			}
			t = t[k+2:]
		case bytes.HasPrefix(t, []byte("<!--")):
			k := bytes.Index(t, []byte("-->"))
			if k < 0 {
				return ""
			}
			t = t[k+3:]
		case bytes.HasPrefix(t, []byte("<!")):
			// a document type declaration
			k := bytes.IndexByte(t, '>')
			if k < 0 {
				return ""
			}
			t = t[k+1:]
		case len(t) > 1 && t[0] == '<':
			e := 1
			for e < len(t) && e < 64 && t[e] != '>' && t[e] != '/' && t[e] != ' ' && t[e] != '\t' && t[e] != '\r' && t[e] != '\n' {
				e++
			}
			return string(t[1:e])
		default:
			return ""
		}
	}
}

// ErrNotFeed is returned by Read for data that holds no feed item.
var ErrNotFeed = errors.New("feedread: not a feed")

// Read returns the items of a feed in the order it lists them. It reads
// leniently (undeclared HTML entities, unclosed elements, a feed cut off
// mid-way keeps the items read before the cut); data that holds no item
// gives ErrNotFeed.
func Read(data []byte) ([]Item, error) {
	if !Is(data) {
		return nil, ErrNotFeed
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) {
		return r, nil // the extract package gives UTF-8
	}
	var (
		items []Item
		cur   *Item
		depth int // of the item's element
		field string
		fDep  int
		from  int64 // offset just after the field's start tag
		buf   strings.Builder
		inner bool   // the field holds elements (an Atom entry's XHTML)
		sub   string // the element inside the field being read
		stack int
	)
	for {
		before := d.InputOffset()
		tok, err := d.Token()
		if err != nil {
			break // io.EOF, or a cut: keep what was read
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack++
			name := t.Name.Local
			switch {
			case cur == nil && (name == "item" || name == "entry"):
				items = append(items, Item{})
				cur, depth = &items[len(items)-1], stack
			case cur != nil && field == "" && stack == depth+1:
				field, fDep, from, inner = fieldName(t.Name), stack, d.InputOffset(), false
				buf.Reset()
				if field == "link" && cur.Link == "" {
					// Atom: <link rel="alternate" href="…"/>
					rel := ""
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "href":
							cur.Link = strings.TrimSpace(a.Value)
						case "rel":
							rel = a.Value
						}
					}
					if rel != "" && rel != "alternate" {
						cur.Link = ""
					}
				}
			case cur != nil && field != "":
				inner, sub = true, name
			}
		case xml.CharData:
			// (an Atom author's <name>, not its <email> or <uri>)
			if field != "" && !(field == "author" && inner && sub != "name") {
				buf.Write(t)
			}
		case xml.EndElement:
			if cur != nil && field != "" && stack == fDep {
				v := buf.String()
				if inner && field == "content" {
					// inline XHTML: the markup itself
					end := before
					if end > int64(len(data)) {
						end = int64(len(data))
					}
					if from <= end {
						v = string(data[from:end])
					}
				}
				cur.set(field, strings.TrimSpace(v))
				field, sub = "", ""
			} else if field != "" && stack == fDep+1 {
				sub = ""
			}
			if cur != nil && stack == depth {
				cur = nil
			}
			stack--
		}
	}
	if len(items) == 0 {
		return nil, ErrNotFeed
	}
	return items, nil
}

// fieldName returns the field an item's child element fills, "" for one
// of no interest.
func fieldName(n xml.Name) string {
	switch n.Local {
	case "title":
		return "title"
	case "link":
		return "link"
	case "pubDate", "date", "published", "issued":
		return "date"
	case "updated", "modified":
		return "updated"
	case "author", "creator":
		return "author"
	case "encoded", "content":
		return "content"
	case "description", "summary":
		return "summary"
	}
	return ""
}

// set fills the field with v.
func (it *Item) set(field, v string) {
	if v == "" {
		return
	}
	switch field {
	case "title":
		if it.Title == "" {
			it.Title = v
		}
	case "link":
		if it.Link == "" {
			it.Link = v
		}
	case "date":
		it.Date = v
	case "updated":
		if it.Date == "" {
			it.Date = v
		}
	case "author":
		it.Authors = append(it.Authors, v)
	case "content":
		it.Content = v
	case "summary":
		if it.Content == "" {
			it.Content = v
		}
	}
}

// dateLayouts are the ways feeds write a date: RFC 822 and its variants
// in RSS, RFC 3339 in Atom and Dublin Core.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006", "2 Jan 2006", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02",
}

// Day returns the day a feed's date string names, in the zone it is
// written in ("Thu, 10 Nov 2022 23:30:00 +1000" is 10 November), and
// whether it could be read.
func Day(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
