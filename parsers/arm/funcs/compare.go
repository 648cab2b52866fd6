package funcs

import (
	"github.com/moatscan/moat/parsers/arm/value"
)

// compareFuncs are the functions of Microsoft Learn's "Comparison
// functions for ARM templates".
var compareFuncs = map[string]Func{
	"coalesce":        {Min: 1, Max: -1, Lazy: true, Call: coalesce},
	"equals":          {Min: 2, Max: 2, Call: equals},
	"greater":         {Min: 2, Max: 2, Call: ordered("greater", func(c int) bool { return c > 0 })},
	"greaterOrEquals": {Min: 2, Max: 2, Call: ordered("greaterOrEquals", func(c int) bool { return c >= 0 })},
	"less":            {Min: 2, Max: 2, Call: ordered("less", func(c int) bool { return c < 0 })},
	"lessOrEquals":    {Min: 2, Max: 2, Call: ordered("lessOrEquals", func(c int) bool { return c <= 0 })},
}

// coalesce returns the first argument that is not null. An unknown
// before it makes the result unknown, unless it is a Scope unknown, which
// is never null.
func coalesce(c *Ctx, args []any) (any, error) {
	for _, a := range args {
		switch x := a.(type) {
		case nil:
			continue
		case *value.Unknown:
			if x.Scope {
				return x, nil
			}
			return plain(x), nil
		}
		return a, nil
	}
	return nil, nil
}

// equals compares deeply, strings case-sensitively.
func equals(c *Ctx, args []any) (any, error) {
	if u := unknownIn(args...); u != nil {
		return u, nil
	}
	return Equal(args[0], args[1]), nil
}

// ordered compares two integers or two strings; see compareStrings for
// the order of strings.
func ordered(fn string, test func(int) bool) func(*Ctx, []any) (any, error) {
	return func(c *Ctx, args []any) (any, error) {
		switch a := args[0].(type) {
		case int64, float64:
			if _, ok := number(args[1]); !ok {
				return nil, argErr(fn, 1, "a number like the first argument", args[1])
			}
			return test(compareNumbers(a, args[1])), nil
		case string:
			b, ok := args[1].(string)
			if !ok {
				return nil, argErr(fn, 1, "a string like the first argument", args[1])
			}
			return test(compareStrings(a, b)), nil
		}
		return nil, argErr(fn, 0, "an integer or a string", args[0])
	}
}
