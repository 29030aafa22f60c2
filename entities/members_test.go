// This file tests members of legislatures read from their houses' records:
// speaker labels with seats and parties, dashes and styles, questions,
// divisions, minutes, rosters and lists of members present.

package entities

import (
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/internal/text"
	"github.com/stretchr/testify/assert"
)

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

// TestCongressionalRecord: the Congressional Record closes its members'
// labels with a full stop after the surname in capitals ("Mr. PASCRELL.");
// its title makes the record the US Congress's, whose members are
// Representatives, or Senators where the Senate sits.
func TestCongressionalRecord(t *testing.T) {
	x := New(Options{})
	an := text.NewAnalyzer(text.Lexicon{})
	home := x.InstitutionHome("Congressional Record, Volume 151 Issue 99 (Wednesday, July 20, 2005)")
	assert.Equal(t, "US", home)
	for _, tt := range []struct {
		text string
		want []wantOfficial
	}{
		{"Mr. ROE. Mr. Speaker, point of privilege.\n\nThe SPEAKER pro tempore. The gentleman may state it.\n\nMr. ROE. Mr. Speaker, I just wanted to respond.\n\nMs. JACKSON LEE. Mr. Speaker, I rise today.\n\nMs. JACKSON LEE. I yield back.",
			[]wantOfficial{{"Roe", "Representative", "US"}, {"Jackson Lee", "Representative", "US"}}},
		{"Mr. DOE. Mr. President, I suggest the absence of a quorum.\n\nThe PRESIDING OFFICER. The clerk will call the roll.\n\nMr. DOE. Mr. President, I ask unanimous consent.",
			[]wantOfficial{{"Doe", "Senator", "US"}}},
		// a surname in capitals met once is a label when the speech
		// addresses the chair, not otherwise
		{"Mr. ROE. Mr. Speaker, point of privilege.\n\nThe SPEAKER pro tempore. The gentleman may state it.",
			[]wantOfficial{{"Roe", "Representative", "US"}}},
		{"Mr. ROE. Thank you all.\n\nThe SPEAKER pro tempore. The gentleman may state it.", nil},
		// the chair's holder in brackets, a member named by state
		{"The SPEAKER pro tempore (Mr. Foley). Under a previous order of the House, the gentleman from California (Mr. Cunningham) is recognized for 5 minutes.",
			[]wantOfficial{{"Foley", "Speaker pro tempore", "US"}, {"Cunningham", "Representative", "US"}}},
		{"I thank the gentlewoman from Texas (Ms. Jackson Lee) and the gentleman from Ontario (Mr. Roe).",
			[]wantOfficial{{"Jackson Lee", "Representative", "US"}}},
	} {
		offs, _, _ := x.FindDocAllHome(an.Analyze(tt.text), time.Time{}, home)
		var got []wantOfficial
		for _, o := range offs {
			got = append(got, wantOfficial{o.Name, o.Title, o.Country})
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}
