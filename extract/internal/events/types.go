package events

// This file holds the type the event finder returns. It mirrors the public
// extract.Event field for field, so that extract converts one to the other.

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
