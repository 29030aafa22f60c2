// This file tests the action of an event: the verb group read as the act
// (future and progressive forms, visits, occasions held or taking place,
// appointments, past forms of any verb) and the verbs that are no act of
// the sentence.

package events

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindEventsFutureAndProgressive(t *testing.T) {
	tests := []struct {
		name, body, published      string
		date, actor, action, place string
		participants               []string
	}{
		{"uk progressive today", "Foreign Secretary David Lammy is visiting Warsaw today for talks with Foreign Minister Radosław Sikorski.", "2024-09-10",
			"2024-09-10", "David Lammy", "is visiting", "Warsaw", []string{"Radosław Sikorski"}},
		{"progressive journey", "Chancellor Olaf Scholz is travelling to Vilnius today, where he will attend the NATO summit.", "2023-07-11",
			"2023-07-11", "Olaf Scholz", "is travelling", "Vilnius", []string{}},
		{"un future with a weekday", "The Secretary-General will travel to Nairobi on Monday to attend the UN Environment Assembly.", "2024-02-23",
			"2024-02-26", "Secretary-General", "will travel", "Nairobi", []string{}},
		{"elysee future host", "On Thursday, President Emmanuel Macron will host Chancellor Olaf Scholz at the Élysée Palace.", "2024-05-06",
			"2024-05-09", "Emmanuel Macron", "will host", "Élysée Palace", []string{"Olaf Scholz"}},
		{"opening place and day", "In Brussels on Wednesday, Secretary Blinken will meet NATO Secretary General Jens Stoltenberg.", "2024-04-01",
			"2024-04-03", "Blinken", "will meet", "Brussels", []string{"Jens Stoltenberg"}},
		{"adverb after the auxiliary", "Foreign Minister Penny Wong will also meet Prime Minister Sitiveni Rabuka in Suva on Friday.", "2024-03-11",
			"2024-03-15", "Penny Wong", "will also meet", "Suva", []string{"Sitiveni Rabuka"}},
		{"future with a day of its own", "The Prime Minister will visit Berlin on Tuesday.", "2025-04-04",
			"2025-04-08", "Prime Minister", "will visit", "Berlin", []string{}},
		{"eeas future progressive", "The High Representative will also be meeting his counterparts on Friday.", "2025-03-20",
			"2025-03-21", "High Representative", "will also be meeting", "", []string{}},
		{"state department delegation", "Secretary Blinken is leading the U.S. delegation to the OSCE Ministerial Council in Skopje on November 30.", "2023-11-28",
			"2023-11-30", "Blinken", "is leading", "Skopje", []string{}},
		{"parliament", "Parliament will hold a debate on Tuesday.", "2025-03-20",
			"2025-03-25", "Parliament", "will hold", "", []string{}},
		{"representing the government at a named day", "Foreign Minister Jane Roe will represent the Government at Anzac Day commemorations in Gallipoli.", "2024-04-19",
			"2024-04-25", "Jane Roe", "will represent", "Gallipoli", []string{}},
		{"any action to come on its day", "Mayor Jane Roe will sign a declaration of disaster emergency on Monday.", "2022-01-29",
			"2022-01-31", "Jane Roe", "will sign", "", []string{}},
		{"any action to come, an adverb between", "Also today, the Harbour Board will formally file a new lawsuit against the ferry company.", "2026-02-02",
			"2026-02-02", "Harbour Board", "will formally file", "", []string{}},
	}
	// no action of its own after "will": a negation, a state, a coincidence;
	// nor a timetable's, at a clock time alone
	for _, body := range []string{
		"The Harbour Channel will also air an encore presentation from 9 p.m. to 11 p.m.",
		"Mayor Jane Roe will not sign the declaration on Monday.",
		"The Harbour Board will remain closed on Monday.",
		"The visit will coincide with the opening of the ferry office on 28 July.",
	} {
		assert.Empty(t, eventsOf(body, "2022-01-29"), body)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, tc.published)
			require.Len(t, evs, 1, "%+v", evs)
			e := evs[0]
			assert.Equal(t, tc.date, e.Date)
			assert.Equal(t, tc.actor, e.Actor)
			assert.Equal(t, tc.action, e.Action)
			assert.Equal(t, tc.place, e.Place)
			assert.Equal(t, tc.participants, e.Participants)
		})
	}
}

func TestFindEventsSubordinateAction(t *testing.T) {
	tests := []struct {
		name, body, published      string
		date, actor, action, place string
	}{
		{"un summit hosted by a body", "The Secretary-General welcomes the summit hosted by the African Union in Addis Ababa on 17 February and its call for a ceasefire.", "2024-02-19",
			"2024-02-17", "African Union", "hosted", "Addis Ababa"},
		{"eu agreement signed by a government", "The European Union welcomes the agreement signed by the Government of Colombia and the ELN in Havana on 9 June.", "2024-06-10",
			"2024-06-09", "Government of Colombia", "signed", "Havana"},
		{"talks convened by a named president", "The Secretary warmly welcomes the talks convened by President William Ruto in Nairobi on Monday.", "2024-03-13",
			"2024-03-11", "William Ruto", "convened", "Nairobi"},
		{"eu past tense main verb", "The European Union welcomed the ceasefire agreement signed by the Government of Sudan and the RSF in Jeddah on 20 May.", "2023-05-22",
			"2023-05-20", "Government of Sudan", "signed", "Jeddah"},
		{"un past tense, an office for agent", "The Secretary-General welcomed the talks convened by the President of Kenya, William Ruto, in Nairobi on Monday.", "2024-03-13",
			"2024-03-11", "William Ruto", "convened", "Nairobi"},
		{"attending a summit keeps the day", "Secretary General Mark Rutte attended the summit hosted by President Alexander Stubb in Helsinki on Tuesday.", "2025-01-15",
			"2025-01-14", "Mark Rutte", "attended", "Helsinki"},
		{"coordinated action keeps its day", "Mr Rutte arrived in Kyiv and met President Volodymyr Zelenskyy on Friday.", "2024-03-13",
			"2024-03-08", "Rutte", "arrived", "Kyiv"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, tc.published)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tc.date, evs[0].Date)
			assert.Equal(t, tc.actor, evs[0].Actor)
			assert.Equal(t, tc.action, evs[0].Action)
			assert.Equal(t, tc.place, evs[0].Place)
		})
	}
}

// "Be on a visit" is a visit: in the past, or to come on its own day.
func TestFindEventsOnAVisit(t *testing.T) {
	tests := []struct{ body, date, actor, action string }{
		{"The Minister was on a working visit to Riga on Monday.", "2025-09-15", "Minister", "was on a working visit"},
		{"Mr. John Roe, the Foreign Secretary, will be on an official visit to Bhutan from 18-19 January 2026.", "2026-01-18", "John Roe", "will be on an official visit"},
		{"Ambassador Jane Roe will be on a three-day mission to Fiji from January 17 to 19, 2026.", "2026-01-17", "Jane Roe", "will be on a three-day mission"},
		// a stay with its purpose: "is in Athens to participate"
		{"Today, Commissioner Jane Roe is in Athens to participate in the Council of the Energy Community.", "2025-09-19", "Jane Roe", "is"},
		{"On Monday the Minister was in Geneva for talks with the agency.", "2025-09-15", "Minister", "was"},
		{"Minister Jane Roe was in Zenda for a working visit from 8 to 11 September 2025 to strengthen ties.", "2025-09-08", "Jane Roe", "was"},
		// a meeting to come: "will have talks"
		{"On Monday, Minister Jane Roe will have an introductory meeting with the Minister of Justice.", "2025-09-22", "Jane Roe", "will have"},
	}
	for _, tc := range tests {
		evs := eventsOf(tc.body, "2025-09-19")
		require.Len(t, evs, 1, "%s: %+v", tc.body, evs)
		assert.Equal(t, tc.date, evs[0].Date, tc.body)
		assert.Equal(t, tc.actor, evs[0].Actor, tc.body)
		assert.Equal(t, tc.action, evs[0].Action, tc.body)
	}
	assert.Empty(t, eventsOf("The exhibition was on a visit schedule for schools.", "2025-09-19"))
	assert.Empty(t, eventsOf("The Minister will have lunch on Monday.", "2025-09-19"))
	assert.Empty(t, eventsOf("The old harbour statue of the city is in Athens to this day, a symbol of the city and of its long history at sea.\n\nIt stands in the museum.", "2025-09-19"))
}

// Departures and taking office are actions of a day: "left for", "departed",
// "departs", "assumed command"; "from left to right" in a caption is a side,
// not a departure.
func TestFindEventsDeparturesAndCommand(t *testing.T) {
	for _, c := range []struct{ body, action string }{
		{"The Ruritanian Navy assumed command of the task force during a ceremony Aug. 21 at the naval base.", "assumed"},
		{"President Ana Costa left the capital this afternoon for Lisbon, her first visit abroad since taking office.", "left"},
		{"The Minister departed for Oslo on Monday, June 9, for talks on fisheries.", "departed"},
		// a journey in the present, on its day: the programme of a visit
		{"Minister Ana Costa departs for Oslo on Monday, June 9, and returns on Friday.", "departs"},
		// a treaty entered into, goods moved
		{"The Tribe entered into the Treaty of Kantor with Ruritania on January 25, 1856.", "entered"},
		{"Acme Freight transported the turbines to Kantor on Monday, June 9.", "transported"},
	} {
		evs := eventsOf(c.body, "2025-06-10")
		if assert.Len(t, evs, 1, c.body) {
			assert.Equal(t, c.action, evs[0].Action, c.body)
		}
	}
	assert.Empty(t, eventsOf("Pictured from left to right on Monday, June 9: the Ambassador of Ruritania and the Mayor.", "2025-06-10"))
}

// An occasion that took place on its day is an event with no actor; one
// that took place in a relative clause is not the sentence's.
func TestFindEventsTookPlace(t *testing.T) {
	evs := eventsOf("The signing of the agreement took place on 4 July 2022 at the harbour office in Portvale.\n\nBoth sides welcomed it.", "2022-07-05")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2022-07-04", evs[0].Date)
	assert.Equal(t, "", evs[0].Actor)
	assert.Empty(t, eventsOf("The likeliest reason for the delay is the vote that took place on 4 July 2022 in the north.\n\nNothing else.", "2022-07-05"))
}

// Actions of law enforcement and of elections on a day the sentence gives
// are events ("arrested … on Sunday", "resigned … on Wednesday");
// without a day of their own they are not.
func TestFindEventsOnTheirDay(t *testing.T) {
	for _, tc := range []struct{ body, date string }{
		{"The FBI arrested John Doe on Sunday, August 4, 2019, at a hotel in Portvale.\n\nHe appears in court today.", "2019-08-04"},
		{"On Wednesday, January 6, 2021, Governor Jane Roe resigned her office after a vote of the state assembly.\n\nThe session began.", "2021-01-06"},
	} {
		evs := eventsOf(tc.body, "2019-08-06")
		require.Len(t, evs, 1, "%q: %+v", tc.body, evs)
		assert.Equal(t, tc.date, evs[0].Date)
	}
	assert.Empty(t, eventsOf("Federal agents have arrested many people in the past.\n\nMore will follow.", "2019-08-06"))
}

// A reporting verb after what was said, its speaker after it, makes the
// statement the event: on the day its clause gives, or in a lead on the
// page's day; a day after the verb is no speaker.
func TestFindEventsInvertedStatement(t *testing.T) {
	lead := "The agency will continue its assistance to the country without interruption, stated Mr. Hara Shohei, Senior Vice President of the agency."
	evs := eventsOf(lead+"\n\nThe agency approved the plan, said Minister Anna Berg on Monday.\n\nThe plan works, Anna Berg, the minister, said Tuesday at the conference.", "2025-01-07")
	var got []string
	for _, e := range evs {
		got = append(got, e.Date+" "+e.Actor+" "+e.Action)
		assert.NotEqual(t, "Tuesday", e.Actor)
	}
	if len(got) < 2 {
		t.Fatalf("events: %q", got)
	}
	assert.Equal(t, []string{"2025-01-07 Hara Shohei stated", "2025-01-06 Anna Berg said"}, got[:2])
}

// An occasion held on its day in the passive is an event with no actor,
// in the past or to come ("was held", "will be held", "is to be held",
// "will take place"); a relative clause's or a reduced one's is not.
func TestFindEventsHeldOccasion(t *testing.T) {
	for _, tc := range []struct{ body, date, action string }{
		{"The summit was held on 12 February 2024 in Riga.\n\nIt ended late.", "2024-02-12", "was held"},
		{"The next meeting of the board will be held on 14 March 2024.\n\nNothing else.", "2024-03-14", "will be held"},
		{"The next meeting of the board is to be held on 14 March 2024.\n\nNothing else.", "2024-03-14", "is to be held"},
		{"The ceremony will take place on 14 March 2024 at the harbour.\n\nNothing else.", "2024-03-14", "will take place"},
	} {
		evs := eventsOf(tc.body, "2024-02-16")
		require.Len(t, evs, 1, "%q: %+v", tc.body, evs)
		assert.Equal(t, tc.date, evs[0].Date)
		assert.Equal(t, tc.action, evs[0].Action)
	}
	for _, body := range []string{
		"Delegates recalled the vote, which was held on 12 February 2024 in Riga.\n\nNothing else.",
		"The election held on 9 March 2024 in the north was inconclusive.\n\nNothing else.",
		"The challenges needing to be held on 9 March 2024 are many.\n\nNothing else.",
	} {
		assert.Empty(t, eventsOf(body, "2024-02-16"), body)
	}
}

// A court or a committee that will hear a case or a witness on its day
// holds a sitting: "We will hear argument this morning", "The committee
// will hear evidence from the Minister on Tuesday".
func TestFindEventsWillHear(t *testing.T) {
	evs := eventsOf("The committee will hear evidence from the Minister for Ports on Tuesday.\n\nNothing else.", "2024-02-16")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2024-02-20", evs[0].Date)
	assert.Equal(t, "will hear", evs[0].Action)
}

// "occurred" is an occasion's verb, as "took place" is: an event with no
// actor on the day, month or year its sentence gives; not in a relative
// clause.
func TestFindEventsOccurred(t *testing.T) {
	lead := "The Harbour Board's annual report is out today.\n\n"
	evs := eventsOf(lead+"That briefing occurred in November 2013, before the report was drafted.\n", "2015-02-19")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2013-11", evs[0].Date)
	assert.Equal(t, "occurred", evs[0].Action)
	for _, body := range []string{
		"I refer to what occurred at the meeting on Monday, 16 February.",
		"The death of the harbour master, which sad event occurred on Monday, 16 February, moved us all.",
	} {
		evs := eventsOf(lead+body+"\n", "2015-02-19")
		assert.Empty(t, evs, "%q", body)
	}
}

// "conducted" and "submitted" are an institution's actions, and "had the
// honor of welcoming" a meeting, its verb group from "had".
func TestFindEventsConductedSubmittedHonor(t *testing.T) {
	for _, c := range []struct{ body, date, actor, action string }{
		{"The Department of Water Resources (DWR) today conducted the first snow survey of the season at the old station.\n\nMore.", "2023-01-03", "Department of Water Resources", "conducted"},
		{"As directed by the 2018 law, the Harbour Board today submitted its first report on the water supply to the Council.\n\nMore.", "2023-01-03", "Harbour Board", "submitted"},
		{"The Harbour Board had the honor of welcoming Jane Roe, Director of the Census Office, to our headquarters on January 2.\n\nMore.", "2023-01-02", "Harbour Board", "had the honor of welcoming"},
	} {
		evs := eventsOf(c.body, "2023-01-03")
		require.Len(t, evs, 1, "%q: %+v", c.body, evs)
		assert.Equal(t, c.date, evs[0].Date)
		assert.Equal(t, c.actor, evs[0].Actor)
		assert.Equal(t, c.action, evs[0].Action)
	}
}

// TestFindEventsAnyPastAction: a past form of a verb the lists do not hold
// is the action of a sentence with its own day, month or year, when no
// listed verb stands in it; not an adjective ("the proposed plan",
// "distinguished officials"), a state or a perfect ("is committed", "has
// played"), a document's date ("dated March 19") or a reduced clause after
// the sentence's own verb ("…, planned for October 17").
func TestFindEventsAnyPastAction(t *testing.T) {
	page := "The Agency reviewed the rules today.\n\n"
	for _, c := range []struct{ body, date, actor string }{
		{"In 2024, the Consumer Product Safety Office (CPSO) found more than 6,900 listings.", "2024", "Consumer Product Safety Office"},
		{"On January 28, the Office of Personnel Management (OPM) sent an email to employees.", "2024-01-28", "Office of Personnel Management"},
		{"The Census Bureau cancelled the update on February 8, 2024.", "2024-02-08", "Census Bureau"},
	} {
		got := eventsOfSentence(page, c.body, "2024-04-18")
		if len(got) != 1 || got[0].Date != c.date || got[0].Actor != c.actor {
			t.Errorf("%q: %+v, want one event of %s on %s", c.body, got, c.actor, c.date)
		}
	}
	for _, body := range []string{
		"On March 3, the Census Bureau is committed to the plan.",
		"Since 1 January, the Census Bureau has played an active role.",
		"A letter dated March 19, 2024 is on the site of the Census Bureau.",
		"The visit has helped the Census Bureau to prepare the meeting, planned for October 17.",
		"On March 3, the Census Bureau and other distinguished agencies met the press.",
		"On March 3, the donors who gave to the Census Bureau were thanked.",
		"On March 3, the Census Bureau and internationally respected trainers spoke.",
		"In February this year, the Commission committed to the plan.",
		"In February this year, the Commission backed Ukraine’s accelerated membership.",
	} {
		for _, e := range eventsOf(page+body, "2024-04-18") {
			if strings.HasPrefix(e.Sentence, body[:12]) && e.Action != "met" && e.Action != "spoke" && e.Action != "backed" {
				t.Errorf("%q: %+v", body, e)
			}
		}
	}
}

// TestFindEventsAppointments: naming and designating to an office are
// acts: an event in a lead dated by the page, or on the day the sentence
// gives.
func TestFindEventsAppointments(t *testing.T) {
	evs := eventsOf("The Harbour Council has named Dr. Jane Mary Roe as the new Executive Director of the port authority.\n\nShe starts in May.", "2020-12-08")
	if len(evs) != 1 || evs[0].Date != "2020-12-08" || evs[0].Action != "named" {
		t.Errorf("lead: %+v", evs)
	}
	evs = eventsOf("The Council met today.\n\nThe President designated Jane Roe as Council Chair on April 5.", "2024-04-09")
	found := false
	for _, e := range evs {
		found = found || e.Date == "2024-04-05" && e.Action == "designated"
	}
	if !found {
		t.Errorf("designated: %+v", evs)
	}
}

// An adverb between the auxiliary and "held" leaves the occasion one:
// "The ceremony was solemnly held … on 11 May 2019".
func TestFindEventsOccasionWithAdverb(t *testing.T) {
	evs := eventsOf("The official welcoming ceremony was solemnly held at the Presidential Palace on 11 May 2019.", "2019-05-11")
	require.Len(t, evs, 1)
	assert.Equal(t, "2019-05-11", evs[0].Date)
}

// TestFindEventsPastBeforeTo: a past form before "to" is an action on the
// sentence's day when it decides ("resolved to refuse … in July 2019") or
// goes or refers somewhere ("were referred to the Authority in April"),
// not when "to" makes it a state ("was committed to the plan") or the day
// is an infinitive's ("planned to leave on Thursday"); and "used", four
// letters, is a past form.
func TestFindEventsPastBeforeTo(t *testing.T) {
	tests := []struct{ body, date, action string }{
		{"The council opposed the scheme. The committee resolved to refuse the application in July 2019.", "2019-07", "resolved"},
		{"The council opposed the scheme. The applications were referred to the Harbour Authority on 3 March 2020.", "2020-03-03", "referred"},
		{"The council opposed the scheme. On 29 July 2020 the Mayor used his powers to take over the application.", "2020-07-29", "used"},
	}
	for _, tc := range tests {
		evs := eventsOf(tc.body, "2021-01-19")
		require.Len(t, evs, 1, "%s: %+v", tc.body, evs)
		assert.Equal(t, tc.date, evs[0].Date, tc.body)
		assert.Equal(t, tc.action, evs[0].Action, tc.body)
	}
	for _, body := range []string{
		"The council opposed the scheme. The Minister was committed to the plan in April 2020.",
		"The council opposed the scheme. The team planned to leave the harbour on Thursday.",
	} {
		assert.Empty(t, eventsOf(body, "2021-01-19"), body)
	}
}

// TestFindEventsFutureProgressiveMonth: an arrangement in the future's
// progressive is an event of the month the sentence names ("will be
// leaving the council from March", "will be stepping down this month"); a
// plan's simple future with a month is none ("will review the measures in
// March").
func TestFindEventsFutureProgressiveMonth(t *testing.T) {
	tests := []struct{ body, date, action string }{
		{"The council thanked her. Jane Roe will be leaving Harbour Council from March.", "2021-03", "will be leaving"},
		{"The council thanked her. Director Jane Roe will be stepping down this month.", "2021-01", "will be stepping"},
	}
	for _, tc := range tests {
		evs := eventsOf(tc.body, "2021-01-19")
		require.Len(t, evs, 1, "%s: %+v", tc.body, evs)
		assert.Equal(t, tc.date, evs[0].Date, tc.body)
		assert.Equal(t, tc.action, evs[0].Action, tc.body)
	}
	assert.Empty(t, eventsOf("The council thanked her. Ministers will review the measures at the council in March.", "2021-01-19"))
}

// TestFindEventsRelativeClauseVerb: after the main clause's past action,
// a listed verb right after "which", "who" or "that" is the relative
// clause's, not the sentence's action.
func TestFindEventsRelativeClauseVerb(t *testing.T) {
	evs := eventsOf("The council opposed the plan. Harbourland deplored Friday the bomb blasts which killed scores of people.", "1998-08-08")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "deplored", evs[0].Action)
	assert.Equal(t, "1998-08-07", evs[0].Date)
	evs = eventsOf("The council opposed the plan. Jane Roe said the campaign in Nevada was a good one that led to her victory in the caucuses Saturday.", "1998-08-08")
	for _, e := range evs {
		assert.NotEqual(t, "led", e.Action, "%+v", e)
	}
}

// A meeting co-hosted is a meeting; a word in brackets is no predicate (a
// listing's note "(issued September 9, 2009)", a photograph's "(left)").
func TestFindEventsCoHostedAndBracketNotes(t *testing.T) {
	evs := eventsOf("The Commission and the Institute, a body dedicated to building democratic societies, co-hosted a conference on Friday, March 30, 2007.\n\nMany came.", "2007-04-02")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "co-hosted", evs[0].Action)
	assert.Empty(t, eventsOf("Releases\n\nCommission Takes Final Action on Six Cases (issued September 9, 2009)\n\nMore will follow.", "2009-09-11"))
	evs = eventsOf("John Roe (left) shot and killed Jim Doe (right) in February 2012.\n\nHe was tried.", "2016-05-12")
	for _, e := range evs {
		assert.NotEqual(t, "left", e.Action)
	}
}

// A hearing's record closes with its adjournment: "Whereupon" opens the
// phrase before the subject, and a committee "was adjourned" is one that
// adjourned; a person arrested is no actor.
func TestFindEventsAdjournment(t *testing.T) {
	evs := eventsOf("The Committee met at 10 a.m. on the nomination.\n\n[Whereupon, at 10:05 a.m., the Committee was adjourned.]", "2001-10-11")
	var got []string
	for _, e := range evs {
		got = append(got, e.Date+" "+e.Action+" "+e.Actor)
	}
	assert.Contains(t, got, "2001-10-11 adjourned the Committee")
	evs = eventsOf("Jane Roe was arrested at 10:05 a.m. on Monday, June 4, 2001.\n\nShe appears in court.", "2001-06-05")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "", evs[0].Actor)
}
