// Results: precision, recall, F1 and accuracy, and their reports.

package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP, FP, FN int
}

// Add adds counts.
func (m *PRF) Add(tp, fp, fn int) { m.TP += tp; m.FP += fp; m.FN += fn }

// P is the precision; 1 when nothing was predicted.
func (m PRF) P() float64 {
	if m.TP+m.FP == 0 {
		return 1
	}
	return float64(m.TP) / float64(m.TP+m.FP)
}

// R is the recall; 1 when nothing was expected.
func (m PRF) R() float64 {
	if m.TP+m.FN == 0 {
		return 1
	}
	return float64(m.TP) / float64(m.TP+m.FN)
}

// F1 is the harmonic mean of P and R; 0 when both are 0.
func (m PRF) F1() float64 {
	p, r := m.P(), m.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Acc counts right answers among scored ones.
type Acc struct {
	OK, N int
}

// Add counts one answer.
func (a *Acc) Add(ok bool) {
	a.N++
	if ok {
		a.OK++
	}
}

// Value is the accuracy; 1 when nothing was scored.
func (a Acc) Value() float64 {
	if a.N == 0 {
		return 1
	}
	return float64(a.OK) / float64(a.N)
}

// Result is the score of a set of predictions against a gold set.
type Result struct {
	// Facets holds the counts of every facet in FacetNames.
	Facets map[string]PRF
	// Accuracy holds every accuracy in AccuracyNames.
	Accuracy map[string]Acc
	// Missing names the gold documents with no prediction, in name order.
	Missing []string
	// Notes describe every miss, "NAME: what", document by document.
	Notes []string
}

// Round rounds x to 4 decimals as Python's round(x, 4) does (correctly
// rounded, ties to even on the exact binary value).
func Round(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

// MacroF1 is the mean of the facets' F1, each rounded to 4 decimals, rounded
// to 4 decimals.
func (r Result) MacroF1() float64 {
	sum := 0.0
	for _, k := range FacetNames() {
		sum += Round(r.Facets[k].F1())
	}
	return Round(sum / float64(len(FacetNames())))
}

type jsonFacet struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
}

type jsonAcc struct {
	Acc float64 `json:"acc"`
	N   int     `json:"n"`
}

// JSONResult is the shape of the reference scorer's --json output: figures
// rounded to 4 decimals.
type JSONResult struct {
	Facets   map[string]jsonFacet `json:"facets"`
	Accuracy map[string]jsonAcc   `json:"accuracy"`
	Missing  []string             `json:"missing_predictions"`
	MacroF1  float64              `json:"macro_f1"`
}

// JSON returns the result in the reference scorer's --json shape.
func (r Result) JSON() JSONResult {
	out := JSONResult{Facets: map[string]jsonFacet{}, Accuracy: map[string]jsonAcc{}, Missing: r.Missing, MacroF1: r.MacroF1()}
	if out.Missing == nil {
		out.Missing = []string{}
	}
	for _, k := range FacetNames() {
		v := r.Facets[k]
		out.Facets[k] = jsonFacet{P: Round(v.P()), R: Round(v.R()), F1: Round(v.F1()), TP: v.TP, FP: v.FP, FN: v.FN}
	}
	for _, k := range AccuracyNames() {
		v := r.Accuracy[k]
		out.Accuracy[k] = jsonAcc{Acc: Round(v.Value()), N: v.N}
	}
	return out
}

// WriteTable prints the result as the reference scorer's text report, the
// notes first when verbose.
func (r Result) WriteTable(w io.Writer, verbose bool) error {
	var b strings.Builder
	if verbose {
		for _, n := range r.Notes {
			b.WriteString("  " + n + "\n")
		}
	}
	fmt.Fprintf(&b, "%-10s %6s %6s %6s  %4s %4s %4s\n", "facet", "P", "R", "F1", "tp", "fp", "fn")
	for _, k := range FacetNames() {
		v := r.Facets[k]
		fmt.Fprintf(&b, "%-10s %6.3f %6.3f %6.3f  %4d %4d %4d\n", k, Round(v.P()), Round(v.R()), Round(v.F1()), v.TP, v.FP, v.FN)
	}
	for _, k := range AccuracyNames() {
		v := r.Accuracy[k]
		fmt.Fprintf(&b, "%-22s %6.3f  (n=%d)\n", k, Round(v.Value()), v.N)
	}
	if len(r.Missing) > 0 {
		b.WriteString("no prediction for: " + strings.Join(r.Missing, ", ") + "\n")
	}
	fmt.Fprintf(&b, "macro F1 %.3f\n", r.MacroF1())
	_, err := io.WriteString(w, b.String())
	return err
}
