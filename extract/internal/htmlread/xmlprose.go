// XML records whose text no HTML element holds: a Hansard in its own
// vocabulary ("<talker>", "<by>", "<text>") keeps its speeches in elements
// of that vocabulary, and the element that holds prose is told by what it
// holds.

package htmlread

import (
	"strings"

	"github.com/communique/communique/extract/internal/block"
)

// xmlProse finds, in an XML record where HTML elements hold under a
// quarter of the words, the elements of prose: those of a name whose
// blocks end a sentence at least once and run eight words or more on
// average or twelve in one of them ("<text>" of a speech or of a written
// answer's list, not "<name>", "<house>", "<sessionName>").
// Each such element's blocks, the text of the elements inside it
// included ("<by>The Hon. E.S. BOURKE (14:42):</by>", "<term>Hansard
// </term>"), are joined into one paragraph and kept. kept and total are
// the words the HTML elements hold and all the words.
func (b *htmlBuilder) xmlProse(kept, total int) {
	if total == 0 || kept*4 >= total {
		return
	}
	type stat struct{ blocks, words, ends, longest int }
	stats := map[string]*stat{}
	key := func(k int32) string {
		if n := &b.nodes[k]; n.tag != 0 {
			return n.tag.String()
		}
		return b.nodes[k].name
	}
	for i := range b.blocks {
		st := stats[key(b.info[i].owner)]
		if st == nil {
			st = &stat{}
			stats[key(b.info[i].owner)] = st
		}
		st.blocks++
		st.words += int(b.info[i].words)
		st.longest = max(st.longest, int(b.info[i].words))
		if block.EndsSentence(b.blocks[i].Text) {
			st.ends++
		}
	}
	prose := func(k int32) bool {
		st := stats[key(k)]
		return st != nil && st.ends > 0 && (st.words >= 8*st.blocks || st.longest >= 12)
	}
	// holder[i]: the outermost element of prose around block i, or -1
	n := len(b.blocks)
	holder := make([]int32, n)
	found := false
	for i := range b.blocks {
		holder[i] = -1
		if b.blocks[i].Removed != block.ReasonMetadata {
			continue
		}
		for k := b.info[i].owner; k >= 0; k = b.nodes[k].parent {
			if prose(k) {
				holder[i], found = k, true
			}
		}
	}
	if !found {
		return
	}
	newIdx := make([]int32, n)
	blocks, info := b.blocks[:0:0], b.info[:0:0]
	// the speaker of the last prose with a speaker's element, and its
	// speech's element
	lastLabel, lastSpeech := "", int32(-1)
	for i := 0; i < n; {
		if holder[i] < 0 {
			newIdx[i] = int32(len(blocks))
			blocks, info = append(blocks, b.blocks[i]), append(info, b.info[i])
			i++
			continue
		}
		j := i + 1
		for j < n && holder[j] == holder[i] {
			j++
		}
		parts := make([]string, 0, j-i)
		bl, bi := b.blocks[i], b.info[i]
		for k := i; k < j; k++ {
			parts = append(parts, b.blocks[k].Text)
			if k > i {
				bi.words += b.info[k].words
				bi.punct += b.info[k].punct
				bi.linkBytes += b.info[k].linkBytes
			}
			newIdx[k] = int32(len(blocks))
		}
		bl.Text = strings.Join(parts, " ")
		if l := b.xmlSpeaker(holder, i, key); l != "" && !(len(bl.Text) >= len(l) && strings.EqualFold(bl.Text[:len(l)], l)) {
			// the speaker its record names in an element of its own
			// ("<by>Mr SPEAKER</by> … <text>I have received …</text>"),
			// written as a transcript's label; a record that names the
			// speaker again before each paragraph of one speech goes on
			// with the same turn
			sp := b.xmlSpeech(holder[i], key)
			if l != lastLabel || sp != lastSpeech {
				bl.Text = l + ": " + bl.Text
			}
			lastLabel, lastSpeech = l, sp
		}
		bl.Removed = 0
		bi.owner = holder[i]
		blocks, info = append(blocks, bl), append(info, bi)
		i = j
	}
	b.setBlocks(blocks, info, newIdx)
}

// xmlSpeaker returns the speaker's label that the record of the prose
// element holding block i gives before it in an element of its own: the
// nearest block back, before any other prose, of an element named for a
// speaker ("<by>", "<speaker>", "<talker>", "<member>",
// "<PersonSpeaking>", or "<name>" inside a speech's element, "<Affiliation>"
// inside a speaker's), short and ending no sentence; "" when there is none.
func (b *htmlBuilder) xmlSpeaker(holder []int32, i int, key func(int32) string) string {
	for k := i - 1; k >= 0 && i-k <= 8 && holder[k] < 0; k-- {
		own := b.info[k].owner
		if own < 0 {
			continue
		}
		name := strings.ToLower(key(own))
		ok := xmlSpeakerTags[name]
		if name == "name" && b.nodes[own].parent >= 0 {
			ok = xmlSpeechTags[strings.ToLower(key(b.nodes[own].parent))]
		}
		if name == "affiliation" && b.nodes[own].parent >= 0 {
			// "<PersonSpeaking><Affiliation>Mr. Jane Roe (Riding,
			// Party)</Affiliation>: </PersonSpeaking>"
			ok = xmlSpeakerTags[strings.ToLower(key(b.nodes[own].parent))]
		}
		if !ok {
			continue
		}
		// (the colon the record writes after the name closes the label,
		// in the name's element or after it)
		t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(b.blocks[k].Text), ":"))
		if t == "" {
			continue
		}
		if b.info[k].words <= 12 && !block.EndsSentence(t) && !strings.ContainsAny(t, ":") {
			return t
		}
		return ""
	}
	return ""
}

// xmlSpeech returns the element of one speech around element k
// ("<Speech>", "<talker>", "<contribution>"), or -1.
func (b *htmlBuilder) xmlSpeech(k int32, key func(int32) string) int32 {
	for ; k >= 0; k = b.nodes[k].parent {
		switch strings.ToLower(key(k)) {
		case "speech", "talker", "contribution", "intervention":
			return k
		}
	}
	return -1
}

// xmlSpeakerTags name the elements that hold a speech's speaker; a
// "<name>" does when its parent is one of xmlSpeechTags.
var xmlSpeakerTags = map[string]bool{"by": true, "speaker": true, "talker": true, "member": true, "speakername": true, "speaker.name": true, "personspeaking": true}

var xmlSpeechTags = map[string]bool{"talker": true, "speaker": true, "speech": true, "content": true, "contribution": true, "intervention": true, "speechcontents": true}
