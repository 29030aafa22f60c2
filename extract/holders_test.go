package extract

import (
	"context"
	"testing"
	"time"

	"github.com/communique/communique/entities"
)

// TestHoldersByPageDate: the caller's terms of office reach the entities
// stage, and the page's own date (else the reference date) chooses them.
func TestHoldersByPageDate(t *testing.T) {
	x := New(Options{Holders: []entities.Holder{{
		Name: "Wilhelmina Quarrie", Forms: []string{"Quarrie"}, Title: "Foreign Minister", Country: "NZ",
		From: time.Date(2011, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2014, 6, 30, 0, 0, 0, 0, time.UTC),
	}}})
	run := func(body string, ref time.Time) []entities.Official {
		t.Helper()
		doc, err := x.Extract(context.Background(), Input{Data: []byte(body), Format: FormatText, ReferenceDate: ref})
		if err != nil {
			t.Fatal(err)
		}
		return doc.Officials
	}
	const lead = "Wilhelmina Quarrie arrived in Oslo for two days of talks on fisheries and trade.\n"
	if os := run("OSLO, 12 May 2012\n\n"+lead, time.Time{}); len(os) != 1 || os[0].Title != "Foreign Minister" || os[0].Country != "NZ" {
		t.Errorf("dated 2012: got %+v", os)
	}
	if os := run("OSLO, 12 May 2019\n\n"+lead, time.Time{}); len(os) != 0 {
		t.Errorf("dated 2019: got %+v", os)
	}
	if os := run(lead, time.Date(2013, 2, 2, 0, 0, 0, 0, time.UTC)); len(os) != 1 {
		t.Errorf("reference date 2013: got %+v", os)
	}
	if os := run(lead, time.Date(2020, 2, 2, 0, 0, 0, 0, time.UTC)); len(os) != 0 {
		t.Errorf("reference date 2020: got %+v", os)
	}
	// a page of no date of its own: a day the text names in full stands
	// for the page's
	const nz = "Wilhelmina Quarrie of New Zealand arrived in Oslo for two days of talks on fisheries and trade.\n"
	if os := run(nz+"\nThe talks began on 3 June 2013 in Bergen and ended in Oslo by 2030.\n", time.Time{}); len(os) != 1 || os[0].Country != "NZ" {
		t.Errorf("a day in the text, 2013: got %+v", os)
	}
	if os := run(nz+"\nThe talks began on 3 June 2019 in Bergen.\n", time.Time{}); len(os) != 0 {
		t.Errorf("a day in the text, 2019: got %+v", os)
	}
}
