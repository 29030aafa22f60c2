package text_test

import (
	"fmt"

	"github.com/communique/communique/internal/text"
)

func ExampleAnalyzer_Analyze() {
	a := text.NewAnalyzer(text.Lexicon{Titles: []string{"Secretary General", "chief economist"}})
	d := a.Analyze("NATO Secretary General Mark Rutte met Jane Doe, chief economist at Acme, on Monday. \u201cWe agree,\u201d Mr. Rutte said.\n\nQ: Why?")
	fmt.Println(len(d.Tokens), "tokens,", len(d.Sentences), "sentences,", len(d.Paragraphs), "paragraphs")
	for _, s := range d.Sentences {
		fmt.Printf("sentence %q\n", d.SpanText(s))
	}
	for _, n := range d.Names() {
		fmt.Printf("name %q title %q apposition %q gender %q\n", d.SpanText(n.Span), d.SpanText(n.Title), d.SpanText(n.Appos), n.Gender)
	}
	// Output:
	// 30 tokens, 3 sentences, 2 paragraphs
	// sentence "NATO Secretary General Mark Rutte met Jane Doe, chief economist at Acme, on Monday."
	// sentence "“We agree,” Mr. Rutte said."
	// sentence "Q: Why?"
	// name "Mark Rutte" title "NATO Secretary General" apposition "" gender ""
	// name "Jane Doe" title "" apposition "chief economist at Acme" gender ""
	// name "Acme" title "" apposition "" gender ""
	// name "Rutte" title "Mr." apposition "" gender "male"
	// name "Q" title "" apposition "" gender ""
}
