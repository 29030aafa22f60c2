package chrome

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// This file recognises the markers a printed record leaves in its text: a
// PDF's page numbers ("Page 3 of 28") and a parliamentary record's column
// markers ("19 July 2011 : Column 771"). They are the print's, not the
// speakers' or the story's.

// isPageMarker reports a block that is only a page or column marker.
func isPageMarker(s string) bool {
	if len(s) > 60 {
		return false
	}
	// "19 July 2011 : Column 771": a date, then the column.
	// (strings.Contains tells most lines without the marker faster than
	// strings.LastIndex)
	if strings.Contains(s, ": Column ") {
		if k := strings.LastIndex(s, ": Column "); k > 0 {
			return allDigits(s[k+len(": Column "):])
		}
	}
	if fieldsUpTo(s, 3) == 2 {
		var buf [2]string
		ws := appendFields(buf[:0], s, 2)
		switch {
		case strings.EqualFold(ws[0], "page") || strings.EqualFold(ws[0], "column"):
			return allDigits(strings.TrimRight(ws[1], ":.")) // "Page 3", "Column 771", "Page 17:"
		case strings.EqualFold(ws[0], "page:") || strings.EqualFold(ws[0], "column:") || strings.EqualFold(ws[0], "col."):
			return allDigits(ws[1]) // "Column: 613", "Col. 613"
		}
	}
	if k := strings.IndexByte(s, '/'); k > 0 && k <= 3 && len(s)-k-1 >= 1 && len(s)-k-1 <= 3 && allDigits(s[:k]) && allDigits(s[k+1:]) {
		return true // "10/02": a print's page of its pages
	}
	if bracketedPage(s) {
		return true // "[Page S700]", "[[Page H6115]]", "[Pages H6114-H6115]"
	}
	rest, ok := PageNumber(s)
	return ok && rest == "" // "Page 3 of 28"
}

// bracketedPage reports a printed record's page marker in square brackets,
// as the Congressional Record's online text writes them: "[Page S700]",
// "[[Page H6115]]", "[Pages H6114-H6115]".
func bracketedPage(s string) bool {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return false
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	w, id, ok := strings.Cut(s, " ")
	if !ok || w != "Page" && w != "Pages" || id == "" {
		return false
	}
	digits := false
	for _, r := range id {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r >= 'A' && r <= 'Z', r == '-':
		default:
			return false
		}
	}
	return digits
}

// isRecordHeadNote reports a printed record's head note: bracketed groups
// alone ("[Congressional Record Volume 143, Number 8 (Tuesday, January 28,
// 1997)] [Senate]", "[House Hearing, 111 Congress]") or the printer's
// credit with its address in brackets ("From the Congressional Record
// Online through the Government Publishing Office [www.gpo.gov]"). The
// caller asks it of the page's first blocks only.
func isRecordHeadNote(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "From the ") && strings.HasSuffix(s, "]") {
		k := strings.LastIndexByte(s, '[')
		host := s[k+1 : len(s)-1]
		return k > 0 && strings.Contains(host, ".") && !strings.ContainsAny(host, " ")
	}
	words := 0
	for s != "" {
		if s[0] != '[' {
			return false
		}
		k := strings.IndexByte(s, ']')
		if k < 0 {
			return false
		}
		inner := s[1:k]
		if strings.ContainsAny(inner, "[") || block.EndsSentence(inner) {
			return false
		}
		words += len(strings.Fields(inner))
		s = strings.TrimLeft(s[k+1:], " ")
	}
	return words >= 3
}

// letterWords counts the words of three letters or more in s.
func letterWords(s string) int {
	n, run := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			run++
			continue
		}
		if run >= 3 {
			n++
		}
		run = 0
	}
	if run >= 3 {
		n++
	}
	return n
}

// markRunningHeads removes a print's running head: a short line of two
// words or more that comes back three times or more with only its numbers
// changed, its last number rising down the page as a page's does ("July
// 31, 2013 SENATE DEBATES 1", "… 2", "… 3"), and no sentence; not a list's
// lines of prices or scores.
func markRunningHeads(blocks []block.Block, info []blockInfo) {
	type head struct {
		count      int
		last       int  // the last number of the last line
		increasing bool // each line's last number above the one before
	}
	var heads map[string]*head
	var keyBuf []byte
	candidate := func(i int) bool {
		t := blocks[i].Text
		return blocks[i].Removed == 0 && info[i].class != classBad && len(t) <= 80 && info[i].words <= 10 && !info[i].sent
	}
	for i := range blocks {
		if !candidate(i) {
			continue
		}
		key, num := runningHeadKey(keyBuf[:0], blocks[i].Text)
		keyBuf = key
		if num < 0 || letterWords(blocks[i].Text) < 2 {
			continue // a number and a word ("Meal 1") may be a list's
		}
		if heads == nil {
			heads = map[string]*head{}
		}
		h := heads[string(key)]
		if h == nil {
			h = &head{increasing: true, last: num}
			heads[string(key)] = h
		} else {
			h.increasing = h.increasing && num > h.last
			h.last = num
		}
		h.count++
	}
	if heads == nil {
		return
	}
	for i := range blocks {
		if !candidate(i) {
			continue
		}
		key, num := runningHeadKey(keyBuf[:0], blocks[i].Text)
		keyBuf = key
		if h := heads[string(key)]; num >= 0 && h != nil && h.count >= 3 && h.increasing {
			info[i].class, info[i].reason = classBad, block.ReasonPageMarker
		}
	}
}

// markPageFurniture removes the short lines a print sets beside its page
// markers, a section's name and the sitting's day over each page
// ("Questions" and "8th Feb., 2021" around "Page 46" and "346"): a short
// line that is no sentence nor a speaker's label, in a run of short lines
// around a page marker, when the same line stands in the run around
// another page marker too.
func markPageFurniture(blocks []block.Block, info []blockInfo) {
	marker := func(i int) bool { return info[i].class == classBad && info[i].reason == block.ReasonPageMarker }
	short := func(i int) bool {
		t := blocks[i].Text
		return blocks[i].Removed == 0 && info[i].class != classBad && len(t) <= 40 && info[i].words <= 5 && !info[i].sent &&
			!strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "-")
	}
	type run struct{ from, to int }
	var runs []run
	for i := 0; i < len(blocks); {
		if !marker(i) && !short(i) {
			i++
			continue
		}
		j, has := i, false
		for j < len(blocks) && j-i < 6 && (marker(j) || short(j)) {
			has = has || marker(j)
			j++
		}
		if has {
			runs = append(runs, run{i, j})
		}
		i = j
	}
	if len(runs) < 2 {
		return
	}
	seen := map[string]int{}  // a short line's text: the last run it stood in (1-based) …
	count := map[string]int{} // … and how many runs it stood in
	for n, r := range runs {
		for k := r.from; k < r.to; k++ {
			if !short(k) {
				continue
			}
			key := strings.ToLower(blocks[k].Text)
			if seen[key] != n+1 {
				seen[key] = n + 1
				count[key]++
			}
		}
	}
	for _, r := range runs {
		for k := r.from; k < r.to; k++ {
			if short(k) && count[strings.ToLower(blocks[k].Text)] >= 2 {
				info[k].class, info[k].reason = classBad, block.ReasonPageMarker
			}
		}
	}
}

// runningHeadKey appends to key the line t lower-cased with each run of
// digits made "#", and returns it with the value of t's last run of
// digits (0 for one of more than six digits), -1 when t has none.
func runningHeadKey(key []byte, t string) ([]byte, int) {
	num := -1
	for k := 0; k < len(t); {
		if c := t[k]; c >= '0' && c <= '9' {
			e := k
			for e < len(t) && t[e] >= '0' && t[e] <= '9' {
				e++
			}
			num = 0
			if e-k <= 6 {
				num, _ = strconv.Atoi(t[k:e])
			}
			key = append(key, '#')
			k = e
			continue
		}
		c := t[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		key = append(key, c)
		k++
	}
	return key, num
}

// markNumberRun removes the blocks that are a number alone when they run
// in sequence down the page, each one or two above the one before: a
// print's page or column numbers ("1514", "1515", "1517"), not a table's
// figures or a list's. A lone number out of sequence keeps its class.
func markNumberRun(blocks []block.Block, info []blockInfo) {
	var run []int
	prev := -1
	for i := range blocks {
		t := blocks[i].Text
		if blocks[i].Removed != 0 || len(t) > 5 || !allDigits(t) {
			continue
		}
		n, _ := strconv.Atoi(t)
		if prev >= 0 && n != prev+1 && n != prev+2 {
			if len(run) < 2 {
				run = run[:0]
			} else {
				break // one run per page
			}
		}
		run, prev = append(run, i), n
	}
	if len(run) < 2 {
		return
	}
	for _, i := range run {
		info[i].class, info[i].reason = classBad, block.ReasonPageMarker
	}
}

// PageNumber returns what follows the page number a line of a print opens
// with ("Page 3 of 28", in any case, glued to a running header or not:
// "Page 2 of 28March 19, 2025 Chair's Press Conference FINAL"), white space
// normalised, and whether the line opens with one.
func PageNumber(l string) (rest string, ok bool) {
	if t := strings.TrimLeft(l, " \t"); len(t) < 9 || !strings.EqualFold(t[:4], "page") {
		return "", false // most lines: decided without copying them
	}
	l = text.NormalizeSpace(l)
	if len(l) < 9 || !strings.EqualFold(l[:5], "page ") {
		return "", false
	}
	i := 5
	n := digitsAt(l, i)
	if n == 0 || !strings.HasPrefix(l[i+n:], " of ") {
		return "", false
	}
	i += n + len(" of ")
	m := digitsAt(l, i)
	if m == 0 {
		return "", false
	}
	return strings.TrimLeft(l[i+m:], " "), true
}

// digitsAt returns the length of the run of one to six ASCII digits at
// l[i:], or 0.
func digitsAt(l string, i int) int {
	n := 0
	for i+n < len(l) && n < 7 && l[i+n] >= '0' && l[i+n] <= '9' {
		n++
	}
	if n > 6 {
		return 0
	}
	return n
}

// allDigits reports whether s is a non-empty run of decimal digits.
func allDigits(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isTemplateDirective reports a block that is a web template's directive
// alone: Blade's "@extends('layouts.app')", "@section('content')",
// "@endsection"; Jinja's and Liquid's "{% block content %}" and
// "{{ page.title }}".
func isTemplateDirective(s string) bool {
	switch {
	case strings.HasPrefix(s, "{%") && strings.HasSuffix(s, "%}"),
		strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}") && !strings.Contains(s[2:len(s)-2], "}}"):
		return true
	case len(s) < 2 || s[0] != '@':
		return false
	}
	i := 1
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i == 1 {
		return false // "@" and a name: a handle, "@NATO"
	}
	rest := s[i:]
	return rest == "" || rest[0] == '(' && strings.HasSuffix(rest, ")")
}

// onlyChromeBefore reports whether every block read before was removed.
func onlyChromeBefore(info []blockInfo) bool {
	for i := range info {
		if info[i].class != classBad {
			return false
		}
	}
	return true
}
