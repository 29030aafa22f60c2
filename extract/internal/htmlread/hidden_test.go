package htmlread

import (
	"strings"
	"testing"
)

// Text hidden inside a shown paragraph — a hover card's copy of a name,
// words for screen readers only — is not read, so no word is doubled.
func TestHiddenInlineTextNotRead(t *testing.T) {
	page := mustParseHTML(t, `<html><body><article><h1>Talks in Riverton</h1>
<p><a class="hovercard" href="/p/dahl">Eva Dahl<span class="card" style="display:none">Dahl Eva</span></a>: Thank you for having me here today.</p>
<p>Lars Holm<span hidden>Holm Lars</span>: We are glad you came to the talks.</p>
<p><span class="visually-hidden">Opens in a new window</span>The ministers discussed energy and trade for two hours at the town hall.</p>
<p>The talks ended <span class="sr-only">at</span> in the evening with a joint statement by both ministers on trade.</p>
</article></body></html>`)
	var all []string
	for _, b := range page.Blocks {
		if b.Removed == 0 {
			all = append(all, b.Text)
		}
	}
	body := strings.Join(all, "\n")
	for _, want := range []string{"Eva Dahl: Thank you", "Lars Holm: We are glad", "\nThe ministers discussed", "The talks ended in the evening"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, not := range []string{"Dahl Eva", "Holm Lars", "Opens in a new window"} {
		if strings.Contains(body, not) {
			t.Errorf("body holds hidden %q:\n%s", not, body)
		}
	}
}
