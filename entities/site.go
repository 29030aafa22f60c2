// The country of the government whose site published a page, read from the
// page's own address: "https://www.beehive.govt.nz/release/…" is New
// Zealand's, "https://www.health-ni.gov.uk/news/…" the United Kingdom's.

package entities

import (
	"net/url"
	"strings"

	"github.com/communique/communique/internal/tables"
)

// Place says, from outside a page's text, whose record the page is.
type Place struct {
	// Institution is the country (ISO 3166 alpha-2) of a national
	// institution whose record the page is, as InstitutionHome reads it
	// from a header: its officials that the text ties to no other country
	// are that country's.
	Institution string
	// Site is the country of the government whose site published the
	// page, as SiteCountry reads it from the page's address: the country
	// the page speaks for, whose principal official, ministers and
	// legislators the text names without a country.
	Site string
}

// governmentLabels are the labels of a host name that mark a government's
// site under a country's domain: "govt" of beehive.govt.nz, "gov" of
// www.gov.uk, "gc" of canada.gc.ca, "gouv" of elysee.gouv.fr.
var governmentLabels = wordLists.Set("government-labels")

// SiteCountry returns the country (ISO 3166 alpha-2) of the government
// whose site an address is on: a country's domain with a government label
// ("www.beehive.govt.nz", "www.gov.uk", "www2.gov.bc.ca") or a US
// government domain (".gov", ".mil"); "" for any other address, an
// organisation's or a newspaper's.
func SiteCountry(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Host == "" {
		return ""
	}
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(u.Hostname(), ".")), ".")
	if len(labels) < 2 {
		return ""
	}
	last := labels[len(labels)-1]
	if last == "gov" || last == "mil" {
		return "US"
	}
	if len(last) != 2 {
		return ""
	}
	gov := false
	for _, l := range labels[:len(labels)-1] {
		if governmentLabels[l] {
			gov = true
		}
	}
	if !gov {
		return ""
	}
	iso := strings.ToUpper(last)
	if iso == "UK" {
		iso = "GB"
	}
	for _, c := range tables.Countries {
		if c.ISO2 == iso {
			return iso
		}
	}
	return ""
}
