// This file tests the affiliations read from a page's context: its home
// country, a visit's hosts and guests, meeting places, sides and
// delegations, the page's topic country and bodies, and the time the
// context rules take on large input.

package entities

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestAffiliationFromContext: the evidence a reader uses for an office the
// text ties to no country, and its absence.
func TestAffiliationFromContext(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		// the page's home country: a return to its capital
		{"Foreign Minister Winston Peters will travel to Fiji, Tonga and Samoa this week. In Suva on Tuesday, Mr Peters will meet Prime Minister Sitiveni Rabuka. He will return to Wellington on Saturday.",
			[]wantOfficial{{"Winston Peters", "Foreign Minister", "NZ"}, {"Sitiveni Rabuka", "Prime Minister", "FJ"}}},
		{"Foreign Minister Jane Roe said so. She will return to Ottawa on Friday. Defence Minister John Doe will attend.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", "CA"}, {"John Doe", "Defence Minister", "CA"}}},
		// a welcome to its capital; the guest is not the home country's
		{"Today I welcomed Foreign Minister Retno Marsudi to Canberra. On Thursday, Minister Marsudi met Defence Minister Richard Marles.",
			[]wantOfficial{{"Retno Marsudi", "Foreign Minister", ""}, {"Richard Marles", "Defence Minister", "AU"}}},
		{"Prime Minister Jane Roe welcomed Foreign Minister Ahmad Kareem to Ottawa. Defence Minister John Doe will attend.",
			[]wantOfficial{{"Jane Roe", "Prime Minister", "CA"}, {"Ahmad Kareem", "Foreign Minister", ""}, {"John Doe", "Defence Minister", "CA"}}},
		// a visitor welcomed is no host; another official's return is not
		// the page's
		{"Thank you for welcoming me to Dublin. Foreign Minister Jane Roe agrees.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", ""}}},
		{"Foreign Minister Jane Roe said so. Prime Minister Ahmad Kareem will return to London on Friday. Defence Minister John Doe will attend.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", ""}, {"Ahmad Kareem", "Prime Minister", ""}, {"John Doe", "Defence Minister", ""}}},
		// a visit announced, then the people met "during his visit"; a
		// chief justice hosts too; a signature on behalf of a country
		{"1. Dr Jane Roe, Director General of the World Health Organization (WHO), will visit Singapore at the joint invitations of Minister for Law Mr Tan Wei Ming.\n\n2. During her visit, Dr Roe will call on Minister for Transport Mr Lim Boon Hock and Chief Justice Mr Ong Kah Seng.",
			[]wantOfficial{{"Jane Roe", "Director General", "WHO"}, {"Tan Wei Ming", "Minister for Law", "SG"}, {"Lim Boon Hock", "Minister for Transport", "SG"}, {"Ong Kah Seng", "Chief Justice", "SG"}}},
		{"Minister for Education Dr. Anna Berg signed the accords on behalf of Sweden at an event in Stockholm.",
			[]wantOfficial{{"Anna Berg", "Minister for Education", "SE"}}},
		// a senator on a page whose principal serves a known country
		{"Philippine President Juan Cruz said the inquiry would go on. Senator Ana Reyes disagreed.",
			[]wantOfficial{{"Juan Cruz", "President", "PH"}, {"Ana Reyes", "Senator", "PH"}}},
		// a masthead naming the government
		{"Australian Government\n\nDefence Minister Richard Marles met Foreign Minister Retno Marsudi of Indonesia.",
			[]wantOfficial{{"Richard Marles", "Defence Minister", "AU"}, {"Retno Marsudi", "Foreign Minister", "ID"}}},
		{"Government of Canada\nForeign Minister Jane Roe will travel to Kenya.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", "CA"}}},
		{"The Australian Government will help. Foreign Minister Jane Roe agrees.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", ""}}},
		// a minister whose sentence names another country or its capital
		{"Secretary of State Marco Rubio of the United States will return to Washington, D.C. on Friday. Foreign Minister Ahmad Kareem hosted a dinner in Tokyo. Foreign Minister Jane Roe of Canada and Defense Secretary John Doe attended.",
			[]wantOfficial{{"Marco Rubio", "Secretary of State", "US"}, {"Ahmad Kareem", "Foreign Minister", ""}, {"Jane Roe", "Foreign Minister", "CA"}, {"John Doe", "Defense Secretary", "US"}}},
		{"Foreign Minister Jane Roe will return to Ottawa. Defence Minister Ahmad Kareem said Japan would act.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", "CA"}, {"Ahmad Kareem", "Defence Minister", ""}}},
		// cues that disagree give nothing
		{"Foreign Minister Jane Roe will return to Ottawa. She welcomed Ahmad Kareem to Canberra.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", ""}}},
		// a meeting in a capital: the hosts of a visitor from elsewhere
		{"Foreign Minister Baerbock of Germany is travelling to Chişinău today for talks with President Maia Sandu and Foreign Minister Nicu Popescu.",
			[]wantOfficial{{"Baerbock", "Foreign Minister", "DE"}, {"Maia Sandu", "President", "MD"}, {"Nicu Popescu", "Foreign Minister", "MD"}}},
		// the visitor is at home: the people he meets are not
		{"In Kyiv, President Zelenskyy of Ukraine met Foreign Minister Ahmad Kareem.",
			[]wantOfficial{{"Zelenskyy", "President", "UA"}, {"Ahmad Kareem", "Foreign Minister", ""}}},
		{"Secretary of State Marco Rubio of the United States met with Foreign Minister Ahmad Kareem in Tokyo.",
			[]wantOfficial{{"Marco Rubio", "Secretary of State", "US"}, {"Ahmad Kareem", "Foreign Minister", "JP"}}},
		{"While in Tokyo, High Representative Kaja Kallas will meet Foreign Minister Ahmad Kareem.",
			[]wantOfficial{{"Kaja Kallas", "High Representative", "EU"}, {"Ahmad Kareem", "Foreign Minister", "JP"}}},
		// a multilateral meeting in a capital
		{"Secretary of State Marco Rubio of the United States met with Foreign Minister Ahmad Kareem in Kuala Lumpur on the margins of the ASEAN meetings.",
			[]wantOfficial{{"Marco Rubio", "Secretary of State", "US"}, {"Ahmad Kareem", "Foreign Minister", ""}}},
		// a place that is not the visit's
		{"Foreign Minister Jane Roe of Canada, who was born in London, will meet Prime Minister Ahmad Kareem.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", "CA"}, {"Ahmad Kareem", "Prime Minister", ""}}},
		// a visitor of unknown country gives nothing
		{"In Nairobi, Minister Jane Roe met Foreign Minister Ahmad Kareem.",
			[]wantOfficial{{"Jane Roe", "Minister", ""}, {"Ahmad Kareem", "Foreign Minister", ""}}},
		// a list after an official of known country
		{"She held talks with Polish President Andrzej Duda and Foreign Minister Radek Nowak.",
			[]wantOfficial{{"Andrzej Duda", "President", "PL"}, {"Radek Nowak", "Foreign Minister", "PL"}}},
		{"Foreign Minister Jane Roe of Canada and Defence Minister John Doe attended.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", "CA"}, {"John Doe", "Defence Minister", ""}}},
		// a country in the sentence is no tie by itself
		{"Foreign Minister Winston Peters condemned Russia's invasion of Ukraine.",
			[]wantOfficial{{"Winston Peters", "Foreign Minister", ""}}},
		// the topic of a page: a head of government of the country it is about
		{"The Secretary-General takes note of the announcement made by Prime Minister Ariel Henry. The people of Haiti suffer. Haitian actors must act. Haiti needs help from Kenya.",
			[]wantOfficial{{"Ariel Henry", "Prime Minister", "HT"}}},
		{"Prime Minister Ariel Henry spoke. Haiti and Kenya agreed. Kenya will lead.",
			[]wantOfficial{{"Ariel Henry", "Prime Minister", ""}}},
		{"Ukraine, Ukraine and Ukraine: Prime Minister Mikhail Mishustin said Russia would respond.",
			[]wantOfficial{{"Mikhail Mishustin", "Prime Minister", ""}}},
		{"Libya: the situation in Libya has worsened. Colonel Gaddafi's forces attacked, and many fled to Tunisia and Egypt. Libya is at war.",
			[]wantOfficial{{"Gaddafi", "Colonel", "LY"}}},
		// a general is no ruler of the country a page is about
		{"General Christopher Cavoli said Ukraine, Ukraine and Ukraine need help.",
			[]wantOfficial{{"Christopher Cavoli", "General", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
	// a head of government after a head of state is not of his country (a
	// name in no list of office-holders)
	x = New(Options{})
	assert.Equal(t, []wantOfficial{{"Biden", "President", "US"}, {"Tomasi Roe", "Prime Minister", ""}},
		officialsOf(x, "President Biden and Prime Minister Tomasi Roe met."))
	// so is a head's deputy in such a list, and the ministers after him
	assert.Equal(t, []wantOfficial{{"Kyriakos Mitsotakis", "Prime Minister", "GR"}, {"Jan Kowal", "Vice-President of the Government", "GR"}, {"Anna Nowak", "Minister of Finance", "GR"}},
		officialsOf(x, "He will meet Prime Minister Kyriakos Mitsotakis, the Vice-President of the Government, Jan Kowal, and the Minister of Finance, Anna Nowak."))
	// a minister listed after a head of state known from the list of
	// office-holders is of his country
	assert.Equal(t, []wantOfficial{{"Maia Sandu", "President", "MD"}, {"Nicu Popescu", "Foreign Minister", "MD"}},
		officialsOf(x, "She held talks with President Maia Sandu and Foreign Minister Nicu Popescu."))
}

// TestLargeInputContext checks that the context rules take time in
// proportion to the text, also when it has no sentence breaks.
func TestLargeInputContext(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	x := New(Options{})
	build := func(n int, sep string) string {
		var b strings.Builder
		b.WriteString("MR SMITH: He will return to Wellington" + sep)
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "in Suva Foreign Minister Alpha%d Beta%d will meet Prime Minister Gamma%d Delta%d and the President, "+
				"the Prime Minister and Colonel Eps%d's forces, welcomed to Canberra, fled to Tunisia, Egypt and Libya in Japan%s", i, i, i, i, i, sep)
		}
		return b.String()
	}
	for _, sep := range []string{" ", ". ", "\n"} {
		small, big := build(300, sep), build(2400, sep)
		timeOf := func(s string) time.Duration {
			start := time.Now()
			offs, _ := x.Find(s)
			if len(offs) == 0 {
				t.Fatal("nothing found")
			}
			return time.Since(start)
		}
		timeOf(small)
		ts, tb := timeOf(small), timeOf(big)
		t.Logf("%q: %d bytes: %v; %d bytes: %v", sep, len(small), ts, len(big), tb)
		if tb > 40*ts+2*time.Second {
			t.Errorf("8× the text took %v against %v: not linear", tb, ts)
		}
	}
}

// TestArmedServicesAndVisitHosts: an office "of the <country> Army" ties
// the officer to that country; a rank before a name yields to the office
// in apposition even in a list of officers; the officers a visitor meets
// after the page announces his "visit to <country>" are of that country;
// a title's default country the page never names yields to that context.
func TestArmedServicesAndVisitHosts(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		// no country: the rank stays
		{"General Jane Roe, Commander of the Ruritanian Army, met the press.", []wantOfficial{{"Jane Roe", "General", ""}}},
		{"Major General John Doe, Commander of the Ghana Army, arrived on a visit to Kenya on Monday.",
			[]wantOfficial{{"John Doe", "Commander of the Ghana Army", "GH"}}},
		{"Lieutenant General Jane Roe, Chief of the Army Staff of the Nigerian Army, spoke.",
			[]wantOfficial{{"Jane Roe", "Chief of the Army Staff of the Nigerian Army", "NG"}}},
		{"Brigadier Ama Mensah of Ghana Army will attend.",
			[]wantOfficial{{"Ama Mensah", "Brigadier", "GH"}}},
		{"Air Marshal John Doe, Commander of the Royal Thai Air Force, is on a visit to Japan.\n\n" +
			"He later met Admiral Kenji Sato, Chief of the Naval Staff, Air Chief Marshal Taro Ito, Chief of Air Staff and Shri Hiro Kato, Defence Secretary.",
			[]wantOfficial{{"John Doe", "Air Marshal", ""}, {"Kenji Sato", "Chief of the Naval Staff", ""},
				{"Taro Ito", "Chief of Air Staff", ""}, {"Hiro Kato", "Defence Secretary", "GB"}}},
		{"General Ama Mensah, Commander of the Ghana Army, has arrived on a visit to Japan.\n\n" +
			"General Mensah later met Admiral Kenji Sato, Chief of the Naval Staff, Air Chief Marshal Taro Ito, Chief of Air Staff and Shri Hiro Kato, Defence Secretary.",
			[]wantOfficial{{"Ama Mensah", "Commander of the Ghana Army", "GH"}, {"Kenji Sato", "Chief of the Naval Staff", "JP"},
				{"Taro Ito", "Chief of Air Staff", "JP"}, {"Hiro Kato", "Defence Secretary", "JP"}}},
		// the country of the default named: it stays
		{"General Ama Mensah, Commander of the Ghana Army, has arrived on a visit to Japan. She met Defence Secretary Hiro Kato, who had returned from the United Kingdom.",
			[]wantOfficial{{"Ama Mensah", "Commander of the Ghana Army", "GH"}, {"Hiro Kato", "Defence Secretary", "GB"}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestVisitorOfAnnouncedVisit: "During his visit, <honorific> X will call
// on …" — the hosts are of the place of the visit the text announced,
// when the official announced as visiting serves another country.
func TestVisitorOfAnnouncedVisit(t *testing.T) {
	x := New(Options{NoHolders: true})
	text := "Jane Roe, Minister of Trade of Kenya, will visit Japan from 2 to 4 May at the invitation of Foreign Minister Taro Ito.\n\n" +
		"During her visit, she will call on Minister for Transport Kenji Sato and Speaker of Parliament Hiro Kato."
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Minister of Trade", "KE"}, {"Taro Ito", "Foreign Minister", "JP"},
		{"Kenji Sato", "Minister for Transport", "JP"}, {"Hiro Kato", "Speaker of Parliament", "JP"}}, officialsOf(x, text))
}

// TestFirstPersonVisitor: in a sentence in the first person ("we met with
// King X") the visitor is the page's own voice, its first official of
// known country; the people met in a country not his own are of that
// country; with no voice of known country nothing is given.
func TestFirstPersonVisitor(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Senator Jane Roe of the United States said today:\n\n\"From Kenya we traveled to Jordan where we met with King Hamad. We discussed trade.\"",
			[]wantOfficial{{"Jane Roe", "Senator", "US"}, {"Hamad", "King", "JO"}}},
		{"Senator Jane Roe said today:\n\n\"From Kenya we traveled to Jordan where we met with King Hamad. We discussed trade.\"",
			[]wantOfficial{{"Jane Roe", "Senator", ""}, {"Hamad", "King", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestOwnSideAndAgents: people a first-person visitor meets that the text
// calls "our" are of the visitor's country, not the host's; an official
// after "the calls by" makes the calls and is not someone met, so he can
// be the page's principal.
func TestOwnSideAndAgents(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Senator Jane Roe of the United States said:\n\n\"In Nairobi, we met with President Amina Odhiambo, our ambassador, General John Doe, and General Mary Major.\"",
			[]wantOfficial{{"Jane Roe", "Senator", "US"}, {"Amina Odhiambo", "President", "KE"}, {"John Doe", "General", "US"}, {"Mary Major", "General", "US"}}},
		{"Senators Jane Roe and John Doe travelled abroad.\n\nI echo the calls by President Mary Major of the United States for reform.",
			[]wantOfficial{{"Jane Roe", "Senator", "US"}, {"John Doe", "Senator", "US"}, {"Mary Major", "President", "US"}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestUSPartyStateAnyOffice: the party and state in brackets after a name
// mark an American politician whatever the office: "Chairman Jane Roe
// (R-MO)".
func TestUSPartyStateAnyOffice(t *testing.T) {
	x := New(Options{NoHolders: true})
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Chairman", "US"}},
		officialsOf(x, "Subcommittee Chairman Jane Roe (R-MO) returned from a visit to Europe."))
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Chairman", ""}},
		officialsOf(x, "Subcommittee Chairman Jane Roe (retired) returned from a visit to Europe."))
}

// TestTopicCountryMinisters: on a page with no home country that names one
// country far more than any other, a minister the text ties to nothing is
// of that country; a title that implies a country of its own ("Foreign
// Secretary") and a minister in a sentence naming another country are
// left alone.
func TestTopicCountryMinisters(t *testing.T) {
	x := New(Options{NoHolders: true})
	page := "Energy talks with Kenya\n\nThe European Union and Kenya held energy talks in Nairobi. Kenya is a key partner, and Kenyan gas reaches Europe.\n\n"
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{page + "Minister Odhiambo said the talks went well.", []wantOfficial{{"Odhiambo", "Minister", "KE"}}},
		{page + "Foreign Secretary John Doe said the talks went well.", []wantOfficial{{"John Doe", "Foreign Secretary", "GB"}}},
		{page + "Minister Odhiambo said the talks with Ghana went well.", []wantOfficial{{"Odhiambo", "Minister", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestSidesAndDelegations: "On the X side," and "the X delegation" give the
// officials named after them in the sentence that country; a side of a
// border does not.
func TestSidesAndDelegations(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"On the Ruritanian side, the talks were attended by Foreign Minister Ivan Petrov and Defence Minister Oleg Smirnov.", nil},
		{"On the Russian side, the talks were attended by Foreign Minister Ivan Petrov and Defence Minister Oleg Smirnov.",
			[]wantOfficial{{"Ivan Petrov", "Foreign Minister", "RU"}, {"Oleg Smirnov", "Defence Minister", "RU"}}},
		{"The Polish delegation included Deputy Foreign Minister Jan Nowak.", []wantOfficial{{"Jan Nowak", "Deputy Foreign Minister", "PL"}}},
		{"Foreign Minister Jane Roe met Foreign Minister Ivan Petrov on the Russian side of the border.",
			[]wantOfficial{{"Jane Roe", "Foreign Minister", ""}, {"Ivan Petrov", "Foreign Minister", ""}}},
	}
	for _, tt := range tests {
		got := officialsOf(x, tt.text)
		if tt.want == nil {
			for _, o := range got {
				assert.Equal(t, "", o.aff, tt.text)
			}
			continue
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// Those who accompany the principal on a visit abroad are of the
// principal's country, not the host's.
func TestAccompanyingThePrincipal(t *testing.T) {
	x := New(Options{})
	got := officialsOf(x, "Portuguese President Ana Costa left Lisbon today for Spain, her first visit abroad.\n\n"+
		"Accompanying the President are Foreign Minister Rui Lopes and Labour Minister Eva Pinto.")
	assert.Equal(t, []wantOfficial{{"Ana Costa", "President", "PT"}, {"Rui Lopes", "Foreign Minister", "PT"}, {"Eva Pinto", "Labour Minister", "PT"}}, got)
}

// A city's councillors and aldermen are officials of their city's
// country when the page says where it is.
func TestCouncillors(t *testing.T) {
	x := New(Options{NoHolders: true})
	got := officialsOf(x, "Toronto, Ontario\n\nCouncillor Jane Roe and Alderman John Doe voted for the harbour plan.")
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Councillor", "CA"}, {"John Doe", "Alderman", "CA"}}, got)
}

// The place a visitor arrived in, or that a sentence opens with ("In the
// UAE, …"), is where the officials met after it serve.
func TestMeetingPlaceOfArrival(t *testing.T) {
	x := New(Options{NoHolders: true})
	text := "British Foreign Minister Jane Roe arrived in Doha on 30 January for a two day trip to the Gulf.\n\n" +
		"Minister Roe met with Sam Poe, Minister of Education, to discuss schools.\n\n" +
		"In the UAE, Minister Roe met John Doe, Minister of Energy, to discuss gas."
	assert.Equal(t, []wantOfficial{
		{"Jane Roe", "Foreign Minister", "GB"},
		{"Sam Poe", "Minister of Education", "QA"},
		{"John Doe", "Minister of Energy", "AE"},
	}, officialsOf(x, text))
}

// A page that names one country's body again and again, and no other
// cue, is that country's: its officials the text ties to no other country
// are of it. Bodies of two countries decide nothing.
func TestBodyHome(t *testing.T) {
	x := New(Options{NoHolders: true})
	text := "The Riksbank sets the policy rate at 1.75 per cent. The Riksbank adopts the report. " +
		"The decision has been taken by the Executive Board (Governor Jane Roe and Deputy Governor John Doe). " +
		"The Riksbank will publish the minutes on 29 September."
	got := officialsOf(x, text)
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Governor", "SE"}, {"John Doe", "Deputy Governor", "SE"}}, got)

	text = "The Riksbank and the Bundesbank met. The Riksbank, the Bundesbank and the Riksbank agreed. Governor Jane Roe spoke."
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Governor", ""}}, officialsOf(x, text))
}

// A city's name inside a longer name is no place of the page: "the Lower
// Columbia Community Health Centre" does not make a page American.
func TestCityInsideLongerName(t *testing.T) {
	x := New(Options{})
	text := "People near Trail have a new clinic at the Lower Columbia Community Health Centre (Lower Columbia CHC). “The Lower Columbia Community Health Centre will help,” said Jane Roe, Minister of Health."
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Minister of Health", ""}}, officialsOf(x, text))
}
