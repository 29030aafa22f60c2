package extract

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/quotes"
)

// Kind says what sort of page a document is.
type Kind int

// The kinds of page.
const (
	KindNews       Kind = iota // a news release, readout or statement
	KindTranscript             // turns of several speakers: a press conference, an interview
	KindSpeech                 // one speaker's address
)

var kindNames = [...]string{"news", "transcript", "speech"}

// String returns "news", "transcript" or "speech".
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "news"
	}
	return kindNames[k]
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return &json.UnmarshalTypeError{Value: string(b), Type: nil}
}

// Document is what Extract makes of one page. Every span (Start, End, and the
// Mentions of officials and countries) is a byte offset into Body.
type Document struct {
	// Source is the name the caller gave the input (a path, a URL, "-").
	Source string `json:"source"`
	// Kind says whether the page is news, a transcript or a speech.
	Kind Kind `json:"kind"`
	// Title is the page's headline, when it has one.
	Title string `json:"title"`
	// Published is the day of the page's own event or publication; zero when
	// the page gives none. It is encoded in JSON as "YYYY-MM-DD" or null.
	Published time.Time `json:"-"`
	// Body is the kept text: one paragraph a line, a blank line between
	// paragraphs. The headline is part of it where the page prints it, so
	// that what only the headline states is read like the rest; ArticleBody
	// leaves it out.
	Body string `json:"body"`
	// Removed lists every block of the input left out of Body, with why.
	Removed []Removed `json:"removed"`
	// Turns are the speaker turns of a transcript or speech.
	Turns []Turn `json:"turns"`
	// Dates are the temporal expressions in Body.
	Dates []dates.Mention `json:"dates"`
	// Events are the dated actions Body reports.
	Events []Event `json:"events"`
	// Officials are the named office-holders in Body.
	Officials []entities.Official `json:"officials"`
	// People are the named persons in Body, officials included.
	People []entities.Person `json:"people"`
	// Countries are the countries Body names.
	Countries []entities.Country `json:"countries"`
	// Quotes are the quoted statements in Body.
	Quotes []quotes.Quote `json:"quotes"`
}

// MarshalJSON encodes the document in the output contract's shape and
// order: every list present (empty rather than null) and Published, fourth,
// as a date or null.
func (d *Document) MarshalJSON() ([]byte, error) {
	type plain Document
	c := *d
	// The first four fields shadow the embedded ones of the same name, so
	// that published comes after title, as the contract lists it.
	out := struct {
		Source    string  `json:"source"`
		Kind      Kind    `json:"kind"`
		Title     string  `json:"title"`
		Published *string `json:"published"`
		*plain
	}{Source: c.Source, Kind: c.Kind, Title: c.Title, plain: (*plain)(&c)}
	if !d.Published.IsZero() {
		s := d.Published.Format(time.DateOnly)
		out.Published = &s
	}
	if c.Removed == nil {
		c.Removed = []Removed{}
	}
	if c.Turns == nil {
		c.Turns = []Turn{}
	}
	if c.Dates == nil {
		c.Dates = []dates.Mention{}
	}
	if c.Events == nil {
		c.Events = []Event{}
	}
	if c.Officials == nil {
		c.Officials = []entities.Official{}
	}
	if c.Countries == nil {
		c.Countries = []entities.Country{}
	}
	if c.People == nil {
		c.People = []entities.Person{}
	}
	if c.Quotes == nil {
		c.Quotes = []quotes.Quote{}
	}
	return json.Marshal(out)
}

// UnmarshalJSON decodes what MarshalJSON encodes, so that a Document read
// back from the tool's output equals the one written: Published from
// "YYYY-MM-DD" or null.
func (d *Document) UnmarshalJSON(b []byte) error {
	type plain Document
	in := struct {
		*plain
		Published *string `json:"published"`
	}{plain: (*plain)(d)}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	d.Published = time.Time{}
	if in.Published != nil && *in.Published != "" {
		t, err := time.Parse(time.DateOnly, *in.Published)
		if err != nil {
			return fmt.Errorf("extract: published %q: %w", *in.Published, err)
		}
		d.Published = t
	}
	return nil
}

// Removed is a block of the input that was left out of the body.
type Removed struct {
	// Text is the block's text, white space normalised.
	Text string `json:"text"`
	// Reason says why it was removed.
	Reason Reason `json:"reason"`
}

// Reason says why a block was removed.
type Reason int

// The reasons a block is removed.
const (
	// ReasonSiteProfile: the block recurs across the pages of the site, as
	// learned into the site profile (sign-up modals, menus, footers).
	ReasonSiteProfile Reason = iota + 1
	// ReasonRepeated: the block is repeated inside the page (a gallery
	// caption, a per-video "Usage rights" notice).
	ReasonRepeated
	// ReasonNavigation: a link-dense block (menus, breadcrumbs, related links).
	ReasonNavigation
	// ReasonInterface: user-interface and form text (Register, Verification
	// code, Subscribe, Share, Print).
	ReasonInterface
	// ReasonLegal: licence, copyright and usage-rights notices.
	ReasonLegal
	// ReasonContext: a short block with no content of its own, among
	// removed blocks (jusText's context rule).
	ReasonContext
	// ReasonOutsideArticle: HTML outside the page's article (header, footer,
	// aside, comments, scripts).
	ReasonOutsideArticle
	// ReasonLimit: past the Options' limits; kept out to bound the work.
	ReasonLimit
	// ReasonNoWords: a block with no letters or digits ("###", "* * *").
	ReasonNoWords
	// ReasonPageMarker: a printed page's or record's marker ("Page 3 of
	// 28", "19 July 2011 : Column 771"), not the text's.
	ReasonPageMarker
	// ReasonCaption: a photo's caption, told by its credit ("… in
	// Kazakhstan. NASA/Jane Roe", "Credit: Jane Roe") or its label
	// ("Photo:", "Pictured:"), or the photo's own line in a page converted
	// to Markdown ("![](photo.jpg)").
	ReasonCaption
	// ReasonContact: a release's closing matter: a press contact (a phone
	// number or an e-mail address alone, a "Contact:" or "Media contact"
	// line), and what follows the release's end mark ("-END-", "###") or
	// an "About <organisation>" heading under its text, the standing
	// descriptions of the organisations that issued it, unless it quotes
	// someone.
	ReasonContact
	// ReasonMetadata: the front matter of a page converted to Markdown or
	// text: "key: value" lines between two "---" lines at its top (title,
	// date, tags, layout), the converter's record of the page, not its
	// text; and the directives of one converted to reStructuredText
	// (".. rst-class:: indented", ".. raw:: html" and the HTML under it).
	ReasonMetadata
	// ReasonComments: readers' comments under a converted page, from a
	// heading that counts them ("Comments (2)", "3 Responses") or invites
	// them ("Leave a Reply", "Add new comment") to the page's end: the
	// text counterpart of the HTML reader's comment sections.
	ReasonComments
)

var reasonNames = [...]string{"", "site-profile", "repeated", "navigation", "interface", "legal", "context", "outside-article", "limit", "no-words", "page-marker", "caption", "contact", "metadata", "comments"}

// String returns the reason's name as it appears in JSON.
func (r Reason) String() string {
	if r < 0 || int(r) >= len(reasonNames) {
		return ""
	}
	return reasonNames[r]
}

// MarshalText encodes the reason as its name.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a reason name.
func (r *Reason) UnmarshalText(b []byte) error {
	for i, n := range reasonNames {
		if i > 0 && n == string(b) {
			*r = Reason(i)
			return nil
		}
	}
	return &json.UnmarshalTypeError{Value: string(b), Type: nil}
}

// TurnKind says what a transcript turn is.
type TurnKind int

// The kinds of turn.
const (
	TurnRemarks  TurnKind = iota // an official's turn that answers no question
	TurnQuestion                 // a journalist's or participant's question
	TurnAnswer                   // an official's turn directly after a question
)

var turnKindNames = [...]string{"remarks", "question", "answer"}

// String returns "remarks", "question" or "answer".
func (k TurnKind) String() string {
	if k < 0 || int(k) >= len(turnKindNames) {
		return "remarks"
	}
	return turnKindNames[k]
}

// MarshalText encodes the turn kind as its name.
func (k TurnKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a turn kind name.
func (k *TurnKind) UnmarshalText(b []byte) error {
	for i, n := range turnKindNames {
		if n == string(b) {
			*k = TurnKind(i)
			return nil
		}
	}
	return &json.UnmarshalTypeError{Value: string(b), Type: nil}
}

// Turn is one speaker's turn in a transcript or speech.
type Turn struct {
	Kind TurnKind `json:"kind"`
	// Speaker is the person's name, the fullest form the page gives for the
	// label; empty for an unnamed questioner.
	Speaker string `json:"speaker"`
	// Role is the title the label gives ("NATO Secretary General").
	Role string `json:"role"`
	// Text is the turn's words without the label: Body[Start:End].
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is a dated action the body reports.
type Event struct {
	// Date is the ISO day the action happened on, or its month, week or
	// year ("2022-01", "2025-W10", "2021") when the sentence gives no day.
	Date string `json:"date"`
	// Actor is who acted: a named official or a group ("NATO Foreign
	// Ministers").
	Actor string `json:"actor"`
	// Action is the verb phrase ("visited", "met", "held talks").
	Action string `json:"action"`
	// Place is where, when the sentence says ("Warsaw", "Dayton, Ohio").
	Place string `json:"place"`
	// Participants are the others who took part.
	Participants []string `json:"participants"`
	// Sentence is the reporting sentence: Body[Start:End].
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}
