// Package tables holds the read-only lexicons the entities package is built
// from: countries and territories with ISO 3166-1 codes, names and demonyms;
// phrases that are not countries; organisations; office titles; holders of
// prominent offices; and capital cities.
//
// The tables are generated into tables_gen.go from the hand-written files in
// data/ by gen/main.go; run `go generate ./internal/tables` after editing
// them. data/README.md states where the facts come from.
package tables

//go:generate go run ./gen -data data -out tables_gen.go

// Country is a country or territory with an ISO 3166-1 code.
type Country struct {
	ISO2, ISO3 string
	// Name is the common English short name.
	Name string
	// Forms are names and abbreviations ("United States", "U.S.").
	Forms []string
	// Adjectives are demonyms used as adjectives ("Polish").
	Adjectives []string
	// People are plural nouns for the people ("Poles").
	People []string
	// Person marks a name that is also a common given name ("Jordan").
	Person bool
	// USState marks a name that is also a US state ("Georgia").
	USState bool
	// Region marks a region of another state, a special administrative
	// region or a US territory ("Hong Kong", "Puerto Rico"): an office's
	// affiliation, but no country of its own.
	Region bool
}

// Organization is an organisation, or a government body that stands for its
// country (Short is empty and Country set).
type Organization struct {
	Short   string
	Country string
	Forms   []string
}

// Title is an office title with the affiliation it implies on its own.
type Title struct {
	Title   string
	Default string
	Kind    string
	// Full is the office an abbreviated title stands for ("Senator" for
	// "Sen."); empty when Title is written in full.
	Full string
}

// Holder is one term of a person in a prominent office.
type Holder struct {
	Name        string
	Forms       []string
	Title       string
	Affiliation string
	From, To    int
}

// Places are places of one country under their English names: its
// capital city (or seat of government), or its states and provinces.
type Places struct {
	ISO2  string
	Names []string
}
