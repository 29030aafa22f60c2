package htmlread

import (
	"strings"
	"testing"
)

// Text hidden inside a shown paragraph — a hover card's copy of a name,
// words for screen readers only — is not read, so no word is doubled.
func TestHiddenInlineTextNotRead(t *testing.T) {
	page := mustParseHTML(t, `<html><body><article><h1>Talks in Riverton</h1>
<p><a class="hovercard" href="/p/dahl">Eva Dahl<span class="card" style="display:none">Dahl Eva</span></a>: Thank you for having me here today.</p>
<p>Lars Holm<span hidden>Holm Lars</span>: We are glad you came to the talks.</p>
<p><span class="visually-hidden">Opens in a new window</span>The ministers discussed energy and trade for two hours at the town hall.</p>
<p>The talks ended <span class="sr-only">at</span> in the evening with a joint statement by both ministers on trade.</p>
</article></body></html>`)
	body := keptText(page)
	for _, want := range []string{"Eva Dahl: Thank you", "Lars Holm: We are glad", "\nThe ministers discussed", "The talks ended in the evening"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, not := range []string{"Dahl Eva", "Holm Lars", "Opens in a new window"} {
		if strings.Contains(body, not) {
			t.Errorf("body holds hidden %q:\n%s", not, body)
		}
	}
}

// A tooltip's or hover card's content and an aria-hidden repeat of the name
// before it are read once; an aria-hidden span that is the only visible copy
// of its words is kept.
func TestPopupAndAriaHiddenCopiesNotRead(t *testing.T) {
	page := mustParseHTML(t, `<html><body><article><h1>Talks in Riverton</h1>
<p><span class="person">Jan Novak</span><span role="tooltip">Novak Jan</span>: Good morning to all of you here today.</p>
<p><a class="hovercard" href="/p/berg">Anna Berg<span class="hovercard__content"><b>Berg Anna</b> President</span></a>: Thank you, Minister, for the talks.</p>
<p><span class="tooltip">Lars Holm<span class="tooltiptext">Holm Lars</span></span>: We are glad you came.</p>
<p>Eva Dahl<span aria-hidden="true">Dahl Eva</span>: The talks will go on in March at the town hall.</p>
<p>The report came out on <span aria-hidden="true">5 Jan</span><span class="sr-only">5 January</span> and was read widely.</p>
</article></body></html>`)
	body := keptText(page)
	for _, want := range []string{"Jan Novak: Good morning", "Anna Berg: Thank you", "Lars Holm: We are glad", "Eva Dahl: The talks", "came out on 5 Jan and was read"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, not := range []string{"Novak Jan", "Berg Anna", "President", "Holm Lars", "Dahl Eva", "5 January"} {
		if strings.Contains(body, not) {
			t.Errorf("body holds hidden %q:\n%s", not, body)
		}
	}
}

// keptText is the text of the page's kept blocks, one a line.
func keptText(page Page) string {
	var all []string
	for _, b := range page.Blocks {
		if b.Removed == 0 {
			all = append(all, b.Text)
		}
	}
	return strings.Join(all, "\n")
}

// A release's standfirst set between the headline and the article's
// element, outside it, is the release's first paragraph; a short line in
// the same place, or one without a standfirst's class, is not.
func TestStandfirstOutsideArticle(t *testing.T) {
	body := `<p>The two ministers discussed the training of engineers, the exchange of officers and the joint exercises planned for the autumn in the north of the country.</p>
<p>They agreed to meet again before the end of the year and to report on the progress of the programme to their governments.</p>
<p>The meeting closed with a visit to the harbour, where the ministers inspected the new patrol vessels and met their crews.</p>`
	page, err := Parse([]byte(`<html><head><title>Minister meets counterpart</title></head><body>
<header><a href="/">Home</a></header>
<div class="page-header"><div class="row"><h1>Minister meets counterpart</h1></div>
<div class="row"><p class="gem-c-lead-paragraph">The Minister of Defence met her counterpart in the capital today ahead of next month's summit.</p>
<p class="tagline">Updated news from the ministry's press office today.</p></div></div>
<div class="wrap"><div class="meta">From: Ministry of Defence</div>
<div class="main"><article><div class="govspeak">`+body+`</div></article></div></div>
<footer><a href="/a">About</a> <a href="/b">Contact</a></footer></body></html>`), DefaultMaxDepth)
	if err != nil {
		t.Fatal(err)
	}
	got := keptText(page)
	if !strings.Contains(got, "The Minister of Defence met her counterpart") {
		t.Errorf("standfirst not kept:\n%s", got)
	}
	if strings.Contains(got, "Updated news") || strings.Contains(got, "From:") {
		t.Errorf("furniture kept:\n%s", got)
	}
}

// A <pre> element that holds a hard-wrapped record is read as its
// paragraphs, each opening on an indented line or after a blank line; a
// <pre> of short lines (code, a table) keeps its lines.
func TestPreformattedRecord(t *testing.T) {
	record := "<pre>\n" +
		"    The Chairman. The hearing will come to order. This is a\n" +
		"hearing on the question of what rules are appropriate for the\n" +
		"new harbour, and we will hear from the Secretary first.\n" +
		"    Mr. Roe. Thank you, Mr. Chairman. The harbour will open in\n" +
		"May, and the ferries will run every hour from the first day.\n" +
		"    The Chairman. Thank you.\n" +
		"    Mr. Doe. When will the second quay open to the public and\n" +
		"who will pay for the works on the road that leads to it?\n" +
		"</pre>"
	code := "<pre>\nx := 1\ny := 2\nfmt.Println(x + y)\nreturn nil\n</pre>"
	// a roster in two columns inside the record: each row stands alone
	roster := "<pre>\n" +
		"    The committee met at ten o'clock in the morning, in the room of the\n" +
		"harbour board, with the chairwoman presiding over the hearing.\n" +
		"JANE ROE, Maine                    ALAN DOE, Ohio\n" +
		"MARY POE, Utah                     CARL MOE, Idaho\n" +
		"                   Ann Loe, Chief of Staff\n" +
		"               Tom Hoe, Democratic Chief of Staff\n" +
		"   STATEMENT OF LIEUTENANT JOHN ROE, VERMONT STATE POLICE,\n" +
		"                   WATERBURY, VERMONT\n" +
		"    The Chairman. The hearing will come to order. This is a\n" +
		"hearing on the question of what rules are appropriate for the\n" +
		"new harbour.\n" +
		"</pre>"
	page, err := Parse([]byte("<html><body><article>"+record+code+roster+"</article></body></html>"), DefaultMaxDepth)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range page.Blocks {
		got = append(got, b.Text)
	}
	want := []string{
		"The Chairman. The hearing will come to order. This is a hearing on the question of what rules are appropriate for the new harbour, and we will hear from the Secretary first.",
		"Mr. Roe. Thank you, Mr. Chairman. The harbour will open in May, and the ferries will run every hour from the first day.",
		"The Chairman. Thank you.",
		"Mr. Doe. When will the second quay open to the public and who will pay for the works on the road that leads to it?",
		"x := 1", "y := 2", "fmt.Println(x + y)", "return nil",
		"The committee met at ten o'clock in the morning, in the room of the harbour board, with the chairwoman presiding over the hearing.",
		"JANE ROE, Maine ALAN DOE, Ohio",
		"MARY POE, Utah CARL MOE, Idaho",
		// lines set in the middle: each stands alone
		"Ann Loe, Chief of Staff",
		"Tom Hoe, Democratic Chief of Staff",
		// but a heading in capitals wrapped over lines stays one
		"STATEMENT OF LIEUTENANT JOHN ROE, VERMONT STATE POLICE, WATERBURY, VERMONT",
		"The Chairman. The hearing will come to order. This is a hearing on the question of what rules are appropriate for the new harbour.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An element HTML does not know is phrasing inside a paragraph, as a
// browser lays it out: a record's "<member>" and "<contribution>" make one
// line, and a custom element outside a paragraph stays a block.
func TestUnknownElementsInsideParagraphAreInline(t *testing.T) {
	page := mustParseHTML(t, `<html><body><article><h1>Petition</h1>
<p><member>Mr. F. Harris</member><membercontribution>: I beg to present a Petition signed by many landowners of the colony.</membercontribution></p>
<p>The study found a link<cite-ref>1</cite-ref> between fasting and the disorder in young women.</p>
<story-card>The minister answered questions from members of the committee for an hour.</story-card>
<story-card>The committee will report to the House before the summer recess begins.</story-card>
</article></body></html>`)
	body := keptText(page)
	for _, want := range []string{"Mr. F. Harris: I beg to present", "found a link1 between", "for an hour.\n"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
}
