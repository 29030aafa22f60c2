package extract

// This file connects the event finder (package internal/events) to the
// Document.

import (
	"sort"
	"strings"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/extract/internal/events"
)

// findEvents runs the event finder on a body, with its working memory
// recycled from the calls before, and converts its events to the public
// type. speaker names who says "I" or "we" at a position of the body (nil:
// no one, see speakerOf).
func (e *Extractor) findEvents(body string, ds []dates.Mention, officials []entities.Official, people []entities.Person, published time.Time, speaker func(int) string) []Event {
	sc, _ := e.events.Get().(*events.Scratch)
	if sc == nil {
		sc = new(events.Scratch)
	}
	evs := sc.Find(body, ds, officials, people, published, speaker)
	e.events.Put(sc)
	if evs == nil {
		return nil
	}
	out := make([]Event, len(evs))
	for i, e := range evs {
		out[i] = Event(e)
	}
	return out
}

// speakerOf returns who says "I" or "we" at a position of the body from at
// on (a window's offset): the named speaker of the turn there, or on a
// speech without turns the speaker its header names (speechSpeaker); nil
// when the page is neither.
func speakerOf(doc *Document, at int) func(int) string {
	switch {
	case len(doc.Turns) > 0:
		turns := doc.Turns
		return func(pos int) string {
			pos += at
			k := sort.Search(len(turns), func(k int) bool { return turns[k].End > pos })
			if k < len(turns) && turns[k].Start <= pos {
				return turns[k].Speaker
			}
			return ""
		}
	case doc.Kind == KindSpeech:
		if name := speechSpeaker(doc); name != "" {
			return func(int) string { return name }
		}
	}
	return nil
}

// speechSpeaker returns the official a speech's header names: one whose
// mention stands in the body's first paragraph when that is a short line
// ending no sentence ("President: Bill Clinton"), or "".
func speechSpeaker(doc *Document) string {
	head := doc.Body
	if k := strings.Index(head, "\n\n"); k >= 0 {
		head = head[:k]
	}
	if len(head) > 120 || block.EndsSentence(head) {
		return ""
	}
	for _, o := range doc.Officials {
		for _, m := range o.Mentions {
			if m.End <= len(head) {
				return o.Name
			}
		}
	}
	return ""
}
