package extract

// This file connects the turn segmenter (package internal/turns) to the
// Document, and holds the Document's methods that read its turns.

import (
	"iter"
	"strings"

	"github.com/communique/communique/extract/internal/turns"
)

// segmentTitledTurns runs the turn segmenter on a body with its headline and
// converts its turns to the public type.
func segmentTitledTurns(body, title string) (Kind, []Turn) {
	k, ts := turns.Segment(body, title)
	if ts == nil {
		return Kind(k), nil
	}
	out := make([]Turn, len(ts))
	for i, t := range ts {
		out[i] = Turn{Kind: TurnKind(t.Kind), Speaker: t.Speaker, Role: t.Role, Text: t.Text, Start: t.Start, End: t.End}
	}
	return Kind(k), out
}

// segmentTurns is segmentTitledTurns for a page without a headline.
func segmentTurns(body string) (Kind, []Turn) { return segmentTitledTurns(body, "") }

// TurnsBy returns the turns of the speaker whose name is turnSpeaker,
// compared ignoring case, with a surname matching the full name ("Blinken"
// finds the turns of "Antony J. Blinken"). The turns share their text with
// d.Body.
func (d *Document) TurnsBy(turnSpeaker string) []Turn {
	turnSpeaker = strings.TrimSpace(turnSpeaker)
	if turnSpeaker == "" {
		return nil
	}
	var out []Turn
	for _, t := range d.Turns {
		if turns.SameSpeaker(t.Speaker, turnSpeaker) {
			out = append(out, t)
		}
	}
	return out
}

// Exchanges yields each question of a transcript with the turns that answer
// it: the named speakers' turns after the question, up to the next question
// (moderator cues, which have no speaker, are left out). A question nobody
// answers is yielded with no turns.
func (d *Document) Exchanges() iter.Seq2[Turn, []Turn] {
	return func(yield func(Turn, []Turn) bool) {
		for i := 0; i < len(d.Turns); i++ {
			q := d.Turns[i]
			if q.Kind != TurnQuestion {
				continue
			}
			var answers []Turn
			j := i + 1
			for ; j < len(d.Turns) && d.Turns[j].Kind != TurnQuestion; j++ {
				if d.Turns[j].Speaker != "" {
					answers = append(answers, d.Turns[j])
				}
			}
			if !yield(q, answers) {
				return
			}
			i = j - 1
		}
	}
}
