// Tests of speaker resolution: who a quotation belongs to when the text
// names the speaker around it in the ways news reports do.
package quotes

import "testing"

func TestTermUsers(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a word a named person used",
			text: "Senator Maria Lopez attacked the budget on Monday, calling it “reckless” in front of the committee.",
			want: []want{{starts: "reckless", speaker: "Maria Lopez", partial: true, term: true}},
		},
		{
			name: "accused of a phrase",
			text: "Tom Becker met voters in Dayton. Becker accused his rival of a “flip-flop” on trade.",
			want: []want{{starts: "flip-flop", speaker: "Tom Becker", partial: true, term: true}},
		},
		{
			name: "a title keeps no speaker",
			text: "Tom Becker praised the new show “Night Harbour Blues” on his radio programme.",
			want: []want{{starts: "Night Harbour Blues", term: true}},
		},
		{
			name: "no person, no speaker",
			text: "The committee approved the “fast track” rules after a short debate.",
			want: []want{{starts: "fast track", term: true}},
		},
	})
}
