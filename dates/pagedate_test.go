package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageDateHeads(t *testing.T) {
	p := New(Options{})
	for _, tc := range []struct{ text, want string }{
		// a label anywhere in a head line outranks the date of the event
		{"Senator's Schedule for Thursday, January 12, 2006      For Immediate Release: January 11, 2006\nThe Senator will visit.", "2006-01-11"},
		// a line that opens with the date and ends no sentence is a dateline
		{"2 May 2010 Posted in [Press releases](/news/press-releases)\n\n1. The Minister will visit from 2 to 4 May 2010.", "2010-05-02"},
		// a month glued to the word before it
		{"HomeAmata Visited Israel with LeadersApril 29, 2025 Press ReleaseWashington, D.C. - The Congresswoman visited Israel as part of a delegation that met leaders of the country and of the region.", "2025-04-29"},
		// a byline that closes with the date, over a lead that names another
		{"Speech by Jane Roe, President of the Bank, 9 June 1998\n\nAs from 1 June 1998 the new rules apply to every bank.", "1998-06-09"},
		{"The Minister met her counterpart in Paris on Tuesday, 9 June 1998\n\nThe talks went well.", ""},
		// a headline's span of days gives way to the dateline under it, or
		// to the place and day that sign the release at its foot; alone,
		// its first day is the page's
		{"Official Visit of the Minister to Brunei Darussalam, 13 – 15 December 2022\n\nSingapore, 12 December 2022 – The Minister for the Environment will make an official visit to Brunei Darussalam from 13 to 15 December 2022.", "2022-12-12"},
		{"Joint Communiqué of the Harbour Commission, Stockholm, 19–20 October 2015\n\nThe Commission met for two days and agreed to meet again in the spring.\n\n**Stockholm, 20 October 2015.**", "2015-10-20"},
		{"Joint Communiqué of the Harbour Commission, Stockholm, 19–20 October 2015\n\nThe Commission met for two days and agreed to meet again in the spring.", "2015-10-19"},
		// a date in a clause "since" opens is a past reference point; a
		// lead of its own ends the head, the dates of the story under it
		// are not the page's
		{"The Fire Authority proudly announces the retirement of Deputy Fire Marshal Jane Roe, who has served our community since joining the department on January 3, 2000.\n\nShe starts her retirement in May.", ""},
		{"As we reflect on the retirement of Deputy Fire Chief John Doe, we feel a mix of emotions and gratitude for his years of dedicated service and sadness at losing a remarkable leader. Chief Doe has been an integral part of our community and of the Fire Authority.\n\nChief Doe began his career with the department on January 11, 1999. That first day marked the beginning of a long journey through the ranks of the service.", ""},
		// a short sentence that mentions a date is still no dateline
		{"The talks of 3 May 2025 went well, the Minister said today.\n", ""},
		// a lead dated "today": the next paragraph's date is another day's
		{"SACRAMENTO – Jane Roe was confirmed today as Director of the Department by the State Senate, with thirty-four votes in favour.\n\nSupporters spoke for her during the Senate Rules Committee hearing on March 30, 2022, and praised her leadership.", ""},
		// a lead's date of a noun ("the Sept. 11, 2012 attack") is no page date
		{"The candidate boasted on Monday night that the strategy she pushed abroad as a minister did not lose a single person in the end.\n\nShe failed to mention the Sept. 11, 2012 terror attack on the consulate that resulted in the death of four officers of the service.", ""},
		// a printed hearing's cover: the date under title, committee and session
		{"[Senate Hearing 111-382]\n\n[From the U.S. Government Printing Office]\n\nS. Hrg. 111-382\n\nINTERNATIONAL COOPERATION TO MODERNIZE FINANCIAL REGULATION\n\nHEARING\n\nbefore the\n\nSUBCOMMITTEE ON SECURITY AND INTERNATIONAL TRADE AND FINANCE\n\nof the\n\nCOMMITTEE ON BANKING, HOUSING, AND URBAN AFFAIRS\n\nUNITED STATES SENATE\n\nONE HUNDRED ELEVENTH CONGRESS\n\nFIRST SESSION\n\nON\n\nCOLLABORATIVE INTERNATIONAL EFFORTS TO PROMOTE FINANCIAL REGULATORY REFORM\n\nSEPTEMBER 30, 2009\n\nPrinted for the use of the Committee", "2009-09-30"},
		// a printed record's running head, on each of its pages
		{"ORAL QUESTIONS\n\n" + strings.Repeat("MR T. ROE: Thank you, Honourable Speaker, for the floor today.\n\n", 16) +
			"919\n\n18th Parliament\n\nWednesday, 21 May 2025\n\nThirteenth Meeting\n\n" + strings.Repeat("MR SPEAKER: Thank you, Honourable Member.\n\n", 4) +
			"920\n\n18th Parliament\n\nWednesday, 21 May 2025\n\nThirteenth Meeting\n\n" + strings.Repeat("HON. A. DOE: Thank you, Mr Speaker, for the question.\n\n", 4), "2025-05-21"},
		// a release signed at its foot: the place, then the date
		{"The Minister received the doses today.\n\n" + strings.Repeat("The gift marks the friendship of the two nations.\n\n", 16) +
			"PUTRAJAYA\n\n25 JANUARY 2022", "2022-01-25"},
		{"The Minister received the doses today.\n\n" + strings.Repeat("The gift marks the friendship of the two nations.\n\n", 16) +
			"Wellington, 3 May 2024.", "2024-05-03"},
		// the date, then the place
		{"The Minister received the doses today.\n\n" + strings.Repeat("The gift marks the friendship of the two nations.\n\n", 16) +
			"December 6, 2021, Minsk", "2021-12-06"},
		// a signature block before the release's version in another
		// language, and a date under one line that signs nothing
		{strings.Repeat("The Minister met her counterpart on 23 June on the sidelines of the summit, where the two discussed trade.\n\n", 2) +
			"Ministry of Foreign Affairs\n\nColombo\n\n24 June, 2022\n\n" +
			strings.Repeat("Le ministre a rencontré son homologue le 23 juin.\n\n", 8), "2022-06-24"},
		{strings.Repeat("The Minister met her counterpart on 23 June on the sidelines of the summit, where the two discussed trade.\n\n", 2) +
			"The talks went well.\n\nColombo\n\n24 June, 2022\n\n" +
			strings.Repeat("Le ministre a rencontré son homologue le 23 juin.\n\n", 8), ""},
		// a date under a paragraph (a correction's) signs nothing
		{"The Minister received the doses today.\n\n" + strings.Repeat("The gift marks the friendship of the two nations.\n\n", 16) +
			"An earlier version of this article misstated the number of doses.\n\nFriday, June 10, 2016.", ""},
	} {
		got, ok := p.PageDate(tc.text)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tc.want {
			t.Errorf("%.60q: %q, want %q", tc.text, s, tc.want)
		}
	}
}

func TestHeadLabelledAtWordBoundaries(t *testing.T) {
	p := New(Options{})
	if d, ok := p.headLabelled("Release notes, reposted on 4 June 2020 by the desk"); ok {
		t.Errorf("a label inside a word: %v", d)
	}
	if d, ok := p.headLabelled("Statement of the Minister | Posted on 4 June 2020 by the desk"); !ok || d.Format(time.DateOnly) != "2020-06-04" {
		t.Errorf("posted on: %v %v", d, ok)
	}
}

func TestGluedCalendar(t *testing.T) {
	for w, want := range map[string]int{"LeadersApril": 7, "ZelenskyFebruary": 8, "April": 0, "McMay": 0, "MacMay": 0, "ByMay": 0, "SaidSept": 0, "TheJuneau": 0, "TheMayor": 0, "iPhone": 0, "Xmay": 0} {
		if got := New(Options{}).gluedCalendar(w); got != want {
			t.Errorf("%s: %d, want %d", w, got, want)
		}
	}
}

// The lead sentence a dateline opens ("PORTVALE, Fla. - The exercise began
// Sept. 2, 2024, ...") is read whole: neither the state's abbreviation
// before the dash nor the month's before the day ends it.
func TestPageDateLeadAfterAbbreviations(t *testing.T) {
	p := New(Options{})
	lead := "PORTVALE, Fla. - Exercise Sea Shield 2024 began Sept. 2, 2024, at the naval base near the town. " +
		"It brings together the navies of twelve countries for two weeks of drills and training at sea."
	d, ok := p.PageDate(lead)
	if !ok || d.Format(time.DateOnly) != "2024-09-02" {
		t.Errorf("PageDate = %v, %v; want 2024-09-02", d, ok)
	}
}

// A head line whose lower case is of another length (invalid bytes lower
// to U+FFFD, "İ" to "i") does not panic, and its label is read where it is.
func TestPageDateHeadLowerCaseOfAnotherLength(t *testing.T) {
	p := New(Options{})
	for _, text := range []string{
		"Release 2021 \xff\xff\xff\xff\xff\xff\xff\xff\xff\xff posted on\n\nThe ministers met.",
		"\xff\xfe\xfd Published on 4 May 2021\n\nThe ministers met.",
		"İSTANBUL DECLARATION İİİİ issued on 4 May 2021\n\nThe ministers met.",
	} {
		assert.NotPanics(t, func() { p.PageDate(text) }, text)
	}
	got, ok := p.PageDate("\xff\xff\xff\xff Posted on 4 May 2021 by the desk\n\nThe ministers met.")
	require.True(t, ok)
	assert.Equal(t, "2021-05-04", got.Format(time.DateOnly))
}
