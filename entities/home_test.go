package entities

import (
	"testing"
	"time"

	"github.com/communique/communique/internal/text"
	"github.com/stretchr/testify/assert"
)

// TestDatelineHome: a dateline opening a line ("Nairobi, 3 May 2025 –")
// gives the page's home country to its own ministers and principal; a
// line that only starts with a city, or a dateline without a day, does
// not; the guests stay the guests'.
func TestDatelineHome(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"**Nairobi, 3 May 2025** – Minister for Transport Jane Wanjiru will open the bridge.",
			[]wantOfficial{{"Jane Wanjiru", "Minister for Transport", "KE"}}},
		{"Nairobi, May 3, 2025 — Minister John Kamau today welcomed Foreign Minister Ana Silva of Brazil.",
			[]wantOfficial{{"John Kamau", "Minister", "KE"}, {"Ana Silva", "Foreign Minister", "BR"}}},
		{"Canberra, 3rd June\n\nMinister Jane Roe will travel to Fiji.",
			[]wantOfficial{{"Jane Roe", "Minister", "AU"}}},
		// no day: no dateline
		{"Nairobi, the capital, hosted the talks. Minister John Kamau spoke.",
			[]wantOfficial{{"John Kamau", "Minister", ""}}},
		// the city in running text
		{"The talks were held in Nairobi, 3 May 2025. Minister John Kamau spoke.",
			[]wantOfficial{{"John Kamau", "Minister", ""}}},
		// India's federal ministers
		{"Union Minister Dr. Asha Rao held talks in Paris.", []wantOfficial{{"Asha Rao", "Union Minister", "IN"}}},
		{"Myanmar's Union Minister for Health U Tun Oo spoke.", []wantOfficial{{"Tun Oo", "Union Minister for Health", "MM"}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestInstitutionHome: the record of a national institution, named on a
// line of its own at the top ("IN THE SUPREME COURT OF RURITANIA" in
// capitals or not), gives its officials that country, unless their
// sentence names another; a justice is an official.
func TestInstitutionHome(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"IN THE SUPREME COURT OF THE UNITED STATES\n\nJUSTICE ROE: Well, that depends.\n\nMR. DOE: It does.\n\nJUSTICE POE: And what of France?",
			[]wantOfficial{{"Roe", "Justice", "US"}, {"Poe", "Justice", ""}}},
		{"Parliament of Ghana\n\nThe Minister of Education Ama Mensah replied.",
			[]wantOfficial{{"Ama Mensah", "Minister of Education", "GH"}}},
		{"The talks in the Supreme Court of Ghana were long.\n\nThe Minister of Education Ama Mensah replied.",
			[]wantOfficial{{"Ama Mensah", "Minister of Education", ""}}},
		// an institution of a state or province, the place before or after it
		{"BEFORE THE NEW YORK STATE SENATE\nCOMMITTEE ON AGING\n\nSenator Jane Roe opened the hearing.",
			[]wantOfficial{{"Jane Roe", "Senator", "US"}}},
		{"Legislative Assembly of Ontario\n\nThe Mayor, John Doe, spoke.",
			[]wantOfficial{{"John Doe", "Mayor", "CA"}}},
		{"Ghanaian Parliament\n\nThe Minister of Education Ama Mensah replied.",
			[]wantOfficial{{"Ama Mensah", "Minister of Education", "GH"}}},
		// the place after the institution
		{"DÁIL ÉIREANN\n\nSenator Jane Roe opened the debate.",
			[]wantOfficial{{"Jane Roe", "Senator", "IE"}}},
		// a state's official name, and a heading in capitals that wraps
		// over lines or paragraphs, below a table of contents
		{"Parliament of the Republic of Ghana\n\nThe Minister of Education Ama Mensah replied.",
			[]wantOfficial{{"Ama Mensah", "Minister of Education", "GH"}}},
		{"CONTENTS\n\nPAPERS\n\nAccounts Agreement\n\nPrinted by the Department of Official Report\n\nTHE\n\nPARLIAMENT OF THE REPUBLIC\n\nOF GHANA\n\nSECOND MEETING 2012\n\nThe Minister of Education Ama Mensah replied.",
			[]wantOfficial{{"Ama Mensah", "Minister of Education", "GH"}}},
		// a state named in a sentence is no institution's record
		{"The New York State Senate met.\n\nSenator Jane Roe opened the hearing.",
			[]wantOfficial{{"Jane Roe", "Senator", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// The institution a removed header names gives the page's officials its
// country as a line of the text would.
func TestInstitutionHomeOutsideText(t *testing.T) {
	x := New(Options{NoHolders: true})
	for _, c := range []struct{ head, want string }{
		{"Order of Business\nPARLIAMENTARY DEBATES\nSEANAD ÉIREANN", "IE"},
		{"Hansard\nParliament of Ghana", "GH"},
		{"NEW YORK STATE SENATE", "US"},
		{"Weekly news\nThe senate met", ""},
	} {
		if got := x.InstitutionHome(c.head); got != c.want {
			t.Errorf("InstitutionHome(%q) = %q, want %q", c.head, got, c.want)
		}
	}
	d := text.NewAnalyzer(text.Lexicon{}).Analyze("Senator Jane Roe opened the debate.")
	offs, _, _ := x.FindDocAllHome(d, time.Time{}, "IE")
	if len(offs) != 1 || offs[0].Country != "IE" {
		t.Errorf("FindDocAllHome: %+v", offs)
	}
	offs, _, _ = x.FindDocAllAt(d, time.Time{})
	if len(offs) != 1 || offs[0].Country != "" {
		t.Errorf("FindDocAllAt: %+v", offs)
	}
}

// TestRegionDateline: a dateline in a city of a state or province gives
// the page its home country, and the home's legislators, governors and
// mayors take it as its ministers do; an ambassador does not.
func TestRegionDateline(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Albany, New York\n\nSenator Jane Roe opened the hearing. Mayor John Doe spoke next.",
			[]wantOfficial{{"Jane Roe", "Senator", "US"}, {"John Doe", "Mayor", "US"}}},
		{"TORONTO, Ontario \u2013 Premier Jane Roe met Ambassador John Doe today.",
			[]wantOfficial{{"Jane Roe", "Premier", "CA"}, {"John Doe", "Ambassador", ""}}},
		{"Perth, Western Australia, 3 May 2024\n\nSenator Jane Roe opened the hearing.",
			[]wantOfficial{{"Jane Roe", "Senator", "AU"}}},
		// a state in a sentence is no dateline
		{"Senator Jane Roe, who grew up in Albany, New York, spoke.",
			[]wantOfficial{{"Jane Roe", "Senator", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// A line that opens with a government speaking of itself ("Alberta’s
// government is investing …") gives the page its home country, a state's
// or province's too.
func TestOwnGovernmentHome(t *testing.T) {
	x := New(Options{NoHolders: true})
	got := officialsOf(x, "Alberta’s government is investing $50 million in new technology for the harbour.\n\nThe Minister of Transport Jane Roe welcomed the plan.")
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Minister of Transport", "CA"}}, got)
	got = officialsOf(x, "The plan of Alberta’s government was discussed abroad.\n\nThe Minister of Transport Jane Roe welcomed the plan.")
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Minister of Transport", ""}}, got)
}

// A state's page: the bodies a state names serve its country, and so do
// its governor and the officials of its bodies, when the page names the
// state twice and no country.
func TestStatePage(t *testing.T) {
	x := New(Options{NoHolders: true})
	text := "SACRAMENTO – Governor Gavin Newsom today named a new task force for California.\n\n" +
		"Charlton Bonham, Director of the California Department of Fish and Wildlife, will lead it with the state's police."
	assert.Equal(t, []wantOfficial{
		{"Gavin Newsom", "Governor", "US"},
		{"Charlton Bonham", "Director of the California Department of Fish and Wildlife", "US"},
	}, officialsOf(x, text))
}

// The government whose site published a page is the country it speaks
// for when its text gives none: its ministers are that country's, but not
// an official whom a sentence ties to another country.
func TestSiteHome(t *testing.T) {
	for _, c := range []struct{ address, want string }{
		{"https://www.beehive.govt.nz/release/pm-heads-australia", "NZ"},
		{"https://www.gov.uk/government/news/x", "GB"},
		{"https://www.gmp.police.uk/news/greater-manchester/news/x", "GB"}, // a police force's
		{"https://www2.gov.bc.ca/gov/content/home", "CA"},
		{"http://pcoo.gov.ph/january-12-2017-press-briefing/", "PH"},
		{"https://www.state.gov/briefings/", "US"},
		{"https://www.nato.int/cps/en/natohq/news.htm", ""},
		{"https://www.bbc.co.uk/news/uk-politics", ""},
		{"https://www.example.nz/gov/page", ""},
		{"/news/GZOQv9weypD3e8A", ""},
		{"not a url", ""},
	} {
		if got := SiteCountry(c.address); got != c.want {
			t.Errorf("SiteCountry(%q) = %q, want %q", c.address, got, c.want)
		}
	}
	x := New(Options{NoHolders: true})
	d := text.NewAnalyzer(text.Lexicon{}).Analyze("Foreign Minister Jane Roe will visit the port next week. " +
		"Trade Minister Hana Sato will also attend the opening. Ms Sato has served the Government of Japan for ten years.")
	offs, _, _ := x.FindDocAllFrom(d, time.Time{}, Place{Site: "NZ"})
	got := map[string]string{}
	for _, o := range offs {
		got[o.Name] = o.Country
	}
	if got["Jane Roe"] != "NZ" || got["Hana Sato"] == "NZ" {
		t.Errorf("FindDocAllFrom with the site NZ: %+v", offs)
	}
	offs, _, _ = x.FindDocAllAt(d, time.Time{})
	for _, o := range offs {
		if o.Country == "NZ" {
			t.Errorf("FindDocAllAt: %+v", o)
		}
	}
}

// TestRegionsHome: a page naming two states of one country is that
// country's, even when it names the country itself ("the U.S.
// Environmental Protection Agency") or its territories ("U.S. Virgin
// Islands", "Puerto Rico") or "Georgia" among the states; and its home
// gives every official of the home government its country, a board's
// chair and a police sergeant as well as its ministers. Another country
// named leaves the page without a home.
func TestRegionsHome(t *testing.T) {
	x := New(Options{NoHolders: true})
	const lead = "Attorney General Jane Roe today announced a settlement for Ohio families. Chair Ann Lee of the Ohio Air Board and Sergeant Tom Bay helped. "
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{lead + "The U.S. Environmental Protection Agency joined.",
			[]wantOfficial{{"Jane Roe", "Attorney General", "US"}, {"Ann Lee", "Chair", "US"}, {"Tom Bay", "Sergeant", "US"}}},
		{lead + "The states settling include Georgia, Kentucky, Puerto Rico and the U.S. Virgin Islands.",
			[]wantOfficial{{"Jane Roe", "Attorney General", "US"}, {"Ann Lee", "Chair", "US"}, {"Tom Bay", "Sergeant", "US"}}},
		{lead + "The drugs came from Canada.",
			[]wantOfficial{{"Jane Roe", "Attorney General", ""}, {"Ann Lee", "Chair", ""}, {"Tom Bay", "Sergeant", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}
