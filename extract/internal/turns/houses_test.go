package turns

import (
	"strings"
	"testing"
)

// This file tests the label styles of converted pages, PDFs and the press
// offices of more houses, each with a written example.

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

// A stray full stop after one all-capitals name in a news story is no label.
func TestStopLabelsNeedAConversation(t *testing.T) {
	body := joinParas(
		"Ministers met in the capital on Monday.",
		"BUDGET TALKS. The finance ministers agreed on a timetable for the budget.",
		"The talks resume next week.",
	)
	if kind, turns := segmentTurns(body); len(turns) != 0 || kind == KindTranscript {
		t.Errorf("kind %s, %d turns:\n%s", kind, len(turns), dumpSegs(segsOf(turns)))
	}
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

// Markdown definition lists: the label alone on its line, the words on the
// next lines after a colon; an outlet's acronym as the interviewer's label.
func TestSegmentDefinitionListInterview(t *testing.T) {
	runHouseCases(t, []houseCase{{
		name: "definition list interview",
		body: joinParas(
			"The following is the transcript of an interview with President Ilse Marken.",
			"TVN:",
			": You have become known for blunt words. Why this style?",
			"Ilse Marken:",
			": I never planned it. I wanted to be a mayor.",
			": Then things changed.",
			"TVN:",
			": So, clearly you lean towards your neighbours...",
			"Ilse Marken:",
			": Yes.",
			"TVN:",
			": And what about trade with them?",
			"Ilse Marken:",
			": Trade will grow.",
		),
		kind: KindTranscript,
		want: []turnSeg{
			{"question", "TVN", "", "You have become"},
			{"answer", "Ilse Marken", "President", "I never planned it."},
			{"question", "TVN", "", "So, clearly"},
			{"answer", "Ilse Marken", "President", "Yes.$"},
			{"question", "TVN", "", "And what about"},
			{"answer", "Ilse Marken", "President", "Trade will grow.$"},
		},
	}})
}

// A question heard only as a note ("[inaudible]", "[no microphone]") is
// still a question, and the reply to it an answer.
func TestSegmentBracketOnlyQuestions(t *testing.T) {
	runHouseCases(t, []houseCase{{
		name: "bracket-only questions",
		body: joinParas(
			"MAYOR SANTOS: We have always been ready for this.",
			"QUESTION: [no microphone]",
			"MAYOR SANTOS: No, not at this time.",
			"Q: [inaudible]",
			"MAYOR SANTOS: I leave it to the police.",
			"Q: [off mic]",
			"MAYOR SANTOS: Yes.",
		),
		kind: KindTranscript,
		want: []turnSeg{
			{"remarks", "Santos", "Mayor", "We have always"},
			{"question", "", "", "[no microphone]$"},
			{"answer", "Santos", "Mayor", "No, not"},
			{"question", "", "", "[inaudible]$"},
			{"answer", "Santos", "Mayor", "I leave"},
			{"question", "", "", "[off mic]$"},
			{"answer", "Santos", "Mayor", "Yes.$"},
		},
	}})
}

// Journalists labelled with their outlet after a slash, and later by their
// given name alone: every turn of theirs is a question.
func TestSegmentOutletAfterSlash(t *testing.T) {
	runHouseCases(t, []houseCase{{
		name: "outlet after a slash",
		body: joinParas(
			"SECRETARY PAULO REYES: Our first question is from Lina Cruz of Radio Bayan.",
			"LINA CRUZ/RADIO BAYAN: Good morning, Mr. President. Will you raise the treaty?",
			"PRESIDENT TOMAS AQUILA: Again?",
			"LINA/RADIO BAYAN: Will you raise the treaty in Tokyo.",
			"AQUILA: No. I do not think so.",
			"JOSE LIM/DZXL-9: Thank you, sir.",
			"AQUILA: You are welcome.",
		),
		kind: KindTranscript,
		want: []turnSeg{
			{"remarks", "Paulo Reyes", "Secretary", "Our first question"},
			{"question", "Lina Cruz", "", "Good morning"},
			{"answer", "Tomas Aquila", "President", "Again?$"},
			{"question", "Lina Cruz", "", "Will you raise"},
			{"answer", "Tomas Aquila", "President", "No. I do not"},
			{"question", "Jose Lim", "", "Thank you, sir.$"},
			{"answer", "Tomas Aquila", "President", "You are welcome.$"},
		},
	}})
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

// A release that reports a meeting and then gives the official's statement
// in the first person is news; the statement alone is a speech.
func TestFramedStatementIsNews(t *testing.T) {
	statement := []string{
		"I am glad to be in the capital today and to have met the minister and her colleagues.",
		"We have agreed to work together on the courts, and I will return next year to see how our work goes.",
		"I thank our hosts for their welcome, and I am proud of what we have begun here.",
		"You have my word that my office will stay at your side in the years to come.",
	}
	framed := joinParas(append([]string{
		"RIVERTON - The Attorney General met with the Minister of Justice today to discuss the courts and the training of judges.",
		"At the end of the meetings, the Attorney General made the following statement:",
	}, statement...)...)
	if kind, _ := segmentTurns(framed); kind != KindNews {
		t.Errorf("framed statement: kind %s, want news", kind)
	}
	if kind, _ := segmentTurns(joinParas(statement...)); kind != KindSpeech {
		t.Errorf("statement alone: kind %s, want speech", kind)
	}
	// a lead that reports who hosted whom, then the statements of each
	hosted := joinParas(append([]string{
		"Premier Jane Roe hosted Premier John Doe and Premier Ann Lee in Riverton on June 13 and 14 for the Premiers' Forum.",
	}, statement...)...)
	if kind, _ := segmentTurns(hosted); kind != KindNews {
		t.Errorf("hosted, then statements: kind %s, want news", kind)
	}
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

// The addressee line over a speech's salutation is no speaker label.
func TestSalutationIsNoLabel(t *testing.T) {
	body := joinParas(
		"Mr Jonas Vries, Chief Executive Officer, Harbour Group",
		"Ladies and gentlemen,",
		"I am delighted to be here today with all of you, and I thank you for coming to our meeting.",
		"We have worked for many years on this project, and I am proud of what you have done. I want to thank every one of you for your work.",
	)
	kind, turns := segmentTurns(body)
	if kind != KindSpeech || len(turns) != 0 {
		t.Errorf("kind %s, turns:\n%s", kind, dumpSegs(segsOf(turns)))
	}
}

// A bench questioning one advocate, whatever their turns end with, and a
// witness whose surname is also a common word ("Read").
func TestSegmentBenchAndWitness(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "justices and an advocate",
			body: joinParas(
				"CHIEF JUSTICE MARLOW: We will hear argument first this morning in the harbour case. Ms. Quill.",
				"MS. QUILL: Thank you, Mr. Chief Justice, and may it please the Court: the statute is clear.",
				"JUSTICE ORTON: Well, that depends on what the agency did first.",
				"MS. QUILL: It does, Justice Orton, and the agency acted within its powers.",
				"JUSTICE BRANDT: But why did it wait two years?",
				"MS. QUILL: Because the law gave it no deadline.",
				"JUSTICE ORTON: Counsel, the record says otherwise.",
				"MS. QUILL: The record shows a notice in the first month.",
				"JUSTICE BRANDT: Where is that notice?",
				"MS. QUILL: On page forty of the appendix.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Marlow", "Chief Justice", "We will hear"},
				{"remarks", "Quill", "", "Thank you"},
				{"question", "Orton", "Justice", "Well, that depends"},
				{"answer", "Quill", "", "It does"},
				{"question", "Brandt", "Justice", "But why"},
				{"answer", "Quill", "", "Because"},
				{"question", "Orton", "Justice", "Counsel"},
				{"answer", "Quill", "", "The record"},
				{"question", "Brandt", "Justice", "Where"},
				{"answer", "Quill", "", "On page"},
			},
		},
		{
			name: "a bench and two advocates in turn",
			body: joinParas(
				"JUSTICE ORTON: Counsel, what does the record say?",
				"MR. VALE: The record shows a notice in the first month.",
				"JUSTICE BRANDT: That notice came late.",
				"MR. VALE: It came within the time the statute allows.",
				"JUSTICE ORTON: The statute allows thirty days.",
				"MR. VALE: And the notice came on day twelve.",
				"CHIEF JUSTICE MARLOW: Thank you, counsel. Ms. Quill.",
				"MS. QUILL: Thank you, Mr. Chief Justice, and may it please the Court: the agency waited.",
				"JUSTICE BRANDT: Did it not wait for the notice to be served?",
				"MS. QUILL: It waited two years after it.",
				"JUSTICE ORTON: Two years is within the limit.",
				"MS. QUILL: Not for an emergency order.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Orton", "Justice", "Counsel, what"},
				{"answer", "Vale", "", "The record"},
				{"question", "Brandt", "Justice", "That notice"},
				{"answer", "Vale", "", "It came"},
				{"question", "Orton", "Justice", "The statute"},
				{"answer", "Vale", "", "And the notice"},
				{"remarks", "Marlow", "Chief Justice", "Thank you"},
				{"remarks", "Quill", "", "Thank you"},
				{"question", "Brandt", "Justice", "Did it"},
				{"answer", "Quill", "", "It waited two"},
				{"question", "Orton", "Justice", "Two years"},
				{"answer", "Quill", "", "Not for"},
			},
		},
		{
			name: "a witness named like a word",
			body: joinParas(
				"**Mr Quint**: Is that your signature on the statement?",
				"**Nicholas Read**: It is indeed.",
				"**Mr Quint**: Are its contents true?",
				"**Nicholas Read**: They are.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Quint", "", "Is that"},
				{"answer", "Nicholas Read", "", "It is indeed.$"},
				{"question", "Quint", "", "Are its"},
				{"answer", "Nicholas Read", "", "They are.$"},
			},
		},
	})
}

// A witness's full name, from the line that swears them in or from their
// answer giving it, names every turn of theirs.
func TestSegmentWitnessFullName(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "sworn line and a name given in answer",
			body: joinParas(
				"**Mr Quint**: May I call Anna Berg.",
				"*ANNA MARIA BERG MP (sworn).*",
				"**Mr Quint**: Can you give us your full name, please?",
				"**Anna Berg**: Anna Maria Berg.",
				"**Mr Quint**: Were you the minister in 2019?",
				"**Anna Berg**: I was.",
				"**Mr Quint**: And your name, sir?",
				"**Peter Holm**: My name is Peter Holm.",
				"**Mr Quint**: Did you sign it?",
				"**Peter Holm**: Peter Johan Holm.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Quint", "", "May I call"},
				{"question", "Quint", "", "Can you give"},
				{"answer", "Anna Maria Berg", "", "Anna Maria Berg.$"},
				{"question", "Quint", "", "Were you"},
				{"answer", "Anna Maria Berg", "", "I was.$"},
				{"question", "Quint", "", "And your name"},
				{"answer", "Peter Johan Holm", "", "My name is"},
				{"question", "Quint", "", "Did you"},
				{"answer", "Peter Johan Holm", "", "Peter Johan Holm.$"},
			},
		},
	})
}

// Labels written as Markdown headings or in bold alone on their line, the
// words in the paragraph under them; an official who gives their name in
// reply to the interviewer is no journalist.
func TestSegmentHeadingLabels(t *testing.T) {
	want := []turnSeg{
		{"question", "", "", "First of all"},
		{"answer", "Anna Berg", "", "Hello, I'm Anna Berg"},
		{"question", "", "", "Tell us"},
		{"answer", "Anna Berg", "", "Sure."},
	}
	body := func(iv, ab string) string {
		return joinParas(iv, "First of all, would you please introduce yourself?",
			ab, "Hello, I'm Anna Berg, the digital minister.",
			iv, "Tell us about your visit. What are you hoping to achieve?",
			ab, "Sure. We signed two agreements on cables.")
	}
	runHouseCases(t, []houseCase{
		{name: "heading labels", body: body("### Interviewer:", "### Anna Berg:"), kind: KindTranscript, want: want},
		{name: "bold own-line labels", body: body("**Interviewer:**", "**Anna Berg:**"), kind: KindTranscript, want: want},
	})
}

// An address that names itself as it opens ("I will start this address
// with ...") is a speech, however much of it tells of someone else.
func TestSelfNamedAddress(t *testing.T) {
	body := joinParas("Good evening from Portvale! I will start this address with the story of a teacher. " +
		"He taught in the harbour school for forty years. He said that every child deserves a library, and he built one with his own hands. " +
		"His pupils still visit it. He died last winter, and the town he served will name the school after him. " +
		"I ask you to remember him, and to read to your children tonight. Thank you!")
	if kind, _ := segmentTurns(body); kind != KindSpeech {
		t.Errorf("kind %s, want speech", kind)
	}
	// a news story quoting a speech that named itself stays news
	news := joinParas("The Mayor opened the new library on Monday. \"I will start this address with thanks,\" she said, before she named the donors and thanked them. The library has ten thousand books and opens daily.")
	if kind, _ := segmentTurns(news); kind != KindNews {
		t.Errorf("kind %s, want news", kind)
	}
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

// The printed record of a hearing closes each label with a full stop ("Mr.
// Roe. Thank you, Mr. Chairman."), names the chair in the line on who
// presided, lists the committee's staff on lines of a name and an office,
// and a witness confirms what counsel puts ("That's right.") as often as
// they are asked.
func TestSegmentPrintedHearing(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a congressional hearing's record",
			body: joinParas(
				"Jane Poe, Staff Director",
				"The committee met, pursuant to notice, at 2 p.m., Hon. Tom Baker [chairman of the committee] presiding.",
				"The Chairman. The hearing will come to order. We will hear from the Administrator on the harbour works.",
				"Mr. Roe. Thank you, Mr. Chairman. I look forward to the testimony.",
				"The Chairman. Mr. Doe, you joined the agency in 2019.",
				"Mr. Doe. That's right.",
				"The Chairman. And you oversaw the harbour contract from the start.",
				"Mr. Doe. Correct, from the first month.",
				"The Chairman. So the delays were known to you by the spring.",
				"Mr. Doe. Yes, they were.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Tom Baker", "Chairman of the committee", "The hearing will come to order."},
				{"remarks", "Roe", "", "Thank you, Mr. Chairman."},
				{"question", "Tom Baker", "Chairman of the committee", "Mr. Doe, you joined"},
				{"answer", "Doe", "", "That's right."},
				{"question", "Tom Baker", "Chairman of the committee", "And you oversaw"},
				{"answer", "Doe", "", "Correct, from the first month."},
				{"question", "Tom Baker", "Chairman of the committee", "So the delays"},
				{"answer", "Doe", "", "Yes, they were."},
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

// A committee's chair questions the witnesses, who reply; the chair's
// calls stay remarks.
func TestSegmentCommitteeChairQuestions(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a chair questioning two witnesses",
			body: joinParas(
				"The committee met, Hon. Tom Baker [chairman of the committee] presiding.",
				"The Chairman. The hearing will come to order. We will hear from the two administrators.",
				"Mr. Roe. Thank you, Mr. Chairman. The harbour works began last year and will end in May.",
				"Mr. Doe. Thank you. The agency approved the budget in March.",
				"The Chairman. Mr. Roe, when did the delays become known to the agency?",
				"Mr. Roe. In September of last year, when the first quay flooded.",
				"The Chairman. And Mr. Doe, who approved the second budget?",
				"Mr. Doe. The board did, in its October meeting.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Tom Baker", "Chairman of the committee", "The hearing will come to order."},
				{"remarks", "Roe", "", "Thank you, Mr. Chairman."},
				{"remarks", "Doe", "", "Thank you."},
				{"question", "Tom Baker", "Chairman of the committee", "Mr. Roe, when did"},
				{"answer", "Roe", "", "In September"},
				{"question", "Tom Baker", "Chairman of the committee", "And Mr. Doe"},
				{"answer", "Doe", "", "The board did"},
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

// A headline that names its source after a colon ("…: JICA Senior Vice
// President") is no speaker's label: its words are too many for a name.
func TestHeadlineColonIsNoLabel(t *testing.T) {
	body := joinParas(
		"Japan to Continue Providing Financial and Technical Assistance to Sri Lanka: JICA Senior Vice President",
		"The Japan International Cooperation Agency will continue its assistance to Sri Lanka, stated its Senior Vice President.",
		"The assurance was given during a meeting held today at the Presidential Secretariat between the President and the Vice President.",
	)
	kind, turns := segmentTurns(body)
	if kind != KindNews || len(turns) != 0 {
		t.Errorf("kind %s, %d turns; want news and none", kind, len(turns))
	}
}

// Three house styles of interviews and press conferences: the whole turn
// in bold, label and words ("**Q: …?**"); initials for the labels of
// speakers named in full once ("CH:" for "Christian Horner:", "VB:" for
// the minister the headline names); and a name in capitals opening each
// turn without a colon ("GUYON Thank you for joining us").
func TestSegmentInterviewStyles(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "bold turns and initials of labelled speakers",
			body: joinParas(
				"**Part One: Anna BERG (Red Team), Carl DAHL (Blue Team)**",
				"**Q: Question to both of you to start with. Who is the hunter this weekend?**",
				"**Anna Berg:** I think the races have been fantastic this year.",
				"**Q: Do you think you are on the front foot after last weekend?**",
				"**AB:** I think last weekend was a very strong weekend for us.",
				"**Q: Carl, hunter? Hunted?**",
				"**Carl Dahl:** Hunter, definitely.",
				"**Q: Why do you feel the need to gamble?**",
				"**CD:** I did not mean it in the way of gambling.",
				"**Q: Anna, and the weather?**",
				"**AB:** We will see what the weather brings.",
				"**Q: Carl, the weather?**",
				"**CD:** The same for everyone.",
				"**QUESTIONS FROM THE FLOOR**",
				"**Q: (Jane Roe – Daily Courier) A question for Anna. Do you feel targeted?**",
				"**AB:** Not at all.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "", "", "Question to both of you to start with. Who is the hunter this weekend?$"},
				{"answer", "Anna Berg", "", "I think the races"},
				{"question", "", "", "Do you think you are on the front foot after last weekend?$"},
				{"answer", "Anna Berg", "", "I think last weekend"},
				{"question", "", "", "Carl, hunter? Hunted?$"},
				{"answer", "Carl Dahl", "", "Hunter, definitely.$"},
				{"question", "", "", "Why do you feel"},
				{"answer", "Carl Dahl", "", "I did not mean"},
				{"question", "", "", "Anna, and the weather?$"},
				{"answer", "Anna Berg", "", "We will see"},
				{"question", "", "", "Carl, the weather?$"},
				{"answer", "Carl Dahl", "", "The same for everyone.$"},
				{"question", "Jane Roe", "Daily Courier", "A question for Anna. Do you feel targeted?$"},
				{"answer", "Anna Berg", "", "Not at all.$"},
			},
		},
		{
			name: "names in capitals opening the turns",
			body: joinParas(
				"Q and A: Guyon Roe interviews Green Leader Metiria Doe",
				"GUYON Thank you Metiria for joining us. What do you make of that poll?",
				"METIRIA Look, we can't take one poll as meaning anything under these circumstances.",
				"GUYON Let's look at another thing that was mentioned there.",
				"METIRIA Well of course Sue has decided to leave, and that's understandable.",
				"GUYON How would you describe morale in the party at the moment?",
				"METIRIA Morale is very good, and we are all working hard.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Guyon", "", "Thank you Metiria"},
				{"answer", "Metiria", "Leader", "Look, we can't"},
				{"question", "Guyon", "", "Let's look"},
				{"answer", "Metiria", "Leader", "Well of course"},
				{"question", "Guyon", "", "How would you describe"},
				{"answer", "Metiria", "Leader", "Morale is very good"},
			},
		},
	})
}

// An oral question as a Hansard prints it, run into the member's name
// ("1. Mr. Roe asked the Secretary of State for … what …"), is the
// member's question; "asked" in a sentence of reported speech is not.
func TestSegmentAskedTabled(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "tabled questions",
			body: joinParas(
				"1. Mr. Quint asked the Secretary of State for Commonwealth Relations what steps he is taking to improve schools in the territories.",
				"Mr. Dale: The Report recommended a new college, and work has begun.",
				"2. Mrs. Alder asked the Secretary of State for Commonwealth Relations whether he will make a statement on land titles.",
				"Mr. Dale: I have nothing to add to the reply I gave last week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Quint", "", "asked the Secretary"},
				{"answer", "Dale", "", "The Report"},
				{"question", "Alder", "", "asked the Secretary"},
				{"answer", "Dale", "", "I have nothing"},
			},
		},
	})
	if _, ok := askedTabled("The committee said that Mr. Quint asked the Secretary of State about schools.", labelMemo{}); ok {
		t.Error("a sentence of reported speech read as a tabled question")
	}
}

// A parliament's written answers, each label alone on its line: the
// questions as tabled ("To ask the … Executive what …") carry no question
// mark and no "I" or "you", and are a parliament's words all the same.
func TestSegmentWrittenAnswers(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "written answers",
			body: joinParas(
				"Written Answers Friday 30 October 2009",
				"Bridges",
				"Jane Roe (Harbour and Islands) (Lab):",
				"To ask the Island Executive what the terms of reference are for the report on the ferry bridge.",
				"John Doe:",
				"The brief for the report is to find the most appropriate design for the bridge.",
				"Bridges",
				"Jane Roe (Harbour and Islands) (Lab):",
				"To ask the Island Executive whether resources have been set aside for the bridge works.",
				"John Doe:",
				"Any measures the report identifies will be costed and prioritised.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jane Roe", "", "To ask the Island"},
				{"answer", "John Doe", "", "The brief"},
				{"question", "Jane Roe", "", "To ask the Island"},
				{"answer", "John Doe", "", "Any measures"},
			},
		},
	})
}

// An assembly's oral answers, the member's label alone on its line over the
// question as tabled with its number ("1. asked the Minister for …"): the
// number is no part of the question's words.
func TestSegmentNumberedTabledQuestion(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "numbered tabled questions",
			body: joinParas(
				"Oral Answers to Questions",
				"Jane Roe:",
				"1. asked the Minister for Ferries for an update on the harbour development in the town.",
				"John Doe:",
				"The harbour development is the next major scheme planned for the town, and I expect work to start in the spring.",
				"Jane Roe:",
				"I thank the Minister for his answer. Will he meet the traders?",
				"John Doe:",
				"I will meet them next month.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jane Roe", "", "asked the Minister"},
				{"answer", "John Doe", "", "The harbour development"},
				{"question", "Jane Roe", "", "I thank the Minister"},
				{"answer", "John Doe", "", "I will meet"},
			},
		},
	})
}

// A meeting's machine transcript: each label closed by its time stamp,
// which links to the moment in the recording, alone on its line or run
// into the words; an office in brackets is the speaker's role, not a
// journalist's name after an outlet.
func TestSegmentLinkedStampLabels(t *testing.T) {
	runHouseCases(t, []houseCase{{
		name: "linked time stamps",
		body: joinParas(
			"Jane Roe (Mayor) [22:39](https://video.example/v1?t=1359)",
			"And so to that point, the commission makes decisions that draw the community to its meetings.",
			"John Doe (Town Manager)  [22:52](https://video.example/v1?t=1372)",
			"The meetings draw a bigger part of the community than the forum does.",
			"Ann Poe [23:02](https://video.example/v1?t=1382) And the budget is ready for the vote next week.",
		),
		kind: KindTranscript,
		want: []turnSeg{
			{"remarks", "Jane Roe", "Mayor", "And so to that point"},
			{"remarks", "John Doe", "Town Manager", "The meetings draw"},
			{"remarks", "Ann Poe", "", "And the budget"},
		},
	}})
}

// A release that quotes its officer in single marks, as British and
// Australian releases do, is news: the first person inside the quotations
// is the officer's, not the page's. A term in single marks of one or two
// words ("an ‘oxygen bar’") is the text's own.
func TestSingleQuotedRelease(t *testing.T) {
	body := joinParas(
		"The state has recorded its first two deaths related to the virus.",
		"Both were men aged in their seventies. They both died in city hospitals.",
		"'Sadly, the state has recorded its first two deaths. Our thoughts are with their loved ones at this difficult time,' Professor Jane Roe said.",
		"'We’re doing everything we can to save lives and slow the spread of this virus, but we all have a role to play to protect those who are most vulnerable.",
		"'I can’t be clearer; if you can stay at home, you must stay at home. I ask you to do it for your family and for your neighbours.'",
		"'Everyone who is unwell must isolate themselves, and everyone who has been told they are in quarantine must do so,' Professor Roe said.",
		"'I know this is hard for you. We urge you to stay 1.5 metres away from everyone else, and I thank you for what you are doing.'")
	if kind, _ := segmentTurns(body); kind != KindNews {
		t.Errorf("kind %s, want news", kind)
	}
	var v turnVoice
	v.count("We ask you to visit the ‘oxygen bar’ and the 'pure air' room, as 'I will do so too,' she said.")
	if v.words != 16 {
		t.Errorf("words outside quotations %d, want 16 (two terms counted, the statement not)", v.words)
	}
}

// A notice that addresses the public, "we" and "you" with no "I", is a
// written post, not a speech; the same words with a speaker's "I" are an
// address.
func TestNoticeToThePublic(t *testing.T) {
	notice := joinParas(
		"We hope your week is off to a great start. If you are planning on hosting the harvest dinner or cooking to bring something along with you, please remember that cooking always requires your attention.",
		"Once you are ready to turn the stove on, it is very important to stay in the kitchen and remain focused. Kitchen fires are very common and are very preventable, and we see too many of them.",
		"Enjoy your celebrations and please stay safe and well. Thank you always for your help and support.")
	if kind, _ := segmentTurns(notice); kind != KindNews {
		t.Errorf("notice: kind %s, want news", kind)
	}
	address := strings.Replace(notice, "We hope your week", "I hope your week", 1)
	address = strings.Replace(address, "and we see too many", "and I see too many", 1)
	if kind, _ := segmentTurns(address); kind != KindSpeech {
		t.Errorf("address: kind %s, want speech", kind)
	}
}
