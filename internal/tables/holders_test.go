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

// TestTermsCoverRecentDays: the sources reach past their first snapshots, so
// a page of 2024 or 2025 finds the heads of state and government of most
// countries (a term open at a snapshot ends on its day). The hand-written
// terms, which replace derived ones of the same person, are not counted.
func TestTermsCoverRecentDays(t *testing.T) {
	for _, day := range []int{20241119, 20250601} {
		heads := map[string]map[string]bool{"President": {}, "Prime Minister": {}}
		for _, x := range Terms() {
			if heads[x.Title] != nil && len(x.Affiliation) == 2 && x.From <= day && (x.To == 0 || day <= x.To) {
				heads[x.Title][x.Affiliation] = true
			}
		}
		for title, cs := range heads {
			if len(cs) < 70 {
				t.Errorf("%d: %d countries with a %s, want at least 70", day, len(cs), title)
			}
		}
	}
}
