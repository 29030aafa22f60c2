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
