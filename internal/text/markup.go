// Markup residue: the Markdown that converted pages carry in their text
// ("[Jane Roe](https://…)", "**Minister Jane Roe**", "_Acme Agency_"),
// blanked so that the stages reading names see the words alone.

package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaskMarkup returns s with the syntax of Markdown inline links, images
// and emphasis replaced by spaces of the same length, so that every byte
// offset into the result is one into s: "[U.S. Agency](https://x.gov/)"
// reads " U.S. Agency                 ", "**Jane Roe**" reads "  Jane Roe  ".
// An image ("![alt](src)") is blanked whole. Emphasis marks are blanked
// in pairs on one line, an opening mark (no letter before it, no space
// after it) with the next closing one of the same kind, so "a_b",
// "5 * 3", a list's "* item" and a starred-out "Jo** Al****" stay. s is
// returned itself when it holds no such syntax.
func MaskMarkup(s string) string {
	if !strings.Contains(s, "](") && !strings.ContainsAny(s, "*_") {
		return s
	}
	var b []byte // the masked copy, made at the first change
	// open[k][n] is 1 + the offset of the run of n marks ('*' k=0, '_'
	// k=1) that opened emphasis on this line and is not closed yet
	var open [2][4]int
	blank := func(from, to int) {
		if b == nil {
			b = []byte(s)
		}
		for k := from; k < to; k++ {
			b[k] = ' '
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ']':
			if i+1 >= len(s) || s[i+1] != '(' {
				continue
			}
			lo, lc := linkOpen(s, i), linkClose(s, i+2)
			if lo < 0 || lc < 0 {
				continue
			}
			if lo > 0 && s[lo-1] == '!' {
				blank(lo-1, lc+1)
			} else {
				blank(lo, lo+1)
				blank(i, lc+1)
			}
			i = lc
		case '\n':
			open = [2][4]int{}
		case '*', '_':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			if n := j - i; n <= 3 {
				k := 0
				if c == '_' {
					k = 1
				}
				opens, closes := emphasisMark(s, i, j)
				if o := open[k][n] - 1; closes && o >= 0 {
					blank(o, o+n)
					blank(i, j)
					open[k][n] = 0
				} else if opens {
					open[k][n] = i + 1
				}
			}
			i = j - 1
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// linkOpen returns the index of the '[' that opens the link text closed
// by the ']' at i, on the same line, or -1.
func linkOpen(s string, i int) int {
	for k := i - 1; k >= 0 && i-k <= 300; k-- {
		switch s[k] {
		case '[':
			return k
		case ']', '\n':
			return -1
		}
	}
	return -1
}

// linkClose returns the index of the ')' that ends a link target starting
// at i: no white space inside, one level of parentheses allowed; or -1.
func linkClose(s string, i int) int {
	depth := 0
	for k := i; k < len(s) && k-i <= 2000; k++ {
		switch s[k] {
		case ' ', '\t', '\n', '\r':
			if k > i && s[k-1] != '"' && !strings.HasPrefix(s[k:], " \"") {
				return -1
			}
		case '(':
			depth++
		case ')':
			if depth == 0 {
				if k == i {
					return -1
				}
				return k
			}
			depth--
		}
	}
	return -1
}

// emphasisMark reports whether the run of marks s[i:j] may open emphasis
// (no letter before it, no space after it) and whether it may close it
// (no space before it, no letter after it); marks inside a word or
// between spaces do neither.
func emphasisMark(s string, i, j int) (opens, closes bool) {
	bAl, aAl := i > 0 && alnumByte(s[i-1]), j < len(s) && alnumByte(s[j])
	bSp, aSp := i == 0 || spaceByte(s[i-1]), j == len(s) || spaceByte(s[j])
	switch {
	case bAl && aAl, bSp && aSp:
		return false, false
	}
	return !bAl && !aSp, !bSp && !aAl
}

// alnumByte reports whether c is a letter, a digit or a byte of a
// multi-byte character.
func alnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func spaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// capsFunctionWords stay in lower case when a line in capitals is
// title-cased.
var capsFunctionWords = map[string]bool{"OF": true, "THE": true, "AND": true, "AT": true, "BY": true,
	"FOR": true, "TO": true, "IN": true, "ON": true, "A": true, "AN": true, "DE": true, "DEL": true,
	"DES": true, "DU": true, "LA": true, "LE": true, "LOS": true, "LAS": true}

// capsShortWords are two-letter words that are no acronyms.
var capsShortWords = map[string]bool{"MR": true, "MS": true, "DR": true, "ST": true, "JR": true, "SR": true,
	"HE": true, "AS": true, "IS": true, "IT": true, "WE": true, "OR": true, "SO": true, "NO": true, "UP": true}

// FoldCapsLines returns s with each line written in capitals that reads as
// a sentence (six words or more, a comma among them: "STATEMENT BY HIS
// EXCELLENCY DR. JANE ROE, PRESIDENT OF THE REPUBLIC OF RURITANIA")
// title-cased ("Statement by His Excellency Dr. Jane Roe, President of the
// Republic of Ruritania"), every rune keeping its length in UTF-8, so that
// offsets into the result are offsets into s. Acronyms of up to three
// letters ("UN", "EU") stay. s is returned itself when no line changes.
func FoldCapsLines(s string) string {
	var b []byte
	for at := 0; at < len(s); {
		end := strings.IndexByte(s[at:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += at
		}
		if line := s[at:end]; capsSentence(line) {
			if b == nil {
				b = []byte(s)
			}
			titleCaseInto(b[at:end], line)
		}
		at = end + 1
	}
	if b == nil {
		return s
	}
	return string(b)
}

// capsSentence reports a line in capitals (an ordinal's ending aside) of
// six words or more with a comma.
func capsSentence(line string) bool {
	if len(line) < 30 || len(line) > 400 || strings.IndexByte(line, ',') < 0 {
		return false
	}
	letters, lower := 0, 0
	for _, r := range line {
		if unicode.IsLower(r) {
			lower++ // an ordinal's ending: "79th"
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 20 && lower <= 4 && len(strings.Fields(line)) >= 6
}

// titleCaseInto writes line title-cased into b (len(b) == len(line)).
func titleCaseInto(b []byte, line string) {
	for i := 0; i < len(line); {
		if !unicode.IsLetter(rune(line[i])) && line[i] < utf8.RuneSelf {
			i++
			continue
		}
		j := i
		for j < len(line) {
			r, n := utf8.DecodeRuneInString(line[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '\u2019' {
				break
			}
			j += n
		}
		w := line[i:j]
		if j == i { // a non-letter multi-byte rune
			_, n := utf8.DecodeRuneInString(line[i:])
			i += n
			continue
		}
		keepFirst := !(capsFunctionWords[w] && i > 0)
		if !capsFunctionWords[w] && !capsShortWords[w] && (utf8.RuneCountInString(w) <= 2 && i > 0 || !strings.ContainsAny(w, "AEIOUY")) {
			i = j // an acronym: "UN", "EU", "BKGM"
			continue
		}
		first := true
		for k := i; k < j; {
			r, n := utf8.DecodeRuneInString(line[k:])
			if !(first && keepFirst) {
				if l := unicode.ToLower(r); utf8.RuneLen(l) == n {
					utf8.EncodeRune(b[k:], l)
				}
			}
			first = false
			k += n
		}
		i = j
	}
}

// BlockQuoteLine returns the words of a Markdown block quote's line: s
// without its leading marks and spaces and without one emphasis wrapping
// the whole of it ("> _Jane Roe, Minister of Health_" gives "Jane Roe,
// Minister of Health"). A line that opens with no mark is returned as is.
func BlockQuoteLine(s string) string {
	if !strings.HasPrefix(s, ">") {
		return s
	}
	s = strings.TrimLeft(s, "> ")
	for _, m := range []string{"_", "*"} {
		if len(s) > 2 && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) && !strings.HasPrefix(s, m+m) {
			return s[1 : len(s)-1]
		}
	}
	return s
}
