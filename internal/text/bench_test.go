package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusText joins the plain-text pages of testdata: the kind of body every
// stage reads.
func corpusText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	for _, dir := range []string{"nato", "heldout", "dev"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	if sb.Len() == 0 {
		b.Skip("no testdata pages")
	}
	return sb.String()
}

// BenchmarkAnalyze measures the whole analysis: tokens, sentences,
// paragraphs and name chunks.
func BenchmarkAnalyze(b *testing.B) {
	text := corpusText(b)
	a := NewAnalyzer(testLexicon)
	var d Doc
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a.AnalyzeInto(&d, text)
	}
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	text := corpusText(b)
	a := NewAnalyzer(Lexicon{})
	var toks []Token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tokenize(toks[:0], text, &a.abbr)
	}
}
