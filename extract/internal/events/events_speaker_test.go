// This file tests first-person events: "I" and "we" read as a byline's
// official, a speaker label's speaker or the speaker a caller's Voices
// names, and "you" as the addressee.

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

func TestFindEventsFirstPerson(t *testing.T) {
	body := "The Hon Richard Marles MP\nDeputy Prime Minister\nMinister for Defence\n\nToday I met my Japanese counterpart, Minister of Defense Minoru Kihara, in Tokyo for the annual defence ministers' meeting.\n\nWe discussed cooperation in the region."
	// the byline's official, when the entities stage found one
	r := strings.Index(body, "Richard Marles")
	k := strings.Index(body, "Minoru Kihara")
	officials := []entities.Official{
		{Name: "Richard Marles", Title: "Minister for Defence", Mentions: []entities.Span{{Start: r, End: r + 14}}},
		{Name: "Minoru Kihara", Title: "Minister of Defense", Mentions: []entities.Span{{Start: k, End: k + 13}}},
	}
	evs := eventsOf(body, "2024-07-28", officials...)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2024-07-28", evs[0].Date)
	assert.Equal(t, "Richard Marles", evs[0].Actor)
	assert.Equal(t, "Tokyo", evs[0].Place)
	assert.Equal(t, []string{"Minoru Kihara"}, evs[0].Participants)
	// else the office line above the lead
	evs = eventsOf("Minister for Trade and Investment\n\nToday I welcomed a delegation of Korean business leaders to Melbourne for the first Australia-Korea trade dialogue.", "2024-05-02")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Minister for Trade and Investment", evs[0].Actor)
	assert.Equal(t, "Melbourne", evs[0].Place)
	// else the pronoun
	evs = eventsOf("Yesterday we signed a memorandum of understanding with the Government of Viet Nam on energy cooperation.", "2024-05-02")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2024-05-01", evs[0].Date)
	assert.Equal(t, "we", evs[0].Actor)
	// only the lead: a later "I met" in a speech is no event
	assert.Empty(t, eventsOf("Ladies and gentlemen, it is a pleasure to be back in Dublin with friends and colleagues today.\nYesterday I met the families of the victims.", "2024-05-02"))
}

func TestFindEventsByline(t *testing.T) {
	tests := []struct{ name, body, actor string }{
		{"australian senator", "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nVisit to the Pacific\n\nToday I met Prime Minister Sitiveni Rabuka in Suva to discuss climate finance and regional security.", "Penny Wong"},
		{"post-nominal", "The Hon Richard Marles MP\nDeputy Prime Minister\n\nToday I met my Japanese counterpart, Minister Minoru Kihara, in Tokyo for our annual defence dialogue.", "Richard Marles"},
		{"new zealand", "Rt Hon Christopher Luxon\nPrime Minister\n\nToday I welcomed Prime Minister Anthony Albanese to Wellington for the annual Leaders' Meeting.", "Christopher Luxon"},
		{"irish minister", "Simon Harris TD\nTánaiste\n\nToday I met the Foreign Minister of Egypt in Cairo to discuss the humanitarian situation in Gaza.", "Simon Harris"},
		{"a headline is no byline", "Annual Foreign Ministers Meeting\n\nToday I welcomed the Foreign Minister of Indonesia to Canberra for our annual meeting of ministers.", "I"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, "2024-08-12")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tc.actor, evs[0].Actor)
			assert.Equal(t, "2024-08-12", evs[0].Date)
		})
	}
	assert.Equal(t, "", evByline("The Hon"))
	assert.Equal(t, "", evByline("Media release 12 March 2024 MP"))
}

// "I" or "we" after a speaker label is the label's speaker.
func TestFindEventsLabelledFirstPerson(t *testing.T) {
	officials := []entities.Official{{Name: "Marlow", Title: "Chief Justice", Mentions: []entities.Span{{Start: 14, End: 20}}}}
	evs := eventsOf("CHIEF JUSTICE MARLOW: We will hear argument this morning in the harbour case.\n\nMs. Quill.", "2024-02-16", officials...)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Marlow", evs[0].Actor)
}

// "I" and "we" in a transcript or a speech are who speaks there: a dated
// past act of theirs is an event, its actor the speaker the caller names,
// with an adverb between the pronoun and the verb and a day after the
// label; with no speaker named, no event.
func TestFindEventsSpeakersFirstPerson(t *testing.T) {
	body := "Question: How was it?\n\nJane Roe: Yesterday, I met the Prime Minister.\n\nQuestion: And before?\n\nI first met him in 2000, and we became friends."
	p := dates.New(dates.Options{Anchored: true})
	ref, _ := time.Parse(time.DateOnly, "2016-09-17")
	evs := findEvents(body, p.Find(body, ref), nil, ref, testVoices{speaker: "Jane Roe"})
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "2016-09-16", evs[0].Date)
	assert.Equal(t, "Jane Roe", evs[0].Actor)
	assert.Equal(t, "2000", evs[1].Date)
	assert.Equal(t, "Jane Roe", evs[1].Actor)
	assert.Empty(t, findEvents(body, p.Find(body, ref), nil, ref, nil))
	// a day and its year before the pronoun
	body = "Jane Roe: On 31 May this year, I supported the children's day in the town."
	evs = findEvents(body, p.Find(body, ref), nil, ref, testVoices{speaker: "Jane Roe"})
	if assert.Len(t, evs, 1, "%+v", evs) {
		assert.Equal(t, "2016-05-31", evs[0].Date)
		assert.Equal(t, "Jane Roe", evs[0].Actor)
	}
}

// testVoices says the same speaker and addressee everywhere.
type testVoices struct{ speaker, addressee string }

func (v testVoices) Speaker(int) string   { return v.speaker }
func (v testVoices) Addressee(int) string { return v.addressee }

// "X and I" is the speaker with another ("Hillary and I", "my wife and
// I"); "you" is whom the caller names (a question's answerer); a second
// day joined to the first by "and" is none of the subject.
func TestFindEventsSpeakerWithOthersAndAddressee(t *testing.T) {
	p := dates.New(dates.Options{Anchored: true})
	ref, _ := time.Parse(time.DateOnly, "2016-09-17")
	for _, c := range []struct{ body, actor string }{
		{"Yesterday my wife and I had the privilege of speaking with some children.", "Jane Roe"},
		{"Yesterday and today, I had very productive meetings with the Prime Minister.", "Jane Roe"},
		{"Mr President, yesterday you congratulated the Chancellor on her victory.", "John Doe"},
	} {
		evs := findEvents(c.body, p.Find(c.body, ref), nil, ref, testVoices{speaker: "Jane Roe", addressee: "John Doe"})
		if assert.Len(t, evs, 1, c.body) {
			assert.Equal(t, "2016-09-16", evs[0].Date, c.body)
			assert.Equal(t, c.actor, evs[0].Actor, c.body)
		}
	}
	// with no one addressed, "you" acts for no one
	body := "Mr President, yesterday you congratulated the Chancellor on her victory."
	assert.Empty(t, findEvents(body, p.Find(body, ref), nil, ref, testVoices{speaker: "Jane Roe"}))
}

// splitVoices says one speaker before byte at and another from it on.
type splitVoices struct {
	at            int
	before, after string
}

func (v splitVoices) Speaker(pos int) string {
	if pos < v.at {
		return v.before
	}
	return v.after
}
func (v splitVoices) Addressee(int) string { return "" }

// An event a reporter's question tells and the answer tells again is the
// answer's too: the same actor's act on the same day continues one
// occasion only within one speaker's words.
func TestFindEventsRetoldAcrossSpeakers(t *testing.T) {
	p := dates.New(dates.Options{Anchored: true})
	ref, _ := time.Parse(time.DateOnly, "2016-09-17")
	q := "Today, the Cabinet officially approved the budget bill. What do you think?"
	body := q + "\n\nToday, the Cabinet approved the budget bill with my full support."
	at := len(q) + 2
	evs := findEvents(body, p.Find(body, ref), nil, ref, splitVoices{at: at, before: "", after: "Jane Roe"})
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, at, evs[1].Start)
	assert.Len(t, findEvents(body, p.Find(body, ref), nil, ref, testVoices{speaker: "Jane Roe"}), 1)
}
