package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/communique/communique/extract"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, Page), error](&readPageFn{})
	register.Emitter2[string, Page]()
	register.DoFn4x1[context.Context, string, func(*Page) bool, func(string, string), error](&learnFn{})
	register.Iter1[Page]()
	register.Emitter2[string, string]()
	register.DoFn6x1[context.Context, string, Page, func(string) func(*string) bool, func(string), func(string), error](&extractFn{})
	register.Iter1[string]()
	register.Emitter1[string]()
	register.Function3x0(noProfile)
}

// noProfile stands for learning when learning is off: it emits nothing.
func noProfile(string, Page, func(string, string)) {}

// Page is one input file on its way through the pipeline.
type Page struct {
	// Name is the file's path as matched; it becomes Document.Source.
	Name string
	// Data is the file's bytes, compressed or not (the extractor reads gzip).
	Data []byte
	// Err says why the file could not be read; Data is then empty.
	Err string
}

// Config is what the pipeline needs to know.
type Config struct {
	// Inputs are file globs (local paths, or gs://…, s3://… with the
	// matching Beam filesystem imported).
	Inputs []string
	// Output is the JSON Lines file written; Errors gets one line per page
	// that failed ("path: error").
	Output, Errors string
	// Site says how pages are grouped into sites for learning: "folder"
	// (the file's folder) or "host" (the host of the page's canonical URL,
	// falling back to the folder).
	Site string
	// NoLearn turns site profiles off: each page on its own.
	NoLearn bool
	// Date is the reference date for relative dates when a page has none.
	Date time.Time
	// MaxBytes bounds one file as stored; larger files are reported as
	// errors. 0 means extract.DefaultMaxInputBytes.
	MaxBytes int64
}

// Build adds the pipeline to s: match the globs, read each file keyed by
// its site, learn one profile per site from all its pages (pass one), then
// extract every page with its site's profile (pass two) and write one JSON
// object a line.
func Build(s beam.Scope, c Config) {
	if c.MaxBytes <= 0 {
		c.MaxBytes = extract.DefaultMaxInputBytes
	}
	globs := beam.Create(s.Scope("globs"), anySlice(c.Inputs)...)
	matches := fileio.MatchAll(s.Scope("match"), globs, fileio.MatchEmptyDisallow())
	files := fileio.ReadMatches(s.Scope("open"), matches, fileio.ReadUncompressed(), fileio.ReadDirectorySkip())
	pages := beam.ParDo(s.Scope("read"), &readPageFn{Site: c.Site, MaxBytes: c.MaxBytes}, files)

	var profiles beam.PCollection
	if c.NoLearn {
		profiles = beam.ParDo(s.Scope("no-profiles"), noProfile, pages) // empty, never read
	} else {
		bySite := beam.GroupByKey(s.Scope("group-by-site"), pages)
		profiles = beam.ParDo(s.Scope("learn"), &learnFn{}, bySite)
	}
	var date string
	if !c.Date.IsZero() {
		date = c.Date.Format(time.DateOnly)
	}
	docs, failed := beam.ParDo2(s.Scope("extract"), &extractFn{Date: date, NoLearn: c.NoLearn}, pages,
		beam.SideInput{Input: profiles})
	textio.Write(s.Scope("write"), c.Output, docs)
	if c.Errors != "" {
		textio.Write(s.Scope("write-errors"), c.Errors, failed)
	}
}

func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// readPageFn reads a matched file and keys it by its site.
type readPageFn struct {
	Site     string
	MaxBytes int64
}

func (fn *readPageFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, Page)) error {
	p := Page{Name: f.Metadata.Path}
	rc, err := f.Open(ctx)
	if err != nil {
		p.Err = err.Error()
		emit(siteOf(fn.Site, p.Name, nil), p)
		return nil
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, fn.MaxBytes+1))
	switch {
	case err != nil:
		p.Err = err.Error()
	case int64(len(data)) > fn.MaxBytes:
		p.Err = fmt.Sprintf("file over %d bytes", fn.MaxBytes)
	default:
		p.Data = data
	}
	emit(siteOf(fn.Site, p.Name, p.Data), p)
	return nil
}

// siteOf returns the site a page belongs to: its folder, or in "host" mode
// the host of the canonical URL an HTML page declares.
func siteOf(mode, name string, data []byte) string {
	if mode == "host" {
		if h := canonicalHost(data); h != "" {
			return h
		}
	}
	if strings.Contains(name, "://") { // gs://bucket/a/b.html: keep the scheme's "//"
		if i := strings.LastIndexByte(name, '/'); i > strings.Index(name, "://")+2 {
			return name[:i]
		}
		return name
	}
	return filepath.Dir(name)
}

// canonicalHost finds <link rel="canonical" href="…"> or
// <meta property="og:url" content="…"> in the head of an HTML page and
// returns the URL's host, or "".
func canonicalHost(data []byte) string {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	low := bytes.ToLower(data)
	for _, probe := range []struct{ marker, attr string }{{`rel="canonical"`, "href="}, {`property="og:url"`, "content="}} {
		i := bytes.Index(low, []byte(probe.marker))
		if i < 0 {
			continue
		}
		start := bytes.LastIndexByte(low[:i], '<')
		end := bytes.IndexByte(low[i:], '>')
		if start < 0 || end < 0 {
			continue
		}
		tag := data[start : i+end]
		j := bytes.Index(bytes.ToLower(tag), []byte(probe.attr))
		if j < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[j+len(probe.attr):], `"'`)
		if k := bytes.IndexAny(v, `"' >`); k >= 0 {
			v = v[:k]
		}
		if u, err := url.Parse(string(v)); err == nil && u.Host != "" {
			return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		}
	}
	return ""
}

// learnFn learns one site's profile from all its pages and emits it as
// JSON, keyed by the site.
type learnFn struct {
	x *extract.Extractor
}

func (fn *learnFn) Setup() { fn.x = extract.New(extract.Options{}) }

func (fn *learnFn) ProcessElement(ctx context.Context, site string, pages func(*Page) bool, emit func(string, string)) error {
	l := fn.x.NewProfileLearner(site)
	var p Page
	for pages(&p) {
		if p.Err != "" {
			continue
		}
		// Pages the extractor cannot read are reported in pass two.
		_ = l.Add(ctx, extract.Input{Name: p.Name, Data: p.Data})
	}
	var buf bytes.Buffer
	if err := l.Profile().Save(&buf); err != nil {
		return fmt.Errorf("saving the profile of %s: %w", site, err)
	}
	emit(site, buf.String())
	return nil
}

// extractFn extracts each page with its site's profile.
type extractFn struct {
	Date    string
	NoLearn bool

	ref   time.Time
	plain *extract.Extractor
	bySit map[string]*extract.Extractor // Extractors with a profile, per site
}

// maxCachedSites bounds the Extractors an extractFn keeps between pages.
const maxCachedSites = 64

func (fn *extractFn) Setup() error {
	if fn.Date != "" {
		t, err := time.Parse(time.DateOnly, fn.Date)
		if err != nil {
			return err
		}
		fn.ref = t
	}
	fn.plain = extract.New(extract.Options{ReferenceDate: fn.ref})
	fn.bySit = map[string]*extract.Extractor{}
	return nil
}

func (fn *extractFn) extractor(site string, profiles func(string) func(*string) bool) (*extract.Extractor, error) {
	if fn.NoLearn {
		return fn.plain, nil
	}
	if x, ok := fn.bySit[site]; ok {
		return x, nil
	}
	var saved string
	if !profiles(site)(&saved) {
		return fn.plain, nil
	}
	p, err := extract.LoadProfile(strings.NewReader(saved))
	if err != nil {
		return nil, err
	}
	if len(fn.bySit) >= maxCachedSites {
		clear(fn.bySit)
	}
	x := extract.New(extract.Options{ReferenceDate: fn.ref, Profile: p})
	fn.bySit[site] = x
	return x, nil
}

func (fn *extractFn) ProcessElement(ctx context.Context, site string, p Page, profiles func(string) func(*string) bool, emit, failed func(string)) error {
	if p.Err != "" {
		failed(p.Name + ": " + p.Err)
		return nil
	}
	x, err := fn.extractor(site, profiles)
	if err != nil {
		return fmt.Errorf("profile of %s: %w", site, err)
	}
	doc, err := x.Extract(ctx, extract.Input{Name: p.Name, Data: p.Data})
	if err != nil {
		failed(p.Name + ": " + strings.TrimPrefix(err.Error(), p.Name+": "))
		return nil
	}
	line, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("%s: encoding: %w", p.Name, err)
	}
	emit(string(line))
	return nil
}
