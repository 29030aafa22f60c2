package entities

import (
	"unicode"
	"unicode/utf8"
)

// token kinds
const (
	kWord  uint8 = iota // letters, digits, marks, inner apostrophes; initials and dotted abbreviations keep their dots
	kPunct              // any other single character
)

// token flags
const (
	fCap   uint8 = 1 << iota // first rune is upper case
	fUpper                   // every letter is upper case (and there is one)
	fLower                   // first rune is lower case
	fDigit                   // first rune is a digit
	fDots                    // ends with a dot that belongs to it ("J.", "U.S.")
)

// tok is a token: a byte span of the text with its shape.
type tok struct {
	s, e  int32
	kind  uint8
	flags uint8
	nl    uint8 // newlines in the white space before it (capped at 2)
	sp    bool  // white space before it
}

func (t tok) is(f uint8) bool { return t.flags&f != 0 }

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\f' || r == '\v' ||
		(r > 0x7f && unicode.IsSpace(r)) || r == '\u200b' || r == '\ufeff'
}

// ASCII byte classes for the tokenizer.
const (
	aOther uint8 = iota
	aSpace
	aLower
	aUpper
	aDigit
)

var asciiClass = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = aLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = aUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = aDigit
	}
	for _, c := range " \t\n\r\f\v" {
		t[c] = aSpace
	}
	return t
}()

// wordBytes classes the bytes of ASCII words: wbWord for a letter or a
// digit, with wbLetter and wbUpper for letters; zero for any other byte,
// and for every byte of a multi-byte rune.
var wordBytes = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wbWord | wbLetter
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = wbWord | wbLetter | wbUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wbWord
	}
	return t
}()

// The bits of wordBytes.
const (
	wbLetter uint8 = 1 << iota
	wbUpper
	wbWord
)

// tokenize appends the tokens of text to dst. It never fails: invalid bytes
// become one-byte punctuation tokens.
func tokenize(dst []tok, text string) []tok {
	n := len(text)
	if n > 1<<31-1 {
		n = 1<<31 - 1
	}
	i := 0
	var nl uint8
	sp := false
	for i < n {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case aSpace:
				if c == '\n' && nl < 2 {
					nl++
				}
				sp = true
				i++
				continue
			case aOther:
				dst = append(dst, tok{s: int32(i), e: int32(i + 1), kind: kPunct, nl: nl, sp: sp})
				nl, sp = 0, false
				i++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				sp = true
				i += size
				continue
			}
			if r == utf8.RuneError && size <= 1 || !isWordRune(r) {
				dst = append(dst, tok{s: int32(i), e: int32(i + size), kind: kPunct, nl: nl, sp: sp})
				nl, sp = 0, false
				i += size
				continue
			}
		}
		// a word
		start := i
		var flags uint8
		i, flags = wordEnd(text, i, n, r, size)
		dst = append(dst, tok{s: int32(start), e: int32(i), kind: kWord, flags: flags, nl: nl, sp: sp})
		nl, sp = 0, false
	}
	return dst
}

// wordEnd returns the end of the word that opens at i with rune r of size
// bytes, and its shape flags. It is apart from tokenize so that the
// tokenizer's loop keeps its few variables in registers.
func wordEnd(text string, i, n int, r rune, size int) (int, uint8) {
	start := i
	var flags uint8
	letters, uppers := 0, 0
	switch {
	case 'a' <= r && r <= 'z':
		flags |= fLower
		letters++
	case 'A' <= r && r <= 'Z':
		flags |= fCap
		letters++
		uppers++
	case '0' <= r && r <= '9':
		flags |= fDigit
	case unicode.IsUpper(r):
		flags |= fCap
		letters++
		uppers++
	case unicode.IsLower(r):
		flags |= fLower
		letters++
	case unicode.IsDigit(r):
		flags |= fDigit
	case unicode.IsLetter(r):
		letters++
	}
	i += size
	for i < n {
		// a run of ASCII letters and digits, counted without branches
		for i < n {
			k := wordBytes[text[i]]
			if k == 0 {
				break
			}
			letters += int(k & wbLetter)
			uppers += int(k & wbUpper >> 1)
			i++
		}
		if i >= n {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf && c != '\'' {
			break
		}
		r2, s2 := rune(c), 1
		if c >= utf8.RuneSelf {
			r2, s2 = utf8.DecodeRuneInString(text[i:])
		}
		if c >= utf8.RuneSelf && isWordRune(r2) {
			if unicode.IsLetter(r2) {
				letters++
				if unicode.IsUpper(r2) {
					uppers++
				}
			}
			i += s2
			continue
		}
		if isApos(r2) {
			// inner apostrophe: keep unless it starts a possessive 's
			j := i + s2
			if j < n {
				r3, s3 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r3) {
					if (r3 == 's' || r3 == 'S') && (j+s3 >= n || !isWordRune(runeAt(text, j+s3))) {
						break
					}
					i = j
					continue
				}
			}
		}
		break
	}
	// initials and dotted abbreviations: "J.", "U.S.", "D.C."
	if letters == 1 && uppers == 1 && i-start <= 2 && i < n && text[i] == '.' {
		i++
		flags |= fDots
		for i+1 < n && isASCIIUpper(text[i]) && text[i+1] == '.' {
			i += 2
		}
	}
	if letters > 0 && uppers == letters {
		flags |= fUpper
	}
	return i, flags
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// dropTitleAcronyms removes from toks and their classes cls the acronym
// in brackets that a title carries before its portfolio, "Senior
// Minister of State (SMS) for Health", so that the title reads whole: a
// title of the lexicon ending just before it, the acronym in capitals,
// then "for" or "of" and a capitalised word. The title's text leaves it
// out too (titleText).
func (x *Extractor) dropTitleAcronyms(toks []tok, cls []uint16, text string) ([]tok, []uint16) {
	w := func(k int) string { return text[toks[k].s:toks[k].e] }
	var buf []byte
	titled := func(i int) bool { // a title ends at token i
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if cls[k]&cTitle != 0 {
				if n, _ := x.titles.match(text, toks, k, &buf); n > 0 && k+n == i {
					return true
				}
			}
		}
		return false
	}
	n := 0
	for i := 0; i < len(toks); i++ {
		if i > 0 && i+4 < len(toks) && w(i) == "(" && toks[i+1].kind == kWord && toks[i+1].is(fUpper) &&
			toks[i+1].e-toks[i+1].s >= 2 && toks[i+1].e-toks[i+1].s <= 6 && w(i+2) == ")" &&
			toks[i].nl == 0 && toks[i+3].nl == 0 && (w(i+3) == "for" || w(i+3) == "of") && toks[i+4].is(fCap) && titled(i) {
			i += 2
			continue
		}
		toks[n], cls[n] = toks[i], cls[i]
		n++
	}
	return toks[:n], cls[:n]
}
