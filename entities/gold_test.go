package entities

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

type goldOfficial struct {
	Name        string   `json:"name"`
	Title       string   `json:"title"`
	Affiliation string   `json:"affiliation"`
	AlsoAccept  []string `json:"also_accept"`
}

type goldDoc struct {
	File  string `json:"file"`
	Lines []struct {
		Text   string `json:"text"`
		Chrome bool   `json:"chrome"`
	} `json:"lines"`
	Officials []goldOfficial `json:"officials"`
	Countries []string       `json:"countries"`
}

// goldText is the text a gold file is about: its content lines, or the
// document's text with the tags stripped.
func goldText(t testing.TB, dir string, g goldDoc) string {
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

type goldCase struct {
	name string
	text string
	gold goldDoc
}

func loadGold(t testing.TB) []goldCase {
	var out []goldCase
	for _, corpus := range []string{"nato", "dev"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", corpus+"-gold", "*.json"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var g goldDoc
			if err := json.Unmarshal(raw, &g); err != nil {
				t.Fatal(err)
			}
			out = append(out, goldCase{name: filepath.Base(f), text: goldText(t, filepath.Join("..", "testdata", corpus), g), gold: g})
		}
	}
	if len(out) == 0 {
		t.Fatal("no gold files")
	}
	return out
}

var keyTrim = regexp.MustCompile(`\s+`)

func key(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.ToLower(strings.TrimSpace(keyTrim.ReplaceAllString(s, " ")))
	return strings.Trim(s, " \"'.,;:")
}

// goldScores scores the extractor as the project's scorer does.
type goldScores struct {
	otp, ofp, ofn, ctp, cfp, cfn, titleOK, titleN, affOK, affN int
}

func scoreGold(t testing.TB, x *Extractor, cases []goldCase, verbose bool) goldScores {
	var s goldScores
	for _, c := range cases {
		offs := x.Officials(c.text)
		used := make([]bool, len(offs))
		for _, g := range c.gold.Officials {
			names := append([]string{g.Name}, g.AlsoAccept...)
			hit := -1
			for j, o := range offs {
				if used[j] {
					continue
				}
				for _, n := range names {
					if key(o.Name) == key(n) {
						hit = j
					}
				}
				if hit >= 0 {
					break
				}
			}
			if hit < 0 {
				s.ofn++
				if verbose {
					t.Logf("%s: official not found: %s", c.name, g.Name)
				}
				continue
			}
			used[hit] = true
			s.otp++
			o := offs[hit]
			t1, t2 := key(o.Title), key(g.Title)
			s.titleN++
			if t1 != "" && (strings.Contains(t1, t2) || strings.Contains(t2, t1)) {
				s.titleOK++
			} else if verbose {
				t.Logf("%s: title %q != %q for %s", c.name, o.Title, g.Title, g.Name)
			}
			s.affN++
			if key(g.Affiliation) == key(o.Organization) || key(g.Affiliation) == key(o.Country) {
				s.affOK++
			} else if verbose {
				t.Logf("%s: affiliation %q/%q != %q for %s", c.name, o.Organization, o.Country, g.Affiliation, g.Name)
			}
		}
		for j, o := range offs {
			if !used[j] {
				s.ofp++
				if verbose {
					t.Logf("%s: extra official: %s | %s", c.name, o.Name, o.Title)
				}
			}
		}
		got := map[string]bool{}
		for _, co := range x.Countries(c.text) {
			got[co.ISO2] = true
		}
		want := map[string]bool{}
		for _, iso := range c.gold.Countries {
			want[iso] = true
		}
		for iso := range got {
			if want[iso] {
				s.ctp++
			} else {
				s.cfp++
				if verbose {
					t.Logf("%s: extra country %s", c.name, iso)
				}
			}
		}
		for iso := range want {
			if !got[iso] {
				s.cfn++
				if verbose {
					t.Logf("%s: missing country %s", c.name, iso)
				}
			}
		}
	}
	return s
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	return 2 * p * r / (p + r)
}

func TestGold(t *testing.T) {
	x := New(Options{})
	s := scoreGold(t, x, loadGold(t), true)
	of, cf := f1(s.otp, s.ofp, s.ofn), f1(s.ctp, s.cfp, s.cfn)
	ta, aa := float64(s.titleOK)/float64(s.titleN), float64(s.affOK)/float64(s.affN)
	t.Logf("officials F1 %.3f (tp %d fp %d fn %d), title %.3f, affiliation %.3f; countries F1 %.3f (tp %d fp %d fn %d)",
		of, s.otp, s.ofp, s.ofn, ta, aa, cf, s.ctp, s.cfp, s.cfn)
	if of < 0.95 || ta < 0.95 || aa < 0.90 || cf < 0.98 {
		t.Errorf("below the floors: officials F1 %.3f (0.95), title %.3f (0.95), affiliation %.3f (0.90), countries F1 %.3f (0.98)", of, ta, aa, cf)
	}
}

func TestGoldWithoutHolders(t *testing.T) {
	x := New(Options{NoHolders: true})
	s := scoreGold(t, x, loadGold(t), testing.Verbose())
	t.Logf("without office-holders: officials F1 %.3f (tp %d fp %d fn %d), title %.3f, affiliation %.3f",
		f1(s.otp, s.ofp, s.ofn), s.otp, s.ofp, s.ofn, float64(s.titleOK)/float64(s.titleN), float64(s.affOK)/float64(s.affN))
}
