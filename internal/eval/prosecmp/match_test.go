package main

import "testing"

func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Jane Roe", "Jane Roe", true},
		{"Roe", "Jane Roe", true},
		{"Sen. Jane Roe", "Roe", true},
		{"Jane Roe's", "Roe", true},
		{"Jane Roe\u2019s", "jane roe", true},
		{"John Roe Jr.", "Roe", true},
		{"Mark Doe of Ohio", "Doe", true},
		{"Mark Doe of Ohio", "Ohio", false},
		{"Pat Poe (R-Pa.)", "Pat Poe", true},
		{"Pat Poe \u2014 a teacher", "Poe", true},
		{"Poe himself", "Pat Poe", true},
		{"Democratic pollster Ann Moe", "Moe", true},
		{"Jane Roe", "Jane Doe", false},
		{"Roe", "", false},
		{"Mr.", "Mr.", true},
	} {
		if got := sameName(c.a, c.b); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDistinct(t *testing.T) {
	got := distinct([]string{"Jane Roe", "jane roe", "Jane Roe's", "Roe", ""})
	if len(got) != 2 || got[0] != "Jane Roe" || got[1] != "Roe" {
		t.Errorf("distinct = %q", got)
	}
}

func TestProsePeopleLoadsOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("loads prose's model")
	}
	labels := map[string]int{}
	got, err := prosePeople("Jane Roe, a nurse from Ohio, met Senator John Smith in Denver on Monday.", labels)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0] != "Jane Roe" {
		t.Fatalf("PERSON entities %q, want Jane Roe first", got)
	}
	if first, again := proseModel(), proseModel(); first != again {
		t.Error("the model is loaded more than once")
	}
	t.Logf("PERSON: %q; labels %v", got, labels)
}
