package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCommitteeRoster(t *testing.T) {
	x := New(Options{NoHolders: true})
	// a hearing record's roster, as a reader gives it: a line a row
	record := "HEARING BEFORE THE COMMITTEE ON HARBOURS\nU.S. HOUSE OF REPRESENTATIVES\n\n" +
		"COMMITTEE ON HARBOURS\n\n" +
		"JANE Q. ROE, Maine, Chairwoman\n\n" +
		"ALAN DOE, Ohio PETER T. KING, New York\n\n" +
		"MARY POE, Georgia WALTER B. LOWE, Jr., North\n\n" +
		"WM. LACY MOE, Missouri Carolina\n\n" +
		"CARL McDOUGH, Texas\n\n" +
		"Dana Foe, Staff Director and Chief Counsel\n\n" +
		"C O N T E N T S\n\n" +
		"The Chairwoman. The hearing will come to order. Mr. Doe, you may begin."
	got := officialsOf(x, record)
	want := []wantOfficial{
		{"Jane Q. Roe", "Chairwoman", "US"},
		{"Alan Doe", "Representative", "US"},
		{"Peter T. King", "Representative", "US"},
		{"Mary Poe", "Representative", "US"},
		{"Walter B. Lowe, Jr.", "Representative", "US"},
		{"Wm. Lacy Moe", "Representative", "US"},
		{"Carl Mcdough", "Representative", "US"},
		{"Dana Foe", "Staff Director and Chief Counsel", "US"},
	}
	assert.Equal(t, want, got)

	// a Senate committee's members are senators
	senate := "UNITED STATES SENATE\n\nCOMMITTEE ON HARBOURS\n\nALAN DOE, Ohio MARY POE, Utah\n\nJOHN LOE, Iowa\n\nCARL MOE, Idaho"
	assert.Equal(t, []wantOfficial{{"Alan Doe", "Senator", "US"}, {"Mary Poe", "Senator", "US"}, {"John Loe", "Senator", "US"}, {"Carl Moe", "Senator", "US"}},
		officialsOf(x, senate))

	// a hyphenated surname, a nickname in quotes, a state broken in the
	// first column, a line that opens with the state the line before
	// broke, a line the reader cannot take between two of the roster,
	// and the staff under it
	printed := "COMMITTEE ON HARBOURS\n\n" +
		"ALAN DOE, Ohio ANA ROS-LOE, Florida\n\n" +
		"MARSHALL ``MARK'' POE, South BRAD MOE, California\n\n" +
		"Carolina JOHN HOE, Texas\n\n" +
		"GEORGE ROEVICH; Califorina JOE BOE; Iowa\n\n" +
		"CARL KOE, Idaho\n\n" +
		"Dana Foe, Staff Director\n\n" +
		"The Chairwoman. The hearing will come to order."
	assert.Equal(t, []wantOfficial{{"Alan Doe", "Member of Congress", "US"}, {"Ana Ros-Loe", "Member of Congress", "US"},
		{"Marshall ``mark'' Poe", "Member of Congress", "US"}, {"Brad Moe", "Member of Congress", "US"}, {"John Hoe", "Member of Congress", "US"},
		{"Carl Koe", "Member of Congress", "US"}, {"Dana Foe", "Staff Director", "US"}},
		officialsOf(x, printed))

	// two lines are no roster, nor names with places that are no states
	for _, text := range []string{
		"ALAN DOE, Ohio MARY POE, Utah\n\nJOHN LOE, Iowa\n\nThe meeting began.",
		"ALAN DOE, Paris MARY POE, Lyon\n\nJOHN LOE, Nice\n\nCARL MOE, Metz",
	} {
		assert.Empty(t, officialsOf(x, text), text)
	}
}

// A witness's statement head names the witness and the office, whether
// the lexicon holds it or not; the officials of a committee's record,
// which prints its roster, are of the US.
func TestStatementHeads(t *testing.T) {
	x := New(Options{NoHolders: true})
	record := "COMMITTEE ON HARBOURS\n\nALAN DOE, Ohio MARY POE, Utah\n\nJOHN LOE, Iowa\n\nCARL MOE, Idaho\n\n" +
		"Statement of Scott G. Roe, General Counsel, Board of Governors of the Harbour Reserve System\n\n" +
		"Mr. Roe. Thank you.\n\n" +
		"Statement of Kenneth R. Feld, Special Master for Ferry Compensation\n\n" +
		"Mr. Feld. Thank you.\n\n" +
		"Statement of the committee on the harbour, which was read.\n\n" +
		"STATEMENT OF DETECTIVE DAVID HOE, HARBOUR CITY POLICE DEPARTMENT, HARBOUR CITY, MARYLAND\n\n" +
		"Mr. Hoe. Thank you.\n\n" +
		"Director Jane Voe spoke."
	got := map[string]wantOfficial{}
	for _, o := range officialsOf(x, record) {
		got[o.name] = o
	}
	for _, w := range []wantOfficial{
		{"Scott G. Roe", "General Counsel", "US"},
		{"Kenneth R. Feld", "Special Master for Ferry Compensation", "US"},
		{"Jane Voe", "Director", "US"},
		// a rank before the name: the title, the force its organisation
		{"David Hoe", "Detective", "Harbour City Police Department"},
	} {
		if got[w.name] != w {
			t.Errorf("%s: got %+v, want %+v", w.name, got[w.name], w)
		}
	}
}
