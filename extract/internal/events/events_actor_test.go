// This file tests who acts in an event: the subject read as the actor
// (officials, people, bodies, groups and subjects that name no one), and
// the words around a subject that are no part of it.

package events

import (
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindEventsSubjects(t *testing.T) {
	tests := []struct{ name, body, actor string }{
		{"clause before the reporting verb", "A New York man pleaded guilty Monday to threatening to kill Representative Ilhan Omar, prosecutors said.", ""},
		{"relative clause in the subject", "On Friday, Secretary General Mark Rutte, who arrived in Kyiv, met President Volodymyr Zelenskyy.", "Mark Rutte"},
		{"organisation is no person", "On Monday, Berrien County Health Department officials said the victim was ill.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, "2019-11-19")
			if tc.actor == "" {
				for _, e := range evs {
					assert.NotEqual(t, "Ilhan Omar", e.Actor)
					assert.NotEqual(t, "Department", e.Actor)
				}
				return
			}
			require.NotEmpty(t, evs)
			assert.Equal(t, tc.actor, evs[0].Actor)
		})
	}
}

// A subject that names no one acts on its day whatever marks its name
// holds ("the Bill & Melinda Gates Foundation") and whatever its words are
// elsewhere ("Armed" of "Armed Forces Flag Day" is no verb).
func TestFindEventsNounSubjectsWithNames(t *testing.T) {
	lead := "The Harbour Ministry today received 500 pumps from the River Council.\n\n"
	for _, c := range []struct{ body, actor string }{
		{"A delegation from the Roe & Doe Ferry Foundation visited a school in the Harbour on Saturday.", "A delegation from the Roe & Doe Ferry Foundation"},
		{"Armed Forces Ferry Day was observed at the Old Hall today.", ""},
	} {
		evs := eventsOf(lead+c.body+"\n", "2016-09-17")
		require.Len(t, evs, 2, "%q: %+v", c.body, evs)
		assert.Equal(t, "2016-09-17", evs[1].Date, c.body)
		assert.Equal(t, c.actor, evs[1].Actor, c.body)
	}
}

func TestFindEventsUnnamedOffice(t *testing.T) {
	evs := eventsOf("The President of Russia had a telephone conversation with the Prime Minister of India.\nThey discussed trade.", "2024-03-15")
	require.Len(t, evs, 1)
	assert.Equal(t, "President of Russia", evs[0].Actor)
	assert.Equal(t, "2024-03-15", evs[0].Date)
	assert.Equal(t, "had a telephone conversation", evs[0].Action)
	evs = eventsOf("The European Commission has today adopted a proposal on defence.", "2024-03-15")
	require.Len(t, evs, 1)
	assert.Equal(t, "European Commission", evs[0].Actor)
}

func TestFindEventsPrefersOfficials(t *testing.T) {
	body := "On Friday (4 April 2025), Mr Rutte met Foreign Minister Sybiha in Brussels."
	r, s := strings.Index(body, "Mr Rutte"), strings.Index(body, "Sybiha")
	officials := []entities.Official{
		{Name: "Mark Rutte", Title: "Secretary General", Mentions: []entities.Span{{Start: r, End: r + 8}}},
		{Name: "Andrii Sybiha", Title: "Foreign Minister", Mentions: []entities.Span{{Start: s, End: s + 6}}},
	}
	evs := eventsOf(body, "", officials...)
	require.Len(t, evs, 1)
	assert.Equal(t, "Mark Rutte", evs[0].Actor)
	assert.Equal(t, []string{"Andrii Sybiha"}, evs[0].Participants)
	assert.Equal(t, "Brussels", evs[0].Place)
}

func TestFindEventsPronounFollowsActor(t *testing.T) {
	evs := eventsOf("On Tuesday, Chancellor Olaf Scholz arrived in Paris. On Wednesday, he met President Emmanuel Macron at the Élysée.", "2024-05-09")
	require.Len(t, evs, 2)
	assert.Equal(t, "Olaf Scholz", evs[1].Actor)
	assert.Equal(t, "2024-05-08", evs[1].Date)
	assert.Equal(t, []string{"Emmanuel Macron"}, evs[1].Participants)
}

// TestEventsOfPeopleWithoutOffice: a named person with no office acts,
// a clock time with its zone and day stays in the sentence, and the
// people "along with" the subject go with it.
func TestEventsOfPeopleWithoutOffice(t *testing.T) {
	body := "Astronaut Jane Roe safely launched at 8:36 a.m. EDT Saturday from the spaceport in Kazakhstan.\n\n" +
		"Roe, along with her crewmate John Doe, will dock to the station on Monday, March 25."
	people := []entities.Person{
		{Name: "Jane Roe", Mentions: []entities.Span{{Start: 10, End: 18}, {Start: 96, End: 99}}},
		{Name: "John Doe", Mentions: []entities.Span{{Start: 125, End: 133}}},
	}
	p := dates.New(dates.Options{Anchored: true})
	ref, _ := time.Parse(time.DateOnly, "2024-03-23")
	evs := Find(body, p.Find(body, ref), nil, people, ref, nil)
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "2024-03-23", evs[0].Date)
	assert.Equal(t, "Jane Roe", evs[0].Actor)
	assert.Equal(t, "Kazakhstan", evs[0].Place)
	assert.Equal(t, "2024-03-25", evs[1].Date)
	assert.Equal(t, "Jane Roe", evs[1].Actor)
	assert.Equal(t, []string{"John Doe"}, evs[1].Participants)
}

// TestEventsOfInstitutionsAndStatements: an institution acts on its day,
// "the following statement" is no clause that keeps the day from the
// verb, and a day to be spent somewhere is an event to come.
func TestEventsOfInstitutionsAndStatements(t *testing.T) {
	for _, c := range []struct{ name, body, date, actor string }{
		{"institution", "On Tuesday, April 16, the Space Agency welcomed Norway as the 40th country to sign the accords.", "2024-04-16", "Space Agency"},
		{"the following", "Senator Jane Roe delivered the following statement today on the Senate floor about her trip.", "2024-04-18", "Jane Roe"},
		{"a day to spend", "Senator Jane Roe will spend Friday, April 19, in Sussex County.", "2024-04-19", "Jane Roe"},
	} {
		var offs []entities.Official
		if k := strings.Index(c.body, "Jane Roe"); k >= 0 {
			offs = append(offs, entities.Official{Name: "Jane Roe", Title: "Senator", Mentions: []entities.Span{{Start: k, End: k + 8}}})
		}
		evs := eventsOf(c.body, "2024-04-18", offs...)
		if len(evs) != 1 || evs[0].Date != c.date || evs[0].Actor != c.actor {
			t.Errorf("%s: %+v, want one event of %s on %s", c.name, evs, c.actor, c.date)
		}
	}
	// a subject that is no name gives no actor
	if evs := eventsOf("On Tuesday, several of them welcomed the plan.", "2024-04-18"); len(evs) != 0 {
		t.Errorf("no name: %+v", evs)
	}
}

// A rank written with dots ("Maj. Gen.", "Supt.") ends no sentence: the
// event's sentence is the whole lead, its actor the officer.
func TestFindEventsRankAbbreviation(t *testing.T) {
	body := "Ruritania's Defence Attaché in Lisbon, Maj. Gen. Oskar Weller, met with President Ana Costa today at the Palace of Belém."
	w := strings.Index(body, "Oskar Weller")
	weller := entities.Official{Name: "Oskar Weller", Title: "Defence Attaché", Mentions: []entities.Span{{Start: w, End: w + 12}}}
	evs := eventsOf(body, "2025-02-11", weller)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2025-02-11", evs[0].Date)
	assert.Equal(t, "Oskar Weller", evs[0].Actor)
	assert.True(t, strings.HasPrefix(evs[0].Sentence, "Ruritania's Defence Attaché"), evs[0].Sentence)
	body = "Chief Supt. Jane Orr met the mayor of Kantor on Monday, June 9."
	o := strings.Index(body, "Jane Orr")
	orr := entities.Official{Name: "Jane Orr", Title: "Chief Superintendent", Mentions: []entities.Span{{Start: o, End: o + 8}}}
	evs = eventsOf(body, "2025-06-10", orr)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, body, evs[0].Sentence)
}

// The day a lead gives in brackets after "today" closes no part of its
// subject: "The Government today (January 2) held" is the Government's.
func TestFindEventsSubjectBeforeBracketedDay(t *testing.T) {
	body := "The Government today (January 2) held an inter-departmental meeting on the outbreak. Officials attended."
	evs := eventsOf(body, "2020-01-02")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Government", evs[0].Actor)
	assert.Equal(t, "2020-01-02", evs[0].Date)
}

// "the Office" acting is the body the page named with that noun before.
func TestFindEventsBodyAntecedent(t *testing.T) {
	body := "The Office of The Ombudsman has a booth at the Expo. Moreover, the Office will hold a seminar at the Forum on January 24."
	evs := eventsOf(body, "2026-01-22")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Office of The Ombudsman", evs[0].Actor)
	assert.Equal(t, "2026-01-24", evs[0].Date)
}

// Two bodies that act together, each with its short name in quotation
// marks, one of two words: the first body acts.
func TestFindEventsTwoBodiesShortNames(t *testing.T) {
	body := "1. The Ruritanian Ministry of Law (“RML”) and the Court of Arbitration of the Chamber of Commerce (“Chamber Court”) announced today that the Chamber Court will open an office in Zenda."
	evs := eventsOf(body, "2017-06-28")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2017-06-28", evs[0].Date)
	assert.Equal(t, "Ruritanian Ministry of Law", evs[0].Actor)
}

// Two people acting together in a lead with no date of its own met to do
// so: the lead is an event of the page's day, its actor the first named.
func TestFindEventsTwoTogether(t *testing.T) {
	body := "Mr Holm and Minister Costa praised the close relations between their countries. Trade has doubled since 2015."
	c := strings.Index(body, "Costa")
	costa := entities.Official{Name: "Costa", Title: "Minister", Mentions: []entities.Span{{Start: c, End: c + 5}}}
	evs := eventsOf(body, "2025-03-04", costa)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Holm", evs[0].Actor)
	assert.Equal(t, "praised", evs[0].Action)
	assert.Equal(t, "2025-03-04", evs[0].Date)
	// one person's statement in an undated lead is no event
	assert.Empty(t, eventsOf("Minister Costa praised the close relations between the two countries.", "2025-03-04", costa))
}

// A named occasion with its year ("Exercise Sea Shield 2024 began ...")
// acts on its day.
func TestFindEventsOccasionWithYear(t *testing.T) {
	evs := eventsOf("Exercise Sea Shield 2024 began Sept. 2, 2024, at the naval base in Constanța.", "")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Exercise Sea Shield", evs[0].Actor)
	assert.Equal(t, "2024-09-02", evs[0].Date)
}

// An official the entities stage knows by one full mention, and the
// people stage by every mention, is the actor of a sentence that names
// him by surname alone.
func TestFindEventsOfficialNamedAsPerson(t *testing.T) {
	body := "Gov. Jane Roe opened the campaign in Riverton.\n\n\"It is working,\" Roe told reporters on Monday afternoon.\n"
	full := strings.Index(body, "Jane Roe")
	sur := strings.Index(body, "Roe told")
	off := entities.Official{Name: "Jane Roe", Title: "Governor", Mentions: []entities.Span{{Start: full, End: full + 8}}}
	person := entities.Person{Name: "Jane Roe", Mentions: []entities.Span{{Start: full, End: full + 8}, {Start: sur, End: sur + 3}}}
	ref, _ := time.Parse(time.DateOnly, "2019-11-19")
	evs := Find(body, dates.New(dates.Options{Anchored: true}).Find(body, ref), []entities.Official{off}, []entities.Person{person}, ref, nil)
	require.NotEmpty(t, evs)
	last := evs[len(evs)-1]
	assert.Equal(t, "2019-11-18", last.Date)
	assert.Equal(t, "Jane Roe", last.Actor)
}

// TestFindOfficialMentionsFromPeople: the mentions a person adds to an
// official of the same name are searched in body order, wherever the
// official's own come ("Jane Roe" named as official only in a quotation's
// attribution at the end, "Roe" acting earlier).
func TestFindOfficialMentionsFromPeople(t *testing.T) {
	body := "The Council announces Jane Roe as its Chair.\n\nRoe was appointed to the Council by the President on November 17, 2022.\n\n\"I am honored,\" said Chair Jane Roe."
	first := strings.Index(body, "Jane Roe")
	roe := strings.Index(body, "Roe was")
	last := strings.LastIndex(body, "Jane Roe")
	offs := []entities.Official{{Name: "Jane Roe", Title: "Chair", Mentions: []entities.Span{{Start: first, End: first + 8}, {Start: last, End: last + 8}}}}
	people := []entities.Person{{Name: "Jane Roe", Mentions: []entities.Span{{Start: first, End: first + 8}, {Start: roe, End: roe + 3}, {Start: last, End: last + 8}}}}
	p := dates.New(dates.Options{Anchored: true})
	ref := time.Date(2024, 4, 9, 0, 0, 0, 0, time.UTC)
	evs := Find(body, p.Find(body, ref), offs, people, ref, nil)
	found := false
	for _, e := range evs {
		if e.Date == "2022-11-17" && e.Actor == "Jane Roe" {
			found = true
		}
	}
	if !found {
		t.Errorf("%+v", evs)
	}
}

// TestFindEventsGroupOfOfficials: officials, lawmakers or prosecutors of a
// named body act as a group ("Census officials released …", "Cook County
// prosecutors charged …").
func TestFindEventsGroupOfOfficials(t *testing.T) {
	page := "The Agency reviewed the rules today.\n\n"
	for _, c := range []struct{ body, actor string }{
		{"In 2023, Census officials released a proposed plan to change the questions.", "Census officials"},
		{"On Nov. 24, Cook County prosecutors charged the officer with murder.", "Cook County prosecutors"},
	} {
		found := false
		for _, e := range eventsOf(page+c.body, "2024-04-18") {
			found = found || e.Actor == c.actor
		}
		if !found {
			t.Errorf("%q: no event of %s", c.body, c.actor)
		}
	}
}

// TestFindEventsUnnamedSubject: a past action on the sentence's own day is
// an event when its subject names no one; the subject acts unless the verb
// is passive or the subject is an opening phrase. A pronoun, a possessive,
// a connective or a clause is no such subject, nor is a participle before
// a form of "be".
func TestFindEventsUnnamedSubject(t *testing.T) {
	page := "The Agency reviewed the rules today.\n\n"
	for _, c := range []struct{ body, date, actor string }{
		{"Last week, a group of local engineers visited the plant.", "2024-W15", "a group of local engineers"},
		{"This morning an amended version of the complaint was filed in federal court.", "2024-04-18", ""},
		{"Regional suppliers met in late 2022 to discuss prices.", "2022", "Regional suppliers"},
		{"The workshop, held from 4 to 6 March 2024, brought together 40 delegates.", "2024-03-04", "The workshop"},
	} {
		got := eventsOfSentence(page, c.body, "2024-04-18")
		if len(got) != 1 || got[0].Date != c.date || got[0].Actor != c.actor {
			t.Errorf("%q: %+v, want one event of %q on %s", c.body, got, c.actor, c.date)
		}
	}
	for _, body := range []string{
		"Our long run pace looked decent today.",
		"Last year, trade between our countries grew by 8 percent.",
		"And then, on March 17, the old paper arrived.",
		"On Tuesday, several of them welcomed the plan.",
		"The agenda outlined today is an ambitious one.",
		"Did the committee members meet on March 17?",
		"The plant, modern in design and opened on March 17, is the largest.",
		"Employees covered by the agreements will receive an increase from 1 January 2025.",
		"Beginning in April, the monthly cap on redemptions will be lowered to $5 billion.",
		"The records of the meeting of March 10th, 2024 were passed to the clerk.",
		"The rate decided on shall apply as from 1 October 2024.",
	} {
		if got := eventsOfSentence(page, body, "2024-04-18"); len(got) > 0 {
			t.Errorf("%q: %+v", body, got)
		}
	}
}

// TestFindEventsSubjectWithAcronym: a subject that names no one may carry
// its acronym in brackets ("The Harbour Innovation District (HID) was
// formed in July 2015").
func TestFindEventsSubjectWithAcronym(t *testing.T) {
	evs := eventsOf("The council opposed the scheme. The Harbour Innovation District (HID) was formed in July 2015.", "2021-01-19")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2015-07", evs[0].Date)
}

// TestFindEventsGroupAfterOpening: one word in small letters after an
// opening phrase names a group that acts ("On Friday, lawyers filed a
// petition", "police arrested two men").
func TestFindEventsGroupAfterOpening(t *testing.T) {
	for _, tc := range []struct{ body, actor string }{
		{"The talks went on. On Friday, lawyers filed a petition on behalf of the family.", "lawyers"},
		{"The talks went on. On Friday, police arrested two men in the town.", "police"},
	} {
		evs := eventsOf(tc.body, "2016-09-17")
		require.Len(t, evs, 1, "%s: %+v", tc.body, evs)
		assert.Equal(t, "2016-09-16", evs[0].Date)
		assert.Equal(t, tc.actor, evs[0].Actor)
	}
}

// TestFindEventsPassivePronoun: a pronoun undergoing a passive on a day of
// its sentence is an event without an actor ("He was charged Thursday").
func TestFindEventsPassivePronoun(t *testing.T) {
	evs := eventsOf("The talks went on for weeks. He was charged Thursday in state and federal complaints.", "2016-09-17")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2016-09-15", evs[0].Date)
	assert.Equal(t, "", evs[0].Actor)
}

// The country written "US" is no object pronoun, and a dotted
// abbreviation's stops belong to the subject: "The US troops" and "U.S.
// forces" act.
func TestFindEventsUSSubject(t *testing.T) {
	for _, s := range []string{
		"The US troops launched strikes on Thursday.",
		"U.S. forces launched strikes on Thursday.",
		"The U.S. military launched strikes on Thursday.",
	} {
		evs := eventsOf(s, "1998-08-20")
		require.Len(t, evs, 1, s)
		assert.Equal(t, "1998-08-20", evs[0].Date, s)
		assert.Equal(t, "launched", evs[0].Action, s)
		assert.Contains(t, evs[0].Actor, "U", s)
	}
}

// TestFindEventsDayBeforeVerb: a day between the subject and its verb
// ("Jane Roe on Friday signed", "The Minister Friday signed", "Two
// committees on Monday asked") is no part of the actor.
func TestFindEventsDayBeforeVerb(t *testing.T) {
	tests := []struct{ body, actor string }{
		{"Jane Roe on Friday signed the agreement with the port authority.", "Jane Roe"},
		{"The Foreign Minister Friday signed the agreement with the port authority.", "Foreign Minister"},
		{"Two House Committees on Monday asked the department to open an inquiry.", "Two House Committees"},
		{"Scientists on Monday unveiled the first map of the harbour floor.", "Scientists"},
	}
	for _, tc := range tests {
		evs := eventsOf(tc.body, "2025-03-20")
		require.Len(t, evs, 1, "%s: %+v", tc.body, evs)
		assert.Equal(t, tc.actor, evs[0].Actor, tc.body)
	}
}

// A subject that names no one acts on the day set between it and its verb
// ("The city council on Tuesday approved"), a list of countries too; of two
// clauses "and" joins, the one the day belongs to acts; "its will in" is
// no future.
func TestFindEventsDayBetweenAndJoinedClause(t *testing.T) {
	cases := []struct{ body, actor, action, date string }{
		{"The city council on Tuesday approved the budget for next year.", "council", "approved", "1998-08-18"},
		{"Poland, Hungary and the Czech Republic Friday formally joined the alliance.", "Poland, Hungary and the Czech Republic", "joined", "1998-08-14"},
		{"But the talks never materialized and Acme completed the purchase yesterday.", "Acme", "completed", "1998-08-19"},
		{"The Minister Jane Roe on Wednesday accused the company of trying to impose its will in the region.", "", "accused", "1998-08-19"},
	}
	for _, c := range cases {
		evs := eventsOf(c.body, "1998-08-20")
		require.Len(t, evs, 1, c.body)
		if c.actor != "" {
			assert.Contains(t, evs[0].Actor, c.actor, c.body)
		}
		assert.Equal(t, c.action, evs[0].Action, c.body)
		assert.Equal(t, c.date, evs[0].Date, c.body)
	}
}

// A report that closes a sentence with its own day is the sentence's
// event, its subject after the last comma: "…, the company said Friday.";
// not a phrase after the comma ("…, including one released Thursday").
func TestFindEventsClosingReport(t *testing.T) {
	cases := []struct{ body, actor, action, date string }{
		{"The plant will close next year, the company said Friday.", "the company", "said", "2000-01-07"},
		{"The boy must be returned to his father, immigration authorities ruled Wednesday.", "authorities", "ruled", "2000-01-05"},
		{"The harbour will reopen in March, Acme announced on Thursday.", "Acme", "announced", "2000-01-06"},
	}
	for _, c := range cases {
		evs := eventsOf(c.body, "2000-01-07")
		require.Len(t, evs, 1, c.body)
		assert.Contains(t, evs[0].Actor, c.actor, c.body)
		assert.Equal(t, c.action, evs[0].Action, c.body)
		assert.Equal(t, c.date, evs[0].Date, c.body)
	}
	for _, e := range eventsOf("He leads in three recent polls, including one from the university released Thursday.", "2000-01-07") {
		assert.NotContains(t, e.Actor, "including")
	}
}

// A connective and its comma open the sentence before the subject:
// "Indeed, the minister met …", "However, the minister signed …".
func TestFindEventsConnectiveOpener(t *testing.T) {
	lead := "The Harbour Ministry today received 500 pumps from the River Council.\n\n"
	for _, body := range []string{"Indeed, the minister met the mayors on Monday.", "However, the minister signed the accord on Monday."} {
		evs := eventsOf(lead+body+"\n", "2022-01-26")
		if assert.Len(t, evs, 2, "%q: %+v", body, evs) {
			assert.Equal(t, "the minister", evs[1].Actor, body)
		}
	}
}

// A pronoun with its verb contracted is no subject that names no one:
// "That's two shootings stopped last night" reports no event.
func TestFindEventsContractedPronounNoSubject(t *testing.T) {
	assert.Empty(t, eventsOf("That's two shootings stopped last night.", "2016-09-17"))
	assert.Len(t, eventsOf("Two shootings were stopped last night.", "2016-09-17"), 1)
}
