package extract

// This file finds the furniture a conversion leaves between the lines of a
// text: the running headers and footers of a PDF ("Page 2 of 28" glued to
// the header line the print repeats on every page, "Page 2 of 28March 19,
// 2025 Chair's Press Conference FINAL", and that header alone where no
// page number goes with it), and the directives of reStructuredText
// (".. rst-class:: indented", ".. raw:: html" with the HTML indented under
// it).

import (
	"strings"

	"github.com/communique/communique/extract/internal/chrome"
	"github.com/communique/communique/internal/text"
)

// runningHeaders returns the indexes of the lines that are a print's page
// furniture: a line that is only a page number ("Page 3 of 28"), a line that
// opens with one followed by a header that two or more such lines repeat,
// and a line that is that repeated header alone (the first page's, above
// the title). A header said once is not taken: the words after a single
// page number may be the text's own.
func runningHeaders(lines []string) map[int]bool {
	var rests map[string]int
	numbered := false
	for _, l := range lines {
		rest, ok := chrome.PageNumber(l)
		numbered = numbered || ok
		if ok && rest != "" && len(rest) <= 120 {
			if rests == nil {
				rests = map[string]int{}
			}
			rests[strings.ToLower(rest)]++
		}
	}
	if !numbered {
		return nil // a page without page numbers: the common case, one pass
	}
	var out map[int]bool
	mark := func(i int) {
		if out == nil {
			out = map[int]bool{}
		}
		out[i] = true
	}
	for i, l := range lines {
		if rest, ok := chrome.PageNumber(l); ok {
			if rest == "" || rests[strings.ToLower(rest)] >= 2 {
				mark(i)
			}
			continue
		}
		if len(l) <= 120 && rests[strings.ToLower(text.NormalizeSpace(l))] >= 2 {
			mark(i)
		}
	}
	return out
}

// rstDirectives returns the indexes of the lines that are directives of
// reStructuredText (".. name::" and its arguments) and the lines indented
// under one: markup of the conversion, never the page's text.
func rstDirectives(lines []string) map[int]bool {
	var out map[int]bool
	for i := 0; i < len(lines); i++ {
		if isTemplateTag(lines[i]) {
			// a site generator's shortcode or tag alone on its line
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
			continue
		}
		if !isRSTDirective(lines[i]) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[i] = true
		// the directive's body: the blank and indented lines under it
		for j := i + 1; j < len(lines); j++ {
			l := lines[j]
			if isBlank(l) {
				continue
			}
			if l[0] != ' ' && l[0] != '\t' {
				break
			}
			out[j] = true
			i = j
		}
	}
	return out
}

// isTemplateTag reports a line that is only a site generator's shortcode
// or tag, left in a page converted to Markdown: Hugo's `{{< tweet
// user="GSA" >}}` and `{{% note %}}`, Jekyll's `{% include figure.html %}`.
// Whatever text its arguments hold (an image's alt text, a caption) is
// the markup's, not the page's.
func isTemplateTag(l string) bool {
	t := strings.TrimSpace(l)
	switch {
	case strings.HasPrefix(t, "{{<") && strings.HasSuffix(t, ">}}"),
		strings.HasPrefix(t, "{{%") && strings.HasSuffix(t, "%}}"),
		strings.HasPrefix(t, "{%") && strings.HasSuffix(t, "%}"):
		return !strings.Contains(t[2:len(t)-2], "}}") // one tag, not text between two
	}
	return false
}

// isRSTDirective reports a line of the form ".. name:: arguments".
func isRSTDirective(l string) bool {
	if !strings.HasPrefix(l, ".. ") {
		return false
	}
	k := strings.Index(l, "::")
	if k < 4 {
		return false
	}
	for _, r := range l[3:k] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}
