package funcs

import (
	"cmp"
	"unicode"

	"github.com/moatscan/moat/parsers/arm/value"
)

// Equal reports whether a and b are equal as ARM's equals() decides:
// strings case-sensitively, numbers by value (an int equals the same
// whole float), arrays element by element and objects key by key, keys
// matched case-insensitively. Unknowns and lambdas equal nothing.
func Equal(a, b any) bool {
	return equal(a, b, 0)
}

func equal(a, b any, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case int64, float64:
		fx, _ := number(a)
		fy, ok := number(b)
		return ok && fx == fy
	case []any:
		return equalArrays(x, b, depth)
	case *value.Object:
		return equalObjects(x, b, depth)
	}
	return false
}

func equalArrays(x []any, b any, depth int) bool {
	y, ok := b.([]any)
	if !ok || len(x) != len(y) {
		return false
	}
	for i := range x {
		if !equal(x[i], y[i], depth+1) {
			return false
		}
	}
	return true
}

func equalObjects(x *value.Object, b any, depth int) bool {
	y, ok := b.(*value.Object)
	if !ok || x.Len() != y.Len() {
		return false
	}
	for _, k := range x.Keys() {
		xv, _ := x.Get(k)
		yv, ok := y.Get(k)
		if !ok || !equal(xv, yv, depth+1) {
			return false
		}
	}
	return true
}

// number returns an int or float as a float64 for comparisons.
func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

// compareNumbers orders two numbers; ints compare exactly.
func compareNumbers(a, b any) int {
	if x, ok := a.(int64); ok {
		if y, ok := b.(int64); ok {
			return cmp.Compare(x, y)
		}
	}
	fa, _ := number(a)
	fb, _ := number(b)
	return cmp.Compare(fa, fb)
}

// compareStrings orders strings the way a culture-aware comparison does
// for the common cases: letters compare without case first, and only
// when the strings are otherwise equal does a lower-case letter sort
// before its upper-case form ("a" < "A" < "b"). It is not a full Unicode
// collation: other characters compare by code point.
func compareStrings(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		if c := cmp.Compare(unicode.ToLower(ra[i]), unicode.ToLower(rb[i])); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(len(ra), len(rb)); c != 0 {
		return c
	}
	for i := range ra {
		if ra[i] != rb[i] {
			if unicode.IsLower(ra[i]) {
				return -1
			}
			return 1
		}
	}
	return 0
}
