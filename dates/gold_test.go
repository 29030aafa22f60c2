package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// goldDoc is the part of a gold file this package is scored on.
type goldDoc struct {
	Reference string  `json:"reference_date"`
	Published *string `json:"published"`
	Lines     []struct {
		Text   string `json:"text"`
		Chrome bool   `json:"chrome"`
	} `json:"lines"`
	Dates *[]struct {
		Text     string `json:"text"`
		Value    string `json:"value"`
		Optional bool   `json:"optional"`
	} `json:"dates"`
}

// corpusText returns the text of one corpus document as the pipeline's body
// would give it: content lines of the gold when it lists them, otherwise the
// file with tags crudely stripped and hard-wrapped paragraphs joined.
func corpusText(path string, g *goldDoc) string {
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

type goldScore struct {
	tp, fp, fn, valOK, valN, pubOK, pubN int
}

func (g goldScore) f1() float64 {
	p := float64(g.tp) / float64(max(1, g.tp+g.fp))
	r := float64(g.tp) / float64(max(1, g.tp+g.fn))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func keyText(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " "))
	return strings.Trim(s, " \"'.,;:")
}

func dateOK(pred, gold string) bool {
	return gold != "" && (pred == gold || strings.HasPrefix(pred, gold+"T"))
}

// scoreGold scores Find and PageDate on one gold folder as the shared
// scorer does.
func scoreGold(t *testing.T, set string) goldScore {
	p := New(Options{})
	var sc goldScore
	golds, _ := filepath.Glob(filepath.Join("..", "testdata", set+"-gold", "*.json"))
	if len(golds) == 0 {
		t.Skip("no gold files")
	}
	for _, gf := range golds {
		raw, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		var g goldDoc
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(filepath.Base(gf), ".json")
		docs, _ := filepath.Glob(filepath.Join("..", "testdata", set, base+".*"))
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents", base, len(docs))
		}
		text := corpusText(docs[0], &g)
		pd, pok := p.PageDate(text)
		if g.Reference == "" {
			sc.pubN++
			want := ""
			if g.Published != nil {
				want = *g.Published
			}
			got := ""
			if pok {
				got = pd.Format(time.DateOnly)
			}
			if got == want {
				sc.pubOK++
			} else {
				t.Logf("%s: published %q, want %q", base, got, want)
			}
		}
		ref := pd
		if g.Reference != "" {
			ref, _ = time.Parse(time.DateOnly, g.Reference)
		}
		if g.Dates == nil {
			continue
		}
		ms := p.Find(text, ref)
		used := make([]bool, len(ms))
		for _, gd := range *g.Dates {
			hit := -1
			for j, m := range ms {
				if used[j] {
					continue
				}
				a, b := keyText(m.Text), keyText(gd.Text)
				if a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a)) {
					hit = j
					if dateOK(m.Value, gd.Value) || gd.Optional {
						break
					}
				}
			}
			if hit < 0 {
				if !gd.Optional {
					sc.fn++
					t.Logf("%s: not found %q", base, gd.Text)
				}
				continue
			}
			used[hit] = true
			if gd.Optional {
				continue
			}
			sc.valN++
			if dateOK(ms[hit].Value, gd.Value) {
				sc.valOK++
				sc.tp++
			} else {
				sc.fp++
				sc.fn++
				t.Logf("%s: %q value %q, want %q", base, gd.Text, ms[hit].Value, gd.Value)
			}
		}
		for j, m := range ms {
			if !used[j] {
				sc.fp++
				t.Logf("%s: extra %q %q", base, m.Text, m.Value)
			}
		}
	}
	return sc
}

func TestGoldCorpora(t *testing.T) {
	for _, set := range []string{"nato", "dev"} {
		t.Run(set, func(t *testing.T) {
			sc := scoreGold(t, set)
			acc := float64(sc.valOK) / float64(max(1, sc.valN))
			t.Logf("%s: dates F1 %.3f (tp %d fp %d fn %d), value accuracy %.3f, published %d/%d", set, sc.f1(), sc.tp, sc.fp, sc.fn, acc, sc.pubOK, sc.pubN)
			if sc.f1() < 0.95 || acc < 0.95 {
				t.Errorf("%s: dates F1 %.3f, value accuracy %.3f; want both >= 0.95", set, sc.f1(), acc)
			}
			if sc.pubOK != sc.pubN {
				t.Errorf("%s: published %d of %d", set, sc.pubOK, sc.pubN)
			}
		})
	}
}
