// This file tests military ranks and commands: a rank before a name, its
// abbreviations, a command after the name, and the armed service or
// country that gives an officer's affiliation.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCommanders: a rank and a surname with a possessive of command make an
// official; a company's name does not.
func TestCommanders(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Colonel Gaddafi's forces have attacked Zawiyah.", []wantOfficial{{"Gaddafi", "Colonel", ""}}},
		{"They spoke of Colonel Gaddafi\u2019s regime.", []wantOfficial{{"Gaddafi", "Colonel", ""}}},
		{"General Haftar's troops advanced on Tripoli.", []wantOfficial{{"Haftar", "General", ""}}},
		{"General Electric's shares fell.", nil},
		{"General Motors' profits rose.", nil},
		{"Admiral Kuznetsov's deck was damaged.", nil},
		// the page's topic gives the commander's country
		{"Libya: the situation in Libya has worsened. Colonel Gaddafi's forces attacked. Many fled Libya for Tunisia.",
			[]wantOfficial{{"Gaddafi", "Colonel", "LY"}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestJuniorRanks: company and field ranks and their abbreviations name
// officers as the general ranks do; a rank word that is also a surname
// ("Mary Major") or a team's captain in lower case is no office.
func TestJuniorRanks(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"In the camp I met Second Lieutenant John Doe of the Third Battalion.",
			[]wantOfficial{{"John Doe", "Second Lieutenant", ""}}},
		{"Captain Jane Roe of the Ghana Navy briefed the delegation.",
			[]wantOfficial{{"Jane Roe", "Captain", "GH"}}},
		{"Maj. Gen. Jane Roe and Lt. Col. John Doe inspected the base.",
			[]wantOfficial{{"Jane Roe", "Major General", ""}, {"John Doe", "Lieutenant Colonel", ""}}},
		{"The team captain John Doe scored twice.", nil},
		{"General John Doe met General Mary Major.",
			[]wantOfficial{{"John Doe", "General", ""}, {"Mary Major", "General", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// A rank's command in lower case after the name is the officer's title
// ("Vice Adm. Jane Roe, commander of NAVSOUTH,"), and a rank between a
// country's office and the name does not hide the office ("Portugal's
// Ambassador to Norway, Maj. Gen. John Doe,"); after "our Chargé d'Affaires," a
// general named next is no chargé.
func TestRanksAndCommands(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Vice Adm. Jane Roe, commander of NAVSOUTH, welcomed the delegation.",
			[]wantOfficial{{"Jane Roe", "Commander of NAVSOUTH", ""}}},
		// a unit the page defines gives its country
		{"U.S. Naval Forces Southern Command (NAVSOUTH) hosted the minister.\n\nVice Adm. Jane Roe, commander of NAVSOUTH, welcomed her.",
			[]wantOfficial{{"Jane Roe", "Commander of NAVSOUTH", "US"}}},
		{"\u201cWe train together,\u201d said Gen. John Doe, commander of U.S. Southern Command.",
			[]wantOfficial{{"John Doe", "Commander of U.S. Southern Command", "US"}}},
		{"Portugal\u2019s Ambassador to Norway, Maj. Gen. John Doe, met the Mayor.",
			[]wantOfficial{{"John Doe", "Ambassador to Norway", "PT"}}},
		// accredited to two states
		{"U.S. Ambassador to the French Republic and the Principality of Monaco Jane Roe spoke.",
			[]wantOfficial{{"Jane Roe", "Ambassador to the French Republic and the Principality of Monaco", "US"}}},
		{"The Ambassador to France and Jane Roe spoke.", nil},
		{"We met Jane Roe, our Ambassador, General John Doe, and the Mayor.",
			[]wantOfficial{{"John Doe", "General", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// A country's armed service before a rank gives the officer that country.
func TestServiceBeforeRank(t *testing.T) {
	x := New(Options{})
	assert.Equal(t, []wantOfficial{{"Kim Min-jae", "Rear Admiral", "KR"}, {"Ana Reyes", "Captain", "PH"}},
		officialsOf(x, "Republic of Korea Navy Rear Admiral Kim Min-jae handed over command to Philippine Navy Capt. Ana Reyes."))
	assert.Equal(t, []wantOfficial{{"Kofi Mensah", "Major General", "GH"}}, officialsOf(x, "Ghana Army Major General Kofi Mensah met the band of the Ghana Army."))
}
