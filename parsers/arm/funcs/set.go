package funcs

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// Sets of values under Equal, for distinct, intersection and union.

// intersection keeps the elements of the first array present in all the
// others, or the keys of the first object with equal values in all.
func intersection(c *Ctx, args []any) (any, error) {
	if u := unknownIn(args...); u != nil {
		return u, nil
	}
	switch args[0].(type) {
	case []any:
		return intersectArrays(c, args)
	case *value.Object:
		return intersectObjects(c, args)
	}
	return nil, argErr("intersection", 0, "an array or an object", args[0])
}

func intersectArrays(c *Ctx, args []any) (any, error) {
	sets := make([]seen, len(args))
	for i := range args {
		a, err := arrayArg("intersection", args, i)
		if err != nil {
			return nil, err
		}
		for _, e := range a {
			sets[i].add(e)
		}
	}
	var out seen
	res := []any{}
	for _, e := range args[0].([]any) {
		if inAll(sets[1:], e) && out.add(e) {
			res = append(res, e)
		}
	}
	if err := c.take("intersection", int64(len(res))); err != nil {
		return nil, err
	}
	return res, nil
}

func inAll(sets []seen, v any) bool {
	for i := range sets {
		if !sets[i].has(v) {
			return false
		}
	}
	return true
}

func intersectObjects(c *Ctx, args []any) (any, error) {
	objs := make([]*value.Object, len(args))
	for i := range args {
		o, err := objectArg("intersection", args, i)
		if err != nil {
			return nil, err
		}
		objs[i] = o
	}
	out := value.NewObject(0)
	for _, k := range objs[0].Keys() {
		v, _ := objs[0].Get(k)
		if inAllObjects(objs[1:], k, v) {
			out.Set(k, v)
		}
	}
	if err := c.take("intersection", int64(out.Len())); err != nil {
		return nil, err
	}
	return out, nil
}

func inAllObjects(objs []*value.Object, k string, v any) bool {
	for _, o := range objs {
		w, ok := o.Get(k)
		if !ok || !Equal(v, w) {
			return false
		}
	}
	return true
}

// union joins arrays without duplicates, or merges objects deeply: a key
// of a later object replaces the earlier value, except that two objects
// merge. Nested arrays are not merged. Null arguments are skipped.
func union(c *Ctx, args []any) (any, error) {
	for _, a := range args {
		switch a.(type) {
		case []any:
			return unionArrays(c, args)
		case *value.Object:
			return unionObjects(c, args)
		case nil:
			continue
		}
		break
	}
	for i, a := range args {
		if a != nil {
			return nil, argErr("union", i, "an array or an object", a)
		}
	}
	return nil, nil
}

func unionArrays(c *Ctx, args []any) (any, error) {
	if u := unknownIn(args...); u != nil {
		return u, nil
	}
	out := []any{}
	for i, a := range args {
		if a == nil {
			continue
		}
		x, ok := a.([]any)
		if !ok {
			return nil, argErr("union", i, "an array like the first argument", a)
		}
		out = dedupe(out, x)
	}
	if err := c.take("union", int64(len(out))); err != nil {
		return nil, err
	}
	return out, nil
}

func unionObjects(c *Ctx, args []any) (any, error) {
	out := value.NewObject(0)
	for i, a := range args {
		if a == nil {
			continue
		}
		o, ok := a.(*value.Object)
		if !ok {
			return nil, argErr("union", i, "an object like the first argument", a)
		}
		merged, err := merge2(c, out, o, 0)
		if err != nil {
			return nil, err
		}
		out = merged
	}
	return out, nil
}

// merge2 returns a new object with b's keys merged over a's.
func merge2(c *Ctx, a, b *value.Object, depth int) (*value.Object, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("union: the objects are nested too deeply")
	}
	if err := c.take("union", int64(a.Len()+b.Len())); err != nil {
		return nil, err
	}
	out := a.Clone()
	for _, k := range b.Keys() {
		bv, _ := b.Get(k)
		av, ok := out.Get(k)
		ao, aObj := av.(*value.Object)
		bo, bObj := bv.(*value.Object)
		switch {
		case ok && aObj && bObj:
			m, err := merge2(c, ao, bo, depth+1)
			if err != nil {
				return nil, err
			}
			out.Set(k, m)
		case ok && bObj && value.IsUnknown(av), ok && aObj && value.IsUnknown(bv):
			u := av
			if !value.IsUnknown(u) {
				u = bv
			}
			out.Set(k, plain(u.(*value.Unknown)))
		default:
			out.Set(k, bv)
		}
	}
	return out, nil
}

// dedupe appends to out the elements of a not already in out.
func dedupe(out, a []any) []any {
	var s seen
	for _, e := range out {
		s.add(e)
	}
	for _, e := range a {
		if s.add(e) {
			out = append(out, e)
		}
	}
	return out
}

// seen is a set of values under Equal, by a key equal for Equal values;
// values nested too deeply for a key are compared one by one.
type seen struct {
	keys  map[string]bool
	comps []any
}

// add adds v and reports whether it was new.
func (s *seen) add(v any) bool {
	k, ok := equalKey(v)
	if !ok {
		if containsValue(s.comps, v) {
			return false
		}
		s.comps = append(s.comps, v)
		return true
	}
	if s.keys == nil {
		s.keys = make(map[string]bool)
	}
	if s.keys[k] {
		return false
	}
	s.keys[k] = true
	return true
}

// has reports whether v is in the set.
func (s *seen) has(v any) bool {
	if k, ok := equalKey(v); ok {
		return s.keys[k]
	}
	return containsValue(s.comps, v)
}

// equalKey returns a key that is the same for values that are Equal:
// numbers by value, object keys sorted and without case.
func equalKey(v any) (string, bool) {
	var sb strings.Builder
	ok := writeKey(&sb, v, 0)
	return sb.String(), ok
}

func writeKey(sb *strings.Builder, v any, depth int) bool {
	if depth > 64 {
		return false
	}
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case string:
		sb.WriteString(strconv.Quote(x))
	case int64:
		sb.WriteString(strconv.FormatInt(x, 10))
	case float64:
		if n, ok := numberValue(x).(int64); ok {
			sb.WriteString(strconv.FormatInt(n, 10))
		} else {
			sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
		}
	case []any:
		sb.WriteByte('[')
		for _, e := range x {
			if !writeKey(sb, e, depth+1) {
				return false
			}
			sb.WriteByte(',')
		}
		sb.WriteByte(']')
	case *value.Object:
		return writeObjectKey(sb, x, depth)
	default:
		return false
	}
	return true
}

func writeObjectKey(sb *strings.Builder, o *value.Object, depth int) bool {
	sb.WriteByte('{')
	for _, k := range o.SortedKeys() {
		sb.WriteString(strconv.Quote(strings.ToLower(k)))
		sb.WriteByte(':')
		v, _ := o.Get(k)
		if !writeKey(sb, v, depth+1) {
			return false
		}
		sb.WriteByte(',')
	}
	sb.WriteByte('}')
	return true
}

func containsValue(a []any, v any) bool {
	for _, e := range a {
		if Equal(e, v) {
			return true
		}
	}
	return false
}
