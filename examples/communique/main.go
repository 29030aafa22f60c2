// Command communique extracts typed records from scraped pages of official
// news releases, speeches and press-conference transcripts, printing one
// JSON object a line per input document (JSON Lines).
//
// Usage:
//
//	communique [flags] FILE|DIR|- ...
//
// Files may be plain text or HTML, gzip-compressed or not; folders are
// walked for page files (.txt, .text, .htm, .html, .xhtml, each also
// gzip-compressed; -ext chooses others); "-" reads standard input. Given
// several pages, the tool first learns which blocks recur across them (a site profile) and then
// strips those from every page; -no-learn turns that off, -profile loads a
// saved profile instead and -save-profile writes the learned one.
//
// A file that cannot be read or extracted is reported on standard error with
// its name; the others are still processed, and the exit status is 1.
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
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/communique/communique/extract"
)

// softMemoryLimit is the Go runtime's soft memory limit for the tool, unless
// GOMEMLIMIT sets one: the collector works harder near it instead of letting
// the heap grow to twice what is live, which keeps a 60 MB page within a few
// hundred megabytes of resident memory.
const softMemoryLimit = 400 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type config struct {
	date        time.Time
	dateAuto    bool
	dateMtime   bool
	format      extract.Format
	noLearn     bool
	profileIn   string
	profileOut  string
	quiet       bool
	workers     int
	stdinData   []byte
	stderrIsTTY bool
	stdoutIsTTY bool
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("communique", flag.ContinueOnError)
	fl.SetOutput(stderr)
	date := fl.String("date", "", "reference `YYYY-MM-DD` for relative dates when a page gives no date of its own, or auto: the date in each page's file name or URL path")
	dateMtime := fl.Bool("date-mtime", false, "with -date auto, a page whose name has no date takes its file's modification date")
	keepUnresolved := fl.Bool("keep-unresolved", false, "report relative dates that cannot be resolved, with an empty value")
	format := fl.String("format", "auto", "input format: auto, text or html")
	noLearn := fl.Bool("no-learn", false, "do not learn a site profile from the batch of pages")
	profileIn := fl.String("profile", "", "load a site profile from `FILE` (no learning)")
	profileOut := fl.String("save-profile", "", "write the learned site profile to `FILE`")
	quiet := fl.Bool("q", false, "no progress line")
	workers := fl.Int("j", runtime.GOMAXPROCS(0), "pages extracted at once")
	exts := fl.String("ext", defaultExts, "comma-separated `extensions` of the page files taken from folders (each also with .gz)")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: communique [flags] FILE|DIR|- ...\n\nPrints one JSON object a line per page.\n\n")
		fl.PrintDefaults()
	}
	version := fl.Bool("version", false, "print the module version and VCS revision, and exit")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, versionString())
		return 0
	}
	if *profileIn != "" && *profileOut != "" {
		fmt.Fprintln(stderr, "communique: -profile and -save-profile conflict: a loaded profile is not learned")
		return 2
	}
	if *noLearn && *profileOut != "" {
		fmt.Fprintln(stderr, "communique: -no-learn and -save-profile conflict: nothing is learned to save")
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	cfg := config{noLearn: *noLearn, profileIn: *profileIn, profileOut: *profileOut, quiet: *quiet, workers: max(1, *workers), dateMtime: *dateMtime}
	if *dateMtime && *date != "auto" {
		fmt.Fprintln(stderr, "communique: -date-mtime needs -date auto")
		return 2
	}
	if *date == "auto" {
		cfg.dateAuto = true
	} else if *date != "" {
		t, err := time.Parse(time.DateOnly, *date)
		if err != nil {
			fmt.Fprintf(stderr, "communique: -date %q: want YYYY-MM-DD or auto\n", *date)
			return 2
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
		fmt.Fprintf(stderr, "communique: -format %q: want auto, text or html\n", *format)
		return 2
	}
	cfg.stderrIsTTY, cfg.stdoutIsTTY = isTerminal(stderr), isTerminal(stdout)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	failed := false
	paths, skipped, err := expand(fl.Args(), parseExts(*exts), func(p string, err error) {
		fmt.Fprintf(stderr, "communique: %s: %v\n", p, err)
		failed = true
	})
	if err != nil {
		fmt.Fprintf(stderr, "communique: %v\n", err)
		return 1
	}
	if skipped > 0 && !cfg.quiet {
		fmt.Fprintf(stderr, "communique: skipped %d files in folders that are not pages (see -ext)\n", skipped)
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "communique: no page files found\n")
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

	opts := extract.Options{Format: cfg.format, ReferenceDate: cfg.date, KeepUnresolved: *keepUnresolved}
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
	pageFailed, err := extractAll(ctx, x, &cfg, paths, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "communique: writing output: %v\n", err)
		return 1
	}
	if pageFailed {
		failed = true
	}
	if failed {
		return 1
	}
	return 0
}

// versionString is the main module's version and VCS revision, from the
// build information.
func versionString() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "communique (no build information)"
	}
	v := "communique " + bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = " (modified)"
			}
		}
	}
	if rev != "" {
		v += " " + rev + modified
	}
	return v + " " + bi.GoVersion
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
	return extract.Input{Name: p, Data: b}, nil
}

// defaultExts are the extensions of the page files taken from folders.
const defaultExts = ".txt,.text,.htm,.html,.xhtml"

// parseExts reads a comma-separated list of extensions, with or without
// their dots, into lower-case extensions with dots.
func parseExts(list string) []string {
	var out []string
	for _, e := range strings.Split(list, ",") {
		e = strings.ToLower(strings.TrimSpace(e))
		if e == "" {
			continue
		}
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		out = append(out, e)
	}
	return out
}

// isPage reports whether a file name ends with one of exts, or one of them
// followed by ".gz".
func isPage(name string, exts []string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	for _, e := range exts {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// expand turns the arguments into the list of files: folders are walked for
// regular page files (by extension), in lexical order; named files are
// always taken. It also returns how many files in folders were skipped.
func expand(args []string, exts []string, report func(string, error)) ([]string, int, error) {
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
			if d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") {
				if isPage(d.Name(), exts) {
					out = append(out, p)
				} else {
					skipped++
				}
			}
			return nil
		})
		if err != nil {
			return nil, 0, err
		}
	}
	return out, skipped, nil
}

type result struct {
	line []byte
	err  error
	size int
}

// extractAll extracts the pages with cfg.workers goroutines and prints the
// documents in input order. It reports whether any page failed, and the
// first error writing the output, after which it stops.
func extractAll(ctx context.Context, x *extract.Extractor, cfg *config, paths []string, stdout, stderr io.Writer) (bool, error) {
	w := bufio.NewWriterSize(stdout, 1<<16)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
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
	// Progress goes to a terminal on standard error only when standard
	// output is not that terminal too, where it would garble the JSON.
	progress := cfg.showProgress(len(paths))
	start, bytes, failed, nfailed := time.Now(), 0, false, 0
	var werr error
	for i, p := range paths {
		var r result
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			fmt.Fprintf(stderr, "communique: %v\n", ctx.Err())
			wg.Wait()
			return true, nil
		}
		<-sem
		bytes += r.size
		if r.err != nil {
			if progress {
				fmt.Fprint(stderr, "\r\033[K")
			}
			fmt.Fprintf(stderr, "communique: %s: %v\n", p, r.err)
			failed = true
			nfailed++
		} else if _, werr = w.Write(r.line); werr != nil {
			break
		}
		if progress {
			el := time.Since(start).Seconds()
			left := el / float64(i+1) * float64(len(paths)-i-1)
			fmt.Fprintf(stderr, "\r\033[K%d/%d files, %.1f MB/s, %s left", i+1, len(paths), float64(bytes)/1e6/max(el, 1e-9), time.Duration(left*float64(time.Second)).Round(time.Second))
		}
	}
	if werr == nil {
		werr = w.Flush()
	}
	cancel()
	if progress {
		el := time.Since(start).Seconds()
		fmt.Fprintf(stderr, "\r\033[K%d pages, %d failed, %.1f s, %.1f MB/s\n", len(paths), nfailed, el, float64(bytes)/1e6/max(el, 1e-9))
	}
	wg.Wait()
	return failed, werr
}

// showProgress reports whether a progress line is drawn for n pages: on a
// terminal on standard error, when standard output is not a terminal.
func (c *config) showProgress(n int) bool {
	return c.stderrIsTTY && !c.stdoutIsTTY && !c.quiet && n >= 10
}

func extractOne(ctx context.Context, x *extract.Extractor, cfg *config, p string) result {
	in, err := cfg.input(p)
	if err != nil {
		return result{err: err}
	}
	in.Name = p
	if p == "-" {
		in.Name = "-"
	}
	if cfg.dateAuto {
		in.ReferenceDate = pageDate(p, cfg.dateMtime)
	}
	doc, err := x.Extract(ctx, in)
	if err != nil {
		// The extractor names the input; keep the message short.
		return result{err: errors.Unwrap(err), size: len(in.Data)}
	}
	line, err := json.Marshal(doc)
	if err != nil {
		return result{err: err}
	}
	return result{line: append(line, '\n'), size: len(in.Data)}
}
