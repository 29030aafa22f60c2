package htmlread

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"golang.org/x/net/html/atom"
)

// This file turns the text of the page into blocks: white space, line
// breaks, link shares, word counts and inline styles that hide text.

// text adds a text token to the current block.
func (b *htmlBuilder) text(s []byte) {
	if b.rawTag != 0 {
		switch {
		case b.rawTitle:
			b.meta.title = append(b.meta.title, s...)
			b.meta.titleDone = true
		case b.rawJSON:
			b.meta.jsonLD(s)
		}
		return
	}
	if b.skipDepth > 0 {
		return
	}
	t := b.top()
	n := &b.nodes[t]
	link := n.flags&nfLink != 0
	pre := n.flags&nfPre != 0
	// Text hidden inside a shown block (a hover card's "display:none"
	// copy of a name, a "hidden" tooltip) is not read: it would double
	// the words beside it.
	if !pre && n.flags&nfHidden != 0 && n.owner >= 0 && b.nodes[n.owner].flags&nfHidden == 0 && t != n.owner {
		return
	}
	// Text hidden from screen readers is often the only visible copy, but
	// sometimes a repeat of the name just before it ("Jan Novak<span
	// aria-hidden>Novak Jan</span>"): read only when it adds words.
	if !pre && n.flags&nfAriaHidden != 0 && htmlRepeatsWords(b.buf, s) {
		return
	}
	// Text of an inline element that is furniture inside a block that is
	// not ("<p><span class=caption>…</span></p>").
	if !pre && n.flags&(nfInJunk|nfHidden) != 0 && n.owner >= 0 && b.nodes[n.owner].flags&(nfInJunk|nfHidden) == 0 {
		before := len(b.buf)
		defer func() {
			if len(b.buf) > before {
				b.junkBytes += len(b.buf) - before
			}
		}()
	}
	if b.speaker != nil && t >= b.speakerNode && len(bytes.TrimSpace(s)) > 0 {
		b.speakerLabel(s)
	}
	// Text loose in the page, outside any paragraph (a fragment of plain
	// text with some markup): a blank line ends a paragraph.
	loose := !pre && (n.owner <= 0 || b.nodes[n.owner].tag == atom.Body || b.nodes[n.owner].tag == atom.Html)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == 0x7f {
				if c == '\n' && (pre || loose) {
					if pre && len(b.buf) == 0 {
						b.preBlank = true
					}
					if b.newlines++; pre || b.newlines >= 2 {
						b.flush()
						b.newlines = 0
						b.preIndent = 0
						continue
					}
				}
				if pre {
					n := 1
					if c == '\t' {
						n = 4
					}
					if len(b.buf) == 0 {
						b.preIndent += n
					} else {
						b.preGap += n
					}
				}
				b.space = true
				continue
			}
			b.newlines = 0
			if pre {
				b.preColumn()
			}
			b.add(t, link, rune(c))
			b.buf = append(b.buf, c)
			if link {
				b.linkBytes++
				if b.leading {
					b.leadLink++
				}
			} else {
				b.leading = false
			}
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.add(t, link, r)
			b.buf = append(b.buf, "\uFFFD"...)
			i++
			continue
		}
		if unicode.IsSpace(r) {
			b.space = true
			i += size
			continue
		}
		if r == '\u00ad' {
			// a soft hyphen, a hint where a word may break ("Vladi&shy;mir"):
			// not shown unless it breaks, and no part of the word
			i += size
			continue
		}
		b.newlines = 0
		if pre {
			b.preColumn()
		}
		b.add(t, link, r)
		b.buf = append(b.buf, s[i:i+size]...)
		if link {
			b.linkBytes += size
			if b.leading {
				b.leadLink += size
			}
		} else {
			b.leading = false
		}
		i += size
	}
}

// add prepares the buffer for a visible character: it starts a block or
// adds a pending space.
func (b *htmlBuilder) add(t int32, link bool, r rune) {
	if b.brPending {
		// After one <br>: a new line, unless the sentence goes on in
		// lower case ("the Minister said that<br>the talks…").
		b.brPending = false
		if !unicode.IsLower(r) || htmlLineEnds(b.buf) {
			b.flush()
		} else {
			b.space = true
		}
	}
	if len(b.buf) == 0 {
		b.owner = b.nodes[t].owner
		b.space = false
		b.leading = link
		b.leadLink = 0
		return
	}
	if b.space {
		b.buf = append(b.buf, ' ')
		if link {
			b.linkBytes++
			if b.leading {
				b.leadLink++
			}
		}
		b.space = false
	}
}

// lineBreak handles <br>: two in a row end the block at once; one ends it
// unless the text goes on in the same sentence.
func (b *htmlBuilder) lineBreak() {
	switch {
	case b.brPending:
		b.flush()
	case len(b.buf) > 0:
		b.brPending = true
	}
}

// preColumn notes, before a visible character of a <pre> line, a gap
// of three spaces or more that divides the line's columns ("PAUL E.
// KANJORSKI, Pennsylvania      SPENCER BACHUS, Alabama"), as
// block.ColumnGap tells them from a dotted leader's gap or a sentence's end.
func (b *htmlBuilder) preColumn() {
	if b.preGap >= 3 && !b.preCols && block.ColumnGap(string(b.buf)) {
		b.preCols = true
	}
	b.preGap = 0
}

// htmlLineEnds reports a line that ends a sentence or a clause.
func htmlLineEnds(buf []byte) bool {
	if len(buf) == 0 {
		return true
	}
	switch buf[len(buf)-1] {
	case '.', '!', '?', ':', ';', ',':
		return true
	}
	return false
}

// flush ends the current block.
func (b *htmlBuilder) flush() {
	b.space = false
	b.brPending = false
	b.newlines = 0
	if len(b.buf) == 0 {
		return
	}
	owner := b.owner
	if owner < 0 || int(owner) >= len(b.nodes) {
		owner = 0
	}
	n := &b.nodes[owner]
	text := string(b.buf)
	if n.flags&nfSpeakerClass != 0 && len(text) <= 80 && text[len(text)-1] != ':' && !htmlEndsSentence(text) {
		// a speaker's label the markup names as such, set without a
		// colon on a line of its own ("<h3 class="speaker">Governor
		// Jane Roe</h3>"): written as the label it is
		text += ":"
	}
	links := float64(b.linkBytes) / float64(len(text))
	if links > 1 {
		links = 1
	}
	b.blocks = append(b.blocks, block.Block{Text: text, Kind: n.kind, Links: links})
	bi := hblockInfo{owner: owner, linkBytes: int32(b.linkBytes), leadLink: int32(b.leadLink)}
	if n.flags&nfPre != 0 {
		bi.pre, bi.blank, bi.indent = true, b.preBlank, uint8(min(b.preIndent, 255))
		bi.columns = b.preCols
	}
	b.preBlank, b.preIndent, b.preGap, b.preCols = false, 0, 0, false
	bi.inlineJunk = 10*b.junkBytes >= 9*len(text)
	b.junkBytes = 0
	bi.words, bi.punct = htmlCountWords(text)
	b.info = append(b.info, bi)
	b.buf = b.buf[:0]
	b.linkBytes = 0
	b.owner = -1
}

// htmlCountWords counts the words of a text and its commas and sentence
// punctuation.
func htmlCountWords(s string) (words, punct int32) {
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			in = false
		case c == ',' || c == '.' || c == '?' || c == '!' || c == ';':
			punct++
		default:
			if !in {
				words++
				in = true
			}
			if c == 0xe3 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x81 || s[i+2] == 0x82) {
				punct++ // CJK comma and full stop
			}
		}
	}
	return words, punct
}

// htmlHiddenStyle reports an inline style that hides the element.
func htmlHiddenStyle(v []byte) bool {
	for i := 0; i+4 <= len(v); i++ {
		switch v[i] | 0x20 {
		case 'd':
			if htmlFoldPrefix(v[i:], "display") {
				j := htmlSkipCSSSep(v, i+7)
				if htmlFoldPrefix(v[j:], "none") {
					return true
				}
			}
		case 'v':
			if htmlFoldPrefix(v[i:], "visibility") {
				j := htmlSkipCSSSep(v, i+10)
				if htmlFoldPrefix(v[j:], "hidden") {
					return true
				}
			}
		}
	}
	return false
}

func htmlSkipCSSSep(v []byte, j int) int {
	for j < len(v) && (v[j] == ' ' || v[j] == ':' || v[j] == '\t') {
		j++
	}
	return j
}

func htmlFoldPrefix(v []byte, p string) bool {
	if len(v) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if v[i]|0x20 != p[i] {
			return false
		}
	}
	return true
}

// htmlRepeatsWords reports whether every word of s (runs of letters and
// digits; at least one) is among the words at the end of buf, the text of
// the block so far, in any order and case.
func htmlRepeatsWords(buf, s []byte) bool {
	const window = 160
	if len(buf) > window {
		buf = buf[len(buf)-window:]
	}
	found := false
	for w := range htmlWords(s) {
		seen := false
		for v := range htmlWords(buf) {
			if bytes.EqualFold(v, w) {
				seen = true
				break
			}
		}
		if !seen {
			return false
		}
		found = true
	}
	return found
}

// htmlWords yields the runs of letters and digits of s.
func htmlWords(s []byte) func(func([]byte) bool) {
	return func(yield func([]byte) bool) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRune(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
			j := i + n
			for j < len(s) {
				r, m := utf8.DecodeRune(s[j:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				j += m
			}
			if !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

// speakerLabel puts the label of the speaker an attribute named before the
// first text of its element, s, unless s names the speaker itself
// ("[Member Jane Roe]: Present."): a block "Jane Roe:" of its own.
func (b *htmlBuilder) speakerLabel(s []byte) {
	// an attribute's bytes, as the page wrote them: made valid UTF-8,
	// white space made single spaces, as a block's text is
	sp := bytes.Join(bytes.Fields(bytes.ToValidUTF8(b.speaker, []byte("\uFFFD"))), []byte(" "))
	b.speaker = nil
	if len(sp) == 0 {
		return
	}
	name := sp
	if i := bytes.IndexByte(name, '('); i > 0 {
		name = name[:i] // "Right Hon. Justin Trudeau (Prime Minister, Lib.)"
	}
	name = bytes.TrimSpace(name)
	last := name
	if i := bytes.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	head := s[:min(len(s), 120)]
	if len(last) > 1 && bytes.Contains(bytes.ToLower(head), bytes.ToLower(last)) {
		return
	}
	b.flush()
	b.owner = b.nodes[b.speakerNode].owner
	b.buf = append(append(b.buf, sp...), ':')
	b.flush()
}
