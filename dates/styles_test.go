package dates

import (
	"testing"
	"time"
)

// TestFindOfficialStyles runs sentences written in the manner of other
// official sites: the State Department, the White House, the Kremlin, UK
// government, the EU and the UN.
func TestFindOfficialStyles(t *testing.T) {
	ref := day("2024-03-15") // a Friday
	tests := []struct {
		name string
		text string
		want []pair
	}{
		{"white house block", "THE WHITE HOUSE\nOffice of the Press Secretary\nFor Immediate Release\nJune 14, 2021\nRoosevelt Room\n2:15 P.M. EDT",
			[]pair{{"June 14, 2021", "2021-06-14"}, {"2:15 P.M. EDT", "2021-06-14T14:15"}}},
		{"uk published", "Published 12 March 2024\nLast updated 14 March 2024 — See all updates",
			[]pair{{"12 March 2024", "2024-03-12"}, {"14 March 2024", "2024-03-14"}}},
		{"eu council range", "the European Council of 21-22 March 2024 will address Ukraine.", []pair{{"21-22 March 2024", "2024-03-21"}}},
		{"eu document codes", "IP/24/1234 and SG/SM/22145 and A/RES/78/1 and COVID-19 and the G7", nil},
		{"un meeting time", "The Security Council will meet at 10 a.m. on Monday.", []pair{{"10 a.m.", "2024-03-18T10:00"}, {"Monday", "2024-03-18"}}},
		{"kremlin talks", "Vladimir Putin held talks with the Prime Minister on March 3.", []pair{{"March 3", "2024-03-03"}}},
		{"ordinal anniversary", "We mark the 75th anniversary of the Washington Treaty.", nil},
		{"first of month", "from the 1st of January, and on January 1st", []pair{{"1st of January", "2024-01-01"}, {"January 1st", "2024-01-01"}}},
		{"year range words", "between 2020 and 2024, and from 2014 to 2024", []pair{{"2020", "2020"}, {"2024", "2024"}, {"2014", "2014"}, {"2024", "2024"}}},
		{"year range dash", "spending in 2024\u20132025 rose", []pair{{"2024\u20132025", "2024"}}},
		{"fiscal year", "the budget for fiscal year 2025", []pair{{"2025", "2025"}}},
		{"resolutions are no years", "Resolution 2231 and UNSCR 1325 and Agenda 2030 and Vision 2030", nil},
		{"by a target year", "to reach net zero by 2050", []pair{{"2050", "2050"}}},
		{"earlier today", "Earlier today, the Secretary spoke with the Foreign Minister.", []pair{{"Earlier today", "2024-03-15"}}},
		{"late last year", "The agreement was signed late last year.", []pair{{"late last year", "2023"}}},
		{"month list", "Talks will be held in March and April, and again in June, July and August.",
			[]pair{{"March", "2024-03"}, {"April", "2024-04"}, {"June", "2024-06"}, {"July", "2024-07"}, {"August", "2024-08"}}},
		{"last march", "We agreed last March.", []pair{{"last March", "2023-03"}}},
		// (held in the past: the May before the reference's March)
		{"may with in", "The summit was held in May, as planned.", []pair{{"May", "2023-05"}}},
		{"march on washington", "the March on Washington and the Long March", nil},
		{"week of", "in the week of March 10", []pair{{"March 10", "2024-03-10"}}},
		{"month day range", "March 10\u201314, 2025", []pair{{"March 10\u201314, 2025", "2025-03-10"}}},
		{"two days in one phrase", "on 30 September and 1 October 2024", []pair{{"30 September", "2024-09-30"}, {"1 October 2024", "2024-10-01"}}},
		{"nine eleven and 24/7", "9/11 and 24/7", nil},
		{"date in parentheses of a resolution", "Resolution 2231 (2015) endorsed the plan.", nil},
		{"the morning of", "on the morning of 24 February 2022, Russia attacked", []pair{{"24 February 2022", "2022-02-24"}}},
		{"this past week", "This past week, ministers met.", []pair{{"This past week", "2024-W10"}}},
		{"tomorrow's", "Tomorrow's meeting will be chaired by the Minister.", []pair{{"Tomorrow", "2024-03-16"}}},
		{"state department time", "MR MILLER: Good afternoon. 2:14 p.m. EDT", []pair{{"2:14 p.m. EDT", "2024-03-15T14:14"}}},
		{"within days", "within days of the attack and in the coming weeks", nil},
		{"hyphen compound durations", "a 10-year plan and a two-day visit, a six-year-old", nil},
		{"a week ago", "As I said a week ago, and a year ago, we meet once a week.", []pair{{"a week ago", "2024-03-08"}, {"a year ago", "2023"}}},
		{"the next day", "The Minister arrived on 3 March. The next day, she met the President; the previous day was quiet.",
			[]pair{{"3 March", "2024-03-03"}, {"The next day", "2024-03-04"}, {"the previous day", "2024-03-03"}}},
		{"the same day", "The Minister arrived on 3 March.\n\nOn the same day, she met the President, and that same day she left. The same day-to-day work goes on.",
			[]pair{{"3 March", "2024-03-03"}, {"the same day", "2024-03-03"}, {"that same day", "2024-03-03"}}},
		{"the same day, generic or far", "The Minister arrived on 3 March.\n\nA\n\nB\n\nC\n\nVoters may register on the same day. We suffered in the same day ten attacks.",
			[]pair{{"3 March", "2024-03-03"}}},
		{"month of last year", "In July of last year, on April 24 of last year and in March of this year; by June of next year. The end of last year.",
			[]pair{{"July of last year", "2023-07"}, {"April 24 of last year", "2023-04-24"}, {"March of this year", "2024-03"}, {"June of next year", "2025-06"}, {"The end of last year", "2023"}}},
		{"last night", "Talks ended last night.", []pair{{"last night", "2024-03-14TNI"}}},
		{"last evening", "The dinner was held last evening.", []pair{{"last evening", "2024-03-14TEV"}}},
		{"holidays", "his Easter message, Easter Monday 2025, Thanksgiving 2024, Halloween and Boxing Day", []pair{
			{"Easter", "2024-03-31"}, {"Easter Monday 2025", "2025-04-21"}, {"Thanksgiving 2024", "2024-11-28"}, {"Halloween", "2024-10-31"}, {"Boxing Day", "2024-12-26"}}},
		{"uk dotted time", "The Prime Minister will speak at 12.30pm; growth was 4.30 per cent.", []pair{{"12.30pm", "2024-03-15T12:30"}}},
		{"over the weekend", "Over the weekend, the Secretary spoke with the Minister.", []pair{{"the weekend", "2024-W10-WE"}}},
		{"sentence-initial year", "2025 will be a year of change. 2014 was a turning point. 2000 troops arrived.", []pair{{"2025", "2025"}, {"2014", "2014"}}},
		{"end of the year", "by the end of the year and at the beginning of this month, not the end of the years", []pair{{"the end of the year", "2024"}, {"the beginning of this month", "2024-03"}}},
		{"time before a yearless date", "at 2 p.m. on 12 May", []pair{{"2 p.m.", "2024-05-12T14:00"}, {"12 May", "2024-05-12"}}},
		{"the following year", "the following statement and the following year", []pair{{"the following year", "2025"}}},
	}
	p := New(Options{Anchored: true})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(p.Find(tc.text, ref))
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Find(%q)[%d] = %q, want %q", tc.text, i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestPageDateOfficialStyles(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"white house", "THE WHITE HOUSE\nOffice of the Press Secretary\nFor Immediate Release\nJune 14, 2021\nRemarks by President Biden", "2021-06-14"},
		{"uk", "Press release\nForeign Secretary visits Kyiv\nThe Foreign Secretary met President Zelenskyy today.\nFrom: Foreign, Commonwealth & Development Office\nPublished 12 March 2024", "2024-03-12"},
		{"eu", "Brussels, 15 March 2024\nThe Commission today adopted a proposal.", "2024-03-15"},
		{"un", "SG/SM/22145\n12 March 2024\nSecretary-General's remarks to the Security Council", "2024-03-12"},
		{"state", "Office of the Spokesperson\nMarch 12, 2024\nThe following is attributable to Spokesperson Matthew Miller:", "2024-03-12"},
		{"kremlin", "March 3, 2025\n15:30\nThe Kremlin, Moscow\nVladimir Putin held a meeting.", "2025-03-03"},
		{"update line only", "Last updated 14 March 2024 — See all updates\nThe Minister said today that", "2024-03-14"},
	}
	p := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := p.PageDate(tc.text)
			got := ""
			if ok {
				got = d.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("PageDate = %q, want %q", got, tc.want)
			}
		})
	}
}
