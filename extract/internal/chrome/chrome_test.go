package chrome

import (
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/extract/internal/block"
	"github.com/stretchr/testify/assert"
)

// The classifier's tests: blocks written for them, judged on their own.

// testDated is the pipeline's test of a calendar date of a day.
func testDated(s string) bool {
	for _, m := range dates.New(dates.Options{}).Find(s, time.Time{}) {
		if m.Grain == dates.GrainDay && !m.From.IsZero() {
			return true
		}
	}
	return false
}

func kept(t *testing.T, blocks []block.Block) []string {
	t.Helper()
	var out []string
	for _, b := range blocks {
		if b.Removed == 0 {
			out = append(out, b.Text)
		}
	}
	return out
}

func blocksOf(lines ...string) []block.Block {
	var out []block.Block
	for _, l := range lines {
		out = append(out, block.Block{Text: l})
	}
	return out
}

func TestClassifyModalAndGallery(t *testing.T) {
	// A sign-up modal before the article and a media gallery after it,
	// in the shape many press sites print them.
	b := blocksOf(
		"PRESS CENTRE ACCOUNT",
		"Sign up for free access to our photo library",
		"Register",
		"Create an account",
		"We have sent a verification code to your email address. Enter the code to verify your account.",
		"Verification code",
		"Forgot your password? Enter the email address you registered with and we will send you a link.",
		"The password must contain at least 12 characters, with no spaces, and include numbers and symbols.",
		"Log in",
		"The Minister for Foreign Affairs today received her counterpart from Ghana in Dublin to discuss trade, climate finance and the situation in the Sahel, and the two agreed to meet again before the end of the year.",
		"“We share a commitment to multilateralism,” the Minister said after the meeting.",
		"Thank you.",
		"Minister with her counterpart in Dublin",
		"Minister with her counterpart in Dublin",
		"Minister with her counterpart in Dublin",
		"PHOTOS",
		"Minister meets Ghanaian counterpart",
		"Usage rights",
		"CLOSE",
		"This media asset is free for editorial broadcast, print, online and radio use. It is restricted for use for other purposes.",
		"TITLE",
		"DATE",
		"Joint press point of the Minister and her Ghanaian counterpart in Dublin",
	)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{
		"The Minister for Foreign Affairs today received her counterpart from Ghana in Dublin to discuss trade, climate finance and the situation in the Sahel, and the two agreed to meet again before the end of the year.",
		"“We share a commitment to multilateralism,” the Minister said after the meeting.",
		"Thank you.",
	}, kept(t, b))
	reasons := map[string]block.Reason{}
	for _, x := range b {
		reasons[x.Text] = x.Removed
	}
	assert.Equal(t, block.ReasonInterface, reasons["Register"])
	assert.Equal(t, block.ReasonRepeated, reasons["Minister with her counterpart in Dublin"])
	assert.Equal(t, block.ReasonLegal, reasons["Usage rights"])
	assert.Equal(t, block.ReasonContext, reasons["PHOTOS"])
}

func TestClassifyKeepsLabelsNotesAndShortParagraphs(t *testing.T) {
	b := blocksOf(
		"(Check against delivery)",
		"Jane Doe, Minister of State for Europe",
		"Good morning, and thank you all for coming. I want to begin by thanking our hosts for their hospitality and for organising this meeting at such short notice, in difficult times for everyone.",
		"Question",
		"Minister, will you visit Kyiv this month?",
		"Jane Doe, Minister of State for Europe",
		"Yes.",
		"Question",
		"And the sanctions package?",
		"Jane Doe, Minister of State for Europe",
		"We will publish the details as soon as they are agreed by all twenty-seven member states, which I expect this week.",
		"Thank you.",
	)
	Classify(b, nil, false, testDated)
	assert.Len(t, kept(t, b), len(b), "every block of a transcript is content")
}

// A column marker interrupts the text around it without making it chrome:
// the headline above it and a short closing sentence after the last marker
// are content.
func TestClassifyMarkersAreNoContext(t *testing.T) {
	b := blocksOf(
		"Oral Answers to the House",
		"3 March 2021 : Column 18",
		"The Minister of State for Trade (Ms Jane Roe): We met the trade delegation of our neighbours on Tuesday and agreed to open talks on tariffs in the spring.",
		"Mr Sam Doe (Northtown): Will the Minister say when the talks begin and who will lead them for the country?",
		"3 March 2021 : Column 19",
		"They gave a joint statement later.",
	)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{b[0].Text, b[2].Text, b[3].Text, b[5].Text}, kept(t, b))
	assert.Equal(t, block.ReasonPageMarker, b[1].Removed)
	assert.Equal(t, block.ReasonPageMarker, b[4].Removed)
}

// A site banner and a proof notice above a transcript are chrome; the
// headline between them is content.
func TestClassifyBannerAndProofNotice(t *testing.T) {
	b := blocksOf(
		"An official website of the Union An official website How do you know?",
		"Transcript of interview with the Minister for Trade",
		"E & O E - PROOF ONLY",
		"Q: Minister, thank you for joining us. What came of the talks in Geneva?",
		"A: We agreed to open negotiations on tariffs, and the first round will be held in March.",
	)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{b[1].Text, b[3].Text, b[4].Text}, kept(t, b))
	assert.Equal(t, block.ReasonInterface, b[0].Removed)
	assert.Equal(t, block.ReasonLegal, b[2].Removed)
}

func TestClassifyDoesNotTakeNewsForInterface(t *testing.T) {
	for _, s := range []string{
		"Share prices fell sharply on Monday after the announcement.",
		"We will continue our close cooperation with you and with all our partners.",
		"Hackers stole the passwords and email addresses of ten million account holders, the agency said on Tuesday.",
		"The EU adopted new copyright rules on Tuesday, the Commission said.",
		"You can download the full report from the ministry's website.",
		"I had the press conference on Monday, and I put up a petition on my website, and within three weeks we had 1900 people sign up to find out more.",
	} {
		w := tokenize(s, nil)
		assert.False(t, isInterface(w, uiTerms.count(w), block.EndsSentence(s)) && !strings.HasPrefix(s, "You can download"), s)
		_, flags, wf := lexScan(w, nil)
		assert.False(t, isLegal(s, w, flags, wf), s)
	}
}

// Text that tells the reader what to do is interface, however long.
func TestClassifyTakesInstructionsForInterface(t *testing.T) {
	for _, s := range []string{
		"Want more updates from the harbour office every week of the year? Sign up for her newsletter, The Harbour Weekly, on our website.",
		"To read the other readouts of the Secretary's trip please visit the news page of our website for the full list.",
	} {
		w := tokenize(s, nil)
		assert.True(t, isInterface(w, uiTerms.count(w), block.EndsSentence(s)), s)
	}
}

func TestIsLabel(t *testing.T) {
	for _, s := range []string{"Question", "Q:", "SECRETARY BLINKEN:", "Vladimir Putin:", "Mark Rutte, NATO Secretary General", "Antony J. Blinken, Secretary of State", "MODERATOR:"} {
		assert.True(t, isLabel(s), s)
	}
	for _, s := range []string{"NATO Secretary General Mark Rutte with Andrzej Duda, President of Poland", "Brussels, Belgium", "Thank you.", "Register", "He said: it was fine."} {
		assert.False(t, isLabel(s), s)
	}
}

// A time stamp in brackets, in Markdown emphasis or not, is a note of the
// transcript, kept whatever its neighbours.
func TestClassifyEmphasisedNote(t *testing.T) {
	b := blocksOf("Share", "Print", "*(10.03 am)*", "Menu", "Search", "(2.15 pm)", "Tweet")
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{"*(10.03 am)*", "(2.15 pm)"}, kept(t, b))
}

// A release's date under its label is metadata; its notes to editors are
// text, the press office's
// numbers and addresses contacts; an item of a list stays with its
// sibling, whatever follows the list.
func TestNotesToEditors(t *testing.T) {
	b := blocksOf(
		"# Clinic opens for patients",
		"Date published:",
		"01 November 2021",
		"The Minister has opened the first clinic for patients with long-term symptoms of the virus, which will see patients referred by their doctors from today.",
		"“I will keep the service under review,” the Minister said.",
		"## Notes to editors:",
		"1. Patients must be referred to the clinic by their doctor or hospital consultant.",
		"2. The clinic is one element of the services being set up for patients. Other elements include:",
		"* strengthening psychology support to all Trusts; and,",
		"* signposting and access to self-management resources.",
		"3. For media enquiries please contact the Press Office by email [press@health.example.gov](mailto:press@health.example.gov).",
		"4. The Information Service operates an out of hours service for media enquiries only between 1800hrs and 0800hrs. The duty press officer can be contacted on 028 9037 0000.",
		"Share this page",
	)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{
		"# Clinic opens for patients",
		"The Minister has opened the first clinic for patients with long-term symptoms of the virus, which will see patients referred by their doctors from today.",
		"“I will keep the service under review,” the Minister said.",
		"## Notes to editors:",
		"1. Patients must be referred to the clinic by their doctor or hospital consultant.",
		"2. The clinic is one element of the services being set up for patients. Other elements include:",
		"* strengthening psychology support to all Trusts; and,",
		"* signposting and access to self-management resources.",
	}, kept(t, b))
}

// The place and day that sign a release under its last paragraph are the
// release's; a date line under the text with no place is metadata.
func TestFootSignatureKept(t *testing.T) {
	signed := blocksOf(
		"The Commission met for two days in Stockholm and agreed to meet again in Pretoria in the spring of the next year.",
		"The Co-Chairs thanked the delegations for the warm hospitality and the excellent arrangements of the session.",
		"**Stockholm, 20 October 2015.**",
		"Share this page",
	)
	Classify(signed, nil, false, testDated)
	assert.Equal(t, []string{
		"The Commission met for two days in Stockholm and agreed to meet again in Pretoria in the spring of the next year.",
		"The Co-Chairs thanked the delegations for the warm hospitality and the excellent arrangements of the session.",
		"**Stockholm, 20 October 2015.**",
	}, kept(t, signed))
	// the day first, the place after it
	dayFirst := blocksOf(
		"The Commission met for two days in Stockholm and agreed to meet again in Pretoria in the spring of the next year.",
		"The Co-Chairs thanked the delegations for the warm hospitality and the excellent arrangements of the session.",
		"October 20, 2015, Stockholm",
		"Share this page",
	)
	Classify(dayFirst, nil, false, testDated)
	assert.Contains(t, kept(t, dayFirst), "October 20, 2015, Stockholm")
}

// A converted page's share buttons, Markdown links whose texts name
// networks, are interface, and they leave the headline above the text.
func TestShareButtonsMarkdown(t *testing.T) {
	b := blocksOf(
		"# Agency board reappoints its Chair and voices concern over resources",
		`Share on: [Share](https://share.example.org/share#url=https%3A%2F%2Fexample.org&title=Agency%20\(AB\))`,
		"[![Twitter](https://example.org/bluesky.svg)](https://example.org/#bluesky)[![Linkedin](https://example.org/linkedin.svg)](https://example.org/#linkedin)",
		"The agency's board unanimously reappointed its Chair and Vice-Chair for a second term at its meeting in Ljubljana on Tuesday.",
		"The board also welcomed three new members designated by the Parliament and the Commission, and thanked the staff for their work.",
	)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{
		"# Agency board reappoints its Chair and voices concern over resources",
		"The agency's board unanimously reappointed its Chair and Vice-Chair for a second term at its meeting in Ljubljana on Tuesday.",
		"The board also welcomed three new members designated by the Parliament and the Commission, and thanked the staff for their work.",
	}, kept(t, b))
	assert.False(t, shareLinks("[Department of Health](https://example.org/health)"))
}

// Readers' comments under a converted post, from the heading that counts
// them to the page's end, are chrome; their "Comment:" heads make no
// dialogue, and a bare "Comments" heading is left alone.
func TestClassifyComments(t *testing.T) {
	b := blocksOf(
		"Six months ago I stepped into the role of chief executive of the agency with a handful of people and big plans to change how services are delivered.",
		"Today we are a team of a hundred, and I am proud to have been part of the opening sprint of a long race.",
		"Comments (2)",
		"Jane Roe replied on Mon, 2015-07-20 09:23",
		"Comment:",
		"Great early momentum. Good job!",
		"John Doe replied on Mon, 2015-07-20 22:24",
		"Comment:",
		"My congratulations to you on your achievements at the agency over these months.",
	)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{
		"Six months ago I stepped into the role of chief executive of the agency with a handful of people and big plans to change how services are delivered.",
		"Today we are a team of a hundred, and I am proud to have been part of the opening sprint of a long race.",
	}, kept(t, b))
	assert.Equal(t, block.ReasonComments, b[8].Removed)
	for _, s := range []string{"Comments (2)", "3 Responses", "Leave a Reply", "## Add new comment"} {
		assert.True(t, isCommentsHead(s), s)
	}
	for _, s := range []string{"Comments", "Comments on the draft", "Responses to the consultation (2)", "0 Comments", "Comments (0)"} {
		assert.False(t, isCommentsHead(s), s)
	}
	// a post's byline counting no comments heads no comments
	b = blocksOf(
		"Harbour Board Names a Director",
		"By harbourboard",
		"0 Comments",
		"The Harbour Board has named Jane Roe its Director after a search that lasted six months and drew forty candidates.",
		"She takes up the post in May and will lead a staff of two hundred across the three ports of the county.",
	)
	Classify(b, nil, false, testDated)
	for _, k := range b[3:] {
		assert.Zero(t, k.Removed, k.Text)
	}
	assert.Equal(t, "", labelKey("Comment:"))
	assert.Equal(t, "moderator", labelKey("Moderator:"))
}

// Numbers alone that run in sequence down a page are its print's column
// or page numbers; a lone figure out of sequence keeps its class.
func TestClassifyNumberRun(t *testing.T) {
	b := blocksOf(
		"1514",
		"Mr. Roe asked the Secretary of State what progress he has made with the review of security in the county.",
		"1515",
		"The review is well advanced and I expect to make a statement to the House before the recess.",
		"1517",
		"The figure for the year was",
		"42",
	)
	Classify(b, nil, false, testDated)
	for _, i := range []int{0, 2, 4} {
		assert.Equal(t, block.ReasonPageMarker, b[i].Removed, b[i].Text)
	}
	assert.NotEqual(t, block.ReasonPageMarker, b[6].Removed)
}

// A paragraph that ends with a comma and leads into a quotation set apart
// in the next one is a sentence of the text, not a fragment to drop.
func TestClassifyKeepsQuotationIntroducer(t *testing.T) {
	b := blocksOf(
		"Debate",
		"My Lords, my honourable friend the Minister, Jane Roe, said in July of last year that,",
		"“the review shows that there are credible and viable alternatives to the current approach”.",
		"Can my noble friend say how much that would cost the taxpayer over the next ten years?",
	)
	Classify(b, nil, false, testDated)
	assert.Contains(t, kept(t, b), "My Lords, my honourable friend the Minister, Jane Roe, said in July of last year that,")
}

// Items of a list a sentence announces are content, though chrome follows
// the list; short lines that nothing announces, between the same text and
// chrome, are not.
func TestClassifyAnnouncedList(t *testing.T) {
	lines := []string{
		"The Department held its annual awards ceremony on May 16 to recognise the work of volunteers, civilian staff and officers during the past year.",
		"The following is a list of the recipients and their awards.",
		"Lifesaving – Officer Jane Roe & Officer John Doe",
		"Community Service – Sgt. Ann Lee",
		"Volunteer of the Year – Tom Poe",
		"Share",
		"Sign in to your account",
		"Privacy policy",
	}
	b := blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, lines[:5], kept(t, b))

	lines[1] = "We thank every volunteer for the work of the past year, and their families."
	b = blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, lines[:2], kept(t, b))

	// a heading of two words with a colon announces the list at the
	// page's end ("Distinguished Attendees:"), not a furniture word's
	// ("Related Links:")
	lines = []string{
		"The Attorney General today held consultative meetings with the visiting delegation at the Judiciary during the state visit.",
		"Distinguished Attendees:",
		"Chief Justice Jane Roe",
		"Justice Mary Doe",
		"Society President Ann Poe",
	}
	b = blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, lines, kept(t, b))
	lines[1] = "Related Links:"
	b = blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, lines[:2], kept(t, b))
}

// A converted page's first level-one heading is its headline, even as a
// link to its own page; other headings made of a link are navigation.
func TestClassifyHeadlineLink(t *testing.T) {
	lines := []string{
		"# [Minister opens the new bridge](https://example.gov/news/2024/5/16/bridge)",
		"The Minister for Transport opened the new bridge over the river on Thursday, ten months ahead of the schedule agreed with the builders.",
		"\u201cIt will serve the region for a century,\u201d the Minister said at the opening ceremony.",
		"## [Roads closed for the marathon](https://example.gov/news/2024/5/2/marathon)",
		"# [Budget estimates published](https://example.gov/news/2024/4/30/budget)",
	}
	b := blocksOf(lines...)
	for i := range b {
		if strings.Contains(b[i].Text, "](") {
			b[i].Links = 0.9
		}
	}
	Classify(b, nil, false, testDated)
	assert.Equal(t, lines[:3], kept(t, b))
}

// A printed record lists its headings above the sitting and prints them
// again over their debates: the repeated headings are chrome, and a short
// statement between two of them is the record's ("The House met at 2 p.m.,
// the Speaker in the Chair."), as is a short reply; a form's instruction,
// a widget's line and a teaser's headline in the same place are not.
func TestClassifyStatementBetweenRepeatedHeadings(t *testing.T) {
	b := blocksOf(
		"Debates of the House",
		"Harbour Bridge Repairs",
		"Ferry Timetables",
		"Tuesday, March 3, 2020",
		"The House met at 2 p.m., the Speaker in the Chair.",
		"Harbour Bridge Repairs",
		"Mr. Sam Doe: The bridge has been closed for eleven weeks, and the repairs were promised for the end of last year by the department.",
		"Ferry Timetables",
		"But the minister did not reply.",
		"Harbour Bridge Repairs",
		"Please leave this field empty.",
		"Ferry Timetables",
		"Minister Puts Rival On The Defensive Over Fares.",
		"Harbour Bridge Repairs",
	)
	Classify(b, nil, false, testDated)
	got := kept(t, b)
	assert.Contains(t, got, "The House met at 2 p.m., the Speaker in the Chair.")
	assert.Contains(t, got, "But the minister did not reply.")
	assert.NotContains(t, got, "Please leave this field empty.")
	assert.NotContains(t, got, "Minister Puts Rival On The Defensive Over Fares.")
}

// An emphasised paragraph right under a converted page's image is the
// image's caption, however long; an emphasised paragraph elsewhere is text.
func TestClassifyEmphasisedCaptionUnderImage(t *testing.T) {
	b := blocksOf(
		"The council and the institute signed an agreement on 8 June 2017 at the joint committee's meeting, to share their expertise in the accreditation of laboratories.",
		"![Signing](/images/signing.png)",
		"*The council's chief executive Jane Roe and the institute's director John Doe signing the agreement on the accreditation of laboratories and of inspection bodies in both countries, to the benefit of their businesses and consumers alike. The signing was witnessed by the Minister for Trade Mr Sam Poe and the Minister for Planning Ms Ann Loe, who spoke at the committee's meeting that afternoon about the trade between the two countries.*",
		"*The agreement takes effect on 1 July 2017 and runs for three years, after which the two bodies will review it together.*",
	)
	Classify(b, nil, false, testDated)
	assert.Equal(t, block.ReasonCaption, b[1].Removed)
	assert.Equal(t, block.ReasonCaption, b[2].Removed)
	assert.Equal(t, block.Reason(0), b[3].Removed, "an emphasised paragraph not under an image is text")
	assert.Equal(t, block.Reason(0), b[0].Removed)
}
