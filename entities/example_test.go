package entities_test

import (
	"fmt"
	"time"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/text"
)

func Example() {
	x := entities.New(entities.Options{})
	text := "NATO Secretary General Mark Rutte met Polish President Andrzej Duda in Warsaw. " +
		"Mr Rutte praised Poland’s record-high defence spending."
	officials, countries := x.Find(text)
	for _, o := range officials {
		fmt.Printf("%s | %s | %s%s | %q\n", o.Name, o.Title, o.Organization, o.Country, o.Aliases)
	}
	for _, c := range countries {
		fmt.Println(c.ISO2, c.ISO3, c.Name, c.Forms)
	}
	// Output:
	// Mark Rutte | Secretary General | NATO | ["Secretary General Mark Rutte" "Rutte" "Mr Rutte"]
	// Andrzej Duda | President | PL | ["President Andrzej Duda"]
	// PL POL Poland [Polish Poland]
}

func ExampleExtractor_Countries() {
	x := entities.New(entities.Options{})
	text := "The U.S.-Poland Strategic Dialogue met in The Hague; Russians and Türkiye took note, Ohio did not."
	for _, c := range x.Countries(text) {
		for _, m := range c.Mentions {
			fmt.Printf("%s %q\n", c.ISO2, text[m.Start:m.End])
		}
	}
	// Output:
	// US "U.S."
	// PL "Poland"
	// RU "Russians"
	// TR "Türkiye"
}

func ExampleExtractor_Officials() {
	x := entities.New(entities.Options{})
	text := "SECRETARY BLINKEN: It is good to host the Foreign Minister of Finland.\n" +
		"FOREIGN MINISTER HAAVISTO: Thank you, Secretary of State Mr. Blinken.\n" +
		"The below is attributable to Spokesperson Ned Price."
	for _, o := range x.Officials(text) {
		fmt.Printf("%s | %s | %s%s\n", o.Name, o.Title, o.Organization, o.Country)
	}
	// Output:
	// Blinken | Secretary of State | US
	// Haavisto | Foreign Minister | FI
	// Ned Price | Spokesperson | US
}

func ExampleExtractor_ParseLabel() {
	x := entities.New(entities.Options{})
	for _, label := range []string{"Mark Rutte, NATO Secretary General", "SECRETARY GENERAL STOLTENBERG:", "Question"} {
		name, title, ok := x.ParseLabel(label)
		fmt.Printf("%q %q %v\n", name, title, ok)
	}
	// Output:
	// "Mark Rutte" "Secretary General" true
	// "Stoltenberg" "Secretary General" true
	// "" "" false
}

// Members named in the labels of a parliamentary record, and the
// affiliations a release's context gives offices it ties to no country.
func ExampleExtractor_Officials_context() {
	x := entities.New(entities.Options{})
	text := "Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)\n\n" +
		"I thank the Foreign Secretary. He spoke to the Secretary-General of the Arab League, Amr Moussa.\n\n" +
		"Foreign Minister Winston Peters will travel to Fiji this week. In Suva, Mr Peters will meet " +
		"Prime Minister Sitiveni Rabuka. He will return to Wellington on Saturday."
	for _, o := range x.Officials(text) {
		fmt.Printf("%s | %s | %s%s\n", o.Name, o.Title, o.Organization, o.Country)
	}
	// Output:
	// Douglas Alexander | Member of Parliament | GB
	// Amr Moussa | Secretary-General | Arab League
	// Winston Peters | Foreign Minister | NZ
	// Sitiveni Rabuka | Prime Minister | FJ
}

// People lists every named person, officials included, with what the
// text says of them.
func ExampleExtractor_People() {
	x := entities.New(entities.Options{})
	text := "Laura Whitfield, a nurse from Dayton, said the clinic would close. Mr. Oakes, 70, said he would fight it."
	for _, p := range x.People(text, nil) {
		fmt.Printf("%s | %s | %s | %d\n", p.Name, p.Description, p.Gender, len(p.Mentions))
	}
	// Output:
	// Laura Whitfield | a nurse from Dayton | female | 1
	// Oakes | 70 | male | 1
}

// SiteCountry reads the government whose site published a page from the
// page's address; FindDocAllFrom gives that country to the ministers the
// text names without one.
func ExampleSiteCountry() {
	site := entities.SiteCountry("https://www.beehive.govt.nz/release/pm-heads-australia")
	fmt.Printf("%s %q\n", site, entities.SiteCountry("https://www.example.com/news"))

	x := entities.New(entities.Options{NoHolders: true})
	d := text.NewAnalyzer(text.Lexicon{}).Analyze("Foreign Minister Jane Roe will visit the port next week.")
	offs, _, _ := x.FindDocAllFrom(d, time.Time{}, entities.Place{Site: site})
	fmt.Println(offs[0].Name, offs[0].Country)
	// Output:
	// NZ ""
	// Jane Roe NZ
}
