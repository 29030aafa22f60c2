package htmlread

import (
	"strings"
	"testing"
)

// A record that names each speech's speaker only in an attribute gets a
// label line before the speech; one whose text already opens with the
// speaker keeps its text as it is, and identifiers are no speakers.
func TestSpeakerAttributes(t *testing.T) {
	page := mustParseHTML(t, `<html><body><article><h1>House Debates</h1>
<div class="statement" data-person-speaking-HoCid="214706" data-person-speaking-attribution="The Speaker"><p>Order, please. I have the honour to report to the House on the opening.</p></div>
<div class="statement" data-person-speaking-attribution="Right Hon. Jane Roe (Prime Minister, Lib.)"><p>moved for leave to introduce Bill C-1, an act respecting oaths of office.</p></div>
<speech speakername="John Doe"><p>Mr. Speaker, I rise on a point of order about the sitting.</p></speech>
<div data-speaker="Ann Lee"><p>[Member Ann Lee]: Present, and ready for the vote on the motion.</p></div>
<div data-speaker-id="4711"><p>The House then adjourned at six o'clock in the evening.</p></div>
<div data-speaker="Max Frey"></div>
</article></body></html>`)
	body := keptText(page)
	for _, want := range []string{"The Speaker:\nOrder, please.", "Right Hon. Jane Roe (Prime Minister, Lib.):\nmoved for leave",
		"John Doe:\nMr. Speaker, I rise", "[Member Ann Lee]: Present"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, not := range []string{"Ann Lee:", "4711", "Max Frey"} {
		if strings.Contains(body, not) {
			t.Errorf("body holds %q:\n%s", not, body)
		}
	}
}
