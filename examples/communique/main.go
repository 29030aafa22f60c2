// Command communique extracts typed records from scraped pages of official
// news releases, speeches and press-conference transcripts, printing one
// JSON object a line per input document (JSON Lines).
//
// Usage:
//
//	communique [flags] FILE|DIR|- ...
//
// Files may be plain text or HTML, gzip-compressed or not; folders are
// walked for page files (by extension, see -ext); "-" reads standard
// input. Given several pages, the tool
// first learns which blocks recur across them (a site profile) and then
// strips those from every page; -no-learn turns that off, -profile loads a
// saved profile instead and -save-profile writes the learned one.
//
// A file that cannot be read or extracted is reported on standard error with
// its name; the others are still processed, and the exit status is 1. Output
// that cannot be written is an error too (status 1). Misused flags exit
// with status 2.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/internal/version"
)

// softMemoryLimit is the Go runtime's soft memory limit for the tool, unless
// GOMEMLIMIT sets one: the collector works harder near it instead of letting
// the heap grow to twice what is live, which keeps a 60 MB page within a few
// hundred megabytes of resident memory.
const softMemoryLimit = 256 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type config struct {
	date        time.Time
	dateAuto    bool // -date auto: each page's date from its name
	mtime       bool // -mtime: else from the file's modification time
	format      extract.Format
	noLearn     bool
	profileIn   string
	profileOut  string
	quiet       bool
	workers     int
	output      string // jsonl, json or text
	exts        []string
	stdinData   []byte
	stderrIsTTY bool
	stdoutIsTTY bool
}

// defaultExts are the extensions of the files a folder walk takes as pages,
// each also with ".gz".
const defaultExts = "txt,text,htm,html,xhtml"

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("communique", flag.ContinueOnError)
	fl.SetOutput(stderr)
	date := fl.String("date", "", "reference `YYYY-MM-DD` for relative dates when a page gives no date of its own, or \"auto\": the date in each file's name or path (wh-2021-06-14-…, /2023/07/11/)")
	mtime := fl.Bool("mtime", false, "with -date auto, a file whose name gives no date takes its modification time")
	format := fl.String("format", "auto", "input format: auto, text or html")
	noLearn := fl.Bool("no-learn", false, "do not learn a site profile from the batch of pages")
	profileIn := fl.String("profile", "", "load a site profile from `FILE` (no learning)")
	profileOut := fl.String("save-profile", "", "write the learned site profile to `FILE`")
	quiet := fl.Bool("q", false, "no progress line and no notes on standard error")
	workers := fl.Int("j", runtime.GOMAXPROCS(0), "pages extracted at once")
	output := fl.String("o", "jsonl", "output: jsonl (one JSON object a line), json (indented) or text (for people)")
	exts := fl.String("ext", defaultExts, "comma-separated `EXTENSIONS` of the files a folder walk takes as pages (each also gzipped); * takes every file")
	showVersion := fl.Bool("version", false, "print the version and exit")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: communique [flags] FILE|DIR|- ...\n\nPrints what it extracts from each page: one JSON object a line by default.\n\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, version.String("communique"))
		return 0
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "communique: "+format+"\n", a...)
		return 2
	}
	switch {
	case *profileIn != "" && *profileOut != "":
		return usage("-profile and -save-profile: a loaded profile is not learned, so there is none to save")
	case *noLearn && *profileOut != "":
		return usage("-no-learn and -save-profile: nothing is learned, so there is no profile to save")
	case *profileIn != "" && *noLearn:
		return usage("-profile and -no-learn: a loaded profile is already not learned; give one of them")
	case *mtime && *date != "auto":
		return usage("-mtime needs -date auto")
	}
	cfg := config{noLearn: *noLearn, profileIn: *profileIn, profileOut: *profileOut, quiet: *quiet, workers: max(1, *workers), mtime: *mtime}
	switch *date {
	case "":
	case "auto":
		cfg.dateAuto = true
	default:
		t, err := time.Parse(time.DateOnly, *date)
		if err != nil {
			return usage("-date %q: want YYYY-MM-DD or auto", *date)
		}
		cfg.date = t
	}
	switch *format {
	case "auto":
	case "text":
		cfg.format = extract.FormatText
	case "html":
		cfg.format = extract.FormatHTML
	default:
		return usage("-format %q: want auto, text or html", *format)
	}
	switch *output {
	case "jsonl", "json", "text":
		cfg.output = *output
	default:
		return usage("-o %q: want jsonl, json or text", *output)
	}
	for _, e := range strings.Split(*exts, ",") {
		if e = strings.TrimPrefix(strings.TrimSpace(e), "."); e != "" {
			cfg.exts = append(cfg.exts, strings.ToLower(e))
		}
	}
	if len(cfg.exts) == 0 {
		return usage("-ext %q: want extensions such as %s, or *", *exts, defaultExts)
	}
	cfg.stderrIsTTY, cfg.stdoutIsTTY = isTerminal(stderr), isTerminal(stdout)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	failed := false
	paths, skipped, err := expand(fl.Args(), cfg.exts, func(p string, err error) {
		fmt.Fprintf(stderr, "communique: %s: %v\n", p, err)
		failed = true
	})
	if err != nil {
		fmt.Fprintf(stderr, "communique: %v\n", err)
		return 1
	}
	if skipped > 0 && !cfg.quiet {
		fmt.Fprintf(stderr, "communique: skipped %d files that are not pages (-ext %s)\n", skipped, strings.Join(cfg.exts, ","))
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "communique: no page to extract in %s\n", strings.Join(fl.Args(), " "))
		return 1
	}
	for _, p := range paths {
		if p == "-" {
			b, err := io.ReadAll(stdin)
			if err != nil {
				fmt.Fprintf(stderr, "communique: standard input: %v\n", err)
				return 1
			}
			cfg.stdinData = b
			break
		}
	}

	opts := extract.Options{Format: cfg.format, ReferenceDate: cfg.date}
	if cfg.profileIn != "" {
		f, err := os.Open(cfg.profileIn)
		if err != nil {
			fmt.Fprintf(stderr, "communique: %v\n", err)
			return 1
		}
		p, err := extract.LoadProfile(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "communique: %s: %v\n", cfg.profileIn, err)
			return 1
		}
		opts.Profile = p
	} else if !cfg.noLearn && (len(paths) > 1 || cfg.profileOut != "") {
		l, err := learn(ctx, extract.New(opts), &cfg, paths)
		if err != nil {
			return 1
		}
		opts.Profile = l.Profile()
		if cfg.profileOut != "" {
			if err := writeProfile(cfg.profileOut, opts.Profile); err != nil {
				fmt.Fprintf(stderr, "communique: %v\n", err)
				return 1
			}
		}
	}

	x := extract.New(opts)
	pagesFailed, err := extractAll(ctx, x, &cfg, paths, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "communique: %v\n", err)
		return 1
	}
	if failed || pagesFailed {
		return 1
	}
	return 0
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// learn reads every page once, with cfg.workers goroutines, into a site
// profile. Unreadable files are reported in the second pass, not here; only
// cancellation fails.
func learn(ctx context.Context, x *extract.Extractor, cfg *config, paths []string) (*extract.ProfileLearner, error) {
	l := x.NewProfileLearner("")
	next := make(chan string)
	var wg sync.WaitGroup
	for range cfg.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				if in, err := cfg.input(p); err == nil {
					_ = l.Add(ctx, in) // an error is reported when the page is extracted
				}
			}
		}()
	}
	for _, p := range paths {
		select {
		case next <- p:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(next)
	wg.Wait()
	return l, ctx.Err()
}

func writeProfile(path string, p *extract.Profile) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := p.Save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// input returns the extraction input for a path ("-" is standard input).
func (c *config) input(p string) (extract.Input, error) {
	if p == "-" {
		return extract.Input{Name: "-", Data: c.stdinData}, nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return extract.Input{}, err
	}
	in := extract.Input{Name: p, Data: b}
	if c.dateAuto {
		in.ReferenceDate = dateOfName(p)
		if in.ReferenceDate.IsZero() && c.mtime {
			if st, err := os.Stat(p); err == nil {
				y, m, d := st.ModTime().Date()
				in.ReferenceDate = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	return in, nil
}

// expand turns the arguments into the list of files: a file named is
// taken whatever its name; folders are walked, in lexical order, for files
// whose extension is one of exts (or every file, for "*"). It returns how
// many files the walk skipped.
func expand(args, exts []string, report func(string, error)) ([]string, int, error) {
	var out []string
	skipped := 0
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			report(a, err)
			continue
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				report(p, err)
				return nil
			}
			if d.IsDir() {
				if p != a && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			if isPage(d.Name(), exts) {
				out = append(out, p)
			} else {
				skipped++
			}
			return nil
		})
		if err != nil {
			return nil, skipped, err
		}
	}
	return out, skipped, nil
}

// isPage reports whether a file name has one of the page extensions, gzipped
// or not.
func isPage(name string, exts []string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	for _, e := range exts {
		if e == "*" || strings.HasSuffix(name, "."+e) {
			return true
		}
	}
	return false
}

// dateInName matches a day written in a file name or URL path: 2021-06-14,
// 2021_06_14, 2023/07/11, 2023.07.11 (one separator throughout).
var dateInName = func() *regexp.Regexp {
	var alts []string
	for _, sep := range []string{"-", "_", "/", `\.`} {
		alts = append(alts, `((?:19|20)[0-9]{2})`+sep+`(0[1-9]|1[0-2])`+sep+`(0[1-9]|[12][0-9]|3[01])`)
	}
	return regexp.MustCompile(`(?:^|[^0-9])(?:` + strings.Join(alts, "|") + `)(?:[^0-9]|$)`)
}()

// dateOfName returns the day a path names, preferring its file name to its
// folders; zero when it names none.
func dateOfName(p string) time.Time {
	for _, s := range []string{filepath.Base(p), filepath.ToSlash(p)} {
		ms := dateInName.FindAllStringSubmatch(s, -1)
		for i := len(ms) - 1; i >= 0; i-- {
			for g := 1; g+2 < len(ms[i]); g += 3 {
				if ms[i][g] == "" {
					continue
				}
				if t, err := time.Parse(time.DateOnly, ms[i][g]+"-"+ms[i][g+1]+"-"+ms[i][g+2]); err == nil {
					return t
				}
			}
		}
	}
	return time.Time{}
}

type result struct {
	doc  *extract.Document
	line []byte
	err  error
	size int
}

// extractAll extracts the pages with cfg.workers goroutines and prints the
// documents in input order. It reports whether any page failed, and returns
// an error when the output cannot be written (then it stops at once).
func extractAll(ctx context.Context, x *extract.Extractor, cfg *config, paths []string, stdout, stderr io.Writer) (bool, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := bufio.NewWriterSize(stdout, 1<<16)
	type job struct {
		i    int
		path string
	}
	jobs := make(chan job)
	results := make([]chan result, len(paths))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	// At most 4×workers pages are in flight, so memory stays bounded.
	sem := make(chan struct{}, 4*cfg.workers)
	for range cfg.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results[j.i] <- extractOne(ctx, x, cfg, j.path)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i, p := range paths {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, p}:
			case <-ctx.Done():
				return
			}
		}
	}()
	// Progress goes to a terminal, and only when the output does not.
	progress := cfg.stderrIsTTY && !cfg.stdoutIsTTY && !cfg.quiet && len(paths) >= 10
	start, bytes, nfailed := time.Now(), 0, 0
	for i, p := range paths {
		var r result
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			return true, ctx.Err()
		}
		<-sem
		bytes += r.size
		if r.err != nil {
			if progress {
				fmt.Fprint(stderr, "\r\033[K")
			}
			fmt.Fprintf(stderr, "communique: %s: %v\n", p, r.err)
			nfailed++
		} else if err := writeDoc(w, cfg.output, r); err != nil {
			return nfailed > 0, fmt.Errorf("writing the output: %w", err)
		}
		if progress {
			el := time.Since(start).Seconds()
			left := el / float64(i+1) * float64(len(paths)-i-1)
			fmt.Fprintf(stderr, "\r\033[K%d/%d files, %.1f MB/s, %s left", i+1, len(paths), float64(bytes)/1e6/max(el, 1e-9), time.Duration(left*float64(time.Second)).Round(time.Second))
		}
	}
	if err := w.Flush(); err != nil {
		return nfailed > 0, fmt.Errorf("writing the output: %w", err)
	}
	if progress {
		el := time.Since(start).Seconds()
		fmt.Fprintf(stderr, "\r\033[K%d pages, %d failed, %.1f s, %.1f MB/s\n", len(paths), nfailed, el, float64(bytes)/1e6/max(el, 1e-9))
	}
	return nfailed > 0, nil
}

// writeDoc writes one document in the chosen output format.
func writeDoc(w *bufio.Writer, output string, r result) error {
	switch output {
	case "json":
		var buf strings.Builder
		b, err := json.MarshalIndent(r.doc, "", "  ")
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte('\n')
		_, err = w.WriteString(buf.String())
		return err
	case "text":
		_, err := w.WriteString(textView(r.doc))
		return err
	}
	if r.doc != nil { // a large page: written a piece at a time
		if err := r.doc.WriteJSON(w); err != nil {
			return err
		}
		return w.WriteByte('\n')
	}
	_, err := w.Write(r.line)
	return err
}

// streamAbove is the size of input above which a page's JSON line is
// written a piece at a time by the writer rather than encoded whole by the
// worker: the line of a page of tens of megabytes is larger than the page.
const streamAbove = 1 << 20

func extractOne(ctx context.Context, x *extract.Extractor, cfg *config, p string) result {
	in, err := cfg.input(p)
	if err != nil {
		return result{err: err}
	}
	in.Name = p
	if p == "-" {
		in.Name = "-"
	}
	doc, err := x.Extract(ctx, in)
	if err != nil {
		// The extractor names the input; keep the message short.
		return result{err: errors.Unwrap(err), size: len(in.Data)}
	}
	if cfg.output != "jsonl" || len(in.Data) > streamAbove {
		return result{doc: doc, size: len(in.Data)}
	}
	line, err := json.Marshal(doc)
	if err != nil {
		return result{err: err}
	}
	return result{line: append(line, '\n'), size: len(in.Data)}
}
