package extract

import (
	"bytes"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fixMojibakeRef and fixCharRefsRef are fixMojibake and fixCharRefs as
// they were before they skipped to the next C3 byte and the next "#" with
// bytes.IndexByte: a byte or a character at a time over the whole text.
func fixMojibakeRef(b []byte) []byte {
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
		if b[i] < utf8.RuneSelf {
			i++ // ASCII is never part of a misread run's lead
			continue
		}
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

func fixCharRefsRef(b []byte) []byte {
	if bytes.IndexByte(b, '#') < 0 {
		return b
	}
	var out []byte
	last := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '#' {
			continue
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

// fixLiteralSpaceRef is fixLiteralSpace as it was before it copied the
// bytes between backslashes at once: a byte at a time.
func fixLiteralSpaceRef(b []byte) []byte {
	if bytes.IndexByte(b, '\\') < 0 {
		return b
	}
	if bytes.Count(b, []byte(`\n`))+bytes.Count(b, []byte(`\t`)) < minLiteralSpaces {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] == '\\' {
			if i > 0 && b[i-1] == '\\' {
				// "\\n" is an escaped backslash before an "n"
				out = append(out, b[i])
				i++
				continue
			}
			matched := false
			for _, e := range literalSpaces {
				if bytes.HasPrefix(b[i:], e) {
					out = append(out, ' ')
					i += len(e)
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		out = append(out, b[i])
		i++
	}
	return out
}

// FuzzRepairSkips holds fixMojibake, fixCharRefs and fixLiteralSpace
// equal to their readings a character or a byte at a time, on any bytes,
// valid UTF-8 or not.
func FuzzRepairSkips(f *testing.F) {
	for _, s := range []string{"", "Sa\u00e2\u20ac\u2122ar", "caf\u00c3\u00a9 #x &#233; G&#220;L G#220;L", "\xc3\xc3\xa9\xe2\xc3", "\u00c3\u0093\u201d", "a#b&#x25cf;#", "\xff\xc2\xa0\xc3", `a\n\tb\\n\n c\u00a0d\xa0\r\u200b\`, `\n\n\n\\\`, `x\ny\tz\n\u202f\u2019`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := fixMojibake(b), fixMojibakeRef(b); !bytes.Equal(got, want) {
			t.Fatalf("fixMojibake(%q) = %q, want %q", b, got, want)
		}
		if got, want := fixCharRefs(b), fixCharRefsRef(b); !bytes.Equal(got, want) {
			t.Fatalf("fixCharRefs(%q) = %q, want %q", b, got, want)
		}
		if got, want := fixLiteralSpace(b), fixLiteralSpaceRef(b); !bytes.Equal(got, want) {
			t.Fatalf("fixLiteralSpace(%q) = %q, want %q", b, got, want)
		}
	})
}
