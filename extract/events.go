package extract

// This file connects the event finder (package internal/events) to the
// Document.

import (
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract/internal/events"
)

// findEvents runs the event finder on a body and converts its events to the
// public type.
func findEvents(body string, ds []dates.Mention, officials []entities.Official, people []entities.Person, published time.Time) []Event {
	evs := events.Find(body, ds, officials, people, published)
	if evs == nil {
		return nil
	}
	out := make([]Event, len(evs))
	for i, e := range evs {
		out[i] = Event(e)
	}
	return out
}
