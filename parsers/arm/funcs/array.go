package funcs

import (
	"fmt"
	"math"

	"github.com/moatscan/moat/parsers/arm/value"
)

// arrayFuncs are the array functions of Microsoft Learn's "Array
// functions for ARM templates" that build arrays; see also collection.go
// for those shared with strings and objects.
var arrayFuncs = map[string]Func{
	"array":       {Min: 1, Max: 1, Call: arrayFn},
	"createArray": {Min: 0, Max: -1, Lazy: true, Call: createArray},
	"concat":      {Min: 1, Max: -1, Lazy: true, Call: concat},
	"flatten":     {Min: 1, Max: 1, Call: flatten},
	"range":       {Min: 2, Max: 2, Call: rangeFn},
	"first":       {Min: 1, Max: 1, Call: first},
	"last":        {Min: 1, Max: 1, Call: last},
	"skip":        {Min: 2, Max: 2, Call: skip},
	"take":        {Min: 2, Max: 2, Call: take},
	"distinct":    {Min: 1, Max: 1, Call: distinct},
}

// arrayFn converts a value to an array: an array stays, anything else is
// wrapped.
func arrayFn(c *Ctx, args []any) (any, error) {
	if a, ok := args[0].([]any); ok {
		return a, nil
	}
	if err := c.take("array", 1); err != nil {
		return nil, err
	}
	return []any{args[0]}, nil
}

// createArray keeps unknown arguments as elements: the array is known
// even when some items are not.
func createArray(c *Ctx, args []any) (any, error) {
	if err := c.take("createArray", int64(len(args))); err != nil {
		return nil, err
	}
	return append(make([]any, 0, len(args)), args...), nil
}

// concat joins arrays, or strings (with integers and booleans as
// string() renders them); the first argument that is not null decides.
// Scope unknowns join into a Scope unknown.
func concat(c *Ctx, args []any) (any, error) {
	for _, a := range args {
		switch x := a.(type) {
		case nil:
			continue
		case []any:
			return concatArrays(c, args)
		case *value.Unknown:
			if !x.Scope {
				return plain(x), nil
			}
		}
		break
	}
	return concatStrings(c, args)
}

func concatArrays(c *Ctx, args []any) (any, error) {
	n := 0
	for i, a := range args {
		switch x := a.(type) {
		case nil:
		case []any:
			n += len(x)
		case *value.Unknown:
			return plain(x), nil
		default:
			return nil, argErr("concat", i, "an array like the first argument", a)
		}
	}
	if err := c.take("concat", int64(n)); err != nil {
		return nil, err
	}
	out := make([]any, 0, n)
	for _, a := range args {
		if x, ok := a.([]any); ok {
			out = append(out, x...)
		}
	}
	return out, nil
}

func concatStrings(c *Ctx, args []any) (any, error) {
	j := &joiner{c: c, fn: "concat"}
	for i, a := range args {
		switch a.(type) {
		case []any, *value.Object, *value.Lambda:
			return nil, argErr("concat", i, "a string, integer or bool like the first argument", a)
		case *value.Unknown:
			if err := j.add(a); err != nil {
				return nil, err
			}
			continue
		}
		s, err := String(a)
		if err != nil {
			return nil, fmt.Errorf("concat: %w", err)
		}
		if err := j.add(s); err != nil {
			return nil, err
		}
	}
	return j.result(), nil
}

// flatten joins an array of arrays, one level deep.
func flatten(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("flatten", args, 0)
	if err != nil {
		return nil, err
	}
	n := 0
	for i, e := range a {
		sub, ok := e.([]any)
		if !ok {
			if u, ok := e.(*value.Unknown); ok {
				return plain(u), nil
			}
			return nil, fmt.Errorf("flatten: element %d must be an array, got %s", i, value.TypeName(e))
		}
		n += len(sub)
	}
	if err := c.take("flatten", int64(n)); err != nil {
		return nil, err
	}
	out := make([]any, 0, n)
	for _, e := range a {
		out = append(out, e.([]any)...)
	}
	return out, nil
}

// rangeFn builds count integers from start. ARM allows at most 10000 and
// start+count no greater than 2147483647.
func rangeFn(c *Ctx, args []any) (any, error) {
	start, err := intArg("range", args, 0)
	if err != nil {
		return nil, err
	}
	count, err := intArg("range", args, 1)
	if err != nil {
		return nil, err
	}
	if count < 0 || count > 10000 {
		return nil, fmt.Errorf("range: the count must be a non-negative integer up to 10000, got %d", count)
	}
	if start > math.MaxInt32-count {
		return nil, fmt.Errorf("range: the sum of the start index %d and the count %d must be no greater than 2147483647", start, count)
	}
	if err := c.take("range", count); err != nil {
		return nil, err
	}
	out := make([]any, count)
	for i := range out {
		out[i] = start + int64(i)
	}
	return out, nil
}

// first returns the first element of an array (null when empty) or the
// first character of a string.
func first(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case []any:
		if len(x) == 0 {
			return nil, nil
		}
		return x[0], nil
	case string:
		u := units(x)
		if len(u) == 0 {
			return "", nil
		}
		return fromUnits(u[:1]), nil
	}
	return nil, argErr("first", 0, "an array or a string", args[0])
}

// last returns the last element of an array (null when empty) or the
// last character of a string.
func last(c *Ctx, args []any) (any, error) {
	switch x := args[0].(type) {
	case []any:
		if len(x) == 0 {
			return nil, nil
		}
		return x[len(x)-1], nil
	case string:
		u := units(x)
		if len(u) == 0 {
			return "", nil
		}
		return fromUnits(u[len(u)-1:]), nil
	}
	return nil, argErr("last", 0, "an array or a string", args[0])
}

// skip drops the first n elements or characters; n below 0 drops none.
func skip(c *Ctx, args []any) (any, error) {
	n, err := intArg("skip", args, 1)
	if err != nil {
		return nil, err
	}
	return slice(c, "skip", args[0], n, math.MaxInt64)
}

// take keeps the first n elements or characters; n below 0 keeps none.
func take(c *Ctx, args []any) (any, error) {
	n, err := intArg("take", args, 1)
	if err != nil {
		return nil, err
	}
	return slice(c, "take", args[0], 0, n)
}

// slice returns v[from:to] for an array or a string, clamping both ends.
func slice(c *Ctx, fn string, v any, from, to int64) (any, error) {
	clamp := func(n int64, length int) int {
		return int(max(0, min(n, int64(length))))
	}
	switch x := v.(type) {
	case []any:
		lo, hi := clamp(from, len(x)), clamp(to, len(x))
		hi = max(lo, hi)
		if err := c.take(fn, int64(hi-lo)); err != nil {
			return nil, err
		}
		return append([]any{}, x[lo:hi]...), nil
	case string:
		u := units(x)
		lo, hi := clamp(from, len(u)), clamp(to, len(u))
		hi = max(lo, hi)
		s := fromUnits(u[lo:hi])
		if err := c.take(fn, int64(len(s))); err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, argErr(fn, 0, "an array or a string", v)
}

// distinct keeps the first of equal elements.
func distinct(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("distinct", args, 0)
	if err != nil {
		return nil, err
	}
	if u := unknownIn(a); u != nil {
		return u, nil
	}
	out := dedupe(nil, a)
	if err := c.take("distinct", int64(len(out))); err != nil {
		return nil, err
	}
	return out, nil
}
