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
			name: "a long topic before the colon",
			text: "Roe on the Governor Releasing His Long Awaited Budget Plan Details: ‘I Think He Will’" + body,
			want: []want{{starts: "I Think He Will", speaker: "Jane Roe", partial: true, term: true}},
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

func TestHeadlineQuotesAreTerms(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a headline without a speaker",
			text: "City issues ‘deep and sincere apology to every resident of the town’ after flood\n\nThe council met on Monday.",
			want: []want{{starts: "deep and sincere apology", term: true}},
		},
		{
			name: "the same words alone are no headline",
			text: "City issues ‘deep and sincere apology to every resident of the town’ after flood",
			want: []want{{starts: "deep and sincere apology", partial: true}},
		},
	})
}

func TestCreditedTitles(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a title and its author",
			text: "MORNING READS—“Mill to close after a century of work in the valley,” by the Courier’s Jane Pike.",
			want: []want{{starts: "Mill to close", term: true}},
		},
		{
			name: "a slogan and its year",
			text: "The party’s posters read “No to the new tax on bread and milk, no to the mayor” (2012) and worse.",
			want: []want{{starts: "No to the new tax", term: true}},
		},
		{
			name: "a passive agent is no author",
			text: "Tom Hale said the plan was “anointed and approved” by Jane Pike herself.",
			want: []want{{starts: "anointed and approved", speaker: "Tom Hale", cue: "said", partial: true}},
		},
	})
}
