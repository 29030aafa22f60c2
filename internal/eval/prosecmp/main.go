// Command prosecmp measures github.com/jdkato/prose/v2's named-entity
// recogniser against communique's own people recogniser as a source of
// person candidates for quote speakers, on a folder of articles with gold
// quotes (the PolNeAR train split by default). It prints recall of the
// gold speakers for each source and their union, candidates per article,
// precision proxies, throughput in MB per CPU-second, and the names one
// source finds that the other misses. See README.md for the figures.
//
// It is a module of its own so that prose never becomes a dependency of
// the library.
package main

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract"
	"github.com/jdkato/prose/v2"
)

// article is one document: its body as the pipeline reads it, the gold
// speakers, and each source's distinct person candidates.
type article struct {
	name    string
	body    string
	gold    []string // every non-null gold speaker
	persons []string // gold speakers that name a person
	lib     []string
	prose   []string
}

//go:embed nonpersons.sha256
var nonPersonsSHA string

// nonPersons are the SHA-256 digests of the normalised gold speaker
// strings that name no person.
var nonPersons = func() map[[sha256.Size]byte]bool {
	m := map[[sha256.Size]byte]bool{}
	for _, line := range strings.Split(nonPersonsSHA, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			var d [sha256.Size]byte
			if n, err := hex.Decode(d[:], []byte(line)); err == nil && n == sha256.Size {
				m[d] = true
			}
		}
	}
	return m
}()

// isNonPerson reports whether a gold speaker string is listed as naming no
// person.
func isNonPerson(g string) bool {
	return nonPersons[sha256.Sum256([]byte(strings.Join(normName(g), " ")))]
}

// proseModel loads prose's English model once, on first use: NewDocument
// without UsingModel would decode it again for every document.
var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en-v2.0.0") })

// proseOpts are the options of every prose call: NER needs tokens and
// tags but no sentence segmentation.
func proseOpts() []prose.DocOpt {
	return []prose.DocOpt{prose.UsingModel(proseModel()), prose.WithSegmentation(false)}
}

// prosePeople returns the distinct PERSON entities prose finds in text,
// and counts every label it gives into labels when labels is not nil.
func prosePeople(text string, labels map[string]int) ([]string, error) {
	doc, err := prose.NewDocument(text, proseOpts()...)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range doc.Entities() {
		if labels != nil {
			labels[e.Label]++
		}
		if e.Label == "PERSON" {
			out = append(out, e.Text)
		}
	}
	return distinct(out), nil
}

// cpuSeconds is the user and system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// distinct returns names without repeats (same normalised words), first
// spelling kept.
func distinct(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := strings.Join(normName(n), " ")
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

func readGold(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g struct {
		Quotes []struct {
			Speaker *string `json:"speaker"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []string
	for _, q := range g.Quotes {
		if q.Speaker != nil && strings.TrimSpace(*q.Speaker) != "" {
			out = append(out, *q.Speaker)
		}
	}
	return distinct(out), nil
}

// sourceFigures are one source's figures over all articles.
type sourceFigures struct {
	name         string
	cands        int   // distinct candidates, summed over articles
	perArticle   []int // distinct candidates of each article
	surnames     int   // distinct surnames, summed over articles
	speakerCands int   // candidates that match a named-person gold speaker of the article
	agreeCands   int   // candidates that match a candidate of the other source
	onlyCands    map[string]int
	cpu          float64
	candsOwn     func(a *article) []string
	candsOther   func(a *article) []string
}

func main() {
	corpus := flag.String("corpus", "../../../../shared/corpus/polnear-train", "folder of articles (.txt)")
	gold := flag.String("gold", "", "folder of gold JSON (default: corpus folder + \"-gold\")")
	listN := flag.Int("list", 20, "names shown in each list of names one source finds and the other misses")
	sample := flag.Int("sample", 40, "size of the random samples of candidates printed for judging by hand")
	seed := flag.Int64("seed", 1, "seed of the random sample")
	flag.Parse()
	if *gold == "" {
		*gold = strings.TrimSuffix(*corpus, "/") + "-gold"
	}
	if err := run(os.Stdout, *corpus, *gold, *listN, *sample, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "prosecmp:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, corpus, goldDir string, listN, sample int, seed int64) error {
	files, err := filepath.Glob(filepath.Join(corpus, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .txt files in %s", corpus)
	}
	sort.Strings(files)
	var arts []*article
	ex := extract.New(extract.Options{})
	ctx := context.Background()
	var rawBytes int
	var extractCPU float64
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".txt")
		g, err := readGold(filepath.Join(goldDir, base+".json"))
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			return err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		rawBytes += len(data)
		t0 := cpuSeconds()
		doc, err := ex.Extract(ctx, extract.Input{Name: filepath.Base(f), Data: data})
		extractCPU += cpuSeconds() - t0
		if err != nil {
			return err
		}
		a := &article{name: base, body: doc.Body, gold: g}
		for _, p := range doc.People {
			a.lib = append(a.lib, p.Name)
		}
		a.lib = distinct(a.lib)
		arts = append(arts, a)
	}

	// Throughput, one pass per source over the same bodies.
	var bodyBytes int
	for _, a := range arts {
		bodyBytes += len(a.body)
	}
	ent := entities.New(entities.Options{})
	runtime.GC()
	t0 := cpuSeconds()
	for _, a := range arts {
		ent.FindAll(a.body)
	}
	libCPU := cpuSeconds() - t0

	runtime.GC()
	t0 = cpuSeconds()
	w0 := time.Now()
	proseModel()
	loadCPU, loadWall := cpuSeconds()-t0, time.Since(w0)
	labels := map[string]int{}
	runtime.GC()
	t0 = cpuSeconds()
	for _, a := range arts {
		if a.prose, err = prosePeople(a.body, labels); err != nil {
			return fmt.Errorf("%s: %w", a.name, err)
		}
	}
	proseCPU := cpuSeconds() - t0

	lib := &sourceFigures{name: "communique people", cpu: libCPU,
		candsOwn: func(a *article) []string { return a.lib }, candsOther: func(a *article) []string { return a.prose },
		onlyCands: map[string]int{}}
	prs := &sourceFigures{name: "prose PERSON", cpu: proseCPU,
		candsOwn: func(a *article) []string { return a.prose }, candsOther: func(a *article) []string { return a.lib },
		onlyCands: map[string]int{}}
	var goldArts int
	for _, a := range arts {
		var persons []string
		for _, g := range a.gold {
			if !isNonPerson(g) {
				persons = append(persons, g)
			}
		}
		a.persons = persons
		if len(persons) > 0 {
			goldArts++
		}
		for _, s := range []*sourceFigures{lib, prs} {
			own, other := s.candsOwn(a), s.candsOther(a)
			s.cands += len(own)
			s.perArticle = append(s.perArticle, len(own))
			sn := map[string]bool{}
			for _, c := range own {
				sn[surname(normName(c))] = true
				if matchesAny(c, a.persons) {
					s.speakerCands++
				}
				if matchesAny(c, other) {
					s.agreeCands++
				} else {
					s.onlyCands[c]++
				}
			}
			s.surnames += len(sn)
		}
	}
	persons := recallOf(arts, func(a *article) []string { return a.persons })
	all := recallOf(arts, func(a *article) []string { return a.gold })

	fmt.Fprintf(w, "articles: %d (%d with at least one named person as gold speaker); raw text %.2f MB, bodies %.2f MB\n",
		len(arts), goldArts, float64(rawBytes)/1e6, float64(bodyBytes)/1e6)
	fmt.Fprintf(w, "gold speakers, distinct per article: %d named persons; %d non-null speakers of any kind\n\n", persons.total, all.total)
	fmt.Fprintf(w, "%-20s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s %10s\n", "source", "recall", "exact", "all-spk", "cands", "c/art", "surn/art", "median", "max", "spk%", "agree%", "MB/CPU-s")
	for k, s := range []*sourceFigures{lib, prs} {
		pa := append([]int(nil), s.perArticle...)
		sort.Ints(pa)
		fmt.Fprintf(w, "%-20s %8.3f %8.3f %8.3f %8d %8.2f %8.2f %8d %8d %8.3f %8.3f %10.2f\n", s.name,
			ratio(persons.found[k], persons.total), ratio(persons.exact[k], persons.total), ratio(all.found[k], all.total),
			s.cands, ratio(s.cands, len(arts)), ratio(s.surnames, len(arts)),
			pa[len(pa)/2], pa[len(pa)-1], ratio(s.speakerCands, s.cands), ratio(s.agreeCands, s.cands),
			float64(bodyBytes)/1e6/s.cpu)
	}
	fmt.Fprintf(w, "%-20s %8.3f %8s %8.3f\n\n", "union", ratio(persons.union, persons.total), "", ratio(all.union, all.total))
	fmt.Fprintf(w, "named-person gold speakers found by communique only: %d; by prose only: %d; by both: %d; by neither: %d\n",
		persons.only[0], persons.only[1], persons.union-persons.only[0]-persons.only[1], persons.total-persons.union)
	fmt.Fprintf(w, "all gold speakers found by communique only: %d; by prose only: %d; by neither: %d\n",
		all.only[0], all.only[1], all.total-all.union)
	fmt.Fprintf(w, "CPU seconds: communique people (entities.FindAll) %.2f; prose NER %.2f (ratio %.1fx); prose model load once %.2f CPU-s, %.2f s wall\n",
		libCPU, proseCPU, proseCPU/libCPU, loadCPU, loadWall.Seconds())
	fmt.Fprintf(w, "whole communique pipeline (extract.Extract, all stages): %.2f CPU-s, %.2f MB/CPU-s of raw text\n",
		extractCPU, float64(rawBytes)/1e6/extractCPU)
	fmt.Fprintf(w, "prose entity labels: %s\n\n", countsLine(labels))

	list := func(title string, m map[string]int, n int) {
		fmt.Fprintf(w, "%s (%d distinct; up to %d most frequent, count of articles):\n  %s\n\n", title, len(m), n, topLine(m, n))
	}
	list("named-person gold speakers found by prose only", persons.onlyNames[1], listN)
	list("named-person gold speakers found by communique only", persons.onlyNames[0], listN)
	list("named-person gold speakers found by neither", persons.neither, listN)
	list("prose PERSON candidates matching no communique candidate of the article", prs.onlyCands, listN)
	list("communique candidates matching no prose PERSON of the article", lib.onlyCands, listN)

	r := rand.New(rand.NewSource(seed))
	for _, s := range []*sourceFigures{prs, lib} {
		keys := sortedKeys(s.onlyCands)
		r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		if len(keys) > sample {
			keys = keys[:sample]
		}
		fmt.Fprintf(w, "random sample (seed %d) of %s candidates the other source misses, to judge by hand:\n  %s\n\n",
			seed, s.name, strings.Join(keys, " | "))
	}
	for _, s := range []*sourceFigures{prs, lib} {
		var all []string
		for _, a := range arts {
			all = append(all, s.candsOwn(a)...)
		}
		for k := 0; k < sample && k < len(all); k++ {
			j := k + r.Intn(len(all)-k)
			all[k], all[j] = all[j], all[k]
		}
		if len(all) > sample {
			all = all[:sample]
		}
		fmt.Fprintf(w, "random sample (seed %d) of all %s candidates (one per article and name), to judge by hand:\n  %s\n\n",
			seed, s.name, strings.Join(all, " | "))
	}
	return nil
}

// recall is the recall of one gold population by the two sources, index 0
// communique and 1 prose.
type recall struct {
	total, union int
	found, exact [2]int
	only         [2]int
	onlyNames    [2]map[string]int
	neither      map[string]int
}

// recallOf matches the gold speakers pop returns of every article against
// both sources' candidates of the article.
func recallOf(arts []*article, pop func(*article) []string) recall {
	r := recall{onlyNames: [2]map[string]int{{}, {}}, neither: map[string]int{}}
	for _, a := range arts {
		for _, g := range pop(a) {
			r.total++
			var in [2]bool
			for k, cs := range [2][]string{a.lib, a.prose} {
				in[k] = matchesAny(g, cs)
				if in[k] {
					r.found[k]++
				}
				for _, c := range cs {
					if strings.Join(normName(c), " ") == strings.Join(normName(g), " ") {
						r.exact[k]++
						break
					}
				}
			}
			switch {
			case in[0] && in[1]:
				r.union++
			case in[0] || in[1]:
				r.union++
				k := 0
				if in[1] {
					k = 1
				}
				r.only[k]++
				r.onlyNames[k][g]++
			default:
				r.neither[g]++
			}
		}
	}
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// topLine lists the n most frequent keys of m with their counts.
func topLine(m map[string]int, n int) string {
	keys := sortedKeys(m)
	sort.SliceStable(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	if len(keys) > n {
		keys = keys[:n]
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s (%d)", k, m[k])
	}
	return strings.Join(parts, "; ")
}

func countsLine(m map[string]int) string {
	keys := sortedKeys(m)
	sort.SliceStable(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
