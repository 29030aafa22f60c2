package extract

import (
	"context"
	"strings"
	"testing"
)

// An aggregator's post that keeps the page it copied in a block scalar of
// its front matter: the page is the body, not metadata; the front matter's
// date and title are the page's.
func TestFrontMatterHoldsThePage(t *testing.T) {
	page := "---\n" +
		"date: '2025-11-20T19:38:42+00:00'\n" +
		"images: []\n" +
		"original_content: |-\n" +
		"  <p>OLYMPIA, Wash. — The Kantor Tribe and the State Department of Commerce signed a memorandum of understanding on government-to-government relations. The agreement removes administrative barriers and improves communications.</p>\n" +
		"\n" +
		"  <p>“This agreement is a meaningful step forward in strengthening our relationship with the Department of Commerce, and it reflects our shared commitment to respect and collaboration,” said Jane Roe, Chairwoman of the Kantor Tribe.</p>\n" +
		"source: Department of Commerce\n" +
		"summarized: true\n" +
		"title: The Kantor Tribe, Commerce sign memorandum of understanding\n" +
		"---\n\n" +
		"The Kantor Tribe and the Department have signed an MOU.\n"
	d, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Body, "signed a memorandum of understanding on government-to-government relations") ||
		!strings.Contains(d.Body, "said Jane Roe, Chairwoman") {
		t.Errorf("the page in the front matter is not in the body:\n%s", d.Body)
	}
	if strings.Contains(d.Body, "original_content") || strings.Contains(d.Body, "summarized: true") {
		t.Errorf("front matter keys in the body:\n%s", d.Body)
	}
	if got := d.Published.Format("2006-01-02"); got != "2025-11-20" {
		t.Errorf("published %s, want 2025-11-20", got)
	}
	if d.Title != "The Kantor Tribe, Commerce sign memorandum of understanding" {
		t.Errorf("title %q", d.Title)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Jane Roe" {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

// A converted page's title is its front matter's, a block scalar's too;
// a line ended by HTML's break tag ends there, the tag dropped.
func TestFrontMatterTitleAndBreakTags(t *testing.T) {
	page := "---\ntitle: >-\n  Board Releases Statement on the Passing\n  of a Former Member\ndate: 2019-01-13\n---\n## Statement by the Board, on the passing of a former member of the Board, Jane Roe, at its meeting\n\nMy colleague, <br>\nMinister Tom Roe, <br/>\nLadies and gentlemen,\n\nThe Board mourns Jane Roe, who served from 2012 to 2017 and led its work.\n"
	d, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Board Releases Statement on the Passing of a Former Member" {
		t.Errorf("title %q", d.Title)
	}
	if strings.Contains(d.Body, "<br") || !strings.Contains(d.Body, "Minister Tom Roe,\n\nLadies and gentlemen,") {
		t.Errorf("break tags in the body:\n%s", d.Body)
	}
}

// A post's excerpt, however long, is a summary of the page written after
// the front matter: the text is in the body once.
func TestFrontMatterExcerptIsNoPage(t *testing.T) {
	lead := "The Agency has named Dr. Jane Roe as its new Executive Director. Dr. Roe, a member of the Board for eight years, succeeds John Doe, who retired in June."
	quote := "“I am both excited and humbled to lead an agency that has done so much to make our world a more welcoming and inclusive place for everyone,” Dr. Roe stated. “I look forward to helping the agency build upon its notable accomplishments so that it can continue to lead.”"
	// the excerpt folded at 78 columns, as a site generator writes it
	var excerpt strings.Builder
	line := ""
	for _, w := range strings.Fields(lead + " " + quote + " Dr. Roe has served as . . .") {
		if len(line)+1+len(w) > 78 {
			excerpt.WriteString("  " + line + "\n")
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	excerpt.WriteString("  " + line + "\n")
	page := "---\nlayout: post\ntitle: Jane Roe Named Executive Director\ndate: '2020-12-08'\nexcerpt: >-\n" +
		excerpt.String() + "featured: true\n---\n" + lead + "\n\n" + quote + "\n"
	d, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(d.Body, "humbled to lead"); n != 1 {
		t.Errorf("the quotation is in the body %d times:\n%s", n, d.Body)
	}
}

// A front matter's date under a key written with "_" or "-"
// ("published_date", "publish-date") is the page's.
func TestFrontMatterPublishedDateKey(t *testing.T) {
	for _, key := range []string{"published_date", "publish-date", "date_published"} {
		page := "---\ntitle: The Harbour Authority fines a shipping firm\n" + key + ": 2025-05-21T00:00:00\ncollected_date: 2025-05-31\n---\n\n# The Harbour Authority fines a shipping firm\n\nThe Harbour Authority has fined a shipping firm for breaking the rules on waste in the port.\n"
		d, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Published.Format("2006-01-02"); got != "2025-05-21" {
			t.Errorf("%s: published %s, want 2025-05-21", key, got)
		}
	}
}

// A Markdown archive's fenced block of YAML opening the page is its front
// matter: metadata, not text, and its address says whose site the page is
// ("url: https://www.example.police.uk/…" is the UK's).
func TestFrontMatterFencedYAML(t *testing.T) {
	page := "```yaml\nog:\n  locale: en_GB\n  url: https://www.harbour.police.uk/news/1\npublish:\n  date: 09:50 03/03/2021\ntitle: New command areas\nurl: https://www.harbour.police.uk/news/1\n```\n\nThe force has set up new command areas after a review of its local policing model on 1 March 2021.\n\nChief Superintendent Jane Roe will lead the city area.\n"
	d, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Body, "```") || strings.Contains(d.Body, "locale") {
		t.Errorf("front matter in the body: %q", d.Body)
	}
	for _, r := range d.Removed[:3] {
		if r.Reason != ReasonMetadata {
			t.Errorf("%q removed as %q, want metadata", r.Text, r.Reason)
		}
	}
	if len(d.Officials) != 1 || d.Officials[0].Country != "GB" {
		t.Errorf("officials %+v, want Jane Roe of GB", d.Officials)
	}
}
