package extract

// This file connects the HTML reader (package internal/htmlread) to the
// pipeline.

import "github.com/communique/communique/extract/internal/htmlread"

// parseHTML reads an HTML page into blocks; see htmlread.Parse.
func parseHTML(data []byte, maxDepth int) (htmlread.Page, error) {
	return htmlread.Parse(data, maxDepth)
}
