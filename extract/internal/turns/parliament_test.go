// This file tests forms of parliamentary records: questions as tabled or
// asked ("1. Mr. Roe asked the Secretary of State …", written answers,
// numbered oral questions), the House's interjections in small letters,
// and a chair's holder in brackets after the office.

package turns

import "testing"

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

// The House's interjection in small letters, as Canada's Commons prints it:
// "Some hon. members: Hear, hear!", "An hon. member: Shame!".
func TestSegmentTurnsHonMembersLowerCase(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "some hon. members",
			body: joinParas(
				"The Clerk: I declare Ms. Roe elected as chair of the committee.",
				"Some hon. members: Hear, hear!",
				"The Clerk: Before inviting Ms. Roe to take the chair, we will elect the vice-chairs.",
				"An hon. member: Agreed.",
				"Mr. John Doe: I nominate Mr. Smith as the first vice-chair.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Clerk", "I declare Ms. Roe"},
				{"remarks", "", "Some hon. members", "Hear, hear!"},
				{"remarks", "", "Clerk", "Before inviting"},
				{"remarks", "", "An hon. member", "Agreed."},
				{"remarks", "John Doe", "", "I nominate"},
			},
		},
	})
}

// The Congressional Record's labels close with a full stop, and a chair's
// holder stands in brackets after the office: "The SPEAKER pro tempore (Mr.
// Roe).", "The PRESIDING OFFICER (Mr. Doe)."
func TestSegmentTurnsChairHolderInBrackets(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "congressional record",
			body: joinParas(
				"Mr. POE. Mr. Speaker, point of privilege.",
				"The SPEAKER pro tempore (Mr. Roe). The gentleman may state an inquiry.",
				"Mr. POE. Mr. Speaker, I just wanted to respond to the last speaker.",
				"The SPEAKER pro tempore. The gentleman has not stated a parliamentary inquiry.",
				"Mr. POE. I rise for a point of personal privilege, Mr. Speaker.",
				"The PRESIDING OFFICER (Mr. Doe). Without objection, it is so ordered.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Poe", "", "Mr. Speaker, point of privilege."},
				{"remarks", "Roe", "Speaker pro tempore", "The gentleman may state"},
				{"remarks", "Poe", "", "Mr. Speaker, I just wanted"},
				{"remarks", "Roe", "Speaker pro tempore", "The gentleman has not"},
				{"remarks", "Poe", "", "I rise"},
				{"remarks", "Doe", "Presiding Officer", "Without objection"},
			},
		},
		{
			name: "the chair's holder named once, in brackets, then carried",
			body: joinParas(
				"Madam Deputy Speaker (Dame Jane Roe): Order. I call Mr Sam Poe.",
				"Mr Sam Poe (North Shields) (Lab): I thank the Minister for his answer.",
				"Madam Deputy Speaker: Order. The Minister.",
				"Mr Sam Poe (North Shields) (Lab): Will he give way?",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Jane Roe", "Deputy Speaker", "Order. I call"},
				{"question", "Sam Poe", "", "I thank"},
				{"remarks", "Jane Roe", "Deputy Speaker", "Order. The Minister."},
				{"question", "Sam Poe", "", "Will he"},
			},
		},
	})
}
