package chrome

import (
	"unicode"
	"unicode/utf8"
)

// This file reads a line's white-space separated words (strings.Fields's)
// without allocating: the rules ask it of short lines again and again, and
// need the words only while they judge the line, so they count them or
// keep them in a buffer on their stack.

// fieldsUpTo counts the white-space separated words of s, stopping at max.
func fieldsUpTo(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
			continue
		}
		if !in {
			n++
			if n >= max {
				return n
			}
			in = true
		}
	}
	return n
}

// appendFields appends the white-space separated words of s to dst, as
// strings.Fields gives them, but no more than max of them. With dst a
// buffer on the caller's stack that holds them all, nothing is allocated.
func appendFields(dst []string, s string, max int) []string {
	start, words := -1, 0
	for i := 0; i < len(s); {
		var space bool
		n := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space && start >= 0 {
			dst = append(dst, s[start:i])
			start = -1
		} else if !space && start < 0 {
			if words == max {
				return dst
			}
			start = i
			words++
		}
		i += n
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// asciiSpace tells the ASCII bytes strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
