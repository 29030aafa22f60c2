// This file tests the lead of a page: its first sentence read as an event
// of the page's day, after a dateline, a headline or a numbered paragraph,
// with the subject a body, a pair or a plan.

package events

import (
	"strings"
	"testing"

	"github.com/communique/communique/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindEventsLeadsOfBodiesAndPlans: leads whose subject is a pair of
// countries or bodies named with their abbreviations or an abbreviation's
// letters ("The U.S. Department of Commerce"), a title alone, a
// meeting opening the sentence ("During a session of …"), a dateline
// before the lead (its day is the page's, not the sentence's), an
// announced visit ("will make an official visit … from 13 to 15
// December"), a plan with its own day ("is scheduled to visit"), a visit
// under way in the page's week ("this week as X is visiting") and a
// country that became a party on its day.
func TestFindEventsLeadsOfBodiesAndPlans(t *testing.T) {
	roe := entities.Official{Name: "Jane Roe", Title: "First Minister"}
	tests := []struct {
		name, body, published string
		officials             []entities.Official
		date, actor, action   string
	}{
		{"a pair of countries", "Kenya and Ghana signed a Memorandum of Understanding (MOU) to collaborate on trade at a ceremony in Nairobi.\n",
			"2022-12-12", nil, "2022-12-12", "Kenya and Ghana", "signed"},
		{"bodies with abbreviations", "The Ministry of Trade (MOT) and the United States (U.S.) Department of Commerce (DOC) signed an agreement on export controls today.\n",
			"2022-12-12", nil, "2022-12-12", "Ministry of Trade", "signed"},
		{"teamed up", "Kenya's Anti-Corruption Commission (KACC) and the United Nations Office on Drugs and Crime (UNODC) teamed up to run a course for investigators in the region.\n",
			"2018-06-16", nil, "2018-06-16", "Kenya's Anti-Corruption Commission", "teamed up"},
		{"a body named with an abbreviation's letters", "The U.S. Department of Commerce announced today that it will fund the summit of investors.\n",
			"2015-03-04", nil, "2015-03-04", "U.S. Department of Commerce", "announced"},
		{"a body's board, its of-phrases aside", "On 16 February 2024, the Bank of Riverland Board of Directors decided to keep the key rate at 16.00% per annum.\n",
			"", nil, "2024-02-16", "Bank of Riverland Board of Directors", "decided"},
		{"a central bank's decision, in the present", "The Riverland National Bank (RNB) is lowering the three-month target range by 50 basis points with immediate effect.\n",
			"2008-12-11", nil, "2008-12-11", "Riverland National Bank", "is lowering"},
		// (the dateline's day, not the later day the page was posted)
		{"a dateline", "**Nairobi, 9 June 2023** – Kenya and Ghana signed a Memorandum of Understanding (MOU) to collaborate on trade in the coming years.\n",
			"2023-06-10", nil, "2023-06-09", "Kenya and Ghana", "signed"},
		{"an announced visit after a dateline", "**Nairobi, 12 December 2022** – Minister for Transport, Ms Jane Roe, will make an official visit to Japan from 13 to 15 December 2022.\n",
			"2022-12-12", nil, "2022-12-13", "Jane Roe", "will make"},
		{"a plan with its day", "General John Doe has arrived on a visit to Kenya to review training programmes of the army and the navy.\n\nOn 12th June 2025, General John Doe is scheduled to visit Mombasa and meet the Governor.\n",
			"", nil, "2025-06-12", "John Doe", "is scheduled to visit"},
		{"a meeting opening the lead", "During a session of the Joint Committee with the Chief Secretary John Doe, Finance Secretary Jane Roe outlined the challenges facing the budget.\n",
			"2022-02-03", nil, "2022-02-03", "Jane Roe", "outlined"},
		{"a visit under way in the page's week", "Kenya-Ghana trade relations are set to get a boost this week as Minister for Trade, Jane Roe, is visiting Ghana.\n",
			"2025-06-04", nil, "2025-06-04", "Jane Roe", "is visiting"},
		{"became on its day", "During a ceremony at the ministry in Nairobi on Thursday, Ghana became the 12th country to join the compact.\n",
			"2024-02-16", nil, "2024-02-15", "Ghana", "became"},
		{"a title alone", "We met the leaders.\nThe First Minister today wrote to the leaders of the other parties in the assembly.\n",
			"2022-05-20", []entities.Official{roe}, "2022-05-20", "Jane Roe", "wrote"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, tc.published, tc.officials...)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tc.date, evs[0].Date)
			assert.Equal(t, tc.actor, evs[0].Actor)
			assert.Equal(t, tc.action, evs[0].Action)
			assert.Equal(t, tc.body[evs[0].Start:evs[0].End], evs[0].Sentence)
		})
	}
	// the place of the dateline when the sentence names none
	evs := eventsOf("**Nairobi, 9 June 2023** – Kenya and Ghana signed a Memorandum of Understanding (MOU) to collaborate on trade.\n", "2023-06-09")
	require.Len(t, evs, 1)
	assert.Equal(t, "Nairobi", evs[0].Place)
	// of two people joined by "and", the first acts
	wang := "On July 14 2025, Li Wei, Administrator of the National Forestry Administration, and Jane Roe, European Commissioner for Environment, jointly held the 5th meeting of the dialogue in Beijing.\n"
	li := entities.Official{Name: "Li Wei", Mentions: []entities.Span{{Start: strings.Index(wang, "Li Wei"), End: strings.Index(wang, "Li Wei") + 6}}}
	jroe := entities.Official{Name: "Jane Roe", Mentions: []entities.Span{{Start: strings.Index(wang, "Jane Roe"), End: strings.Index(wang, "Jane Roe") + 8}}}
	evs = eventsOf(wang, "2025-07-15", li, jroe)
	require.Len(t, evs, 1)
	assert.Equal(t, "Li Wei", evs[0].Actor)
	pair := "Attorney General Jane Roe and Italian Minister of Justice John Doe today signed an agreement on extradition.\n"
	evs = eventsOf(pair, "2011-04-04",
		entities.Official{Name: "Jane Roe", Mentions: []entities.Span{{Start: strings.Index(pair, "Jane Roe"), End: strings.Index(pair, "Jane Roe") + 8}}},
		entities.Official{Name: "John Doe", Mentions: []entities.Span{{Start: strings.Index(pair, "John Doe"), End: strings.Index(pair, "John Doe") + 8}}})
	require.Len(t, evs, 1)
	assert.Equal(t, "Jane Roe", evs[0].Actor)
	// the place in an opening phrase before the subject
	evs = eventsOf("During a ceremony at the ministry in Nairobi on Thursday, Ghana became the 12th country to join the compact.\n", "2024-02-16")
	require.Len(t, evs, 1)
	assert.Equal(t, "Nairobi", evs[0].Place)
	// the place of a "visit to <Place>"
	evs = eventsOf("Minister Jane Roe will make an official visit to Brunei Darussalam from 13 to 15 December 2022.\n", "2022-12-12")
	require.Len(t, evs, 1)
	assert.Equal(t, "Brunei Darussalam", evs[0].Place)
	evs = eventsOf("General John Doe has arrived on an official visit to India to review the training of cadets in the academies.\n", "2025-06-11")
	require.Len(t, evs, 1)
	assert.Equal(t, "India", evs[0].Place)
	// no event: "made progress" is no visit; a body named without its
	// abbreviation in a long subject is no proper name
	for _, body := range []string{
		"The Minister made progress on the railway programme at the talks that ended in the capital of the country.\n",
		"On Monday, 3 March, the Minister is expected to meet the King at the palace.\n",
	} {
		assert.Empty(t, eventsOf(body, "2025-03-01"), body)
	}
}

// A lead dated by the page whatever comes before or beside its subject: a
// participle's phrase, a dateline with a doubled hyphen, a relative clause
// closed before the verb, and a time that belongs to an intended act
// ("his intent to resign this summer"); "directed" and "secured" are an
// official's acts, "As directed by" is a reduced clause's.
func TestFindEventsLeadAroundSubject(t *testing.T) {
	for _, c := range []struct{ body, actor, action string }{
		{"SACRAMENTO – Taking aggressive action to protect communities, Governor Jane Roe has directed the creation of a new taskforce.\n\nMore.", "Jane Roe", "directed"},
		{"WASHINGTON, DC--Tom Becker, who chairs the independent, bipartisan Harbour Board (HB), has notified the Governor of his intent to resign from the Board this summer.\n\nMore.", "Tom Becker", "notified"},
		{"Attorney General Ann Lee has secured a major victory in the fight against fraud after a jury sentenced Tom Roe.\n\nMore.", "Ann Lee", "secured"},
		// nor a participle's phrase between commas
		{"Officers of the Harbour Commission, backed by armed police, have raided a ferry station suspected of smuggling.\n\nMore.", "Harbour Commission", "raided"},
		// a lead's subject of common nouns around a name: the name acts
		{"The cybercrime unit of the Harbour Police Force arrested a 37-year-old man in an operation spanning four continents.\n\nMore.", "Harbour Police Force", "arrested"},
		// a statement's clause is no action of the lead's
		{"The Ministry of Health has announced that over 6,000 newly recruited nurses have received their salaries.\n\nMore.", "Ministry of Health", "announced"},
		// an adverb in "-ly" before the verb is none of the subject
		{"Harbour National Park recently awarded a $118 million contract to replace the old ferry bridge over the river.\n\nMore.", "Harbour National Park", "awarded"},
	} {
		evs := eventsOf(c.body, "2016-03-29")
		require.Len(t, evs, 1, "%q: %+v", c.body, evs)
		assert.Equal(t, "2016-03-29", evs[0].Date, c.body)
		assert.Equal(t, c.actor, evs[0].Actor, c.body)
		assert.Equal(t, c.action, evs[0].Action, c.body)
	}
	// a relative clause that does not close before the verb keeps the
	// subject a clause: no event of the verb inside it
	assert.Empty(t, eventsOf("Roe's speech, which was never given due to the storm on June 12, is expected to focus on the fees Ann Lee has received in 2012.\n\nMore.", "2016-06-21"))
}

// "are pleased to announce", "I am happy to join you this evening": the
// formula of an announcement or a welcome is the act, now.
func TestFindEventsPleasedTo(t *testing.T) {
	evs := eventsOf("Ruritania and Kantor are pleased to announce the signing of a new Memorandum of Understanding on digital government.\n\nMore.", "2022-07-04")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2022-07-04", evs[0].Date)
	assert.Equal(t, "Ruritania and Kantor", evs[0].Actor)
	assert.Equal(t, "are pleased to announce", evs[0].Action)
	evs = eventsOf("I am happy to join you this evening for our inaugural conference on the future of the harbour.\n\nMore.", "2023-12-04")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2023-12-04", evs[0].Date)
	assert.Equal(t, "am happy to join", evs[0].Action)
}

// A numbered paragraph's lead ("1. As part of …"), a phrase opened by "As
// part of", an abbreviation defined in quotation marks in the subject; a
// year opened by "Throughout".
func TestFindEventsNumberedLead(t *testing.T) {
	body := "MEDIA RELEASE\n\n1. As part of ongoing efforts to safeguard consumers, the Harbour Safety Office (“HSO”) has conducted a market surveillance of three categories of products for children.\n\n2. Throughout 2025, the HSO conducted checks of 22 products."
	evs := eventsOf(body, "2025-11-13")
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "2025-11-13", evs[0].Date)
	assert.Equal(t, "Harbour Safety Office", evs[0].Actor)
	assert.True(t, strings.HasPrefix(evs[0].Sentence, "As part of"), evs[0].Sentence)
	assert.Equal(t, "2025", evs[1].Date)
}

// A lead that reports a decision or a release, with no time of its own, is
// an event on the page's day, after a dateline of a place alone and with
// the body of a country as its actor; a lead of words, of a time of its own
// or opening with a subordinate clause is not.
func TestFindEventsLeadActs(t *testing.T) {
	for _, tc := range []struct {
		body, actor, action string
	}{
		{"Portvale— Freedonia\u2019s Ministry of Health has confirmed an outbreak of measles in the northern region, the first in ten years.\n\nTests continue.", "Ministry of Health", "confirmed"},
		{"**NORTH QUAY \u2014** The Harbour Council has officially declared the end of the ferry strike after talks lasting for 42 days.\n\nFerries run again.", "Harbour Council", "declared"},
		{"The Council of Ministers adopted a new plan for rural schools, with funds for teachers and buses in every district.\n\nThe plan runs to 2030.", "Council of Ministers", "adopted"},
		{"The Harbour Council appointed a new chief executive of the port authority, a former captain of the ferry fleet.\n\nShe starts in May.", "Harbour Council", "appointed"},
		{"The Central Bank of Freedonia today reduced its target for the overnight rate to 4%, with the deposit rate at 3.75%.\n\nInflation is easing.", "Central Bank of Freedonia", "reduced"},
		{"The Harbour Council lifted the ban on night ferries after a review of the safety of the northern quays.\n\nFerries run again.", "Harbour Council", "lifted"},
		{"The Harbour Council is investing $50 million in new ferries for the northern quays.\n\nThe first sails in May.", "Harbour Council", "is investing"},
		{"The Harbour Council is partnering with the Port Authority to offer a free ferry pass to every pupil of the northern quays.\n\nThe pass is free.", "Harbour Council", "is partnering"},
		// the perfect of any verb, the subject's name with "of the"
		{"The Government of the Harbour Islands has identified three priorities for new waste programmes on the northern quays.\n\nThe first is oil.", "Government of the Harbour Islands", "identified"},
		{"The Harbour Council has taken another step in its plan to renew the ferry fleet of the northern quays.\n\nThe first sails in May.", "Harbour Council", "taken"},
		// a possessive with the typographic apostrophe, the name's own and
		// in its bracketed abbreviation
		{"Acme\u2019s Ratings (Acme\u2019s) has reaffirmed Freedonia\u2019s sovereign credit ratings at \u201cA3\u201d with a \u201cStable\u201d outlook.\n\nThe outlook is stable.", "Acme\u2019s Ratings", "reaffirmed"},
		// a passive's agent acts
		{"Jane Roe QC has been commissioned by Chief Constable John Doe QPM to review the use of new powers in the harbour.\n\nShe starts in May.", "John Doe", "commissioned"},
		// an apposition after the subject is none of it
		{"The Harbour Foundation, the nonprofit group enabling trade on the quays, today announced a new ferry fund.\n\nThe fund opens in May.", "Harbour Foundation", "announced"},
		// a dateline in brackets; a lawsuit's present after an opening
		// phrase
		{"(PORTVALE, Freedonia) — In an antitrust lawsuit, Attorney General Jane Roe accuses nine ferry operators of fixing their fares on the northern quays.\n\nThe case is pending.", "Jane Roe", "accuses"},
		{"(PORTVALE) — The Harbour Council sues the ferry company over the cancelled winter sailings of the northern quays.\n\nThe case is pending.", "Harbour Council", "sues"},
		// a lawsuit filed, a company sued
		{"Attorney General Jane Roe filed a lawsuit against Acme, Inc. for failing to warn parents about the app's design.\n\nThe case is pending.", "Jane Roe", "filed"},
		{"The Harbour Council sued the ferry company over the cancelled winter sailings of the northern quays.\n\nThe case is pending.", "Harbour Council", "sued"},
	} {
		evs := eventsOf(tc.body, "2025-11-14")
		require.Len(t, evs, 1, "%q: %+v", tc.body, evs)
		assert.Equal(t, "2025-11-14", evs[0].Date)
		assert.Equal(t, tc.actor, evs[0].Actor)
		assert.Equal(t, tc.action, evs[0].Action)
	}
	for _, body := range []string{
		"The Minister of Health said the outbreak of measles in the northern region is the first in ten years.\n\nTests continue.",
		"As the Council of Ministers adopted a new plan for rural schools, the teachers of every district went on strike.\n\nTalks continue.",
		// the perfect of a state
		"The Harbour Council has long supported the ferry workers of the northern quays and their union.\n\nTalks continue.",
		"The Harbour Council has been a member of the Ports Association since its first meeting in the north.\n\nTalks continue.",
		// a passive that names no agent, and an expletive subject
		"Two harbour workers have been injured in a crash of a ferry at the northern quays of the port.\n\nTalks continue.",
		"It has been moved by Mr. Doe that Ms. Roe be elected the first vice-chair of the harbour committee.\n\nTalks continue.",
	} {
		assert.Empty(t, eventsOf(body, "2025-11-14"), body)
	}
	// a lead with a time of its own is dated by it, not by the page
	evs := eventsOf("Earlier this month, the Harbour Council announced a new timetable for the ferries of the northern quays.\n\nFerries run again.", "2025-11-14")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2025-11", evs[0].Date)
}

// A lead after a dateline of a place and its state ("**WASHINGTON, DC**
// --") is read from its subject; a time in a relative clause after the
// verb is the clause's, not the lead's own.
func TestFindEventsStateDatelineLead(t *testing.T) {
	body := "**HARBOURTON, NS** -- Harbour Board Chair Jane Roe and Board Member Tom Becker have released the following statement on the passing of Ann Lee, who served on the Board from 2012-2017:\n\nShe will be missed."
	evs := eventsOf(body, "2019-01-13")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2019-01-13", evs[0].Date)
	assert.Equal(t, "HARBOURTON, NS", evs[0].Place)
}

// TestFindEventsDatelineLead: a dateline with its state's abbreviation
// ("SALEM, Ore. —") ends no sentence, and the paragraph it opens is the
// lead even under a standfirst without one.
func TestFindEventsDatelineLead(t *testing.T) {
	lead := "SALEM, Ore. — Commerce Director Jane Roe appointed John Doe to lead the state Office of Economic Development and Competitiveness."
	for _, body := range []string{
		lead + "\n\nMore follows.",
		"Doe was appointed as the new Assistant Director of the Office of Economic Development and Competitiveness\n\n" + lead + "\n\nMore follows.",
	} {
		evs := eventsOf(body, "2025-11-19")
		found := false
		for _, e := range evs {
			found = found || e.Date == "2025-11-19" && e.Action == "appointed" && strings.HasPrefix(e.Sentence, "SALEM, Ore. —")
		}
		if !found {
			t.Errorf("%q: %+v", body, evs)
		}
	}
}

// TestFindEventsPresentLead: a release's lead in the headline's present
// ("The Bank sets the policy rate") is an event of the page's day when it
// opens with its subject; a Markdown heading above it is no lead, and a
// present act after a clause is none.
func TestFindEventsPresentLead(t *testing.T) {
	for _, c := range []struct{ body, actor string }{
		{"The Central Bank of Ruritania sets the policy rate at 1.75 per cent, which means that it is cut by 0.25 percentage points.", "Central Bank of Ruritania"},
		{"### Central Bank lowers the policy rate by half a point to 1.75 per cent in its decision of today\n\nOLYMPIA – The Department of Health (DOH) reaffirms that vaccines are a proven, essential tool for protecting people’s health.", "Department of Health"},
	} {
		evs := eventsOf(c.body, "2024-04-18")
		if len(evs) != 1 || evs[0].Date != "2024-04-18" || evs[0].Actor != c.actor {
			t.Errorf("%q: %+v, want one event of %s", c.body, evs, c.actor)
		}
	}
	for _, body := range []string{
		"When the rate is high, the Bank sets the policy rate higher than the market expects it to be at the time.",
		"The Department of Health reminds residents that vaccines are a proven, essential tool for protecting people's health.",
	} {
		if evs := eventsOf(body, "2024-04-18"); len(evs) != 0 {
			t.Errorf("%q: %+v", body, evs)
		}
	}
}

// A headline in bold run into the lead is no dateline: the lead is dated
// by the page and has no place.
func TestFindEventsRunInHeadline(t *testing.T) {
	ev := oneEventOn(t, "**Harbour Board names a director** — The Harbour Board today announced the selection of Jane Roe as its Director.\n\nNothing else.", "2017-08-01")
	assert.Equal(t, "Harbour Board", ev.Actor)
	assert.Empty(t, ev.Place)
}

// A release's lead that reports an arrest or a raid by a public body is an
// event of the page's day, as a decision is.
func TestFindEventsEnforcementLead(t *testing.T) {
	for _, body := range []string{
		"Officers of the Harbour Copyright Commission have arrested two suspects after a search of the port.\n\nNothing else.",
		"The Harbour Copyright Office has raided three broadcasting stations in the city.\n\nNothing else.",
	} {
		oneEventOn(t, body, "2022-09-19")
	}
}

// The headline's event told again by the lead's sentence is the lead's.
func TestFindEventsHeadlineRetold(t *testing.T) {
	body := "Minister Jane Roe approves emergency assistance to the harbour town in the north of the province\nMay 21, 2025 – Harbour City\n– Today, the Honourable Jane Roe, Minister of Emergency Management, issued the following statement:\n“The town is without water.”\n"
	first, second := strings.Index(body, "Jane Roe"), strings.LastIndex(body, "Jane Roe")
	officials := []entities.Official{{Name: "Jane Roe", Title: "Minister", Mentions: []entities.Span{{Start: first, End: first + 8}, {Start: second, End: second + 8}}}}
	evs := eventsOf(body, "2025-05-21", officials...)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Sentence, "issued the following statement")
}

// A dateline's day dates the lead, where the page's own date (a feed's
// posting day) is later; a body's seat after its name ("(UNDP) in
// Ukraine") is part of the subject.
func TestFindEventsDatelineDay(t *testing.T) {
	evs := eventsOf("Portvale, September 15, 2020 – The Harbour Union and the Port Council (HPC) in Freedonia have donated a batch of respirators to four clinics on the quays.\n\nMore follow.", "2020-09-16")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2020-09-15", evs[0].Date)
	assert.Equal(t, "Harbour Union and the Port Council", evs[0].Actor)
}

// A headline that ends no sentence is read for its event, and the lead is
// the paragraph under it: the lead's sentence tells the headline's event
// again, so it replaces the headline's. Answering questions is an action
// of the lead's day.
func TestFindEventsHeadlineOverLead(t *testing.T) {
	body := "Jane Roe answered journalists’ questions at the end of her trip to Springfield\n\n" +
		"Jane Roe answered journalists’ questions during a working visit to Springfield.\n\n" +
		"Question: Madam President, how was the trip?"
	evs := eventsOf(body, "2013-03-07")
	require.Len(t, evs, 1)
	assert.Equal(t, "2013-03-07", evs[0].Date)
	assert.Equal(t, "Jane Roe", evs[0].Actor)
	assert.True(t, strings.HasPrefix(evs[0].Sentence, "Jane Roe answered journalists’ questions during"), evs[0].Sentence)
}

// TestFindEventsShortLead: a release's lead of one short sentence under
// its headline is the lead, dated by the page; a headline's deck of one
// short sentence that tells no act leaves the lead to the paragraph under
// it; the body's first line, which may end with a stop, is no lead.
func TestFindEventsShortLead(t *testing.T) {
	evs := eventsOf("Harbour update - 26 March 2020\n\nHarbourland has recorded its first two deaths related to the virus.\n\nBoth were men aged in their seventies.", "2020-03-26")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "recorded", evs[0].Action)
	assert.Equal(t, "2020-03-26", evs[0].Date)
	evs = eventsOf("Most oppose the harbour toll;\nOpinions among older people are more closely divided.\n\nThe House of Representatives has approved amendments to the budget bill that would end the harbour toll.", "2020-03-26")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "approved", evs[0].Action)
	assert.Empty(t, eventsOf("Jane Roe unveils the first harbour campaign ad.\n\nThe ad, which runs for thirty seconds, will air in three states.", "2020-03-26"))
}

// TestFindEventsWireDateline: a news agency's credit in brackets between a
// dateline's place and its dash ("(AP) —", "(Reuters) -", AP's "(AP)_")
// is part of the dateline, not the subject, and no part of the place.
func TestFindEventsWireDateline(t *testing.T) {
	for _, line := range []string{
		"LISBON, Portugal (AP) — Some 2,000 farmers marched Sunday in the capital to protest the new water rules.",
		"LISBON, Portugal (AP)_ Some 2,000 farmers marched Sunday in the capital to protest the new water rules.",
		"LISBON (Reuters) - Some 2,000 farmers marched Sunday in the capital to protest the new water rules.",
		"LISBON (AFP) -- Some 2,000 farmers marched Sunday in the capital to protest the new water rules.",
	} {
		evs := eventsOf(line, "2025-03-20")
		require.Len(t, evs, 1, "%s: %+v", line, evs)
		assert.Equal(t, "2025-03-16", evs[0].Date, line)
		assert.Equal(t, "Some 2,000 farmers", evs[0].Actor, line)
		assert.NotContains(t, evs[0].Place, "(", line)
	}
}
