package entities

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/communique/communique/internal/tables"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func isoCodes(cs []Country) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ISO2)
	}
	sort.Strings(out)
	return out
}

func TestCountries(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want string // sorted ISO codes, space-separated
	}{
		// names, short forms, official forms
		{"The United States and the United Kingdom signed the accord.", "GB US"},
		{"The U.S. and the U.K. agreed; the USA and the UK too, as did America and Britain.", "GB US"},
		{"Great Britain and the United States of America.", "GB US"},
		{"Türkiye, Turkiye and Turkey are one country; the Republic of Türkiye.", "TR"},
		{"Czechia, formerly the Czech Republic, joined.", "CZ"},
		{"The Russian Federation and Russia.", "RU"},
		{"Ministers from Australia, Japan, the Republic of Korea and New Zealand met.", "AU JP KR NZ"},
		{"South Korea and North Korea; the DPRK and the ROK.", "KP KR"},
		{"the Democratic People's Republic of Korea launched a missile", "KP"},
		{"Kosovo, Taiwan, Palestine, Greenland and Hong Kong.", "GL PS TW XK"},
		// the native nations of the Americas are no India
		{"The Hoh Indian Tribe signed with the Bureau of Indian Affairs; American Indians voted.", ""},
		// a special administrative region or a US territory is its
		// country's region
		{"Officials of Hong Kong and Macao met in Hong Kong SAR.", ""},
		{"Oregon, Puerto Rico, Guam and the U.S. Virgin Islands joined the settlement.", ""},
		{"Bosnia and Herzegovina hosted the talks.", "BA"},
		{"Côte d'Ivoire and Guinea-Bissau; Timor-Leste and Papua New Guinea.", "CI GW PG TL"},
		{"the Democratic Republic of the Congo and South Sudan", "CD SS"},
		{"The Holy See and the Vatican.", "VA"},
		// a surname after an initial, a region's name and its people
		{"Peter M. German wrote the report on British Columbia; British Columbians agree. New Mexico too.", ""},
		// a state's people whose name holds the country's
		{"How are South Australians meant to trust a South Australian or Western Australian minister?", ""},
		// demonyms and plurals
		{"Polish President Andrzej Duda met Ukrainian, Finnish and Danish officials.", "DK FI PL UA"},
		{"Russians, Poles, Finns, Swedes, Americans and Britons attended.", "FI GB PL RU SE US"},
		{"Dutch, Turkish, Swedish and British troops.", "GB NL SE TR"},
		{"a Kosovar delegation and Emirati investors", "AE XK"},
		// compounds and possessives
		{"the NATO-Ukraine Council met", "UA"},
		{"as part of the U.S.-Poland Strategic Dialogue", "PL US"},
		{"Russia’s war and Russia's aggression", "RU"},
		{"Finland’s and Sweden’s membership", "FI SE"},
		// datelines: a city with its country names the country
		{"Brussels, Belgium", "BE"},
		{"at the NATO Summit in Vilnius, Lithuania.", "LT"},
		// not countries: cities, states, regions, organisations, words
		{"The Hague, Brussels, Warsaw, Washington, D.C. and Vilnius.", ""},
		{"Secretary General Mark Rutte visited Dayton, Ohio.", ""},
		{"He flew from Atlanta, Georgia to New Mexico and New Jersey.", ""},
		// "Georgia" on a page of US states is the state, unless listed
		// with countries
		{"Voters in Ohio and Texas backed him. A crowd in Georgia cheered.", ""},
		{"Voters in Ohio and Texas backed him. Belarus, Ukraine, and Georgia watched.", "BY GE UA"},
		{"A crowd in Georgia cheered.", "GE"},
		{"Europe, European security, the Western Balkans, the Indo-Pacific and the Euro-Atlantic area.", ""},
		{"the Baltic Sea, the Baltic states, the Asia Pacific and North America", ""},
		{"Latin American and North American leaders in the Middle East", ""},
		{"The European Union and NATO; the United Nations and the African Union.", ""},
		{"England, Scotland, Wales and Northern Ireland", ""},
		{"Back in Wales, the decision was made. In plain English, no.", ""},
		{"Let us be clear: it is in no one's interest, as we told us.", ""},
		{"LET US BE CLEAR.", ""},
		{"turkey and chad are words; china plates", ""},
		{"Chad Smith asked about Jordan Peterson.", ""},
		{"Year 10 Georgia Kikiros from St Andrew's Grammar was chosen.", ""},
		{"Michael Jordan played in Chicago.", ""},
		{"Mme France Roe: I second the motion. Mr. Chad Doe agreed.", ""},
		{"Mexico City and Panama City", ""},
		// but the countries themselves in the same places
		{"Jordan and Chad signed an agreement with Georgia.", "GE JO TD"},
		{"Mr. Roe visited France.", "FR"},
		{"the King of Jordan and the President of Chad", "JO TD"},
		{"Armenia, Georgia and Azerbaijan", "AM AZ GE"},
	}
	for _, tt := range tests {
		got := strings.Join(isoCodes(x.Countries(tt.text)), " ")
		assert.Equal(t, tt.want, got, tt.text)
	}
}

func TestCountryMentionsAndForms(t *testing.T) {
	x := New(Options{})
	text := "Poland leads. Polish troops and Poles agree; Poland again."
	cs := x.Countries(text)
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Equal(t, Country{Name: "Poland", ISO2: "PL", ISO3: "POL",
		Mentions: []Span{{0, 6}, {14, 20}, {32, 37}, {45, 51}},
		Forms:    []string{"Poland", "Polish", "Poles"}}, c)
	for _, m := range c.Mentions {
		assert.Contains(t, c.Forms, text[m.Start:m.End])
	}
}

type wantOfficial struct {
	name, title, aff string
}

func officialsOf(x *Extractor, text string) []wantOfficial {
	var out []wantOfficial
	for _, o := range x.Officials(text) {
		aff := o.Country
		if o.Organization != "" {
			aff = o.Organization
		}
		out = append(out, wantOfficial{o.Name, o.Title, aff})
	}
	return out
}

func TestOfficials(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Prime Minister Donald Tusk spoke.", []wantOfficial{{"Donald Tusk", "Prime Minister", ""}}},
		// an agency of a government before a title is no company
		{"\"It went well,\" said NASA Administrator Jane Roe.", []wantOfficial{{"Jane Roe", "Administrator", "US"}}},
		// the office an officer serves is part of the title, unless the
		// name after it is that office-holder's
		{"The Secretary to the President, Dr. Nandu Perera, and Press Secretary to President Tom Roe spoke.",
			[]wantOfficial{{"Nandu Perera", "Secretary to the President", ""}, {"Tom Roe", "President", ""}}},
		// a royal house's seat, a senior rank, a president's adviser
		{"The plan was agreed by the Crown Prince of Abu Dhabi H.H. Sheikh Mohammed bin Zayed.",
			[]wantOfficial{{"Sheikh Mohammed bin Zayed", "Crown Prince of Abu Dhabi", "AE"}}},
		{"Minister Roe met Dr Anwar Gargash, Presidential Adviser, and Mr. Hara Shohei, Senior Vice President of the agency.",
			[]wantOfficial{{"Roe", "Minister", ""}, {"Anwar Gargash", "Presidential Adviser", ""}, {"Hara Shohei", "Senior Vice President", ""}}},
		// an office as a name's predicate
		{"Nicole Ward was confirmed today as Director of the Department of Parks by the Senate. Jane Roe was appointed Minister of Health on Monday.",
			[]wantOfficial{{"Nicole Ward", "Director of the Department of Parks", ""}, {"Jane Roe", "Minister of Health", ""}}},
		// an office given to an appointing verb's object after "as"
		{"The Access Board has named Dr. Jane Roe as its new Executive Director. The Council elected John Doe as Chair.",
			[]wantOfficial{{"Jane Roe", "Executive Director", ""}, {"John Doe", "Chair", ""}}},
		{"We met Jane Roe as the Director spoke.", nil},
		// an organisation's possessive and "new" before a post, a
		// regional post after an agency's name
		{"He met Jane Roe, the World Bank's new Country Director for Pakistan.",
			[]wantOfficial{{"Jane Roe", "Country Director for Pakistan", "World Bank"}}},
		// an honorific and a surname with a public office after the comma;
		// a company's post after it names no official
		{"Mr Rutte, NATO Secretary General, spoke.", []wantOfficial{{"Rutte", "Secretary General", "NATO"}}},
		{"Mr Roe, Director, Acme Group, spoke.", nil},
		// a participle opening the sentence: its object is no office's
		// holder, the office after the comma the subject
		{"Quoting Abraham Lincoln, the Senator said it again.", nil},
		{"Thanking Jane Roe, Minister of Health, the Mayor spoke.", []wantOfficial{{"Jane Roe", "Minister of Health", ""}}},
		// a region's remit, countries among it
		{"The World Bank's Vice President for the Middle East, North Africa and Pakistan region, Jane Roe, concluded a visit.",
			[]wantOfficial{{"Jane Roe", "Vice President for the Middle East, North Africa and Pakistan region", "World Bank"}}},
		// a country's government after the name or the title
		{"Special Envoy Li Wei of the Chinese Government visited Bahrain.", []wantOfficial{{"Li Wei", "Special Envoy", "CN"}}},
		{"Special Envoy of the Chinese Government Li Wei visited Bahrain.", []wantOfficial{{"Li Wei", "Special Envoy of the Chinese Government", "CN"}}},
		// the place a local office serves gives its country when it is a
		// known capital, city, state or province
		{"He met the Mayor of Athens, Jane Roe.", []wantOfficial{{"Jane Roe", "Mayor of Athens", "GR"}}},
		{"Governor of New York Jane Roe spoke.", []wantOfficial{{"Jane Roe", "Governor of New York", "US"}}},
		// portfolios joined by "&", closed by an acronym; the style
		// "Hon’ble" before an office
		{"He met Jane Roe, Hon’ble Minister of Information & Broadcasting, Railways, and Electronics & IT.",
			[]wantOfficial{{"Jane Roe", "Minister of Information & Broadcasting, Railways, and Electronics & IT", ""}}},
		{"He met John Doe, Secretary, Ministry of Information & Broadcasting.",
			[]wantOfficial{{"John Doe", "Secretary", ""}}},
		{"He also met Yemeni Minister of Foreign Affairs and Expatriates Ahmed Awad Bin Mubarak.",
			[]wantOfficial{{"Ahmed Awad Bin Mubarak", "Minister of Foreign Affairs and Expatriates", "YE"}}},
		{"He met Mr. John Doe, USAID Regional Representative for the Eastern Caribbean.",
			[]wantOfficial{{"John Doe", "Regional Representative for the Eastern Caribbean", "US"}}},
		// "its" is the appointing body's
		{"The U.S. Access Board has named Dr. Jane Roe as its new Executive Director.",
			[]wantOfficial{{"Jane Roe", "Executive Director", "US"}}},
		// and so is "our", after "welcome" too
		{"The U.S. Access Board is thrilled to welcome Jane Roe as our new Executive Director.",
			[]wantOfficial{{"Jane Roe", "Executive Director", "US"}}},
		// a board's member
		{"Board Member Jane Roe spoke.", []wantOfficial{{"Jane Roe", "Board Member", ""}}},
		// a plural of an institution's noun ends no name: the title runs on
		{"In a statement signed by Tony Goodman, Head of Health Training Institutions, the ministry said so.", nil},
		// police ranks and offices; a cadet holds none; two runs of
		// initials before one surname are two people
		{"Chief of Police Jane Roe thanked Officer John Doe and Constable Ann Lee. The Commissioner of Police, Tom Poe, agreed.",
			[]wantOfficial{{"Jane Roe", "Chief of Police", ""}, {"John Doe", "Officer", ""}, {"Ann Lee", "Constable", ""}, {"Tom Poe", "Commissioner of Police", ""}}},
		{"Brigadier RMSP Perera will witness his son, Officer Cadet RMNL Perera, being commissioned.",
			[]wantOfficial{{"RMSP Perera", "Brigadier", ""}}},
		{"Brigadier RMSP Perera and his son, Captain RMNL Perera, attended. Brigadier Perera spoke.",
			[]wantOfficial{{"RMSP Perera", "Brigadier", ""}, {"RMNL Perera", "Captain", ""}}},
		// portfolios joined before a minister's title
		{"Premier Mark Doe and Education and Training Minister Jane Roe spoke. Police, Fire and Emergency Services Minister John Poe agreed.",
			[]wantOfficial{{"Mark Doe", "Premier", ""}, {"Jane Roe", "Education and Training Minister", ""}, {"John Poe", "Police, Fire and Emergency Services Minister", ""}}},
		{"In Washington, D.C. Secretary Jane Roe and Foreign Minister John Doe met.",
			[]wantOfficial{{"Jane Roe", "Secretary", ""}, {"John Doe", "Foreign Minister", ""}}},
		// the opposition's shadow of an office is not the office
		{"Shadow Transport Minister Jane Roe and Shadow Attorney-General John Doe spoke.",
			[]wantOfficial{{"Jane Roe", "Shadow Transport Minister", ""}, {"John Doe", "Shadow Attorney-General", ""}}},
		{"Director of National Intelligence James Clapper approved the procedures.",
			[]wantOfficial{{"James Clapper", "Director of National Intelligence", "US"}}},
		// a state or province before the title is the office's country
		{"British Columbia Premier John Horgan announced the inquiry. Texas Governor Jane Roe agreed.",
			[]wantOfficial{{"John Horgan", "Premier", "CA"}, {"Jane Roe", "Governor", "US"}}},
		{"The patient was taken to Massachusetts General Hospital.", nil},
		// a joint statement's signatures: the country in brackets, a
		// federal minister, a portfolio of two words
		{"Sharon Doe, Minister for the Environment (the Netherlands),\nBarbara Poe, Federal Environment Minister (Germany),\nAmber Roe, Secretary of State for Energy and Climate Change (UK).",
			[]wantOfficial{{"Sharon Doe", "Minister for the Environment", "NL"}, {"Barbara Poe", "Environment Minister", "DE"}, {"Amber Roe", "Secretary of State for Energy and Climate Change", "GB"}}},
		{"It was the first visit of H.E President Jane Roe to Stockholm.", []wantOfficial{{"Jane Roe", "President", ""}}},
		// "Councillor Responsible for …" is an office, not a councillor named Responsible
		{"Councillor Jane Roe, Councillor Responsible for Assiniboine Park Governance, spoke.", []wantOfficial{{"Jane Roe", "Councillor", ""}}},
		// a greeting is no name: "Hi, Prime Minister."
		{"Hi, Prime Minister. Morning, Minister. I have a question.", nil},
		// a company's officer is no official
		{"Speakers include Dana Poe, President and CEO, Acme Infrastructure, and Carl Doe, Chairman and Chief Executive Officer of Beta Inc.", nil},
		// an abbreviated style of excellency is no part of the name
		{"Japanese Ambassador to Sri Lanka, H.E. Akio Isomata, attended.",
			[]wantOfficial{{"Akio Isomata", "Ambassador to Sri Lanka", "JP"}}},
		// a federal agency by its acronym; a surname that opens an agency's
		// name elsewhere ("Small Business Administration") stays a name
		{"GSA Administrator Dana Poe thanked FDIC Chairman Tom Roe and Senator Eddie Small.",
			[]wantOfficial{{"Dana Poe", "Administrator", "US"}, {"Tom Roe", "Chairman", "US"}, {"Eddie Small", "Senator", ""}}},
		// offices of legislatures and portfolios ending in words of their own
		{"He met Deputy Prime Minister and Minister of Security and the Interior Jane Roe, Opposition Leader John Doe and Speaker of Parliament Mr Tom Poe.",
			[]wantOfficial{{"Jane Roe", "Deputy Prime Minister and Minister of Security and the Interior", ""}, {"John Doe", "Opposition Leader", ""},
				{"Tom Poe", "Speaker of Parliament", ""}}},
		// a rank before a title the lexicon holds without it
		{"Agency Deputy Administrator Jane Roe and Kevin Doe, U.S. Department of State Deputy Assistant Secretary, spoke.",
			[]wantOfficial{{"Jane Roe", "Deputy Administrator", ""}, {"Kevin Doe", "Deputy Assistant Secretary", "US"}}},
		// a chain of Bruneian styles, "bin Haji" inside a name, initials of four letters
		{"She met Brunei's Minister of Development Dato Seri Setia Awang Haji Ali bin Haji Osman. Lieutenant General BKGM Lasantha Perera, Commander of the Army, came too.",
			[]wantOfficial{{"Ali bin Haji Osman", "Minister of Development", "BN"}, {"BKGM Lasantha Perera", "Lieutenant General", ""}}},
		// a rank and an office of an organisation's body after the name:
		// the office, whole; no person named "Budget" before "Committee"
		{"General Jane Roe, Chairman of the EU Budget Committee (EUBC), met Admiral John Doe. The Chair of the Trade Select Committee spoke.",
			[]wantOfficial{{"Jane Roe", "Chairman of the EU Budget Committee", "EU"}, {"John Doe", "Admiral", ""}}},
		// a style before a name in apposition is not the name's
		{"He was told that the Right Honourable Jane Roe, Governor General of Canada, would come.",
			[]wantOfficial{{"Jane Roe", "Governor General", "CA"}}},
		// a qualifier in brackets between an office and the name; an office
		// and its ministry, or more offices, in brackets after a name
		{"The signing was witnessed by Minister for Trade and Industry (Trade) Mr Tan Wei Ming and others.",
			[]wantOfficial{{"Tan Wei Ming", "Minister for Trade and Industry", ""}}},
		{"It was announced by Ms Jane Roe (Minister of State, Ministry of Defence) and by Mr John Doe (Minister, Prime Minister's Office; and Second Minister for Trade) today.",
			[]wantOfficial{{"Jane Roe", "Minister of State", ""}, {"John Doe", "Minister", ""}}},
		// a member of a legislature by the letters after the name
		{"The First Minister welcomed Michelle Roe MLA to the residence today.", []wantOfficial{{"Michelle Roe", "MLA", ""}}},
		// after a comma, with the seat
		{"“It is wonderful news,” said Steve Roe, MLA for Kootenay-Monashee.", []wantOfficial{{"Steve Roe", "MLA for Kootenay-Monashee", ""}}},
		{"The bridge was opened by Perry Doe MHA for Lake Melville and others.", []wantOfficial{{"Perry Doe", "MHA for Lake Melville", ""}}},
		// a lower-case office after a known agency, but not after a company
		{"Jane Roe, NASA deputy administrator, and John Doe, Acme Corp director, spoke.",
			[]wantOfficial{{"Jane Roe", "Deputy Administrator", "US"}}},
		// a list of "Name, office" lines: an office does not reach the name after a blank line
		{"Jane Roe, Uruguayan ambassador to the U.S.\n\nJohn Doe, U.S. ambassador to Uruguay",
			[]wantOfficial{{"Jane Roe", "Ambassador to the U.S.", "UY"}, {"John Doe", "Ambassador to Uruguay", "US"}}},
		// a country closing an apposition, and the minister who invites a visitor to his country
		{"Jane Roe, Minister in the Prime Minister's Department, Malaysia, will visit Singapore at the invitation of Minister for Law Mr Tan Wei Ming.",
			[]wantOfficial{{"Jane Roe", "Minister in the Prime Minister's Department", "MY"}, {"Tan Wei Ming", "Minister for Law", "SG"}}},
		// a modifier between the country and the title, a hyphenated title, a Burmese honorific, and a list the possessive opens
		{"Myanmar's Union Attorney-General U Kyaw Min and Minister of Commerce Dr Aye Aye Win met him.",
			[]wantOfficial{{"Kyaw Min", "Attorney-General", "MM"}, {"Aye Aye Win", "Minister of Commerce", "MM"}}},
		// a portfolio beyond the lexicon's, up to the name, the country or the office after it
		{"Talks were held with Vanuatu Minister of Lands and Community Services Jane Roe, Samoa Minister of Justice and Courts Administration Tavita Fale and Fiji Minister of Health and Medical Services Dr Sione Pita.",
			[]wantOfficial{{"Jane Roe", "Minister of Lands and Community Services", "VU"}, {"Tavita Fale", "Minister of Justice and Courts Administration", "WS"},
				{"Sione Pita", "Minister of Health and Medical Services", "FJ"}}},
		{"He met Polish President Andrzej Duda in Warsaw.", []wantOfficial{{"Andrzej Duda", "President", "PL"}}},
		{"Danish Foreign Minister Jeppe Kofod arrived.", []wantOfficial{{"Jeppe Kofod", "Foreign Minister", "DK"}}},
		{"NATO Secretary General Mark Rutte visited Warsaw.", []wantOfficial{{"Mark Rutte", "Secretary General", "NATO"}}},
		{"He welcomed US Secretary of State Marco Rubio to his first ministerial.", []wantOfficial{{"Marco Rubio", "Secretary of State", "US"}}},
		{"EU High Representative Josep Borrell said so.", []wantOfficial{{"Josep Borrell", "High Representative", "EU"}}},
		{"Organization for Security and Cooperation in Europe (OSCE) Chairman-in-Office Zbigniew Rau spoke.",
			[]wantOfficial{{"Zbigniew Rau", "Chairman-in-Office", "OSCE"}}},
		{"He met Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz.",
			[]wantOfficial{{"Władysław Kosiniak-Kamysz", "Deputy Prime Minister and Defence Minister", ""}}},
		{"They were joined by the EU’s High Representative for Foreign Affairs and Security Policy, Kaja Kallas.",
			[]wantOfficial{{"Kaja Kallas", "High Representative for Foreign Affairs and Security Policy", "EU"}}},
		{"Mr Rutte welcomed the President of Poland, Andrzej Duda to NATO headquarters.",
			[]wantOfficial{{"Andrzej Duda", "President", "PL"}}},
		{"Andrzej Duda, President of Poland, spoke first.", []wantOfficial{{"Andrzej Duda", "President", "PL"}}},
		{"Mark Rutte, NATO Secretary General\nThank you.", []wantOfficial{{"Mark Rutte", "Secretary General", "NATO"}}},
		{"Antony J. Blinken, Secretary of State\nWashington, D.C.", []wantOfficial{{"Antony J. Blinken", "Secretary of State", "US"}}},
		{"President Joseph R. Biden, Jr. met today with Secretary General Jens\nStoltenberg of the North Atlantic Treaty Organization (NATO).",
			[]wantOfficial{{"Joseph R. Biden, Jr.", "President", ""}, {"Jens Stoltenberg", "Secretary General", "NATO"}}},
		{"President Joe Biden met with President Recep Tayyip Erdoğan of Türkiye.",
			[]wantOfficial{{"Joe Biden", "President", ""}, {"Recep Tayyip Erdoğan", "President", "TR"}}},
		{"SECRETARY BLINKEN:  Good afternoon.\nFOREIGN MINISTER HAAVISTO:  Thank you.\nPRESIDENT BIDEN: Thanks.",
			[]wantOfficial{{"Blinken", "Secretary", ""}, {"Haavisto", "Foreign Minister", ""}, {"Biden", "President", ""}}},
		{"Swedish Prime\nMinister Kristersson and NATO Secretary General Stoltenberg agreed.",
			[]wantOfficial{{"Kristersson", "Prime Minister", "SE"}, {"Stoltenberg", "Secretary General", "NATO"}}},
		{"The below is attributable to Spokesperson Ned Price:\nSecretary of State Antony J. Blinken met today with Danish Foreign Minister Jeppe Kofod.",
			[]wantOfficial{{"Ned Price", "Spokesperson", "US"}, {"Antony J. Blinken", "Secretary of State", "US"}, {"Jeppe Kofod", "Foreign Minister", "DK"}}},
		{"National Security Advisor Jake Sullivan met today with NATO Secretary General Jens Stoltenberg.",
			[]wantOfficial{{"Jake Sullivan", "National Security Advisor", "US"}, {"Jens Stoltenberg", "Secretary General", "NATO"}}},
		{"Secretary of Defense Lloyd Austin set up a contact group.", []wantOfficial{{"Lloyd Austin", "Secretary of Defense", "US"}}},
		// lists opened by an adjective
		{"He met Polish President Andrzej Duda, Prime Minister Donald Tusk, and Foreign Minister Radosław Sikorski.",
			[]wantOfficial{{"Andrzej Duda", "President", "PL"}, {"Donald Tusk", "Prime Minister", "PL"}, {"Radosław Sikorski", "Foreign Minister", "PL"}}},
		// other sites' styles
		{"President of Russia Vladimir Putin: Good afternoon, colleagues.", []wantOfficial{{"Vladimir Putin", "President", "RU"}}},
		{"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): I thank my hon. Friend.",
			[]wantOfficial{{"William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "GB"}}},
		{"Foreign Secretary David Lammy travelled to Kyiv.", []wantOfficial{{"David Lammy", "Foreign Secretary", "GB"}}},
		{"UN Secretary-General António Guterres called for restraint.", []wantOfficial{{"António Guterres", "Secretary-General", "UN"}}},
		{"European Commission President Ursula von der Leyen spoke.", []wantOfficial{{"Ursula von der Leyen", "President", "EU"}}},
		{"Minister of Foreign Affairs of Ukraine Andrii Sybiha met Minister for Foreign Affairs of Ireland Simon Harris.",
			[]wantOfficial{{"Andrii Sybiha", "Minister of Foreign Affairs", "UA"}, {"Simon Harris", "Minister for Foreign Affairs", "IE"}}},
		{"The Minister of Foreign Affairs of the Republic of Lithuania, Kęstutis Budrys, met his Latvian counterpart Baiba Braže.",
			[]wantOfficial{{"Kęstutis Budrys", "Minister of Foreign Affairs", "LT"}, {"Baiba Braže", "Minister of Foreign Affairs", "LV"}}},
		{"General Christopher Cavoli, Supreme Allied Commander Europe, briefed Allies.",
			[]wantOfficial{{"Christopher Cavoli", "Supreme Allied Commander Europe", "NATO"}}},
		{"Assistant Secretary of State for European and Eurasian Affairs James O'Brien traveled to Tirana.",
			[]wantOfficial{{"James O'Brien", "Assistant Secretary of State for European and Eurasian Affairs", "US"}}},
		{"Vice President JD Vance met Chancellor Friedrich Merz.",
			[]wantOfficial{{"JD Vance", "Vice President", ""}, {"Friedrich Merz", "Chancellor", ""}}},
		{"The Prime Minister, Keir Starmer, met the King.", []wantOfficial{{"Keir Starmer", "Prime Minister", ""}}},
		{"Press Secretary Karine Jean-Pierre said the President would travel.", []wantOfficial{{"Karine Jean-Pierre", "Press Secretary", ""}}},
		{"Chinese President Xi Jinping and Indian Prime Minister Narendra Modi",
			[]wantOfficial{{"Xi Jinping", "President", "CN"}, {"Narendra Modi", "Prime Minister", "IN"}}},
		{"Governor General Mary Simon and Surgeon General Vivek Murthy attended.",
			[]wantOfficial{{"Mary Simon", "Governor General", ""}, {"Vivek Murthy", "Surgeon General", "US"}}},
		{"Minister-President Markus Söder of Bavaria spoke.", []wantOfficial{{"Markus Söder", "Minister-President", ""}}},
		{"Chairman of the Joint Chiefs of Staff General Dan Caine briefed the press.",
			[]wantOfficial{{"Dan Caine", "Chairman of the Joint Chiefs of Staff", "US"}}},
		{"The Foreign Secretary, Rt Hon David Lammy MP, visited Kyiv.", []wantOfficial{{"David Lammy", "Foreign Secretary", "GB"}}},
		{"High Representative/Vice-President Kaja Kallas met Ukrainian Foreign Minister Andrii Sybiha.",
			[]wantOfficial{{"Kaja Kallas", "High Representative/Vice-President", "EU"}, {"Andrii Sybiha", "Foreign Minister", "UA"}}},
		{"Foreign Minister Pekka Haavisto spoke. Later, Pekka Haavisto left.", []wantOfficial{{"Pekka Haavisto", "Foreign Minister", ""}}},
		{"President Biden spoke. Hunter Biden did not.", []wantOfficial{{"Biden", "President", ""}}},
		{"Jane Roe has notified the Board. After leaving it, Chairwoman Roe will teach.", []wantOfficial{{"Jane Roe", "Chairwoman", ""}}},
		{"Jane Roe and John Roe came. Chairwoman Roe spoke.", nil},
		{"The President spoke at the swearing-in of Dr Jane Roe as the Governor of the Bank of Ghana and Dr John Doe as the First Deputy Governor.", []wantOfficial{{"Jane Roe", "Governor of the Bank of Ghana", "GH"}, {"John Doe", "First Deputy Governor", ""}}},
		{"The Board announced the selection of Jane Roe as its Executive Director.", []wantOfficial{{"Jane Roe", "Executive Director", ""}}},
		{"John Doe, Director of Bank of America, spoke.", nil},
		{"The statement was signed by Jane Roe, the Regional Police Commander, on Sunday.", []wantOfficial{{"Jane Roe", "Regional Police Commander", ""}}},
		{"The Head of Europol's Western Cyber Centre, Jane Roe, said so.", []wantOfficial{{"Jane Roe", "Head of Europol's Western Cyber Centre", "Europol"}}},
		{"“We are grateful,” said Jane Roe, Minister of Energy and Climate Solutions. Nothing else.", []wantOfficial{{"Jane Roe", "Minister of Energy and Climate Solutions", ""}}},
		{"“Seek care,” said Jane Roe, minister of health. Nothing else.", []wantOfficial{{"Jane Roe", "Minister of Health", ""}}},
		{"“Seek care,” said Dr. Jane Roe, regional medical officer of health. Nothing else.", []wantOfficial{{"Jane Roe", "Regional Medical Officer of Health", ""}}},
		{"“Pray,” said Jane Roe, minister of the church. Nothing else.", nil},
		{"The Sioux City Police Department held its awards ceremony. Officer Jane Roe of the Sioux City Police Department was honoured.", []wantOfficial{{"Jane Roe", "Officer", "US"}}},
		{"Officer Jane Roe served in Benghazi, Libya, and later in Benghazi again.", []wantOfficial{{"Jane Roe", "Officer", ""}}},
		{"The Special Prosecutor (HSP), Mr. John Doe, has survived two attempts.", []wantOfficial{{"John Doe", "Special Prosecutor", ""}}},
		{"The Director of Strategy at the Office of the Special Prosecutor, Mr. John Doe, spoke.", []wantOfficial{{"John Doe", "Director of Strategy", ""}}},
		{"The Director-General of the Ghanaian Copyright Commission, Mr. John Doe, spoke.", []wantOfficial{{"John Doe", "Director-General of the Ghanaian Copyright Commission", "GH"}}},
		{"According to the Director of the Commission’s Harbour Office, Mr. John Doe, the raid went well.", []wantOfficial{{"John Doe", "Director of the Commission’s Harbour Office", ""}}},
		{"Jane Roe, Chief of Police for the Harbour City Police Department, presided.", []wantOfficial{{"Jane Roe", "Chief of Police for the Harbour City Police Department", ""}}},
		{"Jane Roe, Assistant Inspector General of the Ghana Police Force, spoke.", []wantOfficial{{"Jane Roe", "Assistant Inspector General", "GH"}}},
		{"Head of the Criminal Investigation Division of Ghana Police, Jane Roe said so.", []wantOfficial{{"Jane Roe", "Head of the Criminal Investigation Division", "GH"}}},
		{"The Harbour Health Service (HRHS) met. “We act,” said Jane Roe, Director of the HRHS.", []wantOfficial{{"Jane Roe", "Director of the HRHS", ""}}},
		{"General Cavoli spoke; General Christopher Cavoli is SACEUR.", []wantOfficial{{"Christopher Cavoli", "General", ""}}},
		{"Minister for Development and Africa Andrew Mitchell will travel.",
			[]wantOfficial{{"Andrew Mitchell", "Minister for Development and Africa", ""}}},
		{"I have spoken to General Abdel Fattah al-Burhan and to General Mohamed Hamdan Dagalo.",
			[]wantOfficial{{"Abdel Fattah al-Burhan", "General", ""}, {"Mohamed Hamdan Dagalo", "General", ""}}},
		// names written surname first
		{"Prime Minister Kishida Fumio of Japan met President Biden. Prime Minister Kishida thanked him.",
			[]wantOfficial{{"Kishida Fumio", "Prime Minister", "JP"}, {"Biden", "President", ""}}},
		{"Chinese President Xi Jinping spoke. President Xi said more.", []wantOfficial{{"Xi Jinping", "President", "CN"}}},
		// a line break ends a name and separates a country from a title
		{"Meeting with President of the United Arab Emirates Mohammed bin Zayed Al Nahyan\nVladimir Putin had talks in the Kremlin.",
			[]wantOfficial{{"Mohammed bin Zayed Al Nahyan", "President", "AE"}}},
		{"Statement on the situation in Sudan\nForeign Secretary James Cleverly said:", []wantOfficial{{"James Cleverly", "Foreign Secretary", "GB"}}},
		{"Oana Lungescu (NATO Spokesperson): Good afternoon.\nAndrew Gray (Reuters): Secretary General, a question.",
			[]wantOfficial{{"Oana Lungescu", "Spokesperson", "NATO"}}},
		{"Her Excellency Ms. Amina J. Mohammed, Deputy Secretary-General of the United Nations, opened the session.",
			[]wantOfficial{{"Amina J. Mohammed", "Deputy Secretary-General", "UN"}}},
		{"Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs of Qatar, met Secretary Rubio.",
			[]wantOfficial{{"Sheikh Mohammed bin Abdulrahman Al Thani", "Prime Minister and Minister of Foreign Affairs", "QA"}, {"Rubio", "Secretary", ""}}},
		{"U.S. Ambassador to NATO Julianne Smith and Russian Ambassador to the UN Vassily Nebenzia spoke.",
			[]wantOfficial{{"Julianne Smith", "Ambassador to NATO", "US"}, {"Vassily Nebenzia", "Ambassador to the UN", "RU"}}},
		{"The Taoiseach, Micheál Martin TD, welcomed President Macron.",
			[]wantOfficial{{"Micheál Martin", "Taoiseach", "IE"}, {"Macron", "President", ""}}},
		{"President Biden Monday said more. President Biden May 3 visited.", []wantOfficial{{"Biden", "President", ""}}},
		{"Prime Minister Theresa May said:", []wantOfficial{{"Theresa May", "Prime Minister", ""}}},
		{"Presidents Biden and Erdoğan discussed Sweden. Foreign Ministers Sikorski, Baerbock and Barrot met.",
			[]wantOfficial{{"Biden", "President", ""}, {"Erdoğan", "President", ""}, {"Sikorski", "Foreign Minister", ""},
				{"Baerbock", "Foreign Minister", ""}, {"Barrot", "Foreign Minister", ""}}},
		// "General" after its noun: the plural is the noun's
		{"The case was tried by Assistant Attorneys General Helen Roe and Abbe Lin.",
			[]wantOfficial{{"Helen Roe", "Assistant Attorney General", ""}, {"Abbe Lin", "Assistant Attorney General", ""}}},
		{"Detectives Ana Molina and Luis Garza led the work with retired Detective Walt Lee.",
			[]wantOfficial{{"Ana Molina", "Detective", ""}, {"Luis Garza", "Detective", ""}}},
		// Malaysian styles completed by "Sri" are no part of the name
		{"Foreign Minister Datuk Sri Anifah Aman met Tan Sri Abdul Gani Patail, the Attorney-General, and Sri Lanka's Minister of Justice Thalatha Atukorale.",
			[]wantOfficial{{"Anifah Aman", "Foreign Minister", ""}, {"Abdul Gani Patail", "Attorney-General", ""}, {"Thalatha Atukorale", "Minister of Justice", "LK"}}},
		// a country's body after "of the" is the office's, no name
		{"The Office welcomed Robert L. Santos, Director of the U.S. Census Bureau, to its headquarters.",
			[]wantOfficial{{"Robert L. Santos", "Director", "US"}}},
		// an adjective before a title is the office's kind, not a company
		{"It was prosecuted by Senior Investigative Counsel Joe Bian and Investigative Counsel Angel Chi.",
			[]wantOfficial{{"Joe Bian", "Counsel", ""}, {"Angel Chi", "Counsel", ""}}},
		// a list of portfolios, and a minister's seat before the name
		{"Aubyn Hill, Minister of Industry, Investment and Commerce, spoke. Minister of Health, Dr. Jane Roe, agreed.",
			[]wantOfficial{{"Aubyn Hill", "Minister of Industry, Investment and Commerce", ""}, {"Jane Roe", "Minister of Health", ""}}},
		{"“We are ready,” Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn Hill, told reporters.",
			[]wantOfficial{{"Aubyn Hill", "Minister of Industry, Investment and Commerce", ""}}},
		// counsel, liaisons and chiefs of police are offices
		{"White House Counsel Neil Egg met Police Chief Garry Mac and Criminal Justice Liaison Ken Toy.",
			[]wantOfficial{{"Neil Egg", "Counsel", "US"}, {"Garry Mac", "Police Chief", ""}, {"Ken Toy", "Liaison", ""}}},
		// a weekday for a surname
		{"Attorney General Dave Sunday wrote to Congress. Attorney General Sunday said so.",
			[]wantOfficial{{"Dave Sunday", "Attorney General", ""}}},
		// a post companies share, tied to a government by a level of
		// government, a public body or an office held with it
		{"\"It will help,\" said Jane Roe, State Chief Data Officer, on Friday.",
			[]wantOfficial{{"Jane Roe", "State Chief Data Officer", ""}}},
		{"Among the speakers is Professor John Doe, Chief Executive Officer of the Port Authority of Jamaica, who spoke.",
			[]wantOfficial{{"John Doe", "Chief Executive Officer of the Port Authority", "JM"}}},
		{"The panel heard Ann Poe, Chief Technology Officer and Assistant to the President; and others.",
			[]wantOfficial{{"Ann Poe", "Chief Technology Officer and Assistant to the President", "US"}}},
		{"Acme Corp's Chief Technology Officer Ann Poe and Mary Roe, Chief Executive Officer of the Roe Group, spoke.", nil},
		// a government's chief and financial secretaries, romanised given
		// names
		{"The Financial Secretary, Mr Paul Chan Mo-po, and the Chief Secretary, Mr Eric Chan Kwok-ki, spoke.",
			[]wantOfficial{{"Paul Chan Mo-po", "Financial Secretary", ""}, {"Eric Chan Kwok-ki", "Chief Secretary", ""}}},
		// a second office of a body the page names, held with the first
		{"The Secretary for Education and Steering Committee Chairman, Mr Tom Roe, spoke.",
			[]wantOfficial{{"Tom Roe", "Secretary for Education and Steering Committee Chairman", ""}}},
		// a country's service is a body, its head no person named "Digital
		// Service"; a body the page defines after "of", and its country
		{"Head of the UK Government Digital Service, Kevin Cunnington, said: “GDS is delighted.”",
			[]wantOfficial{{"Kevin Cunnington", "Head", "GB"}}},
		{"The Government Digital Service (GDS) signed. Mr Kevin Cunnington, Director General of GDS U.K. signed.",
			[]wantOfficial{{"Kevin Cunnington", "Director General of GDS", "GB"}}},
		// a surname that is a word of the interface or of places after a
		// given name; a body's acronym and its country after its name
		{"Read more. Mr. Tom Read, Chief Executive Officer and Director General of Government Digital Service (GDS) UK, spoke.",
			[]wantOfficial{{"Tom Read", "Chief Executive Officer and Director General of Government Digital Service", "GB"}}},
		{"Rep. Steve King, a Republican, spoke to the Home Office.", []wantOfficial{{"Steve King", "Representative", ""}}},
		{"\"The adversary is agile,\" said Ellen Lord, Under Secretary of Defense, on Monday. Lord Collins of Highbury, Minister for Africa, agreed.",
			[]wantOfficial{{"Ellen Lord", "Under Secretary of Defense", ""}, {"Collins of Highbury", "Minister for Africa", ""}}},
		// a body the page defines in quotation marks, after "of" and its
		// country, named after the office
		{"The Office is part of the Competition and Consumer Commission of Singapore (“CCS”). Mr Alvin Koh, Chief Executive, CCS said: \"We will act.\"",
			[]wantOfficial{{"Alvin Koh", "Chief Executive", "SG"}}},
		// an office only a state holds, after a name with no body named
		{"The meeting was chaired by Mr John Doe, Permanent Secretary, and Ms Jane Roe, Auditor-General.",
			[]wantOfficial{{"John Doe", "Permanent Secretary", ""}, {"Jane Roe", "Auditor-General", ""}}},
		{"The meeting was chaired by Mr John Doe, Permanent Secretary (Law).", []wantOfficial{{"John Doe", "Permanent Secretary", ""}}},
		// an office in lower case given by an appointing verb, with the
		// body it heads; what the object was before between
		{"The Governor has appointed former journalist Jane Roe as director of Results Ruritania, the agency for reform.",
			[]wantOfficial{{"Jane Roe", "Director of Results Ruritania", ""}}},
		{"The Board named Jane Roe as director. The party chose John Doe as their nominee.", nil},
		// a county's and a town's legislators; a month that is a given
		// name after a title
		{"“It is a warning,” said County Legislator John Doe. Selectman Jane Roe agreed, as did Senator April N.M. Poe.",
			[]wantOfficial{{"John Doe", "County Legislator", "US"}, {"Jane Roe", "Selectman", "US"}, {"April N.M. Poe", "Senator", ""}}},
		{"The Senator spoke on May 5 and again in June.", nil},
		// a headline's verb after the name is no part of it
		{"Attorney General Roe Sues Maker of Gun Accessory\n\nGovernor Doe Secures Funding for Schools\n\nThe two spoke today.",
			[]wantOfficial{{"Roe", "Attorney General", ""}, {"Doe", "Governor", ""}}},
		// an office-holder elected, not yet in office
		{"Today, Governor-elect Jane Roe announced the team. Mayor-elect John Doe agreed.",
			[]wantOfficial{{"Jane Roe", "Governor-elect", ""}, {"John Doe", "Mayor-elect", ""}}},
		// given names with their accents: four words one name
		{"The MOU was signed by Mr Alexis Henri Paul Roe, President of the Court, and Stéphane Doe, Minister of Finance.",
			[]wantOfficial{{"Alexis Henri Paul Roe", "President of the Court", ""}, {"Stéphane Doe", "Minister of Finance", ""}}},
		// a parliament's member by the seat; a house's clerk
		{"I move, seconded by John Doe, that Jane Roe, member for the electoral district of Northvale, do take the chair. The Clerk of the Assembly (Ms. Ann Poe) read the motion.",
			[]wantOfficial{{"Jane Roe", "Member for Northvale", ""}, {"Ann Poe", "Clerk of the Assembly", ""}}},
		{"Jane Roe, a member for life of the club, spoke.", nil},
		// a portfolio of several words in brackets after the office
		{"“It went well,” said Mr John Doe, Permanent Secretary (Smart Nation and Digital Government) and Chairman of the Agency.",
			[]wantOfficial{{"John Doe", "Permanent Secretary", ""}}},
		// a minister's deputy of a ministry, the body after "of"
		{"He was joined by the Deputy Secretary of the Ministry of Law, John Doe, and others.",
			[]wantOfficial{{"John Doe", "Deputy Secretary of the Ministry of Law", ""}}},
		// not officials
		{"The panel was chaired by John Doe, Managing Director.", nil},
		{"NATO Foreign Ministers wrapped up their meeting. The Presidents discussed trade.", nil},
		{"Zippy Duvall, the president of the American Farm Bureau, said farmers faced losses.", nil},
		{"Mourinho won three Premier League titles. As an eZ Premier Solution Partner we help.", nil},
		{"\"Markets will rise,\" said Sanjiv Bhasin, Director, IIFL Securities.", nil},
		{"It is a state where former Vice President Joe Biden has led.", nil},
		{"General Electric shares fell. The aircraft carrier Admiral Kuznetsov sailed. The General Assembly met.", nil},
		{"The Secretary General’s Annual Report and the President’s Budget were published.", nil},
		{"Shannon from ABC News asked a question. Laura from Finnish MTV News followed.", nil},
		{"Her Majesty The Queen celebrated her 90th birthday with the Royal Family.", nil},
		{"The Prime Minister said the Secretary General and the Foreign Minister agreed.", nil},
		{"Sen. Jane Roe (D-ND) met with the farmers on Friday.", []wantOfficial{{"Jane Roe", "Senator", "US"}}},
		{"Rep. John Doe (R-MO) returned from the trip.", []wantOfficial{{"John Doe", "Representative", "US"}}},
		{"Senator Jane Roe (I-VT) said so.", []wantOfficial{{"Jane Roe", "Senator", "US"}}},
		{"Sen. Jane Roe (Drafts-Committee) spoke.", []wantOfficial{{"Jane Roe", "Senator", ""}}},
		{"YB Dato’ Seri Aminah Rahim, Minister of Education of Malaysia, will visit.", []wantOfficial{{"Aminah Rahim", "Minister of Education", "MY"}}},
		{"Mr Edwin Roe met YBhg Datuk Karim Osman, Minister of Transport of Malaysia.", []wantOfficial{{"Karim Osman", "Minister of Transport", "MY"}}},
		{"Register  Create an account  Verification code  Reset password  Subscribe  Share  Print", nil},
		{"NATO Foreign Ministers wrapped up two days of meetings; the North Atlantic Council met.", nil},
		{"Question\nMr. Secretary General, will you come?\nMODERATOR: Next question.", nil},
		{"Thank you, Jens, very much. Mr. President, it is great to see you.", nil},
		{"former President Barack Obama attended.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

func TestOfficialsWithHolders(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"President Putin has not given up.", []wantOfficial{{"Putin", "President", "RU"}}},
		{"Listen to President Trump.", []wantOfficial{{"Trump", "President", "US"}}},
		{"Will President Zelenskyy be coming?", []wantOfficial{{"Zelenskyy", "President", "UA"}}},
		{"I spoke to my counterpart, Dmytro Kuleba, this morning.", []wantOfficial{{"Dmytro Kuleba", "Foreign Minister", "UA"}}},
		{"SECRETARY GENERAL STOLTENBERG:  Welcome.\nSECRETARY BLINKEN:  Thank you.\nSECRETARY BLINKNEN:  Thanks.",
			[]wantOfficial{{"Stoltenberg", "Secretary General", "NATO"}, {"Blinken", "Secretary", "US"}}},
		// the text wins over the list: Rau as OSCE Chairman-in-Office
		{"OSCE Chairman-in-Office Zbigniew Rau spoke.", []wantOfficial{{"Zbigniew Rau", "Chairman-in-Office", "OSCE"}}},
		// a term matching the title: Rutte as Prime Minister of the Netherlands
		{"Prime Minister Mark Rutte of the Netherlands spoke.", []wantOfficial{{"Mark Rutte", "Prime Minister", "NL"}}},
		{"Prime Minister Rutte spoke.", []wantOfficial{{"Rutte", "Prime Minister", "NL"}}},
		{"Presidential Aide Yury Ushakov briefed journalists. Dmitry Peskov, Presidential Press Secretary, commented.",
			[]wantOfficial{{"Yury Ushakov", "Presidential Aide", ""}, {"Dmitry Peskov", "Presidential Press Secretary", "RU"}}},
		{"Lord Collins of Highbury, Minister for Africa, visited Nairobi, Kenya.",
			[]wantOfficial{{"Collins of Highbury", "Minister for Africa", ""}}},
		{"President von der Leyen said Europe stands with Ukraine.", []wantOfficial{{"von der Leyen", "President", "EU"}}},
		{"Finland’s Foreign Minister, Elina Tuomi, said so. The OSCE’s Secretary General, Feridun Sinirlioğlu, agreed.",
			[]wantOfficial{{"Elina Tuomi", "Foreign Minister", "FI"}, {"Feridun Sinirlioğlu", "Secretary General", "OSCE"}}},
		{"Olena Petrenko, the foreign minister of Ukraine, said so. Zippy Duvall, the president of the American Farm Bureau, did not.",
			[]wantOfficial{{"Olena Petrenko", "Foreign Minister", "UA"}}},
		// a former office-holder is not one
		{"It is a state where former Vice President Joe Biden has led.", nil},
		// an unknown person gets nothing from the list
		{"President Smith spoke.", []wantOfficial{{"Smith", "President", ""}}},
		// a briefing: honorific labels resolve through the list when the text
		// names the holder's country or organisation
		{"MS. JEAN-PIERRE: Good afternoon.\nQ Has the President spoken with President Zelenskyy?\nMS. JEAN-PIERRE: Ask the State Department.",
			[]wantOfficial{{"Jean-Pierre", "Press Secretary", "US"}, {"Zelenskyy", "President", "UA"}}},
		{"MR. MILLER: Good afternoon.\nQUESTION: Matt, a question.", nil},
		{"STÉPHANE DUJARRIC, SPOKESPERSON FOR THE SECRETARY-GENERAL: Good afternoon. The Secretary-General, António Guterres, is in Geneva.",
			[]wantOfficial{{"Stéphane Dujarric", "Spokesperson for the Secretary-General", "UN"}, {"António Guterres", "Secretary-General", "UN"}}},
		{"Vladimir Putin: Mr Prime Minister, I am glad to welcome you.\nPrime Minister of India Narendra Modi (retranslated): Thank you, Mr President.",
			[]wantOfficial{{"Vladimir Putin", "President", "RU"}, {"Narendra Modi", "Prime Minister", "IN"}}},
		{"The Prime Minister (Sir Keir Starmer): I thank my right hon. Friend.\nKemi Badenoch (North West Essex) (Con): The Prime Minister has failed.",
			[]wantOfficial{{"Keir Starmer", "Prime Minister", "GB"}, {"Kemi Badenoch", "Member of Parliament", "GB"}}},
		// company offices are not officials
		{"Shares rose after Disney Chief Executive Bob Iger spoke and Emirates President Tim Clark told reporters.", nil},
		{"Then Acme Widget Administrator John Roe spoke.", nil},
		// a public service's words before a title are no company's; police
		// and park ranks
		{"Then Federal Highway Administrator John Roe spoke.", []wantOfficial{{"John Roe", "Administrator", ""}}},
		{"Then Harbour National Park Superintendent Jane Doe spoke.", []wantOfficial{{"Jane Doe", "Superintendent", ""}}},
		{"The area is overseen by Chief Superintendent Ann Lee.", []wantOfficial{{"Ann Lee", "Chief Superintendent", ""}}},
		{"Mr John Roe, Chief Executive Officer, Acme Group\nPresident and Chief Executive Officer Jane Doe spoke.", nil},
		// a generational suffix is no surname: one person, in capitals too
		{"Secretary John A. Miller III spoke. Secretary Miller then left.", []wantOfficial{{"John A. Miller III", "Secretary", ""}}},
		{"PRESIDENT JOHN ROE III: Thank you.", []wantOfficial{{"John Roe III", "President", ""}}},
		// a header line in capitals with a title and a full name; a title's
		// complement in a label is no name
		{"MEDIA INTERVIEW WITH\n\nPRESIDENT JUAN DELA CRUZ\n\nAT THE PORT", []wantOfficial{{"Juan Dela Cruz", "President", ""}}},
		{"PRESIDENT OF THE BOARD ANNUAL REPORT\n\nPRIME MINISTER OF RURITANIA: Thank you all.", nil},
		// a nickname in quotes inside the name; a legislature's presiding office
		{"Senate President Juan 'Johnny' Cruz spoke first.", []wantOfficial{{"Juan 'Johnny' Cruz", "Senate President", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// Two full names of one family are two people when their given names
// differ: two long names with other consonants, or a man's and a woman's
// name; a short form or a spelling of one name is the same person.
func TestFamilyNamesTwoPeople(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"He met the Crown Prince and Prime Minister of Bahrain Salman bin Hamad Al Khalifa, Deputy Prime Minister and Minister of Infrastructure Shaikh Khalid bin Abdulla Al Khalifa.",
			[]wantOfficial{{"Salman bin Hamad Al Khalifa", "Crown Prince and Prime Minister", "BH"}, {"Shaikh Khalid bin Abdulla Al Khalifa", "Deputy Prime Minister and Minister of Infrastructure", ""}}},
		{"Senator Malcolm Byrne spoke first. Senator Maria Byrne spoke next.",
			[]wantOfficial{{"Malcolm Byrne", "Senator", ""}, {"Maria Byrne", "Senator", ""}}},
		{"Sen. Charles Grassley spoke. Chuck Grassley said more.",
			[]wantOfficial{{"Charles Grassley", "Senator", ""}}},
		{"President Mohammed Roe spoke. Muhammad Roe said more.",
			[]wantOfficial{{"Mohammed Roe", "President", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

func TestAliasesMerged(t *testing.T) {
	x := New(Options{})
	text := "NATO Secretary General Mark Rutte visited Warsaw. The Secretary General then spoke. " +
		"Secretary General Rutte praised Poland. Mr Rutte warned that President Putin “has not given up.”"
	offs := x.Officials(text)
	require.Len(t, offs, 2)
	r := offs[0]
	assert.Equal(t, "Mark Rutte", r.Name)
	assert.Equal(t, "NATO", r.Organization)
	for _, a := range []string{"Secretary General Mark Rutte", "The Secretary General", "Secretary General Rutte", "Mr Rutte", "Rutte"} {
		assert.Contains(t, r.Aliases, a)
	}
	assert.NotContains(t, r.Aliases, "he")
	require.Len(t, r.Mentions, 4)
	assert.Equal(t, "Mark Rutte", text[r.Mentions[0].Start:r.Mentions[0].End])
	assert.Equal(t, "The Secretary General", text[r.Mentions[1].Start:r.Mentions[1].End])
	assert.Equal(t, "Rutte", text[r.Mentions[2].Start:r.Mentions[2].End])
	assert.Equal(t, "Mr Rutte", text[r.Mentions[3].Start:r.Mentions[3].End])
	assert.Equal(t, "Putin", offs[1].Name)
}

func TestUnnamedOfficeGivesAffiliation(t *testing.T) {
	x := New(Options{NoHolders: true})
	text := "SECRETARY BLINKEN: It is good to host the Foreign Minister of Finland.\n" +
		"FOREIGN MINISTER TUOMI: Thank you.\n"
	got := officialsOf(x, text)
	assert.Equal(t, []wantOfficial{{"Blinken", "Secretary", ""}, {"Tuomi", "Foreign Minister", "FI"}}, got)
}

func TestParseLabel(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		label, name, title string
		ok                 bool
	}{
		{"Mark Rutte, NATO Secretary General", "Mark Rutte", "Secretary General", true},
		{"Antony J. Blinken, Secretary of State", "Antony J. Blinken", "Secretary of State", true},
		{"SECRETARY BLINKEN:", "Blinken", "Secretary", true},
		{"SECRETARY GENERAL STOLTENBERG:", "Stoltenberg", "Secretary General", true},
		{"FOREIGN MINISTER HAAVISTO:\u00a0", "Haavisto", "Foreign Minister", true},
		{"PRESIDENT TRUMP.", "Trump", "President", true},
		{"MR PRICE:", "Price", "", true},
		{"President of Russia Vladimir Putin:", "Vladimir Putin", "President", true},
		{"Vladimir Putin:", "Vladimir Putin", "", true},
		{"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague):", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", true},
		{"Mr Hague:", "Hague", "", true},
		{"MS. JEAN-PIERRE:", "Jean-Pierre", "", true},
		{"STÉPHANE DUJARRIC, SPOKESPERSON FOR THE SECRETARY-GENERAL:", "Stéphane Dujarric", "Spokesperson for the Secretary-General", true},
		{"Prime Minister of India Narendra Modi (retranslated):", "", "", false},
		{"Oana Lungescu (NATO Spokesperson):", "Oana Lungescu", "Spokesperson", true},
		{"Andrew Gray (Reuters):", "", "", false},
		{"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)", "Douglas Alexander", "Member of Parliament", true},
		{"Caroline Lucas (Brighton, Pavilion) (Green):", "Caroline Lucas", "Member of Parliament", true},
		{"Hon. Mélanie Joly (Minister of Foreign Affairs, Lib.):", "Mélanie Joly", "Minister of Foreign Affairs", true},
		{"Andrew Gray (Brussels) (Reuters):", "", "", false},
		{"Question", "", "", false},
		{"Q:", "", "", false},
		{"MODERATOR:", "", "", false},
		{"Shannon from ABC News", "", "", false},
		{"(As delivered)", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		name, title, ok := x.ParseLabel(tt.label)
		assert.Equal(t, []any{tt.name, tt.title, tt.ok}, []any{name, title, ok}, tt.label)
	}
}

func TestIsTitle(t *testing.T) {
	x := New(Options{})
	for _, s := range []string{"Prime Minister", "secretary of state", "SECRETARY GENERAL", "Foreign Minister",
		"Minister for Foreign Affairs", "Secretary of Defense", "High Representative", "Chairman-in-Office",
		"National Security Advisor", "Spokesperson", "Chancellor", "Governor", "Admiral", "King"} {
		assert.True(t, x.IsTitle(s), s)
	}
	for _, s := range []string{"", "NATO Secretary General", "Mark Rutte", "Poland", "Question", "the"} {
		assert.False(t, x.IsTitle(s), s)
	}
}

func TestNoPanicOnOddInput(t *testing.T) {
	x := New(Options{})
	inputs := []string{"", " ", "\n\n", "\xff\xfe\xfd", "President", "President ", "the", "Mr", "Mr.", "SECRETARY:",
		"A.B.C.D.E.", "’s", "-", "President -", "Minister of", "Minister of the", ",", "President Joseph R.",
		strings.Repeat("President ", 1000), strings.Repeat("Poland ", 1000), strings.Repeat("Mr Mr ", 500),
		"President von", "counterpart", "Polish counterpart,", "\u00a0\u00a0Poland\u00a0", "U.S.-", "Secretary Blinken\xff",
		"Mr A (", "Mr A (B) (", "Mr A (B) (Lab", "Mr A (B, ", "Senator the Hon", "Senator the Hon Penny Wong\n", "The Hon A B\n",
		"Colonel X's", "Colonel X'", "the Secretary General of the", "the Secretary General of the A B,", "return to",
		"welcomed to", "In Suva, Mr X will meet", "Australian Government", "Government of", "\nQ", "Q:\n:"}
	for _, in := range inputs {
		offs, cs := x.Find(in)
		checkSpans(t, in, offs, cs)
	}
}

// checkSpans checks the properties every result must have.
func checkSpans(t *testing.T, text string, offs []Official, cs []Country) {
	t.Helper()
	inBounds := func(s Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) }
	for _, o := range offs {
		if !utf8.ValidString(o.Name) || !utf8.ValidString(o.Title) || o.Name == "" {
			t.Fatalf("bad official %+v in %q", o, text)
		}
		for _, a := range o.Aliases {
			if !utf8.ValidString(a) {
				t.Fatalf("invalid alias %q", a)
			}
		}
		for k, m := range o.Mentions {
			if !inBounds(m) || (k > 0 && m.Start < o.Mentions[k-1].Start) {
				t.Fatalf("bad mention %v of %q in %q", m, o.Name, text)
			}
		}
	}
	for _, c := range cs {
		if len(c.ISO2) != 2 || len(c.ISO3) != 3 || len(c.Mentions) == 0 {
			t.Fatalf("bad country %+v", c)
		}
		for k, m := range c.Mentions {
			if !inBounds(m) || (k > 0 && m.Start < c.Mentions[k-1].End) {
				t.Fatalf("bad mention %v of %s in %q", m, c.ISO2, text)
			}
			if !utf8.ValidString(text[m.Start:m.End]) {
				t.Fatalf("mention %v not valid UTF-8", m)
			}
		}
		for _, f := range c.Forms {
			if !utf8.ValidString(f) {
				t.Fatalf("invalid form %q", f)
			}
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	x := New(Options{})
	cases := loadGold(t)
	want := make([]string, len(cases))
	for i, c := range cases {
		o, cs := x.Find(c.text)
		want[i] = fmt.Sprint(o, cs)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i, c := range cases {
				o, cs := x.Find(c.text)
				if got := fmt.Sprint(o, cs); got != want[i] {
					t.Errorf("%s: concurrent result differs", c.name)
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

func FuzzEntities(f *testing.F) {
	for _, c := range loadGold(f) {
		f.Add(c.text)
	}
	for _, s := range []string{"SECRETARY BLINKEN:  Thanks.", "Mark Rutte, NATO Secretary General\nQuestion", "\xff President Putin",
		"the President of Poland, Andrzej Duda", "U.S.-Poland", "Joseph R. Biden, Jr.",
		"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)\n\nI thank the Foreign Secretary.",
		"Senator the Hon Penny Wong\n\nMinister for Foreign Affairs\n\nToday I welcomed Foreign Minister X Y to Canberra.",
		"In Suva, Mr Peters will meet Prime Minister Sitiveni Rabuka. He will return to Wellington."} {
		f.Add(s)
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, text string) {
		offs, cs := x.Find(text)
		checkSpans(t, text, offs, cs)
		x.ParseLabel(text)
		for _, p := range x.People(text, offs) {
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("person %q: span %+v out of range", p.Name, m)
				}
			}
		}
	})
}

// TestLargeInput checks that big texts with many distinct officials, labels
// and unnamed offices take time in proportion to their size.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	x := New(Options{})
	build := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "President Alpha%d Beta%d met the Foreign Minister of Finland and Mr Gamma%d. "+
				"The President said so.\nSECRETARY DELTA%d: Thank you. President Putin spoke.\n", i, i, i, i)
		}
		return b.String()
	}
	small, big := build(500), build(4000)
	timeOf := func(s string) time.Duration {
		start := time.Now()
		offs, cs := x.Find(s)
		if len(offs) == 0 || len(cs) == 0 {
			t.Fatal("nothing found")
		}
		return time.Since(start)
	}
	timeOf(small)
	ts, tb := timeOf(small), timeOf(big)
	t.Logf("%d bytes: %v; %d bytes: %v", len(small), ts, len(big), tb)
	if tb > 40*ts+2*time.Second {
		t.Errorf("8× the text took %v against %v: not linear", tb, ts)
	}
}

// TestEveryCountryForm checks that each name, short form and demonym of the
// table is found for its own country in a plain sentence (and a region's for
// none).
func TestEveryCountryForm(t *testing.T) {
	x := New(Options{})
	for _, c := range tables.Countries {
		var forms []string
		forms = append(forms, c.Forms...)
		forms = append(forms, c.Adjectives...)
		forms = append(forms, c.People...)
		for _, f := range forms {
			text := "They spoke of " + f + " today."
			got := x.Countries(text)
			if c.Region {
				// a region of another state is no country of its own
				if len(got) != 0 {
					t.Errorf("%q: got %v, want none (a region)", text, isoCodes(got))
				}
				continue
			}
			if len(got) != 1 || got[0].ISO2 != c.ISO2 {
				t.Errorf("%q: got %v, want %s", text, isoCodes(got), c.ISO2)
			}
		}
	}
}

// countriesGrown is countriesIn as it made each country's mentions, by
// appending.
func countriesGrown(text string, ms []countryMatch) []Country {
	var out []Country
	pos := map[int]int{}
	for _, m := range ms {
		c := tables.Countries[m.idx]
		if c.Region {
			continue
		}
		k, ok := pos[m.idx]
		if !ok {
			k = len(out)
			pos[m.idx] = k
			out = append(out, Country{Name: c.Name, ISO2: c.ISO2, ISO3: c.ISO3})
		}
		o := &out[k]
		o.Mentions = append(o.Mentions, Span{m.s, m.e})
		if form := normSpace(text[m.s:m.e]); !slices.Contains(o.Forms, form) {
			o.Forms = append(o.Forms, form)
		}
	}
	return out
}

// TestCountriesIn holds countriesIn, which makes the mentions in one
// slice, to countriesGrown over the gold corpora's texts.
func TestCountriesIn(t *testing.T) {
	x := New(Options{})
	for _, c := range loadGold(t) {
		ms := x.countryMatches(c.text, tokenize(nil, c.text), nil)
		if got, want := countriesIn(c.text, ms), countriesGrown(c.text, ms); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: countriesIn = %v, want %v", c.name, got, want)
		}
		got := countriesIn(c.text, ms)
		if len(got) > 1 {
			got[0].Mentions = append(got[0].Mentions, Span{-1, -1}) // no room: the next country's mentions stay
			if want := countriesGrown(c.text, ms); !reflect.DeepEqual(got[1], want[1]) {
				t.Errorf("%s: appending to a country's mentions changed the next: %v", c.name, got[1])
			}
		}
	}
}
