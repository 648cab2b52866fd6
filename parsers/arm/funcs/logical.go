package funcs

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// logicalFuncs are the functions of Microsoft Learn's "Logical functions
// for ARM templates" (if is the evaluator's).
var logicalFuncs = map[string]Func{
	"and":   {Min: 2, Max: -1, Lazy: true, Call: andOr("and", false)},
	"or":    {Min: 2, Max: -1, Lazy: true, Call: andOr("or", true)},
	"not":   {Min: 1, Max: 1, Call: not},
	"bool":  {Min: 1, Max: 1, Call: boolFn},
	"true":  {Min: 0, Max: 0, Call: func(*Ctx, []any) (any, error) { return true, nil }},
	"false": {Min: 0, Max: 0, Call: func(*Ctx, []any) (any, error) { return false, nil }},
}

// andOr returns and (decisive false) or or (decisive true): a decisive
// argument decides even when others are unknown; otherwise an unknown
// makes the result unknown.
func andOr(fn string, decisive bool) func(*Ctx, []any) (any, error) {
	return func(c *Ctx, args []any) (any, error) {
		var unknown *value.Unknown
		for i, a := range args {
			switch x := a.(type) {
			case bool:
				if x == decisive {
					return decisive, nil
				}
			case *value.Unknown:
				if unknown == nil {
					unknown = x
				}
			default:
				return nil, argErr(fn, i, "a bool", a)
			}
		}
		if unknown != nil {
			return plain(unknown), nil
		}
		return !decisive, nil
	}
}

func not(c *Ctx, args []any) (any, error) {
	b, err := boolArg("not", args, 0)
	if err != nil {
		return nil, err
	}
	return !b, nil
}

// boolFn converts "true" and "false" (any case) and integers (zero is
// false) to a bool.
func boolFn(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case bool:
		return x, nil
	case int64:
		return x != 0, nil
	case string:
		switch strings.ToLower(strings.TrimSpace(x)) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("bool: %q is neither true nor false", truncate(x))
	}
	return nil, argErr("bool", 0, "a string, an integer or a bool", args[0])
}
