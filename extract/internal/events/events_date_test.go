// This file tests the date of an event: which day, week, month, year or
// clock time in a sentence dates its action, and which times belong to
// something else (a noun, a clause, a period, a plan).

package events

import (
	"strings"
	"testing"

	"github.com/communique/communique/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindEventsAttributiveDate(t *testing.T) {
	body := "Secretary of State Antony J. Blinken met today with Polish Foreign Minister Zbigniew Rau. The Secretary welcomed Polish President Duda\u2019s February 3 action and the 26 March decision."
	evs := eventsOf(body, "2022-02-04")
	require.Len(t, evs, 1)
	assert.Equal(t, "2022-02-04", evs[0].Date)
	assert.Equal(t, "Antony J. Blinken", evs[0].Actor)
}

func TestFindEventsOpeningPhrase(t *testing.T) {
	tests := []struct {
		name, body, published string
		date, actor           string
		participants          []string
	}{
		{"uk sidelines", "On the sidelines of the G20 summit, the Prime Minister today met President Lula da Silva of Brazil.", "2024-11-18",
			"2024-11-18", "Prime Minister", []string{"Lula da Silva"}},
		{"invitation names another person", "At the invitation of President Alexander Stubb, Chancellor Olaf Scholz visited Helsinki on Tuesday.", "2024-05-10",
			"2024-05-07", "Olaf Scholz", []string{"Alexander Stubb"}},
		{"eu commission", "Following talks with the Member States, the European Commission today adopted a proposal on critical raw materials.", "2023-03-16",
			"2023-03-16", "European Commission", []string{}},
		{"council on an anniversary", "On the second anniversary of the attack, the Council today adopted a new framework for restrictive measures.", "2024-10-07",
			"2024-10-07", "Council", []string{}},
		{"two opening phrases", "In Canberra, on Monday, Defence Minister Richard Marles met his Japanese counterpart.", "2024-09-04",
			"2024-09-02", "Richard Marles", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, tc.published)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tc.date, evs[0].Date)
			assert.Equal(t, tc.actor, evs[0].Actor)
			assert.Equal(t, tc.participants, evs[0].Participants)
		})
	}
	// a counted time before the subject is no opening phrase
	assert.Empty(t, eventsOf("Twenty years ago this month, on 1 May 2004, ten countries joined the European Union.", "2024-05-07"))
}

func TestFindEventsDayOfSomethingElse(t *testing.T) {
	tests := []struct{ name, body, published string }{
		{"following a past incident", "Ministers discussed the security of shipping in the Red Sea following attacks on merchant vessels on 19 November.", "2024-01-12"},
		{"after an earthquake", "Leaders met to coordinate relief efforts after the earthquake on 6 February.", ""},
		{"relative clause", "The Foreign Secretary condemned the strike on a hospital in Kharkiv, which took place on Sunday.", ""},
		{"that clause", "President Biden reaffirmed support for the sanctions that the Treasury announced yesterday.", ""},
		{"since", "Allies have supported Ukraine since the invasion on 24 February 2022.", ""},
		{"a deadline", "The Minister announced a public consultation open until 14 March.", ""},
		{"a deadline with by", "The Commission launched a call for proposals, with applications due by Friday.", "2025-03-20"},
		{"a passive after a statement", "The union said that employees were told by the company to sign the contract on Monday.", ""},
		{"an opening phrase of another action", "Following his meeting with the President on Monday, the Minister travelled to Lviv.", ""},
		{"a nominal future", "The talks will open on Monday in Geneva.", "2025-03-20"},
		{"an expected meeting", "On Monday the Prime Minister is expected to meet the King.", "2025-03-20"},
		{"to be meeting", "The delegation hopes to be meeting the President on Friday.", "2025-03-20"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, eventsOf(tc.body, tc.published))
		})
	}
}

// A past form right after a noun and before a preposition is the noun's
// participle: its day is not the main verb's, and the sentence's own month
// dates the main verb instead.
func TestFindEventsDayOfAReducedClause(t *testing.T) {
	tests := []struct{ name, body, date, actor string }{
		{"a month before, a day in the participle", "In July, members of the budget committee backed the compromise reached with the Senate on 6 June.", "2025-07", "committee"},
		{"a meeting verb keeps its occasion's day", "The Minister attended the summit hosted by Finland on Tuesday.", "2025-09-16", "Minister"},
		{"the day of what was published", "The Governor outlined her plan in an interview aired on Monday.", "2025-09-15", "Governor"},
		{"an object is no reduced clause", "Dozens of workers protested outside the hotel where the committee held its hearing on Wednesday.", "2025-09-17", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, "2025-09-19")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tc.date, evs[0].Date)
			if tc.actor != "" {
				assert.Equal(t, tc.actor, evs[0].Actor)
			}
		})
	}
	assert.Empty(t, eventsOf("The Senator said he was postponing a news conference scheduled for Friday.", "2025-09-19"))
}

func TestFindEventsDayOfTheRelativeClause(t *testing.T) {
	evs := eventsOf("On 5 March the Commission proposed a plan, which the Council adopted on 12 March.", "2025-03-20")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2025-03-12", evs[0].Date)
	assert.Equal(t, "Council", evs[0].Actor)
}

// A part of the day opening a sentence after "In" or "At" ("In the
// morning he met ...") dates it, and the subject after it is the pronoun,
// resolved to the actor before.
func TestFindEventsInTheMorning(t *testing.T) {
	body := "Today the Minister of Health, Ana Costa, arrived in Porto for talks. In the morning she met the mayor to discuss the new hospital."
	c := strings.Index(body, "Ana Costa")
	costa := entities.Official{Name: "Ana Costa", Title: "Minister of Health", Mentions: []entities.Span{{Start: c, End: c + 9}}}
	evs := eventsOf(body, "2025-03-04", costa)
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "Ana Costa", evs[1].Actor)
	assert.Equal(t, "met", evs[1].Action)
	assert.Equal(t, "2025-03-04", evs[1].Date)
}

// A day that owns a noun ("Thursday's fight", "today's meetings") dates the
// noun, not the sentence's action, unless a preposition sets the noun in
// the sentence's time ("At today's meeting, the Board decided …").
func TestFindEventsPossessiveDay(t *testing.T) {
	body := strings.Join([]string{
		"Spain will host the summit in June, and today's bilateral meetings provided an opportunity to discuss it.",
		"",
		"On Monday, Minister Anna Berg met the envoy to discuss Thursday's vote.",
		"",
		"At today's meeting, the ministers signed the agreement.",
	}, "\n")
	evs := eventsOf(body, "2025-04-04")
	var got []string
	for _, e := range evs {
		got = append(got, e.Date+" "+e.Sentence[:20])
	}
	assert.Equal(t, []string{
		"2025-03-31 On Monday, Minister ",
		"2025-04-04 At today's meeting, ",
	}, got)
}

// A timetable's clock time alone does not make an occasion an event.
func TestFindEventsOccasionClockOnly(t *testing.T) {
	assert.Empty(t, eventsOf("Guided sessions will take place at 2.05pm and 4.05pm, and last an hour.\n\nNothing else.", "2026-04-17"))
	assert.True(t, evClockOnly("10:30 a.m."))
	assert.False(t, evClockOnly("4 July at 3pm"))
}

// A day that opens the sentence with "from", "as of" or "effective" dates
// the decision that follows it, as "on" does.
func TestFindEventsFromDay(t *testing.T) {
	for _, body := range []string{
		"From 16 December 2014 the Harbour Board decided to raise the port fee to 17 per cent.\n\nNothing else.",
		"Effective 16 December 2014 the Harbour Board decided to raise the port fee to 17 per cent.\n\nNothing else.",
	} {
		assert.Equal(t, "Harbour Board", oneEventOn(t, body, "2014-12-16").Actor)
	}
}

// A day and the year after it open the sentence together: "On 31 May this
// year, the Council …"; and the month's name "May" is no modal.
func TestFindEventsDayThenYearOpening(t *testing.T) {
	lead := "The Harbour Ministry today received 500 pumps from the River Council.\n\n"
	for _, body := range []string{"On 31 May this year, the River Council visited the Harbour.", "On 31 May, Jane Roe planted a tree at the Harbour."} {
		evs := eventsOf(lead+body+"\n", "2022-06-25")
		if assert.Len(t, evs, 2, "%q: %+v", body, evs) {
			assert.Equal(t, "2022-05-31", evs[1].Date, body)
		}
	}
}

// "that" right after the verb points at a thing when a noun or two and the
// day follow ("discussed that levy on Monday"); it opens a clause with a
// time of its own otherwise ("found that in 2015, there were …").
func TestFindEventsThatDeterminer(t *testing.T) {
	lead := "The Harbour Ministry today received 500 pumps from the River Council.\n\n"
	evs := eventsOf(lead+"The River Council discussed that levy on Monday.\n", "2022-01-26")
	if assert.Len(t, evs, 2, "%+v", evs) {
		assert.Equal(t, "2022-01-24", evs[1].Date)
	}
	evs = eventsOf(lead+"The River Council found that in 2015, there were floods on the island.\n", "2022-01-26")
	assert.Len(t, evs, 1, "%+v", evs)
}

// A past action at a clock time alone is an event of the page's day, done
// by no one named: a sitting's formulas ("The meeting rose at 4.20 p.m.",
// "(The hearing was concluded at 2:12 p.m.)", "The Assembly adjourned at
// 11.46 a.m.", "Sitting suspended at 12.35 p.m. and resumed at 1.30 p.m.",
// a clock's "am" no copula), which four blind sets' gold count as events;
// an action to come at a clock time is a timetable's.
func TestFindEventsPastAtClockTime(t *testing.T) {
	lead := "The Harbour Ministry today received 500 pumps from the River Council.\n\n"
	for _, body := range []string{"The meeting was called to order at 3.10 p.m.", "The meeting rose at 4.20 p.m.", "(The hearing was concluded at 2:12 p.m.)",
		"The Assembly adjourned at 11.46 a.m.", "Sitting suspended at 12.35 p.m. and resumed at 1.30 p.m.", "The sitting was suspended at 11.54 am."} {
		evs := eventsOf(lead+body+"\n", "2022-01-25")
		require.Len(t, evs, 2, "%q: %+v", body, evs)
		assert.Equal(t, "2022-01-25", evs[1].Date, body)
	}
	evs := eventsOf(lead+"The ferry will leave the quay at 9 a.m.\n", "2022-01-25")
	assert.Len(t, evs, 1, "%+v", evs)
}

// A week, a month or a year is an action's date at its own precision when
// the sentence gives no day: opening the sentence, or after a meeting, a
// visit, a passive or an action in the past; not the date of a noun after
// the verb, of a gerund's action, of a state, nor of a plan.
func TestFindEventsCoarseDate(t *testing.T) {
	lead := "The Harbour Ministry today received 500 pumps from the River Council.\n\n"
	for _, c := range []struct{ body, date, actor string }{
		{"In 2021, the River Council announced a gift of one thousand pumps to the Harbour.", "2021", "River Council"},
		{"In March 2020, the River Council signed a ferry agreement with the Harbour.", "2020-03", "River Council"},
		{"Minister Jane Roe visited the Island and the Cape in January 2022 to open the ferry line.", "2022-01", "Jane Roe"},
		{"Minister Jane Roe met the island mayors at the Old Hall last December.", "2021-12", "Jane Roe"},
		{"The first ferry fair was held in May 2019 on the old quays.", "2019-05", ""},
		{"The second ferry fair took place in Leith in April 2020.", "2020-04", ""},
		// a month's name is no modal before a past of any verb
		{"In May, the Council cancelled the ferry levy of the Harbour.", "2021-05", "Council"},
		// a passive of any verb, an active past of any verb but a statement
		{"The Ferry Company was incorporated in October 2020 as a public company.", "2020-10", ""},
		// a decision or a release with its object before its month
		{"The River Council launched the Ferry Accord on Youth Employment in April 2013.", "2013-04", "River Council"},
		// a year's four digits are no clock time
		{"The Mwea Ferry Scheme was started in 1954 on the old quays.", "1954", ""},
		{"The River Council extended a second loan of 13 million in 2017 to the Harbour.", "2017", "River Council"},
		// a statement verb that is a deed, with its object or of a named
		// subject; a noun's "-ing" word is no gerund's phrase
		{"The Harbour Assembly passed the ferry bill in March 2021.", "2021-03", "Harbour Assembly"},
		{"The Island became a member of the Ferry Council in 2012.", "2012", "Island"},
		{"Jane Roe resigned in 2019 from the ferry council.", "2019", "Jane Roe"},
		{"The Assembly legislated on building regulations in March 2021.", "2021-03", "Assembly"},
	} {
		evs := eventsOf(lead+c.body+"\n", "2022-01-25")
		require.Len(t, evs, 2, "%q: %+v", c.body, evs)
		assert.Equal(t, c.date, evs[1].Date, c.body)
		if c.actor != "" {
			assert.Equal(t, c.actor, evs[1].Actor, c.body)
		}
	}
	for _, body := range []string{
		"Minister Jane Roe discussed planning for the July 2024 ferry summit with the mayors.",
		"Minister Jane Roe praised the Island for its leadership of the ferry council in 2021.",
		"Minister Jane Roe will visit the Island in June to open the ferry line.",
		// the time of a gerund's action, of a state
		"The River Council asserted its leadership by hosting the ferry summit last week.",
		"The Harbour accounted for the largest share of the ferry trade in March 2021.",
		// a count as of a day is no action of that day
		"As of 5 January 2022, 3800 samples were tested for the ferry fever at the quays.",
		// a participle's time, its agent's
		"The Ferry Compass adopted in 2022 gives the Harbour a clear sense of direction.",
		"The ferry plan announced by the River Council in March matches the old one.",
		"The ferry law passed in 2006 requires a permit for every boat.",
		"Minister Jane Roe said in March 2021 that the ferry would stay.",
	} {
		evs := eventsOf(lead+body+"\n", "2022-01-25")
		assert.Len(t, evs, 1, "%q: %+v", body, evs)
	}
	// the time of a thing to come is the thing's
	long := "The Harbour Ministry today received 500 pumps from the River Council for the flooded quays.\n\n"
	evs := eventsOf(long+"Minister Jane Roe met the mayors for the forthcoming Ferry Summit in June.\n", "2022-01-25")
	assert.Len(t, evs, 1, "%+v", evs)
	// a lead dated by its own month, not by the page's day
	evs = eventsOf("Minister Jane Roe visited the Island and the Cape in January 2022 to open the ferry line.\n\nMore.", "2022-01-31")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2022-01", evs[0].Date)
}

// A day after "effective" is when the thing done takes effect, not the
// day it was done; the marks of a link opening at the verb are no part of
// the subject.
func TestFindEventsEffectiveDay(t *testing.T) {
	ev := oneEventOn(t, "Board Chair Jane Roe has [submitted her resignation](https://example.org/letter.pdf) to the Governor, effective June 30, 2020, to take up a post abroad.\n\nNothing else.", "2020-06-05")
	assert.Equal(t, "Jane Roe", ev.Actor)
}

// A span back to a past act ("48 years since …") takes the act out of
// the day's sentence: "Tomorrow marks 48 years since Jane Roe was
// abducted" reports no event of tomorrow.
func TestFindEventsSpanSinceIsNoDaysAct(t *testing.T) {
	assert.Empty(t, eventsOf("Tomorrow, the 18th, marks 48 years since Ms. Jane Roe was abducted in Niigata City.", "2016-09-17"))
	assert.Len(t, eventsOf("Tomorrow, the 18th, Ms. Jane Roe will travel to Niigata City.", "2016-09-17"), 1)
}

// TestFindEventsDayRunIntoLead: the page's day run into its lead with no
// mark after it ("25 August 2022 On 23 August, 2022, … was signed", as a
// page flattened into a line keeps it) dates no event when the sentence
// gives a day of its own.
func TestFindEventsDayRunIntoLead(t *testing.T) {
	evs := eventsOf("25 August 2022 On 23 August, 2022, within the framework of the official ceremony held at the Ministry, an agreement on cooperation in education was signed between the governments of Avalon and Borduria.", "2022-08-25")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2022-08-23", evs[0].Date)
	evs = eventsOf("25 August 2022 The Minister met her counterpart in the capital to discuss cooperation in education and culture.", "2022-08-25")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2022-08-25", evs[0].Date)
}

// TestFindEventsTwoClauses: two clauses joined by ", and", each with a
// time of its own, report two acts, each dated by its own time; the
// events' sentence opens as the sentence does.
func TestFindEventsTwoClauses(t *testing.T) {
	body := "The council opposed the plan. The applications were formally referred to the Harbour Authority in April, and on Monday 4 May, Jane Roe, the Deputy Mayor, issued the direction."
	evs := eventsOf(body, "2020-05-06")
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "2020-04", evs[0].Date)
	assert.Equal(t, "2020-05-04", evs[1].Date)
	assert.Equal(t, "Jane Roe", evs[1].Actor)
	for _, e := range evs {
		assert.True(t, strings.HasPrefix(e.Sentence, "The applications were formally referred"), e.Sentence)
	}
	// one time for both clauses: one event
	assert.Len(t, eventsOf("The council opposed the plan. On Monday the Mayor met the applicants, and the Deputy Mayor issued the direction.", "2020-05-06"), 1)
}

// TestFindEventsClockTimesOfOneActor: the same actor on the same day at two
// clock times of their own sentences acts twice ("The House met at 2.30
// p.m." … "The House rose at 6.30 p.m.").
func TestFindEventsClockTimesOfOneActor(t *testing.T) {
	evs := eventsOf("The House met at 2.30 p.m. The Speaker took the chair. The House rose at 6.30 p.m.", "2011-09-01")
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "met", evs[0].Action)
	assert.Equal(t, "rose", evs[1].Action)
}

// TestFindEventsPeriodEnded: a period's end ("the year ended 31 August
// 2014") is no act, and its day dates no act of the sentence ("reported a
// loss in the quarter ended Sept. 29").
func TestFindEventsPeriodEnded(t *testing.T) {
	assert.Empty(t, eventsOf("The Council published its accounts. The financial statements for the year ended 31 August 2014 showed a surplus.", "2015-04-29"))
	assert.Empty(t, eventsOf("The council opposed the plan. Acme Harbour Company reported a loss of $3 million in the quarter ended Sept. 29.", "2019-11-19"))
	evs := eventsOf("The council opposed the plan. The talks ended on Monday without agreement.", "2015-04-29")
	require.Len(t, evs, 1, "%+v", evs)
}

// TestFindEventsSecondClauseTime: a time only in the clause after ", and",
// which has a subject and a verb of its own, dates that clause's act, not
// the first clause's; a list's last item or a verb sharing the first
// clause's subject leaves the sentence one clause.
func TestFindEventsSecondClauseTime(t *testing.T) {
	evs := eventsOf("The council opposed the plan. The minister resigned, and police arrested the suspect on 22 April.", "2020-05-06")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2020-04-22", evs[0].Date)
	assert.Equal(t, "police", evs[0].Actor)
	assert.Equal(t, "arrested", evs[0].Action)
	assert.True(t, strings.HasPrefix(evs[0].Sentence, "The minister resigned"), evs[0].Sentence)
	for _, body := range []string{
		"The council opposed the plan. Jane Roe visited Leeds, York, and Hull on 22 April.",
		"The council opposed the plan. Jane Roe met the applicants, and signed the direction on 22 April.",
	} {
		evs := eventsOf(body, "2020-05-06")
		require.Len(t, evs, 1, "%s: %+v", body, evs)
		assert.Equal(t, "Jane Roe", evs[0].Actor, body)
	}
}

// TestFindEventsDirectiveInfinitive: a day just after the infinitive of a
// verb that bids someone act is the infinitive's ("urged them to vote
// Tuesday"); the bidding is no event of that day. A day before "to", or a
// request for a thing ("asked for $2 million to fight the outbreak in
// May"), still dates the verb.
func TestFindEventsDirectiveInfinitive(t *testing.T) {
	assert.Empty(t, eventsOf("The council opposed the plan. Jane Roe urged residents to vote on Tuesday.", "2020-05-06"))
	for _, body := range []string{
		"The council opposed the plan. Jane Roe urged residents on Monday to vote.",
		"The council opposed the plan. Jane Roe asked for $2 million to fight the outbreak in May.",
	} {
		evs := eventsOf(body, "2020-05-06")
		require.Len(t, evs, 1, "%s: %+v", body, evs)
		assert.Equal(t, "Jane Roe", evs[0].Actor, body)
	}
}

// A connective before the time that opens a sentence ("Then, in 2012,",
// "But on Monday") leaves the time the action's, and the subject after it.
func TestFindEventsConnectiveBeforeTime(t *testing.T) {
	cases := []struct{ body, actor, date string }{
		{"Then, in 2012, hundreds of protesters stormed the embassy in the capital.", "protesters", "2012"},
		{"But on Monday the council approved the plan.", "council", "2015-03-16"},
		{"And in 2006, the fund hired a new director.", "fund", "2006"},
	}
	for _, c := range cases {
		evs := eventsOf("The weather was mild across the region for most of the week.\n\n"+c.body, "2015-03-18")
		require.Len(t, evs, 1, c.body)
		assert.Contains(t, evs[0].Actor, c.actor, c.body)
		assert.Equal(t, c.date, evs[0].Date, c.body)
	}
}

// A week, month or year counted from the page's time, between the subject
// and its verb in the past, dates the action ("The board last week
// approved"); a noun's year there does not ("The launch of the mission in
// 2008 marked").
func TestFindEventsRelativeTimeBeforeVerb(t *testing.T) {
	evs := eventsOf("The weather was mild across the region for most of the week.\n\nThe fund's board last week also approved new financing for the port.", "2015-03-18")
	require.Len(t, evs, 1)
	assert.Equal(t, "2015-W11", evs[0].Date)
	assert.Equal(t, "approved", evs[0].Action)
	assert.Empty(t, eventsOf("The weather was mild across the region for most of the week.\n\nThe launch of the mission in 2008 marked a change in ambition.", "2015-03-18"))
}
