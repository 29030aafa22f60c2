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

// Terms returns the dated terms of office generated from data/holders.tsv
// and data/officeholders.tsv (see data/README.md), in a new slice each call.
func Terms() []Term {
	out := make([]Term, 0, strings.Count(holderTerms, "\n"))
	for line := range strings.SplitSeq(holderTerms, "\n") {
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			continue
		}
		from, _ := strconv.Atoi(c[4])
		to, _ := strconv.Atoi(c[5])
		var forms []string
		if c[1] != "" {
			forms = strings.Split(c[1], ";")
		}
		out = append(out, Term{Name: c[0], Forms: forms, Title: c[2], Affiliation: c[3], From: from, To: to})
	}
	return out
}
