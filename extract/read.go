package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// readInput returns the input's bytes, decompressed when gzip, bounded by
// max. It fails with ErrTooLarge, ErrGzip or ErrEmpty.
func readInput(in Input, max int64) ([]byte, error) {
	var data []byte
	switch {
	case in.Data != nil:
		data = in.Data
	case in.Reader != nil:
		b, err := io.ReadAll(io.LimitReader(in.Reader, max+1))
		if err != nil {
			return nil, fmt.Errorf("extract: reading %s: %w", in.Name, err)
		}
		data = b
	}
	if isGzip(data) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrGzip, err)
		}
		b, err := io.ReadAll(io.LimitReader(zr, max+1))
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
				return nil, fmt.Errorf("%w: %v", ErrGzip, err)
			}
			return nil, fmt.Errorf("%w: %v", ErrGzip, err)
		}
		data = b
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	return data, nil
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// looksBinary reports whether b is not text: NUL bytes, or many control
// characters, in its first 8 KiB.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v':
			ctl++
		}
	}
	if ctl*20 > len(b) {
		return true
	}
	// Much undecodable text is binary too: count invalid UTF-8 sequences
	// (none in valid UTF-8, the common case, checked at once).
	if utf8.Valid(b) {
		return false
	}
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			// a sequence cut by the 8 KiB window is not evidence
			if len(b)-i >= utf8.UTFMax {
				bad++
			}
		}
		i += n
	}
	return bad*10 > len(b) && !latin1Like(b)
}

// latin1Like reports whether b reads as a single-byte Western encoding:
// high bytes are mostly letters of windows-1252 between ASCII letters.
func latin1Like(b []byte) bool {
	high, good := 0, 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		if c >= 0xC0 || (c >= 0x80 && c <= 0x9F && cp1252[c-0x80] != 0) {
			prev := i > 0 && isASCIILetter(b[i-1])
			next := i+1 < len(b) && (isASCIILetter(b[i+1]) || b[i+1] == ' ')
			if prev || next {
				good++
			}
		}
	}
	return high > 0 && good*2 >= high
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// cp1252 maps windows-1252's bytes 0x80-0x9F to runes; 0 marks an unused byte.
var cp1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// decodeSingleByte converts windows-1252 (a superset of ISO-8859-1's
// printable range) to UTF-8.
func decodeSingleByte(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			out = append(out, c)
		case c < 0xA0 && cp1252[c-0x80] != 0:
			out = utf8.AppendRune(out, cp1252[c-0x80])
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

// repairUTF8 returns b with every invalid UTF-8 byte read as windows-1252,
// the commonest cause of stray bytes in scraped pages. Valid input is
// returned as is.
func repairUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			out = append(out, decodeSingleByte(b[i:i+1])...)
			i++
			continue
		}
		out = append(out, b[i:i+n]...)
		i += n
	}
	return out
}

// declaredCharset returns the charset an HTML page declares in its first
// 4 KiB (<meta charset=…> or http-equiv content type), lower-cased, or "".
func declaredCharset(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	if asciiBytes(b) {
		// the common case, read in place: lower-casing ASCII moves no
		// byte, so this is the search below without the copy
		i := indexCharset(b)
		if i < 0 {
			return ""
		}
		return strings.ToLower(string(charsetName(b[i+len("charset="):])))
	}
	// Other text is read in place too: no rune but ASCII's lower-cases
	// to a letter of "charset=" (only U+0130 and U+212A lower-case to
	// ASCII, "i" and "k"), so its first "charset=" in any case is the
	// first of a lower-cased copy, and the name after it is read rune by
	// rune, as lower-cased.
	i := indexCharset(b)
	if i < 0 {
		return ""
	}
	return lowerCharsetName(b[i+len("charset="):])
}

// lowerCharsetName returns string(charsetName(bytes.ToLower(s))) without
// lower-casing the rest of s.
func lowerCharsetName(s []byte) string {
	s = bytes.TrimLeft(s, `"' `) // (the lower case of no other rune)
	var buf [32]byte
	name := buf[:0]
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s) // (an invalid byte, lower-cased, is U+FFFD)
		c := unicode.ToLower(r)
		if c >= utf8.RuneSelf || !(isASCIILetter(byte(c)) || c >= '0' && c <= '9' || c == '-' || c == '_') {
			break
		}
		name = append(name, byte(c))
		s = s[n:]
	}
	return string(name)
}

// charsetName returns the name of a charset that opens s (after
// "charset="), quotes and spaces before it left out.
func charsetName(s []byte) []byte {
	s = bytes.TrimLeft(s, `"' `)
	end := 0
	for end < len(s) && (isASCIILetter(s[end]) || s[end] >= '0' && s[end] <= '9' || s[end] == '-' || s[end] == '_') {
		end++
	}
	return s[:end]
}

// indexCharset returns the index of the first "charset=" in ASCII b, in
// any case, or -1.
func indexCharset(b []byte) int {
	const key = "charset="
	for i := 0; i+len(key) <= len(b); i++ {
		if b[i]|0x20 != 'c' {
			continue
		}
		j := 1
		for j < len(key) && lowerASCII(b[i+j]) == key[j] {
			j++
		}
		if j == len(key) {
			return i
		}
	}
	return -1
}

// lowerASCII returns c lower-cased, if it is an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// asciiBytes reports whether b is ASCII.
func asciiBytes(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// toUTF8 converts a page in a declared legacy encoding to UTF-8 and repairs
// stray invalid bytes. It fails with ErrEncoding for an encoding the WHATWG
// encoding standard does not name, when the bytes are not valid UTF-8
// anyway.
func toUTF8(b []byte, html bool) ([]byte, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if html {
		switch cs := declaredCharset(b); cs {
		case "", "utf-8", "utf8", "us-ascii", "ascii":
		case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "iso-8859-15", "l1":
			if !utf8.Valid(b) {
				return decodeSingleByte(b), nil
			}
		default:
			if !utf8.Valid(b) {
				// any other encoding the WHATWG's encoding standard names
				// ("windows-1251", "shift_jis", "gbk", "koi8-r")
				enc, err := htmlindex.Get(cs)
				if err != nil {
					return nil, fmt.Errorf("%w: %s", ErrEncoding, cs)
				}
				out, err := enc.NewDecoder().Bytes(b)
				if err != nil {
					return nil, fmt.Errorf("%w: %s: %v", ErrEncoding, cs, err)
				}
				return repairText(repairUTF8(out)), nil
			}
		}
	}
	b = repairText(repairUTF8(b))
	if !html {
		b = fixEscapedQuotes(b)
	}
	return b, nil
}

// repairText undoes the misreadings of valid UTF-8 text (mojibake,
// character references written as text, literal "\n"), again until nothing
// changes: a repair may bring to light another one under it (text misread
// twice, "\u00c3\u0093\u201d" whose repair "\u00d3\u201d" is itself the
// misreading of "\u04d4"), and the text read must read the same when
// read again. Each pass that changes the text shortens it, and a misreading
// nested k deep needs text about 2^k times as long, so a few passes do.
func repairText(b []byte) []byte {
	for range 16 {
		next := fixLiteralSpace(fixCharRefs(fixMojibake(b)))
		if bytes.Equal(next, b) {
			return next
		}
		b = next
	}
	return b
}

// fixCharRefs decodes numeric character references that a scrape left in
// its text, whole ("G&#220;L", "&#x25cf;") or without their ampersand
// ("G#220;L", a reference half-escaped on its way through a converter):
// the name is "GÜL". A whole reference is decoded to any printable
// character from U+00A0 up; a bare "#" only right after a letter and to a
// letter from U+00C0 up, so "#1;" in a list or a hashtag stays as it is.
// Input without a candidate is returned as is.
func fixCharRefs(b []byte) []byte {
	if bytes.IndexByte(b, '#') < 0 {
		return b
	}
	var out []byte
	last := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '#' {
			// on to the next "#" at once (a page's markup is long)
			k := bytes.IndexByte(b[i:], '#')
			if k < 0 {
				break
			}
			i += k
		}
		amp := i > 0 && b[i-1] == '&'
		if !amp && (i == 0 || !asciiLetter(b[i-1])) {
			continue
		}
		j, base := i+1, 10
		if j < len(b) && (b[j] == 'x' || b[j] == 'X') {
			j, base = j+1, 16
		}
		v, k := 0, j
		for ; k < len(b) && k-j < 6; k++ {
			d := hexDigit(b[k])
			if d < 0 || d >= base {
				break
			}
			v = v*base + d
		}
		if k == j || k >= len(b) || b[k] != ';' || v > unicode.MaxRune || v >= 0xD800 && v <= 0xDFFF {
			continue
		}
		// whole, a reference to any printable character from U+00A0 up
		// ("&#x25cf;" is "●"); without its ampersand, to a letter only
		if amp && (v < 0xA0 || !unicode.IsPrint(rune(v))) || !amp && (v < 0xC0 || !unicode.IsLetter(rune(v))) {
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b))
		}
		from := i
		if amp {
			from--
		}
		out = append(out, b[last:from]...)
		out = utf8.AppendRune(out, rune(v))
		last = k + 1
		i = k
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// hexDigit returns the value of a hexadecimal digit, or -1.
func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return int(c|0x20-'a') + 10
	}
	return -1
}

// cp1252Byte returns the windows-1252 or ISO 8859-1 byte of r, if r has
// one above 0x7F.
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		// (U+0080-U+009F: the control characters a byte becomes when
		// the text was misread as ISO 8859-1 rather than windows-1252:
		// "\u00e2\u0080\u0093" for "\u2013")
		return byte(r), true
	}
	if r < 0x80 || r > 0x2122 {
		return 0, false // below and above every character of the table
	}
	for i, c := range cp1252 {
		if c == r && c != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// fixMojibake repairs text that was UTF-8, read once as windows-1252 (or
// ISO 8859-1) and written out again as UTF-8: "Sa\u00e2\u20ac\u2122ar" is "Sa\u2019ar",
// "\u00c3\u00a9" is "\u00e9". A run of such characters is replaced only
// when its bytes are valid UTF-8 that joins them into fewer characters, so
// text in Latin-1 languages is left as it is. Valid input without a
// candidate is returned as is.
func fixMojibake(b []byte) []byte {
	// a cheap test first: a lead byte of the misread forms (U+00C2-U+00F4
	// is written C3 82-C3 B4) must occur
	if !bytes.Contains(b, []byte{0xC3}) && !bytes.Contains(b, []byte{0xC2}) {
		return b
	}
	var out []byte
	last := 0 // bytes of b already copied to out
	var run []byte
	var ends []int // where each character of the run ends in b
	for i := 0; i < len(b); {
		// A run's lead, U+00C2-U+00F4, is written C3 82-C3 B4: the walk
		// goes on to the next C3 byte at once. No character before it is
		// a lead, and a C3 byte is never inside another character's
		// sequence (it is no continuation byte), so the walk a character
		// at a time would have stopped there too.
		k := bytes.IndexByte(b[i:], 0xC3)
		if k < 0 {
			break
		}
		i += k
		r, n := utf8.DecodeRune(b[i:])
		c, ok := cp1252Byte(r)
		if !ok || r < 0xC2 || r > 0xF4 {
			i += n
			continue
		}
		// a lead character: gather the run of windows-1252 characters
		// (not ASCII: no misread sequence goes on with one)
		run = append(run[:0], c)
		ends = append(ends[:0], i+n)
		j := i + n
		for j < len(b) && b[j] >= utf8.RuneSelf {
			r2, n2 := utf8.DecodeRune(b[j:])
			c2, ok2 := cp1252Byte(r2)
			if !ok2 {
				break
			}
			run = append(run, c2)
			j += n2
			ends = append(ends, j)
		}
		// each UTF-8 sequence the run's bytes form replaces the characters
		// it was misread as; a byte that forms none keeps its character,
		// so that a run broken by a stray byte is repaired as far as it
		// holds, as it would be once the stray byte is gone
		for p := 0; p < len(run); {
			r3, n3 := utf8.DecodeRune(run[p:])
			if r3 == utf8.RuneError || n3 < 2 {
				p++
				continue
			}
			if out == nil {
				out = make([]byte, 0, len(b))
			}
			from := i
			if p > 0 {
				from = ends[p-1]
			}
			out = append(out, b[last:from]...)
			out = append(out, run[p:p+n3]...)
			last = ends[p+n3-1]
			p += n3
		}
		i = j
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// fromUTF16 converts text that opens with a UTF-16 byte order mark to
// UTF-8; other input is returned as is.
func fromUTF16(b []byte) []byte {
	if len(b) < 2 {
		return b
	}
	var order func([]byte) uint16
	switch {
	case b[0] == 0xFF && b[1] == 0xFE:
		order = func(p []byte) uint16 { return uint16(p[0]) | uint16(p[1])<<8 }
	case b[0] == 0xFE && b[1] == 0xFF:
		order = func(p []byte) uint16 { return uint16(p[1]) | uint16(p[0])<<8 }
	default:
		return b
	}
	units := make([]uint16, 0, len(b)/2)
	ascii := 0
	for i := 2; i+1 < len(b); i += 2 {
		u := order(b[i : i+2])
		if u < 0x80 {
			ascii++
		}
		units = append(units, u)
	}
	// Text in UTF-16 is mostly code units below 0x80 in the languages this
	// package reads; two bytes that look like a byte order mark in front
	// of single-byte text are not one.
	if ascii*2 < len(units) {
		return b
	}
	out := make([]byte, 0, len(b))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out
}

// detectFormat guesses whether b is HTML: it begins with markup, or has
// enough common block tags in its first 64 KiB.
func detectFormat(b []byte) Format {
	head := b
	if len(head) > 65536 {
		head = head[:65536]
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	for _, p := range []string{"<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"} {
		if len(t) >= len(p) && bytes.EqualFold(t[:len(p)], []byte(p)) {
			return FormatHTML
		}
	}
	// Tags, and the lines that hold one: a page of HTML has a tag on a
	// good share of its lines, a text page that quotes some HTML (a
	// converted page's embedded video, a raw block) on few of them.
	tags, tagLines, lines := 0, 0, 0
	line, lastLine, counted := 0, -1, 0
	for i := 0; i < len(t); {
		j := bytes.IndexByte(t[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		if isBlockTag(t[i:]) {
			tags++
			line += bytes.Count(t[counted:i], []byte{'\n'})
			counted = i
			if line != lastLine {
				tagLines++
				lastLine = line
			}
		}
	}
	if tags == 0 {
		return FormatText
	}
	if t[0] == '<' {
		return FormatHTML
	}
	if n := frontMatterEnd(t); n > 0 {
		// a converted page's YAML front matter over Markdown, whatever
		// HTML it carries inline ("<br>" in a table), or over HTML, when
		// its paragraphs open with tags
		if k := tagOpenedLines(t[n:]); k >= 3 && k*5 >= nonBlankLines(t[n:]) {
			return FormatHTML
		}
		return FormatText
	}
	for rest := t; len(rest) > 0; {
		l := rest
		if k := bytes.IndexByte(rest, '\n'); k >= 0 {
			l, rest = rest[:k], rest[k+1:]
		} else {
			rest = nil
		}
		if len(bytes.TrimSpace(l)) > 0 {
			lines++
		}
	}
	if tags >= 3 && tagLines*10 >= lines {
		return FormatHTML
	}
	return FormatText
}

// htmlTagNames are the tags whose presence marks a text as HTML.
var htmlTagNames = []string{"p", "div", "br", "span", "a", "li", "h1", "h2", "h3", "table", "article", "section", "blockquote", "strong", "b", "em"}

// isBlockTag reports whether b, just after a '<', opens or closes one of
// htmlTagNames: "p>", "p ", "/div>", "a href".
func isBlockTag(b []byte) bool {
	if len(b) > 0 && b[0] == '/' {
		b = b[1:]
	}
	return tagNamed(b, htmlTagNames)
}

// tagNamed reports whether b, just after a '<', is one of the tags names.
func tagNamed(b []byte, names []string) bool {
	for _, n := range names {
		if len(b) > len(n) && bytes.EqualFold(b[:len(n)], []byte(n)) {
			switch b[len(n)] {
			case '>', ' ', '/', '\t', '\n':
				return true
			}
		}
	}
	return false
}

// frontMatterEnd returns the length of the YAML front matter that opens b
// ("---" lines around "key: value" lines), or 0.
func frontMatterEnd(b []byte) int {
	if !bytes.HasPrefix(b, []byte("---\n")) && !bytes.HasPrefix(b, []byte("---\r\n")) {
		return 0
	}
	head := string(b[:min(len(b), 16384)])
	lines := splitLines(head)
	n := frontMatter(lines)
	if n == 0 {
		return 0
	}
	end := 0
	for _, l := range lines[:n] {
		end += len(l)
		if end < len(head) && head[end] == '\r' {
			end++
		}
		if end < len(head) && head[end] == '\n' {
			end++
		}
	}
	return end
}

// paragraphTags open the paragraphs of a page written in HTML ("<br>"
// and inline tags do not: Markdown carries them too).
var paragraphTags = []string{"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "ol", "table", "tr", "blockquote", "section", "article"}

// tagOpenedLines counts the lines of b that open with a paragraph's tag.
func tagOpenedLines(b []byte) int {
	n := 0
	for _, l := range bytes.Split(b, []byte("\n")) {
		if l = bytes.TrimSpace(l); len(l) > 1 && l[0] == '<' && tagNamed(l[1:], paragraphTags) {
			n++
		}
	}
	return n
}

// nonBlankLines counts the lines of b that hold more than white space.
func nonBlankLines(b []byte) int {
	n := 0
	for _, l := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			n++
		}
	}
	return n
}

// timeElements returns the datetime of the first HTML time element near
// the top of a text page that a conversion left in it ('<time
// datetime="2024-11-22T12:00:00Z">November 22, 2024</time>' under
// "Publish Date"), as the HTML reader reads a page's time element.
func timeElements(data []byte) []string {
	head := data[:min(len(data), 4096)]
	k := bytes.Index(head, []byte("<time datetime=\""))
	if k < 0 {
		return nil
	}
	v := head[k+len("<time datetime=\""):]
	e := bytes.IndexByte(v, '"')
	if e < 10 || e > 40 {
		return nil
	}
	return []string{string(v[:e])}
}
