package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/internal/eval"
)

// corpusText returns the text of one corpus document as the pipeline's body
// would give it: content lines of the gold when it lists them, otherwise the
// file with tags crudely stripped and hard-wrapped paragraphs joined.
func corpusText(path string, g *eval.Gold) string {
	if len(g.Lines) > 0 {
		var b strings.Builder
		for _, l := range g.Lines {
			if !l.Chrome {
				b.WriteString(l.Text)
				b.WriteString("\n")
			}
		}
		return b.String()
	}
	raw, _ := os.ReadFile(path)
	return crudeText(string(raw))
}

// crudeText strips tags and scripts and joins hard-wrapped lines: enough
// for tests and benchmarks, not the pipeline's reader.
func crudeText(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<script")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "</script>")
		if j < 0 {
			s = s[:i]
			break
		}
		s = s[:i] + s[i+j+9:]
	}
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '<':
			in = true
			b.WriteByte('\n')
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	r := strings.NewReplacer("&amp;", "&", "&nbsp;", " ", "&#8217;", "\u2019", "&rsquo;", "\u2019", "&#8220;", "\u201c", "&#8221;", "\u201d", "&ldquo;", "\u201c", "&rdquo;", "\u201d", "\u00a0", " ")
	lines := strings.Split(r.Replace(b.String()), "\n")
	var out strings.Builder
	para := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if para {
				out.WriteString("\n")
				para = false
			}
			continue
		}
		if para {
			out.WriteByte(' ')
		}
		out.WriteString(l)
		para = true
	}
	return out.String()
}

// scoreGold scores Find and PageDate on one gold folder with the project's
// port of the shared scorer: each document's text is given to PageDate (the
// published date, and the anchor when the gold names no reference date) and
// to Find, as the pipeline does.
func scoreGold(t *testing.T, set string) eval.Result {
	p := New(Options{Anchored: true})
	golds, err := eval.LoadGold(filepath.Join("..", "testdata", set+"-gold"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("%s gold: %v", set, err)
	}
	preds := map[string]eval.Prediction{}
	for base, g := range golds {
		docs, _ := filepath.Glob(filepath.Join("..", "testdata", set, base+".*"))
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents", base, len(docs))
		}
		text := corpusText(docs[0], &g)
		pred := eval.Prediction{Source: docs[0]}
		ref, ok := p.PageDate(text)
		if ok {
			day := ref.Format(time.DateOnly)
			pred.Published = &day
		}
		if g.ReferenceDate != "" {
			ref, _ = time.Parse(time.DateOnly, g.ReferenceDate)
		}
		for _, m := range p.Find(text, ref) {
			pred.Dates = append(pred.Dates, eval.PredDate{Text: m.Text, Value: m.Value})
		}
		preds[base] = pred
	}
	res := eval.Score(golds, preds)
	for _, n := range res.Notes {
		if strings.Contains(n, "date") || strings.Contains(n, "published") {
			t.Log(n)
		}
	}
	return res
}

func TestGoldCorpora(t *testing.T) {
	for _, set := range []string{"nato", "dev"} {
		t.Run(set, func(t *testing.T) {
			res := scoreGold(t, set)
			f1, acc, pub := res.Facets[eval.FacetDates].F1(), res.Accuracy[eval.AccDateValue].Value(), res.Accuracy[eval.AccPublished]
			t.Logf("%s: dates F1 %.3f, value accuracy %.3f, published %d/%d", set, f1, acc, pub.OK, pub.N)
			if f1 < 0.95 || acc < 0.95 {
				t.Errorf("%s: dates F1 %.3f, value accuracy %.3f; want both >= 0.95", set, f1, acc)
			}
			if pub.OK != pub.N {
				t.Errorf("%s: published %d of %d", set, pub.OK, pub.N)
			}
		})
	}
}
