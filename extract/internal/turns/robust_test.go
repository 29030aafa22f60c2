package turns

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// This file tests what must not be a label, long and hostile inputs, the
// fuzz target and the benchmark.

// Pages that are not transcripts get no turns.
func TestSegmentTurnsNoFalseLabels(t *testing.T) {
	cases := []struct {
		name string
		body string
		kind Kind
	}{
		{"quote introduction", joinParas(
			"NATO Secretary General Mark Rutte met the Prime Minister of the Netherlands in The Hague on Monday.",
			"Secretary General Rutte said:",
			"“We stand together, and we will keep our Alliance strong.”",
			"The two leaders also discussed the preparations for the Summit.",
		), KindNews},
		{"readout", joinParas(
			"Office of the Spokesperson",
			"The following is attributable to Spokesperson Ned Price:",
			"Secretary of State Antony J. Blinken met today with Polish Foreign Minister Zbigniew Rau in Washington, D.C. They discussed collective security and regional issues.",
		), KindNews},
		{"headings with colons", joinParas(
			"NATO Allies agree new plan",
			"Brussels: Allies on Thursday agreed a new defence plan, officials said.",
			"Background: The plan was first proposed last year by the Secretary General.",
			"Note: This article was updated on 5 April.",
			"Photo: NATO",
		), KindNews},
		{"byline and signature", joinParas(
			"Jens Stoltenberg, NATO Secretary General",
			"Allies have agreed to strengthen the Alliance's posture in the east, the Secretary General said on Friday. He welcomed the decision of the Allies.",
			"The decision was taken at a meeting of the North Atlantic Council.",
			"Jens Stoltenberg, NATO Secretary General",
		), KindNews},
		{"label deep in a story", joinParas(
			"Ministers met in Brussels on Thursday to discuss support for Ukraine. They agreed on a new package of measures that includes air defence and ammunition, and they tasked officials to report back in June.",
			"The meeting was chaired by the Secretary General. He noted that the package would be delivered over the coming months, and that further decisions would follow at the Summit in The Hague.",
			"Officials said the plan would be reviewed in the autumn, when ministers meet again, and that the costs would be shared among Allies according to the agreed formula.",
			"PRIME MINISTER SMITH: We welcome this.",
		), KindNews},
		{"Q and A in a story", joinParas(
			"Q and A sessions were held after each panel, the organisers said. They were well attended.",
			"Q&A: the panel took questions from students.",
			"Questions and answers are published on the conference's website.",
		), KindNews},
		{"names on their own line", joinParas(
			"Ministers met in Brussels on Thursday.",
			"Mark Rutte",
			"The Secretary General welcomed the decision, the spokesperson said.",
			"Marco Rubio",
			"The Secretary of State also attended, officials said.",
			"Mark Rutte",
		), KindNews},
		{"times and web addresses", joinParas(
			"The meeting starts at 10:30 and ends at 12:00, officials said.",
			"More at https://www.nato.int/news today.",
			"NATO:the Alliance is strong, he said.",
		), KindNews},
		{"speech without a label", joinParas(
			"(As delivered)",
			"Thank you so much, Minister, for your kind words. It is good to be back in Warsaw.",
			"Today the Alliance faces its most dangerous moment in decades, and our answer must be strength.",
		), KindSpeech},
		{"a first-person post under a byline", joinParas(
			"By Jane Roe",
			"You can call it a game of two halves, and I would not argue. I played it for a week, and I think you will like it as much as I did.",
			"I loved the climbing and I loved the combat, and you will find that the story holds up too. I can tell you that it is the best thing I have played this year, and you should try it.",
		), KindNews},
		{"news with a delivery note", joinParas(
			"(As delivered)",
			"The Secretary General said the Alliance would stay strong. He met ministers on Thursday and discussed support for Ukraine, officials said.",
		), KindNews},
		{"headline with a name", joinParas(
			"Rutte: Allies must spend more on defence",
			"NATO Secretary General Mark Rutte said on Monday that Allies must spend more. He told reporters in Brussels that the plan would be agreed at the Summit.",
		), KindNews},
		{"fact sheet", joinParas(
			"FACT SHEET: President Biden Announces New Actions to Strengthen the Alliance",
			"Today, President Biden announced new steps with Allies. The announcement builds on the Summit's decisions, officials said.",
		), KindNews},
		{"press statement", joinParas(
			"Press Statement",
			"The United States strongly condemns the attack on the city. We call on all parties to respect international humanitarian law, and we stand with our partners in the region as they respond to this crisis.",
			"We will continue to work with our Allies and partners to hold those responsible to account, and our support for the people of the region will not waver in the days and weeks ahead.",
		), KindNews},
		{"a statement reported whole, its quotations left open", joinParas(
			"The First Minister said: \"We will carefully consider the impact of the announcement in the south - however, we will continue to take decisions that reflect circumstances here. " +
				"\"We expect to have further discussion in the coming days about the support we need, and I want you to know that I will press for it. A crucial point for us is whether the support we were promised is there for our businesses now. " +
				"\"However, today should be a reminder to people across the country of the need to follow the rules. It is important we all comply with the rules in our area if we are to suppress the virus. " +
				"\"People have faced significant restrictions since late September as we work to stop the increase in cases, and I am grateful to you all for what you have done. " +
				"\"We are monitoring the spread of the virus in all parts of the country every day.",
		), KindNews},
		{"an address in Danish", joinParas(
			"Godaften!",
			"I aften vil jeg tale om det år, der er gået, og om det år, vi har foran os. Vi har haft et godt år, og jeg er stolt af det, vi har nået sammen i vores land.",
			"Jeg vil gerne takke alle, der har hjulpet. Vi står sammen, og vi skal fortsat stå sammen i det nye år, for vores fællesskab er stærkt.",
			"Godt nytår!",
		), KindSpeech},
		{"forms of address", joinParas(
			"Ladies and Gentlemen: it is an honour to be here with you today.",
			"Dear Colleagues: the Alliance has never been stronger, and we owe it to you.",
			"My Fellow Americans: tonight I want to speak to you about our security.",
			"I know that many of you are worried about the war, and I understand why. But I promise you that we will stand with our Allies, and that our country will be safer for it in the years ahead.",
		), KindSpeech},
		{"photo credits", joinParas(
			"The best food bloggers of the year, in pictures.",
			"Photo: personal archive",
			"— Food brings people together, wherever they are.",
			"Photo: personal archive",
			"— I have always loved to cook.",
			"Photo: personal archive",
			"— My story began with baking.",
		), KindNews},
		{"deals list", joinParas(
			"Here are today's best deals.",
			"New Price Drop: Smart Watch Series 3 for $169.99 (Originally $199).",
			"New Price Drop: Wireless Earphones for $139 (Originally $159).",
			"New Release: Console Lite Edition with bonus game.",
			"New Release: Get $10 credit with preorders.",
			"King of Monitors: 35% off a curved 34-inch monitor.",
		), KindNews},
		{"sports results", joinParas(
			"Viera defeated Rockledge to remain undefeated on Tuesday night.",
			"Palm Bay: Tolivert 25 points. Davis 17 points.",
			"Rockledge: Blakely 15 points. Devoe 2 points.",
			"Viera: Hupfer 1 goal. Patikas 1 goal.",
			"Melbourne: Osaro 3 goals, 1 assist.",
		), KindNews},
		{"advice column", joinParas(
			"Dear Abby: My husband of 20 years just bought a plane ticket for himself alone. Should I be upset?",
			"DEAR FEELING: Of course you should be happy.",
			"Dear Abby: My older sister has just been diagnosed with an illness. What should I say?",
			"DEAR CONCERNED: Tell her you love her.",
			"Dear Abby: My neighbour plays loud music. Can I complain?",
		), KindNews},
		{"arrest list", joinParas(
			"Police arrested six people in a drug investigation on Monday, the department said.",
			"Elizabeth A. Burton: Possession of methamphetamine, possession of a controlled substance.",
			"Elizabeth A. Burton: Dealing in methamphetamine.",
		), KindNews},
		{"prime minister quote in govuk style", joinParas(
			"Prime Minister Theresa May said:",
			"This year, the United Kingdom has had much to celebrate. I know how much this means to all of us.",
			"As we gather with our friends and families at this time of year, we proudly celebrate the birth of Christ. We also think of Christians in other parts of the world who face persecution this Christmas and re-affirm our determination to stand up for the freedom of people of all religions to practise their beliefs in peace and safety.",
			"Wherever you are this Christmas, I wish you joy and peace in this season of celebration, along with health and happiness in the year ahead. We thank all those who work over the holidays to keep us safe.",
		), KindSpeech},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			if len(turns) != 0 {
				t.Errorf("turns on a page without labels:\n%s", dumpSegs(segsOf(turns)))
			}
			if kind != c.kind {
				t.Errorf("kind %s, want %s", kind, c.kind)
			}
		})
	}
}

// generatedConference builds a press conference of n turns in the State
// Department's style, and returns it with the expected kinds.
func generatedConference(n int) (string, []string) {
	var ps, kinds []string
	ps = append(ps, "Antony J. Blinken, Secretary of State", "Washington, D.C.", "Press Briefing Room")
	ps = append(ps, "SECRETARY BLINKEN: Good morning, everyone. Let me start with a few words on our priorities.")
	kinds = append(kinds, "remarks")
	ps = append(ps, "We have a lot to cover today, so I will be brief.")
	ps = append(ps, "MODERATOR: We'll take questions now.")
	kinds = append(kinds, "remarks")
	for len(kinds) < n {
		k := len(kinds)
		switch {
		case k%4 == 2:
			ps = append(ps, fmt.Sprintf("QUESTION: Thank you, Mr. Secretary. On item %d, what comes next?", k))
			kinds = append(kinds, "question")
		case k%4 == 3:
			ps = append(ps, fmt.Sprintf("SECRETARY BLINKEN: On item %d, we are working closely with our partners.", k), "We will have more to say.")
			kinds = append(kinds, "answer")
		case k%4 == 0:
			ps = append(ps, fmt.Sprintf("FOREIGN MINISTER HAAVISTO: Let me add to that on item %d.", k))
			kinds = append(kinds, "remarks")
		default:
			ps = append(ps, fmt.Sprintf("MODERATOR: Next, number %d.", k))
			kinds = append(kinds, "remarks")
		}
	}
	return joinParas(ps...), kinds
}

func TestSegmentTurnsLongConference(t *testing.T) {
	body, kinds := generatedConference(200)
	kind, turns := segmentTurns(body)
	checkTurnInvariants(t, body, turns)
	if kind != KindTranscript {
		t.Errorf("kind %s", kind)
	}
	if len(turns) != len(kinds) {
		t.Fatalf("%d turns, want %d", len(turns), len(kinds))
	}
	for i, k := range kinds {
		if turns[i].Kind.String() != k {
			t.Errorf("turn %d: %s, want %s (%q)", i, turns[i].Kind, k, turns[i].Text)
		}
		if strings.HasPrefix(turns[i].Text, "On item") && (turns[i].Speaker != "Antony J. Blinken" || turns[i].Role != "Secretary of State") {
			t.Errorf("turn %d: speaker %q role %q", i, turns[i].Speaker, turns[i].Role)
		}
	}
}

func TestSegmentTurnsEdgeInputs(t *testing.T) {
	for _, body := range []string{
		"", "\n", "\n\n\n", "Q", "Q:", "A:", ":", "Mr:", "MR. PRICE:", "SECRETARY BLINKEN:",
		"QUESTION: ", "(As delivered)", "\xff\xfe: x", "Mark Rutte, NATO Secretary General",
		"Q \xffhello", strings.Repeat("SECRETARY BLINKEN: Yes.\n\n", 1000),
		strings.Repeat("A", 100000), strings.Repeat("Q ", 50000),
	} {
		kind, turns := segmentTurns(body)
		checkTurnInvariants(t, body, turns)
		_ = kind
	}
}

func FuzzSegmentTurns(f *testing.F) {
	for _, set := range []string{"nato", "dev"} {
		for _, d := range loadTurnCorpus(f, set) {
			f.Add(d.body)
		}
	}
	body, _ := generatedConference(12)
	f.Add(body)
	f.Add("Q\n\nQ:\n\nA: yes\n\nPRESIDENT X. Y\n\n(As delivered)\n\nEND")
	f.Fuzz(func(t *testing.T, body string) {
		kind, turns := segmentTurns(body)
		if kind < KindNews || kind > KindSpeech {
			t.Fatalf("kind %d", kind)
		}
		checkTurnInvariants(t, body, turns)
		for _, tr := range turns {
			if utf8.ValidString(body) && (!utf8.ValidString(tr.Speaker) || !utf8.ValidString(tr.Role)) {
				t.Fatalf("invalid UTF-8 in speaker or role")
			}
		}
		if kind == KindNews && len(turns) > 0 {
			t.Fatalf("news with turns")
		}
	})
}

func BenchmarkSegmentTurns(b *testing.B) {
	var bodies []string
	size := 0
	for _, set := range []string{"nato", "dev"} {
		for _, d := range loadTurnCorpus(b, set) {
			bodies = append(bodies, d.body)
			size += len(d.body)
		}
	}
	conf, _ := generatedConference(200)
	bodies = append(bodies, conf)
	size += len(conf)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, body := range bodies {
			segmentTurns(body)
		}
	}
}

func TestSegmentTurnsEndMarkers(t *testing.T) {
	for _, end := range []string{"END", "END 2:15 P.M. EDT", "###", "\\###", "12:32 P.M. CEST", "(END)", "1:05 PM"} {
		body := joinParas("THE PRESIDENT: Good afternoon.", "Q Mr. President, a question?", "THE PRESIDENT: No.", end, "Share this page")
		_, turns := segmentTurns(body)
		if len(turns) != 3 || turns[2].Text != "No." {
			t.Errorf("%q: %s", end, dumpSegs(segsOf(turns)))
		}
	}
}

// Hostile pages: thousands of distinct speakers, or labels and nothing
// else, finish in time proportional to their size.
func TestSegmentTurnsHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	letters := func(i int) string {
		var b strings.Builder
		for j := 0; j < 6; j++ {
			b.WriteByte(byte('A' + (i>>(j*3))%26))
		}
		return b.String()
	}
	var b strings.Builder
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "MR. %s: Hello there, how are you?\n\nSecretary %s said this.\n\n", letters(i), letters(i))
	}
	bodies := []string{
		b.String(),
		strings.Repeat("Q\n\n", 100000),
		strings.Repeat("THE PRESIDENT: yes.\n\nTHE VICE PRESIDENT: no.\n\n", 10000) + strings.Repeat("President Smith and President Jones ", 5000),
		strings.Repeat("Name Person: hello?\n\nReuters: why?\n\n", 10000),
	}
	for i, body := range bodies {
		start := time.Now()
		_, turns := segmentTurns(body)
		checkTurnInvariants(t, body, turns)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("body %d (%d bytes): %v", i, len(body), d)
		}
	}
}

// The headline may name a speaker whom the body names only by a label.
func TestSegmentTitledTurns(t *testing.T) {
	body := joinParas(
		"MS. JEAN-PIERRE: Good afternoon, everybody.",
		"Q Thank you, Karine. What does the President expect?",
		"MS. JEAN-PIERRE: A good conversation.",
	)
	_, turns := segmentTurns(body)
	if len(turns) != 3 || turns[0].Speaker != "Jean-Pierre" || turns[0].Role != "" {
		t.Fatalf("without the headline: %s", dumpSegs(segsOf(turns)))
	}
	_, turns = segmentTitledTurns(body, "Press Briefing by Press Secretary Karine Jean-Pierre | The White House")
	for _, i := range []int{0, 2} {
		if turns[i].Speaker != "Karine Jean-Pierre" || turns[i].Role != "Press Secretary" {
			t.Errorf("turn %d: %q %q", i, turns[i].Speaker, turns[i].Role)
		}
	}
	_, turns = segmentTitledTurns(joinParas("THE PRESIDENT: Good afternoon.", "Today I want to talk about jobs."), "Remarks by President Biden on the Economy")
	if len(turns) != 1 || turns[0].Speaker != "Biden" {
		t.Errorf("role-only label named from the headline: %s", dumpSegs(segsOf(turns)))
	}
	qa := joinParas("Q: Minister, what came of the talks?", "A: We agreed to open negotiations.", "Q: And farmers?", "A: They are protected.")
	_, turns = segmentTitledTurns(qa, "Transcript of interview with Minister for Trade Jane Roe")
	if len(turns) != 4 || turns[1].Speaker != "Jane Roe" || turns[1].Role != "Minister for Trade" || turns[3].Speaker != "Jane Roe" || turns[0].Speaker != "" {
		t.Errorf("answers named from the headline: %s", dumpSegs(segsOf(turns)))
	}
	_, turns = segmentTitledTurns(qa, "Questions and answers on the trade talks")
	if len(turns) != 4 || turns[1].Speaker != "" {
		t.Errorf("a headline naming no one names no answerer: %s", dumpSegs(segsOf(turns)))
	}
}

func TestGenericLabels(t *testing.T) {
	for _, c := range []struct {
		label string
		gen   genericRole
	}{
		{"QUESTION", genQuestion}, {"Q", genQuestion}, {"Questions", genQuestion}, {"PARTICIPANT", genQuestion},
		{"Correspondent", genQuestion}, {"Journaliste", genQuestion}, {"AUDIENCE\u00a0MEMBER", genQuestion},
		{"Réponse", genAnswer}, {"MODERATOR", genModerator}, {"Modératrice", genModerator},
		{"INTERPRETER", genOther}, {"Hon. Members", genOther}, {"Several hon. Members", genOther},
		{"Speaker 2", genOther}, {"Secretary", genNone}, {"Note", genNone}, {"Президент", genNone},
	} {
		if g, _ := genericLookup(c.label); g != c.gen {
			t.Errorf("%q: %d, want %d", c.label, g, c.gen)
		}
	}
}

// Long press conferences in three more house styles: every turn found, with
// its kind and speaker.
func TestSegmentTurnsLongStyles(t *testing.T) {
	type style struct {
		name                     string
		intro                    []string
		official, moderator, ask func(i int) string
		officialName, officialRe string
	}
	styles := []style{
		{
			name:  "White House",
			intro: []string{"Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby", "1:32 P.M. EDT"},
			official: func(i int) string {
				return fmt.Sprintf("MS. JEAN-PIERRE: On point %d, the President has been clear.", i)
			},
			moderator: func(i int) string {
				return fmt.Sprintf("MR. KIRBY: And to add on point %d, we are watching closely.", i)
			},
			ask:          func(i int) string { return fmt.Sprintf("Q Thank you, Karine. On point %d — what next?", i) },
			officialName: "Karine Jean-Pierre", officialRe: "Press Secretary",
		},
		{
			name:         "Kremlin",
			intro:        []string{"President of Russia Vladimir Putin: Good afternoon, colleagues."},
			official:     func(i int) string { return fmt.Sprintf("Vladimir Putin: As for point %d, we will see.", i) },
			moderator:    func(i int) string { return fmt.Sprintf("Dmitry Peskov: Point %d, please, go ahead.", i) },
			ask:          func(i int) string { return fmt.Sprintf("Question: Mr President, on point %d, what is your view?", i) },
			officialName: "Vladimir Putin", officialRe: "President of Russia",
		},
		{
			name:  "NATO",
			intro: []string{"(As delivered)", "Mark Rutte, NATO Secretary General", "Good afternoon."},
			official: func(i int) string {
				return joinParas("Mark Rutte, NATO Secretary General", fmt.Sprintf("On point %d, Allies agree.", i), "That is important.")
			},
			moderator: func(i int) string {
				return joinParas("Allison Hart, NATO Spokesperson", fmt.Sprintf("Point %d goes to Reuters.", i))
			},
			ask: func(i int) string {
				return joinParas("Question", fmt.Sprintf("Secretary General, on point %d, what now?", i))
			},
			officialName: "Mark Rutte", officialRe: "NATO Secretary General",
		},
	}
	for _, st := range styles {
		t.Run(st.name, func(t *testing.T) {
			ps := append([]string(nil), st.intro...)
			var gold []goldTurn
			if st.name != "White House" {
				gold = append(gold, goldTurn{Kind: "remarks", Speaker: st.officialName, Starts: "Good afternoon"})
			}
			for i := 0; len(gold) < 200; i++ {
				ps = append(ps, st.moderator(i), st.ask(i), st.official(i))
				mod := strings.SplitN(st.moderator(i), ": ", 2)
				modStarts := fmt.Sprintf("Point %d", i)
				if len(mod) == 2 {
					modStarts = mod[1][:10]
				}
				gold = append(gold,
					goldTurn{Kind: "remarks", Starts: modStarts},
					goldTurn{Kind: "question", Starts: strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(st.ask(i), "Q "), "Question: "), "Question\n\n")[:15]},
					goldTurn{Kind: "answer", Speaker: st.officialName, Starts: fmt.Sprintf("%s point %d", map[bool]string{true: "On", false: "As for"}[st.name != "Kremlin"], i)})
			}
			body := joinParas(ps...)
			kind, turns := segmentTitledTurns(body, st.intro[0])
			checkTurnInvariants(t, body, turns)
			if kind != KindTranscript {
				t.Errorf("kind %s", kind)
			}
			var sc turnScore
			sc.add(gold, turns, func(f string, a ...any) {
				if sc.fn < 5 {
					t.Errorf(f, a...)
				}
			})
			if sc.f1() < 1 || sc.speakerAcc() < 1 {
				t.Errorf("F1 %.3f (tp %d fp %d fn %d), speaker accuracy %.3f", sc.f1(), sc.tp, sc.fp, sc.fn, sc.speakerAcc())
			}
			for _, tr := range turns {
				if tr.Speaker == st.officialName && tr.Role != st.officialRe {
					t.Fatalf("role %q, want %q", tr.Role, st.officialRe)
				}
			}
		})
	}
}

// A short address is a speech when its headline calls it one or it opens
// with a salutation; the same words under a news headline are news.
func TestSpeechByHeadlineOrSalutation(t *testing.T) {
	body := joinParas(
		"It is a great pleasure to be here tonight. I thank you for inviting me. The economy grew last year.",
		"We expect growth to continue next year. Thank you.",
	)
	if kind, _ := segmentTitledTurns(body, "Speech by the Governor at the Acme Group annual dinner"); kind != KindSpeech {
		t.Errorf("speech headline: kind %v", kind)
	}
	report := joinParas("The Governor spoke at the dinner on Tuesday. He said the economy grew last year and that he expected growth to continue.",
		"He thanked the hosts, who had invited him.")
	if kind, _ := segmentTitledTurns(report, "Speech by the Governor at the Acme Group annual dinner"); kind != KindNews {
		t.Errorf("a report under a speech headline: kind %v", kind)
	}
	saluted := joinParas("Ladies and gentlemen,", body)
	if kind, _ := segmentTitledTurns(saluted, "Governor attends the Acme Group annual dinner"); kind != KindSpeech {
		t.Errorf("salutation: kind %v", kind)
	}
}

// The unlabelled statement that opens a press conference is a turn of the
// person its header names; without such a header, or in the third person,
// it is not.
func TestOpeningRemarksOfTheNamedSpeaker(t *testing.T) {
	body := joinParas(
		"##### PRESS CONFERENCE OF PRESIDENT JUAN DELA CRUZ",
		"###### Riverton Airport",
		"Good afternoon. I am leaving today for the summit, where I will meet our neighbours to discuss trade and the security of our region.",
		"Thank you.",
		"Questions and Answers",
		"Q: Mr. President, will you raise the fishing dispute?",
		"PRESIDENT DELA CRUZ: Yes, I will raise it with all of them.",
		"Q: And the tariffs?",
		"PRESIDENT DELA CRUZ: Those too.",
	)
	kind, turns := segmentTitledTurns(body, "")
	if kind != KindTranscript || len(turns) != 5 {
		t.Fatalf("kind %v, turns %s", kind, dumpSegs(segsOf(turns)))
	}
	if turns[0].Kind != TurnRemarks || turns[0].Speaker != turns[2].Speaker || !strings.HasPrefix(turns[0].Text, "Good afternoon.") || !strings.HasSuffix(turns[0].Text, "Thank you.") {
		t.Errorf("opening remarks: %s", dumpSegs(segsOf(turns)))
	}
	third := strings.Replace(body, "Good afternoon. I am leaving today for the summit, where I will meet our neighbours", "The President left today for the summit, where he met the neighbours", 1)
	third = strings.Replace(third, "Thank you.", "He returns on Friday.", 1)
	if _, turns := segmentTitledTurns(third, ""); len(turns) != 4 {
		t.Errorf("a report opening the page is no turn: %s", dumpSegs(segsOf(turns)))
	}
}
