package chrome

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
)

// countTokens and lowerInto give what tokenize and strings.ToLower give.
func TestCountTokensLowerInto(t *testing.T) {
	for _, s := range []string{"", "Photo: NATO/Jane Roe", "  a-b  c.d 3,000 ", "İstanbul İzmir", "Émile Zola's 2nd book", "Q:", "WHO (Geneva)"} {
		if got, want := countTokens(s), len(tokenize(s, nil)); got != want {
			t.Errorf("countTokens(%q) = %d, want %d", s, got, want)
		}
		if got, want := string(lowerInto(nil, s)), lower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCountTokens(f *testing.F) {
	f.Add("Photo: NATO/Jane Roe")
	f.Add("İstanbul")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countTokens(s), len(tokenize(s, nil)); got != want {
			t.Errorf("countTokens(%q) = %d, want %d", s, got, want)
		}
		if got, want := string(lowerInto(nil, s)), lower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	})
}

// lower and lowerInto agree with strings.ToLower on valid UTF-8.
func TestLowerAgreesWithStrings(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC def", "“Quoted” – Dash", "ÉCOLE Été", "İstanbul ΣΟΦΙΑ", "日本 Tokyo", "ǅungla"} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(lowerInto(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLower(f *testing.F) {
	f.Add("“Quoted” – ÉCOLE")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	})
}

// appendToLower is strings.ToLower byte for byte, invalid UTF-8 too, and
// trimming white space, "*" and "_" off the lower-case text gives the
// lower-case trimmed text, as the rules that share a block's lower-case
// text take for granted.
func TestAppendToLower(t *testing.T) {
	for _, s := range []string{"", "ABC def", "“Quoted” – Dash", "İstanbul ΣΟΦΙΑ", "\u212a", "a\xffB\xc3", "\xed\xa0\x80X", " *Topics:* Trade \u00a0"} {
		checkToLower(t, s)
	}
}

func FuzzAppendToLower(f *testing.F) {
	f.Add("a\xffB\xc3 İ")
	f.Fuzz(checkToLower)
}

func checkToLower(t *testing.T, s string) {
	low := string(appendToLower(nil, s))
	if want := strings.ToLower(s); low != want {
		t.Errorf("appendToLower(%q) = %q, want %q", s, low, want)
	}
	if got, want := strings.TrimSpace(low), strings.ToLower(strings.TrimSpace(s)); got != want {
		t.Errorf("TrimSpace of %q lower-cased = %q, want %q", s, got, want)
	}
	if got, want := strings.Trim(low, "*_ "), strings.ToLower(strings.Trim(s, "*_ ")); got != want {
		t.Errorf("Trim of %q lower-cased = %q, want %q", s, got, want)
	}
	if got, want := strings.Join(tokenizeLower(low, nil), " "), strings.Join(tokenize(s, nil), " "); got != want {
		t.Errorf("words of %q lower-cased = %q, want %q", s, got, want)
	}
	read, hash, runes := readBlock([]byte("x"), s)
	if string(read) != "x"+low || hash != blockHash(s) || runes != utf8.RuneCountInString(s) {
		t.Errorf("readBlock(%q) = %q, %x, %d; want %q, %x, %d", s, read[1:], hash, runes, low, blockHash(s), utf8.RuneCountInString(s))
	}
	// a Scratch that read a page before reads the next as a new one does
	sc := new(Scratch)
	readBlocks(sc, []block.Block{{Text: "Before " + s}, {Text: "a page"}, {Text: "of four"}, {Text: "BLOCKS"}})
	page := readBlocks(sc, []block.Block{{Text: "Menu", Removed: block.ReasonNavigation}, {Text: s}, {Text: "A"}})
	if page.low[0] != "" || page.low[1] != low || page.low[2] != "a" || page.hashes[1] != blockHash(s) || page.chars[1] != utf8.RuneCountInString(s) {
		t.Errorf("readBlocks of %q: %q %x %d", s, page.low, page.hashes, page.chars)
	}
}

// tokenizeLowerRef is tokenizeLower as it was before it read s in one
// loop: separators and words skipped in turn by skipWord.
func tokenizeLowerRef(s string, buf tokens) tokens {
	buf = buf[:0]
	for i := 0; i < len(s); {
		i += skipWord(s[i:], false)
		if i == len(s) {
			break
		}
		start := i
		i += skipWord(s[i:], true)
		buf = append(buf, s[start:i])
	}
	return buf
}

// FuzzTokenizeLower holds tokenizeLower equal to its reading by skipWord.
func FuzzTokenizeLower(f *testing.F) {
	for _, s := range []string{"", "photo: nato/jane roe", "istanbul 2024", "“quoted” – école", "a\xffb\xc3", "日本 tokyo  ", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := tokenizeLower(s, nil), tokenizeLowerRef(s, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("tokenizeLower(%q) = %q, want %q", s, got, want)
		}
	})
}
