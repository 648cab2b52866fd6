package funcs

import (
	"fmt"
	"sort"

	"github.com/moatscan/moat/parsers/arm/value"
)

// lambdaFuncs are the functions of Microsoft Learn's "Lambda functions
// for ARM templates". filter and map also pass the element's index when
// the lambda takes a second parameter, reduce when it takes a third.
var lambdaFuncs = map[string]Func{
	"filter":    {Min: 2, Max: 2, Call: filter},
	"map":       {Min: 2, Max: 2, Call: mapFn},
	"reduce":    {Min: 3, Max: 3, Call: reduce},
	"sort":      {Min: 2, Max: 2, Call: sortFn},
	"toObject":  {Min: 2, Max: 3, Call: toObject},
	"groupBy":   {Min: 2, Max: 3, Call: groupBy},
	"mapValues": {Min: 2, Max: 2, Call: mapValues},
}

// lambdaArg reads argument i as a lambda of minP to maxP parameters.
func lambdaArg(fn string, args []any, i, minP, maxP int) (*value.Lambda, error) {
	l, ok := args[i].(*value.Lambda)
	if !ok || l == nil || l.Call == nil {
		return nil, argErr(fn, i, "a lambda", args[i])
	}
	if n := len(l.Params); n < minP || n > maxP {
		want := fmt.Sprint(minP)
		if maxP > minP {
			want = fmt.Sprintf("%d or %d", minP, maxP)
		}
		return nil, fmt.Errorf("%s: the lambda must take %s parameters, it takes %d", fn, want, n)
	}
	return l, nil
}

// call calls l with the element, and its index when l takes one more
// parameter than the element needs.
func call(l *value.Lambda, index int, args ...any) (any, error) {
	if len(l.Params) > len(args) {
		args = append(args, int64(index))
	}
	return l.Call(args)
}

func filter(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("filter", args, 0)
	if err != nil {
		return nil, err
	}
	l, err := lambdaArg("filter", args, 1, 1, 2)
	if err != nil {
		return nil, err
	}
	out := []any{}
	for i, e := range a {
		keep, err := call(l, i, e)
		if err != nil {
			return nil, err
		}
		switch k := keep.(type) {
		case bool:
			if k {
				out = append(out, e)
			}
		case *value.Unknown:
			return plain(k), nil
		default:
			return nil, fmt.Errorf("filter: the lambda must return a bool, got %s", value.TypeName(keep))
		}
	}
	return out, c.take("filter", int64(len(out)))
}

func mapFn(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("map", args, 0)
	if err != nil {
		return nil, err
	}
	l, err := lambdaArg("map", args, 1, 1, 2)
	if err != nil {
		return nil, err
	}
	if err := c.take("map", int64(len(a))); err != nil {
		return nil, err
	}
	out := make([]any, len(a))
	for i, e := range a {
		if out[i], err = call(l, i, e); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func reduce(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("reduce", args, 0)
	if err != nil {
		return nil, err
	}
	l, err := lambdaArg("reduce", args, 2, 2, 3)
	if err != nil {
		return nil, err
	}
	acc := args[1]
	for i, e := range a {
		if acc, err = call(l, i, acc, e); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

// sortFn sorts stably; the lambda says whether its first argument goes
// before its second.
func sortFn(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("sort", args, 0)
	if err != nil {
		return nil, err
	}
	l, err := lambdaArg("sort", args, 1, 2, 2)
	if err != nil {
		return nil, err
	}
	if err := c.take("sort", int64(len(a))); err != nil {
		return nil, err
	}
	out := append([]any{}, a...)
	var failed error
	var unknown *value.Unknown
	sort.SliceStable(out, func(i, j int) bool {
		if failed != nil || unknown != nil {
			return false
		}
		r, err := l.Call([]any{out[i], out[j]})
		if err != nil {
			failed = err
			return false
		}
		switch x := r.(type) {
		case bool:
			return x
		case *value.Unknown:
			unknown = x
		default:
			failed = fmt.Errorf("sort: the lambda must return a bool, got %s", value.TypeName(r))
		}
		return false
	})
	switch {
	case failed != nil:
		return nil, failed
	case unknown != nil:
		return plain(unknown), nil
	}
	return out, nil
}

// keyOf calls the key lambda of toObject or groupBy; the key must be a
// string.
func keyOf(fn string, l *value.Lambda, e any) (string, *value.Unknown, error) {
	k, err := l.Call([]any{e})
	if err != nil {
		return "", nil, err
	}
	switch x := k.(type) {
	case string:
		return x, nil, nil
	case *value.Unknown:
		return "", plain(x), nil
	}
	return "", nil, fmt.Errorf("%s: the key lambda must return a string, got %s", fn, value.TypeName(k))
}

// valueOf calls the optional value lambda, or returns the element.
func valueOf(l *value.Lambda, e any) (any, error) {
	if l == nil {
		return e, nil
	}
	return l.Call([]any{e})
}

func toObject(c *Ctx, args []any) (any, error) {
	a, key, val, err := keyedArgs("toObject", args)
	if err != nil {
		return nil, err
	}
	if err := c.take("toObject", int64(len(a))); err != nil {
		return nil, err
	}
	out := value.NewObject(len(a))
	for _, e := range a {
		k, u, err := keyOf("toObject", key, e)
		if err != nil {
			return nil, err
		}
		if u != nil {
			return u, nil
		}
		v, err := valueOf(val, e)
		if err != nil {
			return nil, err
		}
		out.Set(k, v)
	}
	return out, nil
}

// groupBy groups elements (or what the value lambda returns for them) in
// arrays under the keys the key lambda returns, in first-seen order.
func groupBy(c *Ctx, args []any) (any, error) {
	a, key, val, err := keyedArgs("groupBy", args)
	if err != nil {
		return nil, err
	}
	if err := c.take("groupBy", int64(2*len(a))); err != nil {
		return nil, err
	}
	out := value.NewObject(0)
	for _, e := range a {
		k, u, err := keyOf("groupBy", key, e)
		if err != nil {
			return nil, err
		}
		if u != nil {
			return u, nil
		}
		v, err := valueOf(val, e)
		if err != nil {
			return nil, err
		}
		group, _ := out.Get(k)
		g, _ := group.([]any)
		out.Set(k, append(g, v))
	}
	return out, nil
}

func keyedArgs(fn string, args []any) ([]any, *value.Lambda, *value.Lambda, error) {
	a, err := arrayArg(fn, args, 0)
	if err != nil {
		return nil, nil, nil, err
	}
	key, err := lambdaArg(fn, args, 1, 1, 1)
	if err != nil {
		return nil, nil, nil, err
	}
	var val *value.Lambda
	if len(args) == 3 {
		if val, err = lambdaArg(fn, args, 2, 1, 1); err != nil {
			return nil, nil, nil, err
		}
	}
	return a, key, val, nil
}

// mapValues maps the values of an object, keeping its keys.
func mapValues(c *Ctx, args []any) (any, error) {
	o, err := objectArg("mapValues", args, 0)
	if err != nil {
		return nil, err
	}
	l, err := lambdaArg("mapValues", args, 1, 1, 1)
	if err != nil {
		return nil, err
	}
	if err := c.take("mapValues", int64(o.Len())); err != nil {
		return nil, err
	}
	out := value.NewObject(o.Len())
	for _, k := range o.Keys() {
		v, _ := o.Get(k)
		m, err := l.Call([]any{v})
		if err != nil {
			return nil, err
		}
		out.Set(k, m)
	}
	return out, nil
}
