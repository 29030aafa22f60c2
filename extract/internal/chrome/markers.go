package chrome

import (
	"strings"
	"unicode"
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
	if k := strings.LastIndex(s, ": Column "); k > 0 {
		return allDigits(s[k+len(": Column "):])
	}
	ws := strings.Fields(s)
	switch {
	case len(ws) == 2 && (strings.EqualFold(ws[0], "page") || strings.EqualFold(ws[0], "column")):
		return allDigits(ws[1]) // "Page 3", "Column 771"
	case len(ws) == 4 && strings.EqualFold(ws[0], "page") && strings.EqualFold(ws[2], "of"):
		return allDigits(ws[1]) && allDigits(ws[3]) // "Page 3 of 28"
	}
	return false
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
