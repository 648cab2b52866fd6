package funcs

import (
	"fmt"
	"math"

	"github.com/moatscan/moat/parsers/arm/value"
)

// maxDepth bounds the nesting that recursive walks (JSON, equality, deep
// merge) follow, so that values built by deep recursion cannot exhaust
// the stack.
const maxDepth = 10_000

// argErr says that argument i (0-based) of fn has the wrong type.
func argErr(fn string, i int, want string, got any) error {
	return fmt.Errorf("%s: argument %d must be %s, got %s", fn, i+1, want, value.TypeName(got))
}

func strArg(fn string, args []any, i int) (string, error) {
	s, ok := args[i].(string)
	if !ok {
		return "", argErr(fn, i, "a string", args[i])
	}
	return s, nil
}

// intArg reads an integer argument; a float that is a whole number is
// accepted, as ARM reads JSON numbers.
func intArg(fn string, args []any, i int) (int64, error) {
	switch n := args[i].(type) {
	case int64:
		return n, nil
	case float64:
		if n == math.Trunc(n) && n >= math.MinInt64 && n < math.MaxInt64 {
			return int64(n), nil
		}
	}
	return 0, argErr(fn, i, "an integer", args[i])
}

func arrayArg(fn string, args []any, i int) ([]any, error) {
	a, ok := args[i].([]any)
	if !ok {
		return nil, argErr(fn, i, "an array", args[i])
	}
	return a, nil
}

func objectArg(fn string, args []any, i int) (*value.Object, error) {
	o, ok := args[i].(*value.Object)
	if !ok || o == nil {
		return nil, argErr(fn, i, "an object", args[i])
	}
	return o, nil
}

func boolArg(fn string, args []any, i int) (bool, error) {
	b, ok := args[i].(bool)
	if !ok {
		return false, argErr(fn, i, "a bool", args[i])
	}
	return b, nil
}

// unknownIn returns a plain unknown for a result that depends on the
// content of vs when one of them holds an unknown, else nil.
func unknownIn(vs ...any) *value.Unknown {
	for _, v := range vs {
		if u := value.FirstUnknown(v); u != nil {
			return &value.Unknown{Reason: u.Reason}
		}
	}
	return nil
}

// firstUnknown returns the first top-level unknown among args, else nil.
func firstUnknown(args []any) *value.Unknown {
	for _, a := range args {
		if u, ok := a.(*value.Unknown); ok {
			return u
		}
	}
	return nil
}

// plain returns an unknown with u's reason that stands for a value
// computed from u: no Text (the caller writes the call), not Scope.
func plain(u *value.Unknown) *value.Unknown {
	return &value.Unknown{Reason: u.Reason}
}

// addInt adds without overflow; ok is false when the sum overflows.
func addInt(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// text returns s as fn's result after taking its bytes from the budget.
func text(c *Ctx, fn, s string) (any, error) {
	if err := c.take(fn, int64(len(s))); err != nil {
		return nil, err
	}
	return s, nil
}
