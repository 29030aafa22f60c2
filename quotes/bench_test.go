package quotes

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/text"
)

// BenchmarkFind runs the finder over the texts of testdata: the nato and
// dev text pages as they are (chrome included) and the document bodies
// built from every gold file (HTML pages read as paragraphs).
func BenchmarkFind(b *testing.B) {
	var texts []string
	size := 0
	for _, dir := range []string{"nato", "dev"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		for _, p := range files {
			if raw, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(raw))
				size += len(raw)
			}
		}
		for _, d := range loadCorpus(b, dir) {
			texts = append(texts, d.body)
			size += len(d.body)
		}
	}
	f := New(Options{})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			f.Find(s, nil)
		}
	}
}

// BenchmarkFindQuoteDense runs the finder over bodies that are mostly
// quotations, the worst case for attribution.
func BenchmarkFindQuoteDense(b *testing.B) {
	var body string
	for _, d := range loadCorpus(b, "nato") {
		body += d.body + "\n\n"
	}
	f := New(Options{})
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Find(body, nil)
	}
}

// BenchmarkFindPeople is BenchmarkFind with the people recogniser run
// first, as the document pipeline does: the quotes stage with people
// (the officials are found beforehand, by another stage).
func BenchmarkFindPeople(b *testing.B) { benchFindPeople(b, false) }

// BenchmarkFindPeopleDoc is BenchmarkFindPeople as the document pipeline
// runs it: the people recogniser reads the body's one analysis, which the
// pipeline makes once for every stage (internal/text), instead of
// tokenising the body again. The analysis is made beforehand, like the
// officials; BenchmarkFindPeople is the same stage with the tokenising.
func BenchmarkFindPeopleDoc(b *testing.B) { benchFindPeople(b, true) }

// benchFindPeople runs the quotes stage with its people over the bodies of
// nato and dev, the officials found beforehand; with doc, the people are
// read from each body's analysis, made beforehand too.
func benchFindPeople(b *testing.B, doc bool) {
	var texts []string
	var docs []*text.Doc
	var offs [][]entities.Official
	size := 0
	x := entities.New(entities.Options{})
	a := text.NewAnalyzer(text.Lexicon{})
	for _, dir := range []string{"nato", "dev"} {
		for _, d := range loadCorpus(b, dir) {
			texts = append(texts, d.body)
			if doc {
				docs = append(docs, a.Analyze(d.body))
			}
			o, _ := x.Find(d.body)
			offs = append(offs, o)
			size += len(d.body)
		}
	}
	f := New(Options{})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, s := range texts {
			if doc {
				f.FindPeople(s, offs[k], x.PeopleDoc(docs[k], offs[k]))
			} else {
				f.FindPeople(s, offs[k], x.People(s, offs[k]))
			}
		}
	}
}
