package entities

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// a made-up office-holder, so the tests do not depend on the built-in list
var quarrie = Holder{Name: "Wilhelmina Quarrie", Forms: []string{"Quarrie"}, Title: "Foreign Minister",
	Country: "NZ", From: day(2011, 3, 1), To: day(2014, 6, 30)}

func findOne(t *testing.T, x *Extractor, text string, d time.Time) (Official, bool) {
	t.Helper()
	os, _ := x.FindAt(text, d)
	if len(os) > 1 {
		t.Fatalf("%q on %v: %d officials, want at most 1: %+v", text, d, len(os), os)
	}
	if len(os) == 0 {
		return Official{}, false
	}
	return os[0], true
}

// TestHoldersInTime: a person named without a title is an official only on
// a day inside a term of the list, and gets that term's office.
func TestHoldersInTime(t *testing.T) {
	x := New(Options{Holders: []Holder{quarrie}})
	const text = "Wilhelmina Quarrie arrived in Oslo on Monday for two days of talks on fisheries."
	for _, c := range []struct {
		d   time.Time
		in  bool
		why string
	}{
		{day(2012, 5, 5), true, "inside the term"},
		{day(2011, 3, 1), true, "first day"},
		{day(2014, 6, 30), true, "last day"},
		{day(2011, 2, 28), false, "the day before"},
		{day(2014, 7, 1), false, "the day after"},
		{day(2002, 9, 9), false, "years before"},
		{day(2025, 1, 9), false, "years after"},
	} {
		o, ok := findOne(t, x, text, c.d)
		if ok != c.in {
			t.Errorf("%s (%v): official %v, want %v: %+v", c.why, c.d.Format("2006-01-02"), ok, c.in, o)
			continue
		}
		if ok && (o.Title != "Foreign Minister" || o.Country != "NZ" || o.Name != "Wilhelmina Quarrie") {
			t.Errorf("%s: got %+v, want Wilhelmina Quarrie, Foreign Minister, NZ", c.why, o)
		}
	}
}

// TestHoldersTextWins: the office and country the text gives are kept; the
// list only fills what the text leaves out, and only from a term of that day.
func TestHoldersTextWins(t *testing.T) {
	x := New(Options{Holders: []Holder{quarrie}})
	in, out := day(2013, 1, 10), day(2019, 1, 10)
	cases := []struct {
		text        string
		d           time.Time
		title, ctry string
	}{
		// another title: the list's term does not apply
		{"The delegations met in Oslo. Ambassador Wilhelmina Quarrie said the talks went well.", in, "Ambassador", ""},
		// the text's country wins over the list's
		{"The delegations met in Oslo. Polish Foreign Minister Wilhelmina Quarrie said the talks went well.", in, "Foreign Minister", "PL"},
		// a title without a country takes the country of the term of that day
		{"The delegations met in Oslo. Foreign Minister Quarrie said the talks went well.", in, "Foreign Minister", "NZ"},
		// but not on a day outside the term
		{"The delegations met in Oslo. Foreign Minister Quarrie said the talks went well.", out, "Foreign Minister", ""},
	}
	for _, c := range cases {
		o, ok := findOne(t, x, c.text, c.d)
		if !ok {
			t.Errorf("%q: no official", c.text)
			continue
		}
		if o.Title != c.title || o.Country != c.ctry {
			t.Errorf("%q on %v: got %q/%q, want %q/%q", c.text, c.d.Format("2006-01-02"), o.Title, o.Country, c.title, c.ctry)
		}
	}
}

// TestHoldersUndated: Find, with no day, keeps using every term.
func TestHoldersUndated(t *testing.T) {
	x := New(Options{Holders: []Holder{quarrie}})
	os, _ := x.Find("Wilhelmina Quarrie arrived in Oslo on Monday for talks.")
	if len(os) != 1 || os[0].Title != "Foreign Minister" || os[0].Country != "NZ" {
		t.Errorf("Find: got %+v", os)
	}
	if os, _ := New(Options{}).FindAt("Wilhelmina Quarrie arrived in Oslo on Monday for talks.", day(2012, 1, 1)); len(os) != 0 {
		t.Errorf("without the caller's row: got %+v", os)
	}
}

// TestOffices: the lookup by name form and day, over the caller's rows and
// the built-in list.
func TestOffices(t *testing.T) {
	x := New(Options{Holders: []Holder{quarrie,
		{Name: "Wilhelmina Quarrie", Title: "Prime Minister", Country: "NZ", From: day(2017, 1, 1)},
		{Name: "Piet Quarrie", Forms: []string{"Quarrie"}, Title: "Secretary General", Organization: "OSCE", From: day(2013, 1, 1), To: day(2013, 12, 31)},
	}})
	got := func(name string, d time.Time) []string {
		var out []string
		for _, h := range x.Offices(name, d) {
			out = append(out, h.Name+"/"+h.Title+"/"+h.Country+h.Organization)
		}
		return out
	}
	check := func(name string, d time.Time, want ...string) {
		t.Helper()
		g := got(name, d)
		if len(g) != len(want) {
			t.Errorf("Offices(%q, %v) = %v, want %v", name, d.Format("2006-01-02"), g, want)
			return
		}
		for i := range g {
			if g[i] != want[i] {
				t.Errorf("Offices(%q, %v) = %v, want %v", name, d.Format("2006-01-02"), g, want)
			}
		}
	}
	check("Wilhelmina Quarrie", day(2012, 1, 1), "Wilhelmina Quarrie/Foreign Minister/NZ")
	check("wilhelmina  quarrie", day(2020, 1, 1), "Wilhelmina Quarrie/Prime Minister/NZ")
	check("Wilhelmina Quarrie", day(2015, 1, 1))
	check("Quarrie", day(2013, 6, 1), "Wilhelmina Quarrie/Foreign Minister/NZ", "Piet Quarrie/Secretary General/OSCE")
	if n := len(x.Offices("Wilhelmina Quarrie", time.Time{})); n != 2 {
		t.Errorf("zero day: %d terms, want 2", n)
	}
	// the built-in list: Lavrov became Foreign Minister of Russia in 2004
	if h := x.Offices("Sergey Lavrov", day(2010, 6, 1)); len(h) != 1 || h[0].Title != "Foreign Minister" || h[0].Country != "RU" {
		t.Errorf("Lavrov in 2010: %+v", h)
	}
	if h := x.Offices("Sergey Lavrov", day(2001, 6, 1)); len(h) != 0 {
		t.Errorf("Lavrov in 2001: %+v", h)
	}
	// terms after 2022 from the later snapshots: three Prime Ministers of
	// France in a year, each on the right day
	check("Barnier", day(2024, 11, 19), "Michel Barnier/Prime Minister/FR")
	check("Barnier", day(2025, 6, 1))
	check("Bayrou", day(2025, 6, 1), "François Bayrou/Prime Minister/FR")
	// a monarch of several realms is left to the text: the list keeps only
	// the hand-written term
	for _, h := range x.Offices("Charles III", day(2024, 6, 1)) {
		if h.Country != "GB" {
			t.Errorf("Charles III in 2024: %+v", h)
		}
	}
	if h := x.Offices("", day(2010, 6, 1)); len(h) != 0 {
		t.Errorf("empty name: %+v", h)
	}
}

// TestHoldersBuiltIn: the built-in list gives one person the office of the
// document's day.
func TestHoldersBuiltIn(t *testing.T) {
	x := New(Options{})
	const text = "Jens Stoltenberg arrived in Brussels on Tuesday for talks with ministers."
	cases := []struct {
		d                   time.Time
		title, country, org string
	}{
		{day(2010, 6, 1), "Prime Minister", "NO", ""},
		{day(2016, 6, 1), "Secretary General", "", "NATO"},
		{day(1995, 6, 1), "", "", ""},
	}
	for _, c := range cases {
		o, ok := findOne(t, x, text, c.d)
		if c.title == "" {
			if ok {
				t.Errorf("%v: got %+v, want no official", c.d.Format("2006"), o)
			}
			continue
		}
		if !ok || o.Title != c.title || o.Country != c.country || o.Organization != c.org {
			t.Errorf("%v: got %+v, want %s %s%s", c.d.Format("2006"), o, c.title, c.country, c.org)
		}
	}
	const later = "Marco Rubio spoke to reporters after the vote."
	if o, ok := findOne(t, x, later, day(2002, 3, 1)); ok {
		t.Errorf("2002: got %+v, want no official", o)
	}
	if o, ok := findOne(t, x, later, day(2025, 6, 1)); !ok || o.Title != "Secretary of State" || o.Country != "US" {
		t.Errorf("2025: got %+v, want Secretary of State, US", o)
	}
}

// TestHoldersCongress: members of the US Congress in the built-in list
// give a senator named by an abbreviated title, or by surname after a
// plural title, the office and the country.
func TestHoldersCongress(t *testing.T) {
	x := New(Options{})
	os, _ := x.FindAt("Sen. Mike Crapo and Senators Cantwell and Roe toured the plant.", day(2015, 4, 2))
	got := map[string]Official{}
	for _, o := range os {
		got[o.Name] = o
	}
	for _, n := range []string{"Mike Crapo", "Cantwell"} {
		if o := got[n]; o.Title != "Senator" || o.Country != "US" {
			t.Errorf("%s: got %+v, want Senator, US", n, o)
		}
	}
	if o, ok := findOne(t, x, "The trip was led by Democratic Leader Hakeem Jeffries.", day(2025, 4, 29)); !ok || o.Country != "US" {
		t.Errorf("a leader of the House: got %+v, want US", o)
	}
	if o := got["Roe"]; o.Country != "" {
		t.Errorf("Roe, in no list: got country %q", o.Country)
	}
}

// TestHoldersRegnalNames: a monarch is known by the regnal name, not by
// the territory ("Abdullah II of Jordan" is no Mr Jordan), and a name two
// holders answer to on the day gives neither.
func TestHoldersRegnalNames(t *testing.T) {
	x := New(Options{})
	if o, ok := findOne(t, x, "King Abdullah II received the delegation in Amman.", day(2015, 4, 2)); !ok || o.Country != "JO" {
		t.Errorf("Abdullah II: got %+v, want JO", o)
	}
	if o, ok := findOne(t, x, "King Philippe received the delegation.", day(2016, 4, 2)); !ok || o.Country != "BE" {
		t.Errorf("Philippe: got %+v, want BE", o)
	}
	// in 2010 the kings of Jordan and of Saudi Arabia were both Abdullah
	if o, _ := findOne(t, x, "King Abdullah received the delegation.", day(2010, 4, 2)); o.Country != "" {
		t.Errorf("Abdullah in 2010: got %+v, want no country", o)
	}
}

// FuzzFindAt: any text on any day neither panics nor gives spans that are
// not the text's.
func FuzzFindAt(f *testing.F) {
	f.Add("Wilhelmina Quarrie met Jens Stoltenberg in Oslo.", int64(1340000000))
	f.Add("Foreign Minister Quarrie, Mr Quarrie", int64(-62135596800))
	x := New(Options{Holders: []Holder{quarrie}})
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		os, _ := x.FindAt(text, time.Unix(sec, 0).UTC())
		for _, o := range os {
			for _, m := range o.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End {
					t.Fatalf("span %v out of %d bytes", m, len(text))
				}
			}
		}
		_ = x.Offices(text, time.Unix(sec, 0))
	})
}

// BenchmarkHolderIndex measures the one-time cost of indexing the terms of
// office, paid by the first document that names a person.
func BenchmarkHolderIndex(b *testing.B) {
	for b.Loop() {
		x := New(Options{})
		x.holders()
	}
}

// A hand-written term replaces only the derived terms it overlaps: a
// person's earlier term in the same office still counts on its days.
func TestHandTermKeepsEarlierTerms(t *testing.T) {
	x := New(Options{})
	for _, c := range []struct {
		name string
		year int
		want string
	}{
		{"Putin", 2005, "President"}, {"Putin", 2010, "Prime Minister"}, {"Putin", 2015, "President"},
		{"Bush", 2006, "President"}, {"Bush", 2015, ""},
	} {
		got := ""
		if hs := x.Offices(c.name, day(c.year, time.June, 13)); len(hs) > 0 {
			got = hs[0].Title
		}
		if got != c.want {
			t.Errorf("Offices(%q, %d) = %q, want %q", c.name, c.year, got, c.want)
		}
	}
}

// A peer styled by title and surname ("Lord Palmer") is not the list's
// holder of a foreign country's office who bears the surname; a peeress
// may hold an organisation's ("Lady Ashton" of the EU).
func TestPeerIsNoForeignHolder(t *testing.T) {
	x := New(Options{Holders: []Holder{
		{Name: "Gary Quint", Forms: []string{"Quint"}, Title: "Representative", Country: "US"},
		{Name: "Catherine Alder", Forms: []string{"Alder"}, Title: "High Representative", Organization: "EU"},
	}})
	offs, _ := x.Find("Lord Quint of Harbour Hill spoke of the United States.\n\nLady Alder of the European Union met the envoy.")
	var got []string
	for _, o := range offs {
		got = append(got, o.Name+"|"+o.Title)
	}
	if len(got) != 1 || got[0] != "Alder|High Representative" {
		t.Errorf("got %v, want [Alder|High Representative]", got)
	}
}

// A courtesy title and a surname two holders of the list share ("Mr.
// Quint": Robert Quint and Austin Quint) names neither; one holder of the
// surname, or two spellings of one person's name, still does.
func TestHolderSurnameTwoPeople(t *testing.T) {
	x := New(Options{Holders: []Holder{
		{Name: "Robert Quint", Forms: []string{"Quint"}, Title: "Representative", Country: "US"},
		{Name: "Austin Quint", Forms: []string{"Quint"}, Title: "Representative", Country: "US"},
		{Name: "Joseph Alder", Forms: []string{"Alder"}, Title: "Senator", Country: "US"},
		{Name: "Joe Alder", Forms: []string{"Alder"}, Title: "Senator", Country: "US"},
	}})
	offs, _ := x.Find("“The harbour will reopen,” said Mr. Quint of the United States.\n\n“It will,” said Mr. Alder of the United States.")
	var got []string
	for _, o := range offs {
		got = append(got, o.Name+"|"+o.Title)
	}
	if len(got) != 1 || got[0] != "Alder|Senator" {
		t.Errorf("got %v, want [Alder|Senator]", got)
	}
}

// "The Quarrie government", "the Quarrie administration": a surname before
// a government's noun is the list's holder of that day, apart from another
// person of the surname on the page; with no day, no one.
func TestHolderOfGovernment(t *testing.T) {
	x := New(Options{Holders: []Holder{{
		Name: "Wilhelmina Quarrie", Forms: []string{"Quarrie"}, Title: "Prime Minister", Country: "NZ",
		From: time.Date(2011, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2014, 6, 30, 0, 0, 0, 0, time.UTC),
	}}})
	text := "Mayor Tom Quarrie of Wellington said the Quarrie government of New Zealand had cut the city's funds."
	names := func(os []Official) []string {
		var out []string
		for _, o := range os {
			out = append(out, o.Name+"|"+o.Title)
		}
		return out
	}
	os, _ := x.FindAt(text, day(2012, 5, 1))
	assert.ElementsMatch(t, []string{"Tom Quarrie|Mayor", "Quarrie|Prime Minister"}, names(os))
	os, _ = x.FindAt(text, day(2019, 5, 1))
	assert.ElementsMatch(t, []string{"Tom Quarrie|Mayor"}, names(os))
}
