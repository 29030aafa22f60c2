package entities

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/communique/communique/internal/eval"
)

// goldText is the text a gold file is about: its content lines, or the
// document's text with the tags stripped.
func goldText(t testing.TB, dir string, g eval.Gold) string {
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
	raw, err := os.ReadFile(filepath.Join(dir, g.File))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(g.File, ".html") {
		return string(raw)
	}
	z := html.NewTokenizer(strings.NewReader(string(raw)))
	var b strings.Builder
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "div", "li", "h1", "h2", "h3", "br", "tr", "td":
				b.WriteString("\n")
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			if string(name) == "br" {
				b.WriteString("\n")
			}
		}
	}
}

// goldScores are the entity facets of the project's port of the shared
// scorer, summed over the nato and dev corpora.
type goldScores struct {
	officials, countries PRF
	title, affiliation   eval.Acc
}

// PRF is the scorer's precision-recall counter.
type PRF = eval.PRF

// scoreGold runs x over the gold documents' texts and scores officials and
// countries with internal/eval.
func scoreGold(t testing.TB, x *Extractor, verbose bool) goldScores {
	var s goldScores
	for _, corpus := range []string{"nato", "dev"} {
		golds, err := eval.LoadGold(filepath.Join("..", "testdata", corpus+"-gold"))
		if err != nil || len(golds) == 0 {
			t.Fatalf("%s gold: %v", corpus, err)
		}
		preds := map[string]eval.Prediction{}
		for base, g := range golds {
			offs, cs := x.Find(goldText(t, filepath.Join("..", "testdata", corpus), g))
			pred := eval.Prediction{Source: g.File}
			for _, o := range offs {
				pred.Officials = append(pred.Officials, eval.PredOfficial{Name: o.Name, Title: o.Title, Organization: o.Organization, Country: o.Country})
			}
			for _, c := range cs {
				pred.Countries = append(pred.Countries, eval.PredCountry{Name: c.Name, ISO2: c.ISO2})
			}
			preds[base] = pred
		}
		res := eval.Score(golds, preds)
		add := func(dst *PRF, m PRF) { dst.Add(m.TP, m.FP, m.FN) }
		add(&s.officials, res.Facets[eval.FacetOfficials])
		add(&s.countries, res.Facets[eval.FacetCountries])
		for _, acc := range []struct {
			dst  *eval.Acc
			name string
		}{{&s.title, eval.AccOfficialTitle}, {&s.affiliation, eval.AccOfficialAffiliation}} {
			acc.dst.OK += res.Accuracy[acc.name].OK
			acc.dst.N += res.Accuracy[acc.name].N
		}
		if verbose {
			for _, n := range res.Notes {
				if strings.Contains(n, "official") || strings.Contains(n, "countr") {
					t.Log(n)
				}
			}
		}
	}
	return s
}

func TestGold(t *testing.T) {
	s := scoreGold(t, New(Options{}), true)
	of, cf := s.officials.F1(), s.countries.F1()
	ta, aa := s.title.Value(), s.affiliation.Value()
	t.Logf("officials F1 %.3f (%+v), title %.3f, affiliation %.3f; countries F1 %.3f (%+v)", of, s.officials, ta, aa, cf, s.countries)
	if of < 0.95 || ta < 0.95 || aa < 0.90 || cf < 0.98 {
		t.Errorf("below the floors: officials F1 %.3f (0.95), title %.3f (0.95), affiliation %.3f (0.90), countries F1 %.3f (0.98)", of, ta, aa, cf)
	}
}

func TestGoldWithoutHolders(t *testing.T) {
	s := scoreGold(t, New(Options{NoHolders: true}), testing.Verbose())
	t.Logf("without office-holders: officials F1 %.3f (%+v), title %.3f, affiliation %.3f",
		s.officials.F1(), s.officials, s.title.Value(), s.affiliation.Value())
}

// goldCase is one gold document's text, for benchmarks, fuzz seeds and the
// concurrency test.
type goldCase struct {
	name string
	text string
}

func loadGold(t testing.TB) []goldCase {
	var out []goldCase
	for _, corpus := range []string{"nato", "dev"} {
		golds, err := eval.LoadGold(filepath.Join("..", "testdata", corpus+"-gold"))
		if err != nil {
			t.Fatal(err)
		}
		for base, g := range golds {
			out = append(out, goldCase{name: base, text: goldText(t, filepath.Join("..", "testdata", corpus), g)})
		}
	}
	if len(out) == 0 {
		t.Fatal("no gold files")
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}
