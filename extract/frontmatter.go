// A converted page's front matter that holds the page itself: an
// aggregator's post keeps the page it copied in a block scalar
// ("original_content: |-" over the page's HTML, indented), with only its
// own summary under the front matter.

package extract

import (
	"strings"
)

// frontMatterPageMin is the length from which a block scalar of a front
// matter is a page, not a field's value (a description, a caption).
const frontMatterPageMin = 400

// summaryKeys name a front matter's fields that hold a summary of the
// page, however long: its text is the page's own, written after the front
// matter.
var summaryKeys = map[string]bool{"excerpt": true, "summary": true, "description": true, "abstract": true,
	"teaser": true, "lede": true, "lead": true, "standfirst": true, "subtitle": true, "intro": true}

// frontMatterPage returns the first block scalar of the front matter lines
// ("key: |", "key: |-", "key: >") whose text, unindented, is at least
// frontMatterPageMin bytes of prose, and the indexes [from, to) of its
// lines; ok is false when no value is such a page.
func frontMatterPage(lines []string) (page string, from, to int, ok bool) {
	for i := 0; i < len(lines); i++ {
		t := strings.TrimRight(lines[i], " \t\r")
		k := strings.Index(t, ": ")
		if k <= 0 || !yamlKey(t) {
			continue
		}
		switch strings.TrimSpace(t[k+2:]) {
		case "|", "|-", "|+", ">", ">-", ">+":
		default:
			continue
		}
		if summaryKeys[strings.ToLower(strings.TrimSpace(t[:k]))] {
			continue // the page's excerpt, not the page: "excerpt: >-"
		}
		key := len(lines[i]) - len(strings.TrimLeft(lines[i], " "))
		j, indent := i+1, -1
		for ; j < len(lines); j++ {
			l := strings.TrimRight(lines[j], "\r")
			if strings.TrimSpace(l) == "" {
				continue
			}
			n := len(l) - len(strings.TrimLeft(l, " "))
			if n <= key {
				break
			}
			if indent < 0 || n < indent {
				indent = n
			}
		}
		for j > i+1 && strings.TrimSpace(lines[j-1]) == "" {
			j--
		}
		if indent < 0 {
			continue
		}
		var b strings.Builder
		for _, l := range lines[i+1 : j] {
			l = strings.TrimRight(l, "\r")
			if len(l) >= indent {
				l = l[indent:]
			} else {
				l = strings.TrimLeft(l, " ")
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
		s := b.String()
		if len(s) >= frontMatterPageMin && strings.Contains(s, ". ") {
			return s, i, j, true
		}
		i = j - 1
	}
	return "", 0, 0, false
}

// frontMatterHead returns the lines of the front matter that opens text,
// its closing line included, and the byte offset after it; nil when text
// opens with none. Only the head of text is read: frontMatter looks at 200
// lines at most.
func frontMatterHead(text string) (fm []string, end int) {
	for n := 0; n < 202 && end < len(text); n++ {
		k := strings.IndexByte(text[end:], '\n')
		if k < 0 {
			end = len(text)
			break
		}
		end += k + 1
	}
	lines := splitLines(text[:end])
	n := frontMatter(lines)
	if n == 0 {
		return nil, 0
	}
	end = 0
	for _, l := range lines[:n] {
		end += len(l)
		if end < len(text) && text[end] == '\r' {
			end++
		}
		if end < len(text) && text[end] == '\n' {
			end++
		}
	}
	return lines[:n], end
}

// readFrontMatterPage reads a text page whose front matter (its lines fm,
// text[end:] after them) holds the page (see frontMatterPage): the front
// matter's other lines are metadata, the page is read as HTML or text as
// it is written, and what follows the front matter is read as text after
// it. ok is false for any other page.
func (e *Extractor) readFrontMatterPage(text string, fm []string, end int) (r readResult, ok bool, err error) {
	page, from, to, found := frontMatterPage(fm)
	if !found {
		return r, false, nil
	}
	blocks := appendMetadata(nil, fm[:from+1])
	blocks = appendMetadata(blocks, fm[to:])
	r.format = FormatText
	if detectFormat([]byte(page)) == FormatHTML {
		p, err := e.parseHTML([]byte(page))
		if err != nil {
			return r, false, err
		}
		r.title, r.metaDates, r.url = p.Title, p.Dates, p.URL
		blocks = append(blocks, p.Blocks...)
	} else {
		blocks = append(blocks, textBlocks(page)...)
	}
	r.blocks = append(blocks, textBlocks(text[end:])...)
	if title := frontMatterTitle(fm); title != "" {
		r.title = title
	}
	return r, true, nil
}

// frontMatterTitle returns the value of a front matter's "title:" line,
// unquoted, or "".
func frontMatterTitle(lines []string) string {
	for i, l := range lines {
		if v, ok := strings.CutPrefix(l, "title:"); ok {
			v = strings.TrimSpace(v)
			switch v {
			case "|", "|-", "|+", ">", ">-", ">+":
				// a block scalar: the indented lines under the key
				var parts []string
				for _, n := range lines[i+1:] {
					t := strings.TrimSpace(n)
					if t == "" || n[0] != ' ' && n[0] != '\t' {
						break
					}
					parts = append(parts, t)
				}
				return strings.Join(parts, " ")
			}
			if len(v) >= 2 && (v[0] == '\'' || v[0] == '"') && v[len(v)-1] == v[0] {
				v = v[1 : len(v)-1]
			}
			return v
		}
	}
	return ""
}
