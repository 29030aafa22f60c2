package main

// Matching of person names between the gold speakers and the candidates of
// either recogniser: the rule the figures in README.md are computed with.

import (
	"strings"
	"unicode"
)

// courtesy are the words cut from the front of a name before it is
// compared: courtesy titles and the short titles a recogniser may keep
// ("Sen. Jane Roe"), lower-cased and without their full stop.
var courtesy = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"sen": true, "rep": true, "gov": true, "rev": true, "gen": true, "sir": true,
	"president": true, "senator": true, "governor": true, "secretary": true,
}

// suffixes are name suffixes skipped when the surname is taken.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// normName returns the words of a name as compared: curly quotes made
// straight; what follows a comma, a dash or an opening parenthesis cut
// ("Pat Roe (R-Pa.)", "Jo Roe — a teacher"), and so are an "of" phrase
// after the name ("Jo Roe of Ohio") and a trailing "himself" or "herself";
// a possessive cut, case folded, punctuation trimmed from each word,
// leading courtesy titles dropped.
func normName(s string) []string {
	s = strings.NewReplacer("\u00a0", " ", "\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"").Replace(s)
	if k := strings.IndexAny(s, ",(\u2014\u2013"); k > 0 {
		s = s[:k]
	}
	if k := strings.Index(s, " - "); k > 0 {
		s = s[:k]
	}
	if k := strings.Index(s, " of "); k > 0 {
		s = s[:k]
	}
	s = strings.TrimSpace(s)
	for _, refl := range []string{" himself", " herself"} {
		s = strings.TrimSuffix(s, refl)
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	var ws []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			ws = append(ws, w)
		}
	}
	for len(ws) > 1 && courtesy[ws[0]] {
		ws = ws[1:]
	}
	return ws
}

// surname is the last word of a normalised name that is not a suffix.
func surname(ws []string) string {
	for k := len(ws) - 1; k >= 0; k-- {
		if !suffixes[ws[k]] {
			return ws[k]
		}
	}
	return ""
}

// sameName is the matching rule: two names match when their normalised
// words are equal, or when their surnames (last word, suffixes skipped)
// are equal.
func sameName(a, b string) bool {
	wa, wb := normName(a), normName(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if strings.Join(wa, " ") == strings.Join(wb, " ") {
		return true
	}
	return surname(wa) == surname(wb)
}

// matchesAny reports whether name matches one of names.
func matchesAny(name string, names []string) bool {
	for _, n := range names {
		if sameName(name, n) {
			return true
		}
	}
	return false
}
