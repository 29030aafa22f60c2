package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AEBResult is the article-extraction benchmark's score of a set of
// predicted article bodies.
type AEBResult struct {
	// Precision and Recall are the means of the per-page precisions and
	// recalls; F1 is computed from the two means.
	Precision, Recall, F1 float64
	// Exact is the share of pages whose predicted words equal the truth's.
	Exact float64
	// Pages is the number of pages scored.
	Pages int
}

// AEBPage is one page's normalised shingle counts: tp, fp and fn divided by
// their sum, so that every page weighs the same.
type AEBPage struct {
	TP, FP, FN float64
}

// Precision returns the page's precision as the benchmark computes it.
func (p AEBPage) Precision() float64 {
	if p.FP == 0 && p.FN == 0 {
		return 1
	}
	if p.TP == 0 && p.FP == 0 {
		return 0
	}
	return p.TP / (p.TP + p.FP)
}

// Recall returns the page's recall as the benchmark computes it.
func (p AEBPage) Recall() float64 {
	if p.FP == 0 && p.FN == 0 {
		return 1
	}
	if p.TP == 0 && p.FN == 0 {
		return 0
	}
	return p.TP / (p.TP + p.FN)
}

// F1 returns the page's own F1 (for ranking pages; the benchmark's F1 is
// computed from the means).
func (p AEBPage) F1() float64 {
	pr, r := p.Precision(), p.Recall()
	if pr+r == 0 {
		return 0
	}
	return 2 * pr * r / (pr + r)
}

// aebWords splits text into words as Python's re.findall(r'\w+') does on a
// str: runs of letters, numbers and underscores.
func aebWords(text string) []string {
	var words []string
	start := -1
	for i, r := range text {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		if r == utf8.RuneError {
			w = false
		}
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			words = append(words, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, text[start:])
	}
	return words
}

// aebShingles counts the word 4-gram shingles of text; a text of fewer than
// four words is one shingle of all its words.
func aebShingles(text string) map[string]int {
	const n = 4
	words := aebWords(text)
	m := make(map[string]int, len(words))
	if len(words) == 0 {
		return m
	}
	last := len(words) - n + 1
	if last < 1 {
		last = 1
	}
	var sb strings.Builder
	for i := 0; i < last; i++ {
		sb.Reset()
		for j := i; j < i+n && j < len(words); j++ {
			if j > i {
				sb.WriteByte(0)
			}
			sb.WriteString(words[j])
		}
		m[sb.String()]++
	}
	return m
}

// ScoreAEBPage compares one predicted body with the truth.
func ScoreAEBPage(truth, pred string) AEBPage {
	t, p := aebShingles(truth), aebShingles(pred)
	tp, np, nt := 0, 0, 0
	for k, c := range p {
		np += c
		if tc, ok := t[k]; ok {
			tp += min(c, tc)
		}
	}
	for _, c := range t {
		nt += c
	}
	fp, fn := np-tp, nt-tp
	s := float64(tp + fp + fn)
	if s == 0 {
		return AEBPage{}
	}
	return AEBPage{float64(tp) / s, float64(fp) / s, float64(fn) / s}
}

// ScoreAEB scores predicted bodies (page ID to body) against the truth
// exactly as the benchmark's scorer does. Every ID of the truth must have a
// prediction, and no other ID may.
func ScoreAEB(truth, pred map[string]string) (AEBResult, error) {
	for id := range truth {
		if _, ok := pred[id]; !ok {
			return AEBResult{}, fmt.Errorf("eval: no prediction for page %s", id)
		}
	}
	if len(pred) != len(truth) {
		return AEBResult{}, fmt.Errorf("eval: %d predictions for %d pages", len(pred), len(truth))
	}
	var ps, rs float64
	var np, nr, exact int
	for id, t := range truth {
		pg := ScoreAEBPage(t, pred[id])
		if pg.TP+pg.FP > 0 {
			ps += pg.Precision()
			np++
		}
		if pg.TP+pg.FN > 0 {
			rs += pg.Recall()
			nr++
		}
		if equalWords(aebWords(t), aebWords(pred[id])) {
			exact++
		}
	}
	var res AEBResult
	res.Pages = len(truth)
	if np > 0 {
		res.Precision = ps / float64(np)
	}
	if nr > 0 {
		res.Recall = rs / float64(nr)
	}
	if res.Precision+res.Recall > 0 {
		res.F1 = 2 * res.Precision * res.Recall / (res.Precision + res.Recall)
	}
	if len(truth) > 0 {
		res.Exact = float64(exact) / float64(len(truth))
	}
	return res, nil
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// LoadAEBTruth reads the benchmark's ground-truth.json and returns each
// page's article body by ID.
func LoadAEBTruth(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	out := make(map[string]string, len(raw))
	for id, v := range raw {
		out[id] = v.ArticleBody
	}
	return out, nil
}
