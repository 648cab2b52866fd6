package funcs

import (
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// ARM strings are .NET strings: lengths, indexes and single characters
// count UTF-16 code units. The helpers here work on that representation;
// for text in the Basic Multilingual Plane a code unit is a code point.

// units returns s as UTF-16 code units.
func units(s string) []uint16 {
	return utf16.Encode([]rune(s))
}

// fromUnits returns the string of UTF-16 code units u; a lone surrogate
// becomes U+FFFD.
func fromUnits(u []uint16) string {
	return string(utf16.Decode(u))
}

// unitLen returns the length of s in UTF-16 code units.
func unitLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 && r <= utf8.MaxRune {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// foldUnit maps a code unit to upper case, as ordinal case-insensitive
// comparison does; surrogates are left alone.
func foldUnit(u uint16) uint16 {
	if utf16.IsSurrogate(rune(u)) {
		return u
	}
	r := unicode.ToUpper(rune(u))
	if r > 0xFFFF {
		return u
	}
	return uint16(r)
}

// indexUnits returns the first index of sub in s at or after from, or -1;
// fold compares case-insensitively.
func indexUnits(s, sub []uint16, fold bool) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if matchAt(s, sub, i, fold) {
			return i
		}
	}
	return -1
}

// lastIndexUnits returns the last index of sub in s, or -1.
func lastIndexUnits(s, sub []uint16, fold bool) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if matchAt(s, sub, i, fold) {
			return i
		}
	}
	return -1
}

func matchAt(s, sub []uint16, i int, fold bool) bool {
	for j, u := range sub {
		a := s[i+j]
		if a == u || (fold && foldUnit(a) == foldUnit(u)) {
			continue
		}
		return false
	}
	return true
}
