package extract

// This file connects the event finder (package internal/events) to the
// Document.

import (
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract/internal/events"
)

// findEvents runs the event finder on a body, with its working memory
// recycled from the calls before, and converts its events to the public
// type.
func (e *Extractor) findEvents(body string, ds []dates.Mention, officials []entities.Official, people []entities.Person, published time.Time) []Event {
	sc, _ := e.events.Get().(*events.Scratch)
	if sc == nil {
		sc = new(events.Scratch)
	}
	evs := sc.Find(body, ds, officials, people, published)
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
