package quotes

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The gold files of testdata/*-gold describe the quotations of each
// document. These tests build each document's body from its gold lines
// (text) or a plain reading of its paragraphs (HTML), run the Finder, and
// score it the way the project's scorer does.

type goldQuote struct {
	Starts  string  `json:"starts"`
	Speaker *string `json:"speaker"`
	Partial bool    `json:"partial"`
}

type goldNot struct {
	Starts string `json:"starts"`
	Why    string `json:"why"`
}

type goldLine struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Chrome bool   `json:"chrome"`
}

type goldDoc struct {
	File      string       `json:"file"`
	Lines     []goldLine   `json:"lines"`
	Quotes    *[]goldQuote `json:"quotes"`
	NotQuotes []goldNot    `json:"not_quotes"`
}

var (
	normQuote1 = strings.NewReplacer("\u00a0", " ", "\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
		"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u00ab", `"`, "\u00bb", `"`)
	spaces = regexp.MustCompile(`\s+`)
)

// key normalises text as the scorer does.
func key(s string) string {
	s = normQuote1.Replace(s)
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	return strings.Trim(strings.ToLower(s), " \"'.,;:")
}

func samePerson(a, b string) bool {
	a, b = key(a), key(b)
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// bodyFromLines joins the content lines of a gold file: consecutive line
// numbers form one paragraph (hard-wrapped text), paragraphs are
// separated by blank lines.
func bodyFromLines(lines []goldLine) string {
	var b strings.Builder
	prev := -10
	for _, l := range lines {
		if l.Chrome {
			continue
		}
		t := strings.TrimSpace(strings.ReplaceAll(l.Text, "\u00a0", " "))
		switch {
		case b.Len() == 0:
		case l.Line == prev+1 && !strings.HasSuffix(t, ":"):
			b.WriteByte(' ')
		default:
			b.WriteString("\n\n")
		}
		b.WriteString(t)
		prev = l.Line
	}
	return b.String()
}

var (
	blockTag = regexp.MustCompile(`(?is)</?(p|div|li|h[1-6]|blockquote|td|th|tr|br|section|article|ul|ol|table)\b[^>]*>`)
	anyTag   = regexp.MustCompile(`(?s)<[^>]*>`)
	dropEl   = regexp.MustCompile(`(?is)<(script|style|noscript)\b.*?</(script|style|noscript)>`)
)

// bodyFromHTML reads an HTML page as paragraphs, plainly.
func bodyFromHTML(src string) string {
	src = dropEl.ReplaceAllString(src, "")
	src = blockTag.ReplaceAllString(src, "\n")
	src = anyTag.ReplaceAllString(src, "")
	src = html.UnescapeString(src)
	var paras []string
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(spaces.ReplaceAllString(strings.ReplaceAll(l, "\u00a0", " "), " "))
		if l != "" {
			paras = append(paras, l)
		}
	}
	return strings.Join(paras, "\n\n")
}

type corpusDoc struct {
	name string
	body string
	gold goldDoc
}

func loadCorpus(t testing.TB, dir string) []corpusDoc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", dir+"-gold", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files for %s: %v", dir, err)
	}
	var docs []corpusDoc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldDoc
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var body string
		if strings.HasSuffix(g.File, ".html") {
			src, err := os.ReadFile(filepath.Join("..", "testdata", dir, g.File))
			if err != nil {
				t.Fatal(err)
			}
			body = bodyFromHTML(string(src))
		} else {
			body = bodyFromLines(g.Lines)
		}
		docs = append(docs, corpusDoc{name: g.File, body: body, gold: g})
	}
	return docs
}

type score struct{ tp, fp, fn, spOK, spN, partOK, partN int }

func (s score) f1() float64 {
	p, r := 1.0, 1.0
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s score) acc() float64 {
	if s.spN == 0 {
		return 1
	}
	return float64(s.spOK) / float64(s.spN)
}

// scoreDoc scores predictions against one gold file as the project's
// scorer does, reporting each miss through logf.
func scoreDoc(g goldDoc, pred []Quote, logf func(string, ...any)) score {
	var s score
	if g.Quotes == nil {
		return s
	}
	used := make([]bool, len(pred))
	for _, gq := range *g.Quotes {
		hit := -1
		for j, p := range pred {
			if !used[j] && strings.Contains(key(p.Text), key(gq.Starts)) {
				hit = j
				break
			}
		}
		if hit < 0 {
			s.fn++
			logf("%s: quote not found: %q", g.File, gq.Starts)
			continue
		}
		used[hit] = true
		s.tp++
		s.partN++
		if pred[hit].Partial == gq.Partial {
			s.partOK++
		} else {
			logf("%s: partial %v != %v for %q", g.File, pred[hit].Partial, gq.Partial, gq.Starts)
		}
		if gq.Speaker == nil {
			continue
		}
		s.spN++
		if samePerson(pred[hit].Speaker, *gq.Speaker) {
			s.spOK++
		} else {
			logf("%s: speaker %q != %q for %q", g.File, pred[hit].Speaker, *gq.Speaker, gq.Starts)
		}
	}
	for _, nq := range g.NotQuotes {
		for j, p := range pred {
			if !used[j] && strings.Contains(key(p.Text), key(nq.Starts)) {
				used[j] = true
				if key(p.Speaker) != "" {
					s.fp++
					logf("%s: not a statement, yet given a speaker: %q", g.File, nq.Starts)
				}
			}
		}
	}
	for j, u := range used {
		if !u {
			s.fp++
			logf("%s: extra quote: %q (speaker %q)", g.File, pred[j].Text, pred[j].Speaker)
		}
	}
	return s
}

func TestGold(t *testing.T) {
	f := New(Options{})
	for _, dir := range []string{"nato", "dev"} {
		var total score
		for _, d := range loadCorpus(t, dir) {
			s := scoreDoc(d.gold, f.Find(d.body, nil), t.Logf)
			total.tp += s.tp
			total.fp += s.fp
			total.fn += s.fn
			total.spOK += s.spOK
			total.spN += s.spN
			total.partOK += s.partOK
			total.partN += s.partN
		}
		t.Logf("%s: quotes F1 %.3f (tp %d fp %d fn %d), speaker accuracy %.3f (%d/%d), partial flag %d/%d",
			dir, total.f1(), total.tp, total.fp, total.fn, total.acc(), total.spOK, total.spN, total.partOK, total.partN)
		if total.f1() < 0.95 {
			t.Errorf("%s: quotes F1 %.3f below 0.95", dir, total.f1())
		}
		if total.acc() < 0.95 {
			t.Errorf("%s: speaker accuracy %.3f below 0.95", dir, total.acc())
		}
		if total.partOK < total.partN*95/100 {
			t.Errorf("%s: partial flag right for %d of %d", dir, total.partOK, total.partN)
		}
	}
}
