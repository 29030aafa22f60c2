package eval_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/internal/eval"
)

func str(s string) *string { return &s }

func TestNorm(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"  a \t b\n\nc  ", "a b c"},
		{"no\u00a0break\u202fnarrow\u3000ideographic", "no break narrow ideographic"},
		{"\u2018single\u2019 \u201adouble\u201b", "'single' 'double'"},
		{"\u201cq\u201d \u201eq\u201f \u00abq\u00bb", `"q" "q" "q"`},
		{"a\x1cb\x1fc\u0085d\u2028e", "a b c d e"}, // Python's white space, beyond Go's
		{"zero\u200bwidth", "zero\u200bwidth"},     // not white space in Python
	} {
		if got := eval.Norm(c.in); got != c.want {
			t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  \u201cThis plan will mean,\u201d ", "this plan will mean"},
		{"'Quoted.' ;:", "quoted"},
		{"Mr. Secretary.", "mr. secretary"},
		{"ΟΔΟΣ ΠΑΤΗΣΙΩΝ", "οδος πατησιων"}, // final sigma, as Python lowers
		{"ΣΑΣ", "σας"},
		{"Σ", "σ"},
		{"İstanbul", "i\u0307stanbul"},
		{"...", ""},
	} {
		if got := eval.Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSamePerson(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Mark Rutte", "Rutte", true},
		{"Rutte", "Mark Rutte", true},
		{"mark rutte.", "Mark  Rutte", true},
		{"Jens", "Jens Stoltenberg", false},
		{"Rutte", "Brutte", false},
		{"", "", false},
		{"", "Rutte", false},
		{"Antony J. Blinken", "Blinken", true},
	} {
		if got := eval.SamePerson(c.a, c.b); got != c.want {
			t.Errorf("SamePerson(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDateOK(t *testing.T) {
	for _, c := range []struct {
		pred, gold string
		want       bool
	}{
		{"2025-03-26", "2025-03-26", true},
		{" 2025-03-26\n", "2025-03-26", true},
		{"2025-04-03TEV", "2025-04-03", true},
		{"2025-04-03T15:00", "2025-04-03", true},
		{"2025-04", "2025-04-03", false},
		{"2025-04-030", "2025-04-03", false},
		{"", "", false},
		{"2025", "", false},
	} {
		if got := eval.DateOK(c.pred, c.gold); got != c.want {
			t.Errorf("DateOK(%q, %q) = %v, want %v", c.pred, c.gold, got, c.want)
		}
	}
}

func TestPRF(t *testing.T) {
	var m eval.PRF
	if m.P() != 1 || m.R() != 1 || m.F1() != 1 {
		t.Errorf("empty PRF: %v %v %v, want 1 1 1", m.P(), m.R(), m.F1())
	}
	m.Add(0, 2, 3)
	if m.P() != 0 || m.R() != 0 || m.F1() != 0 {
		t.Errorf("all wrong: %v %v %v, want 0 0 0", m.P(), m.R(), m.F1())
	}
	m = eval.PRF{TP: 2, FP: 1, FN: 3}
	if got, want := eval.Round(m.F1()), 0.5; got != want { // P 2/3, R 2/5
		t.Errorf("F1 = %v, want %v", got, want)
	}
	var a eval.Acc
	if a.Value() != 1 {
		t.Errorf("empty accuracy %v, want 1", a.Value())
	}
	a.Add(true)
	a.Add(false)
	a.Add(false)
	if got := eval.Round(a.Value()); got != 0.3333 {
		t.Errorf("accuracy %v, want 0.3333", got)
	}
}

func TestRound(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{2.0 / 3, 0.6667},
		{0.00005, 0.0001}, // the binary value lies above the tie
		{0.12345, 0.1235}, // and here too
		{0.00015, 0.0001}, // and here below it
		{1, 1},
	} {
		if got := eval.Round(c.in); got != c.want {
			t.Errorf("Round(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestPredictionKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"testdata/nato/000_x.txt", "000_x"},
		{"a.b.html", "a.b"},
		{"page.txt.gz", "page.txt"},
		{".hidden", ".hidden"},
		{"dir.d/noext", "noext"},
		{"-", "-"},
		{"", ""},
	} {
		if got := eval.PredictionKey(c.in); got != c.want {
			t.Errorf("PredictionKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// score scores one document and returns the result.
func score(g eval.Gold, p eval.Prediction) eval.Result {
	return eval.Score(map[string]eval.Gold{"doc": g}, map[string]eval.Prediction{"doc": p})
}

func wantPRF(t *testing.T, r eval.Result, facet string, tp, fp, fn int) {
	t.Helper()
	if got := r.Facets[facet]; got != (eval.PRF{TP: tp, FP: fp, FN: fn}) {
		t.Errorf("%s = %+v, want tp %d fp %d fn %d\nnotes:\n%s", facet, got, tp, fp, fn, strings.Join(r.Notes, "\n"))
	}
}

func wantAcc(t *testing.T, r eval.Result, name string, ok, n int) {
	t.Helper()
	if got := r.Accuracy[name]; got != (eval.Acc{OK: ok, N: n}) {
		t.Errorf("%s = %+v, want %d of %d\nnotes:\n%s", name, got, ok, n, strings.Join(r.Notes, "\n"))
	}
}

func TestContentMultiset(t *testing.T) {
	g := eval.Gold{Lines: []eval.GoldLine{
		{Line: 1, Text: "Register", Chrome: true},
		{Line: 2, Text: "Thank you.", Chrome: false},
		{Line: 3, Text: "Thank you.", Chrome: true},
		{Line: 4, Text: "Share", Chrome: true},
		{Line: 5, Text: "Share", Chrome: true},
		{Line: 6, Text: "A real paragraph\u00a0here.", Chrome: false},
		{Line: 7, Text: "Lost paragraph.", Chrome: false},
	}}
	for _, c := range []struct {
		body       string
		tp, fp, fn int
	}{
		// "Thank you." kept twice: once as content, once as the chrome copy.
		{"Thank you.\n\nThank you.\nA real   paragraph here.\n", 2, 1, 1},
		// kept three times: the input has it only twice, so the third is ignored.
		{"Thank you.\nThank you.\nThank you.\n", 1, 1, 2},
		// chrome kept once, content right; unknown lines ignored.
		{"Share\nThank you.\nA real paragraph here.\nLost paragraph.\nNot in the gold\n", 3, 1, 0},
		{"", 0, 0, 3},
		// lines compare case-sensitively, after Norm.
		{"thank you.\n", 0, 0, 3},
	} {
		r := score(g, eval.Prediction{Body: c.body})
		wantPRF(t, r, eval.FacetContent, c.tp, c.fp, c.fn)
	}
}

func TestContentKeepDrop(t *testing.T) {
	g := eval.Gold{
		Keep: []string{"\u201cWe stand together,\u201d", "Secretary Blinken", "missing text"},
		Drop: []string{"Subscribe", "Reset password."},
	}
	r := score(g, eval.Prediction{Body: "SECRETARY   BLINKEN: \"We stand\ntogether,\" he said.\nReset password\n"})
	wantPRF(t, r, eval.FacetContent, 2, 1, 1)
	if !slices.Contains(r.Notes, "doc: content lost: missing text") || !slices.Contains(r.Notes, "doc: chrome kept: Reset password.") {
		t.Errorf("notes %q", r.Notes)
	}
}

func TestKindPublished(t *testing.T) {
	for _, c := range []struct {
		gold *string
		pred *string
		ok   bool
	}{
		{str("2025-03-26"), str("2025-03-26"), true},
		{str("2025-03-26"), str("2025-03-26T09:00"), true},
		{str("2025-03-26"), str("2025-03"), false},
		{str("2025-03-26"), nil, false},
		{nil, nil, true},
		{nil, str(""), true}, // an empty string is no date, as null
		{nil, str("2025-03-26"), false},
		{str(""), str(""), false},
	} {
		r := score(eval.Gold{Kind: "news", HasPublished: true, Published: c.gold}, eval.Prediction{Kind: "news", Published: c.pred})
		ok := 0
		if c.ok {
			ok = 1
		}
		wantAcc(t, r, eval.AccPublished, ok, 1)
		wantAcc(t, r, eval.AccKind, 1, 1)
	}
	// Not annotated: not scored.
	r := score(eval.Gold{}, eval.Prediction{Kind: "speech", Published: str("2025-01-01")})
	wantAcc(t, r, eval.AccPublished, 0, 0)
	wantAcc(t, r, eval.AccKind, 0, 0)
}

func TestTurns(t *testing.T) {
	g := eval.Gold{Turns: []eval.GoldTurn{
		{Kind: "remarks", Speaker: "Antony J. Blinken", Starts: "Good afternoon"},
		{Kind: "question", Starts: "Thank you"},
		{Kind: "answer", Speaker: "Antony J. Blinken", Starts: "Well,"},
		{Kind: "question", Starts: "Second"},
		{Kind: "answer", Speaker: "Jens Stoltenberg", Starts: "NATO is"},
	}}
	p := eval.Prediction{Turns: []eval.PredTurn{
		{Kind: "remarks", Speaker: "Blinken", Text: "Good afternoon, everyone."},
		{Kind: "remarks", Speaker: "Moderator", Text: "Next question."}, // skipped: a false positive
		{Kind: "question", Speaker: "Reporter", Text: "THANK YOU, sir."},
		{Kind: "remarks", Speaker: "Blinken", Text: "Well, yes."}, // wrong kind: consumed, not counted
		{Kind: "answer", Speaker: "Jens", Text: "NATO is strong."},
	}}
	r := score(g, p)
	// "Second" is never found; "NATO is" matches with a wrong speaker.
	wantPRF(t, r, eval.FacetTurns, 3, 2, 2)
	wantAcc(t, r, eval.AccTurnSpeaker, 1, 2)

	// Empty gold list: every prediction is a false positive; absent: not scored.
	wantPRF(t, score(eval.Gold{Turns: []eval.GoldTurn{}}, p), eval.FacetTurns, 0, 5, 0)
	wantPRF(t, score(eval.Gold{}, p), eval.FacetTurns, 0, 0, 0)
}

func TestDatesGreedyOptional(t *testing.T) {
	g := eval.Gold{Dates: []eval.GoldDate{
		{Text: "Wednesday (26 March 2025)", Value: "2025-03-26"},
		{Text: "thirty years", Value: "P30Y", Optional: true},
		{Text: "June", Value: "2025-06"},
		{Text: "this year", Value: "2025", Optional: true},
		{Text: "2014", Value: "2014"},
		{Text: "Friday", Value: "2025-03-28"},
	}}
	p := eval.Prediction{Dates: []eval.PredDate{
		{Text: "Wednesday", Value: "2025-03-26"},        // overlaps the first
		{Text: "thirty years", Value: "P30"},            // optional: matched, value not scored
		{Text: "in June", Value: "2024-06"},             // overlapping, wrong value
		{Text: "June", Value: "2025-06"},                // the right one is preferred
		{Text: "the 2014 target", Value: "2015"},        // wrong
		{Text: "2014", Value: "2013"},                   // also wrong: the last overlapping one is taken
		{Text: "Thursday evening", Value: "2025-03-27"}, // extra
	}}
	r := score(g, p)
	// tp: Wednesday, June; 2014 wrong (fp+fn); Friday not found (fn);
	// extras: "in June", "the 2014 target", "Thursday evening".
	wantPRF(t, r, eval.FacetDates, 2, 4, 2)
	wantAcc(t, r, eval.AccDateValue, 2, 3)
	if !slices.Contains(r.Notes, "doc: date 2014 value 2013 != 2014") {
		t.Errorf("notes %q", r.Notes)
	}
	// An optional date that is not found costs nothing.
	r = score(eval.Gold{Dates: []eval.GoldDate{{Text: "today", Value: "2025-01-01", Optional: true}}}, eval.Prediction{})
	wantPRF(t, r, eval.FacetDates, 0, 0, 0)
	// Dates not annotated: predictions are not counted.
	r = score(eval.Gold{}, p)
	wantPRF(t, r, eval.FacetDates, 0, 0, 0)
}

func TestEvents(t *testing.T) {
	g := eval.Gold{Events: []eval.GoldEvent{
		{Date: "2025-03-26", Actor: "Mark Rutte", Place: "Warsaw", SentenceStarts: "NATO Secretary General Mark Rutte visited"},
		{Date: "2025-03-27", Actor: "NATO Foreign Ministers", SentenceStarts: "On Thursday, NATO Foreign Ministers met"},
		{Date: "2025-03-28", Actor: "Mark Rutte", Place: "NATO headquarters in Brussels", SentenceStarts: "On Friday"},
	}}
	p := eval.Prediction{Events: []eval.PredEvent{
		{Date: "2025-03-26TMO", Actor: "Rutte", Place: "Warsaw, Poland", Sentence: "NATO Secretary General Mark Rutte visited Warsaw."},
		{Date: "2025-03-27", Actor: "the NATO Foreign Ministers", Place: "Brussels", Sentence: "On Thursday, NATO Foreign Ministers met in Brussels."},
		{Date: "2025-03-29", Actor: "Mark Rutte", Place: "Brussels", Sentence: "On Friday, he spoke."}, // wrong day
		{Date: "2025-03-28", Actor: "Kallas", Place: "Brussels", Sentence: "On Friday, he spoke."},
	}}
	r := score(g, p)
	wantPRF(t, r, eval.FacetEvents, 3, 1, 0)
	wantAcc(t, r, eval.AccEventActor, 2, 3)
	wantAcc(t, r, eval.AccEventPlace, 2, 2) // "Warsaw" in "Warsaw, Poland"; "Brussels" in the gold's place
}

func TestOfficials(t *testing.T) {
	g := eval.Gold{Officials: []eval.GoldOfficial{
		{Name: "Mark Rutte", Title: "Secretary General", Affiliation: "NATO"},
		{Name: "Władysław Kosiniak-Kamysz", Title: "Deputy Prime Minister", Affiliation: "PL", AlsoAccept: []string{"Kosiniak-Kamysz"}},
		{Name: "Andrzej Duda", Title: "President", Affiliation: "PL"},
		{Name: "Donald Tusk", Title: "Prime Minister", Affiliation: "PL"},
	}}
	p := eval.Prediction{Officials: []eval.PredOfficial{
		{Name: "Mark Rutte", Title: "NATO Secretary General", Organization: "NATO"},
		{Name: "kosiniak-kamysz", Country: "pl"},
		{Name: "Andrzej Duda", Title: "Prime Minister", Organization: "Poland"},
		{Name: "Check"},
	}}
	r := score(g, p)
	wantPRF(t, r, eval.FacetOfficials, 3, 1, 1)
	wantAcc(t, r, eval.AccOfficialTitle, 1, 3)       // an empty title is wrong; "Prime Minister" is not "President"
	wantAcc(t, r, eval.AccOfficialAffiliation, 2, 3) // "Poland" is not the code PL
}

func TestCountries(t *testing.T) {
	g := eval.Gold{Countries: []string{"PL", "us", "XK"}}
	p := eval.Prediction{Countries: []eval.PredCountry{{ISO2: "pl"}, {ISO2: "US"}, {ISO2: "US"}, {ISO2: "IN"}, {ISO2: ""}}}
	r := score(g, p)
	wantPRF(t, r, eval.FacetCountries, 2, 2, 1)
	if !slices.Contains(r.Notes, "doc: extra countries: ['', 'IN']") || !slices.Contains(r.Notes, "doc: missing countries: ['XK']") {
		t.Errorf("notes %q", r.Notes)
	}
	wantPRF(t, score(eval.Gold{Countries: []string{}}, p), eval.FacetCountries, 0, 4, 0)
	wantPRF(t, score(eval.Gold{}, p), eval.FacetCountries, 0, 0, 0)
}

func TestQuotes(t *testing.T) {
	g := eval.Gold{
		Quotes: []eval.GoldQuote{
			{Starts: "This plan will mean", Speaker: str("Mark Rutte")},
			{Starts: "has not given up", Speaker: str("Rutte"), Partial: true},
			{Starts: "we stand together", Speaker: nil}, // speaker not scored
			{Starts: "Thank you all", Speaker: str("")}, // scored, and always wrong
			{Starts: "This plan will mean", Speaker: str("Mark Rutte")},
		},
		NotQuotes: []eval.GoldNotQuote{{Starts: "Renewed Focus on Peace"}},
	}
	p := eval.Prediction{Quotes: []eval.PredQuote{
		{Text: "\u201cThis plan will mean more money,\u201d", Speaker: "Rutte"},
		{Text: "has not given up his aims", Speaker: "Vladimir Putin"},
		{Text: "We stand together.", Speaker: ""},
		{Text: "Thank you all for coming", Speaker: ""},
		{Text: "Renewed Focus on Peace & Prosperity", Speaker: "Mark Rutte"}, // a title given a speaker
		{Text: "Renewed Focus on Peace", Speaker: " "},                       // a title, no speaker: free
		{Text: "an extra quote", Speaker: "A"},
	}}
	r := score(g, p)
	// tp 4; the second "This plan" finds no unused prediction (fn);
	// fp: the speaker given to a title, and the extra quote.
	wantPRF(t, r, eval.FacetQuotes, 4, 2, 1)
	wantAcc(t, r, eval.AccQuoteSpeaker, 1, 3)
}

func TestMissingPrediction(t *testing.T) {
	gold := map[string]eval.Gold{
		"b": {Kind: "news", HasPublished: true, Lines: []eval.GoldLine{{Text: "Kept."}}},
		"a": {Kind: "news", Countries: []string{"FR"}},
	}
	r := eval.Score(gold, map[string]eval.Prediction{"other": {Kind: "news"}})
	if !reflect.DeepEqual(r.Missing, []string{"a", "b"}) {
		t.Errorf("Missing = %q", r.Missing)
	}
	wantAcc(t, r, eval.AccPublished, 1, 1) // null gold, no prediction
	wantAcc(t, r, eval.AccKind, 0, 2)
	wantPRF(t, r, eval.FacetContent, 0, 0, 1)
	wantPRF(t, r, eval.FacetCountries, 0, 0, 1)
}

func TestParsePrediction(t *testing.T) {
	p, err := eval.ParsePrediction([]byte(`{"source":"x/y.txt","kind":"transcript","published":null,"body":"B","removed":[{"text":"Share","reason":"interface"}],
		"turns":[{"kind":"question","speaker":"","role":"","text":"Q?","start":0,"end":2}],
		"dates":[{"text":"today","value":"2025-01-01","grain":"day","start":0,"end":5}],
		"events":[],"officials":[{"name":"N","title":"T","organization":"O","country":"C","aliases":["a"],"mentions":[{"start":0,"end":1}]}],
		"countries":[{"name":"France","iso2":"FR","iso3":"FRA","mentions":[],"forms":["French"]}],
		"quotes":[{"text":"q","speaker":"s","cue":"said","partial":true,"start":0,"end":1}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.Published != nil || p.Kind != "transcript" || p.Turns[0].Text != "Q?" || p.Dates[0].Value != "2025-01-01" ||
		p.Officials[0].Country != "C" || p.Countries[0].ISO2 != "FR" || p.Quotes[0].Speaker != "s" {
		t.Errorf("decoded %+v", p)
	}
	if _, err := eval.ParsePrediction([]byte(`{"turns": 3}`)); err == nil {
		t.Error("no error for a malformed document")
	}
	if _, err := eval.ReadPredictions(strings.NewReader("{}\n{")); err == nil {
		t.Error("no error for a truncated stream")
	}
}

// The figures below were obtained by running the reference scorer by hand:
//
//	python3 score.py testdata/gold testdata/preds.jsonl --json
//
// testdata/gold and testdata/preds.jsonl are made by hand to exercise every
// rule (multisets, keep/drop, optional and greedy dates, turns aligned in
// order, where a gold turn's first match of another kind must give way to a
// later gold turn of the right kind, also_accept, null and empty quote
// speakers, courtesy titles cut from speakers, not_quotes, an unmatched
// quote marked a term, a missing prediction, a prediction with no gold). testdata/expected.json is that
// output and testdata/expected_verbose.txt its --verbose report.
var crossCheck = map[string][3]int{ // tp, fp, fn
	eval.FacetContent:   {7, 3, 4},
	eval.FacetTurns:     {5, 5, 3},
	eval.FacetDates:     {4, 6, 1},
	eval.FacetEvents:    {3, 2, 1},
	eval.FacetOfficials: {3, 2, 1},
	eval.FacetCountries: {2, 2, 1},
	eval.FacetQuotes:    {4, 3, 2},
}

var crossCheckAcc = map[string][2]int{ // ok, n
	eval.AccKind:                {2, 4},
	eval.AccPublished:           {2, 4},
	eval.AccDateValue:           {4, 5},
	eval.AccEventActor:          {3, 3},
	eval.AccEventPlace:          {2, 2},
	eval.AccOfficialTitle:       {1, 3},
	eval.AccOfficialAffiliation: {3, 3},
	eval.AccQuoteSpeaker:        {1, 3},
	eval.AccTurnSpeaker:         {2, 3},
}

func TestCrossCheckHandMade(t *testing.T) {
	r := scoreFiles(t, "testdata/gold", "testdata/preds.jsonl")
	for k, v := range crossCheck {
		if got := r.Facets[k]; got != (eval.PRF{TP: v[0], FP: v[1], FN: v[2]}) {
			t.Errorf("%s: %+v, want %v", k, got, v)
		}
	}
	for k, v := range crossCheckAcc {
		if got := r.Accuracy[k]; got != (eval.Acc{OK: v[0], N: v[1]}) {
			t.Errorf("%s: %+v, want %v", k, got, v)
		}
	}
	if got := r.MacroF1(); got != 0.6108 {
		t.Errorf("macro F1 %v, want 0.6108", got)
	}
	compareJSON(t, r, "testdata/expected.json")
	report, err := os.ReadFile("testdata/expected_verbose.txt")
	if err != nil {
		t.Fatal(err)
	}
	compareReport(t, r, string(report))
}

// The reference scorer's output for testdata/corpus-preds.jsonl, predictions
// made from the project's gold files with deliberate mistakes in every
// facet, against testdata/nato-gold and testdata/dev-gold.
func TestCrossCheckCorpus(t *testing.T) {
	for _, set := range []string{"nato", "dev"} {
		t.Run(set, func(t *testing.T) {
			r := scoreFiles(t, "../../testdata/"+set+"-gold", "testdata/corpus-preds.jsonl")
			compareJSON(t, r, "testdata/corpus-"+set+"-expected.json")
			notes, err := os.ReadFile("testdata/corpus-" + set + "-notes.txt")
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if err := r.WriteTable(&b, false); err != nil {
				t.Fatal(err)
			}
			compareReport(t, r, string(notes)+b.String())
		})
	}
	// A few figures written out, so a wrong expected file cannot hide a
	// regression: nato content 31/16/4, dev officials 28/9/6.
	r := scoreFiles(t, "../../testdata/nato-gold", "testdata/corpus-preds.jsonl")
	if got := r.Facets[eval.FacetContent]; got != (eval.PRF{TP: 31, FP: 16, FN: 4}) {
		t.Errorf("nato content %+v", got)
	}
	if got := r.Accuracy[eval.AccQuoteSpeaker]; got != (eval.Acc{OK: 14, N: 21}) {
		t.Errorf("nato quote speaker %+v", got)
	}
	r = scoreFiles(t, "../../testdata/dev-gold", "testdata/corpus-preds.jsonl")
	if got := r.Facets[eval.FacetOfficials]; got != (eval.PRF{TP: 28, FP: 9, FN: 6}) {
		t.Errorf("dev officials %+v", got)
	}
}

func scoreFiles(t *testing.T, goldDir, preds string) eval.Result {
	t.Helper()
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := eval.LoadPredictions(preds)
	if err != nil {
		t.Fatal(err)
	}
	return eval.Score(gold, p)
}

func compareJSON(t *testing.T, r eval.Result, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want eval.JSONResult
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	got := r.JSON()
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("JSON result differs from the reference scorer's\n got %s\nwant %s", g, w)
	}
}

// compareReport checks the verbose report: the table exactly, the notes as
// a multiset (the reference scorer lists a document's content notes in its
// hash-set order, which varies from run to run).
func compareReport(t *testing.T, r eval.Result, want string) {
	t.Helper()
	var b strings.Builder
	if err := r.WriteTable(&b, true); err != nil {
		t.Fatal(err)
	}
	split := func(s string) (notes []string, table string) {
		lines := strings.SplitAfter(s, "\n")
		i := 0
		for i < len(lines) && strings.HasPrefix(lines[i], "  ") {
			i++
		}
		notes = lines[:i]
		slices.Sort(notes)
		return notes, strings.Join(lines[i:], "")
	}
	gn, gt := split(b.String())
	wn, wt := split(want)
	if gt != wt {
		t.Errorf("table differs:\n got:\n%s\nwant:\n%s", gt, wt)
	}
	if !slices.Equal(gn, wn) {
		for _, n := range gn {
			if !slices.Contains(wn, n) {
				t.Errorf("note not in the reference report: %q", n)
			}
		}
		for _, n := range wn {
			if !slices.Contains(gn, n) {
				t.Errorf("note missing: %q", n)
			}
		}
	}
	// Notes come document by document, in name order.
	var last string
	for _, n := range r.Notes {
		doc, _, _ := strings.Cut(n, ": ")
		if doc < last {
			t.Errorf("note %q out of document order", n)
		}
		last = doc
	}
}

func TestLoadPredictionsFolder(t *testing.T) {
	dir := t.TempDir()
	for name, doc := range map[string]string{
		"one.json": `{"source": "in/one.txt", "body": "x"}`,
		"two.json": `{"source": "two.html", "body": "y"}`,
		"skip.txt": `not json`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := eval.LoadPredictions(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(p) != 2 || p["one"].Body != "x" || p["two"].Body != "y" {
		t.Errorf("got %+v", p)
	}
	if _, err := eval.LoadGold(filepath.Join(dir, "nothing")); err == nil {
		t.Error("LoadGold of a missing folder: no error")
	}
}

func Example() {
	gold := map[string]eval.Gold{"000": {
		Kind:      "news",
		Keep:      []string{"Mark Rutte visited Warsaw"},
		Drop:      []string{"Reset password"},
		Countries: []string{"PL"},
	}}
	doc, _ := eval.ParsePrediction([]byte(`{"source": "testdata/nato/000.txt", "kind": "news",
		"body": "NATO Secretary General Mark Rutte visited Warsaw.\nReset password",
		"countries": [{"name": "Poland", "iso2": "PL"}, {"name": "India", "iso2": "IN"}]}`))
	res := eval.Score(gold, map[string]eval.Prediction{eval.PredictionKey(doc.Source): doc})
	c := res.Facets[eval.FacetContent]
	fmt.Printf("content P %.2f R %.2f F1 %.2f\n", c.P(), c.R(), c.F1())
	fmt.Printf("countries F1 %.3f\n", res.Facets[eval.FacetCountries].F1())
	for _, n := range res.Notes {
		fmt.Println(n)
	}
	// Output:
	// content P 0.50 R 1.00 F1 0.67
	// countries F1 0.667
	// 000: chrome kept: Reset password
	// 000: extra countries: ['IN']
}
