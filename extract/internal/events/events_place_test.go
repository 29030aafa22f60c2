// This file tests the place of an event: where the act happened, read
// from the sentence, its opening phrase or a dateline, and the capitalised
// words that are no place.

package events

import (
	"strings"
	"testing"

	"github.com/communique/communique/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindEventsLeadAndPlaces(t *testing.T) {
	tests := []struct {
		name, body, published string
		date, actor, place    string
		participants          []string
	}{
		{"visit with dateline date", "NATO Secretary General Mark Rutte visited Warsaw on Wednesday (26 March 2025), where he met Polish President Andrzej Duda, Prime Minister Donald Tusk, and Foreign Minister Radosław Sikorski. The Secretary General then gave a speech.",
			"2025-03-26", "2025-03-26", "Mark Rutte", "Warsaw", []string{"Andrzej Duda", "Donald Tusk", "Radosław Sikorski"}},
		{"visit to a city and state", "On Monday (26 May 2025), Secretary General Mark Rutte visited Dayton, Ohio to participate in the NATO Parliamentary Assembly Spring Session.",
			"", "2025-05-26", "Mark Rutte", "Dayton, Ohio", []string{}},
		{"readout lead without a date", "President Joe Biden met with President Recep Tayyip Erdoğan of Türkiye at the NATO Summit in Vilnius, Lithuania. The Presidents discussed efforts to strengthen bilateral cooperation.",
			"2023-07-11", "2023-07-11", "Joe Biden", "Vilnius, Lithuania", []string{"Recep Tayyip Erdoğan"}},
		{"state department readout", "Office of the Spokesperson\nThe following is attributable to Spokesperson Ned Price:\nSecretary of State Antony J. Blinken met today with Danish Foreign Minister Jeppe Kofod in Washington, D.C. Secretary Blinken and Foreign Minister Kofod discussed joint leadership.",
			"2022-06-03", "2022-06-03", "Antony J. Blinken", "Washington, D.C.", []string{"Jeppe Kofod"}},
		{"phone call, place inside a name ignored", "Secretary of State Antony J. Blinken spoke today by phone with Organization for Security and Cooperation in Europe (OSCE) Chairman-in-Office Zbigniew Rau.",
			"2022-02-01", "2022-02-01", "Antony J. Blinken", "", []string{"Zbigniew Rau"}},
		{"appositive participant, headquarters", "On Thursday (6 March 2025) NATO Secretary General Mark Rutte welcomed the President of Poland, Andrzej Duda to NATO headquarters in Brussels.",
			"", "2025-03-06", "Mark Rutte", "Brussels", []string{"Andrzej Duda"}},
		{"uk style", "The Foreign Secretary, David Lammy, visited Kyiv on 12 September 2024 with US Secretary of State Antony Blinken.",
			"", "2024-09-12", "David Lammy", "Kyiv", []string{"Antony Blinken"}},
		{"kremlin style", "On 16 February, President Vladimir Putin held talks in the Kremlin with Prime Minister Mikhail Mishustin.",
			"2000-02-17", "2000-02-16", "Vladimir Putin", "the Kremlin", []string{"Mikhail Mishustin"}},
		{"he continues the actor", "On Tuesday, Chancellor Olaf Scholz arrived in Paris. On Wednesday, he met President Emmanuel Macron at the Élysée.",
			"2024-05-09", "2024-05-07", "Olaf Scholz", "Paris", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, tc.published)
			require.NotEmpty(t, evs)
			e := evs[0]
			assert.Equal(t, tc.date, e.Date)
			assert.Equal(t, tc.actor, e.Actor)
			assert.Equal(t, tc.place, e.Place)
			assert.Equal(t, tc.participants, e.Participants)
		})
	}
}

func TestFindEventsPlaces(t *testing.T) {
	tests := []struct{ name, body, place string }{
		{"a newspaper is no place", "According to a report in the Argus Leader of Sioux Falls, Governor Kristi Noem launched the campaign on Monday.", ""},
		{"a compound adjective is no place", "On Monday, Representative David McKinley visited the U.S.-Mexico border.", ""},
		{"an opening place", "In Brussels on Monday, NATO Defence Ministers agreed on new plans.", "Brussels"},
		{"the Kremlin", "On Monday, President Vladimir Putin held talks in the Kremlin with the Prime Minister.", "the Kremlin"},
		{"a dateline in capitals", "RIVERTON, RURITANIA Foreign Minister Jane Roe met with Prime Minister John Doe on Monday to discuss trade in Europe.", "RIVERTON, RURITANIA"},
		{"a dateline before a dash", "Springfield, IL – On Monday, Governor Jane Roe signed the budget in the capitol.", "Springfield, IL"},
		{"an acronym is no dateline", "NATO Secretary General Jane Roe met the ministers in Brussels on Monday.", "Brussels"},
		{"a place with its region after a ministry", "On Monday, Minister Jane Roe met officials at the Department of Justice in Washington, D.C.", "Washington, D.C."},
		{"a site after at", "On Monday, Senator Jane Roe met with the President at the White House.", "White House"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, "2019-11-19")
			require.Len(t, evs, 1)
			assert.Equal(t, tc.place, evs[0].Place)
		})
	}
}

// A lead that opens on the meeting ("At their meeting in Lisbon, ...",
// "In their talks, ...") reports what was done there, dated by the page,
// and its subject may hold lower-case titles ("the foreign minister").
func TestFindEventsAtTheirMeeting(t *testing.T) {
	body := "At their meeting in Lisbon, the head of the DGRM, Ana Costa, and the Danish foreign minister, Lars Holm, welcomed the new fisheries accord. The two countries meet every year."
	c, h := strings.Index(body, "Ana Costa"), strings.Index(body, "Lars Holm")
	offs := []entities.Official{
		{Name: "Ana Costa", Mentions: []entities.Span{{Start: c, End: c + 9}}},
		{Name: "Lars Holm", Title: "Foreign Minister", Mentions: []entities.Span{{Start: h, End: h + 9}}},
	}
	evs := eventsOf(body, "2025-03-04", offs...)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2025-03-04", evs[0].Date)
	assert.Equal(t, "Ana Costa", evs[0].Actor)
	assert.Equal(t, "Lisbon", evs[0].Place)
	assert.Equal(t, []string{"Lars Holm"}, evs[0].Participants)
}

// A place after a list of titled people is the event's place, not the
// end of an organisation's name, and the place is no participant.
func TestFindEventsPlaceAfterTitledList(t *testing.T) {
	evs := eventsOf("Premier Jane Roe hosted Harbour Premier John Doe and Island Premier Ann Lee in Dawson City on June 13 for the forum.\n\nNothing else.", "2019-06-14")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Dawson City", evs[0].Place)
	assert.NotContains(t, evs[0].Participants, "Dawson City")
}

// TestFindEventsPlaceAtIsNoAdjective: a capitalised word after "at" that
// a common noun follows is the noun's adjective, not the site of the act.
func TestFindEventsPlaceAtIsNoAdjective(t *testing.T) {
	evs := eventsOf("Senator Jane Roe took a swipe at Democratic rival John Doe on Monday over the budget.", "2025-03-20")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "", evs[0].Place)
	evs = eventsOf("Senator Jane Roe spoke at Monday's hearing of the committee.", "2025-03-20")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "", evs[0].Place)
	evs = eventsOf("Senator Jane Roe spoke at Government House on Monday.", "2025-03-20")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Government House", evs[0].Place)
}
