package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestPeople(t *testing.T) {
	x := New(Options{})
	text := "Laura Whitfield, a nurse from Dayton, said the clinic would close. Whitfield said she was angry.\n\n" +
		"Sen. Tom Becker (R-Ohio) disagreed. Mr. Oakes, 70, did not comment. Becker said his office would look into it."
	ps := x.People(text, nil)
	byName := map[string]Person{}
	for _, p := range ps {
		byName[p.Name] = p
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("%s: bad span %+v", p.Name, m)
			}
		}
	}
	laura, ok := byName["Laura Whitfield"]
	if !ok {
		t.Fatalf("Laura Whitfield not found: %+v", ps)
	}
	if laura.Description != "a nurse from Dayton" || laura.Gender != "female" || len(laura.Mentions) != 2 {
		t.Errorf("Laura Whitfield: %+v", laura)
	}
	if text[laura.Mentions[1].Start:laura.Mentions[1].End] != "Whitfield" {
		t.Errorf("second mention %q", text[laura.Mentions[1].Start:laura.Mentions[1].End])
	}
	tom := byName["Tom Becker"]
	if tom.Gender != "male" || len(tom.Mentions) != 2 || tom.Description != "Sen." {
		t.Errorf("Tom Becker: %+v", tom)
	}
	oakes := byName["Oakes"]
	if oakes.Gender != "male" || oakes.Description != "70" {
		t.Errorf("Oakes: %+v", oakes)
	}
	if _, ok := byName["Dayton"]; ok {
		t.Error("a place taken for a person")
	}
	// officials join the list with their titles
	ps = x.People("The talks went on.", []Official{{Name: "Mark Rutte", Title: "Secretary General"}})
	if len(ps) != 1 || ps[0].Description != "Secretary General" {
		t.Errorf("officials: %+v", ps)
	}
	if x.People("", nil) == nil || len(x.People("", nil)) != 0 {
		t.Error("empty text")
	}
}

func TestFindAllPeople(t *testing.T) {
	x := New(Options{})
	text := "NATO Secretary General Mark Rutte met Laura Whitfield, a nurse from Dayton, on Monday."
	offs, _, ps := x.FindAll(text)
	if len(ps) != len(x.People(text, offs)) {
		t.Fatalf("FindAll and People differ: %+v", ps)
	}
	names := map[string]bool{}
	for _, p := range ps {
		names[p.Name] = true
	}
	if !names["Mark Rutte"] || !names["Laura Whitfield"] {
		t.Errorf("people: %+v", ps)
	}
}

func TestPeopleAfterQualifiers(t *testing.T) {
	x := New(Options{})
	text := "House Republican Thomas Becker voted no."
	ps := x.People(text, nil)
	if len(ps) != 1 || ps[0].Name != "Thomas Becker" {
		t.Errorf("people: %+v", ps)
	}
}

// TestPeopleAfterOrganisation: an organisation and an office before a
// given name do not hide the name; an organisation's own name is no
// person.
func TestPeopleAfterOrganisation(t *testing.T) {
	x := New(Options{})
	for text, want := range map[string]string{
		"Former U.N. Ambassador Helen Marsh denounced the plan.":       "Helen Marsh",
		"The U.N. envoy spoke after NATO Secretary General Tom Bayer.": "Tom Bayer",
		"He met the Goldman Sachs board on Monday.":                    "",
	} {
		ps := x.People(text, nil)
		var got []string
		for _, p := range ps {
			got = append(got, p.Name)
		}
		if want == "" && len(ps) != 0 || want != "" && (len(ps) != 1 || ps[0].Name != want) {
			t.Errorf("People(%q) = %q, want %q", text, got, want)
		}
	}
}

// A name written family name first is one person with its surname alone,
// as one written given name first is.
func TestPeopleFamilyNameFirst(t *testing.T) {
	x := New(Options{})
	text := "Mr Tan Wei Ming will succeed Mr Lim Boon Keat, who led the agency. Mr Lim was appointed in 2018. Mr Tan thanked him."
	ps := x.People(text, nil)
	var got []string
	for _, p := range ps {
		got = append(got, p.Name)
		if p.Name == "Lim Boon Keat" && len(p.Mentions) != 2 {
			t.Errorf("%s: %d mentions, want 2", p.Name, len(p.Mentions))
		}
	}
	if len(ps) != 2 || ps[0].Name != "Tan Wei Ming" || ps[1].Name != "Lim Boon Keat" {
		t.Errorf("People(%q) = %q, want Tan Wei Ming and Lim Boon Keat", text, got)
	}
}

// A romanised given name of two syllables joined by a hyphen is one name
// ("Chan Kwok-ki", "Moon Jae-in"); a word a hyphen joins to a name to make
// an adjective, or a hyphen chain, is not part of it.
func TestPeopleHyphenatedGivenName(t *testing.T) {
	x := New(Options{})
	text := "Mr Chan Kwok-ki thanked Dr Starry Lee Wai-king. Mr Moon Jae-in met Barack Obama-era officials and Jeb Bush-spent funds."
	var got []string
	for _, p := range x.People(text, nil) {
		got = append(got, p.Name)
	}
	want := []string{"Chan Kwok-ki", "Starry Lee Wai-king", "Moon Jae-in", "Barack Obama", "Jeb Bush"}
	if !slices.Equal(got, want) {
		t.Errorf("People(%q) = %q, want %q", text, got, want)
	}
}

func TestPeopleLongRun(t *testing.T) {
	x := New(Options{})
	text := "Lake County Sheriff Dan Kole spoke to reporters on Monday."
	var found bool
	for _, p := range x.People(text, nil) {
		if p.Name == "Dan Kole" {
			found = true
		}
	}
	if !found {
		t.Errorf("People(%q) misses Dan Kole: %+v", text, x.People(text, nil))
	}
}

// TestPeopleLinesInitialsAndNames: a name stops at a line break, a name
// with a middle initial and one without are one person, and given names
// beyond English ones start a name.
func TestPeopleLinesInitialsAndNames(t *testing.T) {
	x := New(Options{})
	text := "Photo: Jane Roe\n\nThree crew members flew.\n\nTracy K. Hollis and Oleg Marchenko spoke. Later Tracy Hollis left, and Hollis waved."
	ps := x.People(text, nil)
	names := map[string]Person{}
	for _, p := range ps {
		names[p.Name] = p
		for _, m := range p.Mentions {
			if strings.Contains(text[m.Start:m.End], "\n") {
				t.Errorf("%q: a mention over a line break: %q", p.Name, text[m.Start:m.End])
			}
		}
	}
	if _, ok := names["Oleg Marchenko"]; !ok {
		t.Errorf("Oleg Marchenko not found: %+v", ps)
	}
	tk, ok := names["Tracy K. Hollis"]
	if !ok || len(tk.Mentions) != 3 {
		t.Errorf("Tracy K. Hollis: %+v, want three mentions (full, without initial, surname)", tk)
	}
	if _, dup := names["Tracy Hollis"]; dup {
		t.Errorf("Tracy Hollis listed apart from Tracy K. Hollis")
	}
}

// TestGivenNameGenderAgainstObjectPronoun: a pronoun object after a name
// is someone else; the given name's gender stands.
func TestGivenNameGenderAgainstObjectPronoun(t *testing.T) {
	x := New(Options{})
	text := "Laura Whitfield ran the clinic. Tom Becker, the mayor, praised her work.\n\n“It was hard,” she said."
	for _, p := range x.People(text, nil) {
		want := map[string]string{"Laura Whitfield": "female", "Tom Becker": "male"}[p.Name]
		if want != "" && p.Gender != want {
			t.Errorf("%s: gender %q, want %q", p.Name, p.Gender, want)
		}
	}
}

// A title word after a given name, closing the name, is a surname; alone it
// names no one.
func TestPeopleTitleWordAsSurname(t *testing.T) {
	x := New(Options{})
	ps := x.People("Amy Pope, the agency's head, spoke first. John King met the Pope.", nil)
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	if len(names) != 2 || names[0] != "Amy Pope" || names[1] != "John King" {
		t.Errorf("people: %q", names)
	}
}

// The head of a post after title words ("Country Manager") is no surname.
func TestPeopleRoleNounIsNoSurname(t *testing.T) {
	x := New(Options{})
	ps := x.People("He met Jane Roe, Country Manager for the agency, and the Presidential Adviser.", nil)
	if len(ps) != 1 || ps[0].Name != "Jane Roe" {
		t.Errorf("people: %+v", ps)
	}
}

// Words that may open a title but make none before a capitalised word
// ("Democratic National Convention", "United Arab Emirates") name no one;
// a title of the lexicon does ("Secretary of State Rice").
func TestPeopleNoTitleNoSurname(t *testing.T) {
	x := New(Options{})
	ps := x.People("Delegates met at the Democratic National Convention, flew to the United Arab Emirates and saw the Veterans Day Parade. Secretary of State Rice spoke.", nil)
	if len(ps) != 1 || ps[0].Name != "Rice" {
		t.Errorf("people: %+v", ps)
	}
}

// A country's initials that open a title ("U.S." of "U.S. Attorney")
// make none alone: "U.S. Geological Survey" is no person; after a title's
// "to the" the country is part of the title and the name after it whole.
func TestPeopleCountryInitialsNoTitle(t *testing.T) {
	x := New(Options{})
	ps := x.People("Scientists of the U.S. Geological Survey met Ambassador to the United States Andrés Augusto Roe.", nil)
	if len(ps) != 1 || ps[0].Name != "Andrés Augusto Roe" {
		t.Errorf("people: %+v", ps)
	}
}

// A surname that opens an organisation's name ("White" of "White House")
// is a surname after a given name; the organisation, and a run that ends
// with an organisation's noun, name no one.
func TestPeopleOrganisationWordAsSurname(t *testing.T) {
	x := New(Options{})
	ps := x.People("Betty White said the plan works. Jack White House staff left. Laura Teachers Association met.", nil)
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	if len(names) != 1 || names[0] != "Betty White" {
		t.Errorf("people: %q", names)
	}
}

// What follows a name's comma is its description only when it describes:
// a verb with its object or a conjunction opens a clause.
func TestPeopleClauseIsNoDescription(t *testing.T) {
	x := New(Options{})
	text := "At their meeting, the host of the fair, Lena Hartmann, and her guest from abroad, Piet Dekker, welcomed the plan. " +
		"Later, Rosa Vidal, aged 70, and Tomas Berg, a retired teacher, spoke."
	byName := map[string]Person{}
	for _, p := range x.People(text, nil) {
		byName[p.Name] = p
	}
	for name, want := range map[string]string{"Lena Hartmann": "", "Rosa Vidal": "aged 70", "Tomas Berg": "a retired teacher"} {
		if p, ok := byName[name]; !ok || p.Description != want && !(want == "" && !strings.Contains(p.Description, "and")) {
			t.Errorf("%s: %+v, want description %q", name, p, want)
		}
	}
	if p := byName["Piet Dekker"]; strings.Contains(p.Description, "welcomed") {
		t.Errorf("Piet Dekker: description %q is a clause", p.Description)
	}
}

// Post-nominal letters (orders, medals, members' letters, silks) are no
// part of a name: "Jane Roe AO" is Jane Roe, and so is the later "Roe".
func TestPeoplePostNominals(t *testing.T) {
	x := New(Options{})
	text := "Jane Roe AO, John Doe PSM and Mary Major KC attended. Roe spoke first."
	var got []string
	for _, p := range x.People(text, nil) {
		got = append(got, fmt.Sprintf("%s/%d", p.Name, len(p.Mentions)))
	}
	if strings.Join(got, " ") != "Jane Roe/2 John Doe/1 Mary Major/1" {
		t.Errorf("people: %v", got)
	}
}

// A hyphenated name is one name ("Cheryl Moon-Sirianni", "Anne-Marie
// Slaughter"), and a given name that opens a hyphenated surname is no
// first name ("Asab Al-Tabchi" is not "Al-Tabchi").
func TestPeopleHyphenatedNames(t *testing.T) {
	x := New(Options{})
	ps := x.People("“It will be built,” said PennDOT District Executive Cheryl Moon-Sirianni. "+
		"Anne-Marie Slaughter agreed, and master of ceremonies Asab Al-Tabchi thanked them.", nil)
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	want := []string{"Cheryl Moon-Sirianni", "Anne-Marie Slaughter"} // no "Al-Tabchi"
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("people: %q, want %q", names, want)
	}
}

// "Dr Lee" after "Starry Lee Wai-king" is the same woman: with a
// hyphenated given name last, the surname is the word before it.
func TestPeopleSurnameBeforeRomanisedGivenName(t *testing.T) {
	x := New(Options{})
	text := "Dr Starry Lee Wai-king has resigned. Dr Lee has served since 2024."
	ps := x.People(text, nil)
	if len(ps) != 1 || ps[0].Name != "Starry Lee Wai-king" || len(ps[0].Mentions) != 2 {
		t.Errorf("People(%q) = %+v, want Starry Lee Wai-king twice", text, ps)
	}
}

// A body's name and its office before a given name are no part of the
// person's name: "Maricopa County Recorder Helen Roe".
func TestPeopleAfterBodyAndOffice(t *testing.T) {
	x := New(Options{})
	var names []string
	for _, p := range x.People("“We made mistakes,” Maricopa County Recorder Helen Roe said at the hearing.", nil) {
		names = append(names, p.Name)
	}
	if !slices.Equal(names, []string{"Helen Roe"}) {
		t.Errorf("people: %q", names)
	}
}

// A name in capitals keeps its initials in capitals when it is written
// out: "HON. L.D. TABUYA" is "L.D. Tabuya", not "L.d. Tabuya".
func TestTitleCaseInitials(t *testing.T) {
	for in, want := range map[string]string{
		"L.D. TABUYA":     "L.D. Tabuya",
		"KOSINIAK-KAMYSZ": "Kosiniak-Kamysz",
		"O’CONNOR":        "O’Connor",
		"JOHN A. ROE III": "John A. Roe III",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// A name in capitals (a speaker's label) is the person the text names in
// mixed case: one entry, written out, with both mentions.
func TestPeopleCapitalsAndMixedCase(t *testing.T) {
	x := New(Options{})
	text := "SECRETARY JANE ROE: Thank you all for coming.\n\nReporters asked Jane Roe about the harbour."
	ps := x.People(text, nil)
	if len(ps) != 1 || ps[0].Name != "Jane Roe" || len(ps[0].Mentions) != 2 {
		t.Fatalf("got %+v, want Jane Roe once with two mentions", ps)
	}
}
