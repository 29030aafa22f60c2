package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

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
	files, err := filepath.Glob(filepath.Join("..", "testdata", set, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus %s: %v", set, err)
	}
	var out []turnCorpusDoc
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		gb, err := os.ReadFile(filepath.Join("..", "testdata", set+"-gold", base+".json"))
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
			if sameSpeakerName(turnScoreKey(pred[hit].Speaker), turnScoreKey(g.Speaker)) {
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

func TestSegmentTurnsStyles(t *testing.T) {
	cases := []struct {
		name string
		body string
		kind Kind
		want []turnSeg
	}{
		{
			name: "State Department briefing",
			body: joinParas(
				"Ned Price, Department Spokesperson",
				"Department Press Briefing",
				"MR PRICE: Good afternoon, everyone. I have one thing at the top.",
				"We are announcing new sanctions today.",
				"QUESTION: Thanks, Ned. Can you say more about the timing?",
				"MR PRICE: The timing reflects the work of our partners.",
				"QUESTION: And on a different topic?",
				"MR. PRICE: Go ahead.",
				"QUESTION: Is the Secretary travelling next week?",
				"MR PRICE: We will have more to say on that soon.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Ned Price", "Department Spokesperson", "Good afternoon"},
				{"question", "", "", "Thanks, Ned."},
				{"answer", "Ned Price", "Department Spokesperson", "The timing"},
				{"question", "", "", "And on a different"},
				{"answer", "Ned Price", "Department Spokesperson", "Go ahead."},
				{"question", "", "", "Is the Secretary"},
				{"answer", "Ned Price", "Department Spokesperson", "We will have"},
			},
		},
		{
			name: "White House press briefing",
			body: joinParas(
				"James S. Brady Press Briefing Room",
				"1:02 P.M. EDT",
				"MS. JEAN-PIERRE: Good afternoon, everybody. Okay, so a couple of things at the top.",
				"Today Press Secretary Karine Jean-Pierre hosted the briefing.",
				"Q Thank you, Karine. Two questions on the economy. What does the President expect?",
				"MS. JEAN-PIERRE: So, look, the President has been very clear.",
				"Q Follow-up?",
				"MS. JEAN-PIERRE: Go ahead.",
				"Q: And on China — any calls planned?",
				"MS. JEAN-PIERRE: I don't have any calls to preview.",
				"Q (Inaudible.)",
				"MS. JEAN-PIERRE: Thanks, everybody.",
				"1:45 P.M. EDT",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Karine Jean-Pierre", "Press Secretary", "Good afternoon"},
				{"question", "", "", "Thank you, Karine."},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "So, look"},
				{"question", "", "", "Follow-up?"},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "Go ahead."},
				{"question", "", "", "And on China"},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "I don't have"},
				{"question", "", "", "(Inaudible.)"},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "Thanks, everybody."},
			},
		},
		{
			name: "Kremlin",
			body: joinParas(
				"Vladimir Putin held a news conference following the talks.",
				"President of Russia Vladimir Putin: Good afternoon, ladies and gentlemen.",
				"Our talks were substantive.",
				"Question: A question for both presidents. How do you assess the results?",
				"Vladimir Putin: I assess them positively.",
				"Question (retranslated): And the gas contracts?",
				"Vladimir Putin: We have discussed this in detail.",
				"Dmitry Peskov: Last question, please.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Vladimir Putin", "President of Russia", "Good afternoon"},
				{"question", "", "", "A question for"},
				{"answer", "Vladimir Putin", "President of Russia", "I assess"},
				{"question", "", "", "And the gas"},
				{"answer", "Vladimir Putin", "President of Russia", "We have discussed"},
				{"remarks", "Dmitry Peskov", "", "Last question"},
			},
		},
		{
			name: "Kremlin own-line colon labels",
			body: joinParas(
				"President of Russia Vladimir Putin:",
				"Colleagues, good afternoon.",
				"Let us begin.",
				"Governor of the Tula Region Alexei Dyumin:",
				"Mr President, the region has met its targets.",
				"Vladimir Putin:",
				"Thank you.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Vladimir Putin", "President of Russia", "Colleagues"},
				{"remarks", "Alexei Dyumin", "Governor of the Tula Region", "Mr President"},
				{"remarks", "Vladimir Putin", "President of Russia", "Thank you."},
			},
		},
		{
			name: "Hansard",
			body: joinParas(
				"Foreign Affairs",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): With permission, Mr Speaker, I will make a statement on the situation in Libya.",
				"The House will be aware of the events of the last few days.",
				"Mr Jack Straw (Blackburn) (Lab): What assessment has the Foreign Secretary made of the risks to British nationals?",
				"Mr Hague: The right hon. Gentleman asks an important question, and the answer is that we are monitoring it closely.",
				"Hon. Members: Hear, hear.",
				"Mr Speaker: Order.",
				"Sir Menzies Campbell (North East Fife) (LD): Does the Foreign Secretary agree that the no-fly zone must be enforced?",
				"Mr Hague: I do.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "With permission"},
				{"question", "Jack Straw", "", "What assessment"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "The right hon."},
				{"remarks", "", "Hon. Members", "Hear, hear."},
				{"remarks", "", "Speaker", "Order."},
				{"question", "Menzies Campbell", "", "Does the Foreign"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "I do."},
			},
		},
		{
			name: "television interview",
			body: joinParas(
				"Secretary of State Antony Blinken spoke with Jake Tapper.",
				"Jake Tapper: Mr. Secretary, thanks for joining us. Will the United States send more air defence systems?",
				"Antony Blinken: We are working on that right now with our Allies.",
				"Jake Tapper: And how soon?",
				"Antony Blinken: In the coming weeks.",
				"Jake Tapper: Thank you, Mr. Secretary.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jake Tapper", "", "Mr. Secretary"},
				{"answer", "Antony Blinken", "Secretary of State", "We are working"},
				{"question", "Jake Tapper", "", "And how soon"},
				{"answer", "Antony Blinken", "Secretary of State", "In the coming"},
				{"remarks", "Jake Tapper", "", "Thank you"},
			},
		},
		{
			name: "stray full stop and typo",
			body: joinParas(
				"PRESIDENT TRUMP: Thank you very much. It's an honor to have the Secretary General with us.",
				"SECRETARY GENERAL STOLTENBERG: Thank you, Mr. President.",
				"PRESIDENT TRUMP. Thank you, Jens.",
				"Q Mr. President, will you meet President Putin?",
				"PRESIDENT TRUPM: We'll see what happens.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Trump", "President", "Thank you very much"},
				{"remarks", "Stoltenberg", "Secretary General", "Thank you, Mr."},
				{"remarks", "Trump", "President", "Thank you, Jens."},
				{"question", "", "", "Mr. President"},
				{"answer", "Trump", "President", "We'll see"},
			},
		},
		{
			name: "NATO press conference with own-line labels",
			body: joinParas(
				"(Opening remarks)",
				"Oana Lungescu (NATO Spokesperson)",
				"Good afternoon. The Secretary General will start with a few words.",
				"Jens Stoltenberg, NATO Secretary General",
				"Good afternoon. Today we decided to strengthen our deterrence.",
				"Oana Lungescu (NATO Spokesperson)",
				"We'll start with Reuters.",
				"Question (Reuters)",
				"Thank you. Secretary General, what is the timeline?",
				"Jens Stoltenberg, NATO Secretary General",
				"We will decide at the Summit.",
				"(Check against delivery)",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Oana Lungescu", "NATO Spokesperson", "Good afternoon. The"},
				{"remarks", "Jens Stoltenberg", "NATO Secretary General", "Good afternoon. Today"},
				{"remarks", "Oana Lungescu", "NATO Spokesperson", "We'll start"},
				{"question", "", "", "Thank you. Secretary"},
				{"answer", "Jens Stoltenberg", "NATO Secretary General", "We will decide at the Summit."},
			},
		},
		{
			name: "participant and interpreter",
			body: joinParas(
				"SECRETARY BLINKEN: Thank you all for coming to this town hall.",
				"PARTICIPANT: Thank you, Mr. Secretary. My question is about exchanges. How will you expand them?",
				"SECRETARY BLINKEN: We are doubling the programme.",
				"FOREIGN MINISTER KULEBA (via interpreter): Thank you, Tony.",
				"INTERPRETER: The minister thanked the Secretary.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Thank you all"},
				{"question", "", "Participant", "Thank you, Mr. Secretary."},
				{"answer", "Blinken", "Secretary", "We are doubling"},
				{"remarks", "Kuleba", "Foreign Minister", "Thank you, Tony."},
				{"remarks", "", "Interpreter", "The minister"},
			},
		},
		{
			name: "White House remarks with a role-only label",
			body: joinParas(
				"Remarks by President Biden on the Economy",
				"East Room",
				"THE PRESIDENT: Good afternoon. Please, have a seat.",
				"Today I want to talk about jobs.",
				"END 2:15 P.M. EDT",
			),
			kind: KindSpeech,
			want: []turnSeg{
				{"remarks", "Biden", "President", "Good afternoon. Please, have a seat.\n\nToday I want to talk about jobs.$"},
			},
		},
		{
			name: "Pentagon briefing",
			body: joinParas(
				"Secretary of Defense Lloyd J. Austin III and Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley Hold a Press Conference",
				"STAFF: Good afternoon. The Secretary will begin with an opening statement.",
				"SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well, good afternoon, everyone.",
				"GENERAL MARK A. MILLEY: Thank you, Mr. Secretary.",
				"STAFF: First question, Lita Baldor.",
				"Q: Thank you. General Milley, how many troops will deploy?",
				"GEN. MILLEY: About 3,000.",
				"SEC. AUSTIN: And they will be ready.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Staff", "Good afternoon."},
				{"remarks", "Lloyd J. Austin", "Secretary of Defense", "Well, good"},
				{"remarks", "Mark A. Milley", "General", "Thank you, Mr."},
				{"remarks", "", "Staff", "First question"},
				{"question", "", "", "Thank you. General"},
				{"answer", "Mark A. Milley", "General", "About 3,000."},
				{"remarks", "Lloyd J. Austin", "Secretary of Defense", "And they will"},
			},
		},
		{
			name: "UN noon briefing",
			body: joinParas(
				"Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
				"The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.",
				"Spokesman: Good afternoon. I will start with an update on the situation in the region.",
				"Question: Thank you, Stéphane. Has the Secretary-General spoken to the parties?",
				"Spokesman: He has not, but his envoy has.",
				"Question: And when will the report come out?",
				"Spokesman: Next week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Stéphane Dujarric", "Spokesman for the Secretary-General", "Good afternoon."},
				{"question", "", "", "Thank you, Stéphane."},
				{"answer", "Stéphane Dujarric", "Spokesman for the Secretary-General", "He has not"},
				{"question", "", "", "And when"},
				{"answer", "Stéphane Dujarric", "Spokesman for the Secretary-General", "Next week."},
			},
		},
		{
			name: "Hansard oral questions",
			body: joinParas(
				"Oral Answers to Questions",
				"1. Mr Jack Straw (Blackburn) (Lab): What recent assessment he has made of the situation in Syria?",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): The situation remains grave.",
				"[123456] Ms Emily Thornberry (Islington South and Finsbury) (Lab): Will the Foreign Secretary confirm the figures?",
				"Mr Hague: I will write to her.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jack Straw", "", "What recent"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "The situation"},
				{"question", "Emily Thornberry", "", "Will the Foreign"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "I will write"},
			},
		},
		{
			name: "capitals with a comma",
			body: joinParas(
				"JAKE SULLIVAN, NATIONAL SECURITY ADVISOR: Thanks, everybody. Let me say a few words.",
				"Q Jake, on Ukraine — what is the timeline?",
				"MR. SULLIVAN: We don't put a timeline on it.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Jake Sullivan", "National Security Advisor", "Thanks, everybody."},
				{"question", "", "", "Jake, on Ukraine"},
				{"answer", "Jake Sullivan", "National Security Advisor", "We don't"},
			},
		},
		{
			name: "NATO labels with brackets",
			body: joinParas(
				"Oana Lungescu [NATO Spokesperson]: Good morning. The Secretary General will start.",
				"NATO Secretary General Jens Stoltenberg: Good morning.",
				"Question [Reuters]: Will there be a decision today?",
				"Jens Stoltenberg: Yes.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Oana Lungescu", "NATO Spokesperson", "Good morning. The"},
				{"remarks", "Jens Stoltenberg", "NATO Secretary General", "Good morning."},
				{"question", "", "", "Will there"},
				{"answer", "Jens Stoltenberg", "NATO Secretary General", "Yes."},
			},
		},
		{
			name: "cable news interview in capitals",
			body: joinParas(
				"TAPPER: Joining me now is the Secretary of State, Antony Blinken. Mr. Secretary, thanks for being here. What happens next?",
				"BLINKEN: Jake, good to be with you. We keep working with our partners.",
				"TAPPER: Is a deal close?",
				"BLINKEN: I think we are making progress.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Tapper", "", "Joining me now"},
				{"answer", "Antony Blinken", "Secretary of State", "Jake, good"},
				{"question", "Tapper", "", "Is a deal"},
				{"answer", "Antony Blinken", "Secretary of State", "I think"},
			},
		},
		{
			name: "White House background call",
			body: joinParas(
				"Background Press Call by Senior Administration Officials on the NATO Summit",
				"MODERATOR: Thanks, everyone, for joining. This call is on background.",
				"SENIOR ADMINISTRATION OFFICIAL #1: Thanks. Let me give a short overview.",
				"SENIOR ADMINISTRATION OFFICIAL #2: And I'll add a word on the economics.",
				"MODERATOR: Our first question goes to Aamer.",
				"Q Thanks for doing this. What will the communiqué say about Ukraine?",
				"SENIOR ADMINISTRATION OFFICIAL #1: I won't get ahead of the leaders.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Moderator", "Thanks, everyone"},
				{"remarks", "", "Senior Administration Official #1", "Thanks. Let me"},
				{"remarks", "", "Senior Administration Official #2", "And I'll add"},
				{"remarks", "", "Moderator", "Our first"},
				{"question", "", "", "Thanks for doing"},
				{"answer", "", "Senior Administration Official #1", "I won't get"},
			},
		},
		{
			name: "foreign ministry briefing with outlets",
			body: joinParas(
				"Foreign Ministry Spokesperson's Regular Press Conference",
				"Mao Ning: Good afternoon. I have two announcements to start with.",
				"Reuters: The NATO summit communiqué mentions China. What is your comment?",
				"Mao Ning: We firmly oppose it.",
				"AFP: Will the Foreign Minister travel to Europe next week?",
				"Mao Ning: I have no information to offer at the moment.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mao Ning", "", "Good afternoon."},
				{"question", "Reuters", "", "The NATO summit"},
				{"answer", "Mao Ning", "", "We firmly"},
				{"question", "AFP", "", "Will the Foreign"},
				{"answer", "Mao Ning", "", "I have no"},
			},
		},
		{
			name: "title before the name",
			body: joinParas(
				"Official Spokesperson, Shri Randhir Jaiswal: Good evening, friends. Welcome to this weekly briefing.",
				"Question: Sir, my question is on the visit. Will an agreement be signed?",
				"Official Spokesperson, Shri Randhir Jaiswal: Please wait for the announcements.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Randhir Jaiswal", "Official Spokesperson", "Good evening"},
				{"question", "", "", "Sir, my question"},
				{"answer", "Randhir Jaiswal", "Official Spokesperson", "Please wait"},
			},
		},
		{
			name: "Downing Street press conference",
			body: joinParas(
				"Prime Minister Keir Starmer held a press conference in Downing Street.",
				"PM: Good afternoon. Today we have taken a decision.",
				"Journalist: Prime Minister, how much will this cost?",
				"PM: We have set out the costs in full.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Keir Starmer", "Prime Minister", "Good afternoon."},
				{"question", "", "", "Prime Minister, how"},
				{"answer", "Keir Starmer", "Prime Minister", "We have set"},
			},
		},
		{
			name: "interview with a role-only answerer",
			body: joinParas(
				"Interview with NATO Secretary General Mark Rutte by a national broadcaster",
				"Question: Secretary General, thank you for joining us. Is the Alliance ready?",
				"Secretary General: Yes, we are ready, and we are getting stronger.",
				"Question: And the money?",
				"Secretary General: Allies are spending more.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "", "", "Secretary General, thank"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Yes, we are"},
				{"question", "", "", "And the money"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Allies are"},
			},
		},
		{
			name: "Hansard without honorifics",
			body: joinParas(
				"Engagements",
				"Kemi Badenoch (North West Essex) (Con): Will the Prime Minister rule out raising taxes again?",
				"The Prime Minister (Keir Starmer): I will not write five years of budgets today.",
				"Kemi Badenoch: That was not an answer. Will he answer now?",
				"The Prime Minister: I have answered.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Kemi Badenoch", "", "Will the Prime"},
				{"answer", "Keir Starmer", "Prime Minister", "I will not"},
				{"question", "Kemi Badenoch", "", "That was not"},
				{"answer", "Keir Starmer", "Prime Minister", "I have answered."},
			},
		},
		{
			name: "journalists named by the moderator",
			body: joinParas(
				"MODERATOR: Please welcome the Foreign Minister.",
				"FOREIGN MINISTER HAAVISTO: Thank you. Good morning.",
				"MODERATOR: Laura, from MTV News.",
				"Laura Halminen (MTV News): I wanted to ask about the timeline for ratification.",
				"FOREIGN MINISTER HAAVISTO: We expect it this year.",
				"MODERATOR: Next, Mr. Smith.",
				"MR. SMITH: Thank you, Minister, for the opportunity.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Moderator", "Please welcome"},
				{"remarks", "Haavisto", "Foreign Minister", "Thank you. Good"},
				{"remarks", "", "Moderator", "Laura, from"},
				{"question", "Laura Halminen", "", "I wanted to ask"},
				{"answer", "Haavisto", "Foreign Minister", "We expect"},
				{"remarks", "", "Moderator", "Next, Mr. Smith."},
				{"remarks", "Smith", "", "Thank you, Minister"},
			},
		},
		{
			name: "own-line labels beside a colon label",
			body: joinParas(
				"Mark Rutte, NATO Secretary General",
				"Good morning. Let me start with Ukraine.",
				"Question: Will there be a decision today?",
				"Mark Rutte, NATO Secretary General",
				"Yes, there will.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "NATO Secretary General", "Good morning."},
				{"question", "", "", "Will there"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Yes, there"},
			},
		},
		{
			name: "byline with place and date lines",
			body: joinParas(
				"Antony J. Blinken, Secretary of State",
				"Washington, D.C.",
				"April 5, 2022",
				"10:05 A.M. EDT",
				"SECRETARY BLINKEN: Good morning.",
				"QUESTION: Mr. Secretary, a question?",
				"SECRETARY BLINKEN: An answer.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Antony J. Blinken", "Secretary of State", "Good morning."},
				{"question", "", "", "Mr. Secretary"},
				{"answer", "Antony J. Blinken", "Secretary of State", "An answer."},
			},
		},
		{
			name: "own-line bare names beside questions",
			body: joinParas(
				"Washington Hilton",
				"Mark Rutte",
				"Good morning. Let me start with Ukraine.",
				"Question",
				"Will there be a decision today?",
				"Mark Rutte",
				"Yes, there will.",
				"Question",
				"And on spending?",
				"Marco Rubio",
				"Allies are doing more.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "", "Good morning."},
				{"question", "", "", "Will there"},
				{"answer", "Mark Rutte", "", "Yes, there"},
				{"question", "", "", "And on spending"},
				{"answer", "Marco Rubio", "", "Allies are"},
			},
		},
		{
			name: "labels run into their words",
			body: joinParas(
				"SECRETARY BLINKEN:Good afternoon.",
				"QUESTION:Thank you. Is there a deal?",
				"SECRETARY BLINKEN:Not yet.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Good afternoon."},
				{"question", "", "", "Thank you."},
				{"answer", "Blinken", "Secretary", "Not yet."},
			},
		},
		{
			name: "no-break spaces after labels",
			body: joinParas(
				"SECRETARY BLINKEN:\u00a0\u00a0Well, good afternoon.",
				"FOREIGN MINISTER\u00a0HAAVISTO:\u00a0 Thank you.",
				"Q\u00a0\u00a0Thanks. A question?",
				"SECRETARY BLINKEN:\u00a0Yes.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Well, good"},
				{"remarks", "Haavisto", "Foreign Minister", "Thank you."},
				{"question", "", "", "Thanks. A question?"},
				{"answer", "Blinken", "Secretary", "Yes."},
			},
		},
		{
			name: "interpreting notes",
			body: joinParas(
				"PRESIDENT ZELENSKYY: (As interpreted.) Thank you, Mr. President.",
				"PRESIDENT BIDEN: Thank you. (Laughter.) Good to see you.",
				"Q (In Ukrainian.) Mr. President, will you get the air defence you asked for?",
				"PRESIDENT ZELENSKYY: (Speaking Ukrainian.)",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Zelenskyy", "President", "Thank you, Mr. President."},
				{"remarks", "Biden", "President", "Thank you. (Laughter.)"},
				{"question", "", "", "Mr. President, will"},
				{"answer", "Zelenskyy", "President", "(Speaking Ukrainian.)"},
			},
		},
		{
			name: "a label line with its words lost",
			body: joinParas(
				"Mark Rutte, NATO Secretary General",
				"It will cost a lot, but it is necessary.",
				"Allison Hart, NATO Spokesperson",
				"Question",
				"Will Spain meet the target?",
				"Mark Rutte, NATO Secretary General",
				"Yes.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "NATO Secretary General", "It will cost a lot, but it is necessary.$"},
				{"question", "", "", "Will Spain"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Yes."},
			},
		},
		{
			name: "named moderator",
			body: joinParas(
				"MODERATOR (Ned Price): Good morning. We'll begin with the Secretary.",
				"SECRETARY BLINKEN: Thank you, Ned.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Ned Price", "Moderator", "Good morning."},
				{"remarks", "Blinken", "Secretary", "Thank you, Ned."},
			},
		},
		{
			name: "one surname, two people",
			body: joinParas(
				"Mr Ed Miliband (Doncaster North) (Lab): Will the Foreign Secretary answer my brother?",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr David Miliband): I always do.",
				"Mr Ed Miliband: Then will he answer now?",
				"Mr David Miliband: No.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Ed Miliband", "", "Will the Foreign"},
				{"answer", "David Miliband", "Secretary of State for Foreign and Commonwealth Affairs", "I always"},
				{"question", "Ed Miliband", "", "Then will"},
				{"answer", "David Miliband", "Secretary of State for Foreign and Commonwealth Affairs", "No."},
			},
		},
		{
			name: "names that are also words",
			body: joinParas(
				"Ned Price: Good afternoon.",
				"Question: Thanks. A question?",
				"Ned Price: An answer.",
				"Thomas More: A word.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Ned Price", "", "Good afternoon."},
				{"question", "", "", "Thanks."},
				{"answer", "Ned Price", "", "An answer."},
				{"remarks", "Thomas More", "", "A word."},
			},
		},
		{
			name: "the Secretary named after his title's complement",
			body: joinParas(
				"Secretary of State Michael R. Pompeo at a Press Availability",
				"THE SECRETARY: Good morning, everyone.",
				"QUESTION: Mr. Secretary, a question on Iran?",
				"THE SECRETARY: We will see.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Michael R. Pompeo", "Secretary of State", "Good morning"},
				{"question", "", "", "Mr. Secretary"},
				{"answer", "Michael R. Pompeo", "Secretary of State", "We will see."},
			},
		},
		{
			name: "Hansard title with commas",
			body: joinParas(
				"Madam Deputy Speaker (Dame Eleanor Laing): Order. I call the Minister.",
				"The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs (Mr Stephen Doughty): I thank the hon. Member for her question.",
				"Dr Caroline Johnson (Sleaford and North Hykeham) (Con): Will the Minister meet me to discuss it?",
				"Mr Doughty: I will.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Eleanor Laing", "Deputy Speaker", "Order."},
				{"remarks", "Stephen Doughty", "Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs", "I thank"},
				{"question", "Caroline Johnson", "", "Will the Minister"},
				{"answer", "Stephen Doughty", "Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs", "I will."},
			},
		},
		{
			name: "NATO speech",
			body: joinParas(
				"(As delivered)",
				"Mark Rutte, NATO Secretary General",
				"Ladies and gentlemen, thank you for having me.",
				"We live in dangerous times.",
			),
			kind: KindSpeech,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "NATO Secretary General", "Ladies and gentlemen"},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			checkTurnInvariants(t, c.body, turns)
			if kind != c.kind {
				t.Errorf("kind %s, want %s", kind, c.kind)
			}
			got := segsOf(turns)
			if len(got) != len(c.want) {
				t.Fatalf("%d turns, want %d:\n%s", len(got), len(c.want), dumpSegs(got))
			}
			for i, w := range c.want {
				g := got[i]
				// A want ending in "$" is the whole text, else its start.
				textOK := strings.HasPrefix(g.starts, w.starts)
				if exact, ok := strings.CutSuffix(w.starts, "$"); ok {
					textOK = g.starts == exact
				}
				if g.kind != w.kind || g.speaker != w.speaker || g.role != w.role || !textOK {
					t.Errorf("turn %d:\n got %s %q %q %.40q\nwant %s %q %q %q", i, g.kind, g.speaker, g.role, g.starts, w.kind, w.speaker, w.role, w.starts)
				}
			}
		})
	}
}

func dumpSegs(ss []turnSeg) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "  %s %q %q %.50q\n", s.kind, s.speaker, s.role, s.starts)
	}
	return b.String()
}

// Pages that are not transcripts get no turns.
func TestSegmentTurnsNoFalseLabels(t *testing.T) {
	cases := []struct {
		name string
		body string
		kind Kind
	}{
		{"quote introduction", joinParas(
			"NATO Secretary General Mark Rutte met the Prime Minister of the Netherlands in The Hague on Monday.",
			"Secretary General Rutte said:",
			"“We stand together, and we will keep our Alliance strong.”",
			"The two leaders also discussed the preparations for the Summit.",
		), KindNews},
		{"readout", joinParas(
			"Office of the Spokesperson",
			"The following is attributable to Spokesperson Ned Price:",
			"Secretary of State Antony J. Blinken met today with Polish Foreign Minister Zbigniew Rau in Washington, D.C. They discussed collective security and regional issues.",
		), KindNews},
		{"headings with colons", joinParas(
			"NATO Allies agree new plan",
			"Brussels: Allies on Thursday agreed a new defence plan, officials said.",
			"Background: The plan was first proposed last year by the Secretary General.",
			"Note: This article was updated on 5 April.",
			"Photo: NATO",
		), KindNews},
		{"byline and signature", joinParas(
			"Jens Stoltenberg, NATO Secretary General",
			"Allies have agreed to strengthen the Alliance's posture in the east, the Secretary General said on Friday. He welcomed the decision of the Allies.",
			"The decision was taken at a meeting of the North Atlantic Council.",
			"Jens Stoltenberg, NATO Secretary General",
		), KindNews},
		{"label deep in a story", joinParas(
			"Ministers met in Brussels on Thursday to discuss support for Ukraine. They agreed on a new package of measures that includes air defence and ammunition, and they tasked officials to report back in June.",
			"The meeting was chaired by the Secretary General. He noted that the package would be delivered over the coming months, and that further decisions would follow at the Summit in The Hague.",
			"Officials said the plan would be reviewed in the autumn, when ministers meet again, and that the costs would be shared among Allies according to the agreed formula.",
			"PRIME MINISTER SMITH: We welcome this.",
		), KindNews},
		{"Q and A in a story", joinParas(
			"Q and A sessions were held after each panel, the organisers said. They were well attended.",
			"Q&A: the panel took questions from students.",
			"Questions and answers are published on the conference's website.",
		), KindNews},
		{"names on their own line", joinParas(
			"Ministers met in Brussels on Thursday.",
			"Mark Rutte",
			"The Secretary General welcomed the decision, the spokesperson said.",
			"Marco Rubio",
			"The Secretary of State also attended, officials said.",
			"Mark Rutte",
		), KindNews},
		{"times and web addresses", joinParas(
			"The meeting starts at 10:30 and ends at 12:00, officials said.",
			"More at https://www.nato.int/news today.",
			"NATO:the Alliance is strong, he said.",
		), KindNews},
		{"speech without a label", joinParas(
			"(As delivered)",
			"Thank you so much, Minister, for your kind words. It is good to be back in Warsaw.",
			"Today the Alliance faces its most dangerous moment in decades, and our answer must be strength.",
		), KindSpeech},
		{"news with a delivery note", joinParas(
			"(As delivered)",
			"The Secretary General said the Alliance would stay strong. He met ministers on Thursday and discussed support for Ukraine, officials said.",
		), KindNews},
		{"headline with a name", joinParas(
			"Rutte: Allies must spend more on defence",
			"NATO Secretary General Mark Rutte said on Monday that Allies must spend more. He told reporters in Brussels that the plan would be agreed at the Summit.",
		), KindNews},
		{"fact sheet", joinParas(
			"FACT SHEET: President Biden Announces New Actions to Strengthen the Alliance",
			"Today, President Biden announced new steps with Allies. The announcement builds on the Summit's decisions, officials said.",
		), KindNews},
		{"press statement", joinParas(
			"Press Statement",
			"The United States strongly condemns the attack on the city. We call on all parties to respect international humanitarian law, and we stand with our partners in the region as they respond to this crisis.",
			"We will continue to work with our Allies and partners to hold those responsible to account, and our support for the people of the region will not waver in the days and weeks ahead.",
		), KindNews},
		{"forms of address", joinParas(
			"Ladies and Gentlemen: it is an honour to be here with you today.",
			"Dear Colleagues: the Alliance has never been stronger, and we owe it to you.",
			"My Fellow Americans: tonight I want to speak to you about our security.",
			"I know that many of you are worried about the war, and I understand why. But I promise you that we will stand with our Allies, and that our country will be safer for it in the years ahead.",
		), KindSpeech},
		{"photo credits", joinParas(
			"The best food bloggers of the year, in pictures.",
			"Photo: personal archive",
			"— Food brings people together, wherever they are.",
			"Photo: personal archive",
			"— I have always loved to cook.",
			"Photo: personal archive",
			"— My story began with baking.",
		), KindNews},
		{"deals list", joinParas(
			"Here are today's best deals.",
			"New Price Drop: Smart Watch Series 3 for $169.99 (Originally $199).",
			"New Price Drop: Wireless Earphones for $139 (Originally $159).",
			"New Release: Console Lite Edition with bonus game.",
			"New Release: Get $10 credit with preorders.",
			"King of Monitors: 35% off a curved 34-inch monitor.",
		), KindNews},
		{"sports results", joinParas(
			"Viera defeated Rockledge to remain undefeated on Tuesday night.",
			"Palm Bay: Tolivert 25 points. Davis 17 points.",
			"Rockledge: Blakely 15 points. Devoe 2 points.",
			"Viera: Hupfer 1 goal. Patikas 1 goal.",
			"Melbourne: Osaro 3 goals, 1 assist.",
		), KindNews},
		{"advice column", joinParas(
			"Dear Abby: My husband of 20 years just bought a plane ticket for himself alone. Should I be upset?",
			"DEAR FEELING: Of course you should be happy.",
			"Dear Abby: My older sister has just been diagnosed with an illness. What should I say?",
			"DEAR CONCERNED: Tell her you love her.",
			"Dear Abby: My neighbour plays loud music. Can I complain?",
		), KindNews},
		{"arrest list", joinParas(
			"Police arrested six people in a drug investigation on Monday, the department said.",
			"Elizabeth A. Burton: Possession of methamphetamine, possession of a controlled substance.",
			"Elizabeth A. Burton: Dealing in methamphetamine.",
		), KindNews},
		{"prime minister quote in govuk style", joinParas(
			"Prime Minister Theresa May said:",
			"This year, the United Kingdom has had much to celebrate. I know how much this means to all of us.",
			"As we gather with our friends and families at this time of year, we proudly celebrate the birth of Christ. We also think of Christians in other parts of the world who face persecution this Christmas and re-affirm our determination to stand up for the freedom of people of all religions to practise their beliefs in peace and safety.",
			"Wherever you are this Christmas, I wish you joy and peace in this season of celebration, along with health and happiness in the year ahead. We thank all those who work over the holidays to keep us safe.",
		), KindSpeech},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			if len(turns) != 0 {
				t.Errorf("turns on a page without labels:\n%s", dumpSegs(segsOf(turns)))
			}
			if kind != c.kind {
				t.Errorf("kind %s, want %s", kind, c.kind)
			}
		})
	}
}

// generatedConference builds a press conference of n turns in the State
// Department's style, and returns it with the expected kinds.
func generatedConference(n int) (string, []string) {
	var ps, kinds []string
	ps = append(ps, "Antony J. Blinken, Secretary of State", "Washington, D.C.", "Press Briefing Room")
	ps = append(ps, "SECRETARY BLINKEN: Good morning, everyone. Let me start with a few words on our priorities.")
	kinds = append(kinds, "remarks")
	ps = append(ps, "We have a lot to cover today, so I will be brief.")
	ps = append(ps, "MODERATOR: We'll take questions now.")
	kinds = append(kinds, "remarks")
	for len(kinds) < n {
		k := len(kinds)
		switch {
		case k%4 == 2:
			ps = append(ps, fmt.Sprintf("QUESTION: Thank you, Mr. Secretary. On item %d, what comes next?", k))
			kinds = append(kinds, "question")
		case k%4 == 3:
			ps = append(ps, fmt.Sprintf("SECRETARY BLINKEN: On item %d, we are working closely with our partners.", k), "We will have more to say.")
			kinds = append(kinds, "answer")
		case k%4 == 0:
			ps = append(ps, fmt.Sprintf("FOREIGN MINISTER HAAVISTO: Let me add to that on item %d.", k))
			kinds = append(kinds, "remarks")
		default:
			ps = append(ps, fmt.Sprintf("MODERATOR: Next, number %d.", k))
			kinds = append(kinds, "remarks")
		}
	}
	return joinParas(ps...), kinds
}

func TestSegmentTurnsLongConference(t *testing.T) {
	body, kinds := generatedConference(200)
	kind, turns := segmentTurns(body)
	checkTurnInvariants(t, body, turns)
	if kind != KindTranscript {
		t.Errorf("kind %s", kind)
	}
	if len(turns) != len(kinds) {
		t.Fatalf("%d turns, want %d", len(turns), len(kinds))
	}
	for i, k := range kinds {
		if turns[i].Kind.String() != k {
			t.Errorf("turn %d: %s, want %s (%q)", i, turns[i].Kind, k, turns[i].Text)
		}
		if strings.HasPrefix(turns[i].Text, "On item") && (turns[i].Speaker != "Antony J. Blinken" || turns[i].Role != "Secretary of State") {
			t.Errorf("turn %d: speaker %q role %q", i, turns[i].Speaker, turns[i].Role)
		}
	}
}

func TestSegmentTurnsEdgeInputs(t *testing.T) {
	for _, body := range []string{
		"", "\n", "\n\n\n", "Q", "Q:", "A:", ":", "Mr:", "MR. PRICE:", "SECRETARY BLINKEN:",
		"QUESTION: ", "(As delivered)", "\xff\xfe: x", "Mark Rutte, NATO Secretary General",
		"Q \xffhello", strings.Repeat("SECRETARY BLINKEN: Yes.\n\n", 1000),
		strings.Repeat("A", 100000), strings.Repeat("Q ", 50000),
	} {
		kind, turns := segmentTurns(body)
		checkTurnInvariants(t, body, turns)
		_ = kind
	}
}

func TestDocumentTurnsBy(t *testing.T) {
	body, _ := generatedConference(20)
	d := &Document{Body: body}
	d.Kind, d.Turns = segmentTurns(body)
	for _, name := range []string{"Blinken", "antony j. blinken", "Antony J. Blinken"} {
		ts := d.TurnsBy(name)
		if len(ts) == 0 {
			t.Fatalf("no turns by %q", name)
		}
		for _, tr := range ts {
			if tr.Speaker != "Antony J. Blinken" {
				t.Errorf("%q: turn by %q", name, tr.Speaker)
			}
		}
	}
	if ts := d.TurnsBy("Link"); len(ts) != 0 {
		t.Errorf("a part of a surname matched: %v", ts)
	}
	if ts := d.TurnsBy(""); ts != nil {
		t.Errorf("empty name matched")
	}
	n := 0
	for q, answers := range d.Exchanges() {
		n++
		if q.Kind != TurnQuestion {
			t.Errorf("exchange opened by %s", q.Kind)
		}
		if len(answers) == 0 || answers[0].Kind != TurnAnswer {
			t.Errorf("question %q: answers %v", q.Text, answers)
		}
		for _, a := range answers {
			if a.Speaker == "" {
				t.Errorf("moderator cue among the answers")
			}
		}
	}
	if n == 0 {
		t.Error("no exchanges")
	}
	// Stopping early.
	for range d.Exchanges() {
		break
	}
}

func FuzzSegmentTurns(f *testing.F) {
	for _, set := range []string{"nato", "dev"} {
		for _, d := range loadTurnCorpus(f, set) {
			f.Add(d.body)
		}
	}
	body, _ := generatedConference(12)
	f.Add(body)
	f.Add("Q\n\nQ:\n\nA: yes\n\nPRESIDENT X. Y\n\n(As delivered)\n\nEND")
	f.Fuzz(func(t *testing.T, body string) {
		kind, turns := segmentTurns(body)
		if kind < KindNews || kind > KindSpeech {
			t.Fatalf("kind %d", kind)
		}
		checkTurnInvariants(t, body, turns)
		for _, tr := range turns {
			if utf8.ValidString(body) && (!utf8.ValidString(tr.Speaker) || !utf8.ValidString(tr.Role)) {
				t.Fatalf("invalid UTF-8 in speaker or role")
			}
		}
		if kind == KindNews && len(turns) > 0 {
			t.Fatalf("news with turns")
		}
	})
}

func BenchmarkSegmentTurns(b *testing.B) {
	var bodies []string
	size := 0
	for _, set := range []string{"nato", "dev"} {
		for _, d := range loadTurnCorpus(b, set) {
			bodies = append(bodies, d.body)
			size += len(d.body)
		}
	}
	conf, _ := generatedConference(200)
	bodies = append(bodies, conf)
	size += len(conf)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, body := range bodies {
			segmentTurns(body)
		}
	}
}

func TestSegmentTurnsEndMarkers(t *testing.T) {
	for _, end := range []string{"END", "END 2:15 P.M. EDT", "###", "\\###", "12:32 P.M. CEST", "(END)", "1:05 PM"} {
		body := joinParas("THE PRESIDENT: Good afternoon.", "Q Mr. President, a question?", "THE PRESIDENT: No.", end, "Share this page")
		_, turns := segmentTurns(body)
		if len(turns) != 3 || turns[2].Text != "No." {
			t.Errorf("%q: %s", end, dumpSegs(segsOf(turns)))
		}
	}
}

// Hostile pages: thousands of distinct speakers, or labels and nothing
// else, finish in time proportional to their size.
func TestSegmentTurnsHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	letters := func(i int) string {
		var b strings.Builder
		for j := 0; j < 6; j++ {
			b.WriteByte(byte('A' + (i>>(j*3))%26))
		}
		return b.String()
	}
	var b strings.Builder
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "MR. %s: Hello there, how are you?\n\nSecretary %s said this.\n\n", letters(i), letters(i))
	}
	bodies := []string{
		b.String(),
		strings.Repeat("Q\n\n", 100000),
		strings.Repeat("THE PRESIDENT: yes.\n\nTHE VICE PRESIDENT: no.\n\n", 10000) + strings.Repeat("President Smith and President Jones ", 5000),
		strings.Repeat("Name Person: hello?\n\nReuters: why?\n\n", 10000),
	}
	for i, body := range bodies {
		start := time.Now()
		_, turns := segmentTurns(body)
		checkTurnInvariants(t, body, turns)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("body %d (%d bytes): %v", i, len(body), d)
		}
	}
}

// The headline may name a speaker whom the body names only by a label.
func TestSegmentTitledTurns(t *testing.T) {
	body := joinParas(
		"MS. JEAN-PIERRE: Good afternoon, everybody.",
		"Q Thank you, Karine. What does the President expect?",
		"MS. JEAN-PIERRE: A good conversation.",
	)
	_, turns := segmentTurns(body)
	if len(turns) != 3 || turns[0].Speaker != "Jean-Pierre" || turns[0].Role != "" {
		t.Fatalf("without the headline: %s", dumpSegs(segsOf(turns)))
	}
	_, turns = segmentTitledTurns(body, "Press Briefing by Press Secretary Karine Jean-Pierre | The White House")
	for _, i := range []int{0, 2} {
		if turns[i].Speaker != "Karine Jean-Pierre" || turns[i].Role != "Press Secretary" {
			t.Errorf("turn %d: %q %q", i, turns[i].Speaker, turns[i].Role)
		}
	}
	_, turns = segmentTitledTurns(joinParas("THE PRESIDENT: Good afternoon.", "Today I want to talk about jobs."), "Remarks by President Biden on the Economy")
	if len(turns) != 1 || turns[0].Speaker != "Biden" {
		t.Errorf("role-only label named from the headline: %s", dumpSegs(segsOf(turns)))
	}
}

func TestGenericLabels(t *testing.T) {
	for _, c := range []struct {
		label string
		gen   genericRole
	}{
		{"QUESTION", genQuestion}, {"Q", genQuestion}, {"Questions", genQuestion}, {"PARTICIPANT", genQuestion},
		{"Correspondent", genQuestion}, {"Journaliste", genQuestion}, {"AUDIENCE\u00a0MEMBER", genQuestion},
		{"Réponse", genAnswer}, {"MODERATOR", genModerator}, {"Modératrice", genModerator},
		{"INTERPRETER", genOther}, {"Hon. Members", genOther}, {"Several hon. Members", genOther},
		{"Speaker 2", genOther}, {"Secretary", genNone}, {"Note", genNone}, {"Президент", genNone},
	} {
		if g, _ := genericLookup(c.label); g != c.gen {
			t.Errorf("%q: %d, want %d", c.label, g, c.gen)
		}
	}
}

// Long press conferences in three more house styles: every turn found, with
// its kind and speaker.
func TestSegmentTurnsLongStyles(t *testing.T) {
	type style struct {
		name                     string
		intro                    []string
		official, moderator, ask func(i int) string
		officialName, officialRe string
	}
	styles := []style{
		{
			name:  "White House",
			intro: []string{"Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby", "1:32 P.M. EDT"},
			official: func(i int) string {
				return fmt.Sprintf("MS. JEAN-PIERRE: On point %d, the President has been clear.", i)
			},
			moderator: func(i int) string {
				return fmt.Sprintf("MR. KIRBY: And to add on point %d, we are watching closely.", i)
			},
			ask:          func(i int) string { return fmt.Sprintf("Q Thank you, Karine. On point %d — what next?", i) },
			officialName: "Karine Jean-Pierre", officialRe: "Press Secretary",
		},
		{
			name:         "Kremlin",
			intro:        []string{"President of Russia Vladimir Putin: Good afternoon, colleagues."},
			official:     func(i int) string { return fmt.Sprintf("Vladimir Putin: As for point %d, we will see.", i) },
			moderator:    func(i int) string { return fmt.Sprintf("Dmitry Peskov: Point %d, please, go ahead.", i) },
			ask:          func(i int) string { return fmt.Sprintf("Question: Mr President, on point %d, what is your view?", i) },
			officialName: "Vladimir Putin", officialRe: "President of Russia",
		},
		{
			name:  "NATO",
			intro: []string{"(As delivered)", "Mark Rutte, NATO Secretary General", "Good afternoon."},
			official: func(i int) string {
				return joinParas("Mark Rutte, NATO Secretary General", fmt.Sprintf("On point %d, Allies agree.", i), "That is important.")
			},
			moderator: func(i int) string {
				return joinParas("Allison Hart, NATO Spokesperson", fmt.Sprintf("Point %d goes to Reuters.", i))
			},
			ask: func(i int) string {
				return joinParas("Question", fmt.Sprintf("Secretary General, on point %d, what now?", i))
			},
			officialName: "Mark Rutte", officialRe: "NATO Secretary General",
		},
	}
	for _, st := range styles {
		t.Run(st.name, func(t *testing.T) {
			ps := append([]string(nil), st.intro...)
			var gold []goldTurn
			if st.name != "White House" {
				gold = append(gold, goldTurn{Kind: "remarks", Speaker: st.officialName, Starts: "Good afternoon"})
			}
			for i := 0; len(gold) < 200; i++ {
				ps = append(ps, st.moderator(i), st.ask(i), st.official(i))
				mod := strings.SplitN(st.moderator(i), ": ", 2)
				modStarts := fmt.Sprintf("Point %d", i)
				if len(mod) == 2 {
					modStarts = mod[1][:10]
				}
				gold = append(gold,
					goldTurn{Kind: "remarks", Starts: modStarts},
					goldTurn{Kind: "question", Starts: strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(st.ask(i), "Q "), "Question: "), "Question\n\n")[:15]},
					goldTurn{Kind: "answer", Speaker: st.officialName, Starts: fmt.Sprintf("%s point %d", map[bool]string{true: "On", false: "As for"}[st.name != "Kremlin"], i)})
			}
			body := joinParas(ps...)
			kind, turns := segmentTitledTurns(body, st.intro[0])
			checkTurnInvariants(t, body, turns)
			if kind != KindTranscript {
				t.Errorf("kind %s", kind)
			}
			var sc turnScore
			sc.add(gold, turns, func(f string, a ...any) {
				if sc.fn < 5 {
					t.Errorf(f, a...)
				}
			})
			if sc.f1() < 1 || sc.speakerAcc() < 1 {
				t.Errorf("F1 %.3f (tp %d fp %d fn %d), speaker accuracy %.3f", sc.f1(), sc.tp, sc.fp, sc.fn, sc.speakerAcc())
			}
			for _, tr := range turns {
				if tr.Speaker == st.officialName && tr.Role != st.officialRe {
					t.Fatalf("role %q, want %q", tr.Role, st.officialRe)
				}
			}
		})
	}
}

// turnCase is a table test of segmentTurns.
type turnCase struct {
	name string
	body string
	kind Kind
	want []turnSeg
}

// runTurnCases checks each case's kind and turns; a want ending in "$" is
// the whole text, else its start.
func runTurnCases(t *testing.T, cases []turnCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			checkTurnInvariants(t, c.body, turns)
			if kind != c.kind {
				t.Errorf("kind %s, want %s", kind, c.kind)
			}
			got := segsOf(turns)
			if len(got) != len(c.want) {
				t.Fatalf("%d turns, want %d:\n%s", len(got), len(c.want), dumpSegs(got))
			}
			for i, w := range c.want {
				g := got[i]
				textOK := strings.HasPrefix(g.starts, w.starts)
				if exact, ok := strings.CutSuffix(w.starts, "$"); ok {
					textOK = g.starts == exact
				}
				if g.kind != w.kind || g.speaker != w.speaker || g.role != w.role || !textOK {
					t.Errorf("turn %d:\n got %s %q %q %.60q\nwant %s %q %q %q", i, g.kind, g.speaker, g.role, g.starts, w.kind, w.speaker, w.role, w.starts)
				}
			}
		})
	}
}

// The UK Parliament's Hansard web pages print each speaker's label on its
// own line, without a colon; older records and other reports keep the colon.
func TestSegmentTurnsHansardOwnLine(t *testing.T) {
	const fcoHague = "Secretary of State for Foreign and Commonwealth Affairs"
	runTurnCases(t, []turnCase{
		{
			name: "statement with own-line Members and colon replies",
			body: joinParas(
				"Syria",
				"Volume 551: debated on Tuesday 27 November 2012",
				"12.35 pm",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): With permission, Mr Speaker, I will make a statement on Syria.",
				"The conflict has now claimed more than 40,000 lives.",
				"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)",
				"I thank the Foreign Secretary for his statement. What steps is he taking to support the opposition coalition?",
				"Mr Hague: We have recognised the coalition as the legitimate representative of the Syrian people.",
				"Sir Menzies Campbell (North East Fife) (LD)",
				"Does my right hon. Friend accept that a political settlement remains the only answer?",
				"Mr Hague: I do, and we are working for one every day.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", fcoHague, "With permission"},
				{"question", "Douglas Alexander", "", "I thank the Foreign Secretary"},
				{"answer", "William Hague", fcoHague, "We have recognised"},
				{"question", "Menzies Campbell", "", "Does my right hon."},
				{"answer", "William Hague", fcoHague, "I do, and we are working for one every day.$"},
			},
		},
		{
			name: "every label on its own line",
			body: joinParas(
				"Ukraine",
				"3.31 pm",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)",
				"With permission, Mr Speaker, I will make a statement on Ukraine.",
				"Mr David Lammy (Tottenham) (Lab)",
				"Will the Foreign Secretary tell the House when sanctions will be extended?",
				"Mr Hague",
				"They will be extended at the next meeting of the Foreign Affairs Council.",
				"Mr Speaker",
				"Order. Many Members wish to take part; short questions and short answers, please.",
				"Dame Rosie Winterton (Doncaster Central) (Lab)",
				"What support will the Government give to Ukrainian refugees in Doncaster?",
				"Mr Hague",
				"We will set out more support next week.",
				"Mr Jonathan Lord (Woking) (Con)",
				"Will my right hon. Friend visit Kyiv?",
				"Madam Deputy Speaker (Dame Eleanor Laing)",
				"Order. The hon. Gentleman must be brief.",
				"Mr Hague",
				"I will visit Kyiv soon.",
				"4.02 pm",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", fcoHague, "With permission"},
				{"question", "David Lammy", "", "Will the Foreign Secretary"},
				{"answer", "William Hague", fcoHague, "They will be extended"},
				{"remarks", "", "Speaker", "Order. Many Members"},
				{"question", "Rosie Winterton", "", "What support"},
				{"answer", "William Hague", fcoHague, "We will set out more support next week.$"},
				{"question", "Jonathan Lord", "", "Will my right hon. Friend visit Kyiv?$"},
				{"remarks", "Eleanor Laing", "Deputy Speaker", "Order. The hon. Gentleman"},
				{"answer", "William Hague", fcoHague, "I will visit Kyiv soon.$"},
			},
		},
		{
			name: "Prime Minister's questions",
			body: joinParas(
				"Prime Minister",
				"The Prime Minister was asked—",
				"Engagements",
				"Q1. [901234] Mr Jonathan Lord (Woking) (Con)",
				"If he will list his official engagements for Wednesday 15 November.",
				"The Prime Minister (Rishi Sunak)",
				"This morning, I had meetings with ministerial colleagues and others. In addition to my duties in this House, I shall have further such meetings later today.",
				"Mr Lord",
				"I thank the Prime Minister for his answer. Will he confirm that the Government will keep the triple lock?",
				"The Prime Minister",
				"I can confirm that we will.",
				"Mr Speaker",
				"I call the Leader of the Opposition.",
				"Keir Starmer (Holborn and St Pancras) (Lab)",
				"The Prime Minister promised to cut waiting lists. Why are they longer than ever?",
				"The Prime Minister",
				"Waiting lists are now falling, and we have a plan to cut them further.",
				"Several hon. Members rose—",
				"Mr Speaker",
				"Order. I want to hear the questions.",
				"Hon. Members",
				"Hear, hear!",
				"Q2. [901235] Dr Caroline Johnson (Sleaford and North Hykeham) (Con)",
				"If he will list his official engagements for Wednesday 15 November.",
				"The Prime Minister",
				"I refer my hon. Friend to the answer I gave some moments ago.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jonathan Lord", "", "If he will list"},
				{"answer", "Rishi Sunak", "Prime Minister", "This morning"},
				{"question", "Jonathan Lord", "", "I thank the Prime Minister"},
				{"answer", "Rishi Sunak", "Prime Minister", "I can confirm that we will.$"},
				{"remarks", "", "Speaker", "I call the Leader"},
				{"question", "Keir Starmer", "", "The Prime Minister promised"},
				{"answer", "Rishi Sunak", "Prime Minister", "Waiting lists are now falling, and we have a plan to cut them further.$"},
				{"remarks", "", "Speaker", "Order. I want to hear the questions.$"},
				{"remarks", "", "Hon. Members", "Hear, hear!$"},
				{"question", "Caroline Johnson", "", "If he will list"},
				{"answer", "Rishi Sunak", "Prime Minister", "I refer my hon. Friend"},
			},
		},
		{
			name: "Lords oral question",
			body: joinParas(
				"Gaza: Humanitarian Aid",
				"Question",
				"11.14 am",
				"Lord Hannay of Chiswick",
				"To ask His Majesty's Government what steps they are taking to increase the flow of humanitarian aid into Gaza.",
				"The Secretary of State for Foreign, Commonwealth and Development Affairs (Lord Cameron of Chipping Norton) (Con)",
				"My Lords, we are pressing for more crossings to open and have trebled our aid this year.",
				"Lord Hannay of Chiswick (CB)",
				"My Lords, I thank the noble Lord for that Answer. Will he press the Israeli Government to open the port of Ashdod?",
				"Lord Cameron of Chipping Norton",
				"My Lords, we have pressed for exactly that.",
				"Baroness Chapman of Darlington (Lab)",
				"My Lords, what assessment has the Government made of the risk of famine in the north of Gaza?",
				"Lord Cameron of Chipping Norton",
				"The risk is real, and we are working with the UN on it.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Lord Hannay of Chiswick", "", "To ask His Majesty"},
				{"answer", "Lord Cameron of Chipping Norton", "Secretary of State for Foreign, Commonwealth and Development Affairs", "My Lords, we are pressing"},
				{"question", "Lord Hannay of Chiswick", "", "My Lords, I thank"},
				{"answer", "Lord Cameron of Chipping Norton", "Secretary of State for Foreign, Commonwealth and Development Affairs", "My Lords, we have pressed"},
				{"question", "Baroness Chapman of Darlington", "", "My Lords, what assessment"},
				{"answer", "Lord Cameron of Chipping Norton", "Secretary of State for Foreign, Commonwealth and Development Affairs", "The risk is real"},
			},
		},
		{
			name: "Westminster Hall debate",
			body: joinParas(
				"Westminster Hall",
				"[Sir Edward Leigh in the Chair]",
				"9.30 am",
				"Jim Shannon (Strangford) (DUP)",
				"I beg to move, That this House has considered freedom of religion or belief around the world.",
				"It is a pleasure to serve under your chairmanship, Sir Edward.",
				"Mr Philip Hollobone (Kettering) (Con)",
				"Will the hon. Gentleman give way?",
				"Jim Shannon",
				"I will, of course.",
				"Sir Edward Leigh (in the Chair)",
				"Order. The Minister has 10 minutes.",
				"The Minister for Europe (Stephen Doughty)",
				"I congratulate the hon. Member for Strangford on securing this debate.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Jim Shannon", "", "I beg to move"},
				{"question", "Philip Hollobone", "", "Will the hon. Gentleman give way?$"},
				{"answer", "Jim Shannon", "", "I will, of course.$"},
				{"remarks", "Edward Leigh", "Chair", "Order. The Minister"},
				{"remarks", "Stephen Doughty", "Minister for Europe", "I congratulate"},
			},
		},
		{
			name: "Lords question asked by",
			body: joinParas(
				"Sudan: Humanitarian Situation",
				"Question",
				"Asked by Baroness Anelay of St Johns",
				"To ask His Majesty's Government what assessment they have made of the humanitarian situation in Sudan.",
				"The Minister of State, Foreign, Commonwealth and Development Office (Lord Collins of Highbury) (Lab)",
				"My Lords, the situation in Sudan is the largest humanitarian crisis in the world.",
				"Baroness Anelay of St Johns (Con)",
				"My Lords, I thank the Minister. What more can be done to protect civilians in El Fasher?",
				"Lord Collins of Highbury (Lab)",
				"We are working with our partners at the Security Council.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Baroness Anelay of St Johns", "", "To ask His Majesty"},
				{"answer", "Lord Collins of Highbury", "Minister of State, Foreign, Commonwealth and Development Office", "My Lords, the situation"},
				{"question", "Baroness Anelay of St Johns", "", "My Lords, I thank"},
				{"answer", "Lord Collins of Highbury", "Minister of State, Foreign, Commonwealth and Development Office", "We are working"},
			},
		},
		{
			name: "virtual participation and topical questions",
			body: joinParas(
				"Topical Questions",
				"T1. [906789] Jim Shannon (Strangford) (DUP) [V]",
				"If he will make a statement on his departmental responsibilities.",
				"The Secretary of State for Foreign, Commonwealth and Development Affairs (Dominic Raab)",
				"We continue to lead the international response to the crisis in Hong Kong.",
				"Jim Shannon [V]",
				"I thank the Secretary of State for his answer. What steps is he taking on freedom of religion?",
				"Dominic Raab",
				"We have appointed a special envoy.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jim Shannon", "", "If he will make"},
				{"answer", "Dominic Raab", "Secretary of State for Foreign, Commonwealth and Development Affairs", "We continue"},
				{"question", "Jim Shannon", "", "I thank the Secretary"},
				{"answer", "Dominic Raab", "Secretary of State for Foreign, Commonwealth and Development Affairs", "We have appointed"},
			},
		},
		{
			name: "committee oral evidence",
			body: joinParas(
				"Foreign Affairs Committee",
				"Oral evidence: The UK's relations with China",
				"Witness: Lord Cameron, Secretary of State for Foreign, Commonwealth and Development Affairs.",
				"Q1 Chair: Good morning, Foreign Secretary. How would you describe the relationship with China today?",
				"Lord Cameron: It is a complex relationship, and we engage where it is in our interest.",
				"Q2 Bob Seely: Do you think the Government's approach has been consistent?",
				"Lord Cameron: I think it has been consistent and clear.",
				"Chair: Thank you. We will move on to Hong Kong.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "", "Chair", "Good morning, Foreign Secretary."},
				{"answer", "Lord Cameron", "", "It is a complex"},
				{"question", "Bob Seely", "", "Do you think"},
				{"answer", "Lord Cameron", "", "I think it has been"},
				{"remarks", "", "Chair", "Thank you. We will move on to Hong Kong.$"},
			},
		},
		{
			name: "page frame left between contributions",
			body: joinParas(
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)",
				"With permission, I will make a statement on Iran.",
				"Share this contribution",
				"Copy link",
				"Mr Jack Straw (Blackburn) (Lab)",
				"Will the Foreign Secretary confirm that talks will resume?",
				"Share this contribution",
				"Copy link",
				"Mr Hague",
				"They will resume next month.",
				"Share this contribution",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "With permission, I will make a statement on Iran.$"},
				{"question", "Jack Straw", "", "Will the Foreign Secretary confirm that talks will resume?$"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "They will resume next month.$"},
			},
		},
		{
			name: "next item's heading and time",
			body: joinParas(
				"Mr Jonathan Lord (Woking) (Con)",
				"Will the Prime Minister visit Woking?",
				"The Prime Minister (Rishi Sunak)",
				"I would be delighted to visit Woking.",
				"Points of Order",
				"12.37 pm",
				"Ms Emily Thornberry (Islington South and Finsbury) (Lab)",
				"On a point of order, Mr Speaker. Have you had notice of a statement on the hospital closures?",
				"Mr Speaker",
				"I have had no notice of a statement.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jonathan Lord", "", "Will the Prime Minister visit Woking?$"},
				{"answer", "Rishi Sunak", "Prime Minister", "I would be delighted to visit Woking.$"},
				{"question", "Emily Thornberry", "", "On a point of order"},
				{"remarks", "", "Speaker", "I have had no notice of a statement.$"},
			},
		},
		{
			name: "interjections between question and answer, colon labels",
			body: joinParas(
				"Mr Jack Straw (Blackburn) (Lab): Will the Foreign Secretary rule out military action?",
				"Hon. Members: Hear, hear!",
				"Mr Speaker: Order.",
				"Mr Hague: No option is off the table.",
				"Several hon. Members rose—",
				"Mr Speaker: I call Sir Menzies Campbell.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jack Straw", "", "Will the Foreign Secretary"},
				{"remarks", "", "Hon. Members", "Hear, hear!$"},
				{"remarks", "", "Speaker", "Order.$"},
				{"answer", "Hague", "", "No option is off the table.$"},
				{"remarks", "", "Speaker", "I call Sir Menzies Campbell.$"},
			},
		},
		{
			name: "Scottish Parliament First Minister's question time",
			body: joinParas(
				"First Minister's Question Time",
				"The Presiding Officer (Alison Johnstone)",
				"We move to general and constituency supplementary questions.",
				"1. Douglas Ross (Highlands and Islands) (Con)",
				"To ask the First Minister what engagements he has planned for the rest of the week. (S6F-03112)",
				"The First Minister (John Swinney)",
				"Engagements to take forward the Government's programme for Scotland.",
				"Douglas Ross",
				"The waiting lists are the longest on record. When will the First Minister act?",
				"The Presiding Officer",
				"Thank you, Mr Ross.",
				"The First Minister",
				"We are already acting, and waiting lists are falling.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Alison Johnstone", "Presiding Officer", "We move to"},
				{"question", "Douglas Ross", "", "To ask the First Minister"},
				{"answer", "John Swinney", "First Minister", "Engagements to take"},
				{"question", "Douglas Ross", "", "The waiting lists"},
				{"remarks", "Alison Johnstone", "Presiding Officer", "Thank you, Mr Ross.$"},
				{"answer", "John Swinney", "First Minister", "We are already acting"},
			},
		},
		{
			name: "Canadian House of Commons",
			body: joinParas(
				"Oral Questions",
				"Mr. Michael Chong (Wellington—Halton Hills, CPC)",
				"Mr. Speaker, will the minister expel the diplomats involved?",
				"Hon. Mélanie Joly (Minister of Foreign Affairs, Lib.)",
				"Mr. Speaker, we have summoned the ambassador and all options are on the table.",
				"The Speaker",
				"Order. The hon. member for Wellington—Halton Hills.",
				"Mr. Michael Chong (Wellington—Halton Hills, CPC)",
				"Mr. Speaker, that is not an answer. When will they act?",
				"Hon. Mélanie Joly",
				"Mr. Speaker, we will act this week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Michael Chong", "", "Mr. Speaker, will the minister"},
				{"answer", "Mélanie Joly", "Minister of Foreign Affairs", "Mr. Speaker, we have summoned"},
				{"remarks", "", "Speaker", "Order."},
				{"question", "Michael Chong", "", "Mr. Speaker, that is not"},
				{"answer", "Mélanie Joly", "Minister of Foreign Affairs", "Mr. Speaker, we will act this week.$"},
			},
		},
		{
			name: "Deputy Speaker named in brackets",
			body: joinParas(
				"Madam Deputy Speaker (Dame Rosie Winterton)",
				"I call the shadow Foreign Secretary.",
				"Mr David Lammy (Tottenham) (Lab)",
				"Can the Minister tell us when the embassy will reopen?",
				"The Minister of State, Foreign, Commonwealth and Development Office (Anne-Marie Trevelyan)",
				"As soon as it is safe to do so.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Rosie Winterton", "Deputy Speaker", "I call the shadow"},
				{"question", "David Lammy", "", "Can the Minister"},
				{"answer", "Anne-Marie Trevelyan", "Minister of State, Foreign, Commonwealth and Development Office", "As soon as"},
			},
		},
	})
}

// Own-line lines that look like a parliament's labels are no labels on
// pages without a parliament's forms.
func TestSegmentTurnsHansardNoFalseLabels(t *testing.T) {
	cases := []struct {
		name string
		body string
		kind Kind
	}{
		{"headline names", joinParas(
			"The Prime Minister",
			"The Prime Minister met the President of France in Paris on Monday. They discussed support for Ukraine, officials said.",
			"Mr Macron",
			"The French President welcomed the visit, his office said in a statement.",
		), KindNews},
		{"one bracketed outlet", joinParas(
			"Mr John Smith (BBC)",
			"The minister was asked about the budget on Sunday and said that taxes would not rise, according to the broadcaster.",
		), KindNews},
		{"peer named once in a story", joinParas(
			"Lord Ahmad of Wimbledon",
			"The Minister for the Middle East visited Amman on Tuesday. He met the Foreign Minister and discussed the humanitarian situation, the Foreign Office said.",
		), KindNews},
		{"list of peers", joinParas(
			"New appointments to the House of Lords",
			"Lord Cameron of Chipping Norton",
			"Former Prime Minister and Foreign Secretary from November 2023 to July 2024.",
			"Baroness Smith of Basildon",
			"Leader of the House of Lords and Lord Privy Seal since July 2024.",
			"Lord Ahmad of Wimbledon",
			"Former Minister of State for the Middle East, North Africa, South Asia and the United Nations.",
		), KindNews},
		{"election results", joinParas(
			"Results in north London",
			"Mr David Lammy (Tottenham) (Lab)",
			"Elected with 23,000 votes, a majority of 15,400 over the Green candidate.",
			"Ms Catherine West (Hornsey and Friern Barnet) (Lab)",
			"Elected with 27,000 votes, a majority of 10,800 over the Liberal Democrat candidate.",
		), KindNews},
		{"programme with times", joinParas(
			"Programme of the NATO Summit",
			"Arrival of Leaders 09:30",
			"Leaders arrive at the venue and are greeted by the Secretary General.",
			"Family Photo 10:15",
			"Heads of State and Government gather for the traditional family photo.",
			"Working Session 10:45",
			"The North Atlantic Council meets at the level of Heads of State and Government.",
			"Press Conference 16:00",
			"The Secretary General holds a press conference at the end of the Summit.",
		), KindNews},
		{"quarterly results", joinParas(
			"Q4 Earnings: Revenue rose 5% on the year, the company said on Thursday, beating analysts' forecasts.",
			"Q3 Outlook: The company expects margins to narrow as costs rise, its chief financial officer told reporters.",
		), KindNews},
		{"rise line alone", joinParas(
			"Several hon. Members rose—",
			"The debate continued into the evening, and the vote was held at 7 pm, the clerk said.",
		), KindNews},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			if kind != c.kind || len(turns) != 0 {
				t.Errorf("kind %s, %d turns:\n%s", kind, len(turns), dumpSegs(segsOf(turns)))
			}
		})
	}
}

func TestParlLabelParts(t *testing.T) {
	cases := []struct {
		in                            string
		ok                            bool
		name, role                    string
		member, mark, chair, numbered bool
	}{
		{"Mr Douglas Alexander (Paisley and Renfrewshire South) (Lab)", true, "Douglas Alexander", "", true, true, false, false},
		{"Dame Rosie Winterton (Doncaster Central) (Lab)", true, "Rosie Winterton", "", true, true, false, false},
		{"Keir Starmer (Holborn and St Pancras) (Lab)", true, "Keir Starmer", "", true, true, false, false},
		{"The Prime Minister (Rishi Sunak)", true, "Rishi Sunak", "Prime Minister", false, true, false, false},
		{"Lord Cameron of Chipping Norton", true, "Lord Cameron of Chipping Norton", "", false, true, false, false},
		{"The Earl of Courtown (Con)", true, "Earl of Courtown", "", true, true, false, false},
		{"The Lord Bishop of St Albans", true, "Lord Bishop of St Albans", "", false, true, false, false},
		{"Mr Speaker", true, "", "Speaker", false, false, true, false},
		{"Madam Deputy Speaker (Dame Eleanor Laing)", true, "Eleanor Laing", "Deputy Speaker", false, true, true, false},
		{"Sir Edward Leigh (in the Chair)", true, "Edward Leigh", "Chair", false, true, true, false},
		{"Q1. [901234] Mr Jonathan Lord (Woking) (Con)", true, "Jonathan Lord", "", true, true, false, true},
		{"T3. [906789] Jim Shannon (Strangford) (DUP)", true, "Jim Shannon", "", true, true, false, true},
		{"Mr Hague", true, "Hague", "", false, false, false, false},
		{"The Secretary of State for Northern Ireland (Hilary Benn)", true, "Hilary Benn", "Secretary of State for Northern Ireland", false, true, false, false},
		{"The Chancellor of the Exchequer (Rachel Reeves)", true, "Rachel Reeves", "Chancellor of the Exchequer", false, true, false, false},
		{"The Chancellor of the Duchy of Lancaster (Pat McFadden)", true, "Pat McFadden", "Chancellor of the Duchy of Lancaster", false, true, false, false},
		{"The Lord Privy Seal (Lord True) (Con)", true, "Lord True", "Lord Privy Seal", false, true, false, false},
		{"The Lord Speaker (Lord McFall of Alcluith)", true, "Lord McFall of Alcluith", "Lord Speaker", false, true, true, false},
		{"The Secretary of State for the Home Department (Yvette Cooper)", true, "Yvette Cooper", "Secretary of State for the Home Department", false, true, false, false},
		{"Oana Lungescu (NATO Spokesperson)", true, "Oana Lungescu", "NATO Spokesperson", false, false, false, false},
		{"Libya and the Middle East", false, "", "", false, false, false, false},
		{"Prime Minister", false, "", "", false, false, false, false},
		{"Lord Privy Seal", false, "", "", false, false, false, false},
		{"Mr Smith said the talks would go on.", false, "", "", false, false, false, false},
	}
	for _, c := range cases {
		lb, ok := paragraphLabel(c.in, labelMemo{})
		if ok && lb.class != classParl && !lb.ownLine {
			ok = false
		}
		if ok != c.ok {
			t.Errorf("%q: ok %v, want %v (%+v)", c.in, ok, c.ok, lb)
			continue
		}
		if !ok {
			continue
		}
		p := lb.parl
		if lb.name != c.name || lb.role != c.role || p.member != c.member || p.mark != c.mark || p.chair != c.chair || p.numbered != c.numbered {
			t.Errorf("%q: got %q %q %+v, want %q %q member %v mark %v chair %v numbered %v", c.in, lb.name, lb.role, p, c.name, c.role, c.member, c.mark, c.chair, c.numbered)
		}
	}
}

// Transcription services print a recording's time stamp beside each label;
// it is not part of the words, and "Speaker 1" is nobody named.
func TestSegmentTurnsRecordingStamps(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "stamp after the colon, words on the next line",
			body: joinParas(
				"Dmitry Peskov Press Briefing Transcript",
				"Dmitry Peskov: (09:51)",
				"Good morning. We have no announcements today.",
				"Speaker 1: (10:08)",
				"Will President Putin take part in the summit?",
				"Dmitry Peskov: (10:15)",
				"No decision has been taken yet.",
				"Speaker 2: (10:40)",
				"And the talks in Istanbul?",
				"Dmitry Peskov: (10:44)",
				"They will continue next week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Dmitry Peskov", "", "Good morning. We have no announcements today.$"},
				{"question", "", "Speaker 1", "Will President Putin take part in the summit?$"},
				{"answer", "Dmitry Peskov", "", "No decision has been taken yet.$"},
				{"question", "", "Speaker 2", "And the talks in Istanbul?$"},
				{"answer", "Dmitry Peskov", "", "They will continue next week.$"},
			},
		},
		{
			name: "stamp after the colon, words on the same line",
			body: joinParas(
				"Secretary Blinken: (00:12) Good afternoon, everyone.",
				"We are here to talk about Ukraine.",
				"Speaker 1: (03:40) Mr. Secretary, will you meet the Foreign Minister?",
				"Secretary Blinken: (03:52) I will, tomorrow.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Good afternoon"},
				{"question", "", "Speaker 1", "Mr. Secretary, will you meet the Foreign Minister?$"},
				{"answer", "Blinken", "Secretary", "I will, tomorrow.$"},
			},
		},
		{
			name: "stamp in the label, hours and brackets",
			body: joinParas(
				"Jake Tapper (01:02:03):",
				"Madam Secretary, thank you for joining us. How long will the operation last?",
				"Janet Yellen (01:02:15):",
				"I don't want to put a timeline on it.",
				"Jake Tapper [01:03:00]",
				"And what about the markets?",
				"Janet Yellen [01:03:07]",
				"The markets have been calm.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jake Tapper", "", "Madam Secretary"},
				{"answer", "Janet Yellen", "", "I don't want to put a timeline on it.$"},
				{"question", "Jake Tapper", "", "And what about the markets?$"},
				{"answer", "Janet Yellen", "", "The markets have been calm.$"},
			},
		},
		{
			name: "bare stamps after own-line labels",
			body: joinParas(
				"Speaker 1  0:03",
				"Thank you all for coming. The minister will take questions.",
				"Speaker 2  0:12",
				"Minister, when will the border reopen?",
				"Speaker 3  0:18",
				"We expect it to reopen next month.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Speaker 1", "Thank you all"},
				{"question", "", "Speaker 2", "Minister, when"},
				{"answer", "", "Speaker 3", "We expect it to reopen next month.$"},
			},
		},
		{
			name: "unknown speakers",
			body: joinParas(
				"Antony Blinken: (00:03)",
				"Good afternoon. I'm happy to take a few questions.",
				"Unknown Speaker: (00:20)",
				"Mr. Secretary, is a ceasefire close?",
				"Antony Blinken: (00:25)",
				"We are working for one every day.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Antony Blinken", "", "Good afternoon."},
				{"remarks", "", "Unknown Speaker", "Mr. Secretary, is a ceasefire close?$"},
				{"remarks", "Antony Blinken", "", "We are working for one every day.$"},
			},
		},
		{
			name: "bare stamp after the colon",
			body: joinParas(
				"Karoline Leavitt: 00:00",
				"Good afternoon, everyone. Let's get started.",
				"Reporter: 02:14",
				"Karoline, does the President plan to sign the order today?",
				"Karoline Leavitt: 02:20",
				"He will sign it this afternoon.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Karoline Leavitt", "", "Good afternoon, everyone. Let's get started.$"},
				{"question", "", "", "Karoline, does the President"},
				{"answer", "Karoline Leavitt", "", "He will sign it this afternoon.$"},
			},
		},
		{
			name: "stamp before the label",
			body: joinParas(
				"[00:00:05] Moderator: Welcome to the briefing. The Spokesperson will take your questions.",
				"[00:00:20] Reporter: What is the latest on the ceasefire talks?",
				"[00:00:31] Ned Price: The talks continue in Doha.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Moderator", "Welcome to the briefing."},
				{"question", "", "", "What is the latest on the ceasefire talks?$"},
				{"answer", "Ned Price", "", "The talks continue in Doha.$"},
			},
		},
	})
}

func TestRecordingStamp(t *testing.T) {
	for s, want := range map[string]int{
		"(09:51)": 7, "[00:10:08]": 10, "(1:02:33.5)": 11, "(9:51) words": 6,
		"(09:5)": 0, "(0951)": 0, "(09:51": 0, "(Applause)": 0, "[123:45]": 0, "(09:51:22:11)": 0, "": 0,
	} {
		if got := recordingStamp(s); got != want {
			t.Errorf("recordingStamp(%q) = %d, want %d", s, got, want)
		}
	}
}

// A White House transcript ends at its closing line; the page's frame after
// it (the next post, the newsletter blurb) is nobody's words, with or
// without the closing line.
func TestSegmentTurnsWhiteHouseEnd(t *testing.T) {
	head := []string{
		"James S. Brady Press Briefing Room",
		"1:12 P.M. EST",
		"MS. JEAN-PIERRE: Good afternoon, everybody.",
		"Q Thanks, Karine. Will the President travel to the border?",
		"MS. JEAN-PIERRE: I don't have anything to preview.",
		"Q Thank you.",
	}
	tails := map[string][]string{
		"END and time":           {"END", "2:21 P.M. EST", "Next Post", "Readout of the President's Call with Prime Minister Kishida of Japan", "Stay Connected", "Sign Up", "Email Address", "We'll be in touch with the latest information on how President Biden and his administration are working for the American people."},
		"time only":              {"2:21 P.M. EST", "We'll be in touch with the latest information on how President Biden and his administration are working for the American people."},
		"END on its own":         {"END", "Next Post"},
		"no closing line, blurb": {"We’ll be in touch with the latest information on how President Biden and his administration are working for the American people.", "Privacy Policy"},
		"no closing line, links": {"Next Post", "Readout of the President's Call with Prime Minister Kishida of Japan", "Previous Post"},
		"END with time":          {"END 2:21 P.M. EST", "Stay Connected"},
		"newsletter prompt":      {"Sign up for email updates from the White House on the President's agenda.", "Email Address"},
	}
	for name, tail := range tails {
		body := joinParas(append(append([]string{}, head...), tail...)...)
		kind, turns := segmentTurns(body)
		checkTurnInvariants(t, body, turns)
		if kind != KindTranscript || len(turns) != 4 {
			t.Errorf("%s: %s %d turns:\n%s", name, kind, len(turns), dumpSegs(segsOf(turns)))
			continue
		}
		if last := turns[3]; last.Text != "Thank you." || last.Kind != TurnQuestion {
			t.Errorf("%s: last turn %s %q", name, last.Kind, last.Text)
		}
	}
}

func TestIsSittingTime(t *testing.T) {
	for s, want := range map[string]bool{
		"3.31 pm": true, "10.15 am": true, "4 pm": true, "12.02 p.m.": true,
		"3.31pm": false, "pm": false, "2024 pm": false, "3.31 pm today": false, "Order.": false,
	} {
		if got := isSittingTime(s); got != want {
			t.Errorf("isSittingTime(%q) = %v, want %v", s, got, want)
		}
	}
}
