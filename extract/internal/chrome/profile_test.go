package chrome

import (
	"testing"

	"github.com/communique/communique/extract/internal/block"
)

func TestLearnerRecurring(t *testing.T) {
	page := func(body string) []block.Block {
		return []block.Block{
			{Text: "Sign up for our newsletter"},
			{Text: "SECRETARY SMITH:"},
			{Text: body},
			{Text: "Contact the press office", Removed: block.ReasonNavigation},
			{Text: "Cookie settings", Removed: block.ReasonInterface},
		}
	}
	l := NewLearner()
	for _, body := range []string{"The first release of the week.", "The second release.", "A third one.", "A third one."} {
		l.Add(PageKeys(page(body)))
	}
	if l.Pages() != 3 {
		t.Errorf("%d pages, want 3 (identical pages count once)", l.Pages())
	}
	got := l.Recurring()
	for _, k := range []string{"sign up for our newsletter", "contact the press office"} {
		if got[k] != 3 {
			t.Errorf("%q on %d pages, want 3: %v", k, got[k], got)
		}
	}
	for _, k := range []string{"secretary smith:", "cookie settings", "a third one."} {
		if _, ok := got[k]; ok {
			t.Errorf("%q learned: %v", k, got)
		}
	}
}
