// The article's text as article-extraction benchmarks define it: the body
// without its headline.

package extract

import "strings"

// headlineParagraphs is how many of the body's first paragraphs are
// searched for the headline.
const headlineParagraphs = 5

// ArticleBody returns Body without the paragraph that is the headline
// (Title), when one of the body's first paragraphs is: the article's text as
// article-extraction benchmarks define it. The result shares memory with
// Body when nothing is left out.
func (d *Document) ArticleBody() string {
	if d.Title == "" {
		return d.Body
	}
	start := 0
	for n := 0; n < headlineParagraphs && start <= len(d.Body); n++ {
		end := strings.Index(d.Body[start:], "\n\n")
		if end < 0 {
			end = len(d.Body)
		} else {
			end += start
		}
		if d.Body[start:end] == d.Title {
			switch {
			case end == len(d.Body):
				return strings.TrimSuffix(d.Body[:start], "\n\n")
			case start == 0:
				return d.Body[end+2:]
			}
			return d.Body[:start] + d.Body[end+2:]
		}
		if end == len(d.Body) {
			break
		}
		start = end + 2
	}
	return d.Body
}
