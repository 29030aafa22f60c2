// This file tests office phrases: titles with the public body, organisation,
// place or country they name, in apposition, after "at" or "for", in
// lists and after styles; and the helper assertOfficials that runs a
// table of texts and the officials they name.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOfficeOfOrganisationAppositive: "the <office> of <organisation>,
// <name>" makes an official of that organisation, whether the lexicon knows
// the organisation or not.
func TestOfficeOfOrganisationAppositive(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"I spoke to the Secretary-General of the Arab League, Amr Moussa, on Saturday.",
			[]wantOfficial{{"Amr Moussa", "Secretary-General", "Arab League"}}},
		{"Mr Peters will meet the Secretary General of the Pacific Islands Forum, Baron Waqa.",
			[]wantOfficial{{"Baron Waqa", "Secretary General", "Pacific Islands Forum"}}},
		{"She thanked the Director-General of the WHO, Tedros Adhanom Ghebreyesus, for his work.",
			[]wantOfficial{{"Tedros Adhanom Ghebreyesus", "Director-General", "WHO"}}},
		{"The Director-General of the World Health Organization, Dr Tedros Adhanom Ghebreyesus, spoke.",
			[]wantOfficial{{"Tedros Adhanom Ghebreyesus", "Director-General", "WHO"}}},
		{"We met the Secretary-General of the Caribbean Community, Carla Barnett.",
			[]wantOfficial{{"Carla Barnett", "Secretary-General", "CARICOM"}}},
		// organisations the lexicon does not know
		{"The Secretary General of the Organisation of Islamic Cooperation, Hissein Brahim Taha, attended.",
			[]wantOfficial{{"Hissein Brahim Taha", "Secretary General", "Organisation of Islamic Cooperation"}}},
		{"He called the Director General of the International Union for Conservation of Nature, Jane Roe.",
			[]wantOfficial{{"Jane Roe", "Director General", "International Union for Conservation of Nature"}}},
		{"He called the Director General of the International Organization for Migration, António Vitorino.",
			[]wantOfficial{{"António Vitorino", "Director General", "IOM"}}},
		// a one-word name after the comma is not an appositive name
		{"The Secretary-General of the Arab League, Moussa, spoke.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestPublicBodiesAndAppositions: an acronym the page defines for a public
// body stands before a title as that body ("NOAA Administrator"), with the
// country the definition names, and after "at" ("Commissioner at
// NEURC"); an acronym the page does not define stays a company's; a body
// after "of" the lexicon does not know is read whole, with its country;
// an office without a determiner opening a sentence or after a word in
// lower case is in apposition to the name after its comma.
func TestPublicBodiesAndAppositions(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"The Kenyan Fisheries Regulatory Authority (KFRA) signed the deal. \"It is good,\" said KFRA Director General Dr Jane Wanjiru.",
			[]wantOfficial{{"Jane Wanjiru", "Director General", "KE"}}},
		{"We met the Ghanaian water regulator, GWRC, today.\nMr John Mensah, GWRC Chairman, and Ms Ama Owusu, Commissioner at GWRC, attended.",
			[]wantOfficial{{"John Mensah", "Chairman", "GH"}, {"Ama Owusu", "Commissioner", "GH"}}},
		// a body noun, then its field: "Council on Disability (NCD)",
		// before a weak title in the middle of a sentence
		{"The National Council on Disability (NCD) met.\n\nThen NCD Chair Jane Roe spoke.",
			[]wantOfficial{{"Jane Roe", "Chair", ""}}},
		{"The U.S. Bureau of Labor Statistics (BLS) met.\n\nThen BLS Chair Jane Roe spoke.",
			[]wantOfficial{{"Jane Roe", "Chair", "US"}}},
		// an acronym the page does not define: a company
		{"\"We are pleased,\" said ACME Chairman John Doe.", nil},
		{"Then ACME Chair Jane Roe spoke.", nil},
		{"We used the delivery service, ZIPP, today.\n\"Fine,\" said ZIPP Chairman John Doe.", nil},
		{"Li Wei, Director of National Forestry Administration of People's Republic of China, spoke first.",
			[]wantOfficial{{"Li Wei", "Director of National Forestry Administration", "CN"}}},
		{"ASEAN Secretary-General, Kao Kim Hourn, welcomed the delegates.",
			[]wantOfficial{{"Kao Kim Hourn", "Secretary-General", "ASEAN"}}},
		{"The Commissioner met officials alongside Minister of Energy, Jane Roe, in Rome.",
			[]wantOfficial{{"Jane Roe", "Minister of Energy", ""}}},
		// after a comma: an item of a list, not an apposition
		{"We thanked the hosts, Director, Jane Roe and the staff.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestMinisterForCountry: after a title that already names its portfolio
// ("finance minister"), "for <country>" is the government served; after a
// bare "Minister" it is the portfolio ("Minister for Europe").
func TestMinisterForCountry(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"He met Dr. Jane Roe, finance minister for the Palestinian Authority, and others.", []wantOfficial{{"Jane Roe", "Finance Minister", "PS"}}},
		{"He met Dr. Jane Roe, foreign minister for Kenya, in Rome.", []wantOfficial{{"Jane Roe", "Foreign Minister", "KE"}}},
		{"He met Minister for Europe Jane Roe.", []wantOfficial{{"Jane Roe", "Minister for Europe", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestBodyOfCountryClosesApposition: "Name, Director of <body>, <body> of
// <country>" and "Name, Investigator at <body> of <country>" tie the
// office to that country; the British Chief
// Secretary to the Treasury is a title; a UN office's acronym is the UN's.
func TestBodyOfCountryClosesApposition(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Ama Mensah, Director of the Department for Internal Audit, Public Audit Authority of Ghana said it went well.",
			[]wantOfficial{{"Ama Mensah", "Director of the Department for Internal Audit", "GH"}}},
		// without a country the office is still one of a public body
		{"Ama Mensah, Director of the Department for Internal Audit, Public Audit Office said it went well.",
			[]wantOfficial{{"Ama Mensah", "Director of the Department for Internal Audit", ""}}},
		{"The talks with the Chief Secretary to the Treasury John Doe went well.",
			[]wantOfficial{{"John Doe", "Chief Secretary to the Treasury", "GB"}}},
		{"UNODC Executive Director Jane Roe spoke.", []wantOfficial{{"Jane Roe", "Executive Director", "UN"}}},
		// "at" a body of a country; a name of six words
		{"Siti Nur Aisyah Binti Abdul Rahman, Special Investigator at the Anti-Corruption Agency of Malaysia said it helped.",
			[]wantOfficial{{"Siti Nur Aisyah Binti Abdul Rahman", "Special Investigator", "MY"}}},
		// a body without a country: an office still, with no affiliation
		{"Jane Roe, Investigator at the Anti-Fraud Office said it helped.",
			[]wantOfficial{{"Jane Roe", "Investigator", ""}}},
		{"Jane Roe, Director of Health at the Ministry of Health, said.",
			[]wantOfficial{{"Jane Roe", "Director of Health", ""}}},
		{"Jane Roe, Director of Health at Acme Hospitals, said.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestFirstMinister: the First Ministers of Scotland, Wales and Northern
// Ireland serve the United Kingdom.
func TestFirstMinister(t *testing.T) {
	x := New(Options{NoHolders: true})
	assert.Equal(t, []wantOfficial{{"Jane Roe", "First Minister", "GB"}},
		officialsOf(x, "First Minister Jane Roe welcomed the delegation to the residence today."))
}

// TestOfficeOfPublicBody: a title in apposition that names a public body
// ("Director of the Federal Bureau of Prisons", "of the Ministry of
// Health") makes an official without a country, or with the country of a
// government's body the lexicon knows ("of the FBI"); a company's board
// or a firm after a bare title does not.
func TestOfficeOfPublicBody(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"The talks were led by Jane Roe, Director of the Federal Bureau of Prisons.",
			[]wantOfficial{{"Jane Roe", "Director of the Federal Bureau of Prisons", ""}}},
		{"The talks were led by Jane Roe, Director General of the Ministry of Health.",
			[]wantOfficial{{"Jane Roe", "Director General of the Ministry of Health", ""}}},
		// a government's body the lexicon knows gives its country
		{"Jane Roe, the deputy director of the National Park Service, said.",
			[]wantOfficial{{"Jane Roe", "Deputy Director", "US"}}},
		{"John Doe, the assistant director of the FBI, said.",
			[]wantOfficial{{"John Doe", "Assistant Director", "US"}}},
		{"John Roe, Chairman of the Board of Directors of Acme Widgets, said.", nil},
		{"John Roe, the chairman of the board of Acme Widgets, said.", nil},
		{"John Roe, Director, Acme Securities, said prices would rise.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestLocalOfficeOfPlace: a local office takes the place it serves
// ("Governor of New York", "Mayor of New York City") before a name, after
// one, or in an apposition before it; the place ends where a given name
// begins, and a known place (a state, a capital, a city) gives the
// office's country.
func TestLocalOfficeOfPlace(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"The governor of New York, John Doe, said it would open.",
			[]wantOfficial{{"John Doe", "Governor of New York", "US"}}},
		{"Governor of Texas Jane Roe spoke first.",
			[]wantOfficial{{"Jane Roe", "Governor of Texas", "US"}}},
		{"The Mayor of New York City John Doe spoke.",
			[]wantOfficial{{"John Doe", "Mayor of New York City", "US"}}},
		{"Jane Roe, the Mayor of Springfield, said so.",
			[]wantOfficial{{"Jane Roe", "Mayor of Springfield", "US"}}},
		// abbreviated titles of news prose
		{"The plan was praised by Gov. Jane Roe of Riverland and Lt. Gov. John Doe.",
			[]wantOfficial{{"Jane Roe", "Governor", ""}, {"John Doe", "Lieutenant Governor", ""}}},
		// a city's officers
		{"City Manager Peter Roe said the city was ready.\n\nAssistant City Attorney Doe: The code allows it.",
			[]wantOfficial{{"Peter Roe", "City Manager", ""}, {"Doe", "Assistant City Attorney", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestOfficesOfStateServices: the offices of a state's services and
// watchdogs, and a British junior minister's label.
func TestOfficesOfStateServices(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"The Parliamentary Under-Secretary of State for Foreign Affairs (Mr John Doe): We agree.",
			[]wantOfficial{{"John Doe", "Parliamentary Under-Secretary of State for Foreign Affairs", "GB"}}},
		{"Inspector General John Doe found no fault.", []wantOfficial{{"John Doe", "Inspector General", ""}}},
		{"Judge Jane Roe ruled on Monday.", []wantOfficial{{"Jane Roe", "Judge", ""}}},
		{"Ombudsman Jane Roe of Ruritania reported.", []wantOfficial{{"Jane Roe", "Ombudsman", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// "the head of <an acronym>, Name," names the head of that body.
func TestHeadOfAcronym(t *testing.T) {
	x := New(Options{})
	offs, _ := x.Find("At their meeting in Porto, the head of the DGRM, Ana Costa, welcomed the new accord.")
	if assert.Len(t, offs, 1) {
		assert.Equal(t, "Ana Costa", offs[0].Name)
		assert.Equal(t, "Head", offs[0].Title)
		assert.Equal(t, "DGRM", offs[0].Organization)
	}
}

// A country's formal name after an office ("President of the Republic of
// Namibia", "of the Federal Republic of Somalia") names the country as its
// short name does.
func TestStateFormalNames(t *testing.T) {
	x := New(Options{NoHolders: true})
	for _, c := range []struct{ text, aff string }{
		{"Jane Roe, President of the Republic of Namibia, spoke.", "NA"},
		{"Jane Roe, President of the Federal Republic of Somalia, spoke.", "SO"},
		{"Jane Roe, Prime Minister of the Kingdom of Lesotho, spoke.", "LS"},
		{"Jane Roe, President of the Republic Bank, spoke.", ""},
	} {
		got := officialsOf(x, c.text)
		if len(got) != 1 || got[0].aff != c.aff {
			t.Errorf("%q: %+v, want affiliation %q", c.text, got, c.aff)
		}
	}
}

// TestEmployerAfterTitle: a title between commas before an employer that
// is no country, organisation or public body is a company's post ("Paul
// Roe, President, Acme Group"), an official's only when the text
// confirms it; a known organisation or a government agency there is the
// office's.
func TestEmployerAfterTitle(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"The speakers include Paul Roe, President, Acme Group (United Kingdom), and others.", nil},
		{"The speakers include Jane Doe, President, European Commission, and others.",
			[]wantOfficial{{"Jane Doe", "President", "EU"}}},
		{"Also present were Mr. Tetsu Roe, Senior Representative, JICA, and others.",
			[]wantOfficial{{"Tetsu Roe", "Senior Representative", "JP"}}},
		// a unit named after the organisation, after the title or in it
		{"Also present were Joseph Roe, Assistant Director, FBI Cyber Division, and others.",
			[]wantOfficial{{"Joseph Roe", "Assistant Director", "US"}}},
		{"Also present were Joseph Roe, Director of the FBI Cyber Division, and others.",
			[]wantOfficial{{"Joseph Roe", "Director of the FBI Cyber Division", "US"}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// A second office held with a first that names no body of its own gives
// the official ("Chairman of the Committee and Governor of the Central
// Bank"); a minister's title chained after another makes a minister; a
// company's chained posts do not.
func TestSecondOfficeAfterTitle(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Chaired by John Roe, Chairman of the Committee and Governor of the Central Bank, the meeting was held.", []wantOfficial{{"John Roe", "Chairman of the Committee", ""}}},
		{"Jane Roe, Director and Minister of Health, said it was done.", []wantOfficial{{"Jane Roe", "Director and Minister of Health", ""}}},
		{"Jane Roe, Chairman of the Committee, said it was done.", nil},
		{"Pete Roe, Chairman and President, Acme North America, said it was done.", nil},
	})
}

// A ministry after the title is a public body, with or without a country
// ("Secretary, Ministry of Finance"; "Secretary to the Ministry of
// Finance"); an opening adverb is no name, and an office after it opens an
// apposition.
func TestMinistryAfterTitle(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Documents were signed by Mr. John Roe, Secretary, Ministry of Finance and Mass Media, on behalf of the Government.", []wantOfficial{{"John Roe", "Secretary", ""}}},
		{"Accordingly, Secretary to the Ministry of Finance, Mr. S R Roe, signed the agreement.", []wantOfficial{{"S R Roe", "Secretary to the Ministry of Finance", ""}}},
		{"Mr. John Roe, Director, Acme Group, signed the agreement.", nil},
	})
	for _, p := range New(Options{}).People("Accordingly, the Board met. However, Jane Roe left.", nil) {
		assert.NotContains(t, []string{"Accordingly", "However"}, p.Name)
	}
}

// Titles of police and crime commissioners, heads of mission and of
// department; an organisation's office in a country ("at IOM Ukraine"); an
// office between a titled name and the next name is the next one's.
func TestMoreTitleForms(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"The force welcomed Police and Crime Commissioner Jane Roe to the station.", []wantOfficial{{"Jane Roe", "Police and Crime Commissioner", "GB"}}},
		{"“It matters,” said Anh Roe, Chief of Mission at IOM Ukraine.", []wantOfficial{{"Anh Roe", "Chief of Mission", "IOM"}}},
		{"Head of Department Jane Roe took part in the work.", []wantOfficial{{"Jane Roe", "Head of Department", ""}}},
		// an international organisation's offices in a country
		{"UNICEF Country Director Jane Roe attended the meeting.", []wantOfficial{{"Jane Roe", "Country Director", "UNICEF"}}},
		{"Jane Roe, UNDP Resident Representative, opened the office.", []wantOfficial{{"Jane Roe", "Resident Representative", "UNDP"}}},
		{"UN Resident Coordinator Jane Roe visited the camp.", []wantOfficial{{"Jane Roe", "Resident Coordinator", "UN"}}},
		// a company's is no office
		{"Jane Roe, Regional Director of Acme Corp, said it was ready.", nil},
		// health agencies, and a unit an agency names by its acronym
		{"Africa CDC Director-General, Dr Jean Roe, commended the Government.", []wantOfficial{{"Jean Roe", "Director-General", "Africa CDC"}}},
		{"OCHA Head Jane Roe visited the camp.", []wantOfficial{{"Jane Roe", "Head", "OCHA"}}},
		{"“It works,” said Dr. Jane Roe, Director of FDA’s INFORMED.", []wantOfficial{{"Jane Roe", "Director of FDA’s INFORMED", "US"}}},
		{"Leader of the House Regina Roe moved the motion.", []wantOfficial{{"Regina Roe", "Leader of the House", ""}}},
		{"Jane Roe, Leader of the Government in the House of Commons, moved the motion.", []wantOfficial{{"Jane Roe", "Leader of the Government in the House of Commons", "CA"}}},
		{"The event was attended by Chief Constable Pam Roe, Deputy Police and Crime Commissioner, Eleri Doe and others.", []wantOfficial{{"Pam Roe", "Chief Constable", ""}}},
	})
}

// officialsCase is a text and the officials it names.
type officialsCase struct {
	text string
	want []wantOfficial
}

// assertOfficials checks the officials of each case's text.
func assertOfficials(t *testing.T, cases []officialsCase) {
	t.Helper()
	x := New(Options{})
	for _, tt := range cases {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// The offices of counties and states, and the county or city a local
// office serves between the article and the title.
func TestCountyAndStateOffices(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Franklin County Auditor Jane Roe announced the refund.", []wantOfficial{{"Jane Roe", "County Auditor", "US"}}},
		{"John Doe, the Franklin County Auditor, named the winners.", []wantOfficial{{"John Doe", "County Auditor", "US"}}},
		{"Jane Roe, the Los Angeles City Attorney, filed the suit.", []wantOfficial{{"Jane Roe", "City Attorney", ""}}},
		{"State Treasurer Kelly Doe said the fund had grown.", []wantOfficial{{"Kelly Doe", "State Treasurer", "US"}}},
	})
}

// People listed with their offices after commas: each office is its
// holder's, not an employer's name, and a unit in brackets or a province's
// minister closes the office; a company's post stays no office.
func TestListOfPeopleWithOffices(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"He met Mr. Jane Roe, Federal Minister for Economic Affairs, John Doe Smith, Federal Minister for Energy (Power Division), and Mr. Ann Poe, Federal Minister for Planning.",
			[]wantOfficial{{"Jane Roe", "Minister for Economic Affairs", ""}, {"John Doe Smith", "Minister for Energy", ""}, {"Ann Poe", "Minister for Planning", ""}}},
		{"He met Mr. Jane Roe, Provincial Minister of Sindh for Information.", []wantOfficial{{"Jane Roe", "Minister", ""}}},
		{"Paul Roe, President, Acme Group, said the plan was good.", nil},
	})
}

// A style in the third person between an office's comma and the name
// ("His Excellency", "Her Royal Highness"), and a page's header that
// names its speaker after the office and a colon.
func TestStylesAndHeaderOffices(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"The Ambassador of the Kingdom of Spain, His Excellency Jane Roe, is here.", []wantOfficial{{"Jane Roe", "Ambassador", "ES"}}},
		{"Her Royal Highness Jane Roe, Representative of the Queen, met the delegation.", []wantOfficial{{"Jane Roe", "Representative", ""}}},
		{"President: John Doe\n\nCitizens of free Berlin, thank you for this welcome.", []wantOfficial{{"John Doe", "President", ""}}},
		{"PRESIDENT: Thank you all.\n\nQ: Mr President, a question.", nil},
	})
}

// A public body after an official's or officer's "for" is the body served,
// not a portfolio ("Chief Counsel for the Federal Motor Carrier Safety
// Administration"); a company after it makes no office; "Management" ends
// a portfolio ("Deputy Director for Management"), as "Learning" does
// ("Cabinet Secretary for Education and Lifelong Learning"); a chamber's
// presiding officer is a legislature's office; an organisation the lexicon
// knows after "at the" is the office's.
func TestOfficeForPublicBody(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Earl Roe, Chief Counsel for the Federal Motor Carrier Safety Administration, will speak.",
			[]wantOfficial{{"Earl Roe", "Chief Counsel for the Federal Motor Carrier Safety Administration", ""}}},
		{"Jane Roe, Administrator for the Federal Railroad Administration, will speak.",
			[]wantOfficial{{"Jane Roe", "Administrator for the Federal Railroad Administration", ""}}},
		{"Jane Roe, Chief Technology Officer for Acme Corporation, will speak.", nil},
		{"The tour was led by Deputy Director for Management Jane Roe.",
			[]wantOfficial{{"Jane Roe", "Deputy Director for Management", ""}}},
		{"Jane Roe, Cabinet Secretary for Education and Lifelong Learning, will speak.",
			[]wantOfficial{{"Jane Roe", "Cabinet Secretary for Education and Lifelong Learning", ""}}},
		{"The Deputy Presiding Officer, John Doe, will speak.",
			[]wantOfficial{{"John Doe", "Deputy Presiding Officer", ""}}},
		// an organisation of the lexicon after "at the", as after "of the"
		{"He met Jane Roe, Director at the World Bank.",
			[]wantOfficial{{"Jane Roe", "Director", "World Bank"}}},
		{"He met Jane Roe, Director at the Acme Bank.", nil},
		// an honorific in brackets between the title and the name; a
		// civil service's grade
		// a list of people with their offices, one named by a style and
		// one name; India's upper house is India's
		{"The event was attended by Shri Ravi Roe, Minister of Trade and Transport, Shri Harivansh, Deputy Chairman, Rajya Sabha, and Shri Anil Doe, Member of Parliament.",
			[]wantOfficial{{"Ravi Roe", "Minister of Trade and Transport", ""}, {"Harivansh", "Deputy Chairman", "IN"}, {"Anil Doe", "Member of Parliament", ""}}},
		{"Governor General (Dr) Vijay Roe met the team.",
			[]wantOfficial{{"Vijay Roe", "Governor General", ""}}},
		{"The team was led by Ms Jane Roe, Joint Secretary of the Ministry of External Affairs.",
			[]wantOfficial{{"Jane Roe", "Joint Secretary of the Ministry of External Affairs", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// An office after "is the" or "serves as" is the one a person holds now
// ("was the" names one held before); a chief officer's post of any field
// is an officer's ("Chief Health Informatics Officer"), a rank of the
// lexicon after "Chief" stays a rank ("Chief Petty Officer").
func TestOfficePredicateAndChiefOfficer(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Jane Roe is the Minister of Health of Fiji.",
			[]wantOfficial{{"Jane Roe", "Minister of Health", "FJ"}}},
		{"Jane Roe serves as Director of the Federal Railroad Administration.",
			[]wantOfficial{{"Jane Roe", "Director of the Federal Railroad Administration", ""}}},
		{"Jane Roe was the Minister of Health of Fiji.", nil},
		{"Jane Roe, Chief Data and Analytics Officer of the Department of Labor, spoke.",
			[]wantOfficial{{"Jane Roe", "Chief Data and Analytics Officer of the Department of Labor", ""}}},
		{"Jane Roe, Chief Data and Analytics Officer of Acme Inc., spoke.", nil},
		{"Jane Roe is the Chief Health Informatics Officer of FDA.",
			[]wantOfficial{{"Jane Roe", "Chief Health Informatics Officer", "US"}}},
		{"Jane Roe, Chief Information Officer of the FBI, spoke.",
			[]wantOfficial{{"Jane Roe", "Chief Information Officer", "US"}}},
		{"Chief Petty Officer Lyle Roe pleaded guilty.",
			[]wantOfficial{{"Lyle Roe", "Chief Petty Officer", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// An office held "at" a public body is a public office before the
// holder's name as after it ("Minister of State at the Ministry of Foreign
// Affairs Dr. Hamad Al Roe"), its title the office's own; the name after
// the body's, with an honorific or not, is the holder's.
func TestOfficeAtPublicBody(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"The talks were attended by Minister of State at the Ministry of Foreign Affairs Dr. Hamad Al Roe.",
			[]wantOfficial{{"Hamad Al Roe", "Minister of State", ""}}},
		{"Jane Roe, Secretary at the Department of Health, spoke.",
			[]wantOfficial{{"Jane Roe", "Secretary", ""}}},
		{"Jane Roe, a lecturer at the University of Windsor, spoke.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// Offices as the releases of state governments write them: a public
// service after "of" or after the title is the office's, and the name after
// it is the holder's though no lexicon knows its given name ("Superintendent
// of Police Varkesh Dolam", "DIG Police …"); a style before each name of a
// plural title's list; respect after a name ("… Ji") and an adjective made
// of it ("Dolam-led") are no part of it; a unit named before an
// institution's noun is no person; a body's name ending in a plural title
// ("the House of Representatives") lists nobody.
func TestOfficesOfStateReleases(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Deputy Commissioner Jane Roe, Superintendent of Police Varkesh Dolam and others were present.",
			[]wantOfficial{{"Jane Roe", "Deputy Commissioner", ""}, {"Varkesh Dolam", "Superintendent of Police", ""}}},
		{"Present were DIG Police Varkesh Dolam and DIG Tarlo Venk.",
			[]wantOfficial{{"Varkesh Dolam", "Deputy Inspector General Police", ""}, {"Tarlo Venk", "Deputy Inspector General", ""}}},
		{"Ministers Shri Varkesh Dolam and Shri Tarlo Venk were also part of the delegation.",
			[]wantOfficial{{"Varkesh Dolam", "Minister", ""}, {"Tarlo Venk", "Minister", ""}}},
		{"The delegation met Chief Minister Shri Varkesh Dolam Ji in the capital.",
			[]wantOfficial{{"Varkesh Dolam", "Chief Minister", ""}}},
		{"The proposal was shared with the Chief Minister Shri Varkesh Dolam-led delegation.",
			[]wantOfficial{{"Varkesh Dolam", "Chief Minister", ""}}},
		{"The talks went well. Varkesh Dolam, Honorary Consul of Slovakia, was present.",
			[]wantOfficial{{"Varkesh Dolam", "Honorary Consul", "SK"}}},
		{"Director Sainik Welfare Department Brigadier Varkesh Dolam pinned the flag.",
			[]wantOfficial{{"Varkesh Dolam", "Brigadier", ""}}},
		{"He mourned the former Speaker of the House of Representatives Rt. Hon. Varkesh Dolam and Hon. Tarlo Venk.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// Malaysian styles come in chains before the name ("YB Senator Datuk Seri",
// "Dato’ Seri" with a curly apostrophe, "Datuk Seri Dr Haji"), and the word
// after the chain opens the name though it is a title elsewhere ("Amir");
// "Tan" and "Tun" are styles only before "Sri" ("Tun Tun Oo" is a name). A
// portfolio's second minister is "Minister of Finance II". An office after
// the sentence's opening phrase opens an apposition ("In the keynote
// address, Minister …, Name,"); a department of the organisation a
// possessive names belongs to the title.
func TestOfficesMalaysianStylesAndAppositions(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"The committee is co-chaired by Finance Minister II YB Senator Datuk Seri Amir Hamzah Roe, and Health Minister YB Datuk Seri Dr Haji Jalil Doe.",
			[]wantOfficial{{"Amir Hamzah Roe", "Finance Minister II", ""}, {"Jalil Doe", "Health Minister", ""}}},
		{"Bank Negara Malaysia Governor Dato’ Seri Abdul Rahman Roe spoke.",
			[]wantOfficial{{"Abdul Rahman Roe", "Governor", "MY"}}},
		{"In the keynote address, Minister of Finance, Dr Jane Roe, highlighted the plan.",
			[]wantOfficial{{"Jane Roe", "Minister of Finance", ""}}},
		{"The IMF’s Financial Counsellor and Director of the Monetary and Capital Markets Department, Mr. Tobias Roe, spoke.",
			[]wantOfficial{{"Tobias Roe", "Financial Counsellor and Director of the Monetary and Capital Markets Department", "IMF"}}},
		{"Attorney-General Tun Tun Roe met the delegation.",
			[]wantOfficial{{"Tun Tun Roe", "Attorney-General", ""}}},
		{"Jane Roe, Counsellor at the Embassy of Japan, spoke.",
			[]wantOfficial{{"Jane Roe", "Counsellor", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// A list of national ministers, each title before its name after a comma
// ("EU Commissioner Jane Roe, French Minister for the Economy, Finance and
// the Recovery, John Doe and German Minister for Economic Affairs and
// Energy, Ann Poe"): each title is its own name's, not the name's before;
// a portfolio's last word after "and" is read up to the name that follows
// ("… Innovation and Digitization Paola Roe"); the Philippines' "Engr."
// is a style.
func TestOfficesListOfNationalTitles(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"EU Commissioner Jane Roe, French Minister for the Economy, Finance and the Recovery, John Doe and German Minister for Economic Affairs and Energy, Ann Poe, spoke.",
			[]wantOfficial{{"Jane Roe", "Commissioner", "EU"}, {"John Doe", "Minister for the Economy, Finance and the Recovery", "FR"}, {"Ann Poe", "Minister for Economic Affairs and Energy", "DE"}}},
		{"It is an initiative of the Minister for Technological Innovation and Digitization Paola Roe.",
			[]wantOfficial{{"Paola Roe", "Minister for Technological Innovation and Digitization", ""}}},
		{"City Planning and Development Coordinator Engr. Rodrigo Roe discussed the plan.",
			[]wantOfficial{{"Rodrigo Roe", "Coordinator", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// "Cllr", a councillor's title as British councils abbreviate it, stands
// before a name as "Councillor" does.
func TestCouncillorAbbreviated(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Cllr Jane Roe opened the new library on Monday.", []wantOfficial{{"Jane Roe", "Councillor", ""}}},
		{"The plan was backed by Cllr. John Doe and Councillor Jane Roe.", []wantOfficial{{"John Doe", "Councillor", ""}, {"Jane Roe", "Councillor", ""}}},
	})
}

// Diplomats' full styles and a designate ("the Ambassador Extraordinary
// and Plenipotentiary of Georgia to Mexico, Zaza Gabunia", "the
// Ambassador-designate of the Kingdom of Denmark to Georgia, Jane Roe"),
// and an international organisation's chief economist, whose post a
// company's has too.
func TestDiplomatsStylesAndChiefEconomist(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"The agreement was signed by the Ambassador Extraordinary and Plenipotentiary of Georgia to Mexico, Zaza Gabunia.",
			[]wantOfficial{{"Zaza Gabunia", "Ambassador Extraordinary and Plenipotentiary to Mexico", "GE"}}},
		{"The Deputy Minister received the Ambassador-designate of the Kingdom of Denmark to Georgia, Jane Roe.",
			[]wantOfficial{{"Jane Roe", "Ambassador-designate to Georgia", "DK"}}},
		{"The paper was presented by the chief economist of the OECD, Jane Roe.", []wantOfficial{{"Jane Roe", "Chief Economist", "OECD"}}},
		{"Chief Economist Jane Roe of Acme Bank spoke too.", nil},
	})
}

// Local government's offices in an apposition: a council's leader
// ("Leader of Richmond Council", where "Leader" alone is none: "Chinese
// leader Xi Jinping"), a committee whose name lists its fields, and a
// name's letters before the comma ("Jules Pipe CBE, the Deputy Mayor for
// Planning").
func TestLocalOfficesInApposition(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Cllr Jane Roe, Leader of Harbour Council, paid tribute.", []wantOfficial{{"Jane Roe", "Leader of Harbour Council", ""}}},
		{"Cllr Jane Roe, Chair of the Environment, Sustainability, Culture and Sport Committee, said it was good.",
			[]wantOfficial{{"Jane Roe", "Chair of the Environment, Sustainability, Culture and Sport Committee", ""}}},
		{"On Monday, John Doe CBE, the Deputy Mayor for Planning, issued the report.", []wantOfficial{{"John Doe", "Deputy Mayor for Planning", ""}}},
	})
}

// Florida's prosecutors are "State Attorney" (Illinois's "State's
// Attorney").
func TestStateAttorney(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"State Attorney Jane Roe will receive the award.", []wantOfficial{{"Jane Roe", "State Attorney", "US"}}},
	})
}

// TestTitleWithAcronym: a title may carry its acronym in brackets before
// its portfolio; the title reads whole, without it, and an organisation's
// acronym stays where it is.
func TestTitleWithAcronym(t *testing.T) {
	x := New(Options{})
	for _, tt := range []struct {
		text string
		want []wantOfficial
	}{
		{"Senior Minister of State (SMS) for Health and Law Edwin Tong will visit Japan.",
			[]wantOfficial{{"Edwin Tong", "Senior Minister of State for Health and Law", ""}}},
		{"Minister of State (MOS) for Foreign Affairs, Ms Jane Roe, was in Hanoi.",
			[]wantOfficial{{"Jane Roe", "Minister of State for Foreign Affairs", ""}}},
	} {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
	// no title before it: the acronym stays a word of the text
	s := "The Land Transport Authority (LTA) of Singapore said so."
	sc := x.getScratch(s)
	defer x.putScratch(sc)
	var words []string
	for _, tk := range sc.toks {
		words = append(words, s[tk.s:tk.e])
	}
	assert.Contains(t, words, "LTA")
}

// TestBodyOpenedByModifier: a government body whose name opens with an
// office's modifier ("Federal") gives the title after it its country.
func TestBodyOpenedByModifier(t *testing.T) {
	x := New(Options{})
	for _, tt := range []struct {
		text string
		want []wantOfficial
	}{
		{"On Friday, Federal Election Commission Vice Chairman Jane Roe spoke.", []wantOfficial{{"Jane Roe", "Vice Chairman", "US"}}},
		{"FEC Commissioner John Doe spoke.", []wantOfficial{{"John Doe", "Commissioner", "US"}}},
		{"Federal Minister Jane Roe spoke.", []wantOfficial{{"Jane Roe", "Minister", ""}}},
	} {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}
