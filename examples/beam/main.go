// Command beam runs the communique extractor over a crawl as an Apache Beam
// pipeline: it reads page files by glob, groups them by site, learns one
// site profile per site from all of its pages, extracts every page with its
// site's profile, and writes one JSON object a line.
//
// Locally (the prism runner, in process):
//
//	go run . -input '../../testdata/nato/*.txt' -output /tmp/nato.jsonl
//
// On Dataflow, Flink or Spark, see README.md.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/communique/communique/internal/version"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input     = flag.String("input", "", "comma-separated file `globs` of pages (text or HTML, gzip or not)")
	output    = flag.String("output", "", "JSON Lines `file` to write")
	errorsTo  = flag.String("errors", "", "`file` for one line per page that failed (default: OUTPUT.errors)")
	site      = flag.String("site", "folder", "group pages into sites by `folder` or by host (of the page's canonical URL)")
	noLearn   = flag.Bool("no-learn", false, "do not learn site profiles: extract each page on its own")
	date      = flag.String("date", "", "reference `YYYY-MM-DD` for relative dates when a page has none")
	maxBytes  = flag.Int64("max-bytes", 0, "largest file read, in `bytes` (0: the extractor's default)")
	allowFail = flag.Bool("allow-failures", false, "exit 0 even when pages failed (they are listed in the -errors file either way)")
	showVer   = flag.Bool("version", false, "print the version and exit")
)

// ownFlags are the pipeline's flags, shown before the Beam SDK's in -h.
var ownFlags = []string{"input", "output", "errors", "site", "no-learn", "date", "max-bytes", "allow-failures", "version"}

func main() {
	flag.Usage = func() { usage(os.Stderr, flag.CommandLine) }
	flag.Parse()
	if *showVer {
		fmt.Println(version.String("beam"))
		return
	}
	beam.Init()
	c, err := config()
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		fmt.Fprintln(os.Stderr, "beam: -h lists the flags")
		os.Exit(2)
	}
	if err := checkInputs(c.Inputs); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "beam: pipeline failed:", err)
		os.Exit(1)
	}
	n, err := failedPages(c.Errors)
	switch {
	case err != nil:
		fmt.Fprintf(os.Stderr, "beam: cannot count the failed pages in %s: %v\n", c.Errors, err)
	case n > 0 && !*allowFail:
		fmt.Fprintf(os.Stderr, "beam: %d pages failed, listed in %s (-allow-failures to exit 0)\n", n, c.Errors)
		os.Exit(1)
	case n > 0:
		fmt.Fprintf(os.Stderr, "beam: %d pages failed, listed in %s\n", n, c.Errors)
	}
}

// usage prints the pipeline's own flags first, then those the Beam SDK
// registers (runners, workers, staging).
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: beam -input GLOBS -output FILE [flags]\n\nThe pipeline's flags:\n")
	own := flag.NewFlagSet("own", flag.ContinueOnError)
	sdk := flag.NewFlagSet("sdk", flag.ContinueOnError)
	fs.VisitAll(func(f *flag.Flag) {
		if slices.Contains(ownFlags, f.Name) {
			own.Var(f.Value, f.Name, f.Usage)
		} else {
			sdk.Var(f.Value, f.Name, f.Usage)
		}
	})
	own.SetOutput(w)
	own.PrintDefaults()
	fmt.Fprintf(w, "\nThe Beam SDK's flags (runner and its options):\n")
	sdk.SetOutput(w)
	sdk.PrintDefaults()
}

// checkInputs fails for a local glob that matches no file, in one line; a
// glob of a remote file system is left to the runner.
func checkInputs(globs []string) error {
	for _, g := range globs {
		if strings.Contains(g, "://") {
			continue
		}
		m, err := filepath.Glob(g)
		if err != nil {
			return fmt.Errorf("-input %q: %v", g, err)
		}
		if len(m) == 0 {
			return fmt.Errorf("-input %q matches no file", g)
		}
	}
	return nil
}

// failedPages counts the lines of the local errors file (one a failed
// page); a missing file counts none, and a remote one is not counted.
func failedPages(path string) (int, error) {
	if strings.Contains(path, "://") {
		return 0, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return bytes.Count(b, []byte("\n")), nil
}

func config() (Config, error) {
	c := Config{Output: *output, Errors: *errorsTo, Site: *site, NoLearn: *noLearn, MaxBytes: *maxBytes}
	for _, g := range strings.Split(*input, ",") {
		if g = strings.TrimSpace(g); g != "" {
			c.Inputs = append(c.Inputs, g)
		}
	}
	if len(c.Inputs) == 0 || c.Output == "" {
		return c, fmt.Errorf("-input and -output are required")
	}
	if c.Errors == "" {
		c.Errors = c.Output + ".errors"
	}
	if c.Site != "folder" && c.Site != "host" {
		return c, fmt.Errorf("-site %q: want folder or host", c.Site)
	}
	if *date != "" {
		t, err := time.Parse(time.DateOnly, *date)
		if err != nil {
			return c, fmt.Errorf("-date %q: want YYYY-MM-DD", *date)
		}
		c.Date = t
	}
	return c, nil
}
