// Command compare-entities compares communique's entities package with prose
// v2's named-entity recogniser (PERSON and GPE, its model loaded once) on the
// officials and countries of the gold corpora, and prints one table:
// precision, recall and F1 for officials and countries, title and
// affiliation accuracy, and speed.
//
//	cd examples/compare-entities && go run . [-testdata ../../testdata] [-rounds 20]
//
// Officials are matched by name as the project's scorer does (the gold name
// or any of its also_accept forms, case and white space ignored); title and
// affiliation accuracy are over the matched officials. Countries are sets of
// ISO 3166 alpha-2 codes per document. prose has no titles, affiliations or
// ISO codes: its PERSON entities are taken as officials and its GPE entities
// are mapped to ISO codes with communique's country table (unknown places are
// left out, which favours prose).
//
// Texts: the content lines of nato (the gold "lines" not marked chrome) and
// the dev documents with their HTML tags stripped. Speed is reported against
// the wall clock and against the process's CPU time, which is the fairer
// figure on a shared machine.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/communique/communique/internal/version"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/communique/communique/entities"
	prose "github.com/jdkato/prose/v2"
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
	hasCountr bool
}

type doc struct {
	name string
	text string
	gold goldDoc
}

// prediction is one system's output for a document.
type prediction struct {
	officials []entities.Official
	countries map[string]bool
}

type scores struct {
	otp, ofp, ofn, ctp, cfp, cfn, titleOK, affOK, matched int
}

func main() {
	dir := flag.String("testdata", "../../testdata", "the testdata folder")
	rounds := flag.Int("rounds", 20, "passes over the texts for communique's timing")
	proseRounds := flag.Int("prose-rounds", 1, "passes over the texts for prose's timing")
	flag.BoolVar(&verbose, "v", false, "print communique's misses")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()
	if *showVersion {
		fmt.Println(version.String("compare-entities"))
		return
	}

	docs, err := load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare-entities:", err)
		os.Exit(1)
	}
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}

	// communique
	t0, c0 := time.Now(), cpu()
	x := entities.New(entities.Options{})
	buildWall, buildCPU := time.Since(t0), cpu()-c0
	ours := make([]prediction, len(docs))
	t0, c0 = time.Now(), cpu()
	for r := 0; r < *rounds; r++ {
		for i, d := range docs {
			offs, cs := x.Find(d.text)
			if r == 0 {
				ours[i] = prediction{officials: offs, countries: isoSet(cs)}
			}
		}
	}
	ourWall, ourCPU := time.Since(t0), cpu()-c0

	// communique without its list of office-holders: the rules alone
	xr := entities.New(entities.Options{NoHolders: true})
	rulesOnly := make([]prediction, len(docs))
	for i, d := range docs {
		offs, cs := xr.Find(d.text)
		rulesOnly[i] = prediction{officials: offs, countries: isoSet(cs)}
	}

	// prose v2, its model loaded once
	t0, c0 = time.Now(), cpu()
	model := prose.ModelFromData("default")
	loadWall, loadCPU := time.Since(t0), cpu()-c0
	theirs := make([]prediction, len(docs))
	t0, c0 = time.Now(), cpu()
	for r := 0; r < *proseRounds; r++ {
		for i, d := range docs {
			pd, err := prose.NewDocument(d.text, prose.UsingModel(model), prose.WithSegmentation(false))
			if err != nil {
				fmt.Fprintln(os.Stderr, "compare-entities: prose:", d.name, err)
				os.Exit(1)
			}
			if r == 0 {
				theirs[i] = fromProse(x, pd.Entities())
			}
		}
	}
	proseWall, proseCPU := time.Since(t0), cpu()-c0

	so := score(docs, ours)
	verbose = false
	sr := score(docs, rulesOnly)
	sp := score(docs, theirs)
	mb := float64(size) / 1e6
	fmt.Printf("texts: %d documents, %.1f KB (nato content lines, dev with tags stripped)\n\n", len(docs), float64(size)/1e3)
	fmt.Println("| system | officials P | R | F1 | title acc. | affiliation acc. | countries P | R | F1 | MB/s (wall) | MB/s (CPU) | set-up |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	row := func(name string, s scores, wall, cpuT time.Duration, rounds int, setup string) {
		p, r, f := prf(s.otp, s.ofp, s.ofn)
		cp, cr, cf := prf(s.ctp, s.cfp, s.cfn)
		fmt.Printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f | %.2f | %s |\n",
			name, p, r, f, ratio(s.titleOK, s.matched), ratio(s.affOK, s.matched), cp, cr, cf,
			mb*float64(rounds)/wall.Seconds(), mb*float64(rounds)/cpuT.Seconds(), setup)
	}
	row("communique entities", so, ourWall, ourCPU, *rounds,
		fmt.Sprintf("New: %.1f ms", float64(buildCPU.Microseconds())/1e3))
	p, r, f := prf(sr.otp, sr.ofp, sr.ofn)
	cp, cr, cf := prf(sr.ctp, sr.cfp, sr.cfn)
	fmt.Printf("| communique, rules only (Options.NoHolders) | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | | | |\n",
		p, r, f, ratio(sr.titleOK, sr.matched), ratio(sr.affOK, sr.matched), cp, cr, cf)
	row("prose v2 PERSON/GPE", sp, proseWall, proseCPU, *proseRounds,
		fmt.Sprintf("model: %.0f ms", float64(loadCPU.Milliseconds())))
	_ = buildWall
	_ = loadWall
	ratioCPU := (mb * float64(*rounds) / ourCPU.Seconds()) / (mb * float64(*proseRounds) / proseCPU.Seconds())
	fmt.Printf("\nspeed ratio (CPU time): communique is %.0f× prose v2 with its model reused\n", ratioCPU)
}

// cpu returns the process's user and system CPU time.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func isoSet(cs []entities.Country) map[string]bool {
	out := map[string]bool{}
	for _, c := range cs {
		out[c.ISO2] = true
	}
	return out
}

// fromProse turns prose's entities into predictions: PERSON as officials
// (one per distinct text), GPE mapped to ISO codes.
func fromProse(x *entities.Extractor, ents []prose.Entity) prediction {
	p := prediction{countries: map[string]bool{}}
	seen := map[string]bool{}
	for _, e := range ents {
		switch e.Label {
		case "PERSON":
			if !seen[e.Text] {
				seen[e.Text] = true
				p.officials = append(p.officials, entities.Official{Name: e.Text})
			}
		case "GPE":
			for _, c := range x.Countries(e.Text) {
				p.countries[c.ISO2] = true
			}
		}
	}
	return p
}

var verbose bool

var spaces = regexp.MustCompile(`\s+`)

func key(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.ToLower(strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
	return strings.Trim(s, " \"'.,;:")
}

func score(docs []doc, preds []prediction) scores {
	var s scores
	for i, d := range docs {
		p := preds[i]
		used := make([]bool, len(p.officials))
		for _, g := range d.gold.Officials {
			hit := -1
			for j, o := range p.officials {
				if used[j] {
					continue
				}
				for _, n := range append([]string{g.Name}, g.AlsoAccept...) {
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
					fmt.Fprintln(os.Stderr, d.name, "official not found:", g.Name)
				}
				continue
			}
			used[hit] = true
			s.otp++
			s.matched++
			o := p.officials[hit]
			t1, t2 := key(o.Title), key(g.Title)
			if t1 != "" && (strings.Contains(t1, t2) || strings.Contains(t2, t1)) {
				s.titleOK++
			} else if verbose {
				fmt.Fprintln(os.Stderr, d.name, "title:", o.Name, o.Title, "want", g.Title)
			}
			if a := key(g.Affiliation); a == key(o.Organization) || a == key(o.Country) {
				s.affOK++
			} else if verbose {
				fmt.Fprintln(os.Stderr, d.name, "affiliation:", o.Name, o.Organization, o.Country, "want", g.Affiliation)
			}
		}
		for _, u := range used {
			if !u {
				s.ofp++
			}
		}
		if d.gold.hasCountr {
			want := map[string]bool{}
			for _, c := range d.gold.Countries {
				want[strings.ToUpper(c)] = true
			}
			for c := range p.countries {
				if want[c] {
					s.ctp++
				} else {
					s.cfp++
				}
			}
			for c := range want {
				if !p.countries[c] {
					s.cfn++
				}
			}
		}
	}
	return s
}

func prf(tp, fp, fn int) (p, r, f float64) {
	p, r = ratio(tp, tp+fp), ratio(tp, tp+fn)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// load reads the gold files of nato and dev and the texts they are about.
func load(dir string) ([]doc, error) {
	var out []doc
	for _, corpus := range []string{"nato", "dev"} {
		files, err := filepath.Glob(filepath.Join(dir, corpus+"-gold", "*.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			var g goldDoc
			if err := json.Unmarshal(raw, &g); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			var probe map[string]json.RawMessage
			_ = json.Unmarshal(raw, &probe)
			_, g.hasCountr = probe["countries"]
			text, err := docText(filepath.Join(dir, corpus), g)
			if err != nil {
				return nil, err
			}
			out = append(out, doc{name: filepath.Base(f), text: text, gold: g})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no gold files under %s", dir)
	}
	return out, nil
}

func docText(dir string, g goldDoc) (string, error) {
	if len(g.Lines) > 0 {
		var b strings.Builder
		for _, l := range g.Lines {
			if !l.Chrome {
				b.WriteString(l.Text)
				b.WriteByte('\n')
			}
		}
		return b.String(), nil
	}
	raw, err := os.ReadFile(filepath.Join(dir, g.File))
	if err != nil {
		return "", err
	}
	if !strings.HasSuffix(g.File, ".html") {
		return string(raw), nil
	}
	z := html.NewTokenizer(strings.NewReader(string(raw)))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String(), nil
		case html.TextToken:
			b.Write(z.Text())
		case html.EndTagToken, html.SelfClosingTagToken, html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "div", "li", "h1", "h2", "h3", "br", "tr", "td":
				b.WriteByte('\n')
			}
		}
	}
}
