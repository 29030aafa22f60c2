package entities

import (
	"fmt"
	"strings"
	"testing"
	"time"

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

// TestMembersOfParliament: the labels of parliamentary records name
// members; a member does not take the office he addresses.
func TestMembersOfParliament(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)\n\nI thank the Foreign Secretary for advance sight of his statement.",
			[]wantOfficial{{"Douglas Alexander", "Member of Parliament", "GB"}}},
		{"Sir Menzies Campbell (North East Fife) (LD): The Foreign Secretary is right.",
			[]wantOfficial{{"Menzies Campbell", "Member of Parliament", "GB"}}},
		// a question for oral answer, numbered
		{"1. Mr David Roe (Delyn) (Lab): When he next expects to discuss Syria.",
			[]wantOfficial{{"David Roe", "Member of Parliament", "GB"}}},
		{"Dr Liam Fox (North Somerset) (Con)\nWill my right hon. Friend agree?",
			[]wantOfficial{{"Liam Fox", "Member of Parliament", "GB"}}},
		// the seat and the office after a dash, a time stamp for a party,
		// the surname in capitals; a member of the office-holder's house
		{"Ms ROE (Harbour) (14:00): My question is to the Prime Minister.\n\nMr DOE (Quay\u2014Prime Minister of Australia) (14:01): I thank the member for her question.",
			[]wantOfficial{{"Roe", "Member of Parliament", "AU"}, {"Doe", "Prime Minister", "AU"}}},
		{"Mr. Pierre Poilievre (Carleton, CPC): Mr. Speaker, the Prime Minister has failed.",
			[]wantOfficial{{"Pierre Poilievre", "Member of Parliament", "CA"}}},
		// a minister's office stands for his riding
		{"Hon. Mélanie Joly (Minister of Foreign Affairs, Lib.): Mr. Speaker, we agree.",
			[]wantOfficial{{"Mélanie Joly", "Minister of Foreign Affairs", "CA"}}},
		// a party several parliaments have: no country
		{"Caroline Lucas (Brighton, Pavilion) (Green): Will the Minister confirm this?",
			[]wantOfficial{{"Caroline Lucas", "Member of Parliament", ""}}},
		// a member of a party several parliaments have sits with the others
		{"Caroline Lucas (Brighton, Pavilion) (Green): Will the Minister confirm this?\nDr Liam Fox (North Somerset) (Con): No.",
			[]wantOfficial{{"Caroline Lucas", "Member of Parliament", "GB"}, {"Liam Fox", "Member of Parliament", "GB"}}},
		// a surname alone after an honorific
		{"Mr Hague (Richmond) (Con): No.", []wantOfficial{{"Hague", "Member of Parliament", "GB"}}},
		// New Zealand's labels: the full name in capitals, the party's name
		// in full before the electorate, or alone for a list member, in a
		// record that addresses its Speaker
		{"Mr SPEAKER: Order. Mr Speaker has called the member.\n\nJANE ROE (Labour\u2014Te Tai Tonga): Mr Speaker, the customs service seized a great deal.\n\nJOHN DOE (National): Mr Speaker, I thank the member.",
			[]wantOfficial{{"Jane Roe", "Member of Parliament", ""}, {"John Doe", "Member of Parliament", ""}}},
		{"JANE ROE (NZ First\u2014Northland): Will the Minister answer?",
			[]wantOfficial{{"Jane Roe", "Member of Parliament", "NZ"}}},
		// a name in capitals with a bracket that names no party is no label
		{"JANE ROE (Harbour): Will the Minister answer?", nil},
		// the parties of Canada's Reform years and of South Africa's house
		{"Mr. Jim Roe (Medicine Hat, Ref.): Will the minister answer?\nMs Jane Doe (Durban North, ANC): No.",
			[]wantOfficial{{"Jim Roe", "Member of Parliament", "CA"}, {"Jane Doe", "Member of Parliament", "ZA"}}},
		// a hearing's labels: the title in small letters, the surname in
		// capitals
		{"Secretary ROE: I believe so.\nChairman DOE: Thank you.\nMr. POE: Go on.",
			[]wantOfficial{{"Roe", "Secretary", ""}, {"Doe", "Chairman", ""}}},
		// a printed record's em dash set close after the surname in
		// capitals, and two courtesy titles before it
		{"DEBATES OF THE HOUSE OF ASSEMBLY\n\nMr. ROE\u2014I support the resolution.\n\nHON. Mr. DOE\u2014The papers will be laid on the table.\n\nMr. ROE\u2014Then I withdraw my motion.\n\nHON. Mr. DOE\u2014Hear, hear.",
			[]wantOfficial{{"Roe", "Member of Parliament", ""}, {"Doe", "Member of Parliament", ""}}},
		// a house's record that styles its members "HON." in their labels;
		// "MR." styles anyone
		{"HON. P. D. ROE.- Mr. Speaker, Sir, will the Minister answer?\nHON. I. DOE: I will.\nMR. J. POE: Thank you.",
			[]wantOfficial{{"P. D. Roe", "Member of Parliament", ""}, {"I. Doe", "Member of Parliament", ""}}},
		// tables a question so
		{"HON. A.D. ROE asked the Government, upon notice:\nCan the Minister update Parliament on the ferries?",
			[]wantOfficial{{"A.D. Roe", "Member of Parliament", ""}}},
		// and gives a minister's office in brackets after the name
		{"HON. F.S. ROE (Minister for Commerce, Trade and Transport).- Mr. Speaker, Sir, I thank the Member.\nHON. L.D. DOE.- Will he answer?\nHON. F.S. ROE.- Yes.",
			[]wantOfficial{{"F.S. Roe", "Minister for Commerce, Trade and Transport", ""}, {"L.D. Doe", "Member of Parliament", ""}}},
		// South Australia's labels: "The Hon." and the name in capitals,
		// the seat, the office or both in brackets, the time in brackets;
		// a minister's portfolios that run on ("…, Sport and Racing")
		{"The Hon. E.S. ROE (West Harbour) (14:42): Will the minister answer?\n\nThe Hon. J.M.A. DOE (Minister for Human Services) (14:43): I will.\n\n" +
			"The Hon. S.S. POE (Dunstan\u2014Premier) (17:02): I seek leave.\n\nThe Hon. R.I. LOE (Treasurer) (15:13): I seek leave.\n\n" +
			"The Hon. C.L. KOE (Gibson\u2014Minister for Police, Emergency Services and Correctional Services, Minister for Recreation, Sport and Racing):\n\nThe total is 923.",
			[]wantOfficial{{"E.S. Roe", "Member of Parliament", ""}, {"J.M.A. Doe", "Minister for Human Services", ""}, {"S.S. Poe", "Premier", ""},
				{"R.I. Loe", "Treasurer", ""}, {"C.L. Koe", "Minister for Police, Emergency Services and Correctional Services", ""}}},
		// a member who is also a minister keeps the office the record gives,
		// and the office he addresses is not his
		{"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): I will make a statement.\n\n" +
			"Mr David Lammy (Tottenham) (Lab)\n\nI thank the Foreign Secretary. Will he say more?\n\nMr Hague: Yes.",
			[]wantOfficial{{"William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "GB"}, {"David Lammy", "Member of Parliament", "GB"}}},
		// a legislature's own record names its members by honorific and
		// name alone; an office the record gives a member outranks the
		// seat; a country after a courtesy title is a given name
		{"LEGISLATIVE ASSEMBLY OF ONTARIO\n\nMr. Ted Roe: Clerk, I move that Jane Doe take the Chair.\n\n" +
			"Mme France Poe: I second the motion.\n\nMs. Jane Doe: I accept.\n\nThe Speaker (Hon. Jane Doe): Thank you.",
			[]wantOfficial{{"Ted Roe", "Member of Parliament", "CA"}, {"Jane Doe", "Speaker", "CA"}, {"France Poe", "Member of Parliament", "CA"}}},
		// a sitting that opens so, its members' initials and surnames in
		// capitals (South Africa's Hansard)
		{"The House met at 14:00.\n\nMr K D S ROE: Chairperson, I would have preferred a motion.",
			[]wantOfficial{{"K D S Roe", "Member of Parliament", ""}}},
		// a record with no heading where the Speaker is addressed
		{"Mr Second Deputy Speaker: Very well, we shall proceed.\n\nMr Andrew Roe: Mr Speaker, with your permission, I would stand in.\n\nMr Second Deputy Speaker: Hon Member, you may proceed.",
			[]wantOfficial{{"Andrew Roe", "Member of Parliament", ""}}},
		// not in a record of no legislature, nor in a court's
		{"Press conference\n\nMr. Ted Roe: Thank you all for coming.", nil},
		{"IN THE SUPREME COURT\n\nMr. John Roe: May it please the Court, the statute is clear.", nil},
		// not labels: a news agency, a place in brackets without a party
		{"Reuters (London) (AP) reported the vote.", nil},
		{"Mr John Smith (Glasgow) said no.", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// TestSpeakerDoesNotTakeAddressedOffice: the unnamed office a speaker
// addresses is not an alias of the speaker.
func TestSpeakerDoesNotTakeAddressedOffice(t *testing.T) {
	x := New(Options{})
	text := "FOREIGN SECRETARY DAVID LAMMY: Thank you.\nMR SMITH: I thank the Foreign Secretary.\nFOREIGN SECRETARY DAVID LAMMY: I agree with the Foreign Secretary of France."
	os := x.Officials(text)
	if assert.Len(t, os, 1) {
		assert.Contains(t, os[0].Aliases, "the Foreign Secretary")
		assert.NotContains(t, os[0].Aliases, "the Foreign Secretary of France")
	}
	text = "MR SMITH: Thank you.\nFOREIGN SECRETARY DAVID LAMMY: Hello.\nFOREIGN SECRETARY DAVID LAMMY: I thank the Foreign Secretary for coming."
	os = x.Officials(text)
	if assert.Len(t, os, 1) {
		assert.NotContains(t, os[0].Aliases, "the Foreign Secretary")
	}
}

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

// TestBylines: a minister's release names him over his office.
func TestBylines(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Senator the Hon Penny Wong\n\nMinister for Foreign Affairs\n\nToday I welcomed Indonesia's Foreign Minister Retno Marsudi to Canberra.",
			[]wantOfficial{{"Penny Wong", "Minister for Foreign Affairs", "AU"}, {"Retno Marsudi", "Foreign Minister", "ID"}}},
		{"The Hon Richard Marles MP\nDeputy Prime Minister\nMinister for Defence\n\nToday I welcomed the Secretary of Defense to Canberra.",
			[]wantOfficial{{"Richard Marles", "Deputy Prime Minister", "AU"}}},
		{"The Rt Hon David Lammy MP\nForeign Secretary\nThe UK will send aid.",
			[]wantOfficial{{"David Lammy", "Foreign Secretary", "GB"}}},
		// a name over a sentence is no byline
		{"The Hon Richard Marles MP\nThe Prime Minister spoke today.", nil},
		// the office must fill its line
		{"Senator the Hon Penny Wong\nMinister for Foreign Affairs Retno Marsudi arrived.",
			[]wantOfficial{{"Penny Wong", "Senator", ""}, {"Retno Marsudi", "Minister for Foreign Affairs", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

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

// TestUnnamedOfficeBeforeHolder: an unnamed office used before any holder
// of it is named is not an alias of a holder named later.
func TestUnnamedOfficeBeforeHolder(t *testing.T) {
	x := New(Options{})
	for _, text := range []string{
		"Today, the President spoke with President Xi of China. The President said the talks were constructive.",
		"Q Is the President prepared to act?\nMS. JEAN-PIERRE: The White House is clear. He spoke with President Xi yesterday. The President was clear.",
		"Q Will the President call President Xi?\nMS. JEAN-PIERRE: The White House has nothing to announce. The President was clear.",
		"The Prime Minister will meet Prime Minister Modi of India on Friday. The Prime Minister looks forward to it.",
	} {
		for _, o := range x.Officials(text) {
			for _, a := range o.Aliases {
				assert.NotEqual(t, "the President", a, text)
				assert.NotEqual(t, "The President", a, text)
				assert.NotEqual(t, "The Prime Minister", a, text)
			}
		}
	}
	// named first, the office refers back to the holder
	os := x.Officials("President Xi of China spoke. The President said the talks were constructive.")
	if assert.Len(t, os, 1) {
		assert.Contains(t, os[0].Aliases, "The President")
	}
	// an unnamed office before the name of its only holder, on a page of
	// the holder's side, is his
	os = x.Officials("The Secretary General will speak soon.\nSECRETARY GENERAL RUTTE: Good morning. NATO is strong.\nQ Will the Secretary General go to Kyiv?")
	if assert.Len(t, os, 1) {
		assert.Contains(t, os[0].Aliases, "the Secretary General")
	}
	// an office with its complement is not a shorter office's alias
	os = x.Officials("MS. JEAN-PIERRE: Press Secretary Karine Jean-Pierre here.\nQ Will the Secretary of State's trip change anything?")
	if assert.Len(t, os, 1) {
		assert.NotContains(t, os[0].Aliases, "the Secretary of State")
	}
}

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

// TestPatronymicGivenName: a word that is also a title ("Sultan") before
// "bin" is a given name: "Crown Prince Sultan bin Abd al-Aziz"; a title
// before a name stays a title ("Emir Tamim bin Hamad").
func TestPatronymicGivenName(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"He met Crown Prince Sultan bin Khalid al-Faisal in Riyadh.", []wantOfficial{{"Sultan bin Khalid al-Faisal", "Crown Prince", ""}}},
		{"He met Emir Tamim bin Hamad Al Thani in Doha.", []wantOfficial{{"Tamim bin Hamad Al Thani", "Emir", ""}}},
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

// TestSurnameWithParticleIsOnePerson: a surname with its particle or its
// hyphen, named alone later ("Minister al-Rahman", "President
// Roe-Smith"), is the person named in full before, not a second one.
func TestSurnameWithParticleIsOnePerson(t *testing.T) {
	x := New(Options{NoHolders: true})
	tests := []struct {
		text string
		want []wantOfficial
	}{
		{"Minister Karim al-Rahman spoke. Minister al-Rahman then left.",
			[]wantOfficial{{"Karim al-Rahman", "Minister", ""}}},
		{"President Jane Roe-Smith arrived. President Roe-Smith spoke.",
			[]wantOfficial{{"Jane Roe-Smith", "President", ""}}},
		{"Minister Karim al-Rahman spoke. Minister Omar al-Rahman then left.",
			[]wantOfficial{{"Karim al-Rahman", "Minister", ""}, {"Omar al-Rahman", "Minister", ""}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, officialsOf(x, tt.text), tt.text)
	}
}

// A headline's capitalised verb is no name: "President Departs for ..."
// names no official "Departs", and the name after "Meets" is read whole.
func TestHeadlineVerbsAreNoNames(t *testing.T) {
	x := New(Options{})
	assert.Empty(t, officialsOf(x, "President Departs for State Visit to Ruritania\n\nThe visit will last three days."))
	got := officialsOf(x, "Ruritanian Ambassador Meets President Ana Costa\n\nThe meeting took place at the palace.")
	if assert.Len(t, got, 1, "%+v", got) {
		assert.Equal(t, "Ana Costa", got[0].name)
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

// A speaker introducing themselves ("Hello, I'm Jane Roe, the Minister of
// Health") is named without the contraction.
func TestSelfIntroductionName(t *testing.T) {
	x := New(Options{})
	assert.Equal(t, []wantOfficial{{"Ana Costa", "Digital Minister", "PT"}}, officialsOf(x, "Hello, I'm Ana Costa, Portugal's digital minister."))
	assert.Equal(t, []wantOfficial{{"Ana Costa", "Minister of Health", ""}}, officialsOf(x, "Hello, I\u2019m Ana Costa, the Minister of Health."))
}

// A participant's name alone on its line, in capitals or not, over a line
// holding their office (and its department) is that official.
func TestParticipantLines(t *testing.T) {
	x := New(Options{})
	assert.Equal(t, []wantOfficial{{"Ana Costa", "Deputy Director", ""}},
		officialsOf(x, "Panelists:\n\nANA COSTA\n\nDeputy Director, Statistics Department\n\nThe briefing began at ten."))
	assert.Equal(t, []wantOfficial{{"Ana Costa", "Minister for Home Affairs", ""}},
		officialsOf(x, "ANA COSTA MP\nMINISTER FOR HOME AFFAIRS\n\nTRANSCRIPT\n\nThe minister spoke today."))
	assert.Equal(t, []wantOfficial{{"Rui Lopes", "Economic Counsellor and Director", ""}, {"Eva Pinto", "Division Chief", ""}},
		officialsOf(x, "RUI LOPES\n\nEconomic Counsellor and Director, Research Department\n\nEVA PINTO\n\nDivision Chief, Research Department\n\nThe briefing began."))
	// a heading over a line of text is no participant
	assert.Empty(t, officialsOf(x, "Annual Report\nDirector of Studies is a post we will fill next year."))
}

// Those who accompany the principal on a visit abroad are of the
// principal's country, not the host's.
func TestAccompanyingThePrincipal(t *testing.T) {
	x := New(Options{})
	got := officialsOf(x, "Portuguese President Ana Costa left Lisbon today for Spain, her first visit abroad.\n\n"+
		"Accompanying the President are Foreign Minister Rui Lopes and Labour Minister Eva Pinto.")
	assert.Equal(t, []wantOfficial{{"Ana Costa", "President", "PT"}, {"Rui Lopes", "Foreign Minister", "PT"}, {"Eva Pinto", "Labour Minister", "PT"}}, got)
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

// A name alone on its line over an office that fills the next, with the
// office's county and state after commas ("Prosecuting Attorney, St. Louis
// County, Missouri"), is an official; a prosecutor's US titles imply the
// United States.
func TestNameOverOfficeLine(t *testing.T) {
	x := New(Options{NoHolders: true})
	got := officialsOf(x, "List of Signatories\n\nJane Roe\n\nProsecuting Attorney, St. Mary's County, Freedonia\n\nJohn Doe\n\nDistrict Attorney, 16th Judicial District, Freedonia\n")
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Prosecuting Attorney", "US"}, {"John Doe", "District Attorney", "US"}}, got)
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

// An appearance: a name in capitals, "ESQ." if given, and an office in
// mixed case, at a line's start or, with "ESQ.", where a scrape joined the
// list's lines; counsel without an office are no officials.
func TestAppearances(t *testing.T) {
	x := New(Options{})
	for _, tt := range []struct{ text, want string }{
		{"JANE Q. ROE, JR., ESQ., Solicitor General, Department of Justice, Washington, D.C.; on behalf of Petitioners.", "Jane Q. Roe, Jr.|Solicitor General"},
		{"Counsel: for the amicus curiae JANE Q. ROE, ESQ., Solicitor General, Department of Justice.", "Jane Q. Roe|Solicitor General"},
		{"MARIA LOPEZ, Secretary", "Maria Lopez|Secretary"},
		{"JOHN DOE, ESQ., Washington, D.C.; on behalf of Respondents.", ""},
	} {
		offs, _ := x.Find(tt.text)
		got := ""
		if len(offs) > 0 {
			got = offs[0].Name + "|" + offs[0].Title
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

// Older Hansards name a member by honorific and surname: in the question
// run into "asked the" and the office asked, and in a label the record
// gives twice; not "Mr. Speaker:".
func TestHansardMembersBySurname(t *testing.T) {
	x := New(Options{})
	text := strings.Join([]string{
		"The House met at half-past Two o'clock",
		"[Mr. SPEAKER in the Chair]",
		"1. Mr. Quint asked the Secretary of State for the Colonies what progress has been made.",
		"The Secretary of State for the Colonies (Mr. Dale): Good progress.",
		"Mr. Alder: Will he make a statement?",
		"Mr. Dale: I will.",
		"Mr. Alder: Thank you.",
		"Mr. Speaker: Order.",
	}, "\n\n")
	offs, _ := x.Find(text)
	got := map[string]string{}
	for _, o := range offs {
		got[o.Name] = o.Title
	}
	assert.Equal(t, "Member of Parliament", got["Quint"], "%v", got)
	assert.Equal(t, "Member of Parliament", got["Alder"], "%v", got)
	assert.NotContains(t, got, "Speaker")
}

// "Hon" and a full name in a record of debates is a member of the house;
// on a page that only names a legislature it is not.
func TestHonourableMembersInDebates(t *testing.T) {
	x := New(Options{})
	record := "PARLIAMENTARY DEBATES\n\nOFFICIAL REPORT\n\nMadam Speaker: The next Question stands in the name of Hon Samuel Quint.\n\nMr Dale: Madam Speaker, I thank the Hon Member."
	offs, _ := x.Find(record)
	got := map[string]string{}
	for _, o := range offs {
		got[o.Name] = o.Title
	}
	assert.Equal(t, "Member of Parliament", got["Samuel Quint"], "%v", got)
	speech := "Speech of the Governor to the State House of Assembly\n\nI thank the Rt. Hon. Samuel Quint for his support of the bill."
	offs, _ = x.Find(speech)
	for _, o := range offs {
		assert.NotEqual(t, "Member of Parliament", o.Title, o.Name)
	}
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

// "Will" is a given name after a title and before a surname ("Lt. Gov. Will
// Roe"), and no name where it asks a question ("Will President Jane Roe
// come?").
func TestWillAsGivenName(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Lt. Gov. Will Roe announced the programme on Monday.", []wantOfficial{{"Will Roe", "Lieutenant Governor", ""}}},
		{"Mayor Will Doe opened the bridge.", []wantOfficial{{"Will Doe", "Mayor", ""}}},
		{"Will President Jane Roe come to the summit?", []wantOfficial{{"Jane Roe", "President", ""}}},
		{"The Minister Will Not attend the summit.", nil},
	})
}

// A city's name inside a longer name is no place of the page: "the Lower
// Columbia Community Health Centre" does not make a page American.
func TestCityInsideLongerName(t *testing.T) {
	x := New(Options{})
	text := "People near Trail have a new clinic at the Lower Columbia Community Health Centre (Lower Columbia CHC). “The Lower Columbia Community Health Centre will help,” said Jane Roe, Minister of Health."
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Minister of Health", ""}}, officialsOf(x, text))
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

// A "name" after a title whose last word is a common noun by its ending
// names no person: "General Data Protection Regulation", "the Attorney
// General Approved U.S. Person Procedures"; a surname of such an ending
// after a given name ("Colonel Rob Maness") is a name.
func TestThingAfterTitle(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"The fine was imposed under the General Data Protection Regulation last year.", nil},
		{"The agency published the Attorney General Approved U.S. Person Procedures today.", nil},
		{"The speakers were Deputy Associate Administrator for Information Integrity and others.", nil},
		{"Minister Jane Clement opened the bridge.", []wantOfficial{{"Jane Clement", "Minister", ""}}},
		// a county is a body, no person's name: "King County"
		{"A King County resident who was treated for influenza died today.", nil},
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

// A parliament's record that prints a member's name in capitals after a
// courtesy title and closes the label with a dash, its Speaker addressed as
// "Mr Acting Speaker": the members are Members of Parliament.
func TestMembersLabelledWithADash(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Mr JOHN DOE JNR- Thank you, Mr Acting Speaker. My questions are directed to the Minister.\n\n" +
			"Mr RICHARD ROE - Thank you, Mr Acting Speaker. I thank the Member.",
			[]wantOfficial{{"John Doe Jnr", "Member of Parliament", ""}, {"Richard Roe", "Member of Parliament", ""}}},
		// the record's note of a member's interjection
		{"Mr Speaker, I rise on a point of order.\n\nMrs Jane Roe interjecting—\n\nMr Speaker, the member is yelling out.",
			[]wantOfficial{{"Jane Roe", "Member of Parliament", ""}}},
		// members labelled with their seats make the text a record too
		{"Mr DOE (Warringah—Leader of the Opposition) (14:08): My question is to the Prime Minister.\n\nMrs Jane Roe interjecting—\n\nMs SMITH: The member is yelling out.",
			[]wantOfficial{{"Doe", "Leader of the Opposition", ""}, {"Jane Roe", "Member of Parliament", ""}}},
		// the Clerk reading a division's names
		{"Mr Speaker, I rise.\n\nSPEAKER: All those in favour of the motion, please rise.\n\nCLERK: Jane Roe, John Doe, Ann Poe.\n\nMr Speaker, the ayes: 3.",
			[]wantOfficial{{"Jane Roe", "Member of Parliament", ""}, {"John Doe", "Member of Parliament", ""}, {"Ann Poe", "Member of Parliament", ""}}},
		// a division's table: as many names as its count says
		{"Motion negatived on the following division:\n\nYEAS — 3\n\nRoe\n\nL. Doe\n\nPoe\n\nNAYS — 2\n\nSmith\n\nJones\n\nThe House adjourned.",
			[]wantOfficial{{"Roe", "Member of Parliament", ""}, {"L. Doe", "Member of Parliament", ""}, {"Poe", "Member of Parliament", ""},
				{"Smith", "Member of Parliament", ""}, {"Jones", "Member of Parliament", ""}}},
		{"YEAS — 4\n\nRoe\n\nDoe\n\nPoe\n\nThe House adjourned.", nil},
		// a printed record's columns: a line of address, a few surnames a
		// line, a constituency in brackets after one
		{"Motion agreed to on the following recorded division:\n\nYEAS — 5\n\nMessieurs\n\nRoe Doe Poe\n\nLoe (Moose Jaw N.) Coe\n\nNAYS — 2\n\nMessieurs\n\nSmith Jones\n\nThe Assembly adjourned.",
			[]wantOfficial{{"Roe", "Member of Parliament", ""}, {"Doe", "Member of Parliament", ""}, {"Poe", "Member of Parliament", ""},
				{"Loe", "Member of Parliament", ""}, {"Coe", "Member of Parliament", ""}, {"Smith", "Member of Parliament", ""}, {"Jones", "Member of Parliament", ""}}},
		{"YEAS — 4\n\nRoe Doe Poe\n\nThe House adjourned.", nil},
		// one side alone, outside a legislature's record: a board's vote
		{"AYES: 3\n\nRoe\n\nDoe\n\nPoe\n\nThe board adjourned.", nil},
		// a house that labels with a dash its members, seats and offices,
		// heads its questions with who asks them of whom, and prints its
		// interjections' names in small letters (Tasmania's House of
		// Assembly)
		{"Mr DOE (Braddon - Premier) - Honourable Speaker, I will take the questions today.\n\n" +
			"Mr ROE question to MINISTER for HEALTH, Mrs POE\n\nMinister, when will the hospital open?\n\n" +
			"Mrs POE - Honourable Speaker, next year.\n\nMr Loe - Shame.\n\nMr ROE - When next year?\n\nThe SPEAKER - Order.\n\nMrs POE - In March.",
			[]wantOfficial{{"Doe", "Premier", ""}, {"Roe", "Member of Parliament", ""}, {"Poe", "Minister for Health", ""}, {"Loe", "Member of Parliament", ""}}},
		// a dash set apart by two spaces, and a record with no Speaker: no label
		{"Mr JOHN DOE  - the story of a life.\n\nMr RICHARD ROE - a review.", nil},
	})
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

// A list flattened into one line runs two people's names together: a
// given name after a surname opens the second ("Mayor Michael Doe Linda
// Roe"), not a word that joins one name's parts ("Abdul", "Al").
func TestSecondNameRunIn(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Office of the Mayor Michael Doe Linda Roe 26 Town Supervisor", []wantOfficial{{"Michael Doe", "Mayor", ""}}},
		{"Minister Mohamed Nazri Abdul Aziz visited the court.", []wantOfficial{{"Mohamed Nazri Abdul Aziz", "Minister", ""}}},
	})
}

// A house whose record styles its members "Deputy" before the name: each
// is an official with that title, of the house's country; the style stands
// between an office and its holder too. Outside a legislature's record the
// word opens an office, or nothing.
func TestDeputiesOfARecord(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"DÁIL ÉIREANN\n\nDeputy Jane Roe: I raise the matter of the families.\n\n" +
			"Minister for Housing (Deputy John Doe): I thank Deputy Roe. I met the Minister for Health, Deputy Ann Poe, on it.",
			[]wantOfficial{{"Jane Roe", "Deputy", "IE"}, {"John Doe", "Minister for Housing", "IE"}, {"Ann Poe", "Minister for Health", "IE"}}},
		// a news story that names a senate: no record
		{"Leaders of the Senate agreed. Deputy Jane Roe did not.", nil},
		{"The Principal Deputy Assistant Attorney General spoke.", nil},
		{"DÁIL ÉIREANN\n\nI thank the Clerk, the Deputy Clerk and the staff.", nil},
	})
}

// One person, two forms of the name: a surname opened by a capitalised
// particle ("Mac Lochlainn", "De Lima") or a double surname without the
// given name ("Boyd Barrett") is the person the page names in full.
func TestSurnameForms(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Seanad Éireann\n\nSenator Jane Mac Roe: I thank Senator Mac Roe's colleague. Senator Mac\nRoe agrees.",
			[]wantOfficial{{"Jane Mac Roe", "Senator", "IE"}}},
		{"Senator Leila de Lima was detained. Senator De Lima said no.", []wantOfficial{{"Leila de Lima", "Senator", ""}}},
		{"Representative John Boyd Barrett spoke. Representative Boyd Barrett then left.",
			[]wantOfficial{{"John Boyd Barrett", "Representative", ""}}},
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

// A word of an e-mail or a web address is no use of it in lower case: an
// author's line in headline case ("Dr. Jane Roe is the Chief Information
// Officer of FDA") keeps its name beside "jane@fda.gov".
func TestLowerUseSkipsAddresses(t *testing.T) {
	x := New(Options{NoHolders: true})
	for _, tail := range []string{"Write to [jane@fda.gov](mailto:jane@fda.gov).", "See https://open.fda.gov/jane today."} {
		text := "Dr. Jane Roe is the Chief Information Officer of FDA.\n\n" + tail
		assert.Equal(t, []wantOfficial{{"Jane Roe", "Chief Information Officer", "US"}}, officialsOf(x, text), text)
	}
	// a lower-case use in prose still counts
	assert.Empty(t, officialsOf(x, "Dr. Jane Roe is the Chief Information Officer of FDA.\n\nWrite to jane today."))
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

// Minutes of a house under its heading ("Legislative Assembly of …", the
// connector in lower case) report the members who move and second, and
// list those present after "Hon. Messrs."; each is a member of the house.
// The same sentences in a story that names no house make no member.
func TestMinutesMembers(t *testing.T) {
	x := New(Options{})
	lines := []string{
		"There were present the Councillors elected:",
		"Hon. Messrs. Jane Quint, Tom Alder and A.B. Dale.",
		"Hon. Mr. Dale moved the adoption of the motion.",
		"Hon. Mr. Alder seconded the motion.",
		"Mr. Tom Brant, seconded by Hon. Mr. Dale, moved that the House adjourn.",
	}
	offs, _ := x.Find(strings.Join(append([]string{"Legislative Assembly of Riverland", "Wednesday, 16 March 1870"}, lines...), "\n\n"))
	var got []string
	for _, o := range offs {
		if o.Title == "Member of Parliament" {
			got = append(got, o.Name)
		}
	}
	assert.ElementsMatch(t, []string{"Jane Quint", "Tom Alder", "A.B. Dale", "Tom Brant"}, got)
	offs, _ = x.Find(strings.Join(append([]string{"Riverland News", "Wednesday, 16 March 1870"}, lines...), "\n\n"))
	assert.Empty(t, offs)
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

// A reporter who opens by addressing an official and naming themselves
// ("Governor, Jane Roe from the Courier.") holds no office.
func TestReporterAddressingOfficial(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Governor, Jane Roe from the Courier. Will rates fall next year?", nil},
		{"Minister, John Doe at Sky News. When will the bill pass?", nil},
		{"Minister of Finance, Jane Roe, spoke at the summit.", []wantOfficial{{"Jane Roe", "Minister of Finance", ""}}},
	})
}

// A legislator's title in the plural before several names: "Members of
// Parliament Jane Roe and John Doe", "Members of the House of
// Representatives …".
func TestMembersBeforeNames(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"She met Members of Parliament Jane Roe and John Doe.", []wantOfficial{{"Jane Roe", "Member of Parliament", ""}, {"John Doe", "Member of Parliament", ""}}},
		{"The Minister will meet Members of the House of Representatives Jane Roe, Ann Lee and John Doe.",
			[]wantOfficial{{"Jane Roe", "Member of the House of Representatives", ""}, {"Ann Lee", "Member of the House of Representatives", ""}, {"John Doe", "Member of the House of Representatives", ""}}},
	})
}

// A council's whole attendance list after its plural title, thirty
// members and more, are its members.
func TestLongMembersList(t *testing.T) {
	x := New(Options{})
	names := strings.Fields("Benson Carey Collopy Daly Donegan Foley Galvin Hartigan Keary Kiely Kilcoyne Leddin McSweeney Murphy " +
		"Pond Ruddle Scanlon Secas Talukder Teefy Teskey Butler Clifford Crowe Egan Gleeson Hannon Lynch Mitchell Nolan Quinlan Sheehan")
	text := "MEMBERS PRESENT: Councillors " + strings.Join(names, ", ") + "."
	got := officialsOf(x, text)
	assert.Len(t, got, 32)
}

// A house's list of its members present, each styled on a line of their
// own ("THE HONOURABLE JANE ROE, G.B.S., J.P.", "Dr the Honourable John
// Doe"), names its members; fewer than three such lines make no list.
func TestStyledMembersRoster(t *testing.T) {
	x := New(Options{})
	text := "MEMBERS PRESENT:\n\nTHE HONOURABLE JANE ROE-LEE, G.B.S., J.P.\n\nTHE HONOURABLE JOHN DOE\n\nDR THE HONOURABLE ANN SMITH WAI-LING, S.B.S.\n\nThe Council met at eleven o'clock.\n"
	got := officialsOf(x, text)
	assert.Len(t, got, 3, "%+v", got)
	for _, o := range got {
		assert.Equal(t, "Member of Parliament", o.title)
	}
	assert.Empty(t, officialsOf(x, "The Honourable Jane Roe\n\nThe Honourable John Doe\n"))
}

// Florida's prosecutors are "State Attorney" (Illinois's "State's
// Attorney").
func TestStateAttorney(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"State Attorney Jane Roe will receive the award.", []wantOfficial{{"Jane Roe", "State Attorney", "US"}}},
	})
}
