package quotes

import "testing"

// Tests of speakers given in headline form: a label and a colon, or a
// capitalised reporting verb in a title-case line.

func TestHeadlineSpeakers(t *testing.T) {
	body := "\n\nSen. Jane Roe spoke to reporters in Dayton on Monday about the budget."
	runCases(t, []findCase{
		{
			name: "a surname label and a colon",
			text: "Roe: Budget Plan Is ‘Dead on Arrival’" + body,
			want: []want{{starts: "Dead on Arrival", speaker: "Jane Roe", partial: true, term: true}},
		},
		{
			name: "a label, a topic and a colon",
			text: "Roe on the Budget: ‘We Will Not Sign It’" + body,
			want: []want{{starts: "We Will Not Sign It", speaker: "Jane Roe", partial: true, term: true}},
		},
		{
			name: "a capitalised verb after the name",
			text: "Jane Roe Says Tax Plan Is ‘Reckless’" + body,
			want: []want{{starts: "Reckless", speaker: "Jane Roe", partial: true, term: true}},
		},
		{
			name: "a capitalised verb after the quotation",
			text: "Budget Is ‘A Disaster for Families,’ Jane Roe Tells Voters" + body,
			want: []want{{starts: "A Disaster for Families", speaker: "Jane Roe", partial: true, term: true}},
		},
		{
			name: "a section label is no speaker",
			text: "The Latest: Storm Brings ‘Record Rain’ to the Coast" + body,
			want: []want{{starts: "Record Rain", term: true}},
		},
		{
			name: "a colon in the middle of a sentence-case paragraph later on",
			text: "The mayor spoke first.\n\nRoe: a senator with ‘big plans’ for the district, as her aides put it in a long memo to the staff of the office on Friday.",
			want: []want{{starts: "big plans", term: true}},
		},
	})
}
