package turns

import (
	"unicode"
	"unicode/utf8"
)

// This file counts a text's voice: its words outside quotations, and the
// first- and second-person ones among them, which tell an address from a
// report.

// turnVoice counts the words of a text outside quotation marks, the first- and
// second-person ones among them (singular counts "I" and "you", first "I"
// alone), and those that report someone else's acts ("said", "he",
// "their").
type turnVoice struct{ words, person, report, singular, first int }

// count adds one paragraph; quotation marks do not carry across paragraphs.
// Single marks quote too, as British and Australian releases write
// ('Sadly, …,' Professor Roe said.): one opens before a word and closes
// after one, and an apostrophe inside a word ("We’re") or after a plural's
// "s" outside a quotation is neither.
func (v *turnVoice) count(s string) {
	inQuote, inSingle := false, false
	var q turnVoice // the open quotation's words
	// mark moves the quotation state; a quotation of one or two words
	// closing is a term ("an ‘oxygen bar’"), whose words are the text's
	mark := func(dq, sq bool) {
		was := inQuote || inSingle
		inQuote, inSingle = dq, sq
		switch now := inQuote || inSingle; {
		case !was && now:
			q = turnVoice{}
		case was && !now && q.words <= 2:
			v.words, v.person, v.report, v.singular, v.first = v.words+q.words, v.person+q.person, v.report+q.report, v.singular+q.singular, v.first+q.first
		}
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c == '"' {
				mark(!inQuote, inSingle)
			}
			if c == '\'' {
				mark(inQuote, singleMark(s, i, 1, inSingle))
			}
			if !asciiLetter(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '“', '«':
				mark(true, inSingle)
				i += n
				continue
			case '”', '»':
				mark(false, inSingle)
				i += n
				continue
			case '‘', '’':
				mark(inQuote, singleMark(s, i, n, inSingle))
				i += n
				continue
			}
			if !unicode.IsLetter(r) {
				i += n
				continue
			}
		}
		ws, we := nextTurnWord(s, i)
		if ws < 0 {
			break
		}
		i = we
		w := s[ws:we]
		if k := apostropheAt(w); k > 0 {
			w = w[:k]
		}
		c := v
		if inQuote || inSingle {
			c = &q
		}
		c.words++
		switch voiceOf(w) {
		case voiceSingular:
			c.person++
			c.singular++
			c.first++
		case voiceSecond:
			c.person++
			c.singular++
		case voicePlural:
			c.person++
		case voiceReport:
			c.report++
		}
	}
}

// singleMark returns whether a single quotation is open after the mark of
// n bytes at s[i]: it opens one before a word (no letter or digit before
// it, one after it) and closes an open one after a word or its stop (none
// after it).
func singleMark(s string, i, n int, open bool) bool {
	before := i > 0 && wordByteBefore(s, i)
	after := i+n < len(s) && wordByteAt(s, i+n)
	switch {
	case !open && !before && after:
		return true
	case open && before && !after:
		return false
	}
	return open
}

// wordByteBefore reports a letter, a digit or a stop or comma just before
// s[i]: the end of a word or of a quoted sentence ("… at this time,'").
func wordByteBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == '.' || r == '!' || r == '?'
}

// wordByteAt reports a letter or digit at s[i].
func wordByteAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// apostropheAt returns the offset of the first apostrophe, straight or
// curly, in w, or -1: strings.IndexAny(w, "'’") without its rune-by-rune
// search, which a non-ASCII set forces and which showed in profiles as
// count runs over every word of a page. The curly one's bytes E2 80 99
// can stand nowhere but at a character's start (E2 is no continuation
// byte), so the byte search finds what the rune search does.
func apostropheAt(w string) int {
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case '\'':
			return k
		case 0xE2:
			if k+2 < len(w) && w[k+1] == 0x80 && w[k+2] == 0x99 {
				return k
			}
		}
	}
	return -1
}

// The voice of a word, in voiceWords.
const (
	voiceSingular = 1 + iota // "I", "my": a speaker's address
	voicePlural              // "we", "our": an address or an institution
	voiceReport              // "said", "he", "met": a report of others' acts
	voiceSecond              // "you", "your": an address, a speaker's or a notice's
)

// voiceWords are the words turnVoice counts (data/words.txt, as written).
var voiceWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for name, v := range map[string]uint8{"voice-singular": voiceSingular, "voice-plural": voicePlural, "voice-report": voiceReport, "voice-second": voiceSecond} {
		for _, w := range wordLists.Must(name) {
			m[w] = v
		}
	}
	return m
}()

// voiceShapes has bit n of entry c set when a word of voiceWords opens
// with byte c and is n bytes long (bit 31: 31 bytes or more), so that
// voiceOf turns most words away without a map look-up.
var voiceShapes = func() (t [256]uint32) {
	for w := range voiceWords {
		if w != "" {
			t[w[0]] |= 1 << min(len(w), 31)
		}
	}
	return t
}()

// voiceOf returns voiceWords[w].
func voiceOf(w string) uint8 {
	if w == "" || voiceShapes[w[0]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	return voiceWords[w]
}
