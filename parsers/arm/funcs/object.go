package funcs

import (
	"fmt"

	"github.com/moatscan/moat/parsers/arm/value"
)

// objectFuncs are the object functions of Microsoft Learn's "Object
// functions for ARM templates" (contains, empty, intersection, length,
// tryGet and union are in collection.go).
var objectFuncs = map[string]Func{
	"createObject": {Min: 0, Max: -1, Lazy: true, Call: createObject},
	"items":        {Min: 1, Max: 1, Call: items},
	"objectKeys":   {Min: 1, Max: 1, Call: objectKeys},
	"shallowMerge": {Min: 1, Max: 1, Call: shallowMerge},
	"null":         {Min: 0, Max: 0, Call: func(*Ctx, []any) (any, error) { return nil, nil }},
	"json":         {Min: 1, Max: 1, Call: jsonFn},
}

// createObject builds an object from key, value pairs. Values may be
// unknown: the object and its other keys stay known.
func createObject(c *Ctx, args []any) (any, error) {
	if len(args)%2 != 0 {
		return nil, fmt.Errorf("createObject: the arguments must be key and value pairs, got %d arguments", len(args))
	}
	for i := 0; i < len(args); i += 2 {
		if u, ok := args[i].(*value.Unknown); ok {
			return plain(u), nil
		}
		if _, err := strArg("createObject", args, i); err != nil {
			return nil, err
		}
	}
	if err := c.take("createObject", int64(len(args)/2)); err != nil {
		return nil, err
	}
	out := value.NewObject(len(args) / 2)
	for i := 0; i < len(args); i += 2 {
		out.Set(args[i].(string), args[i+1])
	}
	return out, nil
}

// items turns an object into an array of {key, value} objects sorted by
// key, as ARM orders them.
func items(c *Ctx, args []any) (any, error) {
	o, err := objectArg("items", args, 0)
	if err != nil {
		return nil, err
	}
	if err := c.take("items", int64(3*o.Len())); err != nil {
		return nil, err
	}
	out := make([]any, 0, o.Len())
	for _, k := range o.SortedKeys() {
		v, _ := o.Get(k)
		e := value.NewObject(2)
		e.Set("key", k)
		e.Set("value", v)
		out = append(out, e)
	}
	return out, nil
}

// objectKeys returns the keys of an object in their order.
func objectKeys(c *Ctx, args []any) (any, error) {
	o, err := objectArg("objectKeys", args, 0)
	if err != nil {
		return nil, err
	}
	if err := c.take("objectKeys", int64(o.Len())); err != nil {
		return nil, err
	}
	out := make([]any, 0, o.Len())
	for _, k := range o.Keys() {
		out = append(out, k)
	}
	return out, nil
}

// shallowMerge merges an array of objects: later top-level keys replace
// earlier ones, nested objects are not merged.
func shallowMerge(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("shallowMerge", args, 0)
	if err != nil {
		return nil, err
	}
	n := 0
	for i, e := range a {
		switch o := e.(type) {
		case *value.Object:
			n += o.Len()
		case *value.Unknown:
			return plain(o), nil
		case nil:
		default:
			return nil, fmt.Errorf("shallowMerge: element %d must be an object, got %s", i, value.TypeName(e))
		}
	}
	if err := c.take("shallowMerge", int64(n)); err != nil {
		return nil, err
	}
	out := value.NewObject(n)
	for _, e := range a {
		if o, ok := e.(*value.Object); ok {
			for _, k := range o.Keys() {
				v, _ := o.Get(k)
				out.Set(k, v)
			}
		}
	}
	return out, nil
}

// jsonFn parses a JSON string; "null" is null.
func jsonFn(c *Ctx, args []any) (any, error) {
	s, err := strArg("json", args, 0)
	if err != nil {
		return nil, err
	}
	return parseJSON(c, "json", s)
}

// parseJSON parses s for fn; the result is no larger than s, whose length
// it takes from the budget first.
func parseJSON(c *Ctx, fn, s string) (any, error) {
	if err := c.take(fn, int64(len(s))); err != nil {
		return nil, err
	}
	v, err := FromJSON(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", fn, err)
	}
	return v, nil
}
