package funcs

import (
	"errors"
	"fmt"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

// lam returns a lambda of the given parameter names whose body is fn.
func lam(fn func(args []any) (any, error), params ...string) *value.Lambda {
	return &value.Lambda{Params: params, Call: fn}
}

// field returns a one-parameter lambda reading a property of its object.
func field(name string) *value.Lambda {
	return lam(func(a []any) (any, error) {
		v, _ := a[0].(*value.Object).Get(name)
		return v, nil
	}, "x")
}

func dogs() []any {
	return arr(
		obj("name", "Evie", "age", int64(5), "interests", arr("Ball", "Frisbee")),
		obj("name", "Casper", "age", int64(3), "interests", arr("Other dogs")),
		obj("name", "Indy", "age", int64(2), "interests", arr("Butter")),
		obj("name", "Kira", "age", int64(8), "interests", arr("Rubs")))
}

func dog(i int) any { return dogs()[i] }

func age(v any) int64 {
	a, _ := v.(*value.Object).Get("age")
	return a.(int64)
}

func TestLambdaFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Lambda functions for ARM
	// templates" (the index parameters and groupBy and mapValues as in
	// "Lambda functions for Bicep").
	even := lam(func(a []any) (any, error) { return a[0].(int64)%2 == 0, nil }, "i")
	sum := lam(func(a []any) (any, error) { return a[0].(int64) + a[1].(int64), nil }, "cur", "next")
	merge := lam(func(a []any) (any, error) { return invoke(ctx(), "union", a[0], a[1]) }, "cur", "next")
	byAge := lam(func(a []any) (any, error) { return age(a[0]) < age(a[1]), nil }, "a", "b")
	hello := lam(func(a []any) (any, error) { return invoke(ctx(), "format", "Hello {0}!", mustGet(a[0], "name")) }, "dog")
	indexed := lam(func(a []any) (any, error) { return fmt.Sprintf("%d:%s", a[1], a[0]), nil }, "x", "i")
	evenIndex := lam(func(a []any) (any, error) { return a[1].(int64)%2 == 0, nil }, "x", "i")
	concatEven := lam(func(a []any) (any, error) {
		if a[2].(int64)%2 == 0 {
			return a[0].(string) + a[1].(string), nil
		}
		return a[0], nil
	}, "cur", "next", "i")
	cases := []tc{
		{name: "filter old dogs", fn: "filter",
			args: arr(dogs(), lam(func(a []any) (any, error) { return age(a[0]) >= 5, nil }, "dog")), want: arr(dog(0), dog(3))},
		{name: "filter loop", fn: "filter",
			args: arr(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), lam(func(a []any) (any, error) { return a[0].(int64) > 5, nil }, "i")), want: ints(6, 7, 8, 9)},
		{name: "filter even", fn: "filter", args: arr(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), even), want: ints(0, 2, 4, 6, 8)},
		{name: "filter with index", fn: "filter", args: arr(arr("a", "b", "c", "d"), evenIndex), want: arr("a", "c")},
		{name: "map dog names", fn: "map", args: arr(dogs(), field("name")), want: arr("Evie", "Casper", "Indy", "Kira")},
		{name: "map say hi", fn: "map", args: arr(dogs(), hello), want: arr("Hello Evie!", "Hello Casper!", "Hello Indy!", "Hello Kira!")},
		{name: "map with index", fn: "map", args: arr(arr("a", "b"), indexed), want: arr("0:a", "1:b")},
		{name: "map empty", fn: "map", args: arr(arr(), field("name")), want: arr()},
		{name: "reduce total age", fn: "reduce", args: arr(ints(5, 3, 2, 8), int64(0), sum), want: int64(18)},
		{name: "reduce total age plus one", fn: "reduce", args: arr(ints(5, 3, 2, 8), int64(1), sum), want: int64(19)},
		{name: "reduce object union", fn: "reduce",
			args: arr(arr(obj("foo", int64(123)), obj("bar", int64(456)), obj("baz", int64(789))), obj(), merge),
			want: obj("foo", int64(123), "bar", int64(456), "baz", int64(789))},
		{name: "reduce with index", fn: "reduce", args: arr(arr("abc", "def", "ghi"), "", concatEven), want: "abcghi"},
		{name: "reduce empty", fn: "reduce", args: arr(arr(), int64(0), sum), want: int64(0)},
		{name: "sort dogs by age", fn: "sort", args: arr(dogs(), byAge), want: arr(dog(2), dog(1), dog(0), dog(3))},
		{name: "sort numbers", fn: "sort",
			args: arr(ints(8, 3, 10, -13, 5), lam(func(a []any) (any, error) { return a[0].(int64) < a[1].(int64), nil }, "x", "y")),
			want: ints(-13, 3, 5, 8, 10)},
		{name: "toObject", fn: "toObject", args: arr(dogs(), field("name")),
			want: obj("Evie", dog(0), "Casper", dog(1), "Indy", dog(2), "Kira", dog(3))},
		{name: "toObject with values", fn: "toObject", args: arr(dogs(), field("name"), field("age")),
			want: obj("Evie", int64(5), "Casper", int64(3), "Indy", int64(2), "Kira", int64(8))},
		{name: "groupBy", fn: "groupBy",
			args: arr(arr(obj("type", "a", "value", int64(123)), obj("type", "b", "value", int64(456)), obj("type", "a", "value", int64(789))), field("type")),
			want: obj("a", arr(obj("type", "a", "value", int64(123)), obj("type", "a", "value", int64(789))), "b", arr(obj("type", "b", "value", int64(456))))},
		{name: "groupBy with values", fn: "groupBy",
			args: arr(arr(obj("type", "a", "value", int64(123)), obj("type", "b", "value", int64(456)), obj("type", "a", "value", int64(789))), field("type"), field("value")),
			want: obj("a", ints(123, 789), "b", ints(456))},
		{name: "mapValues", fn: "mapValues",
			args: arr(obj("a", int64(123), "b", int64(456)), lam(func(a []any) (any, error) { return a[0].(int64) * 2, nil }, "val")),
			want: obj("a", int64(246), "b", int64(912))},
	}
	runTable(t, cases, nil)
}

func mustGet(v any, k string) any {
	x, _ := v.(*value.Object).Get(k)
	return x
}

func TestLambdaErrors(t *testing.T) {
	boom := errors.New("boom")
	failing := lam(func([]any) (any, error) { return nil, boom }, "x")
	cases := []tc{
		{name: "not a lambda", fn: "map", args: arr(arr(), "x"), errText: "map: argument 2 must be a lambda, got string"},
		{name: "too many parameters", fn: "filter", args: arr(arr(), lam(nil, "a", "b", "c")), errText: "filter: argument 2 must be a lambda"},
		{name: "wrong parameter count", fn: "filter", args: arr(arr(), lam(func([]any) (any, error) { return true, nil }, "a", "b", "c")),
			errText: "filter: the lambda must take 1 or 2 parameters, it takes 3"},
		{name: "sort takes two", fn: "sort", args: arr(arr(), field("x")), errText: "sort: the lambda must take 2 parameters, it takes 1"},
		{name: "filter not bool", fn: "filter", args: arr(ints(1), lam(func([]any) (any, error) { return "yes", nil }, "x")),
			errText: "filter: the lambda must return a bool, got string"},
		{name: "sort not bool", fn: "sort", args: arr(ints(1, 2), lam(func([]any) (any, error) { return int64(1), nil }, "a", "b")),
			errText: "sort: the lambda must return a bool, got int"},
		{name: "toObject key not string", fn: "toObject", args: arr(ints(1), lam(func(a []any) (any, error) { return a[0], nil }, "x")),
			errText: "toObject: the key lambda must return a string, got int"},
		{name: "map error", fn: "map", args: arr(ints(1), failing), errText: "boom"},
		{name: "sort error", fn: "sort", args: arr(ints(1, 2), lam(func([]any) (any, error) { return nil, boom }, "a", "b")), errText: "boom"},
		{name: "mapValues of array", fn: "mapValues", args: arr(arr(), failing), errText: "mapValues: argument 1 must be an object, got array"},
	}
	runTable(t, cases, nil)
}

func TestLambdaUnknowns(t *testing.T) {
	unknownResult := func(params ...string) *value.Lambda {
		return lam(func([]any) (any, error) { return later1, nil }, params...)
	}
	cases := []tc{
		{name: "filter unknown predicate", fn: "filter", args: arr(ints(1), unknownResult("x")), want: plainLater},
		{name: "map keeps unknown results", fn: "map", args: arr(ints(1, 2), unknownResult("x")), want: arr(later1, later1)},
		{name: "sort unknown order", fn: "sort", args: arr(ints(1, 2), unknownResult("a", "b")), want: plainLater},
		{name: "toObject unknown key", fn: "toObject", args: arr(ints(1), unknownResult("x")), want: plainLater},
		{name: "groupBy unknown key", fn: "groupBy", args: arr(ints(1), unknownResult("x")), want: plainLater},
		{name: "reduce passes unknowns", fn: "reduce", args: arr(ints(1), int64(0), unknownResult("a", "b")), want: later1},
	}
	runTable(t, cases, nil)
}

func TestLambdaBudget(t *testing.T) {
	id := lam(func(a []any) (any, error) { return a[0], nil }, "x")
	big := make([]any, 101)
	cases := []tc{
		{name: "map", fn: "map", args: arr(big, id), budget: true},
		{name: "sort", fn: "sort", args: arr(big, lam(func([]any) (any, error) { return false, nil }, "a", "b")), budget: true},
		{name: "groupBy", fn: "groupBy", args: arr(make([]any, 60), lam(func([]any) (any, error) { return "k", nil }, "x")), budget: true},
	}
	runTable(t, cases, small(100))
}
