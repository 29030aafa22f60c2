// This file holds the key site profiles compare blocks by and blockHash,
// its 64-bit FNV-1a hash computed without allocating.

package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key is the key profiles compare blocks by: case folded (white space
// is normal already).
func Key(s string) string { return strings.ToLower(s) }

// blockHash is a 64-bit FNV-1a hash of Key(s), computed without
// allocating. Classify has it from readBlock, which computes it while it
// lower-cases the block; this is its definition, which the tests hold
// readBlock to.
func blockHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != 0 {
				h ^= uint64(c)
				h *= fnvPrime
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		h = hashRune(h, unicode.ToLower(r))
	}
	return h
}

// The parameters of 64-bit FNV-1a.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashRune adds a rune that is not ASCII to blockHash's hash h: its
// value's bytes, low byte first.
func hashRune(h uint64, r rune) uint64 {
	for r > 0 {
		h ^= uint64(r & 0xFF)
		h *= fnvPrime
		r >>= 8
	}
	return h
}
