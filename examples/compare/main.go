// Command compare measures communique side by side with its peers, in one
// process and on the same inputs, and prints one Markdown table:
//
//   - HTML article extraction on the article-extraction benchmark's 181
//     pages (testdata/aeb): communique vs go-trafilatura, F1 with the
//     benchmark's metric and pages per second, in process and as whole
//     processes (the communique command-line tool vs a go-trafilatura
//     program reading the same files, cmd/trafcli), with peak RSS;
//   - the text corpora (testdata/nato, testdata/dev): communique's whole
//     pipeline vs prose v2's named-entity recogniser (model loaded once and
//     reused), MB/s and officials/countries F1 against the gold files;
//   - the start-up time of a process that extracts one small document.
//
// It also writes the table's figures as a bar chart (compare.svg).
//
// Usage, from this folder:
//
//	go run . [-runs 3] [-svg compare.svg] [-pred DIR] [-procs=true]
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/communique/communique/internal/version"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/internal/eval"
	"github.com/jdkato/prose/v2"
	"github.com/markusmobius/go-trafilatura"
)

func main() {
	root := flag.String("root", filepath.Join("..", ".."), "the communique repository (holds testdata/)")
	runs := flag.Int("runs", 3, "timed runs of each measurement; the median is reported")
	svgPath := flag.String("svg", "compare.svg", "write the chart here (empty: no chart)")
	predDir := flag.String("pred", "", "write the AEB predictions of each extractor as JSON into `DIR` (for aeb_score.py)")
	procs := flag.Bool("procs", true, "also measure whole processes (builds the two command-line programs)")
	commit := flag.String("commit", "", "the commit measured, when -root is not a git work tree (default: asked of git)")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()
	if *showVersion {
		fmt.Println(version.String("compare"))
		return
	}
	if *commit != "" {
		commitName = *commit
	}
	if err := run(*root, max(1, *runs), *svgPath, *predDir, *procs); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

// row is one line of the table: a measure, communique's figure and the
// peer's, formatted, with the numbers the chart draws.
type row struct {
	what, unit string
	peer       string
	ours, them float64
	format     string // fmt verb for the two figures
	higher     bool   // higher is better
	score      bool   // a score in [0, 1]: the advantage is the difference
	chart      string // "speed", "f1" or "" (not charted)
}

func run(root string, runs int, svgPath, predDir string, procs bool) error {
	logf("communique at %s", gitHead(root))
	var rows []row

	// --- HTML: the article-extraction benchmark ---------------------------
	truth, err := eval.LoadAEBTruth(filepath.Join(root, "testdata", "aeb", "ground-truth.json"))
	if err != nil {
		return err
	}
	pages, err := readAEB(root)
	if err != nil {
		return err
	}
	logf("AEB: %d pages", len(pages))
	x := extract.New(extract.Options{})
	ctx := context.Background()
	oursAEB := func() (map[string]string, error) {
		pred := make(map[string]string, len(pages))
		for _, p := range pages {
			doc, err := x.Extract(ctx, extract.Input{Name: p.id, Data: p.html})
			if err != nil {
				pred[p.id] = ""
				continue
			}
			pred[p.id] = doc.ArticleBody()
		}
		return pred, nil
	}
	trafAEB := func(fallback bool) func() (map[string]string, error) {
		return func() (map[string]string, error) {
			pred := make(map[string]string, len(pages))
			for _, p := range pages {
				res, err := trafilatura.Extract(bytes.NewReader(p.html), trafilatura.Options{EnableFallback: fallback})
				if err != nil {
					pred[p.id] = ""
					continue
				}
				pred[p.id] = res.ContentText
			}
			return pred, nil
		}
	}
	type aebRun struct {
		name string
		f    func() (map[string]string, error)
		pred map[string]string
		secs []float64 // wall
		cpus []float64 // CPU time of the process
		res  eval.AEBResult
	}
	aebRuns := []*aebRun{
		{name: "communique", f: oursAEB},
		{name: "go-trafilatura", f: trafAEB(true)},
		{name: "go-trafilatura-nofallback", f: trafAEB(false)},
	}
	for i := 0; i < runs; i++ { // interleaved, so that load on the machine falls on all alike
		for _, r := range aebRuns {
			var pred map[string]string
			wall, cpu := measure(func() { pred, err = r.f() })
			if err != nil {
				return err
			}
			r.secs = append(r.secs, wall)
			r.cpus = append(r.cpus, cpu)
			if r.pred == nil {
				r.pred = pred
			}
		}
	}
	for _, r := range aebRuns {
		if r.res, err = eval.ScoreAEB(truth, r.pred); err != nil {
			return err
		}
		logf("AEB %-26s P %.3f R %.3f F1 %.3f, %.2f ms/page wall, %.2f ms/page CPU", r.name, r.res.Precision, r.res.Recall, r.res.F1,
			1000*median(r.secs)/float64(len(pages)), 1000*median(r.cpus)/float64(len(pages)))
		if predDir != "" {
			if err := writePred(filepath.Join(predDir, "aeb-"+r.name+".json"), r.pred); err != nil {
				return err
			}
		}
	}
	ours, tf, tn := aebRuns[0], aebRuns[1], aebRuns[2]
	pps := func(r *aebRun) float64 { return float64(len(pages)) / median(r.cpus) }
	ppsWall := func(r *aebRun) float64 { return float64(len(pages)) / median(r.secs) }
	rows = append(rows,
		row{what: "AEB F1 (181 pages)", peer: "go-trafilatura", ours: ours.res.F1, them: tf.res.F1, format: "%.3f", higher: true, score: true, chart: "f1"},
		row{what: "AEB precision", peer: "go-trafilatura", ours: ours.res.Precision, them: tf.res.Precision, format: "%.3f", higher: true, score: true},
		row{what: "AEB recall", peer: "go-trafilatura", ours: ours.res.Recall, them: tf.res.Recall, format: "%.3f", higher: true, score: true},
		row{what: "AEB in process, pages per CPU-second", unit: "pages/s", peer: "go-trafilatura", ours: pps(ours), them: pps(tf), format: "%.0f", higher: true, chart: "speed"},
		row{what: "AEB in process, one goroutine, wall clock", unit: "pages/s", peer: "go-trafilatura", ours: ppsWall(ours), them: ppsWall(tf), format: "%.0f", higher: true},
		row{what: "AEB F1, go-trafilatura without fallback", peer: "go-trafilatura -no-fallback", ours: ours.res.F1, them: tn.res.F1, format: "%.3f", higher: true, score: true},
		row{what: "AEB in process, pages per CPU-second, go-trafilatura without fallback", unit: "pages/s", peer: "go-trafilatura -no-fallback", ours: pps(ours), them: pps(tn), format: "%.0f", higher: true},
	)

	// --- text: the gold corpora -------------------------------------------
	docs, total, err := readCorpora(root)
	if err != nil {
		return err
	}
	gold, err := loadGold(root)
	if err != nil {
		return err
	}
	logf("text: %d documents, %d bytes", len(docs), total)
	var textSecs, textCPU []float64
	var ourDocs []*extract.Document
	for i := 0; i < runs; i++ {
		n, start := 0, time.Now()
		wall, cpu := measure(func() {
			for time.Since(start) < 500*time.Millisecond || n == 0 {
				out := make([]*extract.Document, 0, len(docs))
				for _, in := range docs {
					doc, e := x.Extract(ctx, in)
					if e != nil {
						err = fmt.Errorf("%s: %w", in.Name, e)
						return
					}
					out = append(out, doc)
				}
				ourDocs = out
				n++
			}
		})
		if err != nil {
			return err
		}
		textSecs = append(textSecs, wall/float64(n))
		textCPU = append(textCPU, cpu/float64(n))
	}
	oursMBs := float64(total) / median(textCPU) / 1e6
	oursMBsWall := float64(total) / median(textSecs) / 1e6

	// prose reads the bodies communique kept (plain text, which it needs;
	// the raw pages would only add chrome for it to mislabel), and so does
	// a second communique run, so that the speed ratio is over the same
	// bytes.
	bodies := make([]extract.Input, len(ourDocs))
	var bodyBytes int
	for i, d := range ourDocs {
		bodies[i] = extract.Input{Name: d.Source, Data: []byte(d.Body), Format: extract.FormatText, ReferenceDate: docs[i].ReferenceDate}
		bodyBytes += len(d.Body)
	}
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	pd, err := prose.NewDocument("", prose.WithSegmentation(false))
	if err != nil {
		return err
	}
	model := pd.Model
	loadSecs := time.Since(start).Seconds()
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	runtime.KeepAlive(model)
	modelMB := float64(ms1.HeapAlloc-min(ms0.HeapAlloc, ms1.HeapAlloc)) / (1 << 20)
	logf("prose: model loaded in %.2f s, %.0f MB of heap", loadSecs, modelMB)

	var proseSecs, bodySecs []float64
	var proseEnts [][]prose.Entity
	for i := 0; i < runs; i++ {
		ents := make([][]prose.Entity, len(bodies))
		_, cpu := measure(func() {
			for j, b := range bodies {
				d, e := prose.NewDocument(string(b.Data), prose.UsingModel(model), prose.WithSegmentation(false))
				if e != nil {
					err = e
					return
				}
				ents[j] = d.Entities()
			}
		})
		if err != nil {
			return err
		}
		proseSecs = append(proseSecs, cpu)
		proseEnts = ents
		n, start := 0, time.Now()
		_, cpu = measure(func() {
			for time.Since(start) < 300*time.Millisecond || n == 0 {
				for _, in := range bodies {
					if _, e := x.Extract(ctx, in); e != nil {
						err = e
						return
					}
				}
				n++
			}
		})
		if err != nil {
			return err
		}
		bodySecs = append(bodySecs, cpu/float64(n))
	}
	proseMBs := float64(bodyBytes) / median(proseSecs) / 1e6
	bodyMBs := float64(bodyBytes) / median(bodySecs) / 1e6

	oursScore, err := scoreDocs(gold, ourDocs)
	if err != nil {
		return err
	}
	proseScore, mapped, unmapped, err := scoreProse(gold, ourDocs, proseEnts)
	if err != nil {
		return err
	}
	logf("prose GPE names mapped to ISO codes: %d, not countries or unknown: %d", mapped, unmapped)
	rows = append(rows,
		row{what: "text pipeline, raw corpus files, per CPU-second", unit: "MB/s", peer: "—", ours: oursMBs, format: "%.2f", higher: true},
		row{what: "text pipeline, raw corpus files, one goroutine, wall clock", unit: "MB/s", peer: "—", ours: oursMBsWall, format: "%.2f", higher: true},
		row{what: "text, same plain-text bodies, per CPU-second", unit: "MB/s", peer: "prose v2 NER (model reused)", ours: bodyMBs, them: proseMBs, format: "%.3g", higher: true, chart: "speed"},
		row{what: "officials F1 (nato + dev gold)", peer: "prose v2 PERSON", ours: oursScore.Facets[eval.FacetOfficials].F1(), them: proseScore.Facets[eval.FacetOfficials].F1(), format: "%.3f", higher: true, score: true, chart: "f1"},
		row{what: "countries F1 (nato + dev gold)", peer: "prose v2 GPE", ours: oursScore.Facets[eval.FacetCountries].F1(), them: proseScore.Facets[eval.FacetCountries].F1(), format: "%.3f", higher: true, score: true, chart: "f1"},
		row{what: "model or tables load", unit: "s", peer: "prose v2", ours: timeNew(), them: loadSecs, format: "%.3g"},
	)

	// --- whole processes --------------------------------------------------
	if procs {
		pr, err := measureProcesses(root, runs, truth, pages, predDir)
		if err != nil {
			return err
		}
		rows = append(rows, pr...)
	}

	hdr := header(root)
	printTable(os.Stdout, hdr, rows)
	if svgPath != "" {
		if err := os.WriteFile(svgPath, chart(rows, strings.Trim(strings.ReplaceAll(hdr, "`", ""), " ")), 0o644); err != nil {
			return err
		}
		logf("chart written to %s", svgPath)
	}
	return nil
}

// measure runs f and returns the wall time and the process's CPU time (user
// and system, every thread: the garbage collector's work counts) it took.
// On a machine shared with other work, CPU time is the steadier measure of
// one core's throughput.
func measure(f func()) (wall, cpu float64) {
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	start := time.Now()
	f()
	wall = time.Since(start).Seconds()
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	cpu = tv(r1.Utime) - tv(r0.Utime) + tv(r1.Stime) - tv(r0.Stime)
	return wall, cpu
}

// timeNew returns the seconds extract.New takes (every stage's tables),
// the best of five.
func timeNew() float64 {
	best := 0.0
	for i := 0; i < 5; i++ {
		start := time.Now()
		_ = extract.New(extract.Options{})
		if s := time.Since(start).Seconds(); i == 0 || s < best {
			best = s
		}
	}
	return best
}

type page struct {
	id, path string
	html     []byte
}

// readAEB reads and decompresses the benchmark's pages, sorted by ID.
func readAEB(root string) ([]page, error) {
	paths, err := filepath.Glob(filepath.Join(root, "testdata", "aeb", "html", "*.html.gz"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no AEB pages under %s: %v", root, err)
	}
	sort.Strings(paths)
	var out []page
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, page{id: aebID(p), path: p, html: data})
	}
	return out, nil
}

func aebID(path string) string { return strings.TrimSuffix(filepath.Base(path), ".html.gz") }

// readCorpora reads testdata/nato and testdata/dev, each document with its
// gold file's reference date.
func readCorpora(root string) ([]extract.Input, int, error) {
	var ins []extract.Input
	total := 0
	for _, set := range []string{"nato", "dev"} {
		paths, err := filepath.Glob(filepath.Join(root, "testdata", set, "*"))
		if err != nil || len(paths) == 0 {
			return nil, 0, fmt.Errorf("no files in testdata/%s", set)
		}
		sort.Strings(paths)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				return nil, 0, err
			}
			in := extract.Input{Name: filepath.Base(p), Data: data}
			base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
			if g, err := os.ReadFile(filepath.Join(root, "testdata", set+"-gold", base+".json")); err == nil {
				var gd struct {
					ReferenceDate string `json:"reference_date"`
				}
				if json.Unmarshal(g, &gd) == nil && gd.ReferenceDate != "" {
					if t, err := time.Parse(time.DateOnly, gd.ReferenceDate); err == nil {
						in.ReferenceDate = t
					}
				}
			}
			ins = append(ins, in)
			total += len(data)
		}
	}
	return ins, total, nil
}

func loadGold(root string) (map[string]eval.Gold, error) {
	all := map[string]eval.Gold{}
	for _, set := range []string{"nato-gold", "dev-gold"} {
		g, err := eval.LoadGold(filepath.Join(root, "testdata", set))
		if err != nil {
			return nil, err
		}
		for k, v := range g {
			all[k] = v
		}
	}
	return all, nil
}

// scoreDocs scores communique's documents with the gold scorer's rules, via
// their JSON, as the command-line tool would print them.
func scoreDocs(gold map[string]eval.Gold, docs []*extract.Document) (eval.Result, error) {
	preds := map[string]eval.Prediction{}
	for _, d := range docs {
		b, err := json.Marshal(d)
		if err != nil {
			return eval.Result{}, err
		}
		p, err := eval.ParsePrediction(b)
		if err != nil {
			return eval.Result{}, err
		}
		preds[eval.PredictionKey(d.Source)] = p
	}
	return eval.Score(gold, preds), nil
}

// scoreProse scores prose's entities as officials (PERSON, one per distinct
// name) and countries (GPE, mapped to ISO codes by countryISO), with the
// same rules as communique's.
func scoreProse(gold map[string]eval.Gold, docs []*extract.Document, ents [][]prose.Entity) (eval.Result, int, int, error) {
	preds := map[string]eval.Prediction{}
	mapped, unmapped := 0, 0
	for i, d := range docs {
		p := eval.Prediction{Source: d.Source, Body: d.Body}
		seenP, seenC := map[string]bool{}, map[string]bool{}
		for _, e := range ents[i] {
			switch e.Label {
			case "PERSON":
				k := eval.Key(e.Text)
				if !seenP[k] {
					seenP[k] = true
					p.Officials = append(p.Officials, eval.PredOfficial{Name: e.Text})
				}
			case "GPE":
				iso, ok := countryISO(e.Text)
				if !ok {
					unmapped++
					continue
				}
				mapped++
				if !seenC[iso] {
					seenC[iso] = true
					p.Countries = append(p.Countries, eval.PredCountry{ISO2: iso})
				}
			}
		}
		preds[eval.PredictionKey(d.Source)] = p
	}
	return eval.Score(gold, preds), mapped, unmapped, nil
}

// writePred writes predictions in the benchmark's JSON format.
func writePred(path string, pred map[string]string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	out := make(map[string]map[string]string, len(pred))
	for id, body := range pred {
		out[id] = map[string]string{"articleBody": body}
	}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "compare: "+format+"\n", args...)
}

// commitName, when set by -commit, names the commit measured.
var commitName string

// gitHead returns the repository's short commit, with "+dirty" when the
// work tree has changes to tracked files.
func gitHead(root string) string {
	if commitName != "" {
		return commitName
	}
	out, err := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown commit"
	}
	head := strings.TrimSpace(string(out))
	if err := exec.Command("git", "-C", root, "diff", "--quiet", "HEAD", "--").Run(); err != nil {
		head += "+dirty"
	}
	return head
}
