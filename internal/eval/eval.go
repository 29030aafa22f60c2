// Package eval scores extracted documents against the gold annotations in
// testdata/*-gold (see testdata/FORMAT.md), exactly as the project's
// reference scorer does: the same text normalisation, the same matching for
// every facet, the same precision/recall/F1 and accuracy arithmetic and the
// same notes on every miss.
//
// Predictions are decoded from the JSON the extractor prints (the output
// contract), not taken as Go values of package extract, so that the scorer
// stays independent of the code it scores.
//
// Typical use:
//
//	gold, err := eval.LoadGold("testdata/nato-gold")
//	preds, err := eval.LoadPredictions("out.jsonl")
//	res := eval.Score(gold, preds)
//	res.WriteTable(os.Stdout, true)
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// The scored facets (precision, recall and F1), in the order they are
// reported.
const (
	FacetContent   = "content"
	FacetTurns     = "turns"
	FacetDates     = "dates"
	FacetEvents    = "events"
	FacetOfficials = "officials"
	FacetCountries = "countries"
	FacetQuotes    = "quotes"
)

// The scored accuracies, in the order they are reported.
const (
	AccKind                = "kind"
	AccPublished           = "published"
	AccDateValue           = "date_value"
	AccEventActor          = "event_actor"
	AccEventPlace          = "event_place"
	AccOfficialTitle       = "official_title"
	AccOfficialAffiliation = "official_affiliation"
	AccQuoteSpeaker        = "quote_speaker"
	AccTurnSpeaker         = "turn_speaker"
)

// FacetNames returns the names of the scored facets in report order.
func FacetNames() []string {
	return []string{FacetContent, FacetTurns, FacetDates, FacetEvents, FacetOfficials, FacetCountries, FacetQuotes}
}

// AccuracyNames returns the names of the scored accuracies in report order.
func AccuracyNames() []string {
	return []string{AccKind, AccPublished, AccDateValue, AccEventActor, AccEventPlace,
		AccOfficialTitle, AccOfficialAffiliation, AccQuoteSpeaker, AccTurnSpeaker}
}

// Gold is one document's gold annotation, as decoded from NAME.json.
//
// A facet whose list is nil was not annotated and is not scored; a non-nil
// empty list means "there is none here" (JSON decoding keeps this
// distinction: an absent key leaves the slice nil, [] makes it empty).
type Gold struct {
	File string `json:"file"`
	// Kind is news, transcript or speech; "" when not annotated.
	Kind string `json:"kind"`
	// ReferenceDate is the page's date from outside its text, or "".
	ReferenceDate string `json:"reference_date"`
	// HasPublished says whether the gold annotates the page's date at all;
	// Published is then nil when the text gives none (JSON null).
	HasPublished bool    `json:"-"`
	Published    *string `json:"published"`

	Lines     []GoldLine     `json:"lines"`
	Keep      []string       `json:"keep"`
	Drop      []string       `json:"drop"`
	Turns     []GoldTurn     `json:"turns"`
	Dates     []GoldDate     `json:"dates"`
	Events    []GoldEvent    `json:"events"`
	Officials []GoldOfficial `json:"officials"`
	Countries []string       `json:"countries"`
	Quotes    []GoldQuote    `json:"quotes"`
	NotQuotes []GoldNotQuote `json:"not_quotes"`
}

// UnmarshalJSON decodes a gold file, noting whether "published" is present.
func (g *Gold) UnmarshalJSON(b []byte) error {
	type plain Gold
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	_, p.HasPublished = keys["published"]
	*g = Gold(p)
	return nil
}

// GoldLine is one non-blank input line and whether it is chrome.
type GoldLine struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Chrome bool   `json:"chrome"`
}

// GoldTurn is one transcript turn.
type GoldTurn struct {
	Kind    string `json:"kind"`
	Speaker string `json:"speaker"`
	Role    string `json:"role"`
	Starts  string `json:"starts"`
}

// GoldDate is one temporal expression; Optional ones are neither required
// nor penalised.
type GoldDate struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Optional bool   `json:"optional"`
}

// GoldEvent is one dated event.
type GoldEvent struct {
	Date           string   `json:"date"`
	Actor          string   `json:"actor"`
	Place          string   `json:"place"`
	SentenceStarts string   `json:"sentence_starts"`
	Participants   []string `json:"participants"`
}

// GoldOfficial is one named office-holder.
type GoldOfficial struct {
	Name        string   `json:"name"`
	Title       string   `json:"title"`
	Affiliation string   `json:"affiliation"`
	AlsoAccept  []string `json:"also_accept"`
}

// GoldQuote is one quoted statement; a nil Speaker is not scored.
type GoldQuote struct {
	Starts  string  `json:"starts"`
	Speaker *string `json:"speaker"`
	Partial bool    `json:"partial"`
}

// GoldNotQuote is quoted text that is not a statement: it may have no
// speaker.
type GoldNotQuote struct {
	Starts string `json:"starts"`
	Why    string `json:"why"`
}

// LoadGold reads every NAME.json in dir, keyed by NAME.
func LoadGold(dir string) (map[string]Gold, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Gold)
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", filepath.Join(dir, n), err)
		}
		out[splitext(n)] = g
	}
	return out, nil
}

// Prediction is one extracted document, decoded from the output contract's
// JSON. Only the fields the scorer reads are kept.
type Prediction struct {
	Source string `json:"source"`
	Kind   string `json:"kind"`
	Title  string `json:"title"`
	// Published is nil when the JSON has null or no "published".
	Published *string          `json:"published"`
	Body      string           `json:"body"`
	Turns     []PredTurn       `json:"turns"`
	Dates     []PredDate       `json:"dates"`
	Events    []PredEvent      `json:"events"`
	Officials []PredOfficial   `json:"officials"`
	Countries []PredCountry    `json:"countries"`
	Quotes    []PredQuote      `json:"quotes"`
	Removed   []PredRemovedBlk `json:"removed"`
}

// PredTurn is a predicted transcript turn.
type PredTurn struct {
	Kind    string `json:"kind"`
	Speaker string `json:"speaker"`
	Role    string `json:"role"`
	Text    string `json:"text"`
}

// PredDate is a predicted temporal expression.
type PredDate struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// PredEvent is a predicted dated event.
type PredEvent struct {
	Date     string `json:"date"`
	Actor    string `json:"actor"`
	Place    string `json:"place"`
	Sentence string `json:"sentence"`
}

// PredOfficial is a predicted office-holder.
type PredOfficial struct {
	Name         string `json:"name"`
	Title        string `json:"title"`
	Organization string `json:"organization"`
	Country      string `json:"country"`
}

// PredCountry is a predicted country.
type PredCountry struct {
	Name string `json:"name"`
	ISO2 string `json:"iso2"`
}

// PredQuote is a predicted quote.
type PredQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	// Term marks quoted text the extractor calls a term, not a statement:
	// unmatched, it is no false positive.
	Term bool `json:"term"`
}

// PredRemovedBlk is a block the extractor removed (not scored).
type PredRemovedBlk struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// ParsePrediction decodes one document's JSON.
func ParsePrediction(b []byte) (Prediction, error) {
	var p Prediction
	err := json.Unmarshal(b, &p)
	return p, err
}

// ReadPredictions decodes a stream of JSON documents (JSON Lines) and keys
// each by PredictionKey of its source; a later document with the same key
// replaces an earlier one.
func ReadPredictions(r io.Reader) (map[string]Prediction, error) {
	dec := json.NewDecoder(r)
	out := make(map[string]Prediction)
	for {
		var p Prediction
		err := dec.Decode(&p)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("eval: predictions: %w", err)
		}
		out[PredictionKey(p.Source)] = p
	}
}

// LoadPredictions reads a JSON Lines file, or a folder of NAME.json files
// (one document each, in name order), keyed by PredictionKey.
func LoadPredictions(path string) (map[string]Prediction, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ReadPredictions(f)
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var all bytes.Buffer
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(path, e.Name()))
		if err != nil {
			return nil, err
		}
		all.Write(b)
		all.WriteByte('\n')
	}
	return ReadPredictions(&all)
}

// PredictionKey is the name a prediction is paired with its gold file by:
// the base name of its source without its last extension
// ("testdata/nato/000_x.txt" → "000_x").
func PredictionKey(source string) string {
	if i := strings.LastIndexByte(source, '/'); i >= 0 {
		source = source[i+1:]
	}
	return splitext(source)
}

// splitext drops a file name's last extension as Python's os.path.splitext
// does: leading dots do not start an extension.
func splitext(name string) string {
	dot := strings.LastIndexByte(name, '.')
	if dot < 0 {
		return name
	}
	i := 0
	for i < len(name) && name[i] == '.' {
		i++
	}
	if i < dot {
		return name[:dot]
	}
	return name
}
