package chrome

import (
	"testing"

	"github.com/communique/communique/extract/internal/block"
	"github.com/stretchr/testify/assert"
)

func TestIsAddressLine(t *testing.T) {
	for s, want := range map[string]bool{
		"200 Independence Avenue S.W.":                    true,
		"1600 Pennsylvania Ave NW":                        true,
		"10 Downing Street":                               true,
		"Washington D.C. 20201":                           true,
		"Washington, DC 20500-0001":                       true,
		"London SW1A 2AA":                                 true,
		"Toll Free Call Center: 1-877-555-0100":           true,
		"Switchboard: +44 20 7946 0000":                   true,
		"Rue de la Loi 175 - B-1048 Bruxelles - Belgique": true,
		"Tel.: +32 2 555 0100 - press@example.org":        true,
		"Via Roma expects 3 new shops":                    false,
		"3 ministers met on Main Street":                  false,
		"In 2024 the Avenue was renamed":                  false,
		"Open until 20201":                                false,
		"The road to peace":                               false,
		"Tel Aviv 2024":                                   false,
		"Call us: any time":                               false,
	} {
		assert.Equal(t, want, isAddressLine(s, tokenize(s, nil)), s)
	}
}

// The postal address under a page, with the institution's name above it, is
// contact furniture; the text above it stays.
func TestClassifyAddressBlock(t *testing.T) {
	b := blocksOf(
		"The Secretary met the health ministers of the region today to discuss vaccines, research and the response to outbreaks.",
		"Department of Public Works",
		"45 Harbour Road",
		"Portvale PV1 4AB",
		"Enquiries: 020 7946 0000",
	)
	Classify(b, nil, true, testDated)
	assert.Equal(t, []string{b[0].Text}, kept(t, b))
	for _, x := range b[1:] {
		assert.Equal(t, block.ReasonContact, x.Removed, x.Text)
	}
	// a heading above one address line alone is not the address's
	b = blocksOf(
		"Department of Public Works",
		"45 Harbour Road",
		"The Department moved to its new offices on Monday, where it will receive the public from next week on.",
	)
	Classify(b, nil, true, testDated)
	assert.Equal(t, []string{b[0].Text, b[2].Text}, kept(t, b))
}
