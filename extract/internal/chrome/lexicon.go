package chrome

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// The vocabulary of page furniture, matched word by word: a block is
// tokenised once into lower-case words (runs of letters and digits), and
// phrases are looked up by their first word, so the cost is linear in the
// block whatever the size of the lexicons.

// tokens are the lower-case words of a block.
type tokens []string

// tokenize appends the lower-case words of s to buf. The block is
// lower-cased once (without copying when it has no capital), and the words
// are slices of that.
func tokenize(s string, buf tokens) tokens {
	return tokenizeLower(lower(s), buf)
}

// tokenizeLower appends the words of s, lower-cased already, to buf: the
// runs of letters and digits, as slices of s. An invalid byte, or the
// U+FFFD strings.ToLower puts for it, is neither, so the words of lower(s)
// and of strings.ToLower(s) are the same.
//
// It reads s once, a byte at a time in ASCII, the word characters as
// skipWord tells them: a run of separators, then a word, in turn.
func tokenizeLower(s string, buf tokens) tokens {
	buf = buf[:0]
	i := 0
	for i < len(s) {
		// the separators
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiWord[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			i += n
		}
		if i == len(s) {
			break
		}
		// the word
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			i += n
		}
		buf = append(buf, s[start:i])
	}
	return buf
}

// skipWord returns the length of the run of word characters (letters and
// digits) that opens s, or with word false the run of others.
func skipWord(s string, word bool) int {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWord[c] != word {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) != word {
			break
		}
		i += n
	}
	return i
}

// asciiWord tells the ASCII bytes of a lower-case word: letters and
// digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
	}
	return t
}()

// appendToLower appends strings.ToLower(s) to dst, byte for byte: each
// rune lower-cased, and an invalid byte turned into U+FFFD as there.
func appendToLower(dst []byte, s string) []byte {
	dst = slices.Grow(dst, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, asciiLower[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// asciiLower lower-cases an ASCII byte.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// pageText is what the classifier reads of the text of each block the
// reader kept, in one pass over the page; the others' entries are zero.
type pageText struct {
	low    []string // strings.ToLower(Text), all slices of one string
	hashes []uint64 // blockHash(Text)
	chars  []int    // utf8.RuneCountInString(Text)
}

// readBlocks reads the page's kept blocks: each is lower-cased, hashed
// and counted in one pass over its text, and the page is lower-cased
// into one string, not one copy per block and per rule that reads it in
// lower case. The page's text and entries are kept in sc, whose earlier
// ones they overwrite.
func readBlocks(sc *Scratch, blocks []block.Block) pageText {
	n := 0
	for i := range blocks {
		if blocks[i].Removed == 0 {
			n += len(blocks[i].Text)
		}
	}
	p := &sc.page
	p.low, p.hashes, p.chars = grown(p.low, len(blocks)), grown(p.hashes, len(blocks)), grown(p.chars, len(blocks))
	buf := sc.lower[:0]
	if cap(buf) < n+n/16 {
		buf = make([]byte, 0, n+n/16)
	}
	ends := grown(sc.ends, len(blocks))
	for i := range blocks {
		if blocks[i].Removed == 0 {
			buf, p.hashes[i], p.chars[i] = readBlock(buf, blocks[i].Text)
		}
		ends[i] = len(buf)
	}
	sc.lower, sc.ends = buf, ends
	// buf is not written again in this call: the string shares its
	// bytes, as strings.Builder's does, instead of copying the page once
	// more. (The next call that reuses sc overwrites them; nothing
	// Classify returns or keeps holds these strings.)
	all := unsafe.String(unsafe.SliceData(buf), len(buf))
	start := 0
	for i, end := range ends {
		p.low[i] = all[start:end]
		start = end
	}
	return *p
}

// readBlock appends strings.ToLower(s) to dst, as appendToLower does, and
// returns it with blockHash(s) and the number of runes of s.
func readBlock(dst []byte, s string) (_ []byte, hash uint64, runes int) {
	dst = slices.Grow(dst, len(s))
	h := uint64(fnvOffset)
	for i := 0; i < len(s); runes++ {
		c := s[i]
		if c < utf8.RuneSelf {
			c = asciiLower[c]
			dst = append(dst, c)
			if c != 0 {
				h = (h ^ uint64(c)) * fnvPrime
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		dst = utf8.AppendRune(dst, l)
		h = hashRune(h, l)
		i += n
	}
	return dst, h, runes
}

// countTokens returns len(tokenize(s, nil)) without making the tokens
// when s is ASCII (lower-casing other text may split a letter from its
// mark, so it is tokenised).
func countTokens(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return countWords(lower(s))
		}
		word := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

// countWords returns len(tokenizeLower(s, nil)) without making the
// tokens.
func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		i += skipWord(s[i:], false) // the separators
		if i == len(s) {
			break
		}
		i += skipWord(s[i:], true)
		n++
	}
	return n
}

// lowerInto appends s lower-cased to dst: in place of strings.ToLower for
// a look-up (m[string(lowerInto(buf[:0], s))] copies nothing when s is
// ASCII and fits buf).
func lowerInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError {
			dst = utf8.AppendRune(dst, l)
		} else {
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return dst
}

// lower lower-cases s as strings.ToLower does, without allocating when it
// has no capital: curly quotes and dashes are no reason to.
func lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				return lowerFrom(s, i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.ToLower(r) != r && r != utf8.RuneError {
			return lowerFrom(s, i)
		}
		i += n
	}
	return s
}

// lowerFrom lower-cases s, whose bytes before i need no change, in one
// allocation.
func lowerFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// phraseSet is a set of phrases indexed by their first word.
type phraseSet struct {
	byFirst map[string][]phrase
	first   wordTable[[]phrase] // byFirst, for the look-ups
	n       int
}

type phrase struct {
	id    int
	words []string
}

func newPhraseSet(list ...string) phraseSet {
	p := phraseSet{byFirst: map[string][]phrase{}}
	for _, s := range list {
		w := tokenize(s, nil)
		if len(w) == 0 {
			continue
		}
		p.byFirst[w[0]] = append(p.byFirst[w[0]], phrase{id: p.n, words: w})
		p.n++
	}
	p.first = newWordTable(p.byFirst)
	return p
}

// count returns how many distinct phrases of the set occur in words.
func (p phraseSet) count(words tokens) int { return p.countFlagged(words, nil, 0) }

// countFlagged is count for a set whose first words all have flag in
// wordFlags, wf being the words' flags (lexScan's): a word without the
// flag opens no phrase of the set, and is not looked up. With wf nil,
// every word is.
func (p phraseSet) countFlagged(words tokens, wf []uint8, flag uint8) int {
	var seen [4]uint64 // up to 256 phrases
	n := 0
	for i, w := range words {
		if wf != nil && wf[i]&flag == 0 {
			continue
		}
		for _, ph := range p.first.get(w) {
			if i+len(ph.words) > len(words) {
				continue
			}
			ok := true
			for j := 1; j < len(ph.words); j++ {
				if words[i+j] != ph.words[j] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			bit := uint64(1) << (ph.id % 64)
			if seen[ph.id/64%4]&bit == 0 {
				seen[ph.id/64%4] |= bit
				n++
			}
		}
	}
	return n
}

// The lexicons, from data/furniture.txt (its header gives the format).
var (
	furniture = text.Sections(furnitureData)
	// uiTerms are words and phrases of page furniture: forms, accounts,
	// subscriptions, sharing and the web site itself.
	uiTerms = newPhraseSet(furniture["interface"]...)
	// widgetWords are furniture only when a block has little else:
	// "Share", "Print", "CLOSE", "Menu".
	widgetWords = newPhraseSet(furniture["widget"]...)
	// uiVerbs open imperative interface text ("Click here", "Enter the
	// code").
	uiVerbs        = furniture.Set("imperative")
	legalTerms     = newPhraseSet(furniture["legal"]...)
	rightsReserved = newPhraseSet(furniture["rights"]...)
	stopwords      = furniture.Set("stop")
	// shareButtons are the texts of share buttons (shareLinks).
	shareButtons = furniture.Set("share-button")
)

//go:embed data/furniture.txt
var furnitureData string

// isInterface reports user-interface and form text: a short block of
// furniture vocabulary, addressed to the reader or opening with an
// imperative. hits is uiTerms.count(words).
func isInterface(words tokens, hits int, sent bool) bool {
	n := len(words)
	if n <= 4 {
		return hits+widgetWords.count(words) > 0
	}
	if hits == 0 {
		return false
	}
	score := 2 * hits
	addressed, narrated := false, false
	for _, w := range words {
		switch w {
		case "you", "your":
			if !addressed {
				score++
			}
			addressed = true
		case "i", "we", "my", "our":
			narrated = true
		}
	}
	if uiVerbs[words[0]] {
		score++
		addressed = true
	}
	if sent && n >= 6 {
		score--
	}
	if sent && n > 12 && narrated && !addressed && hits < 3 {
		// a speaker telling what they did, not the page telling the
		// reader what to do: "I put up a petition on my website, and we
		// had 1900 people sign up"
		return false
	}
	switch {
	case n <= 40:
		return score >= 3
	case n <= 80:
		return hits >= 4 && score >= 9
	}
	return false
}

// isLegal reports licence, copyright and usage-rights notices. flags and
// wf are lexScan's for words.
func isLegal(s string, words tokens, flags uint8, wf []uint8) bool {
	if len(words) > 60 {
		return false
	}
	if flags&flagLegal == 0 {
		return strings.ContainsRune(s, '©')
	}
	if strings.ContainsRune(s, '©') || rightsReserved.countFlagged(words, wf, flagLegal) > 0 {
		return true
	}
	hits := legalTerms.countFlagged(words, wf, flagLegal)
	return hits >= 2 || (hits == 1 && len(words) <= 6)
}

// Word flags: what a word can be in the lexicons, so that a block is read
// once for all of them and a phrase set is consulted only when one of its
// first words is there.
const (
	flagStop uint8 = 1 << iota
	flagUI
	flagLegal
)

var wordFlags = newWordTable(wordFlagMap())

// wordFlagMap returns the flags of every word of the lexicons.
func wordFlagMap() map[string]uint8 {
	m := map[string]uint8{}
	for w := range stopwords {
		m[w] |= flagStop
	}
	for w := range uiTerms.byFirst {
		m[w] |= flagUI
	}
	for w := range legalTerms.byFirst {
		m[w] |= flagLegal
	}
	for w := range rightsReserved.byFirst {
		m[w] |= flagLegal
	}
	return m
}

// lexScan returns the share of words that are English stop words and the
// union of the flags of the words, and each word's flags, in wf (reused):
// the phrase sets look up only the words their flag marks.
func lexScan(words tokens, wf []uint8) (stopShare float64, flags uint8, _ []uint8) {
	wf = wf[:0]
	if len(words) == 0 {
		return 0, 0, wf
	}
	n := 0
	for _, w := range words {
		f := wordFlags.get(w)
		if f&flagStop != 0 {
			n++
		}
		flags |= f
		wf = append(wf, f)
	}
	return float64(n) / float64(len(words)), flags, wf
}
