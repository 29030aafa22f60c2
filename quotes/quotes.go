// Package quotes finds quotations in English news text and attributes them
// to their speakers.
//
// A Finder is built once with New and is safe for concurrent use.
package quotes

import "github.com/communique/communique/entities"

// Quote is one quoted statement.
type Quote struct {
	// Text is the quotation without its marks: text[Start:End].
	Text string `json:"text"`
	// Speaker is the resolved name of who said it ("Mark Rutte"); empty when
	// the quotation is not a statement (a title, a theme, a term) or no
	// speaker can be found.
	Speaker string `json:"speaker"`
	// Cue is the reporting verb or phrase ("said", "warned", "according to").
	Cue string `json:"cue"`
	// Partial reports a fragment quoted inside the reporter's own sentence.
	Partial bool `json:"partial"`
	// Start and End are byte offsets of Text in the searched text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Options configure a Finder. The zero value is the default.
type Options struct{}

// Finder finds and attributes quotations. It is safe for concurrent use.
type Finder struct{ opts Options }

// New returns a Finder built with opts.
func New(opts Options) *Finder { return &Finder{opts: opts} }

// Find returns the quotations in text, in text order. officials, as
// entities.Extractor.Officials returns them for the same text, let speakers
// be resolved to full names ("Mr Rutte" → "Mark Rutte").
func (f *Finder) Find(text string, officials []entities.Official) []Quote { return nil }
