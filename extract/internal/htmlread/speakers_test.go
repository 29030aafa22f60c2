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
<speech nospeaker="true"><p>The Lord Bishop of Durham was introduced and took the oath.</p></speech>
<div data-speaker="false"><p>The House adjourned during pleasure.</p></div>
</article></body></html>`)
	body := keptText(page)
	for _, want := range []string{"The Speaker:\nOrder, please.", "Right Hon. Jane Roe (Prime Minister, Lib.):\nmoved for leave",
		"John Doe:\nMr. Speaker, I rise", "[Member Ann Lee]: Present"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, not := range []string{"Ann Lee:", "4711", "Max Frey", "true:", "false:"} {
		if strings.Contains(body, not) {
			t.Errorf("body holds %q:\n%s", not, body)
		}
	}
}

// A CMS's state classes say nothing of an element's part in the page:
// Drupal's "field--label-hidden" on the body field, "has-attribution" on a
// quotation, Bootstrap's "blockquote-footer" and a cite "attribution"
// holding who said it.
func TestStateClassesAndQuotationSources(t *testing.T) {
	page := mustParseHTML(t, `<html><body><main><article class="node node--type-news node--promoted node--view-mode-full"><h1>Premiers meet in Riverton</h1>
<div class="node__content">
<div class="field field--name-body field--type-text-with-summary field--label-hidden field__items"><div class="field__item">
<p>Premier Jane Roe hosted Premier John Doe and Premier Ann Lee in Riverton on June 13 and 14 for the Premiers' Forum.</p>
<p>The Premiers discussed building sustainable communities across the North and agreed to pursue federal support.</p>
</div></div>
<div class="field field--name-field-news-quote field--label-hidden field__items"><div class="field__item">
<blockquote class="blockquote blockquote-default has-attribution en"><div class="content"><p>It was a pleasure to host my counterparts in Riverton. By working together we can raise the profile of our priorities.</p></div>
<footer class="blockquote-footer"><cite class="attribution"><p><strong>Premier Jane Roe</strong></p></cite></footer></blockquote>
</div></div>
<div class="field field--name-field-contact field--label-above"><div class="field__label">Media contact</div><p>Max Frey, Cabinet Communications</p></div>
</div></article></main>
<footer class="site-footer"><p>Copyright and privacy notices of the government of the territory.</p></footer></body></html>`)
	body := keptText(page)
	for _, want := range []string{"Premier Jane Roe hosted", "The Premiers discussed", "It was a pleasure to host", "priorities.\nPremier Jane Roe"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Copyright and privacy") {
		t.Errorf("body holds the site's footer:\n%s", body)
	}
}

// A heading the markup classes as a speaker's ("<h3 class="speaker">")
// is that speaker's label, written with the colon the markup left out; a
// long or sentence-ending text in such an element is left as it is.
func TestSpeakerClassHeadings(t *testing.T) {
	page := mustParseHTML(t, `<html><body><article><h1>Media Conference</h1>
<h3 class="speaker">Governor Jane Roe </h3>
<div class="speech-part"><p>Good afternoon. Today the Board decided to leave the cash rate unchanged.</p></div>
<h3 class="speaker"><strong>Jack Doe (The Courier)</strong></h3>
<div class="speech-part"><p>Governor, Jack Doe from the Courier. Will rates fall next year?</p></div>
<h3 class="speaker-name">Governor Roe</h3>
<div class="speech-part"><p>We are not ruling anything in or out.</p></div>
<p class="speaker">The Governor then left the room and the conference closed.</p>
</article></body></html>`)
	body := keptText(page)
	for _, want := range []string{"Governor Jane Roe:\nGood afternoon.", "Jack Doe (The Courier):\nGovernor, Jack Doe", "Governor Roe:\nWe are not", "closed.\n"} {
		if !strings.Contains(body+"\n", want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "closed.:") {
		t.Errorf("a sentence made a label:\n%s", body)
	}
}
