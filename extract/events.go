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
	"github.com/communique/communique/internal/text"
)

// findEvents runs the event finder on a body and an, its shared analysis
// (nil: the finder tokenises what it reads), with its working memory
// recycled from the calls before, and converts its events to the public
// type. voices names who says "I", "we" or "you" at a position of the body
// (nil: no one, see voicesOf).
func (e *Extractor) findEvents(body string, an *text.Doc, ds []dates.Mention, officials []entities.Official, people []entities.Person, published time.Time, voices events.Voices) []Event {
	sc, _ := e.events.Get().(*events.Scratch)
	if sc == nil {
		sc = new(events.Scratch)
	}
	evs := sc.FindDoc(body, an, ds, officials, people, published, voices)
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

// voicesOf returns who says "I", "we" or "you" at a position of the body
// from at on (a window's offset): the turns' speakers, or on a speech
// without turns the speaker its header names (speechSpeaker); nil when the
// page is neither.
func voicesOf(doc *Document, at int) events.Voices {
	switch {
	case len(doc.Turns) > 0:
		return turnVoices{turns: doc.Turns, at: at}
	case doc.Kind == KindSpeech:
		if name := speechSpeaker(doc); name != "" {
			return speechVoice(name)
		}
	}
	return nil
}

// turnVoices are a transcript's voices: the named speaker of the turn at a
// position says "I"; in a question, "you" is who answers it.
type turnVoices struct {
	turns []Turn
	at    int // the offset of the window read
}

// turn returns the index of the turn holding pos, or -1.
func (v turnVoices) turn(pos int) int {
	pos += v.at
	k := sort.Search(len(v.turns), func(k int) bool { return v.turns[k].End > pos })
	if k < len(v.turns) && v.turns[k].Start <= pos {
		return k
	}
	return -1
}

func (v turnVoices) Speaker(pos int) string {
	if k := v.turn(pos); k >= 0 {
		return v.turns[k].Speaker
	}
	return ""
}

// Addressee is, in a question, the speaker of the answer that follows it
// (before the next question).
func (v turnVoices) Addressee(pos int) string {
	k := v.turn(pos)
	if k < 0 || v.turns[k].Kind != TurnQuestion {
		return ""
	}
	for _, t := range v.turns[k+1:] {
		switch t.Kind {
		case TurnAnswer:
			return t.Speaker
		case TurnQuestion:
			return ""
		}
	}
	return ""
}

// speechVoice is the one speaker of a speech; "you" is its audience.
type speechVoice string

func (v speechVoice) Speaker(int) string   { return string(v) }
func (v speechVoice) Addressee(int) string { return "" }

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
