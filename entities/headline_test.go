package entities_test

import (
	"testing"

	"github.com/communique/communique/entities"
)

// In a headline every long word is capitalised, so a capital is no sign of
// a name: a word the text writes in lower case elsewhere, or one after a
// full name the text gives without it, ends the name.
func TestHeadlineCaseNames(t *testing.T) {
	x := entities.New(entities.Options{})
	for _, c := range []struct {
		text string
		want map[string]string // name to title
	}{
		{"Joint Statement of Minister Jane Roe and Ambassador John Doe Regarding Continued Cooperation\n\n" +
			"Minister Jane Roe met Ambassador John Doe on Monday regarding their continued cooperation.",
			map[string]string{"Jane Roe": "Minister", "John Doe": "Ambassador"}},
		{"Statement of the Attorney General Following Talks in the Capital\n\n" +
			"The Attorney General made the following statement after the talks.",
			map[string]string{}},
		// a list of offices in a headline gives each person one office
		{"Talks with Finance Minister Jane Roe, Minister of Justice, Attorney General\n\n" +
			"Finance Minister Jane Roe, Minister of Justice Tom Poe and Attorney General Ann Low met on Monday.",
			map[string]string{"Jane Roe": "Finance Minister", "Tom Poe": "Minister of Justice", "Ann Low": "Attorney General"}},
		// a line of prose is not a headline: its capitals keep their weight
		{"Minister Jane Roe Regarding spoke on Monday.", map[string]string{"Jane Roe Regarding": "Minister"}},
	} {
		got := map[string]string{}
		offs, _ := x.Find(c.text)
		for _, o := range offs {
			got[o.Name] = o.Title
		}
		if len(got) != len(c.want) {
			t.Errorf("%q:\n got %v\nwant %v", c.text, got, c.want)
			continue
		}
		for n, ti := range c.want {
			if got[n] != ti {
				t.Errorf("%q:\n got %v\nwant %v", c.text, got, c.want)
				break
			}
		}
	}
}
