package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// This file tells a nickname from a quotation: "Gen. Michael “Erik”
// Kurilla" names one person, and the marks around "Erik" quote nothing.

// maxNickname bounds a nickname's length in bytes.
const maxNickname = 24

// dropNicknames removes from spans (in place) the quotations that are
// nicknames inside a name: one or two capitalised words in closed marks,
// between a given name and a capitalised word. Their marks then stand in
// the text as nothing, so that the name reads through them.
func dropNicknames(text string, spans []span) []span {
	out := spans[:0]
	for _, sp := range spans {
		if !isNickname(text, sp) {
			out = append(out, sp)
		}
	}
	return out
}

// isNickname reports a quotation that is a nickname inside a name.
func isNickname(src string, sp span) bool {
	if !nicknameShape(src, sp) {
		return false
	}
	// the word before is a given name ("Michael", "Jesus")
	k := sp.open - 1
	for k > 0 && src[k-1] != ' ' && src[k-1] != '\n' {
		k--
	}
	return text.GivenNames()[src[k:sp.open-1]] != 0
}

// nicknameShape reports one or two capitalised words in closed marks, with
// a space before the marks and a space and a capital after them.
func nicknameShape(text string, sp span) bool {
	if sp.closeW == 0 || sp.multi || sp.end-sp.start > maxNickname || sp.end <= sp.start {
		return false
	}
	words := 0
	for i, inWord := sp.start, false; i < sp.end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || r == '-' || r == '.':
			if !inWord {
				if !unicode.IsUpper(r) {
					return false
				}
				words++
				inWord = true
			}
		case r == ' ':
			inWord = false
		default:
			return false
		}
		i += n
	}
	if words == 0 || words > 2 {
		return false
	}
	if sp.open < 2 || text[sp.open-1] != ' ' {
		return false
	}
	after := sp.close + sp.closeW
	if after+1 >= len(text) || text[after] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[after+1:])
	return unicode.IsUpper(r)
}
