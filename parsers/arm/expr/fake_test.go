package expr

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// fakeScope is a Scope of fixed values.
type fakeScope struct {
	params map[string]any // lower-case names
	vars   map[string]any
	loops  map[string]int64 // "" is the innermost loop
	funcs  map[string]*Function
	ctx    *funcs.Ctx
}

func (s *fakeScope) Parameter(name string) (any, error) {
	if v, ok := s.params[strings.ToLower(name)]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("parameter '%s' is not defined", name)
}

func (s *fakeScope) Variable(name string) (any, error) {
	if v, ok := s.vars[strings.ToLower(name)]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("variable '%s' is not defined", name)
}

func (s *fakeScope) CopyIndex(loop string) (int64, error) {
	if i, ok := s.loops[strings.ToLower(loop)]; ok {
		return i, nil
	}
	if loop == "" {
		return 0, errors.New("copyIndex() is not in a copy loop")
	}
	return 0, fmt.Errorf("there is no copy loop named '%s'", loop)
}

func (s *fakeScope) Function(namespace, name string) (*Function, bool) {
	f, ok := s.funcs[strings.ToLower(namespace+"."+name)]
	return f, ok
}

func (s *fakeScope) Ctx() *funcs.Ctx { return s.ctx }

// obj builds an object from key, value pairs.
func obj(kv ...any) *value.Object {
	o := value.NewObject(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// sharedUnknown is returned by the fake shared() to check that the
// evaluator copies an unknown before giving it a Text.
var sharedUnknown = &value.Unknown{Reason: "shared is known at deployment"}

// fakeLibrary is a small function library for the evaluator's tests, so
// that they do not depend on the real one.
var fakeLibrary = map[string]funcs.Func{
	"concat": {Min: 1, Max: -1, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		var b strings.Builder
		for _, a := range args {
			s, ok := a.(string)
			if !ok {
				return nil, fmt.Errorf("concat: expected strings, got %s", value.TypeName(a))
			}
			b.WriteString(s)
		}
		return b.String(), nil
	}},
	"createarray": {Min: 0, Max: -1, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		return append([]any{}, args...), nil
	}},
	"createobject": {Min: 0, Max: -1, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		for i := 0; i < len(args); i += 2 {
			if _, ok := args[i].(string); !ok || i+1 == len(args) {
				return nil, errors.New("createObject: expected string keys, each with a value")
			}
		}
		return obj(args...), nil
	}},
	"add": {Min: 2, Max: 2, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		a, ok1 := args[0].(int64)
		b, ok2 := args[1].(int64)
		if !ok1 || !ok2 {
			return nil, errors.New("add: expected two ints")
		}
		return a + b, nil
	}},
	"equals": {Min: 2, Max: 2, Call: func(_ *funcs.Ctx, args []any) (any, error) { return funcs.Equal(args[0], args[1]), nil }},
	"greater": {Min: 2, Max: 2, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		a, ok1 := args[0].(int64)
		b, ok2 := args[1].(int64)
		if !ok1 || !ok2 {
			return nil, errors.New("greater: expected two ints")
		}
		return a > b, nil
	}},
	"true":   {Call: func(*funcs.Ctx, []any) (any, error) { return true, nil }},
	"false":  {Call: func(*funcs.Ctx, []any) (any, error) { return false, nil }},
	"null":   {Call: func(*funcs.Ctx, []any) (any, error) { return nil, nil }},
	"map":    {Min: 2, Max: 2, Call: fakeMap},
	"filter": {Min: 2, Max: 2, Call: fakeFilter},
	"reduce": {Min: 3, Max: 3, Call: fakeReduce},
	"reference": {Min: 1, Max: 3, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		return &value.Unknown{Reason: "reference() is known only at deployment", Ref: &value.Ref{Target: args[0], Full: len(args) == 3}}, nil
	}},
	"listkeys": {Min: 2, Max: 2, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		return &value.Unknown{Reason: "listKeys() is known only at deployment", Ref: &value.Ref{Target: args[0], Path: []string{"listKeys"}}}, nil
	}},
	"utcnow": {Min: 0, Max: 1, Call: func(*funcs.Ctx, []any) (any, error) {
		return &value.Unknown{Reason: "utcNow() is known only at deployment"}, nil
	}},
	"rgid": {Call: func(*funcs.Ctx, []any) (any, error) {
		return &value.Unknown{Reason: "the subscription is known at deployment", Scope: true, Text: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"}, nil
	}},
	"shared": {Call: func(*funcs.Ctx, []any) (any, error) { return sharedUnknown, nil }},
	"first": {Min: 1, Max: -1, Lazy: true, Call: func(_ *funcs.Ctx, args []any) (any, error) {
		return args[0], nil
	}},
	"fail": {Min: 0, Max: -1, Call: func(*funcs.Ctx, []any) (any, error) { return nil, errors.New("fail: boom") }},
	"spend": {Call: func(*funcs.Ctx, []any) (any, error) {
		return nil, fmt.Errorf("spend: %w", funcs.ErrBudget)
	}},
}

func fakeMap(_ *funcs.Ctx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(args[0], args[1])
	if err != nil {
		return nil, err
	}
	out := make([]any, len(arr))
	for i, v := range arr {
		r, err := l.Call(lambdaArgs(l, v, i))
		if err != nil {
			return nil, fmt.Errorf("map: %w", err)
		}
		out[i] = r
	}
	return out, nil
}

func fakeFilter(_ *funcs.Ctx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(args[0], args[1])
	if err != nil {
		return nil, err
	}
	out := []any{}
	for i, v := range arr {
		r, err := l.Call(lambdaArgs(l, v, i))
		if err != nil {
			return nil, fmt.Errorf("filter: %w", err)
		}
		if r == true {
			out = append(out, v)
		}
	}
	return out, nil
}

func fakeReduce(_ *funcs.Ctx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(args[0], args[2])
	if err != nil {
		return nil, err
	}
	acc := args[1]
	for _, v := range arr {
		if acc, err = l.Call([]any{acc, v}); err != nil {
			return nil, fmt.Errorf("reduce: %w", err)
		}
	}
	return acc, nil
}

func arrayAndLambda(a, f any) ([]any, *value.Lambda, error) {
	arr, ok := a.([]any)
	if !ok {
		return nil, nil, fmt.Errorf("expected an array, got %s", value.TypeName(a))
	}
	l, ok := f.(*value.Lambda)
	if !ok {
		return nil, nil, fmt.Errorf("expected a lambda, got %s", value.TypeName(f))
	}
	return arr, l, nil
}

// lambdaArgs passes the index too when the lambda takes two variables.
func lambdaArgs(l *value.Lambda, v any, i int) []any {
	if len(l.Params) == 2 {
		return []any{v, int64(i)}
	}
	return []any{v}
}

// useLibrary makes the evaluator use lib for the rest of the test.
func useLibrary(t testing.TB, lib func(string) (funcs.Func, bool)) {
	t.Helper()
	old := lookup
	lookup = lib
	t.Cleanup(func() { lookup = old })
}

// fakeLookup finds a function of fakeLibrary.
func fakeLookup(name string) (funcs.Func, bool) {
	f, ok := fakeLibrary[strings.ToLower(name)]
	return f, ok
}

// newScope returns the scope most evaluation tests use.
func newScope() *fakeScope {
	return &fakeScope{
		params: map[string]any{
			"name":     "web",
			"count":    int64(3),
			"prod":     true,
			"ports":    []any{int64(80), int64(443)},
			"settings": obj("tier", "Premium", "sku", obj("name", "P1")),
			"unset":    &value.Unknown{Reason: "parameter 'unset' has no value"},
			"mixed":    []any{"a", &value.Unknown{Reason: "parameter 'unset' has no value"}},
			"cluster":  &value.Unknown{Reason: "reference() is known only at deployment", Text: "[reference('aks')]", Ref: &value.Ref{Target: "aks", Path: []string{"properties"}}},
		},
		vars:  map[string]any{"prefix": "st", "names": []any{"a", "b", "c"}},
		loops: map[string]int64{"": 2, "disks": 5},
		funcs: map[string]*Function{},
		ctx:   &funcs.Ctx{Budget: &funcs.Budget{Calls: 1000, Items: 1000}},
	}
}
