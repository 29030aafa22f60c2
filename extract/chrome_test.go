package extract

import (
	"context"
	"fmt"
	"github.com/communique/communique/extract/internal/block"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProfileLearnsRecurringBlocks(t *testing.T) {
	x := New(Options{})
	l := x.NewProfileLearner("example.org")
	ctx := context.Background()
	page := func(body string) Input {
		return Input{Data: []byte("Main menu\n\nAbout us\n\nOur newsroom is open from nine to five on weekdays for accredited journalists.\n\n" + body + "\n\nFooter text of the site that no classifier would call chrome on its own, repeated on every page.\n")}
	}
	bodies := []string{
		"The Minister met the Ambassador of Japan on Monday to discuss trade and investment between the two countries in the coming year.",
		"The Ministry published its annual report on development aid, which shows a rise in spending on education and health in Africa.",
		"The Prime Minister will travel to Canada next week for talks on energy security with the Canadian Prime Minister and business leaders.",
		"The Government welcomed the agreement reached in Geneva on Tuesday and called on all parties to implement it in full and without delay.",
	}
	for _, b := range bodies {
		require.NoError(t, l.Add(ctx, page(b)))
	}
	// Duplicates count once.
	require.NoError(t, l.Add(ctx, page(bodies[0])))
	assert.Equal(t, 4, l.Pages())
	p := l.Profile()
	var buf strings.Builder
	require.NoError(t, p.Save(&buf))
	p2, err := LoadProfile(strings.NewReader(buf.String()))
	require.NoError(t, err)
	assert.Equal(t, p.Len(), p2.Len())

	doc, err := New(Options{Profile: p2}).Extract(ctx, page("A fresh page of the site says something new about fisheries policy and coastal communities in the north of the country."))
	require.NoError(t, err)
	assert.NotContains(t, doc.Body, "Footer text")
	assert.NotContains(t, doc.Body, "newsroom")
	assert.Contains(t, doc.Body, "fisheries policy")
	found := false
	for _, r := range doc.Removed {
		if strings.HasPrefix(r.Text, "Footer text") {
			found = r.Reason == ReasonSiteProfile
		}
	}
	assert.True(t, found, "the footer is removed as site chrome")

	// Identical pages alone teach nothing: their content is not chrome.
	l2 := x.NewProfileLearner("dup")
	for range 5 {
		require.NoError(t, l2.Add(ctx, page(bodies[1])))
	}
	assert.Equal(t, 0, l2.Profile().Len())

	_, err = LoadProfile(strings.NewReader(`{"version": 7}`))
	assert.ErrorIs(t, err, ErrProfile)
	_, err = LoadProfile(strings.NewReader(`not json`))
	assert.ErrorIs(t, err, ErrProfile)
}

func TestTextBlocksHardWrapped(t *testing.T) {
	in := " \nNATO Headquarters  \nBrussels, Belgium\n\n12:28 P.M. CEST  \n   \n" +
		"SECRETARY GENERAL STOLTENBERG:  Mr. President, it is great to see you\nagain and just a week after we met in the White House.  And thank you so\nmuch for your strong personal commitment and powerful leadership on the\ntransatlantic bond.\n\n" +
		"PRESIDENT BIDEN:  Well, thank you very much.  We have a lot of work to\ndo, and I look forward to doing it with all of our Allies in the days\nahead of us.\n"
	got := blockTexts(in, false)
	assert.Equal(t, []string{
		"NATO Headquarters", "Brussels, Belgium", "12:28 P.M. CEST",
		"SECRETARY GENERAL STOLTENBERG: Mr. President, it is great to see you again and just a week after we met in the White House. And thank you so much for your strong personal commitment and powerful leadership on the transatlantic bond.",
		"PRESIDENT BIDEN: Well, thank you very much. We have a lot of work to do, and I look forward to doing it with all of our Allies in the days ahead of us.",
	}, got)
}

// A print's text with a blank line after each of its lines (as PDF
// converters write it) is hard-wrapped: one blank line between the lines
// of a paragraph, more between paragraphs.
func TestTextBlocksDoubleSpaced(t *testing.T) {
	lines := []string{
		"MR. J. ROE (Lumsden): — Before the Orders of the Day I should like to direct a question",
		"to the Minister of Industry (Mr. Doe) on the office in London and its staff.",
		"",
		"The Government of the province I understand recently closed the office in London and",
		"the allegation was made that there was inadequate compensation for the staff there.",
		"",
		"MR. DOE: — Mr. Speaker, the answer is No. The compensation was what the contracts",
		"provided, and the staff were told of it well before the office was closed in March.",
		"",
		"MR. ROE: — No, you will not give adequate compensation. Well I think that is a pretty",
		"sorry blot on the records and I would hope the Government would reconsider its position.",
		"",
		"MR. DOE: — The question was, is it the policy to pay inadequate compensation on the",
		"severance of employment, and the answer to that question is No, Mr. Speaker, it is not.",
	}
	in := strings.Join(lines, "\n\n") + "\n"
	got := blockTexts(in, false)
	assert.Equal(t, []string{
		lines[0] + " " + lines[1],
		lines[3] + " " + lines[4],
		lines[6] + " " + lines[7],
		lines[9] + " " + lines[10],
		lines[12] + " " + lines[13],
	}, got)
}

// A heading in capitals over hard-wrapped prose, with no blank line
// between them, is a paragraph of its own, however long; wrapped lines in
// capitals run on.
func TestTextBlocksCapitalHeadingOverWrappedProse(t *testing.T) {
	in := "HARBOUR MINISTRY DELIVERS PUMPS TO THE FLOODED ISLAND VILLAGES\n" +
		"Press Release/30 April 2018 The Harbour Ministry, led by Minister Jane Roe, on\n" +
		"Sunday delivered five hundred pumps to the villages of the island that the\n" +
		"river flooded last week, and its teams will stay until the water has gone.\n\n" +
		"THE ACT SHALL APPLY TO EVERY HARBOUR AND TO EVERY QUAY OF THE ISLAND AND\n" +
		"TO THE FERRIES.\n"
	got := blockTexts(in, false)
	assert.Equal(t, []string{
		"HARBOUR MINISTRY DELIVERS PUMPS TO THE FLOODED ISLAND VILLAGES",
		"Press Release/30 April 2018 The Harbour Ministry, led by Minister Jane Roe, on Sunday delivered five hundred pumps to the villages of the island that the river flooded last week, and its teams will stay until the water has gone.",
		"THE ACT SHALL APPLY TO EVERY HARBOUR AND TO EVERY QUAY OF THE ISLAND AND TO THE FERRIES.",
	}, got)
}

// A hard-wrapped Markdown release: a line that holds a link's address runs
// past the width, a paragraph's first line stops mid-phrase ("The
// Department of"), and neither breaks the paragraph.
func TestTextBlocksHardWrappedWithLinks(t *testing.T) {
	in := "**FOR IMMEDIATE RELEASE**\n\nThe Department of\n" +
		"Commerce announced today that the Secretary of State and the Secretary of\n" +
		"Labor will join the Secretary of Commerce at the [2015\n" +
		"Investment Summit](http://www.example.org/summit-2015/registration) on March 23-24 at the National\n" +
		"Convention Center, just outside the capital, to meet the investors of many\n" +
		"countries and regions of the world.\n\n" +
		"The summit is the highest-profile event of the year to promote investment\n" +
		"in the country, with more than 2,100 people from nearly 80 countries who\n" +
		"have registered so far.\n"
	got := blockTexts(in, false)
	assert.Equal(t, []string{
		"**FOR IMMEDIATE RELEASE**",
		"The Department of Commerce announced today that the Secretary of State and the Secretary of Labor will join the Secretary of Commerce at the [2015 Investment Summit](http://www.example.org/summit-2015/registration) on March 23-24 at the National Convention Center, just outside the capital, to meet the investors of many countries and regions of the world.",
		"The summit is the highest-profile event of the year to promote investment in the country, with more than 2,100 people from nearly 80 countries who have registered so far.",
	}, got)
}

// A converted page's Markdown, under its front matter, runs a paragraph on
// to the blank line, whatever the length of its lines; a list item, an
// emphasised line and a label line stand apart.
func TestTextBlocksMarkdownParagraphs(t *testing.T) {
	in := "---\ntitle: Summit speakers\nlayout: default\n---\n**FOR IMMEDIATE RELEASE**\nWednesday, March 11, 2015\n\n" +
		"U.S. Secretary of Commerce Jane\n" +
		"Roe today announced the names of the American and international\n" +
		"innovators, visionaries, and thought leaders participating in the 2015\n" +
		"Investment Summit, March 23-24, which will bring together senior officials.\n\n" +
		"Other speakers confirmed for the\nSummit include:\n\n" +
		"*   Dana Poe,\nChair, Acme Infrastructure\n*   Carl Doe,\nChair, Beta Inc.\n"
	got := blockTexts(in, true)
	assert.Equal(t, []string{
		"**FOR IMMEDIATE RELEASE**", "Wednesday, March 11, 2015",
		"U.S. Secretary of Commerce Jane Roe today announced the names of the American and international innovators, visionaries, and thought leaders participating in the 2015 Investment Summit, March 23-24, which will bring together senior officials.",
		"Other speakers confirmed for the Summit include:",
		"* Dana Poe, Chair, Acme Infrastructure", "* Carl Doe, Chair, Beta Inc.",
	}, got)
}

// A print's lines with one blank line after every line, between
// paragraphs too, are joined by the wrap width: a paragraph ends at a
// short last line, not at every line. A page of one paragraph a line, blank lines between,
// is as it was.
func TestTextBlocksDoubleSpacedOneGap(t *testing.T) {
	lines := []string{
		"MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF HARBOUR CITY AND COUNTY",
		"COUNCIL HELD IN THE COUNCIL CHAMBER ON FRIDAY 17TH NOVEMBER, 2023.",
		"The Mayor thanked everybody for attending the Special Meeting, explaining that it was",
		"being held on the morning of the Annual Budget Meeting, so as to pass a Vote of Sympathy",
		"on the passing of a former member of the Council.",
		"Members thanked the Mayor for calling the Special Meeting. They acknowledged that he",
		"had been known as a gentleman and who was a great character in the life of the town",
		"and its harbour, and they remembered his long work for the people of the county.",
		"The Chief Executive, on behalf of Management and staff, expressed his condolences to",
		"the family and friends of the former member, on their sad loss.",
		"This concluded the Meeting.",
	}
	got := blockTexts(strings.Join(lines, "\n\n")+"\n", false)
	// (a last line that reaches most of the width runs on into the next
	// paragraph: the sentences stay whole)
	assert.Equal(t, []string{
		strings.Join(lines[0:5], " "),
		strings.Join(lines[5:], " "),
	}, got)

	paras := []string{
		"The Mayor opened the new harbour wall on Monday with members of the council.",
		"It cost four million euros.",
		"The wall will protect the old town from the winter storms for fifty years, the engineers said.",
		"Work on the second wall will start in the spring.",
		"The council thanked the builders.",
		"The harbour will reopen to boats next week.",
		"A ceremony will mark the reopening.",
		"The Mayor will attend it with the members.",
		"Boats may moor from Friday.",
	}
	assert.Equal(t, paras, blockTexts(strings.Join(paras, "\n\n")+"\n", false))
}

// A blank line after a comma, with the next line in lower case, is a
// print's page break inside a sentence: one paragraph; so is a line break
// there. A blank line after a sentence's end, or before a capital, still
// parts two.
func TestTextBlocksPageBreakInSentence(t *testing.T) {
	in := "Harbour Council news\n\n“As one of the port’s oldest partners, the Council has funded the quays for six decades,\n\n" +
		"making investments in every berth,” said Jane Roe, Harbour Master.\n\nThe work starts in May.\n\nThe ferries run,\n\nMost days.\n\nShips sail,\nwhen the tide allows.\n"
	got := blockTexts(in, true)
	assert.Equal(t, []string{
		"Harbour Council news",
		"“As one of the port’s oldest partners, the Council has funded the quays for six decades, making investments in every berth,” said Jane Roe, Harbour Master.",
		"The work starts in May.", "The ferries run,", "Most days.", "Ships sail, when the tide allows.",
	}, got)
}

// A hard-wrapped record's rows set in columns (a committee's roster) stand
// alone; a list item's marker and a sentence's end are no columns.
func TestTextBlocksColumns(t *testing.T) {
	in := "    The committee met at ten o'clock in the morning, in the room of the\n" +
		"harbour board, with the chairwoman presiding over the hearing of the\n" +
		"day.\n" +
		"JANE ROE, Maine                    ALAN DOE, Ohio\n" +
		"MARY POE, Utah                     CARL MOE, Idaho\n" +
		"    The Chairman. The hearing will come to order. This is a hearing\n" +
		"on the question of what rules are appropriate for the harbour.   We\n" +
		"will hear from the Secretary of the harbour board first, and then\n" +
		"from the mayor.\n"
	got := blockTexts(in, false)
	assert.Equal(t, []string{
		"The committee met at ten o'clock in the morning, in the room of the harbour board, with the chairwoman presiding over the hearing of the day.",
		"JANE ROE, Maine ALAN DOE, Ohio",
		"MARY POE, Utah CARL MOE, Idaho",
		"The Chairman. The hearing will come to order. This is a hearing on the question of what rules are appropriate for the harbour. We will hear from the Secretary of the harbour board first, and then from the mayor.",
	}, got)
}

func TestTextBlocksOneParagraphALine(t *testing.T) {
	in := "Headline of the day\nFirst paragraph, which is long enough to be a paragraph and ends here.\nSecond paragraph.\n"
	assert.Len(t, textBlocks(in), 3)
}

// The bundled NATO pages: all modal, gallery and usage-rights chrome goes,
// every sentence stays, one page at a time.
func TestNATOPagesAlone(t *testing.T) {
	files, _ := filepath.Glob("../testdata/nato/*.txt")
	require.NotEmpty(t, files)
	x := New(Options{})
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), Input{Name: f, Data: data})
		require.NoError(t, err)
		for _, s := range []string{"Verification code", "Reset password", "Register", "Usage rights", "newsletter", "password"} {
			assert.NotContains(t, doc.Body, s, f)
		}
		assert.Contains(t, doc.Body, "Rutte", f)
		assert.NotEmpty(t, doc.Removed, f)
	}
}

// Plain-text scrapes in the shape of three other official sites: what the
// body must keep and must lose.
func TestScrapesOfOtherSites(t *testing.T) {
	cases := []struct {
		file        string
		title       string
		keep, notIn []string
	}{
		{"govuk.txt", "Foreign Secretary meets Ukrainian Foreign Minister in London",
			[]string{"The Foreign Secretary said:", "The UK’s support for Ukraine is unwavering.", "accountability for war crimes."},
			[]string{"cookies", "Skip to main content", "Share this page", "Is this page useful?", "Crown copyright", "Open Government Licence", "Accessibility"}},
		{"state.txt", "",
			[]string{"The below is attributable to Spokesperson Ned Price:", "Secretary of State Antony J. Blinken met today", "food security."},
			[]string{"Skip to content", "Back to top", "Privacy Policy", "Related Articles", "FOIA"}},
		{"kremlin.txt", "Meeting with Government members",
			[]string{"February 16, 2022", "The Kremlin, Moscow", "Vladimir Putin: Good afternoon, colleagues.", "Question: Mr President, what about fertiliser prices?", "We will discuss that too."},
			[]string{"Videos and photos", "Direct link", "Text version"}},
	}
	x := New(Options{})
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join("testdata", "scrapes", c.file))
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), Input{Name: c.file, Data: data})
		require.NoError(t, err)
		assert.Equal(t, c.title, doc.Title, c.file)
		for _, s := range c.keep {
			assert.Contains(t, doc.Body, s, c.file)
		}
		for _, s := range c.notIn {
			assert.NotContains(t, doc.Body, s, c.file)
		}
	}
}

func TestOneLinePageKeepsItsLine(t *testing.T) {
	doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte("The minister spoke today about the plan for the coming year.\n")})
	require.NoError(t, err)
	assert.Equal(t, "The minister spoke today about the plan for the coming year.", doc.Body)
}

func TestHTMLDatelineAndTitleDate(t *testing.T) {
	page := `<html><head><title>Site</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="content"><h1>Minister visits Helsinki for a summit of Baltic Sea Allies</h1>
<p class="date">14 Jan. 2025</p>
<p>The Minister joined the leaders of the Baltic Sea Allies in Helsinki today, at a summit hosted by the President of Finland, to discuss the protection of undersea cables and pipelines.</p>
<p>Leaders agreed to step up patrols in the Baltic Sea and to share information on suspicious vessels more quickly than before.</p></div>
<footer><a href="/privacy">Privacy</a></footer></body></html>`
	doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
	require.NoError(t, err)
	assert.Contains(t, doc.Body, "14 Jan. 2025")
	assert.Equal(t, "2025-01-14", doc.Published.Format("2006-01-02"))

	page2 := `<h1>Department Press Briefing – October 12, 2022</h1><p>MR PRICE: Good afternoon, everyone. We have a few things at the top today before we turn to your questions.</p><p>QUESTION: Thank you. On Ukraine, what can you tell us about the strikes this week?</p>`
	doc, err = New(Options{}).Extract(context.Background(), Input{Data: []byte(page2)})
	require.NoError(t, err)
	assert.Equal(t, "2022-10-12", doc.Published.Format("2006-01-02"))
}

// A sidebar's date just above the article is not brought back as the
// page's dateline when the article keeps its own under the headline.
func TestHTMLSidebarDateNotDateline(t *testing.T) {
	page := `<html><head><title>Harbour Fair Opens</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<aside class="sidebar"><div class="facts"><div class="date">April 19, 2022</div><div class="title"><a href="/facts/act">Disabilities Act</a></div></div></aside>
<main><article><h1>Harbour Fair Opens</h1><div class="meta"><div class="date">April 26, 2022</div></div>
<div class="entry-content"><p>The harbour fair opened today with stalls from every parish, and the Minister of Trade walked the quays with the mayor.</p>
<p>The fair runs for five days and closes with a concert on the old pier on Sunday evening.</p></div></article></main>
<footer><a href="/privacy">Privacy</a></footer></body></html>`
	doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
	require.NoError(t, err)
	assert.NotContains(t, doc.Body, "April 19, 2022")
	assert.Equal(t, "2022-04-26", doc.Published.Format("2006-01-02"))
}

func TestPageOfShortParagraphsKeepsThem(t *testing.T) {
	doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte("The minister spoke today.\n\nShe will travel to Rome next week.\n")})
	require.NoError(t, err)
	assert.Equal(t, "The minister spoke today.\n\nShe will travel to Rome next week.", doc.Body)
}

// The front matter of a converted page is removed as metadata, whatever its
// lines say, and the Markdown headings under it are the page's headline.
func TestFrontMatterAndMarkdownHeadings(t *testing.T) {
	page := "---\ntitle: Speech before leaving for the summit\ndate: 2024-05-06T08:00:00Z\nexcerpt: The President spoke at the airport on 5 May 2024 before leaving for the summit.\ntags: [summit, speech]\nimage:\n  source: \n---\n\n" +
		"##### SPEECH OF THE PRESIDENT\n\n##### BEFORE LEAVING FOR THE SUMMIT\n\n###### Riverton Airport\n\n###### 05 May 2024\n\n" +
		"Good afternoon. I am leaving today for the summit, where I will meet the leaders of our neighbours to discuss trade, energy and the security of our region.\n\nThank you.\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Name: "speech.md", Data: []byte(page)})
	require.NoError(t, err)
	var meta []string
	for _, r := range doc.Removed {
		if r.Reason == ReasonMetadata {
			meta = append(meta, r.Text)
		}
	}
	assert.Contains(t, meta, "excerpt: The President spoke at the airport on 5 May 2024 before leaving for the summit.")
	assert.Contains(t, meta, "---")
	assert.True(t, strings.HasPrefix(doc.Body, "##### SPEECH OF THE PRESIDENT\n\n##### BEFORE LEAVING"), doc.Body)
	assert.Contains(t, doc.Body, "###### 05 May 2024")
	assert.NotContains(t, doc.Body, "excerpt:")

	// a rule between sections is no front matter
	prose := "The Minister met the delegation today and they discussed trade and energy at length.\n\n---\n\nNotes: the talks will go on in March.\n\n---\n"
	doc, err = New(Options{}).Extract(context.Background(), Input{Name: "note.txt", Data: []byte(prose)})
	require.NoError(t, err)
	for _, r := range doc.Removed {
		assert.NotEqual(t, ReasonMetadata, r.Reason, r.Text)
	}
}

// A PDF's running header, glued to its page number between the wrapped
// lines of a paragraph, leaves the paragraph whole and is removed as a
// page marker; so is the same header alone above the title. A page number
// followed by words said once stays text.
func TestTextBlocksRunningPageHeaders(t *testing.T) {
	wrap := "MINISTER ROE. Thank you all for coming this morning to the annual meeting\n" +
		"of the regional council, where we have heard a great deal about harbours\n"
	in := "June 3, 2024 Minister's Briefing FINAL\nTranscript of the Minister's Briefing\n\n" + wrap +
		"Page 1 of 9June 3, 2024 Minister's Briefing FINAL\n" +
		"and roads and the new ferry service between the two islands of the county.\n\n" +
		"REPORTER. Will the ferry run in winter as well as in the summer season this\n" +
		"Page 2 of 9 June 3, 2024 Minister's Briefing FINAL\n" +
		"year, and who will pay for the extra crossings that the islanders need?\n\n" +
		"Page 3 of 9 shows the timetable that the council agreed for the crossings.\n"
	var kept, removed []string
	for _, b := range textBlocks(in) {
		if b.Removed != 0 {
			assert.Equal(t, block.ReasonPageMarker, b.Removed, b.Text)
			removed = append(removed, b.Text)
			continue
		}
		kept = append(kept, b.Text)
	}
	assert.Equal(t, []string{
		"Transcript of the Minister's Briefing",
		"MINISTER ROE. Thank you all for coming this morning to the annual meeting of the regional council, where we have heard a great deal about harbours and roads and the new ferry service between the two islands of the county.",
		"REPORTER. Will the ferry run in winter as well as in the summer season this year, and who will pay for the extra crossings that the islanders need?",
		"Page 3 of 9 shows the timetable that the council agreed for the crossings.",
	}, kept)
	assert.Len(t, removed, 3)
}

// Markdown links weigh as a browser shows them: their text, not their
// addresses, against the block's text.
func TestMarkdownLinkShare(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"[Directorate-General](https://example.org/dg)", 1},
		{"7 Aug 2019 Posted in [Press releases](/news/press-releases)", float64(len("Press releases")) / float64(len("7 Aug 2019 Posted in Press releases"))},
		{"No links here [1] (see below).", 0},
		{"", 0},
	} {
		assert.InDelta(t, c.want, markdownLinkShare(c.s), 1e-9, c.s)
	}
	blocks := textBlocks("The minister opened the new harbour on Monday with the mayor and many people of the town.\n\n[Ministry of the Sea](https://example.org/sea)\n")
	require.Len(t, blocks, 2)
	assert.Equal(t, 1.0, blocks[1].Links)
}

// The names inside a converted page's Markdown links and emphasis are read
// as the words they are; the body keeps its markup, and the spans point
// into it.
func TestMarkdownNames(t *testing.T) {
	in := "On May 3 Administrator Jane Roe of the [U.S. Acme Services Administration](https://acme.example.gov/) (ASA) opened the first industry day of the agency.\n\n" +
		"**Deputy Administrator John Doe** spoke after her.\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Name: "a.md", Data: []byte(in)})
	require.NoError(t, err)
	assert.Contains(t, doc.Body, "[U.S. Acme Services Administration](https://acme.example.gov/)")
	var got []string
	for _, o := range doc.Officials {
		got = append(got, o.Name+"|"+o.Title+"|"+o.Country)
		for _, m := range o.Mentions {
			assert.Contains(t, o.Name, doc.Body[m.Start:m.End])
		}
	}
	assert.Equal(t, []string{"Jane Roe|Administrator|US", "John Doe|Deputy Administrator|"}, got)
}

// A converted transcript in reStructuredText that embeds a little raw HTML
// (a video, a link) is text; its directives, and the HTML indented under
// them, are markup of the conversion; a page of HTML stays HTML.
func TestReStructuredTextWithRawHTML(t *testing.T) {
	var b strings.Builder
	b.WriteString(".. raw:: html\n\n   <a id=\"link\" href=\"https://inquiry.example/day-3\">Official page</a>\n   <details><summary><span>Hide video</span><span>Show video</span></summary></details>\n\nHearing Day 3\n=============\n\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&b, "**Ms Roe**: Did the board see report number %d before the meeting?\n\n.. rst-class:: indented\n\n**Mr Doe**: It did, and it discussed it at length.\n\n", i+1)
	}
	in := b.String()
	assert.Equal(t, FormatText, detectFormat([]byte(in)))
	assert.Equal(t, FormatHTML, detectFormat([]byte("Intro\n<p>One</p>\n<p>Two</p>\n<div>Three</div>\n")))
	for _, bl := range textBlocks(in) {
		if strings.Contains(bl.Text, "rst-class") || strings.Contains(bl.Text, "<") || strings.HasPrefix(bl.Text, ".. ") {
			assert.Equal(t, block.ReasonMetadata, bl.Removed, bl.Text)
		} else {
			assert.Zero(t, bl.Removed, bl.Text)
		}
	}
	assert.True(t, isRSTDirective(".. rst-class:: indented"))
	assert.False(t, isRSTDirective(".. and then he left"))
}

// A page converted to Markdown by a site generator: its front matter makes
// it text, whatever HTML it carries inline (a table of photos with <br>),
// and its shortcodes alone on their lines are markup, alt text and all.
func TestMarkdownWithShortcodes(t *testing.T) {
	in := "---\nlayout: post\ntitle: \"New chief executive\"\ndate: 2023-03-30\n---\n" +
		"Singapore, 30 March 2023 – Jane Roe will be appointed chief executive of the agency.\n" +
		"She succeeds John Doe, who led the agency for five years.\n" +
		"{{< legacy-img src=\"2015/10/roe.jpg\" alt=\"Jane Roe, chief executive\" >}}\n" +
		"{% include figure.html %}\n" +
		"| **Ms Jane Roe** <br>Incoming CE | (/images/roe.png) |\n| **Mr John Doe** <br>Outgoing CE | (/images/doe.png) |\n" +
		"The board thanked him for his work.\n"
	assert.Equal(t, FormatText, detectFormat([]byte(in)))
	var kept []string
	for _, bl := range textBlocks(in) {
		if strings.Contains(bl.Text, "{{") || strings.Contains(bl.Text, "{%") {
			assert.Equal(t, block.ReasonMetadata, bl.Removed, bl.Text)
		}
		if bl.Removed == 0 {
			kept = append(kept, bl.Text)
		}
	}
	body := strings.Join(kept, "\n")
	assert.Contains(t, body, "She succeeds John Doe, who led the agency for five years.")
	assert.NotContains(t, body, "title:")
	assert.True(t, isTemplateTag("{{% note %}}"))
	assert.False(t, isTemplateTag("{{ a }} and then {{ b }}"))
	assert.False(t, isTemplateTag("{{< a >}} text {{< b >}}"))
}

// A site generator's post whose body under the front matter is HTML is
// read as HTML, the front matter as metadata; a post in Markdown with a
// few line breaks in a contact block stays text.
func TestFrontMatterOverHTML(t *testing.T) {
	html := "---\ntitle: Pilot completed\ndate: 2024-05-16\nlayout: post\n---\n" +
		"<p>On May 6, 2024, the two firms completed a new\ncross-border paperless trade.</p>\n<p></p>\n" +
		"<p>The shipment was carried by sea and\nreached the port on time.</p>\n<p>Both agencies will continue to work together.</p>\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Name: "post.md", Data: []byte(html)})
	require.NoError(t, err)
	assert.Contains(t, doc.Body, "On May 6, 2024, the two firms completed a new cross-border paperless trade.")
	assert.NotContains(t, doc.Body, "<p>")
	assert.NotContains(t, doc.Body, "layout")
	md := "---\ntitle: New chief\n---\nJane Roe will lead the agency from June.\n\nFor media enquiries:\n<br>John Doe\n<br>Tel: 9100 4477\n<br>Agency\n"
	assert.Equal(t, FormatText, detectFormat([]byte(md)))
}

// A converted page that kept its HTML time element dates itself by it, and
// its "Today" by that day.
func TestTextPageTimeElement(t *testing.T) {
	page := "Governor names housing lead\n\nPublish Date\n\n<time datetime=\"2024-11-22T12:00:00Z\" class=\"datetime\">November 22, 2024</time>\n\n" +
		"OLYMPIA – Today, the Governor announced the first of twelve subcommittees, which will focus on housing.\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Name: "a.md", Data: []byte(page)})
	require.NoError(t, err)
	assert.Equal(t, "2024-11-22", doc.Published.Format("2006-01-02"))
	assert.Nil(t, timeElements([]byte("<time>no date</time>")))
}

// A line-numbered print (a court's transcript from its PDF): the numbers
// and the double spacing go, a deep indent opens a paragraph, a turn goes
// on across the page break, and the page's number and running footer are
// page markers.
func TestTextBlocksLineNumberedPrint(t *testing.T) {
	var b strings.Builder
	n := 0
	line := func(indent, s string) {
		n = n%25 + 1
		fmt.Fprintf(&b, "%2d%s%s\n\n", n, indent, s)
	}
	for p := 0; p < 2; p++ {
		for k := 0; k < 6; k++ {
			line("                 ", "JUSTICE ORTON:      Well, counsel, the agency waited")
			line("   ", "two years before it gave any notice of the rule.")
			line("                 ", "MS. QUILL:      The statute gave it no")
			line("   ", "deadline, Justice Orton.")
		}
		for n != 25 {
			line("   ", "and the record shows the notice in the first month.")
		}
		fmt.Fprintf(&b, "                                   %d\n\n              Harbour Reporting Company\n\n", p+1)
	}
	in := b.String()
	var kept, removed []string
	for _, bl := range textBlocks(in) {
		if bl.Removed != 0 {
			assert.Equal(t, block.ReasonPageMarker, bl.Removed, bl.Text)
			removed = append(removed, bl.Text)
			continue
		}
		kept = append(kept, bl.Text)
	}
	assert.Equal(t, []string{"1", "Harbour Reporting Company", "2", "Harbour Reporting Company"}, removed)
	assert.Equal(t, "JUSTICE ORTON: Well, counsel, the agency waited two years before it gave any notice of the rule.", kept[0])
	assert.Equal(t, "MS. QUILL: The statute gave it no deadline, Justice Orton.", kept[1])
	for _, k := range kept {
		assert.NotRegexp(t, `^\d|  `, k)
	}
	// an ordinary numbered list is no print
	list := "1  Open the meeting.\n2  Adopt the agenda.\n3  Close.\n"
	lines, furniture := unnumberLines(splitLines(list))
	assert.Nil(t, furniture)
	assert.Equal(t, splitLines(list), lines)
}

// A print whose numbers stand in a column set in from the margin, with its
// wrapped lines six spaces after their numbers and a title page whose
// wrapped lines go between the numbered ones: the title page's lines are
// the text's own, a wrapped line goes on its paragraph, and only the
// page's number is furniture.
func TestTextBlocksIndentedLineNumbers(t *testing.T) {
	var b strings.Builder
	b.WriteString("       1      BEFORE THE HARBOUR COUNCIL\n              COMMITTEE ON FERRIES\n\n")
	for n := 2; n <= 24; n += 2 {
		fmt.Fprintf(&b, "      %2d             CHAIR DALE: The hearing is open and\n\n", n)
		fmt.Fprintf(&b, "      %2d      the first witness is here.\n\n", n+1)
	}
	b.WriteString("\f\n                                   2\n")
	for n := 1; n <= 10; n++ {
		fmt.Fprintf(&b, "      %2d             MS. QUILL: The ferry leaves at nine each morning.\n\n", n)
	}
	var kept, removed []string
	for _, bl := range textBlocks(b.String()) {
		if bl.Removed != 0 {
			removed = append(removed, bl.Text)
			continue
		}
		kept = append(kept, bl.Text)
	}
	assert.Equal(t, []string{"2"}, removed)
	assert.Equal(t, "BEFORE THE HARBOUR COUNCIL COMMITTEE ON FERRIES", kept[0])
	assert.Equal(t, "CHAIR DALE: The hearing is open and the first witness is here.", kept[1])
	assert.Equal(t, "MS. QUILL: The ferry leaves at nine each morning.", kept[len(kept)-1])
}

// A scrape that prints a listing's title above the article's headline
// keeps the headline once: a copy, or a teaser cut short with an
// ellipsis, is removed as repeated; the headline opens the body.
func TestHeadlineCopiesAtTheHead(t *testing.T) {
	text := "Minister Opens New Harbour Bridge in Portvale\n\nMinister Opens New Harbour Bridge in Portvale\n\n" +
		"The Minister of Transport opened the new harbour bridge in Portvale this morning, after three years of work by local firms.\n\nThe bridge carries four lanes and a cycle path.\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Name: "a.txt", Data: []byte(text)})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(doc.Body, "Minister Opens New Harbour Bridge in Portvale\n\nThe Minister of Transport"), doc.Body)
	require.Len(t, doc.Removed, 1)
	assert.Equal(t, ReasonRepeated, doc.Removed[0].Reason)

	text = "Minister Opens New Harbour Bridge in Portvale, Praises…\n\nMinister Opens New Harbour Bridge in Portvale, Praises Local Firms\n\n" +
		"The Minister of Transport opened the new harbour bridge in Portvale this morning, after three years of work by local firms.\n"
	doc, err = New(Options{}).Extract(context.Background(), Input{Name: "b.txt", Data: []byte(text)})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(doc.Body, "Minister Opens New Harbour Bridge in Portvale, Praises Local Firms\n\nThe Minister"), doc.Body)
	assert.Equal(t, "Minister Opens New Harbour Bridge in Portvale, Praises Local Firms", doc.Title)
}

// The page's date alone on a line just under its headline, outside the
// article's element, is the page's, not furniture, even when only the
// site's country would settle its numeric order; a date further down
// among the furniture is not kept.
func TestDateUnderHeadline(t *testing.T) {
	body := `<p>The two ministers discussed the training of engineers, the exchange of officers and the joint exercises planned for the autumn in the north of the country.</p>
<p>They agreed to meet again before the end of the year and to report on the progress of the programme to their governments.</p>`
	for _, date := range []string{"2/6/2026", "February 6, 2026", "Friday, 6 February 2026"} {
		doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(`<html><head><title>Minister meets counterpart</title></head><body>
<div class="top"><h2 class="news">Minister meets counterpart</h2>
<p>` + date + `</p></div>
<div class="main"><div class="content">` + body + `</div></div>
<footer><p>Updated 1/1/2025</p><a href="/a">About</a> <a href="/b">Contact</a></footer></body></html>`)})
		require.NoError(t, err)
		if !strings.Contains(doc.Body, date) {
			t.Errorf("%s: date not kept:\n%s", date, doc.Body)
		}
		if strings.Contains(doc.Body, "Updated") {
			t.Errorf("furniture kept:\n%s", doc.Body)
		}
	}
	for s, want := range map[string]bool{"2/6/2026": true, "2026-02-06": true, "February 11, 2026": true, "Friday, February 6, 2026": true,
		"Friday": false, "Page 2 of 2026": false, "2026": false, "Section 3, 2026 rules": false} {
		if got := dateAlone(s); got != want {
			t.Errorf("dateAlone(%q) = %v, want %v", s, got, want)
		}
	}
}

// A speaker's label whose bracket the line before opened ("Minister for
// the Interior (Mr Jane" over "Roe): Madam Speaker") is one label with it.
func TestTextBlocksLabelWrappedInBracket(t *testing.T) {
	in := "The Minister was asked what measures were in place to ensure that\n" +
		"suspects were not kept on remand for long periods before they came\n" +
		"to trial in the courts of the country.\n\n" +
		"Minister for the Interior (Mr Jane\n" +
		"Roe): Madam Speaker, the Attorney-General and the Minister for Justice\n" +
		"have set up a committee that reviews the cases of remand prisoners.\n"
	got := blockTexts(in, false)
	assert.Equal(t, []string{
		"The Minister was asked what measures were in place to ensure that suspects were not kept on remand for long periods before they came to trial in the courts of the country.",
		"Minister for the Interior (Mr Jane Roe): Madam Speaker, the Attorney-General and the Minister for Justice have set up a committee that reviews the cases of remand prisoners.",
	}, got)
}

// A line that leaves a parenthesis open goes on in the next one, hard
// wrapping or not.
func TestTextBlocksOpenParenthesis(t *testing.T) {
	var got []string
	for _, b := range textBlocks("Question put.\n\nMinister for the Interior (Mr Jane\nRoe): Madam Speaker, the Attorney-General agreed.\n\nMr Roe: Madam Speaker, the law allows it.\n") {
		got = append(got, b.Text)
	}
	assert.Equal(t, []string{"Question put.", "Minister for the Interior (Mr Jane Roe): Madam Speaker, the Attorney-General agreed.", "Mr Roe: Madam Speaker, the law allows it."}, got)
}

// blockTexts returns the texts of textBlocks(in), only the kept ones when
// kept is set.
func blockTexts(in string, kept bool) []string {
	var out []string
	for _, b := range textBlocks(in) {
		if !kept || b.Removed == 0 {
			out = append(out, b.Text)
		}
	}
	return out
}

// TestFlattenedPage: a page whose scraper took every newline out, prose
// and footer on one line, loses its footer (a topics line that runs on
// into share buttons, the press contacts after the last sentence) and
// keeps its prose whole, one paragraph, every sentence in it; a page of
// one long paragraph and no footer is as it was.
func TestFlattenedPage(t *testing.T) {
	prose := "The Minister of the Sea, Jane Roe, opened the new harbour of Port Avel on Monday. " +
		"It cost four million euros and took two years to build. " +
		"The harbour will take ships of up to two hundred metres from next spring. " +
		"The mayor thanked the builders and the people of the town for their patience. " +
		"Work on a second quay will begin in the autumn, the ministry said. " +
		"Fishing boats will keep their moorings in the inner basin, where the town has fished for three hundred years. " +
		"The ministry will publish the harbour's rules and its charges for visiting ships before the first of March. " +
		"The old harbour will become a marina for small boats and a park along the water for the people of the town"
	footer := " Press contacts John Doe Press officer +32 2 281 24 63 If you are not a journalist, please send your request to the public information service . " +
		"Topics: Transport Share Share this page on Facebook Share this page on LinkedIn Copy the URL in your clipboard Download as pdf " +
		"Subscribe to press releases Last reviewed on 17/01/2022 Is there something wrong with this page? × Is there something wrong with this page?"
	doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(prose + footer)})
	require.NoError(t, err)
	assert.Equal(t, prose, doc.Body)
	assert.Equal(t, "", doc.Title)
	reasons := map[Reason]bool{}
	for _, r := range doc.Removed {
		reasons[r.Reason] = true
	}
	assert.True(t, reasons[ReasonContact], "%+v", doc.Removed)
	assert.True(t, reasons[ReasonInterface], "%+v", doc.Removed)

	doc, err = New(Options{}).Extract(context.Background(), Input{Data: []byte(prose + ".")})
	require.NoError(t, err)
	assert.Equal(t, prose+".", doc.Body)
	assert.Empty(t, doc.Removed)
}

// TestDocumentDayDatesNoEvent: a day after a document's noun, the
// document named in a preposition's phrase ("registering voters per the
// President's Executive Order on March 7th"), is no event's day; the day
// of a document the verb acts on is the act's ("signed the executive order
// on Monday").
func TestDocumentDayDatesNoEvent(t *testing.T) {
	ref := time.Date(2021, 6, 16, 0, 0, 0, 0, time.UTC)
	page := "Today Vice President Jane Roe met the members in the capital.\n\n" +
		"The Vice President’s work will focus on registering voters per the President’s Executive Order on March 7th.\n\n" +
		"President John Doe signed the executive order on Monday in the capital.\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page), ReferenceDate: ref})
	require.NoError(t, err)
	var days []string
	for _, e := range doc.Events {
		days = append(days, e.Date)
	}
	assert.NotContains(t, days, "2021-03-07")
	assert.Contains(t, days, "2021-06-14")
}

// TestAdvisoryHeadAndFields: a media advisory scraped a text node a line
// keeps one copy of its headline, printed again eight lines down its head,
// and the answers to its "WHO:", "WHEN:" and "WHERE:".
func TestAdvisoryHeadAndFields(t *testing.T) {
	page := strings.Join([]string{
		"Mayor Jane Roe to Receive the Harbour Award - Office of the Mayor",
		"News", "Press Release",
		"Mayor Jane Roe to Receive the Harbour Award",
		"Admin | May 2, 2025", "Click Here to Access PDF Version", "for immediate release",
		"Mayor Jane Roe to Receive the Harbour Award",
		"Harbour City",
		"Mayor Jane Roe will receive the Harbour Award from the Chamber of Commerce at its annual lunch on May 2, 2025, at the Harbour Hotel.",
		"The award is given to people who show outstanding service to the community of the harbour and its people.",
		"WHO:", "Mayor Jane Roe - Sheriff John Doe, Harbour County Sheriff's Office",
		"WHEN:", "May 2, 2025 11:30 - 2pm",
		"WHERE:", "Harbour Hotel - 1200 Anastasia Avenue, Harbour City, FL 33134",
	}, "\n") + "\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Data: []byte(page)})
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(doc.Body, "Mayor Jane Roe to Receive the Harbour Award\n"), doc.Body)
	for _, want := range []string{"Sheriff John Doe, Harbour County Sheriff's Office", "1200 Anastasia Avenue"} {
		assert.Contains(t, doc.Body, want)
	}
}

// TestTextNodesJoined: a scrape that keeps a page's text nodes a line cuts
// a sentence where a link or an emphasis stood; the quotation's cue on the
// next line after its comma, and a line that opens with the stop after it,
// go on the same paragraph.
func TestTextNodesJoined(t *testing.T) {
	page := "Harbour County Prosecutor Jane Roe today hosted the first meeting of the harbour crime task force.\n" +
		"“Combating crime in the harbour is a priority of my office,”\n" +
		"said Prosecutor Roe\n" +
		". “Our communities need a safe harbour.”\n" +
		"The task force will meet every month.\n"
	got := blockTexts(page, true)
	assert.Contains(t, got, "“Combating crime in the harbour is a priority of my office,” said Prosecutor Roe . “Our communities need a safe harbour.”")
}
