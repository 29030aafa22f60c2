package extract

import (
	"context"
	"testing"
	"time"
)

// "I" in a transcript's turn is the turn's speaker, and in a speech the
// speaker its header names: their dated acts are events with them as the
// actor.
func TestFirstPersonEventsOfSpeakers(t *testing.T) {
	x := New(Options{})
	ref := time.Date(2013, 3, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, page, actor string }{
		{"transcript", "Press conference\n\nQuestion: Mr President, how do you see his role?\n\nJohn Doe: I first met him in 2000, and we built a good working relationship.\n\nQuestion: And the talks?\n\nJohn Doe: They go on.\n",
			"John Doe"},
		{"speech", "President: John Doe\n\nThank you very much. Citizens of the city, Mayor Roe, ladies and gentlemen, thank you for this wonderful welcome to your city.\n\n" +
			"I first met your mayor in 2000, and we have been friends since. Together we have built bridges between our nations.\n\n" +
			"Let me say to all of you: we will not forget what you have done. We stand with you, and we will stand with you tomorrow.\n\n" +
			"We stand together today as one family. Thank you, and God bless you all.\n",
			"John Doe"},
	} {
		d, err := x.Extract(context.Background(), Input{Name: c.name + ".txt", Data: []byte(c.page), ReferenceDate: ref})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range d.Events {
			if e.Date == "2000" {
				found = true
				if e.Actor != c.actor {
					t.Errorf("%s: actor %q, want %q", c.name, e.Actor, c.actor)
				}
			}
		}
		if !found || d.Kind.String() != c.name {
			t.Errorf("%s (%s): no event of 2000 in %+v", c.name, d.Kind, d.Events)
		}
	}
}
