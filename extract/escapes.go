package extract

import "bytes"

// This file reads the white space a scraper wrote as escape sequences: a
// page stored as the printed form of a string or a list of tags keeps its
// line breaks, tabs and no-break spaces as the characters "\n", "\t",
// "\xa0", which would otherwise stand in the text as words.

// literalSpaces are the escape sequences of white space, and of the
// invisible zero-width space, that such a scrape leaves.
var literalSpaces = [][]byte{
	[]byte(`\n`), []byte(`\t`), []byte(`\r`),
	[]byte(`\xa0`), []byte(`\u00a0`), []byte(`\u200b`), []byte(`\u202f`),
}

// minLiteralSpaces is how many escaped line breaks or tabs a page must
// hold to be read as such a scrape: one or two are text about escapes.
const minLiteralSpaces = 3

// fixLiteralSpace turns the escaped white space of a scrape that printed
// its strings ("Washington D.C.\n\t\t200 Independence Avenue") into spaces,
// when the page holds at least minLiteralSpaces escaped line breaks or
// tabs. Every other escape ("\u2019") is left as written. Input without
// them is returned as is.
func fixLiteralSpace(b []byte) []byte {
	if bytes.IndexByte(b, '\\') < 0 {
		return b
	}
	if bytes.Count(b, []byte(`\n`))+bytes.Count(b, []byte(`\t`)) < minLiteralSpaces {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		// the bytes up to the next backslash, as they are
		k := bytes.IndexByte(b[i:], '\\')
		if k < 0 {
			out = append(out, b[i:]...)
			break
		}
		out = append(out, b[i:i+k]...)
		i += k
		if i > 0 && b[i-1] == '\\' {
			// "\\n" is an escaped backslash before an "n"
			out = append(out, b[i])
			i++
			continue
		}
		matched := false
		for _, e := range literalSpaces {
			if bytes.HasPrefix(b[i:], e) {
				out = append(out, ' ')
				i += len(e)
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, b[i])
			i++
		}
	}
	return out
}

// minEscapedQuotes is how many escaped quotation marks a text page must
// hold to be read as a scrape that escaped them: one is text about escapes.
const minEscapedQuotes = 2

// fixEscapedQuotes turns the quotation marks a scraper escaped as in a
// string literal (`discussed \\"Cross-Cultural Argumentation.\\"`, one
// backslash or more before each) into plain ones, when the text holds at
// least minEscapedQuotes of them; otherwise the quotations would be lost
// to the quotation finder and the backslashes left in the text. Input
// without them is returned as is. For text pages only: in HTML the
// sequence belongs to scripts and attributes.
func fixEscapedQuotes(b []byte) []byte {
	if bytes.Count(b, []byte(`\"`)) < minEscapedQuotes {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' {
			j := i
			for j < len(b) && b[j] == '\\' {
				j++
			}
			if j < len(b) && b[j] == '"' {
				i = j - 1 // the backslashes go, the mark stays
				continue
			}
			out = append(out, b[i:j]...)
			i = j - 1
			continue
		}
		out = append(out, b[i])
	}
	return out
}
