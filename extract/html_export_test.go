package extract

import (
	"strings"

	"github.com/communique/communique/extract/internal/htmlread"
)

// HTMLBodyForTest runs the HTML reader alone and returns the headline and
// the article body it keeps: the blocks neither removed nor the headline,
// joined with blank lines.
func HTMLBodyForTest(data []byte) (title, body string, err error) {
	page, err := parseHTML(data, DefaultMaxHTMLDepth)
	if err != nil {
		return "", "", err
	}
	return page.Title, htmlBody(page), nil
}

func htmlBody(page htmlread.Page) string {
	var sb strings.Builder
	for _, b := range page.Blocks {
		if b.Removed != 0 || b.Title {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}
