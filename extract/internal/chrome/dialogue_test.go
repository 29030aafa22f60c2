package chrome

import (
	"fmt"
	"strings"
	"testing"

	"github.com/communique/communique/extract/internal/block"
	"github.com/stretchr/testify/assert"
)

func TestSpeakerLabel(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"MINISTER HALVORSEN: Yeah.", true},
		{"Q: Thank you.", true},
		{"**Jane Roe**: Right.", true},
		{"__Q__: Why now?", true},
		{"**Q:** And the budget?", true},
		{"CHAIR LINDQVIST. Good afternoon.", true},
		{"Moderator:", true},
		{"[Member Jane Roe]: Yes.", true},
		{"> _Jane Roe, Minister of Health_", true},
		{"[x1Y-z_SPEAKER_22]: Yes.", true},
		{"**(Question by Media)**:", true},
		{"(Question from the floor): Why?", true},
		{"Question by Media:", true},
		{"**Justice Roe** (00:00:28): Good morning, please be seated.", true},
		{"**Speaker 1** (00:00:02): Order!", true},
		{"Speaker 2 (01:02:55): All right, thank you.", true},
		// a house's labels closed by a dash (Tasmania's Hansard)
		{"The SPEAKER - Order.", true},
		{"Mr DUIGAN -No, in fact, they are not.", true},
		{"Mr ROCKLIFF (Braddon - Premier) - Honourable Speaker, I will take the questions.", true},
		{"Ms RATTRAY (McIntyre - Leader) (by leave) - Mr President, I move the motion.", true},
		// a printed record's label closed by a colon and a dash, its line
		// cut by the print
		{"The Speaker: — It is my duty to inform the Assembly of the", true},
		{"Hon. Mr. Roe: — To ask for leave to make a", true},
		{"The Harbour - a history of the quay.", false},
		{"Mr Roe - the member for the north - spoke.", false},
		{"The session (10:30): opened late.", false},
		{"(As delivered)", false},
		{"Statement by the Minister on the harbour:", false},
		{"[inaudible] yes.", false},
		{"U.S. Department of Commerce", false},
		{"WASHINGTON. The minister arrived today.", false},
		{"Press office: (01) 2345 6789", false},
		{"Trade and the Northern Region: Bilateral relations", false},
		{"The meeting ended at 12:30 today.", false},
	} {
		if got := SpeakerLabel(c.s); got != c.want {
			t.Errorf("SpeakerLabel(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// Inside a dialogue, a repeated reply and an unlabelled short line are
// kept; the same repetition outside one is chrome.
func TestDialogueKeepsRepeats(t *testing.T) {
	texts := []string{
		"Share", "Print",
		"AMBASSADOR KELLER: Thank you.", "MINISTER HALVORSEN: Yeah.",
		"Right.", "AMBASSADOR KELLER: Thank you.", "MINISTER HALVORSEN: Yeah.",
		"Q: Minister, follow-up", "MINISTER HALVORSEN: Go on.",
		"Right.", "Share", "Print",
	}
	blocks := make([]block.Block, len(texts))
	for i, s := range texts {
		blocks[i].Text = s
	}
	Classify(blocks, nil, false, nil)
	for i := 2; i <= 9; i++ {
		if blocks[i].Removed != 0 {
			t.Errorf("block %d %q removed (%v)", i, texts[i], blocks[i].Removed)
		}
	}
	if blocks[len(blocks)-1].Removed == 0 {
		t.Errorf("the repeated %q after the dialogue was kept", texts[len(texts)-1])
	}
}

// A printed record whose lines the print cut, each a block, is a dialogue
// when its labels are closed by a colon and a dash: its short lines are
// kept, though none ends a sentence.
func TestDialogueOfCutLines(t *testing.T) {
	texts := []string{
		"Home", "Debates", "Committees", "Members",
		"The Speaker: — It is my duty to inform the Assembly of the",
		"following vacancies in the representation in the constituency of",
		"the North due to the resignation of Mr. John Roe.",
		"Hon. Mr. Doe: — To ask for leave to make a statement of a",
		"personal nature, Mr. Speaker, on the project.",
		"The Speaker: — Is leave granted?",
		"Hon. Mr. Doe: — Thank you very much, Mr. Speaker. Following the",
		"release of the report last month, I apologized to the people of",
		"the province for not having been as forthcoming as I could",
		"have been on the details of the business.",
	}
	blocks := make([]block.Block, len(texts))
	for i, s := range texts {
		blocks[i].Text = s
	}
	Classify(blocks, nil, false, nil)
	for i := 4; i < len(blocks); i++ {
		if blocks[i].Removed != 0 {
			t.Errorf("block %d %q removed (%v)", i, texts[i], blocks[i].Removed)
		}
	}
	// the page cut off in the middle of a turn: its last line, in small
	// letters after a line that runs on, is the turn's too
	cut := append(texts[:len(texts)-1:len(texts)-1], "have been on the details of the", "business and of the")
	blocks = make([]block.Block, len(cut))
	for i, s := range cut {
		blocks[i].Text = s
	}
	Classify(blocks, nil, false, nil)
	if last := blocks[len(blocks)-1]; last.Removed != 0 {
		t.Errorf("the cut page's last line %q removed (%v)", last.Text, last.Removed)
	}
}

// A speech that addresses its hearers again keeps every line of address.
func TestSpeechKeepsRepeatedSalutations(t *testing.T) {
	texts := []string{
		"Dear members of the Assembly!",
		"We meet today to decide the budget of the coming year, and the choices before us are hard ones for every region.",
		"Dear members of the Assembly!",
		"Let me turn to the schools, which need new teachers and new buildings in every district of the country.",
		"Share", "Share",
	}
	blocks := make([]block.Block, len(texts))
	for i, s := range texts {
		blocks[i].Text = s
	}
	Classify(blocks, nil, false, nil)
	for i := 0; i < 4; i++ {
		if blocks[i].Removed != 0 {
			t.Errorf("block %d %q removed (%v)", i, texts[i], blocks[i].Removed)
		}
	}
}

func TestPageMarker(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Page 3 of 28", true},
		{"Page 12", true},
		{"4 March 2019 : Column 412", true},
		{"Column: 613", true},
		{"Col. 613", true},
		{"Column: the view from the harbour", false},
		{"Column 88", true},
		{"Page three of the report sets out the costs.", false},
		{"Page 3 of the report", false},
		{"Columns 4 and 5", false},
		// a print's page of its pages, and a page number with its colon
		{"Page 17:", true},
		{"10/02", true},
		{"24/7 support", false},
		{"1/2025", false},
		// the Congressional Record's bracketed markers
		{"[Page S700]", true},
		{"[[Page H6115]]", true},
		{"[Pages H6114-H6115]", true},
		{"[Page one of the plan]", false},
		{"[Laughter]", false},
	} {
		if got := isPageMarker(c.s); got != c.want {
			t.Errorf("isPageMarker(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestRecordHeadNote checks a printed record's head notes: bracketed
// groups alone and the printer's credit with its address in brackets.
func TestRecordHeadNote(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"[Congressional Record Volume 143, Number 8 (Tuesday, January 28, 1997)] [Senate]", true},
		{"[House Hearing, 111 Congress]", true},
		{"[From the U.S. Government Printing Office]", true},
		{"From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]", true},
		{"[Laughter]", false},
		{"[The witness was sworn.]", false},
		{"From the minister's office [see below]", false},
		{"The House met [at noon] today.", false},
	} {
		if got := isRecordHeadNote(c.s); got != c.want {
			t.Errorf("isRecordHeadNote(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A print's running head, its page number rising, is removed wherever it
// comes back; a list's lines of prices, or of a word and a number, are not.
func TestRunningHeads(t *testing.T) {
	para := "The Senate met at the International Conference Centre at 2.30 p.m. and the Speaker read the prayers of the day."
	lines := []string{
		"July 31, 2013 SENATE DEBATES 1", para,
		"July 31, 2013 SENATE DEBATES 2", para + " Again.",
		"July 31, 2013 SENATE DEBATES 3", para + " Once more.",
	}
	b := blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{lines[1], lines[3], lines[5]}, kept(t, b))
	lines = []string{
		"Get it at the store for $238.99", para,
		"Get it at the store for $649.99", para + " Again.",
		"Get it at the store for $67.77", para + " Once more.",
	}
	b = blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, lines, kept(t, b))
}

// Labels in a Markdown heading or in bold alone on their line are labels,
// kept however often the page repeats them.
func TestHeadingAndBoldOwnLineLabels(t *testing.T) {
	for _, s := range []string{"### Interviewer:", "## Anna Berg:", "**Interviewer:**", "**Anna Berg:**"} {
		if !SpeakerLabel(s) {
			t.Errorf("SpeakerLabel(%q) = false", s)
		}
	}
	for _, s := range []string{"### Background", "#hashtag:", "######## Seven:"} {
		if SpeakerLabel(s) {
			t.Errorf("SpeakerLabel(%q) = true", s)
		}
	}
	var blocks []block.Block
	for i := 0; i < 4; i++ {
		blocks = append(blocks, block.Block{Text: "### Interviewer:"}, block.Block{Text: "What did you agree today?"},
			block.Block{Text: "### Anna Berg:"}, block.Block{Text: "We agreed on the cables."})
	}
	Classify(blocks, nil, false, nil)
	for _, b := range blocks {
		if b.Removed != 0 {
			t.Errorf("%q removed (%v)", b.Text, b.Removed)
		}
	}
}

// On a page of "QUESTION" labels, a title and a name in capitals alone on
// their line, again and again, is a speaker's label, not repeated chrome;
// a caps line heard once is judged as before.
func TestCapsLabelLinesKept(t *testing.T) {
	var blocks []block.Block
	for i := 0; i < 3; i++ {
		blocks = append(blocks, block.Block{Text: "MINISTER JANE ROE"}, block.Block{Text: "I do not have the figure with me today."},
			block.Block{Text: "QUESTION"}, block.Block{Text: "How much will the new ferry cost?"})
	}
	Classify(blocks, nil, false, nil)
	for _, b := range blocks {
		if b.Removed != 0 {
			t.Errorf("%q removed (%v)", b.Text, b.Removed)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"MINISTER JANE ROE", true},
		{"PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR", true},
		{"QUESTION", false},
		{"PAGE 3 OF 9", false},
		{"Minister Jane Roe", false},
	} {
		if got := capsNameLine(c.s); got != c.want {
			t.Errorf("capsNameLine(%q) = %v", c.s, got)
		}
	}
}

// A block quote's signature under its quotation is kept, whatever the case
// of the office after the name; the same line under a paragraph that is no
// quotation is judged as before.
func TestBlockQuoteSignature(t *testing.T) {
	q := "> \u201cThe ferries will run every hour from May, and the new quay opens in June.\u201d"
	if !blockQuoteSignature(q, "> _Dr. Jane Roe, interim CEO, Acme Health_") {
		t.Error("signature under a quotation not read")
	}
	if blockQuoteSignature("The ferries will run every hour.", "> _Dr. Jane Roe, interim CEO, Acme Health_") {
		t.Error("signature under no quotation read")
	}
	// the shared honorific lexicon: any number of honorifics before the name
	if !blockQuoteSignature(q, "> _Her Excellency Professor Jane Roe, Minister of Transport_") {
		t.Error("signature with honorifics not read")
	}
	if blockQuoteSignature(q, "> _Professor Roe, Minister of Transport_") {
		t.Error("a surname alone read as a signature's name")
	}
	if blockQuoteSignature(q, "> _see the timetable, page 3_") {
		t.Error("a note read as a signature")
	}
}

// A web template's directives that a scrape of a site's source kept are
// metadata, not the page's words.
func TestTemplateDirective(t *testing.T) {
	for s, want := range map[string]bool{
		"@extends('layouts.app')": true, "@section('content')": true, "@endsection": true,
		"{% block content %}": true, "{{ page.title }}": true,
		"@NATO": false, "@ 10am": false, "Email us @ the office (today)": false, "{{ a }} and {{ b }}": false,
	} {
		if got := isTemplateDirective(s); got != want {
			t.Errorf("isTemplateDirective(%q) = %v, want %v", s, got, want)
		}
	}
}

// A line of topics or tags is the site's index, not the page's words; a
// sentence after such a word is.
func TestTaxonomyLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Topics: Trade, Energy": true, "**Tagged as:**": true, "Filed under: Khawarij |": true, "Categories:": true,
		"Topics: the ministers discussed trade and energy at length.": false, "Trade topics were discussed.": false,
	} {
		if got := isTaxonomyLine(strings.ToLower(s)); got != want {
			t.Errorf("isTaxonomyLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// indexPair finds what strings.Index finds.
func TestIndexPair(t *testing.T) {
	for _, s := range []string{"", "(", " (", "a (b", "a(b (c", "U.S. Army. Then", "..  .", "CHAIR POWELL. Good", "x. (y)"} {
		checkIndexPair(t, s)
	}
}

func FuzzIndexPair(f *testing.F) {
	f.Add("Justice Roe (00:00:28): Good morning. Yes.")
	f.Fuzz(checkIndexPair)
}

func checkIndexPair(t *testing.T, s string) {
	for _, c := range []struct {
		a, b  byte
		rarer bool
	}{{' ', '(', false}, {'.', ' ', true}, {'.', '.', true}, {' ', ' ', false}} {
		if got, want := indexPair(s, c.a, c.b, c.rarer), strings.Index(s, string([]byte{c.a, c.b})); got != want {
			t.Errorf("indexPair(%q, %q, %q) = %d, want %d", s, c.a, c.b, got, want)
		}
	}
}

// The short lines a print sets around its page markers, the section's
// name and the sitting's day, go with the markers when they stand around
// two page markers or more; a short line beside one marker alone, and a
// speaker's label, stay.
func TestPageFurniture(t *testing.T) {
	para := "Mr. Speaker, Sir, the revival and continued strengthening of the enterprises will play a crucial role in the recovery of the economy, and whilst we remain focused on achieving this strategic goal of"
	cont := "promoting an entrepreneurial culture, we have rethought the ways to achieve it."
	para2, cont2 := para+" our plan,", cont+" Again."
	lines := []string{para, "Page 46", "346", "Questions", "8th Feb., 2021", cont,
		para2, "Page 47", "8th Feb., 2021", "Questions", "347", cont2}
	b := blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{para, cont, para2, cont2}, kept(t, b))
	lines = []string{para, "Page 46", "Questions", cont, para2, "HON. SPEAKER:", "Page 47", "HON. SPEAKER:", cont2}
	b = blocksOf(lines...)
	Classify(b, nil, false, testDated)
	assert.Equal(t, []string{para, "Questions", cont, para2, "HON. SPEAKER:", "HON. SPEAKER:", cont2}, kept(t, b))
}

// A label closed by a time stamp that links into the recording is a
// speaker's label: kept, however often the meeting's members speak.
func TestLinkedStampLabelsKept(t *testing.T) {
	if !SpeakerLabel("Jane Roe (EPC Chair)  [9:25](https://video.example/v1&t=565)") {
		t.Error("linked stamp label not a label")
	}
	if SpeakerLabel("See the recording [9:25](https://video.example/v1&t=565) of the whole meeting") {
		t.Error("a sentence with a stamp is a label")
	}
	var blocks []block.Block
	for i := 0; i < 4; i++ {
		blocks = append(blocks, block.Block{Text: fmt.Sprintf("Jane Roe (EPC) [9:%02d](https://video.example/v1&t=%d)", 20+i, 560+i)}, block.Block{Text: "No."},
			block.Block{Text: fmt.Sprintf("John Doe (EPC Chair) [9:%02d](https://video.example/v1&t=%d)", 30+i, 570+i)}, block.Block{Text: fmt.Sprintf("We will review the maps at meeting %d.", i)})
	}
	Classify(blocks, nil, false, nil)
	for _, b := range blocks {
		if b.Removed != 0 {
			t.Errorf("%q removed (%v)", b.Text, b.Removed)
		}
	}
}

// A house's division list is its record: "YEAS — 5" over a line of
// address and a few surnames a line, as many as the count says, is kept
// however short its lines and however often "Messieurs" comes back.
func TestDivisionListKept(t *testing.T) {
	texts := []string{
		"Home", "Debates", "Committees", "Members",
		"Motion agreed to and Bill read a third time on the following recorded division:",
		"YEAS — 5", "Messieurs", "Roe Doe Poe", "Loe (Moose Jaw N.) Coe",
		"NAYS — 2", "Messieurs", "Smith Jones",
		"Home", "Debates", "Committees", "Members",
	}
	blocks := make([]block.Block, len(texts))
	for i, s := range texts {
		blocks[i].Text = s
	}
	Classify(blocks, nil, false, nil)
	for i := 5; i <= 11; i++ {
		if blocks[i].Removed != 0 {
			t.Errorf("block %d %q removed (%v)", i, texts[i], blocks[i].Removed)
		}
	}
	for i, c := range []struct {
		s    string
		want int
	}{{"YEAS — 36", 36}, {"Nays: 15", 15}, {"Yeas are many", 0}, {"YEAS", 0}} {
		if got := block.DivisionCount(c.s); got != c.want {
			t.Errorf("%d: DivisionCount(%q) = %d, want %d", i, c.s, got, c.want)
		}
	}
}
