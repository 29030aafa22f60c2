package block

import "strings"

// This file reads a house's division lists: a side's count ("YEAS — 36"),
// its line of address ("Messieurs") and the lines of surnames under it.

// DivisionCount returns the count of a division's side, "YEAS — 36",
// "Nays: 15", or 0 when s is none.
func DivisionCount(s string) int {
	side, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		return 0
	}
	side = strings.TrimSuffix(side, ":")
	known := false
	for _, w := range [...]string{"yeas", "nays", "ayes", "noes", "contents", "not-contents"} {
		known = known || strings.EqualFold(side, w)
	}
	if !known {
		return 0
	}
	rest = strings.TrimLeft(rest, " \u2014\u2013-:")
	n := 0
	for _, c := range []byte(rest) {
		if c < '0' || c > '9' || n > 1000 {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// DivisionAddress reports the line of address over a division's names:
// "Messieurs", "Mesdames et Messieurs", "Members".
func DivisionAddress(s string) bool {
	s = strings.TrimSpace(s)
	for _, w := range [...]string{"messieurs", "mesdames", "mesdames et messieurs", "members", "honourable members", "hon. members"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// SurnameCount returns how many surnames a line of a division list holds,
// one to four capitalised words, a constituency in brackets after a name
// ("MacDonald (Moose Jaw N.)") and initials before one ("L. Doe") no
// names of their own; 0 when the line is no such list.
func SurnameCount(s string) int {
	n := 0
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			break
		}
		if s[0] == '(' {
			e := strings.IndexByte(s, ')')
			if e < 0 || n == 0 {
				return 0
			}
			s = s[e+1:]
			continue
		}
		w := s
		if sp := strings.IndexAny(s, " \t"); sp >= 0 {
			w, s = s[:sp], s[sp:]
		} else {
			s = ""
		}
		if len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			continue // an initial: "L. Doe"
		}
		if w[0] < 'A' || w[0] > 'Z' || len(w) < 2 {
			return 0
		}
		for _, c := range []byte(w[1:]) {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '-') {
				return 0
			}
		}
		if n++; n > 4 {
			return 0
		}
	}
	return n
}
