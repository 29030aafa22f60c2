package quotes

import (
	"strings"
	"unicode"
)

// The mark scanner: pairs quotation marks paragraph by paragraph and
// returns the outermost quotations.

type family uint8

const (
	famNone   family = iota
	famDouble        // “…” "…" „…“
	famSingle        // ‘…’ '…'
	famAngle         // «…»
)

// span is one outermost quotation found by the scanner.
type span struct {
	open, openW   int // the opening mark
	close, closeW int // the closing mark; closeW is 0 when the quotation is unclosed
	start, end    int // the content, trimmed of white space
	fam           family
	multi         bool // runs over several paragraphs
}

type openMark struct {
	pos, w int
	fam    family
	low    bool // „ opens, closed by “ or ”
	strong bool // unambiguously an opening mark
	// reversed marks »…«
	reversed bool
}

const maxDepth = 16

// interesting marks the bytes that may begin a quotation mark or end a
// paragraph.
var interesting = func() (t [256]bool) {
	t['"'] = true
	t['\''] = true
	t['`'] = true
	t['\n'] = true
	t[']'] = true // a Markdown link's destination follows "]("
	t[0xE2] = true
	t[0xC2] = true
	return
}()

// markAt reports the quotation mark at i, if any, and its width.
func markAt(s string, i int) (rune, int) {
	switch s[i] {
	case '`':
		// the typewriter's quotation marks of printed records (the US
		// Government Publishing Office's): ``…''
		if i+1 < len(s) && s[i+1] == '`' {
			return '“', 2
		}
	case '\'':
		if i+1 < len(s) && s[i+1] == '\'' && (i+2 >= len(s) || s[i+2] != '\'') && (i == 0 || s[i-1] != '\'') &&
			strings.Contains(s[max(0, i-2048):i], "``") {
			// two apostrophes after a typewriter's opening ``: its
			// closing double mark (``…''); elsewhere, two single marks
			return '"', 2
		}
		return '\'', 1
	case '"':
		return rune(s[i]), 1
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x98:
				return '‘', 3
			case 0x99:
				return '’', 3
			case 0x9C:
				return '“', 3
			case 0x9D:
				return '”', 3
			case 0x9E:
				return '„', 3
			}
		}
	case 0xC2:
		if i+1 < len(s) {
			switch s[i+1] {
			case 0xAB:
				return '«', 2
			case 0xBB:
				return '»', 2
			}
		}
	}
	return 0, 0
}

// openerAt reports whether a mark at i opens a quotation of family fam
// (used at the start of a continued paragraph), and its width.
func openerAt(s string, i int, fam family) (int, bool) {
	if i >= len(s) {
		return 0, false
	}
	r, w := markAt(s, i)
	switch fam {
	case famDouble:
		return w, r == '“' || r == '„' || r == '"' || (r == '”' && !isSpaceRune(nextRune(s, i+w)))
	case famSingle:
		return w, r == '‘' || r == '\''
	case famAngle:
		return w, r == '«' || r == '»'
	}
	return 0, false
}

// scanner holds the state of one scan.
type scanner struct {
	text  string
	stack [maxDepth]openMark
	depth int
	multi bool
	out   []span
	// lastClose is the position of the last closing mark in text: 0 when
	// not yet known, -1 when there is none.
	lastClose int
}

// scanMarks returns the outermost quotations of text in order.
func scanMarks(text string, out []span) []span {
	sc := scanner{text: text, out: out}
	s := text
	for i := 0; i < len(s); {
		c := s[i]
		if !interesting[c] {
			i++
			continue
		}
		if c == '\n' {
			if sc.depth > 0 {
				// A quotation left open at the end of a paragraph goes on
				// only when the next paragraph opens with a mark again.
				j := i
				for j < len(s) && (s[j] == '\n' || s[j] == '\r' || s[j] == ' ' || s[j] == '\t' || s[j] == '>' && hasNewline(s[i:j+1])) {
					j++ // (a Markdown block quote's marks are no words: "> “…")
				}
				if w, ok := openerAt(s, j, sc.stack[0].fam); ok && j < len(s) && hasNewline(s[i:j]) && sc.closesLater(j+w) {
					sc.depth = 1
					sc.multi = true
					i = j + w
					continue
				}
				if sc.depth == 1 && sc.stack[0].fam == famDouble && hasNewline(s[i:j]) && closesNext(s, j) {
					// the next paragraph goes on without opening again and
					// closes the quotation before its cue ("…, and sound
					// logic." over "Debate, like diplomacy, …," he said.):
					// one quotation, as a scrape that lost the convention's
					// second opening mark writes it
					sc.multi = true
					i = j
					continue
				}
				sc.unclosed(i)
			}
			i++
			continue
		}
		if c == ']' {
			// a Markdown link's destination and title ("[text](https://…
			// "Original URL: …")") hold no quotation
			i += linkDestination(s, i)
			continue
		}
		r, w := markAt(s, i)
		if w == 0 {
			i++
			continue
		}
		sc.mark(i, r, w)
		i += w
	}
	if sc.depth > 0 {
		sc.unclosed(len(s))
	}
	return sc.out
}

// linkDestination returns the length of "](…)" at i, a Markdown inline
// link's destination with its title, closed on its line; 1 for any other
// "]".
func linkDestination(s string, i int) int {
	if i+1 >= len(s) || s[i+1] != '(' {
		return 1
	}
	for k := i + 2; k < len(s) && k < i+2048; k++ {
		switch s[k] {
		case ')':
			return k + 1 - i
		case '\n':
			return 1
		}
	}
	return 1
}

// closesNext reports a paragraph at j whose only double quotation mark
// closes a quotation before a reporting clause: a comma or a full stop
// before it, a space and a lower-case word after it (", he said").
func closesNext(s string, j int) bool {
	end := strings.IndexByte(s[j:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += j
	}
	at, aw := -1, 0
	for k := j; k < end; k++ {
		if r, w := markAt(s, k); w > 0 {
			if r != '"' && r != '”' || at >= 0 {
				return false // another mark, or a second one
			}
			at, aw = k, w
			k += w - 1
		}
	}
	if at <= j {
		return false
	}
	if p := s[at-1]; p != ',' && p != '.' {
		return false
	}
	rest := s[at+aw : end]
	return len(rest) > 2 && rest[0] == ' ' && rest[1] >= 'a' && rest[1] <= 'z'
}

func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// closesLater reports whether any closing mark stands at or after i. A
// paragraph that opens with a mark continues the quotation left open
// before it (the multi-paragraph convention) only when the quotation is
// closed somewhere ahead; otherwise every paragraph of a page that opens
// marks and never closes them would run into one span. The position of
// the last closing mark is found once per scan.
func (sc *scanner) closesLater(i int) bool {
	if sc.lastClose == 0 {
		sc.lastClose = -1
		s := sc.text
		for j := len(s) - 1; j >= 0; j-- {
			c := s[j]
			if c == '"' || c == '\'' || c == 0x9D || c == 0x99 || c == 0xBB {
				k := j
				if c >= 0x80 {
					k = j - 2
					if c == 0xBB {
						k = j - 1
					}
					if k < 0 {
						continue
					}
				}
				switch r, _ := markAt(s, k); r {
				case '”', '"', '»', '’', '\'':
					sc.lastClose = k
				}
				if sc.lastClose >= 0 {
					break
				}
			}
		}
	}
	return i <= sc.lastClose
}

// unclosed ends the paragraph with a quotation still open at end.
func (sc *scanner) unclosed(end int) {
	o := sc.stack[0]
	sc.depth = 0
	multi := sc.multi
	sc.multi = false
	if !o.strong || o.fam == famSingle {
		return
	}
	start := o.pos + o.w
	st, en := trimSpan(sc.text, start, end)
	if en-st < 3 || !containsSpace(sc.text[st:en]) {
		return
	}
	sc.out = append(sc.out, span{open: o.pos, openW: o.w, close: en, closeW: 0, start: st, end: en, fam: o.fam, multi: multi})
}

func containsSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}

// trimSpan trims white space from both ends of s[a:b].
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r := nextRune(s, a)
		if !isSpaceRune(r) {
			break
		}
		a += runeLen(s, a)
	}
	for b > a {
		r := prevRune(s, b)
		if !isSpaceRune(r) {
			break
		}
		b -= lastRuneLen(s, b)
	}
	return a, b
}

func runeLen(s string, i int) int {
	c := s[i]
	switch {
	case c < 0x80:
		return 1
	case c >= 0xF0 && i+3 < len(s):
		return 4
	case c >= 0xE0 && i+2 < len(s):
		return 3
	case c >= 0xC0 && i+1 < len(s):
		return 2
	}
	return 1
}

func lastRuneLen(s string, i int) int {
	if i <= 0 {
		return 0
	}
	if s[i-1] < 0x80 {
		return 1
	}
	j := i - 1
	for j > 0 && j > i-4 && s[j]&0xC0 == 0x80 {
		j--
	}
	if runeLen(s, j) == i-j {
		return i - j
	}
	return 1
}

// find returns the index in the stack of the innermost open mark of fam,
// or -1.
func (sc *scanner) find(fam family) int {
	for k := sc.depth - 1; k >= 0; k-- {
		if sc.stack[k].fam == fam {
			return k
		}
	}
	return -1
}

func (sc *scanner) push(o openMark) {
	if sc.depth < maxDepth {
		sc.stack[sc.depth] = o
		sc.depth++
	}
}

// closeAt closes the open mark k with the mark at i of width w.
func (sc *scanner) closeAt(k, i, w int) {
	sc.depth = k
	if k != 0 {
		return
	}
	o := sc.stack[0]
	st, en := trimSpan(sc.text, o.pos+o.w, i)
	multi := sc.multi
	sc.multi = false
	if st >= en {
		return
	}
	sc.out = append(sc.out, span{open: o.pos, openW: o.w, close: i, closeW: w, start: st, end: en, fam: o.fam, multi: multi})
}

// mark handles the quotation mark r of width w at i.
func (sc *scanner) mark(i int, r rune, w int) {
	s := sc.text
	p := prevRune(s, i)
	n := nextRune(s, i+w)
	pSpace := p < 0 || isSpaceRune(p) || isOpenPunct(p)
	nSpace := n < 0 || isSpaceRune(n)
	pWord := p >= 0 && isWordRune(p)
	nWord := n >= 0 && isWordRune(n)
	switch r {
	case '“':
		if k := sc.findLow(); k >= 0 {
			sc.closeAt(k, i, w)
			return
		}
		if k := sc.find(famDouble); k >= 0 && !pSpace && (nSpace || !nWord) {
			// “ used as a closing mark.
			sc.closeAt(k, i, w)
			return
		}
		sc.push(openMark{pos: i, w: w, fam: famDouble, strong: true})
	case '„':
		sc.push(openMark{pos: i, w: w, fam: famDouble, low: true, strong: true})
	case '”':
		if k := sc.find(famDouble); k >= 0 {
			sc.closeAt(k, i, w)
			return
		}
		if pSpace && !nSpace {
			// ”…” as in Swedish and Finnish usage, or a typing slip.
			sc.push(openMark{pos: i, w: w, fam: famDouble})
		}
	case '"':
		if p == '=' || n == '>' {
			return // an attribute's value in markup: <a href="…">
		}
		k := sc.find(famDouble)
		pWhite := p < 0 || isSpaceRune(p)
		switch {
		case nSpace || isClosePunct(n):
			// before a space or punctuation: a closing mark; after a space
			// only when a single mark closing a quotation inside it stands
			// before that space ("… say, 'Well done,' " she said)
			if k >= 0 && (!pWhite || spacedAfterSingle(s, i)) {
				sc.closeAt(k, i, w)
			}
		case pSpace || p == ':' && k < 0 && nWord:
			// after a space, or glued to the colon that introduces it
			// (a scrape's "statement:\"The actions ...")
			if k >= 0 && sc.stack[k].pos+sc.stack[k].w == i {
				sc.closeAt(k, i, w) // ""
				return
			}
			sc.push(openMark{pos: i, w: w, fam: famDouble, strong: true})
		default:
			// between two word characters
			if k >= 0 {
				sc.closeAt(k, i, w)
			}
		}
	case '«':
		// «…» (French spacing allowed), or the closing mark of »…«
		if k := sc.find(famAngle); k >= 0 && sc.stack[k].reversed && !pSpace {
			sc.closeAt(k, i, w)
			return
		}
		sc.push(openMark{pos: i, w: w, fam: famAngle, strong: true})
	case '»':
		if k := sc.find(famAngle); k >= 0 && !sc.stack[k].reversed {
			sc.closeAt(k, i, w)
			return
		}
		if pSpace && !nSpace {
			// »…« as in German and Slovene usage
			sc.push(openMark{pos: i, w: w, fam: famAngle, strong: true, reversed: true})
		}
	case '‘', '\'', '’':
		if pWord && nWord {
			return // an apostrophe: Russia’s, don't
		}
		if !pWord && !pSpace && r != '‘' {
			// after a closing bracket or other punctuation: “…’”, a
			// closing single mark when one is open.
			if k := sc.find(famSingle); k >= 0 && !nWord {
				sc.closeAt(k, i, w)
			}
			return
		}
		if pSpace {
			if nSpace || n < 0 {
				return
			}
			if r == '’' || elision(s, i+w) {
				return // ’90s, ’n’, 'tis
			}
			if r == '\'' && !nWord && n != '‘' && n != '“' && n != '"' {
				return
			}
			sc.push(openMark{pos: i, w: w, fam: famSingle, strong: r == '‘'})
			return
		}
		// After a word character, followed by a non-word: closing mark or
		// a plural possessive (Allies’).
		if k := sc.find(famSingle); k >= 0 {
			if r == '’' && s[sc.stack[k].pos] == '\'' && (p == 's' || p == 'S') && n == ' ' && unicode.IsLower(nextRune(s, i+w+1)) {
				// a quotation opened by a straight mark closes with one;
				// a curly mark after "s" before a word is a plural's
				// possessive: "'… many partners’ interest …'"
				return
			}
			sc.closeAt(k, i, w)
		}
	}
}

// spacedAfterSingle reports a mark at i that one space separates from a
// single closing mark after a word or punctuation: the outer closing mark
// of "… 'Well done,' ", as some house styles space them.
func spacedAfterSingle(s string, i int) bool {
	j := i - lastRuneLen(s, i)
	if j <= 0 || !isSpaceRune(nextRune(s, j)) {
		return false
	}
	r := prevRune(s, j)
	if r != '\'' && r != '’' {
		return false
	}
	b := j - lastRuneLen(s, j)
	return b > 0 && !isSpaceRune(prevRune(s, b))
}

// findLow returns the innermost open „ mark, or -1.
func (sc *scanner) findLow() int {
	for k := sc.depth - 1; k >= 0; k-- {
		if sc.stack[k].low {
			return k
		}
	}
	return -1
}

// elision reports an apostrophe that begins a word: ’90s, ’n’, 'tis, 'em,
// 'til, 'cause.
func elision(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c >= '0' && c <= '9' {
		// decades and years: '90s, '22
		if i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && (i+2 >= len(s) || !isWordRune(nextRune(s, i+2)) || s[i+2] == 's') {
			return true
		}
		return false
	}
	rest := s[i:]
	for _, w := range [...]string{"n’", "n'", "tis", "twas", "em ", "til ", "cause ", "bout "} {
		if len(rest) >= len(w) && rest[:len(w)] == w {
			return true
		}
	}
	return false
}
