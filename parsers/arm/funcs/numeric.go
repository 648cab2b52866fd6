package funcs

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// numericFuncs are the functions of Microsoft Learn's "Numeric functions
// for ARM templates" (copyIndex is the evaluator's). Arithmetic is on
// 64-bit integers: overflow and division by zero are errors.
var numericFuncs = map[string]Func{
	"add":   {Min: 2, Max: 2, Call: arith("add", addOp)},
	"sub":   {Min: 2, Max: 2, Call: arith("sub", subOp)},
	"mul":   {Min: 2, Max: 2, Call: arith("mul", mulOp)},
	"div":   {Min: 2, Max: 2, Call: arith("div", divOp)},
	"mod":   {Min: 2, Max: 2, Call: arith("mod", modOp)},
	"int":   {Min: 1, Max: 1, Call: intFn},
	"float": {Min: 1, Max: 1, Call: floatFn},
	"min":   {Min: 1, Max: -1, Call: extreme("min", -1)},
	"max":   {Min: 1, Max: -1, Call: extreme("max", 1)},
}

// arith returns a function of two integers.
func arith(fn string, op func(a, b int64) (int64, string)) func(*Ctx, []any) (any, error) {
	return func(c *Ctx, args []any) (any, error) {
		a, err := intArg(fn, args, 0)
		if err != nil {
			return nil, err
		}
		b, err := intArg(fn, args, 1)
		if err != nil {
			return nil, err
		}
		r, problem := op(a, b)
		if problem != "" {
			return nil, fmt.Errorf("%s: %s (%d and %d)", fn, problem, a, b)
		}
		return r, nil
	}
}

const overflow = "the result does not fit in a 64-bit integer"

func addOp(a, b int64) (int64, string) {
	if s, ok := addInt(a, b); ok {
		return s, ""
	}
	return 0, overflow
}

func subOp(a, b int64) (int64, string) {
	if b == math.MinInt64 {
		if a >= 0 {
			return 0, overflow
		}
		return a - b, ""
	}
	return addOp(a, -b)
}

func mulOp(a, b int64) (int64, string) {
	if a == 0 || b == 0 {
		return 0, ""
	}
	r := a * b
	if r/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, overflow
	}
	return r, ""
}

func divOp(a, b int64) (int64, string) {
	switch {
	case b == 0:
		return 0, "division by zero"
	case a == math.MinInt64 && b == -1:
		return 0, overflow
	}
	return a / b, ""
}

func modOp(a, b int64) (int64, string) {
	switch b {
	case 0:
		return 0, "division by zero"
	case -1:
		return 0, ""
	}
	return a % b, ""
}

// intFn converts a string (decimal, white space around it allowed) or a
// number (rounded half to even, as .NET's Convert does) to an integer.
func intFn(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case int64:
		return x, nil
	case float64:
		r := math.RoundToEven(x)
		if r < math.MinInt64 || r >= math.MaxInt64 || math.IsNaN(r) {
			return nil, fmt.Errorf("int: %s does not fit in a 64-bit integer", dotnetDouble(x))
		}
		return int64(r), nil
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("int: %q is not an integer", truncate(x))
		}
		return n, nil
	}
	return nil, argErr("int", 0, "a string or a number", args[0])
}

// floatFn converts a string or an integer to a floating point number.
func floatFn(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case int64:
		return float64(x), nil
	case float64:
		return x, nil
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, fmt.Errorf("float: %q is not a number", truncate(x))
		}
		return f, nil
	}
	return nil, argErr("float", 0, "a string or a number", args[0])
}

// extreme returns min (sign -1) or max (sign 1) of numbers given as
// arguments or as one array.
func extreme(fn string, sign int) func(*Ctx, []any) (any, error) {
	return func(c *Ctx, args []any) (any, error) {
		nums := args
		if a, ok := args[0].([]any); ok && len(args) == 1 {
			nums = a
		}
		if len(nums) == 0 {
			return nil, fmt.Errorf("%s: the array is empty", fn)
		}
		var best any
		for i, v := range nums {
			if u, ok := v.(*value.Unknown); ok {
				return plain(u), nil
			}
			if _, ok := number(v); !ok {
				return nil, fmt.Errorf("%s: value %d must be a number, got %s", fn, i+1, value.TypeName(v))
			}
			if best == nil || compareNumbers(v, best) == sign {
				best = v
			}
		}
		return best, nil
	}
}
