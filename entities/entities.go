// Package entities finds named officials (with their titles and the country
// or organisation they serve) and countries (with ISO 3166 codes) in English
// text.
//
// An Extractor is built once with New and is safe for concurrent use.
package entities

// Span is a byte range [Start, End) in the searched text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Country is a country named in a text, with every form it was named by.
type Country struct {
	// Name is the country's common English short name ("Poland").
	Name string `json:"name"`
	// ISO2 and ISO3 are the ISO 3166-1 alpha-2 and alpha-3 codes ("PL",
	// "POL"); Kosovo uses the user-assigned XK / XKX.
	ISO2 string `json:"iso2"`
	ISO3 string `json:"iso3"`
	// Mentions are the spans of every mention, in text order.
	Mentions []Span `json:"mentions"`
	// Forms are the distinct forms used, in order of first use ("Poland",
	// "Polish").
	Forms []string `json:"forms"`
}

// Official is a named person holding an office.
type Official struct {
	// Name is the fullest form of the person's name the text gives ("Mark
	// Rutte"); a person named only by surname keeps the surname ("Trump").
	Name string `json:"name"`
	// Title is the office ("Secretary General", "Prime Minister").
	Title string `json:"title"`
	// Organization is the organisation the office belongs to ("NATO", "EU",
	// "UN", "OSCE"), when the text ties it to one.
	Organization string `json:"organization"`
	// Country is the ISO 3166-1 alpha-2 code of the country the office
	// serves, when the text ties it to one.
	Country string `json:"country"`
	// Aliases are the other ways the text refers to the person ("Mr Rutte",
	// "Secretary General Rutte", "the Secretary General").
	Aliases []string `json:"aliases"`
	// Mentions are the spans of every reference, in text order.
	Mentions []Span `json:"mentions"`
}

// Options configure an Extractor. The zero value is the default.
type Options struct{}

// Extractor finds officials and countries. It is safe for concurrent use.
type Extractor struct{ opts Options }

// New returns an Extractor built with opts.
func New(opts Options) *Extractor { return &Extractor{opts: opts} }

// Countries returns the countries text names, in order of first mention.
func (x *Extractor) Countries(text string) []Country { return nil }

// Officials returns the named office-holders in text, one record per
// person, in order of first mention.
func (x *Extractor) Officials(text string) []Official { return nil }
