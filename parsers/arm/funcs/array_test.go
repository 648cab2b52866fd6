package funcs

import (
	"strings"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestArrayFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Array functions for ARM
	// templates" (and "Array functions for Bicep" for flatten).
	abc := arr("one", "two", "three")
	cases := []tc{
		{name: "array of int", fn: "array", args: arr(int64(1)), want: arr(int64(1))},
		{name: "array of string", fn: "array", args: arr("efgh"), want: arr("efgh")},
		{name: "array of object", fn: "array", args: arr(obj("a", "b", "c", "d")), want: arr(obj("a", "b", "c", "d"))},
		{name: "array of array", fn: "array", args: arr(abc), want: abc},
		{name: "concat arrays", fn: "concat", args: arr(arr("1-1", "1-2", "1-3"), arr("2-1", "2-2", "2-3")),
			want: arr("1-1", "1-2", "1-3", "2-1", "2-2", "2-3")},
		{name: "concat strings", fn: "concat", args: arr("prefix", "-", "5yj4yjf5mbg72"), want: "prefix-5yj4yjf5mbg72"},
		{name: "concat ints and bools", fn: "concat", args: arr("n", int64(1), true), want: "n1True"},
		{name: "concat skips null", fn: "concat", args: arr(nil, arr(int64(1)), nil), want: arr(int64(1))},
		{name: "concat mixed", fn: "concat", args: arr(arr(), "a"), errText: "concat: argument 2 must be an array"},
		{name: "concat string then array", fn: "concat", args: arr("a", arr()), errText: "concat: argument 2 must be a string"},
		{name: "createArray strings", fn: "createArray", args: arr("a", "b", "c"), want: arr("a", "b", "c")},
		{name: "createArray ints", fn: "createArray", args: arr(int64(1), int64(2), int64(3)), want: arr(int64(1), int64(2), int64(3))},
		{name: "createArray object", fn: "createArray", args: arr(obj("one", "a", "two", "b", "three", "c")),
			want: arr(obj("one", "a", "two", "b", "three", "c"))},
		{name: "createArray array", fn: "createArray", args: arr(abc), want: arr(abc)},
		{name: "createArray empty", fn: "createArray", args: arr(), want: arr()},
		{name: "first of array", fn: "first", args: arr(abc), want: "one"},
		{name: "first of string", fn: "first", args: arr("One Two Three"), want: "O"},
		{name: "first of empty array", fn: "first", args: arr(arr()), want: nil},
		{name: "first of empty string", fn: "first", args: arr(""), want: ""},
		{name: "first of int", fn: "first", args: arr(int64(1)), errText: "first: argument 1 must be an array or a string, got int"},
		{name: "last of array", fn: "last", args: arr(abc), want: "three"},
		{name: "last of string", fn: "last", args: arr("One Two Three"), want: "e"},
		{name: "last of empty array", fn: "last", args: arr(arr()), want: nil},
		{name: "flatten", fn: "flatten", args: arr(arr(arr("one", "two"), arr("three"), arr("four", "five"))),
			want: arr("one", "two", "three", "four", "five")},
		{name: "flatten empty", fn: "flatten", args: arr(arr()), want: arr()},
		{name: "flatten non-array", fn: "flatten", args: arr(arr(arr(), "x")), errText: "flatten: element 1 must be an array, got string"},
		{name: "range", fn: "range", args: arr(int64(5), int64(3)), want: arr(int64(5), int64(6), int64(7))},
		{name: "range empty", fn: "range", args: arr(int64(5), int64(0)), want: arr()},
		{name: "range count limit", fn: "range", args: arr(int64(0), int64(10001)), errText: "range: the count must be a non-negative integer up to 10000"},
		{name: "range negative count", fn: "range", args: arr(int64(0), int64(-1)), errText: "up to 10000"},
		{name: "range sum limit", fn: "range", args: arr(int64(2147483647), int64(1)), errText: "no greater than 2147483647"},
		{name: "skip array", fn: "skip", args: arr(abc, int64(2)), want: arr("three")},
		{name: "skip string", fn: "skip", args: arr("one two three", int64(4)), want: "two three"},
		{name: "skip negative", fn: "skip", args: arr(abc, int64(-1)), want: abc},
		{name: "skip past the end", fn: "skip", args: arr("abc", int64(9)), want: ""},
		{name: "take array", fn: "take", args: arr(abc, int64(2)), want: arr("one", "two")},
		{name: "take string", fn: "take", args: arr("one two three", int64(2)), want: "on"},
		{name: "take negative", fn: "take", args: arr(abc, int64(-3)), want: arr()},
		{name: "take past the end", fn: "take", args: arr(abc, int64(10)), want: abc},
		{name: "take utf16", fn: "take", args: arr("a😀b", int64(3)), want: "a😀"},
		{name: "distinct strings", fn: "distinct", args: arr(arr("a", "b", "a", "c", "b")), want: arr("a", "b", "c")},
		{name: "distinct ints", fn: "distinct", args: arr(arr(int64(1), int64(2), int64(3), int64(1), int64(2), int64(4))),
			want: arr(int64(1), int64(2), int64(3), int64(4))},
		{name: "distinct objects", fn: "distinct", args: arr(arr(obj("a", int64(1)), obj("a", int64(1)), obj("b", int64(2)))),
			want: arr(obj("a", int64(1)), obj("b", int64(2)))},
	}
	runTable(t, cases, nil)
}

func TestArrayUnknowns(t *testing.T) {
	cases := []tc{
		{name: "createArray keeps unknowns", fn: "createArray", args: arr("a", later1), want: arr("a", later1)},
		{name: "concat scope unknown", fn: "concat", args: arr("/rg/", scopeRG, "/x"),
			want: &value.Unknown{Reason: scopeRG.Reason, Text: "/rg/{resourceGroupName}/x", Scope: true}},
		{name: "concat plain unknown", fn: "concat", args: arr("a", later1, scopeRG), want: plainLater},
		{name: "concat unknown first", fn: "concat", args: arr(later1, arr()), want: plainLater},
		{name: "concat unknown array", fn: "concat", args: arr(arr(), later1), want: plainLater},
		{name: "distinct of unknowns", fn: "distinct", args: arr(arr("a", later1)), want: plainLater},
		{name: "first keeps unknown element", fn: "first", args: arr(arr(later1)), want: later1},
		{name: "array of unknown", fn: "array", args: arr(later1), want: plainLater},
	}
	runTable(t, cases, nil)
}

func TestArrayBudget(t *testing.T) {
	cases := []tc{
		{name: "range", fn: "range", args: arr(int64(0), int64(10000)), budget: true, errText: "range:"},
		{name: "concat", fn: "concat", args: arr(make([]any, 60), make([]any, 60)), budget: true},
		{name: "concat strings", fn: "concat", args: arr(strings.Repeat("x", 60), strings.Repeat("y", 60)), budget: true},
		{name: "flatten", fn: "flatten", args: arr(arr(make([]any, 101))), budget: true},
		{name: "createArray", fn: "createArray", args: make([]any, 101), budget: true},
		{name: "take", fn: "take", args: arr(make([]any, 101), int64(101)), budget: true},
	}
	runTable(t, cases, small(100))
}
