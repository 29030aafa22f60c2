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

func TestFindEventsPronounFollowsActor(t *testing.T) {
	evs := eventsOf("On Tuesday, Chancellor Olaf Scholz arrived in Paris. On Wednesday, he met President Emmanuel Macron at the Élysée.", "2024-05-09")
	require.Len(t, evs, 2)
	assert.Equal(t, "Olaf Scholz", evs[1].Actor)
	assert.Equal(t, "2024-05-08", evs[1].Date)
	assert.Equal(t, []string{"Emmanuel Macron"}, evs[1].Participants)
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

func TestFindEventsAttributiveDate(t *testing.T) {
	body := "Secretary of State Antony J. Blinken met today with Polish Foreign Minister Zbigniew Rau. The Secretary welcomed Polish President Duda\u2019s February 3 action and the 26 March decision."
	evs := eventsOf(body, "2022-02-04")
	require.Len(t, evs, 1)
	assert.Equal(t, "2022-02-04", evs[0].Date)
	assert.Equal(t, "Antony J. Blinken", evs[0].Actor)
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

func TestFindEventsDayOfTheRelativeClause(t *testing.T) {
	evs := eventsOf("On 5 March the Commission proposed a plan, which the Council adopted on 12 March.", "2025-03-20")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2025-03-12", evs[0].Date)
	assert.Equal(t, "Council", evs[0].Actor)
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

// Two bodies that act together, each with its short name in quotation
// marks, one of two words: the first body acts.
func TestFindEventsTwoBodiesShortNames(t *testing.T) {
	body := "1. The Ruritanian Ministry of Law (“RML”) and the Court of Arbitration of the Chamber of Commerce (“Chamber Court”) announced today that the Chamber Court will open an office in Zenda."
	evs := eventsOf(body, "2017-06-28")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2017-06-28", evs[0].Date)
	assert.Equal(t, "Ruritanian Ministry of Law", evs[0].Actor)
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

// A timetable's clock time alone does not make an occasion an event.
func TestFindEventsOccasionClockOnly(t *testing.T) {
	assert.Empty(t, eventsOf("Guided sessions will take place at 2.05pm and 4.05pm, and last an hour.\n\nNothing else.", "2026-04-17"))
	assert.True(t, evClockOnly("10:30 a.m."))
	assert.False(t, evClockOnly("4 July at 3pm"))
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

// "I" or "we" after a speaker label is the label's speaker.
func TestFindEventsLabelledFirstPerson(t *testing.T) {
	officials := []entities.Official{{Name: "Marlow", Title: "Chief Justice", Mentions: []entities.Span{{Start: 14, End: 20}}}}
	evs := eventsOf("CHIEF JUSTICE MARLOW: We will hear argument this morning in the harbour case.\n\nMs. Quill.", "2024-02-16", officials...)
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Marlow", evs[0].Actor)
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

// oneEventOn requires body, published on day, to hold one event, of day,
// and returns it.
func oneEventOn(t *testing.T, body, day string) Event {
	t.Helper()
	evs := eventsOf(body, day)
	require.Len(t, evs, 1, "%q: %+v", body, evs)
	assert.Equal(t, day, evs[0].Date)
	return evs[0]
}

// A place after a list of titled people is the event's place, not the
// end of an organisation's name, and the place is no participant.
func TestFindEventsPlaceAfterTitledList(t *testing.T) {
	evs := eventsOf("Premier Jane Roe hosted Harbour Premier John Doe and Island Premier Ann Lee in Dawson City on June 13 for the forum.\n\nNothing else.", "2019-06-14")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "Dawson City", evs[0].Place)
	assert.NotContains(t, evs[0].Participants, "Dawson City")
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

// A day after "effective" is when the thing done takes effect, not the
// day it was done; the marks of a link opening at the verb are no part of
// the subject.
func TestFindEventsEffectiveDay(t *testing.T) {
	ev := oneEventOn(t, "Board Chair Jane Roe has [submitted her resignation](https://example.org/letter.pdf) to the Governor, effective June 30, 2020, to take up a post abroad.\n\nNothing else.", "2020-06-05")
	assert.Equal(t, "Jane Roe", ev.Actor)
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

// A pronoun with its verb contracted is no subject that names no one:
// "That's two shootings stopped last night" reports no event.
func TestFindEventsContractedPronounNoSubject(t *testing.T) {
	assert.Empty(t, eventsOf("That's two shootings stopped last night.", "2016-09-17"))
	assert.Len(t, eventsOf("Two shootings were stopped last night.", "2016-09-17"), 1)
}

// A span back to a past act ("48 years since …") takes the act out of
// the day's sentence: "Tomorrow marks 48 years since Jane Roe was
// abducted" reports no event of tomorrow.
func TestFindEventsSpanSinceIsNoDaysAct(t *testing.T) {
	assert.Empty(t, eventsOf("Tomorrow, the 18th, marks 48 years since Ms. Jane Roe was abducted in Niigata City.", "2016-09-17"))
	assert.Len(t, eventsOf("Tomorrow, the 18th, Ms. Jane Roe will travel to Niigata City.", "2016-09-17"), 1)
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

// An adverb between the auxiliary and "held" leaves the occasion one:
// "The ceremony was solemnly held … on 11 May 2019".
func TestFindEventsOccasionWithAdverb(t *testing.T) {
	evs := eventsOf("The official welcoming ceremony was solemnly held at the Presidential Palace on 11 May 2019.", "2019-05-11")
	require.Len(t, evs, 1)
	assert.Equal(t, "2019-05-11", evs[0].Date)
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
