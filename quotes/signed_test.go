package quotes

import "testing"

// A release that prints each statement without quotation marks and signs
// it on the next line (a <blockquote> and its attribution) gives each
// statement its signer; a transcript's name heading before a speech, a
// paragraph that introduces the person, a label and a record's heading
// sign nothing.
func TestSignedStatements(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "statements of several officials, each signed",
			text: "Premiers meet in Riverton\n\nPremier Jane Roe hosted Premier John Doe in Riverton on June 13 for the Premiers' Forum.\n\n" +
				"It was a pleasure to host my counterparts in Riverton. By working together we can raise the profile of our priorities.\n\n" +
				"Premier Jane Roe\n\n" +
				"Meeting as Premiers has always been an important way for our territories to work on behalf of northern residents.\n\n" +
				"Premier John Doe\n\nQuick facts\n\nThe Forum is a regular meeting of the Premiers.",
			want: []want{{starts: "It was a pleasure", speaker: "Jane Roe"}, {starts: "Meeting as Premiers", speaker: "John Doe"}},
		},
		{
			name: "a name heading before the speech is a transcript's",
			text: "Debate on the motion\n\nPremier Jane Roe\n\nI thank the members for their patience, and I move that we adjourn the debate until the next sitting.\n\n" +
				"Premier John Doe\n\nWe oppose the motion, and our members will vote against it when the House divides.",
		},
		{
			name: "a paragraph that introduces the person is not theirs",
			text: "Hearing of the committee\n\nSo, Chair, we move now, please, to the evidence of Minister Jane Roe, who joins us today.\n\nMinister Jane Roe\n\nThe minister took the oath.",
		},
		{
			name: "a transcript's label in brackets signs no question",
			text: "Press conference\n\n(Reporter)\n\nI am Jane Doe from the Courier. Today the budget passed. What do you think of it?\n\n(Prime Minister Jane Roe)\n\nToday, my Cabinet approved the budget.",
		},
		{
			name: "a record's heading names its object",
			text: "Hearing of the committee\n\nAnd again, I would ask the members to put the correspondence in the record of our hearing.\n\nStatement of Minister Jane Roe\n\nThe minister read her statement.",
		},
	})
}
