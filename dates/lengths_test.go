// This file tests lengths: counted in quarters of a year ("the past two
// quarters" is P2Q, "several quarters" PXQ, and "the first two quarters of
// 2024" the first half of that year), and a length before "of" ("within a
// week of").

package dates

import "testing"

func TestQuarterLengths(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a number of quarters", "2023-10-19", "The chain has lost money in the past two quarters.",
			[]pair{{"the past two quarters", "P2Q"}}},
		{"an unknown number", "2023-10-19", "Margins shrank for several quarters before the merger.",
			[]pair{{"several quarters", "PXQ"}}},
		{"future quarters", "2023-10-19", "The credits will lower its tax bill in future quarters.",
			[]pair{{"future quarters", "FUTURE_REF"}}},
		{"a half of a given year", "2023-10-19", "Demand should stay weak through the first two quarters of 2024.",
			[]pair{{"the first two quarters of 2024", "2024-H1"}}},
		{"a quarter alone is no length", "2023-10-19", "Profit rose in the quarter.",
			[]pair{{"the quarter", "2023-Q3"}}},
		{"living quarters", "2023-10-19", "Inspectors were kept out of the officers' quarters.", nil},
	})
}

func TestLengthBeforeOf(t *testing.T) {
	runContextCases(t, []contextCase{
		{"within a week of", "2023-10-19", "The ship sank within a week of its launch.",
			[]pair{{"a week", "P1W"}}},
		{"a year of change", "2023-10-19", "It was a year of change for the port.", nil},
	})
}

// TestLengthBeforeDash checks a length before a spaced dash, which is
// punctuation, beside an age written with a hyphen.
func TestLengthBeforeDash(t *testing.T) {
	runContextCases(t, []contextCase{
		{"a spaced dash", "2023-10-19", "The fund grew for the last three years -- until now.",
			[]pair{{"the last three years", "P3Y"}, {"now", "PRESENT_REF"}}},
		{"an age", "2023-10-19", "The boy, six years-old, was found.", nil},
	})
}

// TestVagueLengths checks stretches of an unknown length: "the weeks
// ahead", "over the years", "for a while"; and the same words bound to an
// event or a date, left alone.
func TestVagueLengths(t *testing.T) {
	runContextCases(t, []contextCase{
		{"ahead", "2023-10-19", "Lenders expect more defaults in the months ahead.",
			[]pair{{"the months ahead", "PXM"}}},
		{"over the years", "2023-10-19", "Over the years the river moved east.",
			[]pair{{"the years", "PXY"}}},
		{"in the decades that followed", "2023-10-19", "In the decades that followed, the town grew.",
			[]pair{{"the decades", "PXE"}}},
		{"a while", "2023-10-19", "The line will stay shut for a while.",
			[]pair{{"a while", "PXX"}}},
		{"quite a while", "2023-10-19", "She waited for quite a while.",
			[]pair{{"quite a while", "PXX"}}},
		{"bound to an event", "2023-10-19", "In the days before the vote, crowds gathered.", nil},
		{"bound to a date", "2023-10-19", "In the years 1990 to 1995 prices rose.", nil},
		{"a conjunction", "2023-10-19", "While in office, she wrote a while later.", nil},
	})
}
