package extract

import "testing"

// A short press conference of my own writing, for the Document's methods
// that read its turns.
const turnsByBody = "SECRETARY BLINKEN: Good morning, everyone. Let me start with our priorities.\n\n" +
	"MODERATOR: We'll take questions now.\n\n" +
	"QUESTION: Thank you, Mr. Secretary. On the first item, what comes next?\n\n" +
	"SECRETARY BLINKEN: On the first item, we are working closely with our partners.\n\n" +
	"FOREIGN MINISTER HAAVISTO: Let me add to that.\n\n" +
	"MODERATOR: Next question.\n\n" +
	"QUESTION: And on the second item?\n\n" +
	"SECRETARY BLINKEN: We will have more to say next week."

func TestDocumentTurnsBy(t *testing.T) {
	body := "Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\n" + turnsByBody
	d := &Document{Body: body}
	d.Kind, d.Turns = segmentTurns(body)
	for _, name := range []string{"Blinken", "antony j. blinken", "Antony J. Blinken"} {
		ts := d.TurnsBy(name)
		if len(ts) != 3 {
			t.Fatalf("%d turns by %q, want 3", len(ts), name)
		}
		for _, tr := range ts {
			if tr.Speaker != "Antony J. Blinken" {
				t.Errorf("%q: turn by %q", name, tr.Speaker)
			}
		}
	}
	if ts := d.TurnsBy("Link"); len(ts) != 0 {
		t.Errorf("a part of a surname matched: %v", ts)
	}
	if ts := d.TurnsBy(""); ts != nil {
		t.Errorf("empty name matched")
	}
	n := 0
	for q, answers := range d.Exchanges() {
		n++
		if q.Kind != TurnQuestion {
			t.Errorf("exchange opened by %s", q.Kind)
		}
		if len(answers) == 0 || answers[0].Kind != TurnAnswer {
			t.Errorf("question %q: answers %v", q.Text, answers)
		}
		for _, a := range answers {
			if a.Speaker == "" {
				t.Errorf("moderator cue among the answers")
			}
		}
	}
	if n != 2 {
		t.Errorf("%d exchanges, want 2", n)
	}
	// Stopping early.
	for range d.Exchanges() {
		break
	}
}
