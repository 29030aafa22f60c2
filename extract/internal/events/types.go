package events

// This file holds the type the event finder returns, which mirrors the
// public extract.Event field for field (extract converts one to the other),
// and the Voices a caller gives it.

// Event is a dated action the body reports: Sentence is Body[Start:End].
type Event struct {
	Date         string   `json:"date"`
	Actor        string   `json:"actor"`
	Action       string   `json:"action"`
	Place        string   `json:"place"`
	Participants []string `json:"participants"`
	Sentence     string   `json:"sentence"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
}

// Voices says who speaks at a byte position of a body and to whom.
type Voices interface {
	// Speaker is who says "I" or "we" at pos: the speaker of the turn
	// there, or the speech's; "" when no one named does.
	Speaker(pos int) string
	// Addressee is whom "you" at pos stands for: in a question, the
	// named speaker who answers it; "" otherwise.
	Addressee(pos int) string
}
