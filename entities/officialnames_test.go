// This file tests how an official's name is read and grouped: bylines,
// participant and signatory lines, given names and surnames that look
// like titles or other words, forms of one surname, and which unnamed
// offices become a holder's aliases.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

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
	// the bare form after a subject of two: "… and Vice Chair Roe Host …"
	got = officialsOf(x, "Chairman Doe and Vice Chair Roe Host Party Forum\n\nThe forum took place at the palace.")
	var names []string
	for _, o := range got {
		names = append(names, o.name)
	}
	assert.Equal(t, []string{"Roe"}, names)
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

// A name alone on its line over an office that fills the next, with the
// office's county and state after commas ("Prosecuting Attorney, St. Louis
// County, Missouri"), is an official; a prosecutor's US titles imply the
// United States.
func TestNameOverOfficeLine(t *testing.T) {
	x := New(Options{NoHolders: true})
	got := officialsOf(x, "List of Signatories\n\nJane Roe\n\nProsecuting Attorney, St. Mary's County, Freedonia\n\nJohn Doe\n\nDistrict Attorney, 16th Judicial District, Freedonia\n")
	assert.Equal(t, []wantOfficial{{"Jane Roe", "Prosecuting Attorney", "US"}, {"John Doe", "District Attorney", "US"}}, got)
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

// A list flattened into one line runs two people's names together: a
// given name after a surname opens the second ("Mayor Michael Doe Linda
// Roe"), not a word that joins one name's parts ("Abdul", "Al").
func TestSecondNameRunIn(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Office of the Mayor Michael Doe Linda Roe 26 Town Supervisor", []wantOfficial{{"Michael Doe", "Mayor", ""}}},
		{"Minister Mohamed Nazri Abdul Aziz visited the court.", []wantOfficial{{"Mohamed Nazri Abdul Aziz", "Minister", ""}}},
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

// A reporter who opens by addressing an official and naming themselves
// ("Governor, Jane Roe from the Courier.") holds no office.
func TestReporterAddressingOfficial(t *testing.T) {
	assertOfficials(t, []officialsCase{
		{"Governor, Jane Roe from the Courier. Will rates fall next year?", nil},
		{"Minister, John Doe at Sky News. When will the bill pass?", nil},
		{"Minister of Finance, Jane Roe, spoke at the summit.", []wantOfficial{{"Jane Roe", "Minister of Finance", ""}}},
	})
}
