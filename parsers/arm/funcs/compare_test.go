package funcs

import (
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestCompareFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Comparison functions for
	// ARM templates".
	test := obj("null1", nil, "null2", nil, "string", "default", "int", int64(1), "object", obj("first", "default"), "array", ints(1))
	get := func(k string) any { v, _ := test.Get(k); return v }
	cases := []tc{
		{name: "coalesce string", fn: "coalesce", args: arr(get("null1"), get("null2"), get("string")), want: "default"},
		{name: "coalesce int", fn: "coalesce", args: arr(get("null1"), get("null2"), get("int")), want: int64(1)},
		{name: "coalesce object", fn: "coalesce", args: arr(get("null1"), get("null2"), get("object")), want: obj("first", "default")},
		{name: "coalesce array", fn: "coalesce", args: arr(get("null1"), get("null2"), get("array")), want: ints(1)},
		{name: "coalesce all null", fn: "coalesce", args: arr(nil, nil), want: nil},
		{name: "coalesce empty string", fn: "coalesce", args: arr("", "x"), want: ""},
		{name: "equals ints", fn: "equals", args: ints(1, 1), want: true},
		{name: "equals strings case-sensitive", fn: "equals", args: arr("demo", "Demo"), want: false},
		{name: "equals arrays", fn: "equals", args: arr(arr("a", "b", "c"), arr("a", "b", "c")), want: true},
		{name: "equals objects", fn: "equals", args: arr(obj("a", "b"), obj("a", "b")), want: true},
		{name: "equals objects any order", fn: "equals", args: arr(obj("a", int64(1), "b", int64(2)), obj("B", int64(2), "a", int64(1))), want: true},
		{name: "not equals", fn: "equals", args: ints(1, 2), want: false},
		{name: "equals int and number", fn: "equals", args: arr(int64(1), 1.0), want: true},
		{name: "equals string and int", fn: "equals", args: arr("1", int64(1)), want: false},
		{name: "equals nulls", fn: "equals", args: arr(nil, nil), want: true},
		{name: "greater ints", fn: "greater", args: ints(1, 2), want: false},
		{name: "greater strings", fn: "greater", args: arr("A", "a"), want: true},
		{name: "greaterOrEquals ints", fn: "greaterOrEquals", args: ints(1, 2), want: false},
		{name: "greaterOrEquals strings", fn: "greaterOrEquals", args: arr("A", "a"), want: true},
		{name: "less ints", fn: "less", args: ints(1, 2), want: true},
		{name: "less strings", fn: "less", args: arr("A", "a"), want: false},
		{name: "lessOrEquals ints", fn: "lessOrEquals", args: ints(1, 2), want: true},
		{name: "lessOrEquals strings", fn: "lessOrEquals", args: arr("A", "a"), want: false},
		{name: "less letters before case", fn: "less", args: arr("a", "B"), want: true},
		{name: "less prefix", fn: "less", args: arr("ab", "abc"), want: true},
		{name: "greaterOrEquals equal", fn: "greaterOrEquals", args: arr("x", "x"), want: true},
		{name: "greater mixed", fn: "greater", args: arr(int64(1), "a"), errText: "greater: argument 2 must be a number like the first argument, got string"},
		{name: "less arrays", fn: "less", args: arr(arr(), arr()), errText: "less: argument 1 must be an integer or a string, got array"},
	}
	runTable(t, cases, nil)
}

func TestCompareUnknowns(t *testing.T) {
	cases := []tc{
		{name: "coalesce known first", fn: "coalesce", args: arr(nil, "x", later1), want: "x"},
		{name: "coalesce unknown first", fn: "coalesce", args: arr(nil, later1, "x"), want: plainLater},
		{name: "coalesce scope unknown is not null", fn: "coalesce", args: arr(scopeRG, "x"), want: scopeRG},
		{name: "equals array with unknown", fn: "equals", args: arr(arr(later1), arr()), want: plainLater},
		{name: "greater of unknown", fn: "greater", args: arr(later1, int64(1)), want: &value.Unknown{Reason: later1.Reason}},
	}
	runTable(t, cases, nil)
}
