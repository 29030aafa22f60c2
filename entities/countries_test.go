// This file tests country mentions: names that contain a country's name
// but are not it (seas, gulfs, "Indian" peoples), and former names.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSeasAreNotCountries: seas and gulfs named after a country are not it.
func TestSeasAreNotCountries(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []string
	}{
		{"We discussed developments in the South China Sea and Myanmar.", []string{"MM"}},
		{"Patrols in the East China Sea and the Sea of Japan worry Japan.", []string{"JP"}},
		{"Storms in the Gulf of Mexico hit Mexico.", []string{"MX"}},
		{"Piracy in the Gulf of Guinea and the Gulf of Oman.", nil},
		{"China and the Philippines clashed in the South China Sea.", []string{"CN", "PH"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range x.Countries(tt.text) {
			got = append(got, c.ISO2)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// "Indian" of the peoples of the Americas, or of places named after them,
// is no mention of India.
func TestNativeIndianIsNotIndia(t *testing.T) {
	x := New(Options{})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The law covers Indian tribes and everyone else in the United States.", []string{"US"}},
		{"She met American Indian leaders and officials of the Indian River School District.", nil},
		{"The Indian Prime Minister visited Kenya.", []string{"IN", "KE"}},
	} {
		var got []string
		for _, c := range x.Countries(tt.text) {
			got = append(got, c.ISO2)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// A former name stands for the state that succeeded it.
func TestFormerCountryNames(t *testing.T) {
	x := New(Options{})
	var got []string
	for _, c := range x.Countries("Schools in Basutoland, Bechuanaland and Ceylon; talks in West Germany.") {
		got = append(got, c.ISO2)
	}
	assert.Equal(t, []string{"LS", "BW", "LK", "DE"}, got)
}
