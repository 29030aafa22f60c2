// This file holds the helpers the event tests share and tests Find over
// whole pages: releases of several sites, pages with no event, a readout
// told over several sentences, and hostile or very long input; and it
// holds the fuzz target of asciiLower.

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

// eventsOf runs the date stage and findEvents on body as the pipeline does,
// with no officials unless given.
func eventsOf(body string, published string, officials ...entities.Official) []Event {
	p := dates.New(dates.Options{Anchored: true})
	var ref time.Time
	if published != "" {
		ref, _ = time.Parse(time.DateOnly, published)
	}
	return findEvents(body, p.Find(body, ref), officials, ref, nil)
}

// eventsOfSentence returns the events of body, placed after page, whose
// sentence is body's.
func eventsOfSentence(page, body, published string) []Event {
	var got []Event
	for _, e := range eventsOf(page+body, published) {
		if strings.HasPrefix(e.Sentence, body[:12]) {
			got = append(got, e)
		}
	}
	return got
}

func TestFindEventsNewsRelease(t *testing.T) {
	body := strings.Join([]string{
		"NATO Foreign Ministers wrapped up two days of meetings in Brussels on Friday (4 April 2025), focusing on preparations for the upcoming Summit.",
		"",
		"On Thursday, Mr Rutte commended \u201cthe biggest increase in defence spending since the end of the Cold War.\u201d He welcomed US Secretary of State Marco Rubio to his first ministerial.",
		"",
		"On Thursday evening, ministers met with Ukrainian Foreign Minister Andrii Sybiha. \u201cWe have to make sure it is lasting,\u201d Secretary General Rutte said.",
		"",
		"The ministerial concluded on Friday morning with a meeting of the North Atlantic Council with the High Representative Kallas.",
		"",
		"The Secretary General concluded his press conference on Friday by underlining that NATO remains the cornerstone of security.",
	}, "\n")
	evs := eventsOf(body, "2025-04-04")
	require.Len(t, evs, 5, "%+v", evs)
	want := []struct{ date, actor, action, place, starts string }{
		{"2025-04-04", "NATO Foreign Ministers", "wrapped up", "Brussels", "NATO Foreign Ministers wrapped up"},
		{"2025-04-03", "Rutte", "commended", "", "On Thursday, Mr Rutte commended"},
		{"2025-04-03", "ministers", "met", "", "On Thursday evening, ministers met"},
		{"2025-04-04", "North Atlantic Council", "concluded", "", "The ministerial concluded"},
		{"2025-04-04", "Rutte", "concluded", "", "The Secretary General concluded"},
	}
	for i, w := range want {
		e := evs[i]
		assert.Equal(t, w.date, e.Date, "event %d", i)
		assert.Equal(t, w.actor, e.Actor, "event %d", i)
		assert.Equal(t, w.action, e.Action, "event %d", i)
		assert.Equal(t, w.place, e.Place, "event %d", i)
		assert.True(t, strings.HasPrefix(e.Sentence, w.starts), "event %d: %q", i, e.Sentence)
		assert.Equal(t, body[e.Start:e.End], e.Sentence)
	}
	assert.Equal(t, []string{"Andrii Sybiha"}, evs[2].Participants)
	assert.Equal(t, []string{"Kallas"}, evs[3].Participants)
}

func TestFindEventsNone(t *testing.T) {
	tests := []struct{ name, body, published string }{
		{"no date and not the lead", "This year, the United Kingdom has had much to celebrate.\nSecretary General Rutte praised Poland for its leadership.", "2025-03-26"},
		{"a speech's label line", "Prime Minister Theresa May said:\nThis year, the United Kingdom has had much to celebrate, and our athletes were rewarded.", "2016-12-24"},
		{"transcript speaker", "SECRETARY GENERAL STOLTENBERG:  Mr. President, it is great to see you again and just a week after we met in the White House.", "2021-06-14"},
		{"first person", "Mark Rutte, NATO Secretary General\nIt's great to be here. We met today with the ministers of defence, and we have a lot on our plate today to discuss.", "2025-05-15"},
		{"date of something else", "The Secretary welcomed Polish President Duda's February 3 action to dismantle the Disciplinary Chamber.", ""},
		{"date inside a quote", "\u201cWe met on Monday and agreed on everything,\u201d the Minister said.", "2025-04-04"},
		{"future without a day of its own", "Prime Minister Anthony Albanese will travel to Jakarta this week to meet President Joko Widodo.", "2025-04-04"},
		{"progressive lead without a day", "Foreign Secretary David Lammy is visiting Warsaw for talks with Foreign Minister Radosław Sikorski.", "2025-04-04"},
		{"a return home", "The Minister will then visit Tonga and Samoa, and return to Canberra on Friday.", "2025-04-04"},
		{"infinitive", "The Prime Minister plans to visit Berlin on Tuesday.", "2025-04-04"},
		{"no action", "Defence spending is set to reach 4.7% of GDP this year. On Thursday the weather was fine.", "2025-04-04"},
		{"no page date for the lead", "President Joe Biden met with President Recep Tayyip Erdoğan at the NATO Summit in Vilnius, Lithuania, and they discussed a lot.", ""},
		{"empty", "", "2025-04-04"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, eventsOf(tc.body, tc.published))
		})
	}
}

func TestFindEventsHostile(t *testing.T) {
	for _, body := range []string{"\xff\xfe met today", "Today I met by", "Hon A B MP\nToday I welcomed to", "The meeting convened by", "On Monday, convened by the",
		"X will be meeting today", "will meet today", "Following, on Monday,", "Today I\nwelcomed", "\n\nToday we travelled to", "On Monday the Minister visited", "Mr A B is visiting today", strings.Repeat("On Monday, Mr A met B. ", 2000), "\u201c\u201c\u201d met today \"", strings.Repeat("President ", 5000) + "met today"} {
		evs := eventsOf(body, "2025-04-04")
		for _, e := range evs {
			require.Equal(t, body[e.Start:e.End], e.Sentence)
		}
	}
}

func TestFindEventsOtherSites(t *testing.T) {
	tests := []struct {
		name, body, published string
		date, actor, action   string
	}{
		{"un secretary-general", "Today, the Secretary-General spoke with President Emmanuel Macron of France.\nSecretary-General António Guterres met with the Foreign Minister yesterday.", "2024-03-15",
			"2024-03-15", "António Guterres", "spoke"},
		{"kremlin telephone conversation", "On 14 March, President Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.", "2024-03-15",
			"2024-03-14", "Vladimir Putin", "had a telephone conversation"},
		{"eu council", "On 12 March, the European Council adopted conclusions on Ukraine.", "2024-03-15",
			"2024-03-12", "European Council", "adopted"},
		{"security council today", "The Security Council today adopted resolution 2728 on Gaza.", "2024-03-25",
			"2024-03-25", "Security Council", "adopted"},
		{"uk prime minister", "Prime Minister Rishi Sunak met Chancellor Olaf Scholz in Berlin today.", "2024-04-24",
			"2024-04-24", "Rishi Sunak", "met"},
		{"allies", "NATO Allies agreed on Thursday to strengthen air defences.", "2024-04-19",
			"2024-04-18", "NATO Allies", "agreed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(tc.body, tc.published)
			require.NotEmpty(t, evs)
			assert.Equal(t, tc.date, evs[0].Date)
			assert.Equal(t, tc.actor, evs[0].Actor)
			assert.Equal(t, tc.action, evs[0].Action)
		})
	}
}

func TestFindEventsLinear(t *testing.T) {
	// Many paragraphs, each with a day: time must stay linear.
	var b strings.Builder
	for range 20000 {
		b.WriteString("On Monday, Mr Rutte met the ministers in Brussels and spoke to the press.\n")
	}
	start := time.Now()
	evs := eventsOf(b.String(), "2025-04-04")
	assert.Len(t, evs, 20000)
	assert.Less(t, time.Since(start), 20*time.Second)
}

func TestFindEventsReadoutContinues(t *testing.T) {
	body := "Prime Minister Rishi Sunak spoke today with President Volodymyr Zelenskyy of Ukraine.\n" +
		"Prime Minister Sunak today reaffirmed the United Kingdom's steadfast support for Ukraine.\n" +
		"The Prime Minister also welcomed the progress made on the grain corridor.\n" +
		"On Friday, Prime Minister Sunak met President Joe Biden in Washington."
	evs := eventsOf(body, "2023-06-05")
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "spoke", evs[0].Action)
	assert.Equal(t, "Rishi Sunak", evs[0].Actor)
	assert.Equal(t, "2023-06-02", evs[1].Date)
	// a meeting on the same day by the same actor is an event of its own
	evs = eventsOf("President Emmanuel Macron met Chancellor Olaf Scholz today in Berlin.\nPresident Macron today also visited the Bundestag.", "2023-06-05")
	assert.Len(t, evs, 2, "%+v", evs)
}

// oneEventOn requires body, published on day, to hold one event, of day,
// and returns it.
func oneEventOn(t *testing.T, body, day string) Event {
	t.Helper()
	evs := eventsOf(body, day)
	require.Len(t, evs, 1, "%q: %+v", body, evs)
	assert.Equal(t, day, evs[0].Date)
	return evs[0]
}

// asciiLower lowers the ASCII capitals of a text and nothing else, keeping
// every byte where it was.
func FuzzASCIILower(f *testing.F) {
	for _, s := range []string{"", "abc", "ABC", "NATO Secretary General Jens Stoltenberg", "Été À PARIS", "a\xffB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := []byte(s)
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(s); got != string(want) {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	})
}
