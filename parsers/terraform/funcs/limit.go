package funcs

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Limits on what one function call may take or produce. Terraform has none
// beyond range's 1024 elements; a scanner reading untrusted configuration
// needs them so that a short expression cannot exhaust memory or time.
const (
	maxElements = 1_000_000 // collection elements in one value, nested ones included
	maxBytes    = 64 << 20  // bytes of text in one value (strings, keys, numbers as decimals)
	maxWidth    = 10_000    // width or precision of one format verb
	maxDepth    = 10_000    // nesting of a decoded JSON or YAML document
	maxDigits   = 100_000   // decimal digits of one number written out as text
	// maxStructural bounds the elements of one tuple or object: converting
	// one to a list or map takes time quadratic in its length in go-cty
	// (it orders the element types pairwise), 30,000 elements take seconds.
	maxStructural = 10_000
)

// guard wraps f so that pre, when given, can refuse the arguments before f
// works on them (in the type check, which runs first and which for some
// functions, like jsondecode, already parses its argument), and so that a
// result beyond the limits is an error. The wrapper's
// parameters let everything through (unknown, null, dynamic, marked) so that
// f itself decides, exactly as it would unwrapped.
func guard(f function.Function, pre func(args []cty.Value) error) function.Function {
	params := f.Params()
	for i := range params {
		params[i] = permissive(params[i])
	}
	var varParam *function.Parameter
	if vp := f.VarParam(); vp != nil {
		p := permissive(*vp)
		varParam = &p
	}
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      params,
		VarParam:    varParam,
		Type: func(args []cty.Value) (cty.Type, error) {
			if pre != nil {
				if err := pre(args); err != nil {
					return cty.NilType, err
				}
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, err := f.Call(args)
			if err != nil {
				return cty.NilVal, err
			}
			if err := measure(v).err("result"); err != nil {
				return cty.NilVal, err
			}
			return v, nil
		},
	})
}

func permissive(p function.Parameter) function.Parameter {
	p.AllowNull = true
	p.AllowUnknown = true
	p.AllowDynamicType = true
	p.AllowMarked = true
	return p
}

// size counts the elements and bytes of values; it stops counting once a
// limit is passed, so measuring costs at most the limits, never the value.
type size struct {
	elems, bytes int64
	digits       int64 // of the longest number
	widest       int64 // elements of the longest tuple or object
}

func measure(vs ...cty.Value) size {
	var s size
	for _, v := range vs {
		if !s.add(v) {
			break
		}
	}
	return s
}

func (s size) ok() bool {
	return s.elems <= maxElements && s.bytes <= maxBytes && s.digits <= maxDigits &&
		s.widest <= maxStructural
}

func (s size) err(what string) error {
	switch {
	case s.elems > maxElements:
		return fmt.Errorf("%s would exceed the limit of %d elements", what, maxElements)
	case s.bytes > maxBytes:
		return fmt.Errorf("%s would exceed the limit of %d bytes", what, maxBytes)
	case s.digits > maxDigits:
		return fmt.Errorf("%s holds a number too large to write out in under %d digits", what, maxDigits)
	case s.widest > maxStructural:
		return fmt.Errorf("%s holds a tuple or object of more than %d elements; use a list or a map", what, maxStructural)
	}
	return nil
}

func (s *size) add(v cty.Value) bool {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() {
		return s.ok()
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		s.bytes += int64(len(v.AsString()))
	case ty == cty.Number:
		n := decimalLen(v.AsBigFloat())
		s.bytes += n
		s.digits = max(s.digits, n)
	case ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType():
		keyed := ty.IsMapType() || ty.IsObjectType()
		if ty.IsTupleType() || ty.IsObjectType() {
			s.widest = max(s.widest, int64(v.LengthInt()))
		}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			s.elems++
			if keyed {
				s.bytes += int64(len(k.AsString()))
			}
			if !s.ok() || !s.add(e) {
				return false
			}
		}
	}
	return s.ok()
}

// decimalLen estimates the length of a number written out in decimal
// without an exponent, which is how cty converts numbers to strings; the
// conversion takes more than linear time, so long numbers are refused
// before any function writes them out.
func decimalLen(f *big.Float) int64 {
	if f.IsInf() {
		return 4
	}
	exp := int64(f.MantExp(nil))
	if exp < 0 {
		exp = -exp
	}
	return exp*3/10 + 8
}

// checkArgs refuses arguments that together pass the limits, for functions
// whose result grows with the sum of their arguments (concat, merge,
// jsonencode of a tuple repeating one large value).
func checkArgs(args []cty.Value) error {
	return measure(args...).err("arguments")
}

// checkProduct refuses a setproduct whose result would pass the limits.
func checkProduct(args []cty.Value) error {
	total := int64(1)
	for _, a := range args {
		a, _ = a.Unmark()
		if !a.IsKnown() || a.IsNull() || !a.CanIterateElements() {
			return nil
		}
		total *= int64(a.LengthInt())
		if total > maxElements {
			return fmt.Errorf("result would exceed the limit of %d elements", maxElements)
		}
	}
	s := size{elems: total * int64(len(args)+1)}
	return s.err("result")
}

// checkIndent refuses a negative indent and one whose result is too large.
func checkIndent(args []cty.Value) error {
	n, ok := knownInt(args[0])
	if !ok {
		return nil
	}
	if n < 0 {
		return function.NewArgErrorf(0, "number of spaces must not be negative")
	}
	s, ok := knownString(args[1])
	if !ok {
		return nil
	}
	// go-cty builds the padding once, then inserts it after each newline.
	lines := int64(strings.Count(s, "\n"))
	total := size{bytes: int64(len(s)) + (lines+1)*n}
	return total.err("result")
}

// checkJoin refuses a join whose separators alone pass the limits.
func checkJoin(args []cty.Value) error {
	total := measure(args[1:]...)
	if sep, ok := knownString(args[0]); ok {
		total.bytes += int64(len(sep)) * total.elems
	}
	return total.err("result")
}

// checkSubnet refuses negative prefix extensions and network numbers,
// which the CIDR library does not expect.
func checkSubnet(args []cty.Value) error {
	for i := 1; i < len(args); i++ {
		if n, ok := knownInt(args[i]); ok && n < 0 {
			return function.NewArgErrorf(i, "must not be negative")
		}
	}
	return nil
}

// checkJSONDepth refuses JSON nested deeper than maxDepth before the
// recursive decoder sees it.
func checkJSONDepth(args []cty.Value) error {
	s, ok := knownString(args[0])
	if !ok {
		return nil
	}
	if nestingDepth(s) > maxDepth {
		return function.NewArgErrorf(0, "JSON is nested deeper than %d levels", maxDepth)
	}
	return nil
}

// nestingDepth is the deepest nesting of brackets and braces outside JSON
// strings.
func nestingDepth(s string) int {
	depth, deepest := 0, 0
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
		case inString:
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			deepest = max(deepest, depth)
		case c == ']' || c == '}':
			depth--
		}
	}
	return deepest
}
