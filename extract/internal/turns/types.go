package turns

import "strings"

// This file holds the types the turn segmenter returns. They mirror the
// public ones of package extract (Kind, TurnKind, Turn), which converts them.

// Kind says what sort of page a body is, as its turns show.
type Kind int

var kindNames = [...]string{"news", "transcript", "speech"}

// String returns "news", "transcript" or "speech".
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "news"
	}
	return kindNames[k]
}

// The kinds of page, in the order of extract.Kind.
const (
	KindNews       Kind = iota // a news release, readout or statement
	KindTranscript             // turns of several speakers
	KindSpeech                 // one speaker's address
)

// TurnKind says what a turn is.
type TurnKind int

var turnKindNames = [...]string{"remarks", "question", "answer"}

// String returns "remarks", "question" or "answer".
func (k TurnKind) String() string {
	if k < 0 || int(k) >= len(turnKindNames) {
		return "remarks"
	}
	return turnKindNames[k]
}

// The kinds of turn, in the order of extract.TurnKind.
const (
	TurnRemarks  TurnKind = iota // an official's turn that answers no question
	TurnQuestion                 // a journalist's or participant's question
	TurnAnswer                   // an official's turn directly after a question
)

// Turn is one speaker's turn: Text is Body[Start:End].
type Turn struct {
	Kind    TurnKind
	Speaker string
	Role    string
	Text    string
	Start   int
	End     int
}

// SameSpeaker reports whether two names are one person's: equal ignoring
// case, or one the other's last words ("Blinken", "Antony J. Blinken").
func SameSpeaker(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	return strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}
