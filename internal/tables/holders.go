// Dated terms of office: who held a prominent office on which day.

package tables

import (
	"strconv"
	"strings"
)

//go:generate go run ./genholders -data data -out holders_gen.go

// Term is one term of a person in an office, with its first and last day
// as YYYYMMDD numbers; To is 0 for a term the hand-written lists give as
// running. A start known only to the month or year is its first day, an end
// its last.
type Term struct {
	Name        string
	Forms       []string
	Title       string
	Affiliation string // ISO 3166-1 alpha-2 code, or an organisation ("UN")
	From, To    int
}

// Terms returns the dated terms of office generated from data/holders.tsv,
// data/orgholders.tsv and data/officeholders.tsv (see data/README.md), in a
// new slice each call.
func Terms() []Term {
	out := make([]Term, 0, NumTerms())
	EachTerm(func(name, forms, title, aff string, from, to int) {
		var fs []string
		if forms != "" {
			fs = strings.Split(forms, ";")
		}
		out = append(out, Term{Name: name, Forms: fs, Title: title, Affiliation: aff, From: from, To: to})
	})
	return out
}

// NumTerms returns the number of terms EachTerm visits.
func NumTerms() int { return strings.Count(holderTerms, "\n") }

// EachTerm calls f for each term of Terms without allocating: forms are
// ';'-separated.
func EachTerm(f func(name, forms, title, aff string, from, to int)) {
	rest := holderTerms
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		var c [6]string
		for i := range 5 {
			c[i], line, _ = strings.Cut(line, "\t")
		}
		c[5] = line
		from, _ := strconv.Atoi(c[4])
		to, _ := strconv.Atoi(c[5])
		if c[0] != "" {
			f(c[0], c[1], c[2], c[3], from, to)
		}
	}
}
