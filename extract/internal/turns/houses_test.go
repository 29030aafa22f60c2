// This file tests the label styles of converted pages, PDFs and the
// records of more houses and councils, each with a written example, and
// holds the table-test helper runHouseCases.

package turns

import (
	"strings"
	"testing"
)

type houseCase struct {
	name string
	body string
	kind Kind
	want []turnSeg
}

func runHouseCases(t *testing.T, cases []houseCase) {
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
					t.Errorf("turn %d:\n got %s %q %q %.40q\nwant %s %q %q %q", i, g.kind, g.speaker, g.role, g.starts, w.kind, w.speaker, w.role, w.starts)
				}
			}
		})
	}
}

func TestSegmentConvertedAndPDFStyles(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a hearing's labels alone on their lines, closed by a full stop",
			body: joinParas(
				"Chairman ADAMS.",
				"And now it is my privilege to call upon my colleague from the House, the Honorable Jane Zorn.",
				"Chairman ZORN.",
				"Thank you very much, Mr. Chairman.",
				"A constituent of mine asked why we hold these hearings.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Adams", "Chairman", "And now it is"},
				{"remarks", "Zorn", "Chairman", "Thank you very much"},
			},
		},
		{
			name: "a member questioning a witness, as many turns each, asking without question marks",
			body: joinParas(
				"Mr. ADAMS: Now, as you testified yesterday, you did not know of the order.",
				"Secretary ZORN: I believe the order was never sent to my office.",
				"Mr. ADAMS: The admiral has testified that he was present when it was signed.",
				"Secretary ZORN: Yes, I understand that.",
				"Mr. ADAMS: Were you told of the second order?",
				"Secretary ZORN: No, I was not.",
				"Mr. ADAMS: Then the order went ahead without you.",
				"Secretary ZORN: That is correct.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Adams", "", "Now, as you"},
				{"remarks", "Zorn", "Secretary", "I believe"},
				{"question", "Adams", "", "The admiral"},
				{"answer", "Zorn", "Secretary", "Yes, I"},
				{"question", "Adams", "", "Were you told"},
				{"answer", "Zorn", "Secretary", "No, I was not."},
				{"question", "Adams", "", "Then the order"},
				{"answer", "Zorn", "Secretary", "That is correct."},
			},
		},
		{
			name: "reStructuredText bold labels of a hearing",
			body: joinParas(
				"**Lady Marwood**: Thank you, Mr Quint.",
				"**Mr Quint**: Thank you, my Lady. May I call the first witness?",
				"**Lady Marwood**: Certainly.",
				"**Mr Quint**: Were you the chair of the committee?",
				"**Professor Aldous**: I was, yes.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Marwood", "", "Thank you, Mr Quint.$"},
				{"question", "Quint", "", "Thank you, my Lady."},
				{"answer", "Marwood", "", "Certainly.$"},
				{"question", "Quint", "", "Were you"},
				{"answer", "Aldous", "", "I was, yes.$"},
			},
		},
		{
			name: "Markdown underscore labels and bold Q",
			body: joinParas(
				"__Senator Varga__: We are open to every model.",
				"__Q__: How confident are you?",
				"__Senator Varga__: Very confident.",
				"**Q:** And the timetable?",
				"**Senator Varga:** By the end of the year.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Varga", "Senator", "We are open"},
				{"question", "", "", "How confident"},
				{"answer", "Varga", "Senator", "Very confident.$"},
				{"question", "", "", "And the timetable?$"},
				{"answer", "Varga", "Senator", "By the end"},
			},
		},
		{
			name: "labels closed by a full stop, reporters naming themselves",
			body: joinParas(
				"CHAIR LINDQVIST. Good afternoon. The committee kept rates unchanged today.",
				"ANNA BERGMAN. Peter.",
				"PETER HOLM. Thank you, Madam Chair. Peter Holm with the Evening Ledger. Will rates fall?",
				"CHAIR LINDQVIST. We will see.",
				"PETER HOLM. Okay.",
				"CHAIR LINDQVIST. And that is all I can say.",
				"ANNA BERGMAN. Sara.",
				"SARA VIK. Sara Vik from Radio North. What about prices?",
				"CHAIR LINDQVIST. Prices are rising more slowly.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Lindqvist", "Chair", "Good afternoon."},
				{"remarks", "Anna Bergman", "", "Peter.$"},
				{"question", "Peter Holm", "", "Thank you, Madam Chair."},
				{"answer", "Lindqvist", "Chair", "We will see.$"},
				{"question", "Peter Holm", "", "Okay.$"},
				{"answer", "Lindqvist", "Chair", "And that is all"},
				{"remarks", "Anna Bergman", "", "Sara.$"},
				{"question", "Sara Vik", "", "Sara Vik from"},
				{"answer", "Lindqvist", "Chair", "Prices are"},
			},
		},
	})
}

func TestSegmentHeadingNamesAndAbbreviatedTitles(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "the full name from a heading in capitals",
			body: joinParas(
				"PRESS CONFERENCE OF",
				"GOVERNOR MARIA LUISA OCAMPO",
				"Governor Maria Ocampo met the press at the capitol.",
				"Q: Will the bridge open this year?",
				"GOV. OCAMPO: Yes, by December.",
				"Q: And the budget?",
				"GOV. OCAMPO: It is approved.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "", "", "Will the bridge"},
				{"answer", "Maria Luisa Ocampo", "Governor", "Yes, by December."},
				{"question", "", "", "And the budget?"},
				{"answer", "Maria Luisa Ocampo", "Governor", "It is approved."},
			},
		},
		{
			name: "an abbreviated title after its modifier",
			body: joinParas(
				"Our guest is Press Secretary Kenji Arakawa.",
				"PRESS SECRETARY ARAKAWA: Good evening and thank you.",
				"Q: What will the leaders sign?",
				"PRESS SEC. ARAKAWA: Two agreements on trade.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Kenji Arakawa", "Press Secretary", "Good evening"},
				{"question", "", "", "What will"},
				{"answer", "Kenji Arakawa", "Press Secretary", "Two agreements"},
			},
		},
	})
}

// A title's initials in the label ("SP Roe"), spelled out by the page, and
// a quoted nickname that is no given name.
func TestSegmentInitialsRole(t *testing.T) {
	runHouseCases(t, []houseCase{{
		name: "initials of a title",
		body: joinParas(
			"Transcript of an interview of Senate President Marco 'Boy' Dizon on the budget.",
			"__SP Dizon__: The budget will pass this month.",
			"__Q__: How confident are you?",
			"__SP Dizon__: Very confident.",
		),
		kind: KindTranscript,
		want: []turnSeg{
			{"remarks", "Marco Dizon", "Senate President", "The budget"},
			{"question", "", "", "How confident"},
			{"answer", "Marco Dizon", "Senate President", "Very confident.$"},
		},
	}})
}

func TestSegmentMoreHouses(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "foreign ministry briefing: outlets asking",
			body: joinParas(
				"Spokesperson Li Wen: Good afternoon. I have two announcements.",
				"Courier: What is your response to the sanctions?",
				"Li Wen: We oppose them firmly.",
				"Q (NTA): Will the minister travel next week?",
				"Li Wen: I have no information to release.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Li Wen", "Spokesperson", "Good afternoon."},
				{"question", "Courier", "", "What is your response"},
				{"answer", "Li Wen", "Spokesperson", "We oppose"},
				{"question", "", "", "Will the minister travel next week?$"},
				{"answer", "Li Wen", "Spokesperson", "I have no information"},
			},
		},
		{
			name: "noon briefing: bare titles in mixed case, interpreting note",
			body: joinParas(
				"Moderator: Welcome to the briefing.",
				"Participant: Thank you. Can you say more about the plan?",
				"Deputy Spokesperson: (Interpretation) The plan is ready.",
				"Question: When will it start?",
				"Spokesperson: Next week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Moderator", "Welcome"},
				{"question", "", "Participant", "Thank you."},
				{"answer", "", "Deputy Spokesperson", "The plan is ready.$"},
				{"question", "", "Participant", "When will it start?$"},
				{"answer", "", "Spokesperson", "Next week.$"},
			},
		},
		{
			name: "question time: a courtesy title and a name in capitals closed by a dash",
			body: joinParas(
				"Mr JOHN DOE JNR- Thank you, Mr Acting Speaker. My questions are directed to the Minister for Works.",
				"The road to my district has been closed for a year.",
				"(1) When will the Minister repair it",
				"Mr RICHARD ROE - Thank you, Mr Acting Speaker. I thank the Member for his question.",
				"The works begin next month.",
				"Mr JOHN DOE JNR \u2013 My supplementary question is about the bridge.",
				"Mr RICHARD ROE - The bridge comes next.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "John Doe Jnr", "", "Thank you, Mr Acting Speaker. My questions"},
				{"answer", "Richard Roe", "", "Thank you, Mr Acting Speaker. I thank"},
				{"question", "John Doe Jnr", "", "My supplementary question"},
				{"answer", "Richard Roe", "", "The bridge comes next.$"},
			},
		},
		{
			name: "a printed record's em dash set close after the name, two courtesy titles",
			body: joinParas(
				"DEBATES OF THE HOUSE OF ASSEMBLY",
				"Mr. ROE\u2014I support the resolution, which the delegates will carry to the conference next month.",
				"HON. Mr. DOE\u2014The Government will lay the papers on the table before the House rises.",
				"Mr. ROE\u2014Then I withdraw my motion for the present.",
				"Mr. JOHN ROE-DOE\u2014Hear, hear.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Roe", "", "I support the resolution"},
				{"remarks", "Doe", "", "The Government will lay"},
				{"remarks", "Roe", "", "Then I withdraw"},
				{"remarks", "John Roe-Doe", "", "Hear, hear.$"},
			},
		},
		{
			name: "question time: one question announced, not asked with a question mark",
			body: joinParas(
				"Mr JOHN DOE - Thank you, Mr Acting Speaker. My questions are directed to the Minister for Works and I would like the Prime Minister to take note.",
				"The road to my district has been closed for a year and my people cannot reach the market.",
				"Mr RICHARD ROE - Thank you, Mr Acting Speaker. I thank the Member for his valid questions.",
				"The works begin next month.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "John Doe", "", "Thank you, Mr Acting Speaker. My questions"},
				{"answer", "Richard Roe", "", "Thank you, Mr Acting Speaker. I thank"},
			},
		},
		{
			name: "a record whose every label is a full name alone on its line",
			body: joinParas(
				"Jane Mary Roe:",
				"My question is to the minister. Would the minister outline the benefits of the reform?",
				"Helen Ann Doe:",
				"I thank the senator for her question. The reform has delivered for all.",
				"Helen Ann Doe:",
				"Finally, the opposition has woken up.",
				"Peter John Poe:",
				"So, yesterday you stirred up the unions.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jane Mary Roe", "", "My question is"},
				{"answer", "Helen Ann Doe", "", "I thank the senator"},
				{"remarks", "Helen Ann Doe", "", "Finally"},
				{"remarks", "Peter John Poe", "", "So, yesterday"},
			},
		},
		{
			name: "head of government: JOURNALIST and PRIME MINISTER",
			body: joinParas(
				"PRIME MINISTER: Thanks very much, everyone.",
				"JOURNALIST: Prime Minister, will you call an election?",
				"PRIME MINISTER: No.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Prime Minister", "Thanks very much"},
				{"question", "", "", "Prime Minister, will"},
				{"answer", "", "Prime Minister", "No.$"},
			},
		},
	})
}

// A house whose labels are all alike ("Deputy Jane Roe:"), the minister's
// among them: the minister speaks of the members in the third person and
// the members who take the floor before speak of the Minister, so the
// minister answers and the members ask; the chair, "An Ceann Comhairle",
// calls order; a member's short interjection is a remark.
func TestSegmentHouseOfLikeLabels(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "the Dáil's Promised Legislation",
			body: joinParas(
				"Deputy Jane Roe: The Minister will know that the waiting lists for the new clinics have grown every month this year, and the families who wait are asking when the money promised in the budget will reach them.",
				"Deputy John Doe: I thank the Deputy for raising this matter. The funding has been allocated and the first clinics open next month.",
				"Deputy Jane Roe: That is not good enough.",
				"Deputy John Doe: As the Deputy knows, we have doubled the budget since last year.",
				"An Ceann Comhairle: The Minister's time is up. I call Deputy Poe.",
				"Deputy Tom Poe: Will the Minister say when the bill on rural transport will come before the House?",
				"Deputy John Doe: I will ask the Minister for Transport to reply to Deputy Poe directly.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jane Roe", "Deputy", "The Minister will know"},
				{"answer", "John Doe", "Deputy", "I thank the Deputy"},
				{"remarks", "Jane Roe", "Deputy", "That is not good enough."},
				{"answer", "John Doe", "Deputy", "As the Deputy knows"},
				{"remarks", "", "Ceann Comhairle", "The Minister's time is up."},
				{"question", "Tom Poe", "Deputy", "Will the Minister say"},
				{"answer", "John Doe", "Deputy", "I will ask the Minister"},
			},
		},
	})
}

// A bare office without a name ("Sergeant-at-Arms:") heard once among
// titled labels is a label; a heading of capitalised words is not.
func TestSegmentBareOfficeAmongTitled(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a council's sergeant-at-arms",
			body: joinParas(
				"[00:01:43] Sergeant-at-Arms: Quiet, please. Good morning, ladies and gentlemen. Speaker, we are ready to begin.",
				"[00:02:10] Speaker Jane Roe: Good morning, everyone. We welcome everyone to the chambers.",
				"[00:08:52] Council Member John Doe: Thank you, Madam Speaker.",
				"[00:09:10] Speaker Jane Roe: We will now hear from the panel.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Sergeant-at-Arms", "Quiet, please."},
				{"remarks", "Jane Roe", "Speaker", "Good morning, everyone."},
				{"remarks", "John Doe", "Council Member", "Thank you, Madam Speaker."},
				{"remarks", "Jane Roe", "Speaker", "We will now hear"},
			},
		},
	})
}

// A council's abbreviated title spelled out: "CM Jane Roe:".
func TestSegmentCouncilMemberAbbreviation(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a council member's initials",
			body: joinParas(
				"[00:08:52] CM Jane Roe: Today, I am pleased to join the Speaker and my colleagues.",
				"[00:14:12] Speaker John Doe: Thank you, colleague.",
				"[00:15:01] CM Jane Roe: Thank you, Speaker.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Jane Roe", "Council Member", "Today, I am pleased"},
				{"remarks", "John Doe", "Speaker", "Thank you, colleague."},
				{"remarks", "Jane Roe", "Council Member", "Thank you, Speaker."},
			},
		},
	})
}

// A house whose labels name members and most ministers alike ("MR T.
// ROE:"), with a chair who calls them: the ministers, by the offices a
// label gives or by their manners, answer; the members who take the floor
// before them ask, their short thanks are remarks.
func TestSegmentHouseOfPlainLabels(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a Pacific parliament's oral questions",
			body: joinParas(
				"MR T. ROE: Thank you, Honourable Speaker. The price of fertiliser for the growers of the northern islands has doubled this year for every family that keeps a garden, and the growers want to know what the ministry will do.",
				"MR SPEAKER: I see the Honourable Minister of Agriculture, Minister Ann Doe.",
				"HON. A. DOE: Thank you, Honourable Speaker, and thank you to the Honourable Member for the question. The ministry will bring fertiliser to the islands on the next boat.",
				"MR SPEAKER: Thank you, Honourable Minister.",
				"MR T. POE: Mr Speaker, I would like to thank the Honourable Minister of Foreign Affairs and raise the new passport office for the people living abroad who cannot travel home.",
				"MR SPEAKER: I see the Honourable Minister Tom Koe.",
				"HON. T. KOE: Thank you, Honourable Speaker. The office will open in July, and the Honourable Member will be the first to know.",
				"MR T. POE: Thank you, Honourable Minister.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "T. Roe", "", "Thank you, Honourable Speaker. The price"},
				{"remarks", "", "Speaker", "I see the Honourable"},
				{"answer", "Ann Doe", "Minister", "Thank you, Honourable Speaker, and thank you"},
				{"remarks", "", "Speaker", "Thank you, Honourable Minister."},
				{"question", "T. Poe", "", "Mr Speaker, I would like"},
				{"remarks", "", "Speaker", "I see the Honourable Minister Tom Koe."},
				{"answer", "Tom Koe", "Minister", "Thank you, Honourable Speaker. The office"},
				{"remarks", "T. Poe", "", "Thank you, Honourable Minister."},
			},
		},
	})
}
