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
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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

// ---------------------------------------------------------------------------
// Gold annotations

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

// ---------------------------------------------------------------------------
// Predictions

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

// ---------------------------------------------------------------------------
// Normalisation

// isSpace reports the characters Python treats as white space (str.isspace,
// and \s in a str pattern).
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r >= 0x1c && r <= 0x20, r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// Norm normalises text for comparison: no-break spaces become spaces,
// curly single quotes straight ones, curly double quotes and guillemets
// straight double quotes, runs of white space one space, and surrounding
// white space is trimmed.
func Norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb':
			r = '"'
		}
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Key is the form texts are compared in: Norm, lower case (as Python
// lower-cases, final sigma included), and surrounding spaces, quotes and
// punctuation (" \"'.,;:") trimmed.
func Key(s string) string {
	return strings.Trim(lower(Norm(s)), " \"'.,;:")
}

// lower lower-cases s as Python's str.lower does: İ becomes "i̇" and a
// capital sigma at the end of a word becomes ς.
func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch r {
		case '\u0130':
			b.WriteString("i\u0307")
		case '\u03a3':
			if finalSigma(s, i) {
				b.WriteRune('\u03c2')
			} else {
				b.WriteRune('\u03c3')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', '\u00b7', '\u2018', '\u2019', '\u2024', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a', '\u0387', '\u05f4', '\u2027', '\ufe13':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// finalSigma applies Unicode's Final_Sigma condition to the Σ at s[i].
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if isCaseIgnorable(r) {
			continue
		}
		before = isCased(r)
		break
	}
	if !before {
		return false
	}
	for j := i + len("\u03a3"); j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		j += n
		if isCaseIgnorable(r) {
			continue
		}
		return !isCased(r)
	}
	return true
}

// upper upper-cases s; only ASCII is expected (ISO codes).
func upper(s string) string { return strings.ToUpper(s) }

// strip trims Python white space from both ends of s.
func strip(s string) string { return strings.TrimFunc(s, isSpace) }

// courtesy matches the courtesy titles cut from the front of a name before
// names are compared ("Mr. Comey", "Sen. Warren").
var courtesy = regexp.MustCompile(`^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rep|sen|gov|rev|hon)\.?\s+)+`)

// SamePerson reports whether two names denote the same person: equal as
// keys, or one ends with the other as a whole word ("Rutte" and "Mark
// Rutte"), after courtesy titles are cut ("Mr. Comey" and "James B.
// Comey").
func SamePerson(a, b string) bool {
	a, b = courtesy.ReplaceAllString(Key(a), ""), courtesy.ReplaceAllString(Key(b), "")
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	return strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// DateOK reports whether a predicted ISO value matches a gold one: equal,
// or the gold value followed by a time or part of day ("2025-04-03TEV"
// matches "2025-04-03").
func DateOK(pred, gold string) bool {
	pred, gold = strip(pred), strip(gold)
	return gold != "" && (pred == gold || strings.HasPrefix(pred, gold+"T"))
}

// ---------------------------------------------------------------------------
// Results

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP, FP, FN int
}

// Add adds counts.
func (m *PRF) Add(tp, fp, fn int) { m.TP += tp; m.FP += fp; m.FN += fn }

// P is the precision; 1 when nothing was predicted.
func (m PRF) P() float64 {
	if m.TP+m.FP == 0 {
		return 1
	}
	return float64(m.TP) / float64(m.TP+m.FP)
}

// R is the recall; 1 when nothing was expected.
func (m PRF) R() float64 {
	if m.TP+m.FN == 0 {
		return 1
	}
	return float64(m.TP) / float64(m.TP+m.FN)
}

// F1 is the harmonic mean of P and R; 0 when both are 0.
func (m PRF) F1() float64 {
	p, r := m.P(), m.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Acc counts right answers among scored ones.
type Acc struct {
	OK, N int
}

// Add counts one answer.
func (a *Acc) Add(ok bool) {
	a.N++
	if ok {
		a.OK++
	}
}

// Value is the accuracy; 1 when nothing was scored.
func (a Acc) Value() float64 {
	if a.N == 0 {
		return 1
	}
	return float64(a.OK) / float64(a.N)
}

// Result is the score of a set of predictions against a gold set.
type Result struct {
	// Facets holds the counts of every facet in FacetNames.
	Facets map[string]PRF
	// Accuracy holds every accuracy in AccuracyNames.
	Accuracy map[string]Acc
	// Missing names the gold documents with no prediction, in name order.
	Missing []string
	// Notes describe every miss, "NAME: what", document by document.
	Notes []string
}

// Round rounds x to 4 decimals as Python's round(x, 4) does (correctly
// rounded, ties to even on the exact binary value).
func Round(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

// MacroF1 is the mean of the facets' F1, each rounded to 4 decimals, rounded
// to 4 decimals.
func (r Result) MacroF1() float64 {
	sum := 0.0
	for _, k := range FacetNames() {
		sum += Round(r.Facets[k].F1())
	}
	return Round(sum / float64(len(FacetNames())))
}

type jsonFacet struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
}

type jsonAcc struct {
	Acc float64 `json:"acc"`
	N   int     `json:"n"`
}

// JSONResult is the shape of the reference scorer's --json output: figures
// rounded to 4 decimals.
type JSONResult struct {
	Facets   map[string]jsonFacet `json:"facets"`
	Accuracy map[string]jsonAcc   `json:"accuracy"`
	Missing  []string             `json:"missing_predictions"`
	MacroF1  float64              `json:"macro_f1"`
}

// JSON returns the result in the reference scorer's --json shape.
func (r Result) JSON() JSONResult {
	out := JSONResult{Facets: map[string]jsonFacet{}, Accuracy: map[string]jsonAcc{}, Missing: r.Missing, MacroF1: r.MacroF1()}
	if out.Missing == nil {
		out.Missing = []string{}
	}
	for _, k := range FacetNames() {
		v := r.Facets[k]
		out.Facets[k] = jsonFacet{P: Round(v.P()), R: Round(v.R()), F1: Round(v.F1()), TP: v.TP, FP: v.FP, FN: v.FN}
	}
	for _, k := range AccuracyNames() {
		v := r.Accuracy[k]
		out.Accuracy[k] = jsonAcc{Acc: Round(v.Value()), N: v.N}
	}
	return out
}

// WriteTable prints the result as the reference scorer's text report, the
// notes first when verbose.
func (r Result) WriteTable(w io.Writer, verbose bool) error {
	var b strings.Builder
	if verbose {
		for _, n := range r.Notes {
			b.WriteString("  " + n + "\n")
		}
	}
	fmt.Fprintf(&b, "%-10s %6s %6s %6s  %4s %4s %4s\n", "facet", "P", "R", "F1", "tp", "fp", "fn")
	for _, k := range FacetNames() {
		v := r.Facets[k]
		fmt.Fprintf(&b, "%-10s %6.3f %6.3f %6.3f  %4d %4d %4d\n", k, Round(v.P()), Round(v.R()), Round(v.F1()), v.TP, v.FP, v.FN)
	}
	for _, k := range AccuracyNames() {
		v := r.Accuracy[k]
		fmt.Fprintf(&b, "%-22s %6.3f  (n=%d)\n", k, Round(v.Value()), v.N)
	}
	if len(r.Missing) > 0 {
		b.WriteString("no prediction for: " + strings.Join(r.Missing, ", ") + "\n")
	}
	fmt.Fprintf(&b, "macro F1 %.3f\n", r.MacroF1())
	_, err := io.WriteString(w, b.String())
	return err
}

// ---------------------------------------------------------------------------
// Scoring

type scorer struct {
	m     map[string]*PRF
	a     map[string]*Acc
	notes []string
	name  string
}

// say records a note as the reference scorer prints it: the document's
// name, then the parts joined by spaces.
func (s *scorer) say(parts ...string) {
	s.notes = append(s.notes, s.name+": "+strings.Join(parts, " "))
}

// Score scores every gold document (in name order) against its prediction;
// a gold document with no prediction is scored against an empty one and
// listed in Missing. Predictions with no gold document are ignored.
func Score(gold map[string]Gold, preds map[string]Prediction) Result {
	s := &scorer{m: map[string]*PRF{}, a: map[string]*Acc{}}
	for _, k := range FacetNames() {
		s.m[k] = &PRF{}
	}
	for _, k := range AccuracyNames() {
		s.a[k] = &Acc{}
	}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	var missing []string
	for _, n := range names {
		p, ok := preds[n]
		if !ok {
			missing = append(missing, n)
		}
		g := gold[n]
		s.name = n
		s.doc(&g, &p)
	}
	res := Result{Facets: map[string]PRF{}, Accuracy: map[string]Acc{}, Missing: missing, Notes: s.notes}
	for k, v := range s.m {
		res.Facets[k] = *v
	}
	for k, v := range s.a {
		res.Accuracy[k] = *v
	}
	return res
}

func (s *scorer) doc(g *Gold, p *Prediction) {
	s.content(g, p)
	if g.Kind != "" {
		s.a[AccKind].Add(p.Kind == g.Kind)
	}
	if g.HasPublished {
		s.published(g, p)
	}
	s.turns(g, p)
	s.dates(g, p)
	s.events(g, p)
	s.officials(g, p)
	s.countries(g, p)
	s.quotes(g, p)
}

// content: gold lines against the body's lines as multisets; keep and drop
// as substrings of the whole body.
func (s *scorer) content(g *Gold, p *Prediction) {
	m := s.m[FacetContent]
	have := map[string]int{}
	for _, l := range strings.Split(p.Body, "\n") {
		if l = Norm(l); l != "" {
			have[l]++
		}
	}
	if len(g.Lines) > 0 {
		content, chrome := map[string]int{}, map[string]int{}
		var order []string
		for _, l := range g.Lines {
			t := Norm(l.Text)
			if content[t] == 0 && chrome[t] == 0 {
				order = append(order, t)
			}
			if l.Chrome {
				chrome[t]++
			} else {
				content[t]++
			}
		}
		for _, t := range order {
			c, k := content[t], chrome[t]
			got := min(have[t], c+k)
			tp, fp, fn := min(got, c), max(0, got-c), max(0, c-got)
			m.Add(tp, fp, fn)
			if fp > 0 {
				s.say("chrome kept:", head(t, 70))
			}
			if fn > 0 {
				s.say("content lost:", head(t, 70))
			}
		}
	}
	whole := Key(p.Body)
	for _, x := range g.Keep {
		if strings.Contains(whole, Key(x)) {
			m.Add(1, 0, 0)
		} else {
			m.Add(0, 0, 1)
			s.say("content lost:", head(x, 70))
		}
	}
	for _, x := range g.Drop {
		if strings.Contains(whole, Key(x)) {
			m.Add(0, 1, 0)
			s.say("chrome kept:", head(x, 70))
		}
	}
}

func (s *scorer) published(g *Gold, p *Prediction) {
	var pred *string
	if p.Published != nil && *p.Published != "" {
		pred = p.Published
	}
	ok := (pred == nil && g.Published == nil) ||
		(pred != nil && g.Published != nil && *pred == *g.Published) ||
		(g.Published != nil && *g.Published != "" && p.Published != nil && DateOK(*p.Published, *g.Published))
	s.a[AccPublished].Add(ok)
	if !ok {
		s.say("published", pyStr(p.Published), "!=", pyStr(g.Published))
	}
}

// turns: an order-preserving alignment (longest common subsequence) of gold
// turns to predicted turns. A pair may align when the prediction's text
// begins with the gold turn's start, and counts when the kinds agree too
// (weight 3, against 1 for a pair of other kinds), so that one missed short
// turn costs one turn, not every later one.
func (s *scorer) turns(g *Gold, p *Prediction) {
	if g.Turns == nil {
		return
	}
	gt, pt := g.Turns, p.Turns
	G, P := len(gt), len(pt)
	pk := make([]string, P)
	for k, x := range pt {
		pk[k] = Key(x.Text)
	}
	gk := make([]string, G)
	for i, t := range gt {
		gk[i] = Key(t.Starts)
	}
	w := func(i, k int) int {
		if !strings.HasPrefix(pk[k], gk[i]) {
			return 0
		}
		if pt[k].Kind == gt[i].Kind {
			return 3
		}
		return 1
	}
	best := make([][]int, G+1)
	for i := range best {
		best[i] = make([]int, P+1)
	}
	for i := G - 1; i >= 0; i-- {
		row, next := best[i], best[i+1]
		for k := P - 1; k >= 0; k-- {
			v := max(next[k], row[k+1])
			if sc := w(i, k); sc > 0 && sc+next[k+1] > v {
				v = sc + next[k+1]
			}
			row[k] = v
		}
	}
	i, k, tp := 0, 0, 0
	for i < G {
		sc := 0
		if k < P {
			sc = w(i, k)
		}
		switch {
		case k < P && sc > 0 && best[i][k] == sc+best[i+1][k+1]:
			if sc == 3 {
				tp++
				if gt[i].Speaker != "" {
					ok := SamePerson(pt[k].Speaker, gt[i].Speaker)
					s.a[AccTurnSpeaker].Add(ok)
					if !ok {
						s.say("turn", strconv.Itoa(i), "speaker", pyRepr(pt[k].Speaker), "!=", gt[i].Speaker)
					}
				}
			} else {
				s.say("turn", strconv.Itoa(i), "expected", gt[i].Kind, pyRepr(head(gt[i].Starts, 40)), "got", pt[k].Kind)
			}
			i, k = i+1, k+1
		case k < P && best[i][k] == best[i][k+1]:
			k++
		default:
			s.say("turn", strconv.Itoa(i), "expected", gt[i].Kind, pyRepr(head(gt[i].Starts, 40)), "got nothing")
			i++
		}
	}
	s.m[FacetTurns].Add(tp, max(0, len(pt)-tp), len(gt)-tp)
}

// dates: greedy one to one in document order. Among the unused predictions
// whose text overlaps the gold text, the first with the right value wins;
// failing that, the last overlapping one is taken (and judged wrong).
func (s *scorer) dates(g *Gold, p *Prediction) {
	var pd []PredDate
	if g.Dates != nil {
		pd = p.Dates
	}
	m := s.m[FacetDates]
	used := make([]bool, len(pd))
	for _, gd := range g.Dates {
		hit := -1
		b1 := Key(gd.Text)
		for j, x := range pd {
			if used[j] {
				continue
			}
			a1 := Key(x.Text)
			if a1 != "" && b1 != "" && (strings.Contains(b1, a1) || strings.Contains(a1, b1)) {
				hit = j
				if DateOK(x.Value, gd.Value) || gd.Optional {
					break
				}
			}
		}
		if hit < 0 {
			if !gd.Optional {
				m.Add(0, 0, 1)
				s.say("date not found:", gd.Text)
			}
			continue
		}
		used[hit] = true
		if gd.Optional {
			continue
		}
		ok := DateOK(pd[hit].Value, gd.Value)
		s.a[AccDateValue].Add(ok)
		if ok {
			m.Add(1, 0, 0)
		} else {
			m.Add(0, 1, 1)
			s.say("date", gd.Text, "value", pd[hit].Value, "!=", gd.Value)
		}
	}
	if g.Dates != nil {
		m.Add(0, countFalse(used), 0)
	}
	for j, x := range pd {
		if !used[j] {
			s.say("extra date:", x.Text, x.Value)
		}
	}
}

// events: the same date, and the prediction's sentence contains the gold
// sentence's beginning.
func (s *scorer) events(g *Gold, p *Prediction) {
	var pe []PredEvent
	if g.Events != nil {
		pe = p.Events
	}
	m := s.m[FacetEvents]
	used := make([]bool, len(pe))
	for _, ge := range g.Events {
		hit := -1
		starts := Key(ge.SentenceStarts)
		for j, x := range pe {
			if !used[j] && DateOK(x.Date, ge.Date) && strings.Contains(Key(x.Sentence), starts) {
				hit = j
				break
			}
		}
		if hit < 0 {
			m.Add(0, 0, 1)
			s.say("event not found:", ge.Date, head(ge.SentenceStarts, 50))
			continue
		}
		used[hit] = true
		m.Add(1, 0, 0)
		x := pe[hit]
		s.a[AccEventActor].Add(SamePerson(x.Actor, ge.Actor) || strings.Contains(Key(x.Actor), Key(ge.Actor)))
		if ge.Place != "" {
			gp, xp := Key(ge.Place), Key(x.Place)
			s.a[AccEventPlace].Add(strings.Contains(xp, gp) || (xp != "" && strings.Contains(gp, xp)))
		}
	}
	m.Add(0, countFalse(used), 0)
	for j, x := range pe {
		if !used[j] {
			s.say("extra event:", x.Date, head(Key(x.Sentence), 50))
		}
	}
}

// officials: by name (or any accepted alternative); title and affiliation
// are scored on the matched ones.
func (s *scorer) officials(g *Gold, p *Prediction) {
	var po []PredOfficial
	if g.Officials != nil {
		po = p.Officials
	}
	m := s.m[FacetOfficials]
	used := make([]bool, len(po))
	for _, gof := range g.Officials {
		names := append([]string{gof.Name}, gof.AlsoAccept...)
		for i := range names {
			names[i] = Key(names[i])
		}
		hit := -1
	search:
		for j, x := range po {
			if used[j] {
				continue
			}
			k := Key(x.Name)
			for _, nm := range names {
				if k == nm {
					hit = j
					break search
				}
			}
		}
		if hit < 0 {
			m.Add(0, 0, 1)
			s.say("official not found:", gof.Name)
			continue
		}
		used[hit] = true
		m.Add(1, 0, 0)
		x := po[hit]
		t1, t2 := Key(x.Title), Key(gof.Title)
		s.a[AccOfficialTitle].Add(t1 != "" && (strings.Contains(t1, t2) || strings.Contains(t2, t1)))
		aff := Key(gof.Affiliation)
		s.a[AccOfficialAffiliation].Add(aff == Key(x.Organization) || aff == Key(x.Country))
	}
	m.Add(0, countFalse(used), 0)
	for j, x := range po {
		if !used[j] {
			s.say("extra official:", x.Name, "|", x.Title)
		}
	}
}

// countries: sets of ISO 3166 alpha-2 codes.
func (s *scorer) countries(g *Gold, p *Prediction) {
	if g.Countries == nil {
		return
	}
	pc, gc := map[string]bool{}, map[string]bool{}
	for _, c := range p.Countries {
		pc[upper(c.ISO2)] = true
	}
	for _, c := range g.Countries {
		gc[upper(c)] = true
	}
	var tp int
	var extra, lost []string
	for c := range pc {
		if gc[c] {
			tp++
		} else {
			extra = append(extra, c)
		}
	}
	for c := range gc {
		if !pc[c] {
			lost = append(lost, c)
		}
	}
	s.m[FacetCountries].Add(tp, len(extra), len(lost))
	if len(extra) > 0 {
		s.say("extra countries:", pyList(extra))
	}
	if len(lost) > 0 {
		s.say("missing countries:", pyList(lost))
	}
}

// quotes: one to one by text; the speaker is scored where the gold names
// one; quoted text that is not a statement may have no speaker.
func (s *scorer) quotes(g *Gold, p *Prediction) {
	var pq []PredQuote
	if g.Quotes != nil {
		pq = p.Quotes
	}
	m := s.m[FacetQuotes]
	used := make([]bool, len(pq))
	texts := make([]string, len(pq))
	for j, x := range pq {
		texts[j] = Key(x.Text)
	}
	for _, gq := range g.Quotes {
		starts := Key(gq.Starts)
		hit := -1
		for j := range pq {
			if !used[j] && strings.Contains(texts[j], starts) {
				hit = j
				break
			}
		}
		if hit < 0 {
			m.Add(0, 0, 1)
			s.say("quote not found:", head(gq.Starts, 50))
			continue
		}
		used[hit] = true
		m.Add(1, 0, 0)
		if gq.Speaker == nil {
			continue
		}
		ok := SamePerson(pq[hit].Speaker, *gq.Speaker)
		s.a[AccQuoteSpeaker].Add(ok)
		if !ok {
			s.say("quote speaker", pyRepr(pq[hit].Speaker), "!=", *gq.Speaker, "for", head(gq.Starts, 30))
		}
	}
	for _, nq := range g.NotQuotes {
		starts := Key(nq.Starts)
		for j, x := range pq {
			if !used[j] && strings.Contains(texts[j], starts) {
				used[j] = true
				if Key(x.Speaker) != "" {
					m.Add(0, 1, 0)
					s.say("not a statement, yet given a speaker:", head(nq.Starts, 40))
				}
			}
		}
	}
	// an unmatched item the extractor itself marks as a term (a title, a
	// coinage) claims no statement, and costs nothing
	extra := 0
	for j, x := range pq {
		if !used[j] && !x.Term {
			extra++
		}
	}
	m.Add(0, extra, 0)
	for j, x := range pq {
		if !used[j] && !x.Term {
			s.say("extra quote:", head(texts[j], 50))
		}
	}
}

func countFalse(used []bool) int {
	n := 0
	for _, u := range used {
		if !u {
			n++
		}
	}
	return n
}

// head returns the first n characters (code points) of s, as s[:n] does in
// Python.
func head(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// pyStr formats an optional string as Python's str does (None for nil).
func pyStr(s *string) string {
	if s == nil {
		return "None"
	}
	return *s
}

// pyRepr formats a string as Python's repr does.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == ' ' || (r < 0x80) || pyPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// pyPrintable approximates Python's str.isprintable for one character:
// every character but separators other than the space, and the "Other"
// categories.
func pyPrintable(r rune) bool {
	if r == utf8.RuneError {
		return true
	}
	return !unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co) && unicode.IsGraphic(r)
}

// pyList formats sorted strings as Python prints a list of them.
func pyList(xs []string) string {
	sort.Strings(xs)
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = pyRepr(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
