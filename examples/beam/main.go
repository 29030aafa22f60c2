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
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input    = flag.String("input", "", "comma-separated file `globs` of pages (text or HTML, gzip or not)")
	output   = flag.String("output", "", "JSON Lines `file` to write")
	errorsTo = flag.String("errors", "", "`file` for one line per page that failed (default: OUTPUT.errors)")
	site     = flag.String("site", "folder", "group pages into sites by `folder` or by host (of the page's canonical URL)")
	noLearn  = flag.Bool("no-learn", false, "do not learn site profiles: extract each page on its own")
	date     = flag.String("date", "", "reference `YYYY-MM-DD` for relative dates when a page has none")
	maxBytes = flag.Int64("max-bytes", 0, "largest file read, in `bytes` (0: the extractor's default)")
)

func main() {
	flag.Parse()
	beam.Init()
	c, err := config()
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "beam: pipeline failed:", err)
		os.Exit(1)
	}
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
