package chrome

import (
	"strings"
	"testing"

	"github.com/communique/communique/extract/internal/block"
)

func TestCaptionsAndContacts(t *testing.T) {
	for _, c := range []struct {
		s                string
		caption, contact bool
	}{
		{"The rocket lifts off from the launch pad in Kazakhstan on Saturday. AGENCY/Jane Roe", true, false},
		{"The ministers shake hands after the signing. Credit: Jane Roe/Government Offices", true, false},
		{"Photo: The minister at the summit.", true, false},
		{"The minister met her counterpart. Both sides agreed to talk again.", false, false},
		{"Exports rose 4% and imports fell 2% in the first half of the year.", false, false},
		{"202-358-1100", false, true},
		{"jane.roe@example.gov", false, true},
		{"Contact: Jane Roe, 202/224-2551.", false, true},
		{"Contact:", false, false},
		{"2023-02-24", false, false},
		{"24/02/2023", false, false},
		// an office's number on a line of its own
		{"Minister's office - 6552 5700", false, true},
		{"Premier's Office: 9222-9475", false, true},
		{"Office hours - 9 to 5", false, false},
		// a phone number under its label
		{"Tel. 330-725-9766", false, true},
		{"Telephone: (330) 725-9756", false, true},
		{"Tel Aviv 2023 delegation", false, false},
		{"The minister's office said the bridge cost 6552 5700 dollars", false, false},
	} {
		if got := isCaption(c.s); got != c.caption {
			t.Errorf("isCaption(%q) = %v", c.s, got)
		}
		if got := isContact(c.s, strings.ToLower(c.s)); got != c.contact {
			t.Errorf("isContact(%q) = %v", c.s, got)
		}
	}
}

// A release's end mark and everything under it (press contacts, the
// agency's standing description) are removed, a lead-in to a link goes
// with the link, and a bracketed interface note is no delivery note; the
// same lines inside a dialogue, or a tail that quotes someone, stay.
func TestEndMarkLeadInAndLinkNote(t *testing.T) {
	para := "The two agencies signed a new agreement on Tuesday to share the data of their weather satellites for the next ten years."
	blocks := []block.Block{
		{Text: "(link is external)"},
		{Text: para},
		{Text: "Read the full agreement at:"},
		{Text: "https://agency.example/agreement"},
		{Text: "- END -"},
		{Text: "Jane Roe"},
		{Text: "Press Office, Capital City"},
		{Text: "555-010-2030"},
		{Text: "About the agency: the agency was founded in 1950 and forecasts the weather for the whole country and its waters every day."},
	}
	Classify(blocks, nil, false, nil)
	want := []bool{true, false, true, true, true, true, true, true, true}
	for i, b := range blocks {
		if got := b.Removed != 0; got != want[i] {
			t.Errorf("%q removed = %v (%v), want %v", b.Text, got, b.Removed, want[i])
		}
	}
	// a paragraph that quotes someone after the mark is the text's own
	blocks = []block.Block{{Text: para}, {Text: "END"}, {Text: "\u201cIt is a good day for forecasters,\u201d the minister said after the signing in the capital on Tuesday."}}
	Classify(blocks, nil, false, nil)
	if blocks[2].Removed != 0 {
		t.Errorf("%q removed (%v)", blocks[2].Text, blocks[2].Removed)
	}
	// a lead-in to a paragraph stays with it
	blocks = []block.Block{{Text: para}, {Text: "The minister said:"}, {Text: para + " Both sides welcomed it."}}
	Classify(blocks, nil, false, nil)
	for _, b := range blocks {
		if b.Removed != 0 {
			t.Errorf("%q removed (%v)", b.Text, b.Removed)
		}
	}
	for _, s := range []string{"-end-", "###", "- 30 -", "ENDS", "END", "NNNN"} {
		if !isEndMark(s) {
			t.Errorf("isEndMark(%q) = false", s)
		}
	}
	for _, s := range []string{"The end", "30", "End of the session"} {
		if isEndMark(s) {
			t.Errorf("isEndMark(%q) = true", s)
		}
	}
}

// The "About <organisation>" sections under a release's text are removed,
// heading, description and all; a heading that is a sentence, a section
// that quotes someone, or one with no text above it stays.
func TestAboutTail(t *testing.T) {
	para := "The two agencies signed a new agreement on Tuesday to share the data of their weather satellites for the next ten years."
	about := "The Weather Agency is the national forecaster. It was founded in 1950 and serves the whole country and its waters."
	blocks := []block.Block{{Text: para}, {Text: para + " It starts in May."}, {Text: "### **About the Weather Agency**"}, {Text: about}, {Text: "About Acme Satellites"}, {Text: about}}
	Classify(blocks, nil, false, nil)
	want := []bool{false, false, true, true, true, true}
	for i, b := range blocks {
		if got := b.Removed != 0; got != want[i] {
			t.Errorf("%q removed = %v (%v), want %v", b.Text, got, b.Removed, want[i])
		}
	}
	blocks = []block.Block{{Text: para}, {Text: para + " It starts in May."}, {Text: "About the Weather Agency"}, {Text: "\u201cWe are proud,\u201d said Jane Roe, who leads the agency and its staff of four hundred forecasters."}}
	Classify(blocks, nil, false, nil)
	for _, b := range blocks {
		if b.Removed == block.ReasonContact {
			t.Errorf("%q removed as contact", b.Text)
		}
	}
	// a menu's "About Us" with only headlines above it heads no tail: the
	// release is under it
	blocks = []block.Block{{Text: "Seizure of Electronic Devices and Closure of a Streaming Service in the City of Galway - Police"},
		{Text: "Seizure of Electronic Devices and Closure of a Streaming Service in the City of Galway"}, {Text: "Home"}, {Text: "About Us"}, {Text: "Press Releases"},
		{Text: para + " " + para}}
	Classify(blocks, nil, false, nil)
	if blocks[5].Removed != 0 {
		t.Errorf("the release under a menu's About Us removed (%v)", blocks[5].Removed)
	}
	for _, s := range []string{"About the Singapore Tourism Board", "## About Governor-elect Jane Roe&nbsp;", "About Us", "**About Acme:**"} {
		if !isAboutHead(s) {
			t.Errorf("isAboutHead(%q) = false", s)
		}
	}
	for _, s := range []string{"About 200 people attended.", "About to be executed? Yes.", "About generation of assets and forces", "About the"} {
		if isAboutHead(s) {
			t.Errorf("isAboutHead(%q) = true", s)
		}
	}
}

// The line that heads a release's press contacts under its text, and the
// names and offices under it, are removed; a "Contact:" in the header above
// the text is not the release's end.
func TestContactHead(t *testing.T) {
	para := "The two agencies signed a new agreement on Tuesday to share the data of their weather satellites for the next ten years."
	blocks := []block.Block{
		{Text: para},
		{Text: "For Additional Information or to Request Interviews, Please contact:"},
		{Text: "Jane Roe"},
		{Text: "Communications officer"},
		{Text: "Agency Regional Office"},
	}
	Classify(blocks, nil, false, nil)
	want := []bool{false, true, true, true, true}
	for i, b := range blocks {
		if got := b.Removed != 0; got != want[i] {
			t.Errorf("%q removed = %v (%v), want %v", b.Text, got, b.Removed, want[i])
		}
	}
	blocks = []block.Block{
		{Text: "Senator Roe's schedule for Thursday"},
		{Text: "Media contacts"},
		{Text: "Visit with the classes of the harbour school"},
		{Text: "Talk about the trade trip at the college"},
	}
	Classify(blocks, nil, false, nil)
	for _, b := range blocks[2:] {
		if b.Removed == block.ReasonContact {
			t.Errorf("%q removed as contact", b.Text)
		}
	}
	for _, s := range []string{"Media contacts:", "For more information, please contact:", "Press Contact"} {
		if !isContactHead(s, strings.ToLower(s)) {
			t.Errorf("isContactHead(%q) = false", s)
		}
	}
	for _, s := range []string{"The minister made contact", "We stay in contact with the families of the crew and the rescue teams every day."} {
		if isContactHead(s, strings.ToLower(s)) {
			t.Errorf("isContactHead(%q) = true", s)
		}
	}
}

// A page converted to Markdown: its photo lines and reading-time widget are
// chrome; its headings right above the text are content, whatever their
// length, even with nothing above them but the page's front matter.
func TestMarkdownPageFurniture(t *testing.T) {
	para := "The minister met her counterpart from the neighbouring country in the capital today to discuss fisheries, ports and the protection of the sea."
	blocks := []block.Block{
		{Text: "title: A visit", Removed: block.ReasonMetadata},
		{Text: "## Minister Holds Talks with Her Counterpart on Fisheries"},
		{Text: "### Discusses Ports, Shipping Lanes, Fishing Quotas, Marine Reserves, Coastal Tourism, Offshore Wind Farms, Research Vessels and Joint Patrols of the Shared Waters of the Two Countries"},
		{Text: "![](https://ministry.example/files/visit.jpg)"},
		{Text: para},
		{Text: "3 min read"},
		{Text: para + " They agreed to meet again."},
	}
	Classify(blocks, nil, false, nil)
	want := []bool{true, false, false, true, false, true, false}
	for i, b := range blocks {
		if got := b.Removed != 0; got != want[i] {
			t.Errorf("%q removed = %v (%v), want %v", b.Text, got, b.Removed, want[i])
		}
	}
	if blocks[3].Removed != block.ReasonCaption {
		t.Errorf("image line removed as %v", blocks[3].Removed)
	}
	for s, want := range map[string]bool{
		"![](a.jpg)": true, "![The minister](https://x.example/a.png)": true,
		"![a] and (b)": false, "See ![](a.jpg) above": false,
	} {
		if markdownImage(s) != want {
			t.Errorf("markdownImage(%q) = %v", s, !want)
		}
	}
	for s, want := range map[string]bool{"# Title": true, "###### Six": true, "####### Seven": false, "#hashtag": false, "##": false} {
		if markdownHeading(s) != want {
			t.Errorf("markdownHeading(%q) = %v", s, !want)
		}
	}
}

// The date of a metadata line is read as written: a month's name in capitals
// ("March") is one, "march" alone is no date.
func TestDateMetaReadsTheDateAsWritten(t *testing.T) {
	dated := func(s string) bool { return strings.HasPrefix(s, "March") }
	if !isDateMeta("Updated March 31, 2016", "updated march 31, 2016", dated) {
		t.Error("the date was not read as written")
	}
}

// A release's head: the release mark and the press contact with its
// details are chrome; a bare "Contact:" over the release's own lines is
// not.
func TestReleaseHead(t *testing.T) {
	dated := func(s string) bool { return strings.Contains(s, "2015") }
	blocks := []block.Block{
		{Text: "**FOR IMMEDIATE RELEASE**"}, {Text: "Wednesday, March 11, 2015"},
		{Text: "**News Media Contact:**"}, {Text: "Office of Public Affairs, 202-482-4883"},
		{Text: "The Secretary of Commerce today announced the names of the leaders who will speak at the investment summit in Washington this month."},
		{Text: "The summit will bring together senior officials, investors and academics to explore investment opportunities all around the country."},
	}
	Classify(blocks, nil, false, dated)
	want := []block.Reason{block.ReasonMetadata, 0, block.ReasonContact, block.ReasonContact, 0, 0}
	for i, b := range blocks {
		if b.Removed != want[i] {
			t.Errorf("%q: removed %v, want %v", b.Text, b.Removed, want[i])
		}
	}
	bare := []block.Block{
		{Text: "Sen. Roe's County Schedule for Thursday, January 12, 2006 For Immediate Release: January 11, 2006"}, {Text: "Contact:"},
		{Text: "Celebrate National Mentoring Month"},
		{Text: "Senator Roe will begin his day with a visit to the middle school to celebrate National Mentoring Month with the pupils."},
		{Text: "The Senator himself has served as a mentor, mentoring the same young man for over eight years, and he will speak of it."},
	}
	Classify(bare, nil, false, dated)
	if bare[0].Removed != 0 {
		t.Errorf("%q: removed %v", bare[0].Text, bare[0].Removed)
	}
	// the mark and the contact in two columns of one line; the date under
	// it, beside the next contact, stays
	columns := []block.Block{
		{Text: "For Immediate Release Contact: Jane Roe"}, {Text: "April 2, 2015 John Doe"},
		{Text: "The Secretary of Commerce today announced the names of the leaders who will speak at the investment summit in Washington this month."},
		{Text: "The summit will bring together senior officials, investors and academics to explore investment opportunities all around the country."},
	}
	Classify(columns, nil, false, dated)
	if columns[0].Removed != block.ReasonContact || columns[1].Removed != 0 {
		t.Errorf("removed %v and %v, want a contact and nothing", columns[0].Removed, columns[1].Removed)
	}
}

// A line of the page's publication metadata, a prefix and a date alone, is
// chrome; a sentence that opens with the same word is not.
func TestDateMeta(t *testing.T) {
	dated := func(s string) bool { return strings.ContainsAny(s, "0123456789") }
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Published Date: 29 January 2024", true},
		{"Updated March 31, 2016", true},
		{"**Published:** 2026-01-21", true},
		{"Date modified:", true},
		{"Posted on 3 May 2024", true},
		{"Published by the Ministry of Health", false},
		{"Updated figures show 12 new cases in the north. Tests continue.", false},
		{"Posted", false},
		{"Submitted on March 11, 2015 - 4:46pm", true},
		{"**Date:** 7th December 2025", true},
		{"Date of the next meeting is 9 May, when the Board sits again.", false},
	} {
		if got := isDateMeta(c.s, strings.ToLower(c.s), dated); got != c.want {
			t.Errorf("isDateMeta(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	blocks := []block.Block{{Text: "The two agencies signed a new agreement on Tuesday to share the data of their weather satellites for the next ten years."}, {Text: "Published Date: 29 January 2024"}}
	Classify(blocks, nil, false, dated)
	if blocks[1].Removed != block.ReasonMetadata {
		t.Errorf("%q: removed %v", blocks[1].Text, blocks[1].Removed)
	}
}

// A release's number or a letter's reference alone on its line is the
// page's metadata; a sentence about a reference is not. A headline over a
// number line, a date line and a rule ("---") still heads the text.
func TestReferenceMetaAndHeadline(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"**Press Release No:** 1345/2025", true},
		{"Vår ref.: 26/3567", true},
		{"Our ref: AB-12/2024", true},
		{"Reference: see the annex of the report", false},
		{"Press Release No: the Ministry issued one on Monday about 12 ferries", false},
	} {
		if got := isReferenceMeta(strings.ToLower(c.s)); got != c.want {
			t.Errorf("isReferenceMeta(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	dated := func(s string) bool { return strings.ContainsAny(s, "0123456789") }
	blocks := []block.Block{
		{Text: "# Minister opens the harbour ferry line at the quay"},
		{Text: "**Press Release No:** 1372/2025"},
		{Text: "**Date:** 17th December 2025"},
		{Text: "---"},
		{Text: "The Minister today opened the new ferry line between the harbour and the island, which will carry two thousand passengers a day."},
		{Text: "The line will run all year, the Minister said, and its boats are the first of the new fleet."},
	}
	blocks = append(blocks, block.Block{Text: "## Minister opens the harbour ferry line at the quay"}, block.Block{Text: "The boats are new."})
	Classify(blocks, nil, false, dated)
	if blocks[0].Removed != 0 {
		t.Errorf("headline removed: %v", blocks[0].Removed)
	}
	if blocks[6].Removed != block.ReasonRepeated {
		t.Errorf("the headline again as a section's heading: removed %v, want repeated", blocks[6].Removed)
	}
	for _, i := range []int{1, 2} {
		if blocks[i].Removed != block.ReasonMetadata {
			t.Errorf("%q: removed %v, want metadata", blocks[i].Text, blocks[i].Removed)
		}
	}
}

// A list of signatories, a name over an office line, is content however
// short its lines and whatever surrounds them.
func TestNameOfficeList(t *testing.T) {
	blocks := []block.Block{{Text: "List of Signatories"}}
	for _, p := range [][2]string{
		{"Jane Roe", "District Attorney, Harbour County, Freedonia"},
		{"John A. Doe", "Prosecuting Attorney, St. Mary County, Freedonia"},
		{"Mary van der Berg", "Attorney General, Freedonia"},
		{"Lee Poe", "State's Attorney, North County"},
	} {
		blocks = append(blocks, block.Block{Text: p[0]}, block.Block{Text: p[1]})
	}
	blocks = append(blocks, block.Block{Text: "Page 3 of 9"}, block.Block{Text: "Share this page"})
	Classify(blocks, nil, false, nil)
	for _, b := range blocks[1:9] {
		if b.Removed != 0 {
			t.Errorf("%q removed (%v)", b.Text, b.Removed)
		}
	}
	for _, c := range []struct {
		s          string
		name, offc bool
	}{
		{"Jane Roe", true, false},
		{"District Attorney, Harbour County", false, true},
		{"Home About Us", true, false},
		{"Contact", false, false},
		{"The harbour reopened today", false, false},
	} {
		if got := isNameLine(c.s); got != c.name {
			t.Errorf("isNameLine(%q) = %v", c.s, got)
		}
		if got := isOfficeLine(c.s); got != c.offc {
			t.Errorf("isOfficeLine(%q) = %v", c.s, got)
		}
	}
}

// FuzzMediaOrPress holds mediaOrPress to the four searches it replaces.
func FuzzMediaOrPress(f *testing.F) {
	for _, s := range []string{"", "edia", "For media enquiries", "PRESS OFFICE", "Press", "ress", "medi", "RESs", "édia"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Contains(s, "edia") || strings.Contains(s, "ress") || strings.Contains(s, "EDIA") || strings.Contains(s, "RESS")
		if got := mediaOrPress(s); got != want {
			t.Errorf("mediaOrPress(%q) = %v, want %v", s, got, want)
		}
	})
}
