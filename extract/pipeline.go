package extract

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/communique/communique/dates"
)

// readResult is a page read into blocks, before chrome stripping.
type readResult struct {
	format Format
	title  string
	blocks []block
	// metaDates are publication dates from HTML metadata, most trusted first.
	metaDates []string
}

// read decodes an input into blocks.
func (e *Extractor) read(in Input) (readResult, error) {
	data, err := readInput(in, e.opts.MaxInputBytes)
	if err != nil {
		return readResult{}, err
	}
	if looksBinary(data) {
		return readResult{}, ErrBinary
	}
	f := in.Format
	if f == FormatAuto {
		f = e.opts.Format
	}
	if f == FormatAuto {
		f = detectFormat(data)
	}
	data, err = toUTF8(data, f == FormatHTML)
	if err != nil {
		return readResult{}, err
	}
	r := readResult{format: f}
	if f == FormatHTML {
		page, err := parseHTML(data, e.opts.MaxHTMLDepth)
		if err != nil {
			return readResult{}, err
		}
		r.title, r.blocks, r.metaDates = page.Title, page.Blocks, page.Dates
	} else {
		r.blocks = textBlocks(string(data))
	}
	return r, nil
}

// Extract reads one page and returns its Document. Errors wrap the package's
// sentinel errors (ErrEmpty, ErrTooLarge, ErrBinary, ErrGzip, ErrEncoding)
// or the context's error.
func (e *Extractor) Extract(ctx context.Context, in Input) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r, err := e.read(in)
	if err != nil {
		if in.Name != "" {
			return nil, fmt.Errorf("%s: %w", in.Name, err)
		}
		return nil, err
	}
	classify(r.blocks, e.opts.Profile)
	doc := &Document{Source: in.Name, Title: r.title}
	doc.Body, doc.Removed = e.assemble(r.blocks)
	if doc.Title == "" {
		doc.Title = textTitle(r.blocks)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ref := in.ReferenceDate
	if ref.IsZero() {
		ref = e.opts.ReferenceDate
	}
	e.analyse(doc, r.metaDates, ref)
	return doc, nil
}

// assemble joins the kept blocks into the body and lists the removed ones.
func (e *Extractor) assemble(blocks []block) (string, []Removed) {
	var b strings.Builder
	var removed []Removed
	dropped := 0
	for _, bl := range blocks {
		if bl.Removed != 0 {
			if len(removed) < e.opts.MaxRemoved-1 {
				removed = append(removed, Removed{Text: bl.Text, Reason: bl.Removed})
			} else {
				dropped++
			}
			continue
		}
		if bl.Title {
			continue // carried in Document.Title
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	if dropped > 0 {
		removed = append(removed, Removed{Text: fmt.Sprintf("%d more removed blocks", dropped), Reason: ReasonLimit})
	}
	return b.String(), removed
}

// textTitle returns the headline of a plain-text page: nothing, since plain
// scrapes mark no headline; the first kept block is part of the body.
func textTitle(blocks []block) string { return "" }

// analyse runs the stages that read the body: turns, dates, entities,
// quotes and events.
func (e *Extractor) analyse(doc *Document, metaDates []string, ref time.Time) {
	doc.Kind, doc.Turns = segmentTurns(doc.Body)
	for _, s := range metaDates {
		if t, ok := dates.ParseDate(s); ok {
			doc.Published = t
			break
		}
	}
	if doc.Published.IsZero() {
		if t, ok := e.dates.PageDate(doc.Body); ok {
			doc.Published = t
		}
	}
	anchor := doc.Published
	if anchor.IsZero() {
		anchor = ref
	}
	doc.Dates = e.dates.Find(doc.Body, anchor)
	doc.Officials = e.entities.Officials(doc.Body)
	doc.Countries = e.entities.Countries(doc.Body)
	doc.Quotes = e.quotes.Find(doc.Body, doc.Officials)
	doc.Events = findEvents(doc.Body, doc.Dates, doc.Officials, anchor)
}
