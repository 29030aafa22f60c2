// Command compare-dates compares the communique dates package with
// go-dateparser (github.com/markusmobius/go-dateparser) on the temporal
// expressions of the gold files under testdata: how many expressions each
// finds, how many values are right, and how long each takes.
//
// Both are given the same text (the content lines of a gold file, or the
// document with its tags stripped) and the same anchor date (the gold's
// reference date, else its published date). Matching follows the shared
// scorer: one to one in text order, texts overlapping, values equal (a value
// may add a time after "T"); optional gold expressions are neither required
// nor penalised.
//
// Run it from this folder: go run . [-dir ../../testdata] [-v]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/communique/communique/internal/version"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/communique/communique/dates"
)

type gold struct {
	Reference string  `json:"reference_date"`
	Published *string `json:"published"`
	Lines     []struct {
		Text   string `json:"text"`
		Chrome bool   `json:"chrome"`
	} `json:"lines"`
	Dates *[]goldDate `json:"dates"`
}

type goldDate struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Optional bool   `json:"optional"`
}

type pred struct{ text, value string }

type doc struct {
	name   string
	text   string
	anchor time.Time
	dates  []goldDate
}

type tally struct {
	found, required, tp, fp, fn, valOK, valN int
	elapsed                                  time.Duration
}

func (t tally) f1() float64 {
	p := float64(t.tp) / float64(max(1, t.tp+t.fp))
	r := float64(t.tp) / float64(max(1, t.tp+t.fn))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func main() {
	dir := flag.String("dir", filepath.Join("..", "..", "testdata"), "the testdata folder")
	verbose := flag.Bool("v", false, "print every miss")
	reps := flag.Int("n", 10, "time each system over this many passes")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()
	if *showVersion {
		fmt.Println(version.String("compare-dates"))
		return
	}
	var docs []doc
	for _, set := range []string{"nato", "dev"} {
		ds, err := load(*dir, set)
		if err != nil {
			fmt.Fprintln(os.Stderr, "compare-dates:", err)
			os.Exit(1)
		}
		docs = append(docs, ds...)
	}
	p := dates.New(dates.Options{Anchored: true}) // as the extractor runs it: the gold values anchored expressions only
	communique := func(d doc) []pred {
		var out []pred
		for _, m := range p.Find(d.text, d.anchor) {
			out = append(out, pred{m.Text, m.Value})
		}
		return out
	}
	dateparser := func(d doc) []pred {
		cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: d.anchor, ReturnTimeAsPeriod: true}
		if d.anchor.IsZero() {
			cfg.CurrentTime = time.Now().UTC()
		}
		_, res, err := dps.Search(cfg, d.text)
		if err != nil {
			return nil
		}
		var out []pred
		for _, r := range res {
			out = append(out, pred{r.Text, isoValue(r.Date)})
		}
		return out
	}
	// Warm both up once (go-dateparser compiles its patterns on first use).
	if len(docs) > 0 {
		communique(docs[0])
		dateparser(docs[0])
	}
	fmt.Printf("%d documents, %d gold expressions (%d required)\n\n", len(docs), countGold(docs, false), countGold(docs, true))
	fmt.Printf("%-14s %6s %6s %6s %6s %6s %9s %10s\n", "system", "found", "P", "R", "F1", "value", "time", "MB/s")
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	for _, sys := range []struct {
		name string
		run  func(doc) []pred
	}{{"communique", communique}, {"go-dateparser", dateparser}} {
		t := score(docs, sys.run, *verbose, sys.name)
		start := cpuTime()
		for range *reps {
			for _, d := range docs {
				sys.run(d)
			}
		}
		t.elapsed = (cpuTime() - start) / time.Duration(max(1, *reps))
		mbs := float64(size) / 1e6 / t.elapsed.Seconds()
		fmt.Printf("%-14s %2d/%-3d %6.3f %6.3f %6.3f %6.3f %9s %10.2f\n", sys.name, t.found, t.required,
			float64(t.tp)/float64(max(1, t.tp+t.fp)), float64(t.tp)/float64(max(1, t.tp+t.fn)), t.f1(),
			float64(t.valOK)/float64(max(1, t.valN)), t.elapsed.Round(time.Microsecond), mbs)
	}
	fmt.Printf("\n%d bytes of text; time is the process's CPU time (user and system) for one pass over every\ndocument, the mean of %d passes, so that other load on the machine does not count.\n", size, *reps)
	fmt.Println("found: required gold expressions whose text some prediction overlaps; value: share of those with the right value.")
}

// cpuTime returns the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func countGold(docs []doc, required bool) int {
	n := 0
	for _, d := range docs {
		for _, g := range d.dates {
			if !required || !g.Optional {
				n++
			}
		}
	}
	return n
}

// isoValue writes go-dateparser's result at its own precision.
func isoValue(d date.Date) string {
	t := d.Time
	switch d.Period {
	case date.Year:
		return t.Format("2006")
	case date.Month:
		return t.Format("2006-01")
	case date.Day:
		return t.Format(time.DateOnly)
	default:
		return t.Format("2006-01-02T15:04")
	}
}

func key(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " "))
	return strings.Trim(s, " \"'.,;:")
}

func valueOK(pred, gold string) bool {
	return gold != "" && (pred == gold || strings.HasPrefix(pred, gold+"T"))
}

func score(docs []doc, run func(doc) []pred, verbose bool, name string) tally {
	var t tally
	for _, d := range docs {
		start := time.Now()
		ps := run(d)
		t.elapsed += time.Since(start)
		used := make([]bool, len(ps))
		for _, g := range d.dates {
			if !g.Optional {
				t.required++
			}
			hit := -1
			for j, x := range ps {
				if used[j] {
					continue
				}
				a, b := key(x.text), key(g.Text)
				if a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a)) {
					hit = j
					if valueOK(x.value, g.Value) || g.Optional {
						break
					}
				}
			}
			if hit < 0 {
				if !g.Optional {
					t.fn++
					if verbose {
						fmt.Printf("  %s %s: not found %q\n", name, d.name, g.Text)
					}
				}
				continue
			}
			used[hit] = true
			if g.Optional {
				continue
			}
			t.found++
			t.valN++
			if valueOK(ps[hit].value, g.Value) {
				t.valOK++
				t.tp++
			} else {
				t.fp++
				t.fn++
				if verbose {
					fmt.Printf("  %s %s: %q value %q, want %q\n", name, d.name, g.Text, ps[hit].value, g.Value)
				}
			}
		}
		for j, x := range ps {
			if !used[j] {
				t.fp++
				if verbose {
					fmt.Printf("  %s %s: extra %q %q\n", name, d.name, x.text, x.value)
				}
			}
		}
	}
	return t
}

func load(dir, set string) ([]doc, error) {
	golds, err := filepath.Glob(filepath.Join(dir, set+"-gold", "*.json"))
	if err != nil || len(golds) == 0 {
		return nil, fmt.Errorf("no gold files in %s", filepath.Join(dir, set+"-gold"))
	}
	var out []doc
	for _, gf := range golds {
		raw, err := os.ReadFile(gf)
		if err != nil {
			return nil, err
		}
		var g gold
		if err := json.Unmarshal(raw, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", gf, err)
		}
		if g.Dates == nil {
			continue
		}
		base := strings.TrimSuffix(filepath.Base(gf), ".json")
		files, _ := filepath.Glob(filepath.Join(dir, set, base+".*"))
		if len(files) != 1 {
			return nil, fmt.Errorf("%s: no single document", base)
		}
		d := doc{name: base, dates: *g.Dates}
		if len(g.Lines) > 0 {
			var b strings.Builder
			for _, l := range g.Lines {
				if !l.Chrome {
					b.WriteString(l.Text)
					b.WriteByte('\n')
				}
			}
			d.text = b.String()
		} else {
			raw, err := os.ReadFile(files[0])
			if err != nil {
				return nil, err
			}
			d.text = plain(string(raw))
		}
		switch {
		case g.Reference != "":
			d.anchor, _ = time.Parse(time.DateOnly, g.Reference)
		case g.Published != nil:
			d.anchor, _ = time.Parse(time.DateOnly, *g.Published)
		}
		out = append(out, d)
	}
	return out, nil
}

// plain strips tags and scripts and joins hard-wrapped lines into
// paragraphs: a crude reader, the same for both systems.
func plain(s string) string {
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
		s = s[:i] + s[i+j+len("</script>"):]
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			in = true
			b.WriteByte('\n')
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	r := strings.NewReplacer("&amp;", "&", "&nbsp;", " ", "&#8217;", "\u2019", "&rsquo;", "\u2019", "&#8220;", "\u201c",
		"&#8221;", "\u201d", "&ldquo;", "\u201c", "&rdquo;", "\u201d", "\u00a0", " ")
	var out strings.Builder
	para := false
	for _, l := range strings.Split(r.Replace(b.String()), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			if para {
				out.WriteByte('\n')
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
