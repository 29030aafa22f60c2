package extract

// This file reads the text of a line-numbered print: a court's or a
// hearing's transcript taken from its PDF, where every line opens with its
// number on the page (1 to 25, then 1 again), lines are double-spaced, and
// a paragraph or a speaker's turn opens with a deep indent.

import "strings"

// lineNumber returns the number a line opens with and the rest of the
// line, when the line opens with one or two digits followed by at least
// two spaces or nothing.
func lineNumber(l string) (n int, rest string, ok bool) {
	i := 0
	for i < len(l) && i < 8 && l[i] == ' ' {
		i++
	}
	j := i
	for j < len(l) && j-i < 3 && l[j] >= '0' && l[j] <= '9' {
		n = n*10 + int(l[j]-'0')
		j++
	}
	if j == i || j-i > 2 || n == 0 {
		return 0, "", false
	}
	if j < len(l) && !strings.HasPrefix(l[j:], "  ") && strings.TrimSpace(l[j:]) != "" {
		return 0, "", false
	}
	return n, l[j:], true
}

// numberedIndent is the indent, after its number, from which a numbered
// line opens a paragraph, in a print whose wrapped lines stand two spaces
// after their numbers; a print that sets them further in moves it as far.
const numberedIndent = 6

// unnumberLines returns the lines of a line-numbered print without their
// numbers and double spacing, a blank line before each paragraph (a line
// indented by numberedIndent or more), and the indexes (in the lines
// returned) of the print's furniture: a line without a number that is a
// page number or is said more than once (running headers and footers),
// which interrupts the paragraph around it. Any other line without a
// number is the text's own (a title page's wrapped lines, set between
// the numbered ones) and goes on the paragraph. lines is returned as it is when it is not such
// a print: at least twenty numbered lines, half the non-blank lines,
// numbered in sequence (each the one before plus one, or 1 on a new page)
// four times in five.
func unnumberLines(lines []string) ([]string, map[int]bool) {
	numbered, nonBlank, seq, prev := 0, 0, 0, -1
	for _, l := range lines {
		if isBlank(l) {
			continue
		}
		nonBlank++
		n, _, ok := lineNumber(l)
		if !ok {
			continue
		}
		numbered++
		if n == prev+1 || n == 1 {
			seq++
		}
		prev = n
	}
	if numbered < 20 || numbered*2 < nonBlank || seq*5 < numbered*4 {
		return lines, nil
	}
	said := map[string]int{}
	base := -1 // the least indent of a numbered line: a wrapped line's
	for _, l := range lines {
		_, rest, ok := lineNumber(l)
		if !ok {
			if !isBlank(l) {
				said[strings.TrimSpace(l)]++
			}
			continue
		}
		if body := strings.TrimLeft(rest, " \t"); body != "" && (base < 0 || len(rest)-len(body) < base) {
			base = len(rest) - len(body)
		}
	}
	out := make([]string, 0, len(lines))
	furniture := map[int]bool{}
	for _, l := range lines {
		if isBlank(l) {
			continue
		}
		_, rest, ok := lineNumber(l)
		if !ok {
			if t := strings.TrimSpace(l); said[t] > 1 || isPageNumber(t) {
				furniture[len(out)] = true
				out = append(out, l)
			} else {
				out = append(out, t)
			}
			continue
		}
		body := strings.TrimLeft(rest, " \t")
		if body == "" {
			continue // a numbered line left empty
		}
		if len(rest)-len(body) >= base+numberedIndent-2 {
			out = append(out, "")
		}
		out = append(out, body)
	}
	return out, furniture
}

// isPageNumber reports a line that is a number alone, or one set off by
// dashes or a "Page" ("- 12 -", "Page 3").
func isPageNumber(t string) bool {
	t = strings.TrimSpace(strings.TrimPrefix(strings.Trim(t, "- "), "Page "))
	if t == "" || len(t) > 4 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}
