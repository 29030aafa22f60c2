package events

// The tokens read from the shared analysis against the tokenizer the event
// finder had before: the same words and marks on any text a body can be.

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// refTokensInto is the tokenizer the event finder had before it read the
// shared analysis (but for combining marks, which it did not keep in a
// word), kept to hold the two equal: it splits full[from:to] into words and punctuation (offsets
// into full), appending to buf[:0] and marking the words inside quotation
// marks (curly quotes pair up; straight double quotes toggle; a paragraph
// break closes an open quote).
func refTokensInto(buf []evTok, full string, from, to int) []evTok {
	body := full[from:to]
	toks := buf[:0]
	if need := len(body)/4 + 8; cap(toks) < need {
		// a token about every four bytes of prose, words and marks: the
		// buffer is made once for the span, at least twice as large as
		// the one it replaces, and seldom grows (leaving its copies
		// behind) as a buffer made for a shorter span would
		toks = make([]evTok, 0, max(need, 2*cap(toks)))
	}
	lb := asciiLower(body)
	quoted := false
	for i := 0; i < len(body); {
		if c := body[i]; c < utf8.RuneSelf {
			// ASCII: the common case, without decoding
			switch {
			case c == '\n':
				quoted = false
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r':
				i++
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				// a word: handled below with the general case
			default:
				if c == '"' {
					quoted = !quoted
				}
				toks = append(toks, evTok{start: i, end: i + 1, quoted: quoted})
				i++
				continue
			}
		}
		r, sz := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n':
			quoted = false
			i += sz
		case unicode.IsSpace(r):
			i += sz
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + sz
			for j < len(body) {
				if c := body[j]; c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
					j++
					continue
				}
				r2, sz2 := utf8.DecodeRuneInString(body[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2) {
					j += sz2
					continue
				}
				// Inner hyphens and apostrophes: "Kosiniak-Kamysz",
				// "Chairman-in-Office", "O'Brien".
				if (r2 == '-' || r2 == '\'') && j+1 < len(body) {
					r3, _ := utf8.DecodeRuneInString(body[j+1:])
					if unicode.IsLetter(r3) {
						j += sz2
						continue
					}
				}
				break
			}
			toks = append(toks, evTok{low: lb[i:j], start: i, end: j, word: true, capital: unicode.IsUpper(r), quoted: quoted})
			i = j
		default:
			switch r {
			case '\u201c', '\u00ab':
				quoted = true
			case '\u201d', '\u00bb':
				quoted = false
			case '"':
				quoted = !quoted
			}
			toks = append(toks, evTok{start: i, end: i + sz, quoted: quoted})
			i += sz
		}
	}
	if from != 0 {
		for k := range toks {
			toks[k].start += from
			toks[k].end += from
		}
	}
	return toks
}

// sameTokens fails t on the first line of s whose tokens the readings
// disagree on, reading s whole, as the pipeline's analysis, and a line
// at a time, as a body that came alone.
func sameTokens(t *testing.T, s string) {
	t.Helper()
	whole := newReader(s, text.NewAnalyzer(text.Lexicon{}).Analyze(s), nil)
	alone := newReader(s, nil, nil)
	for a := 0; a <= len(s); {
		b := strings.IndexByte(s[a:], '\n')
		if b < 0 {
			b = len(s)
		} else {
			b += a
		}
		// a line, and its first 40 bytes as a dateline is read
		cut := min(b, a+40)
		for cut > a && cut < len(s) && !utf8.RuneStart(s[cut]) {
			cut--
		}
		for _, e := range []int{b, cut} {
			want := refTokensInto(nil, s, a, e)
			for _, rd := range []*reader{whole, alone} {
				if got := rd.tokens(nil, a, e); !slices.Equal(got, want) {
					t.Fatalf("%q:\n got %v\nwant %v", s[a:e], showToks(s, got), showToks(s, want))
				}
			}
		}
		a = b + 1
	}
}

func showToks(s string, ts []evTok) []string {
	var out []string
	for _, t := range ts {
		w := s[t.start:t.end]
		if t.quoted {
			w = "«" + w + "»"
		}
		if t.capital {
			w = "^" + w
		}
		out = append(out, w)
	}
	return out
}

// TestTokensAsBefore holds the tokens read from the shared analysis equal
// to the former tokenizer's over the project's text pages.
func TestTokensAsBefore(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "*", "*.txt"))
	if len(files) < 20 {
		t.Fatalf("%d text pages in testdata", len(files))
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// as a body holds it: the extractor folds these to spaces
		sameTokens(t, strings.Map(func(r rune) rune {
			if r == '\v' || r == '\f' || r == 0x200B || r == 0xFEFF {
				return ' '
			}
			return r
		}, string(b)))
	}
}

// FuzzTokensAsBefore is TestTokensAsBefore on any text a body can be:
// valid UTF-8 whose white space is normalised (the extractor folds
// vertical tabs, form feeds and zero-width spaces, which the two readings
// class differently).
func FuzzTokensAsBefore(f *testing.F) {
	for _, s := range []string{
		"“We will,” Mr. O'Brien said of the U.S. and Kosiniak-Kamysz’s plan.",
		"Rutte's and the States' view, e.g. stated.During the \"visit\", J. Roe – said …\nNext \u201cline",
		"Chairman-in-Office don’t rock'n'roll in the ’90s -a- 'b' e\u0301t\u00e9",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool {
			return text.IsSpace(r) != unicode.IsSpace(r) && r != 0x200B && r != 0xFEFF || r == '\v' || r == '\f' || r == 0x200B || r == 0xFEFF
		}) {
			return
		}
		sameTokens(t, s)
	})
}
