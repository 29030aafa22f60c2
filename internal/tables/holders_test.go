package tables

import "testing"

// TestTerms: every generated term has a name, title and affiliation, valid
// days and an end not before its start, and EachTerm visits what Terms
// returns.
func TestTerms(t *testing.T) {
	ts := Terms()
	if len(ts) != NumTerms() || len(ts) < 1000 {
		t.Fatalf("%d terms, NumTerms %d", len(ts), NumTerms())
	}
	valid := func(d int) bool {
		return d == 0 || (d/10000 >= 1900 && d/100%100 >= 1 && d/100%100 <= 12 && d%100 >= 1 && d%100 <= 31)
	}
	for _, x := range ts {
		if x.Name == "" || x.Title == "" || x.Affiliation == "" || x.From == 0 || !valid(x.From) || !valid(x.To) || (x.To != 0 && x.To < x.From) {
			t.Errorf("bad term %+v", x)
		}
	}
	i := 0
	EachTerm(func(name, forms, title, aff string, from, to int) {
		if name != ts[i].Name || title != ts[i].Title || from != ts[i].From || to != ts[i].To {
			t.Errorf("EachTerm %d: %s %s, Terms %+v", i, name, title, ts[i])
		}
		i++
	})
}
