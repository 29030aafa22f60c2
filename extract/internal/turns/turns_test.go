package turns

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The tests here build bodies from the corpora the way the reader does (one
// paragraph a line, a blank line between, white space normalised), so that
// segmentation is tested on its own, and score the turns as the shared
// scorer does.

type goldTurn struct {
	Kind    string `json:"kind"`
	Speaker string `json:"speaker"`
	Role    string `json:"role"`
	Starts  string `json:"starts"`
}

type goldTurnsDoc struct {
	File  string      `json:"file"`
	Kind  string      `json:"kind"`
	Turns *[]goldTurn `json:"turns"`
	Lines []struct {
		Line   int    `json:"line"`
		Text   string `json:"text"`
		Chrome bool   `json:"chrome"`
	} `json:"lines"`
}

// normSpace folds white space (no-break spaces included) to single spaces.
func turnNormSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// scoreKey is the scorer's comparison key: spaces folded, curly quotes
// straightened, lower case, surrounding punctuation trimmed.
func turnScoreKey(s string) string {
	s = strings.NewReplacer("‘", "'", "’", "'", "‚", "'", "‛", "'", "“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`).Replace(s)
	return strings.Trim(strings.ToLower(turnNormSpace(s)), ` "'.,;:`)
}

// bodyFromTextGold joins the content lines of a plain-text page (as the gold
// marks them) into a body.
func bodyFromTextGold(t testing.TB, g *goldTurnsDoc) string {
	var ps []string
	for _, l := range g.Lines {
		if !l.Chrome {
			if s := turnNormSpace(l.Text); s != "" {
				ps = append(ps, s)
			}
		}
	}
	return strings.Join(ps, "\n\n")
}

// bodyFromWrapped joins hard-wrapped paragraphs (blank lines between, no-break
// spaces for blanks) into one line each.
func bodyFromWrapped(data string) string {
	var ps []string
	var cur []string
	flush := func() {
		if s := turnNormSpace(strings.Join(cur, " ")); s != "" {
			ps = append(ps, s)
		}
		cur = cur[:0]
	}
	for _, l := range strings.Split(data, "\n") {
		if turnNormSpace(l) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return strings.Join(ps, "\n\n")
}

// bodyFromHTML takes the text of every <p>.
func bodyFromHTML(t testing.TB, data string) string {
	doc, err := html.Parse(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var ps []string
	var text func(n *html.Node, b *strings.Builder)
	text = func(n *html.Node, b *strings.Builder) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c, b)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "p" {
			var b strings.Builder
			text(n, &b)
			if s := turnNormSpace(b.String()); s != "" {
				ps = append(ps, s)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.Join(ps, "\n\n")
}

type turnCorpusDoc struct {
	name string
	body string
	gold *goldTurnsDoc
}

func loadTurnCorpus(t testing.TB, set string) []turnCorpusDoc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", set, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus %s: %v", set, err)
	}
	var out []turnCorpusDoc
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		gb, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", set+"-gold", base+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var g goldTurnsDoc
		if err := json.Unmarshal(gb, &g); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var body string
		switch {
		case strings.HasSuffix(f, ".html"):
			body = bodyFromHTML(t, string(data))
		case len(g.Lines) > 0:
			body = bodyFromTextGold(t, &g)
		default:
			body = bodyFromWrapped(string(data))
		}
		out = append(out, turnCorpusDoc{name: base, body: body, gold: &g})
	}
	return out
}

// turnScore scores predicted turns against gold as the shared scorer does.
type turnScore struct{ tp, fp, fn, spOK, spN int }

func (s *turnScore) add(gold []goldTurn, pred []Turn, log func(string, ...any)) {
	j, tp := 0, 0
	for i, g := range gold {
		hit := -1
		for k := j; k < len(pred); k++ {
			if strings.HasPrefix(turnScoreKey(pred[k].Text), turnScoreKey(g.Starts)) {
				hit = k
				break
			}
		}
		if hit < 0 || pred[hit].Kind.String() != g.Kind {
			got := "nothing"
			if hit >= 0 {
				got = pred[hit].Kind.String()
				j = hit + 1
			}
			log("turn %d: want %s %q, got %s", i, g.Kind, g.Starts, got)
			continue
		}
		tp++
		j = hit + 1
		if g.Speaker != "" {
			s.spN++
			if SameSpeaker(turnScoreKey(pred[hit].Speaker), turnScoreKey(g.Speaker)) {
				s.spOK++
			} else {
				log("turn %d: speaker %q, want %q", i, pred[hit].Speaker, g.Speaker)
			}
		}
	}
	s.tp += tp
	s.fp += len(pred) - tp
	s.fn += len(gold) - tp
}

func (s *turnScore) f1() float64 {
	if s.tp == 0 {
		if s.fp == 0 && s.fn == 0 {
			return 1
		}
		return 0
	}
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

func (s *turnScore) speakerAcc() float64 {
	if s.spN == 0 {
		return 1
	}
	return float64(s.spOK) / float64(s.spN)
}

func checkTurnInvariants(t testing.TB, body string, turns []Turn) {
	t.Helper()
	prev := 0
	for i, tr := range turns {
		if tr.Start < prev || tr.End < tr.Start || tr.End > len(body) {
			t.Fatalf("turn %d span [%d,%d) out of order or bounds (prev end %d, body %d)", i, tr.Start, tr.End, prev, len(body))
		}
		if body[tr.Start:tr.End] != tr.Text {
			t.Fatalf("turn %d: text is not body[start:end]", i)
		}
		if tr.Text == "" {
			t.Fatalf("turn %d: empty", i)
		}
		prev = tr.End
	}
}

func TestSegmentTurnsCorpora(t *testing.T) {
	for _, set := range []string{"nato", "dev"} {
		var sc turnScore
		kinds, kindsOK := 0, 0
		for _, d := range loadTurnCorpus(t, set) {
			kind, turns := segmentTurns(d.body)
			checkTurnInvariants(t, d.body, turns)
			if d.gold.Kind != "" {
				kinds++
				if kind.String() == d.gold.Kind {
					kindsOK++
				} else {
					t.Errorf("%s: kind %s, want %s", d.name, kind, d.gold.Kind)
				}
			}
			if d.gold.Turns == nil {
				continue
			}
			sc.add(*d.gold.Turns, turns, func(f string, a ...any) { t.Errorf("%s: %s", d.name, fmt.Sprintf(f, a...)) })
		}
		t.Logf("%s: turns F1 %.3f (tp %d fp %d fn %d), speaker accuracy %.3f (n=%d), kind %d/%d",
			set, sc.f1(), sc.tp, sc.fp, sc.fn, sc.speakerAcc(), sc.spN, kindsOK, kinds)
		if sc.f1() < 1 || sc.speakerAcc() < 1 {
			t.Errorf("%s: turns F1 %.3f, speaker accuracy %.3f; want 1.000", set, sc.f1(), sc.speakerAcc())
		}
	}
}

func TestSegmentTurnsCorpusDetails(t *testing.T) {
	docs := map[string]turnCorpusDoc{}
	for _, set := range []string{"nato", "dev"} {
		for _, d := range loadTurnCorpus(t, set) {
			docs[d.name] = d
		}
	}
	type want struct{ speaker, role string }
	cases := map[string][]want{
		"004_72ffba119ad0774f": {
			{"Mark Rutte", "NATO Secretary General"}, {"", ""}, {"Mark Rutte", "NATO Secretary General"}, {"", ""}, {"Mark Rutte", "NATO Secretary General"},
		},
		"state-secretary-antony-j-blinken-and-nato-secretary-general-jens-stoltenberg-before-their-meeting-5": {
			{"Stoltenberg", "Secretary General"}, {"Antony J. Blinken", "Secretary of State"},
			{"Stoltenberg", "Secretary General"}, {"Antony J. Blinken", "Secretary of State"},
		},
		"state-secretary-antony-j-blinken-and-finnish-foreign-minister-pekka-haavisto-at-a-joint-press-availability": {
			{"Antony J. Blinken", "Secretary of State"}, {"Haavisto", "Foreign Minister"}, {"", "Moderator"}, {"", ""},
			{"Antony J. Blinken", "Secretary of State"}, {"Haavisto", "Foreign Minister"}, {"", "Moderator"}, {"", ""},
			{"Antony J. Blinken", "Secretary of State"}, {"Haavisto", "Foreign Minister"}, {"", "Moderator"},
		},
	}
	for name, ws := range cases {
		d, ok := docs[name]
		if !ok {
			t.Fatalf("no document %s", name)
		}
		_, turns := segmentTurns(d.body)
		if len(turns) != len(ws) {
			t.Errorf("%s: %d turns, want %d", name, len(turns), len(ws))
			continue
		}
		for i, w := range ws {
			if turns[i].Speaker != w.speaker || turns[i].Role != w.role {
				t.Errorf("%s turn %d: %q / %q, want %q / %q", name, i, turns[i].Speaker, turns[i].Role, w.speaker, w.role)
			}
		}
	}
	// The closing time stamp is not part of the last turn.
	d := docs["wh-2021-06-14-remarks-by-president-biden-and-nato-secretary-general-jens-stoltenberg-during-greeting"]
	_, turns := segmentTurns(d.body)
	if n := len(turns); n == 0 || turns[n-1].Text != "Thank you." {
		t.Errorf("last turn of the White House greeting: %+v", turns)
	}
	// A delivery note is not a turn, nor part of one.
	d = docs["004_72ffba119ad0774f"]
	_, turns = segmentTurns(d.body)
	for _, tr := range turns {
		if strings.Contains(tr.Text, "As delivered") || strings.Contains(tr.Text, "NATO Secretary General") {
			t.Errorf("label or note inside a turn: %q", tr.Text)
		}
	}
}

// seg is a compact view of a turn for table tests.
type turnSeg struct {
	kind    string
	speaker string
	role    string
	starts  string
}

func segsOf(turns []Turn) []turnSeg {
	out := make([]turnSeg, len(turns))
	for i, t := range turns {
		out[i] = turnSeg{t.Kind.String(), t.Speaker, t.Role, t.Text}
	}
	return out
}

func joinParas(ps ...string) string { return strings.Join(ps, "\n\n") }

// A roll call names members with a question mark and asks nothing; a
// question among the names still asks.
func TestRollCallAsksNothing(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Councilor Roe? Yes. Councilor Doe?", false},
		{"Member Lee? Yes. Vice President Poe? Yes. President Roe.", false},
		{"Councilor Roe? Will the harbour open in May?", true},
		{"Why?", true},
		{"Is It True?", true},
		{"Who is in charge here?", true},
	} {
		if got := turnAsksQuestion(c.s); got != c.want {
			t.Errorf("turnAsksQuestion(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
