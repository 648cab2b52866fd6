package funcs

import (
	"fmt"
	"strconv"

	"github.com/moatscan/moat/parsers/arm/value"
)

// collectionFuncs work on arrays, objects and strings alike (Microsoft
// Learn lists them under arrays, objects and strings).
var collectionFuncs = map[string]Func{
	"contains":        {Min: 2, Max: 2, Call: contains},
	"empty":           {Min: 1, Max: 1, Call: empty},
	"length":          {Min: 1, Max: 1, Call: length},
	"indexOf":         {Min: 2, Max: 2, Call: indexOf},
	"lastIndexOf":     {Min: 2, Max: 2, Call: lastIndexOf},
	"intersection":    {Min: 2, Max: -1, Call: intersection},
	"union":           {Min: 2, Max: -1, Call: union},
	"tryGet":          {Min: 2, Max: -1, Call: tryGet},
	"indexFromEnd":    {Min: 2, Max: 2, Call: indexFromEnd},
	"tryIndexFromEnd": {Min: 2, Max: 2, Call: tryIndexFromEnd},
}

// contains finds an element of an array (by equality), a key of an object
// (case-insensitively) or a substring (case-sensitively).
func contains(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case []any:
		if u := unknownIn(x, args[1]); u != nil {
			return u, nil
		}
		return containsValue(x, args[1]), nil
	case *value.Object:
		key, err := scalarText("contains", args, 1)
		if err != nil {
			return nil, err
		}
		_, ok := x.Get(key)
		return ok, nil
	case string:
		sub, err := scalarText("contains", args, 1)
		if err != nil {
			return nil, err
		}
		return indexUnits(units(x), units(sub), false) >= 0, nil
	}
	return nil, argErr("contains", 0, "an array, an object or a string", args[0])
}

// scalarText reads a string argument, taking an integer as its decimal
// text.
func scalarText(fn string, args []any, i int) (string, error) {
	switch x := args[i].(type) {
	case string:
		return x, nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	}
	return "", argErr(fn, i, "a string or an integer", args[i])
}

// empty reports whether an array, object or string has no content; null
// is empty.
func empty(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case nil:
		return true, nil
	case []any:
		return len(x) == 0, nil
	case *value.Object:
		return x.Len() == 0, nil
	case string:
		return x == "", nil
	}
	return nil, argErr("empty", 0, "an array, an object, a string or null", args[0])
}

// length counts array elements, object keys or string characters.
func length(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case []any:
		return int64(len(x)), nil
	case *value.Object:
		return int64(x.Len()), nil
	case string:
		return int64(unitLen(x)), nil
	}
	return nil, argErr("length", 0, "an array, an object or a string", args[0])
}

// indexOf finds the first position of an element in an array (by
// equality, case-sensitive) or of a substring (case-insensitive).
func indexOf(c *Ctx, args []any) (any, error) {
	return position(c, "indexOf", args, false)
}

// lastIndexOf finds the last position, like indexOf.
func lastIndexOf(c *Ctx, args []any) (any, error) {
	return position(c, "lastIndexOf", args, true)
}

func position(c *Ctx, fn string, args []any, fromEnd bool) (any, error) {
	switch x := args[0].(type) {
	case []any:
		if u := unknownIn(x, args[1]); u != nil {
			return u, nil
		}
		for k := range x {
			i := k
			if fromEnd {
				i = len(x) - 1 - k
			}
			if Equal(x[i], args[1]) {
				return int64(i), nil
			}
		}
		return int64(-1), nil
	case string:
		sub, err := strArg(fn, args, 1)
		if err != nil {
			return nil, err
		}
		if fromEnd {
			return int64(lastIndexUnits(units(x), units(sub), true)), nil
		}
		return int64(indexUnits(units(x), units(sub), true)), nil
	}
	return nil, argErr(fn, 0, "an array or a string", args[0])
}

// tryGet follows keys (into objects) and indexes (into arrays) and
// returns null where one is missing.
func tryGet(c *Ctx, args []any) (any, error) {
	v := args[0]
	for i, key := range args[1:] {
		switch x := v.(type) {
		case nil:
			return nil, nil
		case *value.Unknown:
			return plain(x), nil
		case *value.Object:
			k, ok := key.(string)
			if !ok {
				return nil, nil
			}
			v, _ = x.Get(k)
		case []any:
			n, ok := key.(int64)
			if !ok || n < 0 || n >= int64(len(x)) {
				return nil, nil
			}
			v = x[n]
		default:
			if i == 0 {
				return nil, argErr("tryGet", 0, "an object, an array or null", args[0])
			}
			return nil, nil
		}
	}
	return v, nil
}

// indexFromEnd returns the element n from the end (1 is the last).
func indexFromEnd(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("indexFromEnd", args, 0)
	if err != nil {
		return nil, err
	}
	n, err := intArg("indexFromEnd", args, 1)
	if err != nil {
		return nil, err
	}
	if n < 1 || n > int64(len(a)) {
		return nil, fmt.Errorf("indexFromEnd: index %d from the end is outside the array of length %d", n, len(a))
	}
	return a[int64(len(a))-n], nil
}

// tryIndexFromEnd is indexFromEnd that returns null instead of failing.
func tryIndexFromEnd(c *Ctx, args []any) (any, error) {
	a, ok := args[0].([]any)
	n, isInt := args[1].(int64)
	if !ok || !isInt || n < 1 || n > int64(len(a)) {
		return nil, nil
	}
	return a[int64(len(a))-n], nil
}
