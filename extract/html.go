package extract

// This file connects the HTML reader (package internal/htmlread) to the
// pipeline.

import "github.com/communique/communique/extract/internal/htmlread"

// parseHTML reads an HTML page into blocks (htmlread.Parse), with the
// reader's working memory recycled from the calls before.
func (e *Extractor) parseHTML(data []byte) (htmlread.Page, error) {
	sc, _ := e.html.Get().(*htmlread.Scratch)
	if sc == nil {
		sc = new(htmlread.Scratch)
	}
	page, err := sc.Parse(data, e.opts.MaxHTMLDepth)
	if sc.Reusable() {
		e.html.Put(sc)
	}
	return page, err
}
