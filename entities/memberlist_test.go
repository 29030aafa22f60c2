package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMemberList: the members a text lists for a body hold its membership
// ("NCD Council member", "Audit Committee member"); a list of people that
// names no body, or a body's members named one at a time elsewhere, is not
// read as a list.
func TestMemberList(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Current NCD Council members include Hoskie Doe Jr., Sascha Roe, and Theo W. Poe.",
			[]wantOfficial{{"Hoskie Doe Jr.", "NCD Council member", ""}, {"Sascha Roe", "NCD Council member", ""}, {"Theo W. Poe", "NCD Council member", ""}}},
		{"Members of the Audit Committee are: Jane Roe and John Doe.",
			[]wantOfficial{{"Jane Roe", "Audit Committee member", ""}, {"John Doe", "Audit Committee member", ""}}},
		// no body named before "members", or no list after it
		{"Its members include Jane Roe and John Doe.", nil},
		{"Council members include many advocates from the region.", nil},
		// a list that says after it who its people are: the body named
		// before the sentence, or the noun alone; a branch's president is
		// no name
		{"The Monetary Policy Committee met. Jane Roe, John Doe (Ministry of Finance) and Ann Poe attended the meeting as committee members. Presidents of the Bank's Nanjing Branch and Beijing Operations Office also joined.",
			[]wantOfficial{{"Jane Roe", "Member of the Monetary Policy Committee", ""}, {"John Doe", "Member of the Monetary Policy Committee", ""}, {"Ann Poe", "Member of the Monetary Policy Committee", ""}}},
		{"Jane Roe and John Doe attended the meeting as board members.",
			[]wantOfficial{{"Jane Roe", "Board member", ""}, {"John Doe", "Board member", ""}}},
		{"Jane Roe and John Doe attended the meeting. Guests came as members.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}
