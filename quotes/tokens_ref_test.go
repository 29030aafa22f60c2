package quotes

// The tokens read from the shared analysis against the tokenizer quotes
// had before: the same words, punctuation and quotations on any text.

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// refTokenize is the tokenizer quotes had before it read the shared
// analysis, kept to hold the two readings equal: it appends the tokens of
// text[a:b] to out. spans[si:] are the
// quotations at or after a (sorted); those inside [a,b) become single
// tokens. It returns the tokens and the index of the first span not used.
func refTokenize(text string, a, b int, spans []span, si int, out []tok) ([]tok, int) {
	for si < len(spans) && spans[si].open < a {
		si++
	}
	i := a
	for i < b {
		if si < len(spans) && spans[si].open == i {
			sp := spans[si]
			e := sp.close + sp.closeW
			if e > b {
				e = b
			}
			out = append(out, tok{s: sp.open, e: e, q: si})
			si++
			if e <= i {
				e = i + 1
			}
			i = e
			continue
		}
		c := text[i]
		if c < 0x80 {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				e := wordEnd(text, i, b)
				if e < b && text[e] == '.' && (e-i == 1 && c >= 'A' && c <= 'Z' || dottedTitles[text[i:e]] || dottedInitials(text[i:e])) {
					e++ // "Mr.", "Gen.", the initial in "Antony J. Blinken", "U.S."
				}
				out = append(out, tok{s: i, e: e, q: -1, u: c >= 'A' && c <= 'Z'})
				i = e
			case c == ',' || c == ':' || c == ';' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')' || c == '-':
				out = append(out, tok{s: i, e: i + 1, q: -1, p: c})
				i++
			default:
				i++
			}
			continue
		}
		r := nextRune(text, i)
		n := runeLen(text, i)
		switch {
		case isWordRune(r):
			e := wordEnd(text, i, b)
			out = append(out, tok{s: i, e: e, q: -1, u: isUpperRune(r)})
			i = e
		case r == 0x2013 || r == 0x2014 || r == 0x2015:
			out = append(out, tok{s: i, e: i + n, q: -1, p: '-'})
			i += n
		case r == 0x2026:
			out = append(out, tok{s: i, e: i + n, q: -1, p: '.'})
			i += n
		default:
			i += n
		}
	}
	return out, si
}

// sameTokens reports the first paragraph of s whose tokens the two
// readings disagree on.
func sameTokens(t *testing.T, an *text.Analyzer, s string) {
	t.Helper()
	f := New(Options{})
	st := &state{f: f, text: s, doc: an.Analyze(s)}
	st.spans = dropNicknames(s, scanMarks(s, nil))
	for a := 0; a < len(s); {
		_, b := st.findParagraph(a)
		want, _ := refTokenize(s, a, b, st.spans, 0, nil)
		got, _ := st.tokens(a, b, 0, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("paragraph %q:\n got %v\nwant %v", s[a:b], show(s, got), show(s, want))
		}
		lazy := &state{f: f, text: s, doc: new(text.Doc), lazy: true, spans: st.spans}
		if got, _ = lazy.tokens(a, b, 0, nil); !slices.Equal(got, want) {
			t.Fatalf("paragraph %q read alone:\n got %v\nwant %v", s[a:b], show(s, got), show(s, want))
		}
		a = b + 1
	}
}

func show(s string, ts []tok) []string {
	var out []string
	for _, t := range ts {
		out = append(out, s[t.s:t.e])
	}
	return out
}

// TestTokensAsBefore holds the tokens of the shared analysis equal to the
// former tokenizer's over the project's pages.
func TestTokensAsBefore(t *testing.T) {
	an := text.NewAnalyzer(text.Lexicon{})
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*.txt"))
	if len(files) < 20 {
		t.Fatalf("%d text pages in testdata", len(files))
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sameTokens(t, an, string(b))
	}
}

// FuzzTokensAsBefore is TestTokensAsBefore on any text.
func FuzzTokensAsBefore(f *testing.F) {
	for _, s := range []string{
		"“We will,” Sen. Tom Ash, R-Ky., said of the U.S. and AT&T’s so-called plan.",
		"Rutte's and the States' view, e.g. stated.During the visit, J. Roe – said – …",
		"rock ’n’ roll in the ’90s",
	} {
		f.Add(s)
	}
	an := text.NewAnalyzer(text.Lexicon{})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			// the former tokenizer read a broken sequence's length from
			// its first byte and swallowed what followed
			return
		}
		sameTokens(t, an, s)
	})
}
