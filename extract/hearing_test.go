package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHearingContentsNoLabel: a printed hearing's contents list "Prepared
// Statements:" over the witnesses' statements; that heading is no
// speaker's label, and the hearing's labels below it ("Chairwoman
// Velazquez.", "Mr. Graves.") make the turns.
func TestHearingContentsNoLabel(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "hearings", "house-small-business-2009-01-14.html"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(Options{}).Extract(context.Background(), Input{Name: "hearing.html", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != KindTranscript || len(d.Turns) < 4 {
		t.Fatalf("kind %s, %d turns, want a transcript of 4 turns or more", d.Kind, len(d.Turns))
	}
	for _, tr := range d.Turns {
		if strings.Contains(tr.Speaker, "Statements") {
			t.Errorf("a contents heading as a speaker: %q", tr.Speaker)
		}
	}
	if d.Turns[0].Speaker != "Nydia M. Velazquez" && !strings.HasSuffix(d.Turns[0].Speaker, "Velazquez") {
		t.Errorf("first speaker %q, want the chairwoman", d.Turns[0].Speaker)
	}
}
