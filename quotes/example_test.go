package quotes_test

import (
	"fmt"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/quotes"
)

func ExampleFinder_Find() {
	f := quotes.New(quotes.Options{})
	text := "NATO Secretary General Mark Rutte visited Warsaw on Wednesday.\n\n" +
		"“Poland’s investment in defence is an example to all Allies,” he said. " +
		"Mr Rutte warned that President Putin “has not given up on his ambition.”"
	for _, q := range f.Find(text, nil) {
		fmt.Printf("%s | %s | %s | partial=%v\n", q.Speaker, q.Cue, q.Text, q.Partial)
	}
	// Output:
	// Mark Rutte | said | Poland’s investment in defence is an example to all Allies, | partial=false
	// Mark Rutte | warned | has not given up on his ambition. | partial=true
}

// Officials found by the entities package resolve offices and aliases to
// full names.
func ExampleFinder_Find_officials() {
	f := quotes.New(quotes.Options{})
	officials := []entities.Official{{
		Name:    "Mark Rutte",
		Title:   "Secretary General",
		Aliases: []string{"Mr Rutte", "the Secretary General"},
	}}
	text := "“This plan will mean more money for our core military requirements,” said the Secretary General."
	for _, q := range f.Find(text, officials) {
		fmt.Printf("%s: %s\n", q.Speaker, q.Text)
	}
	// Output:
	// Mark Rutte: This plan will mean more money for our core military requirements,
}

// Quoted names, titles and themes are terms: returned, never attributed.
func ExampleQuote_Term() {
	f := quotes.New(quotes.Options{})
	text := "The Secretary General attended a dinner with the theme “Renewed Focus on Peace & Prosperity in the Balkans.”"
	for _, q := range f.Find(text, nil) {
		fmt.Printf("term=%v speaker=%q %s\n", q.Term, q.Speaker, q.Text)
	}
	// Output:
	// term=true speaker="" Renewed Focus on Peace & Prosperity in the Balkans.
}

// A paragraph introduced by "X said:" is a quotation of X, with or without
// marks.
func ExampleFinder_Find_paragraph() {
	f := quotes.New(quotes.Options{})
	text := "The UK has announced new support for Ukraine.\n\n" +
		"Foreign Secretary James Cleverly said:\n\n" +
		"We will continue to support Ukraine for as long as it takes."
	for _, q := range f.Find(text, nil) {
		fmt.Printf("%s (%s): %s\n", q.Speaker, q.Cue, q.Text)
	}
	// Output:
	// James Cleverly (said): We will continue to support Ukraine for as long as it takes.
}

// Callers extend the built-in list of reporting verbs (data/cues.tsv).
func ExampleOptions_cues() {
	text := "“The bridge will open in May,” Dana Whitfield harrumphed."
	for _, opts := range []quotes.Options{{}, {Cues: []quotes.Cue{{Word: "harrumphed", Kind: quotes.CueFinite, AfterQuote: true}}}} {
		for _, q := range quotes.New(opts).Find(text, nil) {
			fmt.Printf("%q %q\n", q.Speaker, q.Cue)
		}
	}
	// Output:
	// "" ""
	// "Dana Whitfield" "harrumphed"
}

// With the people of the text, "she" skips a man named without an
// honorific.
func ExampleFinder_FindPeople() {
	x := entities.New(entities.Options{})
	text := "Laura Whitfield ran the clinic for a decade. Tom Becker, the mayor, praised her work.\n\n" +
		"“It was the hardest decision of my life,” she said."
	offs, _, people := x.FindAll(text)
	for _, q := range quotes.New(quotes.Options{}).FindPeople(text, offs, people) {
		fmt.Printf("%s: %s\n", q.Speaker, q.Text)
	}
	// Output:
	// Laura Whitfield: It was the hardest decision of my life,
}

// SpeakerKind tells an organisation speaking from a person; callers can
// add their own organisation nouns.
func ExampleQuote_speakerKind() {
	f := quotes.New(quotes.Options{OrganizationNouns: []string{"caucus"}})
	text := "“We reject the claim,” the Pell campaign said in a statement.\n\n" +
		"“The vote was fair,” the caucus said.\n\n" +
		"“We will appeal,” Jane Roe said."
	for _, q := range f.Find(text, nil) {
		fmt.Printf("%s (%s): %s\n", q.Speaker, q.SpeakerKind, q.Text)
	}
	// Output:
	// Pell campaign (organization): We reject the claim,
	// caucus (organization): The vote was fair,
	// Jane Roe (person): We will appeal,
}

// Options.PersonNouns adds nouns that name a person: a description the
// text gives of someone it does not name ("a local ferryman") is then the
// speaker, as "a senior adviser" is with the built-in nouns.
func ExampleOptions_personNouns() {
	text := "“The river has never been this low,” said a local ferryman who has worked the crossing for thirty years."
	for _, o := range []quotes.Options{{}, {PersonNouns: []string{"ferryman"}}} {
		for _, q := range quotes.New(o).Find(text, nil) {
			fmt.Printf("%q\n", q.Speaker)
		}
	}
	// Output:
	// ""
	// "local ferryman"
}
