// Package extract turns scraped pages of official news releases, speeches
// and press-conference transcripts into typed Documents: it reads plain text
// or HTML (optionally gzip-compressed), strips the chrome that scrapes carry
// while keeping every real sentence, segments transcripts into turns, and
// extracts dates, dated events, officials, countries and quotes, each with a
// byte span into the kept body.
//
// Build an Extractor once with New and use it from as many goroutines as you
// like:
//
//	x := extract.New(extract.Options{})
//	doc, err := x.Extract(ctx, extract.Input{Name: "page.html", Data: page})
package extract

import (
	"errors"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/tables"
	"github.com/communique/communique/internal/text"
	"github.com/communique/communique/quotes"
)

// Format is the input's format.
type Format int

// The input formats.
const (
	FormatAuto Format = iota // detect from the content
	FormatText               // plain text: one paragraph a line, or hard-wrapped paragraphs
	FormatHTML               // an HTML page or fragment
)

// Default limits, used where Options leave a limit zero.
const (
	DefaultMaxInputBytes = 128 << 20 // after decompression
	DefaultMaxHTMLDepth  = 512
	DefaultMaxRemoved    = 100000
)

// Errors returned by Extract; test for them with errors.Is.
var (
	ErrEmpty    = errors.New("extract: empty input")
	ErrTooLarge = errors.New("extract: input too large")
	ErrBinary   = errors.New("extract: input is binary, not text")
	ErrGzip     = errors.New("extract: invalid or truncated gzip stream")
	ErrEncoding = errors.New("extract: unsupported character encoding")
	// ErrNotFeed is returned by FeedItems for data that holds no feed item.
	ErrNotFeed = errors.New("extract: not a syndication feed")
)

// Options configure an Extractor. The zero value is the default.
type Options struct {
	// Format forces the input format; FormatAuto detects it from the content.
	Format Format
	// ReferenceDate anchors relative dates ("today", "On Thursday") when the
	// page gives no date of its own. Input.ReferenceDate overrides it.
	ReferenceDate time.Time
	// Profile, when set, removes the blocks it has learned recur across the
	// pages of a site (see Extractor.NewProfileLearner and LoadProfile).
	Profile *Profile
	// MaxInputBytes bounds the input after decompression; 0 means
	// DefaultMaxInputBytes. Larger inputs fail with ErrTooLarge.
	MaxInputBytes int64
	// MaxHTMLDepth bounds HTML element nesting; deeper content is kept as
	// text of the element at the limit. 0 means DefaultMaxHTMLDepth.
	MaxHTMLDepth int
	// MaxRemoved bounds Document.Removed; past it, removed blocks are counted
	// in one final entry with ReasonLimit. 0 means DefaultMaxRemoved.
	MaxRemoved int
	// Holders are terms of office added to the built-in list of
	// office-holders; a person the page names without a title gets an
	// office only from a term that includes the page's date.
	Holders []entities.Holder
	// Cues are reporting words ("harrumphed", "according to") added to the
	// quotes stage's built-in list (quotes/data/cues.tsv), for a caller whose
	// texts report speech in words the list lacks.
	Cues []quotes.Cue
	// Titles are office titles added to the built-in lexicon, for the
	// officials and for the name chunks of the shared analysis.
	Titles []entities.Title
	// KeepUnresolved keeps in Document.Dates the relative expressions
	// ("Thursday", "last week") that no date anchors: neither the page nor
	// the caller gives one. They are reported with an empty value; by
	// default they are left out.
	KeepUnresolved bool
}

// Input is one page to extract.
type Input struct {
	// Name is reported as Document.Source.
	Name string
	// Data is the page; if nil, Reader is read instead.
	Data   []byte
	Reader io.Reader
	// Format overrides Options.Format unless FormatAuto.
	Format Format
	// ReferenceDate overrides Options.ReferenceDate unless zero.
	ReferenceDate time.Time
	// URL is the page's address, when the caller knows it (a crawler
	// does); else the page's own metadata gives it (og:url, a converted
	// page's "url:" line). A government's site (entities.SiteCountry)
	// gives the officials the text names without a country its country.
	URL string
}

// Extractor turns pages into Documents. It is safe for concurrent use.
type Extractor struct {
	opts     Options
	dates    *dates.Parser
	entities *entities.Extractor
	quotes   *quotes.Finder
	// text reads the body once for every stage (internal/text); docs
	// recycles the analyses of finished calls.
	text *text.Analyzer
	docs sync.Pool
	// chrome recycles the chrome classifier's working memory
	// (*chrome.Scratch) between calls.
	chrome sync.Pool
	// html recycles the HTML reader's (*htmlread.Scratch).
	html sync.Pool
	// events recycles the event finder's (*events.Scratch).
	events sync.Pool
	// window is the most bytes of body the analysis stages read at once
	// (windowSize; smaller in tests).
	window int
}

// New returns an Extractor built with opts.
func New(opts Options) *Extractor {
	if opts.MaxInputBytes <= 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	if opts.MaxHTMLDepth <= 0 {
		opts.MaxHTMLDepth = DefaultMaxHTMLDepth
	}
	if opts.MaxRemoved <= 0 {
		opts.MaxRemoved = DefaultMaxRemoved
	}
	return &Extractor{
		opts:     opts,
		dates:    dates.New(dates.Options{Anchored: true, KeepUnresolved: opts.KeepUnresolved}),
		entities: entities.New(entities.Options{Holders: opts.Holders, Titles: opts.Titles}),
		quotes:   quotes.New(quotes.Options{Cues: opts.Cues}),
		text:     text.NewAnalyzer(text.Lexicon{Titles: tableTitles(opts.Titles)}),
		window:   windowSize,
	}
}

// tableTitles returns the office titles of the generated tables, for the
// analysis's name chunks, and a caller's.
func tableTitles(extra []entities.Title) []string {
	out := make([]string, len(tables.Titles), len(tables.Titles)+len(extra))
	for i, t := range tables.Titles {
		out[i] = t.Title
	}
	for _, t := range extra {
		// trimmed as entities.Options.Titles are, so both read one title
		if t := strings.TrimSpace(t.Title); t != "" {
			out = append(out, t)
		}
	}
	return out
}
