package turns

import (
	"strings"
	"testing"
)

// This file tests the labels of parliaments (Hansard's own-line labels)
// and the table-test helper they share.

// turnCase is a table test of segmentTurns.
type turnCase struct {
	name string
	body string
	kind Kind
	want []turnSeg
}

// runTurnCases checks each case's kind and turns; a want ending in "$" is
// the whole text, else its start.
func runTurnCases(t *testing.T, cases []turnCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			checkTurnInvariants(t, c.body, turns)
			if kind != c.kind {
				t.Errorf("kind %s, want %s", kind, c.kind)
			}
			got := segsOf(turns)
			if len(got) != len(c.want) {
				t.Fatalf("%d turns, want %d:\n%s", len(got), len(c.want), dumpSegs(got))
			}
			for i, w := range c.want {
				g := got[i]
				textOK := strings.HasPrefix(g.starts, w.starts)
				if exact, ok := strings.CutSuffix(w.starts, "$"); ok {
					textOK = g.starts == exact
				}
				if g.kind != w.kind || g.speaker != w.speaker || g.role != w.role || !textOK {
					t.Errorf("turn %d:\n got %s %q %q %.60q\nwant %s %q %q %q", i, g.kind, g.speaker, g.role, g.starts, w.kind, w.speaker, w.role, w.starts)
				}
			}
		})
	}
}

// The UK Parliament's Hansard web pages print each speaker's label on its
// own line, without a colon; older records and other reports keep the colon.
func TestSegmentTurnsHansardOwnLine(t *testing.T) {
	const fcoHague = "Secretary of State for Foreign and Commonwealth Affairs"
	runTurnCases(t, []turnCase{
		{
			name: "statement with own-line Members and colon replies",
			body: joinParas(
				"Syria",
				"Volume 551: debated on Tuesday 27 November 2012",
				"12.35 pm",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): With permission, Mr Speaker, I will make a statement on Syria.",
				"The conflict has now claimed more than 40,000 lives.",
				"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)",
				"I thank the Foreign Secretary for his statement. What steps is he taking to support the opposition coalition?",
				"Mr Hague: We have recognised the coalition as the legitimate representative of the Syrian people.",
				"Sir Menzies Campbell (North East Fife) (LD)",
				"Does my right hon. Friend accept that a political settlement remains the only answer?",
				"Mr Hague: I do, and we are working for one every day.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", fcoHague, "With permission"},
				{"question", "Douglas Alexander", "", "I thank the Foreign Secretary"},
				{"answer", "William Hague", fcoHague, "We have recognised"},
				{"question", "Menzies Campbell", "", "Does my right hon."},
				{"answer", "William Hague", fcoHague, "I do, and we are working for one every day.$"},
			},
		},
		{
			name: "every label on its own line",
			body: joinParas(
				"Ukraine",
				"3.31 pm",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)",
				"With permission, Mr Speaker, I will make a statement on Ukraine.",
				"Mr David Lammy (Tottenham) (Lab)",
				"Will the Foreign Secretary tell the House when sanctions will be extended?",
				"Mr Hague",
				"They will be extended at the next meeting of the Foreign Affairs Council.",
				"Mr Speaker",
				"Order. Many Members wish to take part; short questions and short answers, please.",
				"Dame Rosie Winterton (Doncaster Central) (Lab)",
				"What support will the Government give to Ukrainian refugees in Doncaster?",
				"Mr Hague",
				"We will set out more support next week.",
				"Mr Jonathan Lord (Woking) (Con)",
				"Will my right hon. Friend visit Kyiv?",
				"Madam Deputy Speaker (Dame Eleanor Laing)",
				"Order. The hon. Gentleman must be brief.",
				"Mr Hague",
				"I will visit Kyiv soon.",
				"4.02 pm",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", fcoHague, "With permission"},
				{"question", "David Lammy", "", "Will the Foreign Secretary"},
				{"answer", "William Hague", fcoHague, "They will be extended"},
				{"remarks", "", "Speaker", "Order. Many Members"},
				{"question", "Rosie Winterton", "", "What support"},
				{"answer", "William Hague", fcoHague, "We will set out more support next week.$"},
				{"question", "Jonathan Lord", "", "Will my right hon. Friend visit Kyiv?$"},
				{"remarks", "Eleanor Laing", "Deputy Speaker", "Order. The hon. Gentleman"},
				{"answer", "William Hague", fcoHague, "I will visit Kyiv soon.$"},
			},
		},
		{
			name: "Prime Minister's questions",
			body: joinParas(
				"Prime Minister",
				"The Prime Minister was asked—",
				"Engagements",
				"Q1. [901234] Mr Jonathan Lord (Woking) (Con)",
				"If he will list his official engagements for Wednesday 15 November.",
				"The Prime Minister (Rishi Sunak)",
				"This morning, I had meetings with ministerial colleagues and others. In addition to my duties in this House, I shall have further such meetings later today.",
				"Mr Lord",
				"I thank the Prime Minister for his answer. Will he confirm that the Government will keep the triple lock?",
				"The Prime Minister",
				"I can confirm that we will.",
				"Mr Speaker",
				"I call the Leader of the Opposition.",
				"Keir Starmer (Holborn and St Pancras) (Lab)",
				"The Prime Minister promised to cut waiting lists. Why are they longer than ever?",
				"The Prime Minister",
				"Waiting lists are now falling, and we have a plan to cut them further.",
				"Several hon. Members rose—",
				"Mr Speaker",
				"Order. I want to hear the questions.",
				"Hon. Members",
				"Hear, hear!",
				"Q2. [901235] Dr Caroline Johnson (Sleaford and North Hykeham) (Con)",
				"If he will list his official engagements for Wednesday 15 November.",
				"The Prime Minister",
				"I refer my hon. Friend to the answer I gave some moments ago.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jonathan Lord", "", "If he will list"},
				{"answer", "Rishi Sunak", "Prime Minister", "This morning"},
				{"question", "Jonathan Lord", "", "I thank the Prime Minister"},
				{"answer", "Rishi Sunak", "Prime Minister", "I can confirm that we will.$"},
				{"remarks", "", "Speaker", "I call the Leader"},
				{"question", "Keir Starmer", "", "The Prime Minister promised"},
				{"answer", "Rishi Sunak", "Prime Minister", "Waiting lists are now falling, and we have a plan to cut them further.$"},
				{"remarks", "", "Speaker", "Order. I want to hear the questions.$"},
				{"remarks", "", "Hon. Members", "Hear, hear!$"},
				{"question", "Caroline Johnson", "", "If he will list"},
				{"answer", "Rishi Sunak", "Prime Minister", "I refer my hon. Friend"},
			},
		},
		{
			name: "Lords oral question",
			body: joinParas(
				"Gaza: Humanitarian Aid",
				"Question",
				"11.14 am",
				"Lord Hannay of Chiswick",
				"To ask His Majesty's Government what steps they are taking to increase the flow of humanitarian aid into Gaza.",
				"The Secretary of State for Foreign, Commonwealth and Development Affairs (Lord Cameron of Chipping Norton) (Con)",
				"My Lords, we are pressing for more crossings to open and have trebled our aid this year.",
				"Lord Hannay of Chiswick (CB)",
				"My Lords, I thank the noble Lord for that Answer. Will he press the Israeli Government to open the port of Ashdod?",
				"Lord Cameron of Chipping Norton",
				"My Lords, we have pressed for exactly that.",
				"Baroness Chapman of Darlington (Lab)",
				"My Lords, what assessment has the Government made of the risk of famine in the north of Gaza?",
				"Lord Cameron of Chipping Norton",
				"The risk is real, and we are working with the UN on it.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Lord Hannay of Chiswick", "", "To ask His Majesty"},
				{"answer", "Lord Cameron of Chipping Norton", "Secretary of State for Foreign, Commonwealth and Development Affairs", "My Lords, we are pressing"},
				{"question", "Lord Hannay of Chiswick", "", "My Lords, I thank"},
				{"answer", "Lord Cameron of Chipping Norton", "Secretary of State for Foreign, Commonwealth and Development Affairs", "My Lords, we have pressed"},
				{"question", "Baroness Chapman of Darlington", "", "My Lords, what assessment"},
				{"answer", "Lord Cameron of Chipping Norton", "Secretary of State for Foreign, Commonwealth and Development Affairs", "The risk is real"},
			},
		},
		{
			name: "Westminster Hall debate",
			body: joinParas(
				"Westminster Hall",
				"[Sir Edward Leigh in the Chair]",
				"9.30 am",
				"Jim Shannon (Strangford) (DUP)",
				"I beg to move, That this House has considered freedom of religion or belief around the world.",
				"It is a pleasure to serve under your chairmanship, Sir Edward.",
				"Mr Philip Hollobone (Kettering) (Con)",
				"Will the hon. Gentleman give way?",
				"Jim Shannon",
				"I will, of course.",
				"Sir Edward Leigh (in the Chair)",
				"Order. The Minister has 10 minutes.",
				"The Minister for Europe (Stephen Doughty)",
				"I congratulate the hon. Member for Strangford on securing this debate.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Jim Shannon", "", "I beg to move"},
				{"question", "Philip Hollobone", "", "Will the hon. Gentleman give way?$"},
				{"answer", "Jim Shannon", "", "I will, of course.$"},
				{"remarks", "Edward Leigh", "Chair", "Order. The Minister"},
				{"remarks", "Stephen Doughty", "Minister for Europe", "I congratulate"},
			},
		},
		{
			name: "Lords question asked by",
			body: joinParas(
				"Sudan: Humanitarian Situation",
				"Question",
				"Asked by Baroness Anelay of St Johns",
				"To ask His Majesty's Government what assessment they have made of the humanitarian situation in Sudan.",
				"The Minister of State, Foreign, Commonwealth and Development Office (Lord Collins of Highbury) (Lab)",
				"My Lords, the situation in Sudan is the largest humanitarian crisis in the world.",
				"Baroness Anelay of St Johns (Con)",
				"My Lords, I thank the Minister. What more can be done to protect civilians in El Fasher?",
				"Lord Collins of Highbury (Lab)",
				"We are working with our partners at the Security Council.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Baroness Anelay of St Johns", "", "To ask His Majesty"},
				{"answer", "Lord Collins of Highbury", "Minister of State, Foreign, Commonwealth and Development Office", "My Lords, the situation"},
				{"question", "Baroness Anelay of St Johns", "", "My Lords, I thank"},
				{"answer", "Lord Collins of Highbury", "Minister of State, Foreign, Commonwealth and Development Office", "We are working"},
			},
		},
		{
			name: "virtual participation and topical questions",
			body: joinParas(
				"Topical Questions",
				"T1. [906789] Jim Shannon (Strangford) (DUP) [V]",
				"If he will make a statement on his departmental responsibilities.",
				"The Secretary of State for Foreign, Commonwealth and Development Affairs (Dominic Raab)",
				"We continue to lead the international response to the crisis in Hong Kong.",
				"Jim Shannon [V]",
				"I thank the Secretary of State for his answer. What steps is he taking on freedom of religion?",
				"Dominic Raab",
				"We have appointed a special envoy.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jim Shannon", "", "If he will make"},
				{"answer", "Dominic Raab", "Secretary of State for Foreign, Commonwealth and Development Affairs", "We continue"},
				{"question", "Jim Shannon", "", "I thank the Secretary"},
				{"answer", "Dominic Raab", "Secretary of State for Foreign, Commonwealth and Development Affairs", "We have appointed"},
			},
		},
		{
			name: "committee oral evidence",
			body: joinParas(
				"Foreign Affairs Committee",
				"Oral evidence: The UK's relations with China",
				"Witness: Lord Cameron, Secretary of State for Foreign, Commonwealth and Development Affairs.",
				"Q1 Chair: Good morning, Foreign Secretary. How would you describe the relationship with China today?",
				"Lord Cameron: It is a complex relationship, and we engage where it is in our interest.",
				"Q2 Bob Seely: Do you think the Government's approach has been consistent?",
				"Lord Cameron: I think it has been consistent and clear.",
				"Chair: Thank you. We will move on to Hong Kong.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "", "Chair", "Good morning, Foreign Secretary."},
				{"answer", "Lord Cameron", "", "It is a complex"},
				{"question", "Bob Seely", "", "Do you think"},
				{"answer", "Lord Cameron", "", "I think it has been"},
				{"remarks", "", "Chair", "Thank you. We will move on to Hong Kong.$"},
			},
		},
		{
			name: "page frame left between contributions",
			body: joinParas(
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)",
				"With permission, I will make a statement on Iran.",
				"Share this contribution",
				"Copy link",
				"Mr Jack Straw (Blackburn) (Lab)",
				"Will the Foreign Secretary confirm that talks will resume?",
				"Share this contribution",
				"Copy link",
				"Mr Hague",
				"They will resume next month.",
				"Share this contribution",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "With permission, I will make a statement on Iran.$"},
				{"question", "Jack Straw", "", "Will the Foreign Secretary confirm that talks will resume?$"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "They will resume next month.$"},
			},
		},
		{
			name: "next item's heading and time",
			body: joinParas(
				"Mr Jonathan Lord (Woking) (Con)",
				"Will the Prime Minister visit Woking?",
				"The Prime Minister (Rishi Sunak)",
				"I would be delighted to visit Woking.",
				"Points of Order",
				"12.37 pm",
				"Ms Emily Thornberry (Islington South and Finsbury) (Lab)",
				"On a point of order, Mr Speaker. Have you had notice of a statement on the hospital closures?",
				"Mr Speaker",
				"I have had no notice of a statement.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jonathan Lord", "", "Will the Prime Minister visit Woking?$"},
				{"answer", "Rishi Sunak", "Prime Minister", "I would be delighted to visit Woking.$"},
				{"question", "Emily Thornberry", "", "On a point of order"},
				{"remarks", "", "Speaker", "I have had no notice of a statement.$"},
			},
		},
		{
			name: "interjections between question and answer, colon labels",
			body: joinParas(
				"Mr Jack Straw (Blackburn) (Lab): Will the Foreign Secretary rule out military action?",
				"Hon. Members: Hear, hear!",
				"Mr Speaker: Order.",
				"Mr Hague: No option is off the table.",
				"Several hon. Members rose—",
				"Mr Speaker: I call Sir Menzies Campbell.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jack Straw", "", "Will the Foreign Secretary"},
				{"remarks", "", "Hon. Members", "Hear, hear!$"},
				{"remarks", "", "Speaker", "Order.$"},
				{"answer", "Hague", "", "No option is off the table.$"},
				{"remarks", "", "Speaker", "I call Sir Menzies Campbell.$"},
			},
		},
		{
			name: "the House of Commons of Canada's own-line labels, the House's assent",
			body: joinParas(
				"The Speaker:",
				"Does the hon. minister have the unanimous consent of the House to move the motion?",
				"Some hon. members:",
				"Agreed.",
				"The Speaker:",
				"The House has heard the terms of the motion.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Speaker", "Does the hon. minister"},
				{"remarks", "", "Some hon. members", "Agreed.$"},
				{"remarks", "", "Speaker", "The House has heard"},
			},
		},
		{
			name: "Scottish Parliament First Minister's question time",
			body: joinParas(
				"First Minister's Question Time",
				"The Presiding Officer (Alison Johnstone)",
				"We move to general and constituency supplementary questions.",
				"1. Douglas Ross (Highlands and Islands) (Con)",
				"To ask the First Minister what engagements he has planned for the rest of the week. (S6F-03112)",
				"The First Minister (John Swinney)",
				"Engagements to take forward the Government's programme for Scotland.",
				"Douglas Ross",
				"The waiting lists are the longest on record. When will the First Minister act?",
				"The Presiding Officer",
				"Thank you, Mr Ross.",
				"The First Minister",
				"We are already acting, and waiting lists are falling.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Alison Johnstone", "Presiding Officer", "We move to"},
				{"question", "Douglas Ross", "", "To ask the First Minister"},
				{"answer", "John Swinney", "First Minister", "Engagements to take"},
				{"question", "Douglas Ross", "", "The waiting lists"},
				{"remarks", "Alison Johnstone", "Presiding Officer", "Thank you, Mr Ross.$"},
				{"answer", "John Swinney", "First Minister", "We are already acting"},
			},
		},
		{
			name: "Canadian House of Commons",
			body: joinParas(
				"Oral Questions",
				"Mr. Michael Chong (Wellington—Halton Hills, CPC)",
				"Mr. Speaker, will the minister expel the diplomats involved?",
				"Hon. Mélanie Joly (Minister of Foreign Affairs, Lib.)",
				"Mr. Speaker, we have summoned the ambassador and all options are on the table.",
				"The Speaker",
				"Order. The hon. member for Wellington—Halton Hills.",
				"Mr. Michael Chong (Wellington—Halton Hills, CPC)",
				"Mr. Speaker, that is not an answer. When will they act?",
				"Hon. Mélanie Joly",
				"Mr. Speaker, we will act this week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Michael Chong", "", "Mr. Speaker, will the minister"},
				{"answer", "Mélanie Joly", "Minister of Foreign Affairs", "Mr. Speaker, we have summoned"},
				{"remarks", "", "Speaker", "Order."},
				{"question", "Michael Chong", "", "Mr. Speaker, that is not"},
				{"answer", "Mélanie Joly", "Minister of Foreign Affairs", "Mr. Speaker, we will act this week.$"},
			},
		},
		{
			name: "Deputy Speaker named in brackets",
			body: joinParas(
				"Madam Deputy Speaker (Dame Rosie Winterton)",
				"I call the shadow Foreign Secretary.",
				"Mr David Lammy (Tottenham) (Lab)",
				"Can the Minister tell us when the embassy will reopen?",
				"The Minister of State, Foreign, Commonwealth and Development Office (Anne-Marie Trevelyan)",
				"As soon as it is safe to do so.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Rosie Winterton", "Deputy Speaker", "I call the shadow"},
				{"question", "David Lammy", "", "Can the Minister"},
				{"answer", "Anne-Marie Trevelyan", "Minister of State, Foreign, Commonwealth and Development Office", "As soon as"},
			},
		},
	})
}

// Own-line lines that look like a parliament's labels are no labels on
// pages without a parliament's forms.
func TestSegmentTurnsHansardNoFalseLabels(t *testing.T) {
	cases := []struct {
		name string
		body string
		kind Kind
	}{
		{"headline names", joinParas(
			"The Prime Minister",
			"The Prime Minister met the President of France in Paris on Monday. They discussed support for Ukraine, officials said.",
			"Mr Macron",
			"The French President welcomed the visit, his office said in a statement.",
		), KindNews},
		{"one bracketed outlet", joinParas(
			"Mr John Smith (BBC)",
			"The minister was asked about the budget on Sunday and said that taxes would not rise, according to the broadcaster.",
		), KindNews},
		{"peer named once in a story", joinParas(
			"Lord Ahmad of Wimbledon",
			"The Minister for the Middle East visited Amman on Tuesday. He met the Foreign Minister and discussed the humanitarian situation, the Foreign Office said.",
		), KindNews},
		{"list of peers", joinParas(
			"New appointments to the House of Lords",
			"Lord Cameron of Chipping Norton",
			"Former Prime Minister and Foreign Secretary from November 2023 to July 2024.",
			"Baroness Smith of Basildon",
			"Leader of the House of Lords and Lord Privy Seal since July 2024.",
			"Lord Ahmad of Wimbledon",
			"Former Minister of State for the Middle East, North Africa, South Asia and the United Nations.",
		), KindNews},
		{"election results", joinParas(
			"Results in north London",
			"Mr David Lammy (Tottenham) (Lab)",
			"Elected with 23,000 votes, a majority of 15,400 over the Green candidate.",
			"Ms Catherine West (Hornsey and Friern Barnet) (Lab)",
			"Elected with 27,000 votes, a majority of 10,800 over the Liberal Democrat candidate.",
		), KindNews},
		{"programme with times", joinParas(
			"Programme of the NATO Summit",
			"Arrival of Leaders 09:30",
			"Leaders arrive at the venue and are greeted by the Secretary General.",
			"Family Photo 10:15",
			"Heads of State and Government gather for the traditional family photo.",
			"Working Session 10:45",
			"The North Atlantic Council meets at the level of Heads of State and Government.",
			"Press Conference 16:00",
			"The Secretary General holds a press conference at the end of the Summit.",
		), KindNews},
		{"quarterly results", joinParas(
			"Q4 Earnings: Revenue rose 5% on the year, the company said on Thursday, beating analysts' forecasts.",
			"Q3 Outlook: The company expects margins to narrow as costs rise, its chief financial officer told reporters.",
		), KindNews},
		{"rise line alone", joinParas(
			"Several hon. Members rose—",
			"The debate continued into the evening, and the vote was held at 7 pm, the clerk said.",
		), KindNews},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			if kind != c.kind || len(turns) != 0 {
				t.Errorf("kind %s, %d turns:\n%s", kind, len(turns), dumpSegs(segsOf(turns)))
			}
		})
	}
}

func TestParlLabelParts(t *testing.T) {
	cases := []struct {
		in                            string
		ok                            bool
		name, role                    string
		member, mark, chair, numbered bool
	}{
		{"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)", true, "Douglas Alexander", "", true, true, false, false},
		{"Dame Rosie Winterton (Doncaster Central) (Lab)", true, "Rosie Winterton", "", true, true, false, false},
		{"Keir Starmer (Holborn and St Pancras) (Lab)", true, "Keir Starmer", "", true, true, false, false},
		{"The Prime Minister (Rishi Sunak)", true, "Rishi Sunak", "Prime Minister", false, true, false, false},
		{"Lord Cameron of Chipping Norton", true, "Lord Cameron of Chipping Norton", "", false, true, false, false},
		{"The Earl of Courtown (Con)", true, "Earl of Courtown", "", true, true, false, false},
		{"The Lord Bishop of St Albans", true, "Lord Bishop of St Albans", "", false, true, false, false},
		{"Mr Speaker", true, "", "Speaker", false, false, true, false},
		{"Madam Deputy Speaker (Dame Eleanor Laing)", true, "Eleanor Laing", "Deputy Speaker", false, true, true, false},
		{"Sir Edward Leigh (in the Chair)", true, "Edward Leigh", "Chair", false, true, true, false},
		{"Q1. [901234] Mr Jonathan Lord (Woking) (Con)", true, "Jonathan Lord", "", true, true, false, true},
		{"T3. [906789] Jim Shannon (Strangford) (DUP)", true, "Jim Shannon", "", true, true, false, true},
		{"Mr Hague", true, "Hague", "", false, false, false, false},
		{"The Secretary of State for Northern Ireland (Hilary Benn)", true, "Hilary Benn", "Secretary of State for Northern Ireland", false, true, false, false},
		{"The Chancellor of the Exchequer (Rachel Reeves)", true, "Rachel Reeves", "Chancellor of the Exchequer", false, true, false, false},
		{"The Chancellor of the Duchy of Lancaster (Pat McFadden)", true, "Pat McFadden", "Chancellor of the Duchy of Lancaster", false, true, false, false},
		{"The Lord Privy Seal (Lord True) (Con)", true, "Lord True", "Lord Privy Seal", false, true, false, false},
		{"The Lord Speaker (Lord McFall of Alcluith)", true, "Lord McFall of Alcluith", "Lord Speaker", false, true, true, false},
		{"The Secretary of State for the Home Department (Yvette Cooper)", true, "Yvette Cooper", "Secretary of State for the Home Department", false, true, false, false},
		{"The Cabinet Secretary for Education and Lifelong Learning (Fiona Roe)", true, "Fiona Roe", "Cabinet Secretary for Education and Lifelong Learning", false, true, false, false},
		{"The Presiding Officer (Alex Doe)", true, "Alex Doe", "Presiding Officer", false, true, true, false},
		{"Oana Lungescu (NATO Spokesperson)", true, "Oana Lungescu", "NATO Spokesperson", false, false, false, false},
		{"Libya and the Middle East", false, "", "", false, false, false, false},
		{"Prime Minister", false, "", "", false, false, false, false},
		{"Lord Privy Seal", false, "", "", false, false, false, false},
		{"Mr Smith said the talks would go on.", false, "", "", false, false, false, false},
	}
	for _, c := range cases {
		lb, ok := paragraphLabel(c.in, labelMemo{})
		if ok && lb.class != classParl && !lb.ownLine {
			ok = false
		}
		if ok != c.ok {
			t.Errorf("%q: ok %v, want %v (%+v)", c.in, ok, c.ok, lb)
			continue
		}
		if !ok {
			continue
		}
		p := lb.parl
		if lb.name != c.name || lb.role != c.role || p.member != c.member || p.mark != c.mark || p.chair != c.chair || p.numbered != c.numbered {
			t.Errorf("%q: got %q %q %+v, want %q %q member %v mark %v chair %v numbered %v", c.in, lb.name, lb.role, p, c.name, c.role, c.member, c.mark, c.chair, c.numbered)
		}
	}
}

// At question time a member may put the question by announcing it, and a
// point of order that asks the chair nothing is remarks.
func TestSegmentTurnsQuestionTime(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "announced questions and points of order",
			body: joinParas(
				"ORAL QUESTIONS",
				"MR SPEAKER: Is the Honourable Member for Northvale ready? You have the Floor.",
				"HON. J. TUARA: Thank you, Mr Speaker. My question is directed to the Minister of Education. The new school in Northvale still has no teachers for its senior classes.",
				"MR SPEAKER: Thank you, Honourable Member. I see the Honourable Minister; you have the Floor.",
				"HON. M. KETI: Thank you, Mr Speaker. Two teachers have been appointed and will start next term.",
				"HON. J. TUARA: Point of Order!",
				"MR SPEAKER: Honourable Member, what is your Point of Order?",
				"HON. M. KETI: Mr Speaker, the Member has had his answer.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Speaker", "Is the Honourable Member"},
				{"question", "J. Tuara", "", "Thank you, Mr Speaker. My question"},
				{"remarks", "", "Speaker", "Thank you, Honourable Member."},
				{"answer", "M. Keti", "", "Thank you, Mr Speaker. Two teachers"},
				{"remarks", "J. Tuara", "", "Point of Order!"},
				{"remarks", "", "Speaker", "Honourable Member, what is"},
				{"remarks", "M. Keti", "", "Mr Speaker, the Member"},
			},
		},
	})
}

// Counsel questioning a witness also speaks to the chair before the witness
// takes the floor; the chair's replies ("Good morning, Ms Ray.") answer no
// question, the witness's replies do.
func TestSegmentTurnsCounselAndChair(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "hearing",
			body: joinParas(
				"**Ms Ray**: Good morning, sir.",
				"**Sir Alan Grey**: Good morning, Ms Ray.",
				"**Ms Ray**: Our first witness is on his way to the room.",
				"**Sir Alan Grey**: That's fine.",
				"**Ms Ray**: Can you give your full name, please?",
				"**Tom Hale**: Thomas Edward Hale.",
				"**Ms Ray**: When did you first hear of the faults?",
				"**Tom Hale**: In the spring of 2019.",
				"**Ms Ray**: Who told you?",
				"**Tom Hale**: The director of operations.",
				"**Ms Ray**: Did you act on it?",
				"**Tom Hale**: Not at once, no.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Ray", "", "Good morning, sir.$"},
				{"remarks", "Alan Grey", "", "Good morning, Ms Ray.$"},
				{"question", "Ray", "", "Our first witness"},
				{"remarks", "Alan Grey", "", "That's fine.$"},
				{"question", "Ray", "", "Can you give"},
				{"answer", "Thomas Edward Hale", "", "Thomas Edward Hale."},
				{"question", "Ray", "", "When did you"},
				{"answer", "Thomas Edward Hale", "", "In the spring"},
				{"question", "Ray", "", "Who told you?"},
				{"answer", "Thomas Edward Hale", "", "The director"},
				{"question", "Ray", "", "Did you act"},
				{"answer", "Thomas Edward Hale", "", "Not at once"},
			},
		},
	})
}

// An advocate named in full with a generational suffix on the cover
// ("JANE Q. ROE, JR., ESQ., Solicitor General,") is named so in every
// turn the label gives by surname.
func TestSegmentTurnsNameSuffix(t *testing.T) {
	body := joinParas(
		"APPEARANCES:",
		"JANE Q. ROE, JR., ESQ., Solicitor General, Department of Justice; on behalf of the Petitioners.",
		"ORAL ARGUMENT OF JANE Q. ROE, JR.,",
		"CHIEF JUSTICE BRANT: We will hear argument this morning in the first case. General Roe.",
		"GENERAL ROE: Mr. Chief Justice, and may it please the Court: the statute is clear.",
		"JUSTICE HOLM: Is it? Where does it say so?",
		"GENERAL ROE: In its second section, Justice Holm.",
	)
	_, turns := segmentTurns(body)
	var got []string
	for _, tn := range turns {
		got = append(got, tn.Speaker)
	}
	want := []string{"Brant", "Jane Q. Roe, Jr.", "Holm", "Jane Q. Roe, Jr."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// A record in reported speech opens its members' paragraphs with an
// honorific and a name or an office in capitals before the verb ("Mr.
// LOCKE called …", "Hon. PROV. SEC. said that …"): each is a turn from the
// verb. Two such paragraphs, or one name alone, make no record; a news
// story's "Mr. SMITH said" once is no label.
func TestSegmentTurnsReportedSpeech(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "a colonial assembly's reported debate",
			body: joinParas(
				"PETITIONS.",
				"Mr. LOCKE called the attention of the Government to a petition from the inhabitants of the county.",
				"Mr. BOURINOT would suggest that the petition lay on the table until the railway was completed.",
				"Hon. PROV. SEC. said that the petition was deserving of consideration.",
				"Mr. LOCKE said he would place the petition in the hands of the Government.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Locke", "", "called the attention"},
				{"remarks", "Bourinot", "", "would suggest"},
				{"remarks", "Prov. Sec.", "", "said that the petition"},
				{"remarks", "Locke", "", "said he would place"},
			},
		},
		{
			name: "one name alone",
			body: joinParas(
				"The harbour reopened on Monday after a week of repairs to the quay.",
				"Mr. LOCKE said the work had gone well.",
				"Mr. LOCKE thanked the crews.",
				"Mr. LOCKE left for the capital.",
			),
			kind: KindNews,
		},
	})
}

// A label that gives initials ("MR T. HEATHER:") takes the full name the
// body spells out ("the Honourable Teariki Heather"), when the body gives
// one name those initials fit; two such names leave the initials.
func TestSegmentTurnsInitialsSpelledOut(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "the Speaker calls the member in full",
			body: joinParas(
				"MR SPEAKER: I see the Honourable Teariki Heather; you have the Floor.",
				"MR T. HEATHER: Thank you, Mr Speaker. When will the new wharf open?",
				"MR SPEAKER: I see the Honourable Tom Roe and the Honourable Tina Roe.",
				"MR T. ROE: Thank you, Mr Speaker. The wharf opens in May.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Speaker", "I see the Honourable Teariki"},
				{"question", "Teariki Heather", "", "Thank you, Mr Speaker. When"},
				{"remarks", "", "Speaker", "I see the Honourable Tom"},
				{"answer", "T. Roe", "", "Thank you, Mr Speaker. The wharf"},
			},
		},
	})
}

// Minutes in mixed case report what members did ("Hon. Mr. Roe moved …",
// "Mr. Doe, seconded by Mr. Roe, moved …", "Chairman thanked …") and set
// a member's own words after a dash ("The President — It is our duty …"):
// each is a turn from the deed or the dash, once the page shows the form
// in three paragraphs under two names, two of them moving or seconding or
// three with a dash. A news story whose paragraphs open "Mr. Roe said"
// is none; nor is a body that acts ("The Secretaries broke the seal").
func TestSegmentTurnsMinutes(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "a provisional assembly's minutes",
			body: joinParas(
				"Wednesday, 16 March 1870",
				"Noon — The President in the Chair.",
				"Hon. Mr. Roe moved the adoption of the motion of which he had given notice.",
				"Hon. Mr. O'Doyle seconded the motion.",
				"The President — It is our duty to weigh carefully how we word our resolutions.",
				"Hon. Mr. Roe — I object to the alteration.",
				"Mr. J.K. Doe, seconded by Hon. Mr. Roe, moved that the House adjourn.",
				"Chairman thanked the assembly and said that the business was done.",
				"The Secretaries broke the seal and read the papers.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Roe", "", "moved the adoption"},
				{"remarks", "O'Doyle", "", "seconded the motion"},
				{"remarks", "", "President", "It is our duty"},
				{"remarks", "Roe", "", "I object"},
				{"remarks", "J.K. Doe", "", "seconded by Hon. Mr. Roe"},
				{"remarks", "", "Chairman", "thanked the assembly"},
			},
		},
		{
			name: "a news story's paragraphs",
			body: joinParas(
				"The harbour reopened on Monday after a week of repairs to the quay.",
				"Mr. Roe said the work had gone well.",
				"Mr. Doe thanked the crews.",
				"Mr. Roe left for the capital.",
				"Mr. Doe said the quay would stay open.",
			),
			kind: KindNews,
		},
	})
}

// One member's statement in a house's record, the label stamped with the
// time the member rose ("The Hon. R.I. ROE (Treasurer) (15:13):"), is a
// record of the sitting; one speaker's labelled address without such a
// stamp stays a speech.
func TestSegmentTurnsStampedStatement(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "a ministerial statement",
			body: joinParas(
				"Mineral Exploration",
				"The Hon. R.I. ROE (Treasurer) (15:13): I seek leave to make a ministerial statement.",
				"Leave granted.",
				"The Hon. R.I. ROE: The government approvals to permit mineral exploration are sound.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "R.I. Roe", "", "I seek leave"},
				{"remarks", "R.I. Roe", "", "The government approvals"},
			},
		},
		{
			name: "an address",
			body: joinParas(
				"THE PRESIDENT: Thank you all for coming to the harbour today.",
				"We have built the new quay in a year, and it will serve the island for a century.",
			),
			kind: KindSpeech,
			want: []turnSeg{
				{"remarks", "", "President", "Thank you all"},
			},
		},
	})
}

// Tasmania's Hansard closes its labels with a dash: a courtesy title or
// "The" and a name or an office in capitals, perhaps a seat and an office
// in brackets, and the words after a spaced dash, or none ("Mr ROE -No");
// an interjection prints the name in small letters ("Mr Poe - Shame.").
// (What kind each turn is is judged elsewhere; here, who speaks and where
// the words start.)
func TestSegmentTurnsDashLabelsWithSeats(t *testing.T) {
	body := joinParas(
		"QUESTIONS",
		"Mr DOE (Braddon - Premier) - Honourable Speaker, I will be taking the questions for the minister today.",
		"Ms ROE (McIntyre - Leader of the Opposition) (by leave) - Will the Premier apologise to the club?",
		"Mr DOE -No, in fact, the club asked us to wait.",
		"The SPEAKER - Order.",
		"Ms ROE - They only apologised when they were caught.",
		"Mr Poe - Shame.",
		"Mr DOE - Yes, the Greens say shame.",
	)
	kind, turns := segmentTurns(body)
	if kind != KindTranscript {
		t.Fatalf("kind %v, want transcript", kind)
	}
	want := [][3]string{
		{"Doe", "Premier", "Honourable Speaker"},
		{"Roe", "Leader of the Opposition", "Will the Premier"},
		{"Doe", "Premier", "No, in fact"},
		{"", "Speaker", "Order."},
		{"Roe", "Leader of the Opposition", "They only apologised"},
		{"Poe", "", "Shame."},
		{"Doe", "Premier", "Yes, the Greens"},
	}
	if len(turns) != len(want) {
		t.Fatalf("%d turns, want %d: %+v", len(turns), len(want), turns)
	}
	for i, w := range want {
		if tr := turns[i]; tr.Speaker != w[0] || tr.Role != w[1] || !strings.HasPrefix(tr.Text, w[2]) {
			t.Errorf("turn %d: %q %q %q, want %q", i, tr.Speaker, tr.Role, tr.Text[:min(30, len(tr.Text))], w)
		}
	}
}

// A paragraph of prose may open with a name and a dash; without dash labels
// in capitals around it, it is no label.
func TestSegmentTurnsMixedDashNeedsCapitals(t *testing.T) {
	body := joinParas(
		"Mr Roe - the former minister - opened the bridge on Monday.",
		"Ms Doe - who chairs the board - said the work was done on time.",
		"Mr Roe - again - thanked the workers.",
	)
	if kind, turns := segmentTurns(body); len(turns) != 0 || kind == KindTranscript {
		t.Errorf("kind %v, turns %+v: want no turns", kind, turns)
	}
}

// A house's record may head each question with who asks it of whom ("Mr
// ROE question to PREMIER, Ms DOE") and head the reply "ANSWER": the
// member asks, the one asked answers, the chair and the interjections (the
// name in small letters) remark, up to a heading in capitals.
func TestSegmentTurnsQuestionHeadings(t *testing.T) {
	body := joinParas(
		"QUESTIONS",
		"Harbour Bridge - Cost",
		"Mr ROE question to PREMIER, Ms DOE",
		"[10.02 a.m.]",
		"Premier, the bridge has cost twice what you promised. Who signed off on the extra money?",
		"ANSWER",
		"Honourable Speaker, I thank the member for the question. The board did.",
		"Mr Roe - That's what you said last year.",
		"The SPEAKER - Order.",
		"Ms DOE - The board will report in March.",
		"Mr ROE - A supplementary question, Speaker?",
		"The SPEAKER - I will hear the supplementary question.",
		"Mr ROE - Will you table the board's advice?",
		"Ms DOE - I will consider it.",
		"Mr POE - Hear, hear.",
		"Mr LOE - I would like to add to the record.",
		"PETITIONS",
		"Mr ROE (Clark) - Honourable Speaker, I present a petition on the bridge.",
		"Ms DOE - Thank you.",
	)
	_, turns := segmentTurns(body)
	want := [][2]string{
		{"question", "Roe"},
		{"answer", "Doe"},
		{"remarks", "Roe"},
		{"remarks", ""},
		{"answer", "Doe"},
		{"remarks", "Roe"},
		{"remarks", ""},
		{"question", "Roe"},
		{"answer", "Doe"},
		{"remarks", "Poe"},
		{"remarks", "Loe"},
		{"remarks", "Roe"},
		{"remarks", "Doe"},
	}
	if len(turns) != len(want) {
		t.Fatalf("%d turns, want %d: %+v", len(turns), len(want), turns)
	}
	for i, w := range want {
		if tr := turns[i]; tr.Kind.String() != w[0] || tr.Speaker != w[1] {
			t.Errorf("turn %d: %s %q %q, want %q", i, tr.Kind, tr.Speaker, tr.Text[:min(30, len(tr.Text))], w)
		}
	}
}

// Headings of questions open with a member's name in capitals before a word
// in small letters, as a record in reported speech does ("Mr ROE moved"),
// but report nothing.
func TestQuestionHeadingsAreNoReportedRecord(t *testing.T) {
	body := joinParas(
		"Mr ROE question to PREMIER, Ms DOE",
		"Will the Premier table the advice?",
		"Ms POE question to MINISTER for HEALTH, Mr LOE",
		"When will the hospital open?",
		"Mr ROE question to TREASURER, Mr COE",
		"What will the bridge cost?",
	)
	if reportedRecord(body, splitTurnParas(body)) {
		t.Error("question headings read as a record in reported speech")
	}
}

// A printed record may set a dash after a label's colon ("MR. ROE: —
// Mr. Speaker"): the words start after it.
func TestSegmentTurnsColonDash(t *testing.T) {
	body := joinParas(
		"MR. J. ROE (Lumsden): — Before the Orders of the Day I should like to direct a question to the Minister.",
		"MR. DOE: — Mr. Speaker, the answer is No.",
		"MR. ROE: – Will the Government review its position?",
	)
	_, turns := segmentTurns(body)
	want := []string{"Before the Orders", "Mr. Speaker, the answer", "Will the Government"}
	if len(turns) != len(want) {
		t.Fatalf("%d turns, want %d: %+v", len(turns), len(want), turns)
	}
	for i, w := range want {
		if !strings.HasPrefix(turns[i].Text, w) {
			t.Errorf("turn %d: %q, want it to start %q", i, turns[i].Text, w)
		}
	}
}

// A committee's business, nominations and motions moved, put and carried,
// asks and answers nothing, though the clerk puts it as a question.
func TestSegmentTurnsCommitteeBusiness(t *testing.T) {
	body := joinParas(
		"Ms. Poe: Good morning, committee members. Since your Chair has resigned, I will preside over the election of a new Chair. Are there any nominations?",
		"Mr. Roe: I would nominate Jane Doe.",
		"Ms. Poe: Okay. Mr. Roe has nominated Jane Doe for the position of Chair. Are there any further nominations? Seeing none, would you move the motion?",
		"Mr. Roe: I would like to move the motion that Jane Doe be elected to preside as Chair.",
		"Ms. Poe: Mr. Roe has moved the motion. Is that agreed?",
		"Some Hon. Members: Agreed.",
		"Ms. Poe: Carried. I invite Ms. Doe to take the chair.",
	)
	_, turns := segmentTurns(body)
	if len(turns) != 7 {
		t.Fatalf("%d turns, want 7: %+v", len(turns), turns)
	}
	for i, tr := range turns {
		if i > 0 && tr.Kind != TurnRemarks {
			t.Errorf("turn %d %q: %s, want remarks", i, tr.Text[:min(30, len(tr.Text))], tr.Kind)
		}
	}
}

// A division's line of surnames ("Steuart MacDonald Lane") is three
// members who voted, no one member's full name.
func TestSegmentTurnsDivisionNamesNoSpeaker(t *testing.T) {
	body := joinParas(
		"MR. J.G. LANE (Lumsden): Before the Orders of the Day I should like to direct a question to the Minister. Will the Government review its position?",
		"MR. DOE: Mr. Speaker, the answer is No.",
		"MR. LANE: Then the Government should be ashamed of its position.",
		"Motion agreed to on the following recorded division:",
		"YEAS — 2",
		"Messieurs",
		"Doe Roe",
		"NAYS — 3",
		"Messieurs",
		"Steuart MacDonald Lane",
	)
	_, turns := segmentTurns(body)
	if len(turns) < 3 {
		t.Fatalf("%d turns: %+v", len(turns), turns)
	}
	if turns[2].Speaker != "J.G. Lane" {
		t.Errorf("speaker %q, want J.G. Lane", turns[2].Speaker)
	}
}

// The chair named by the office alone speaks in a sitting: a record whose
// only labels are the Speaker's (after a guest's address) is a transcript.
func TestSegmentTurnsChairAloneIsASitting(t *testing.T) {
	body := joinParas(
		"Honourable Speaker, honourable Members, I am honoured to address this Parliament today.",
		"Our two countries share a long history of friendship, and we will build on it.",
		"MR SPEAKER: Your Excellency, thank you for your most insightful address to this Parliament.",
		"MR SPEAKER: Honourable Members, we will now suspend proceedings for an official photograph.",
	)
	if kind, turns := segmentTurns(body); kind != KindTranscript {
		t.Errorf("kind %v, want transcript: %+v", kind, turns)
	}
}
