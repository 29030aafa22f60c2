// This file tests the labels of interviews and press conferences:
// definition lists, questions heard only as a note, outlets after a slash,
// labels as headings or in bold, initials and names in capitals, and a
// panel that answers a host's questions.

package turns

import "testing"

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

// A panel answers a press conference: the host reads out questions sent in
// writing, and the panellists take up a question one after another, the
// first handing over by the next one's given name.
func TestSegmentTurnsPanel(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "host reads a question, panellists hand over",
			body: joinParas(
				"PANELLISTS:",
				"KEN OKAFOR",
				"Chief Economist",
				"TOMAS BERG",
				"Head of Food Markets",
				"MS. LANE: Good morning and welcome to the launch of our regional report.",
				"MR. OKAFOR: Thank you, Mira. Growth in the region held up better than we expected last spring.",
				"MS. LANE: Thank you. We now take questions from the room.",
				"QUESTIONER: Good morning. What do you expect for food prices this winter?",
				"MR. OKAFOR: We expect them to ease slowly through the season. On the details, Tomas, maybe you want to come in.",
				"MR. BERG: Yes, the harvest was good, so import costs have fallen.",
				"MS. LANE: We also have a question sent in writing, which goes as follows. How will the new tariffs change the outlook?",
				"MR. OKAFOR: The tariffs take off a tenth of a point next year.",
				"MS. LANE: Thank you all for coming.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Lane", "", "Good morning and welcome"},
				{"remarks", "Ken Okafor", "", "Thank you, Mira."},
				{"remarks", "Lane", "", "Thank you. We now take"},
				{"question", "", "", "Good morning. What do you"},
				{"answer", "Ken Okafor", "", "We expect them to ease"},
				{"answer", "Tomas Berg", "", "Yes, the harvest"},
				{"question", "Lane", "", "We also have a question"},
				{"answer", "Ken Okafor", "", "The tariffs take off"},
				{"remarks", "Lane", "", "Thank you all"},
			},
		},
	})
}
