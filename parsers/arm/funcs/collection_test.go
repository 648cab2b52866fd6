package funcs

import (
	"testing"
)

func TestCollectionFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Array functions for ARM
	// templates", "Object functions for ARM templates" and "String
	// functions for ARM templates" (indexOf and lastIndexOf on arrays from
	// "Array functions for Bicep").
	abc := arr("one", "two", "three")
	oneTwoThree := obj("one", "a", "two", "b", "three", "c")
	props := obj("propA", "one", "propB", "two", "propC", "three", "propD", obj("propD-1", "sub", "propD-2", "sub"))
	names, numbers := arr("one", "two", "three"), arr(int64(4), int64(5), int64(6))
	dups := arr(int64(1), int64(2), int64(3), int64(1))
	cases := []tc{
		{name: "contains string true", fn: "contains", args: arr("OneTwoThree", "e"), want: true},
		{name: "contains string false", fn: "contains", args: arr("OneTwoThree", "z"), want: false},
		{name: "contains string case-sensitive", fn: "contains", args: arr("OneTwoThree", "one"), want: false},
		{name: "contains object true", fn: "contains", args: arr(oneTwoThree, "one"), want: true},
		{name: "contains object false", fn: "contains", args: arr(oneTwoThree, "a"), want: false},
		{name: "contains object case-insensitive", fn: "contains", args: arr(oneTwoThree, "ONE"), want: true},
		{name: "contains array true", fn: "contains", args: arr(abc, "three"), want: true},
		{name: "contains array false", fn: "contains", args: arr(abc, "four"), want: false},
		{name: "contains array of objects", fn: "contains", args: arr(arr(obj("a", int64(1))), obj("A", int64(1))), want: true},
		{name: "contains int in string", fn: "contains", args: arr("a1", int64(1)), want: true},
		{name: "contains in int", fn: "contains", args: arr(int64(1), "1"), errText: "contains: argument 1 must be an array, an object or a string"},
		{name: "empty array", fn: "empty", args: arr(arr()), want: true},
		{name: "empty object", fn: "empty", args: arr(obj()), want: true},
		{name: "empty string", fn: "empty", args: arr(""), want: true},
		{name: "empty null", fn: "empty", args: arr(nil), want: true},
		{name: "not empty", fn: "empty", args: arr("a"), want: false},
		{name: "empty int", fn: "empty", args: arr(int64(0)), errText: "empty: argument 1 must be"},
		{name: "length array", fn: "length", args: arr(abc), want: int64(3)},
		{name: "length string", fn: "length", args: arr("One Two Three"), want: int64(13)},
		{name: "length object", fn: "length", args: arr(props), want: int64(4)},
		{name: "length utf16", fn: "length", args: arr("a😀"), want: int64(3)},
		{name: "length int", fn: "length", args: arr(int64(1)), errText: "length: argument 1 must be an array, an object or a string, got int"},
		{name: "indexOf first t", fn: "indexOf", args: arr("test", "t"), want: int64(0)},
		{name: "lastIndexOf last t", fn: "lastIndexOf", args: arr("test", "t"), want: int64(3)},
		{name: "indexOf case-insensitive", fn: "indexOf", args: arr("abcdef", "CD"), want: int64(2)},
		{name: "lastIndexOf case-insensitive", fn: "lastIndexOf", args: arr("abcdef", "AB"), want: int64(0)},
		{name: "indexOf not found", fn: "indexOf", args: arr("abcdef", "z"), want: int64(-1)},
		{name: "array lastIndexOf two", fn: "lastIndexOf", args: arr(names, "two"), want: int64(1)},
		{name: "array indexOf one", fn: "indexOf", args: arr(names, "one"), want: int64(0)},
		{name: "array lastIndexOf case-sensitive", fn: "lastIndexOf", args: arr(names, "Three"), want: int64(-1)},
		{name: "array lastIndexOf int", fn: "lastIndexOf", args: arr(numbers, int64(4)), want: int64(0)},
		{name: "array indexOf int", fn: "indexOf", args: arr(numbers, int64(6)), want: int64(2)},
		{name: "array lastIndexOf string of int", fn: "lastIndexOf", args: arr(numbers, "5"), want: int64(-1)},
		{name: "array indexOf array", fn: "indexOf", args: arr(arr(names, numbers), numbers), want: int64(1)},
		{name: "array indexOf duplicates", fn: "indexOf", args: arr(dups, int64(1)), want: int64(0)},
		{name: "array lastIndexOf duplicates", fn: "lastIndexOf", args: arr(dups, int64(1)), want: int64(3)},
		{name: "intersection objects", fn: "intersection",
			args: arr(oneTwoThree, obj("one", "a", "two", "z", "three", "c")), want: obj("one", "a", "three", "c")},
		{name: "intersection arrays", fn: "intersection", args: arr(abc, arr("two", "three")), want: arr("two", "three")},
		{name: "intersection common up", fn: "intersection",
			args: arr(ints(1, 2, 3, 4), ints(3, 2, 1), ints(4, 1, 3, 2)), want: ints(1, 2, 3)},
		{name: "intersection common down", fn: "intersection",
			args: arr(ints(3, 2, 1), ints(4, 1, 3, 2), ints(1, 2, 3, 4)), want: ints(3, 2, 1)},
		{name: "intersection mixed", fn: "intersection", args: arr(abc, obj()), errText: "intersection: argument 2 must be an array"},
		{name: "union objects", fn: "union",
			args: arr(obj("one", "a", "two", "b", "three", "c1"), obj("three", "c2", "four", "d", "five", "e")),
			want: obj("one", "a", "two", "b", "three", "c2", "four", "d", "five", "e")},
		{name: "union arrays", fn: "union", args: arr(abc, arr("three", "four", "two")), want: arr("one", "two", "three", "four")},
		{name: "union deep objects", fn: "union",
			args: arr(obj("property", obj("one", "a", "two", "b", "three", "c1"), "nestedArray", ints(1, 2)),
				obj("property", obj("three", "c2", "four", "d", "five", "e"), "nestedArray", ints(3, 4))),
			want: obj("property", obj("one", "a", "two", "b", "three", "c2", "four", "d", "five", "e"), "nestedArray", ints(3, 4))},
		{name: "union nested arrays", fn: "union",
			args: arr(arr(arr("one", "two"), arr("three")), arr(arr("three"), arr("four", "two"))),
			want: arr(arr("one", "two"), arr("three"), arr("four", "two"))},
		{name: "union equal objects once", fn: "union", args: arr(arr(obj("A", int64(1), "b", arr(2.0))), arr(obj("B", ints(2), "a", 1.0))),
			want: arr(obj("A", int64(1), "b", arr(2.0)))},
		{name: "union skips null", fn: "union", args: arr(nil, obj("a", int64(1))), want: obj("a", int64(1))},
		{name: "union mixed", fn: "union", args: arr(obj(), arr()), errText: "union: argument 2 must be an object"},
		{name: "union of ints", fn: "union", args: arr(int64(1), int64(2)), errText: "union: argument 1 must be an array or an object"},
		{name: "tryGet key", fn: "tryGet", args: arr(obj("properties", obj("displayName", "Test 001")), "properties", "displayName"), want: "Test 001"},
		{name: "tryGet index", fn: "tryGet", args: arr(obj("values", arr("Value 1", "Value 2")), "values", int64(1)), want: "Value 2"},
		{name: "tryGet index out of range", fn: "tryGet", args: arr(arr("one", "two"), int64(2)), want: nil},
		{name: "tryGet missing key", fn: "tryGet", args: arr(obj("a", int64(1)), "notValue", "value"), want: nil},
		{name: "tryGet null", fn: "tryGet", args: arr(nil, "a"), want: nil},
		{name: "tryGet case-insensitive", fn: "tryGet", args: arr(obj("Name", "x"), "name"), want: "x"},
		{name: "tryGet string", fn: "tryGet", args: arr("abc", "a"), errText: "tryGet: argument 1 must be an object, an array or null"},
		{name: "indexFromEnd", fn: "indexFromEnd", args: arr(abc, int64(1)), want: "three"},
		{name: "indexFromEnd third", fn: "indexFromEnd", args: arr(abc, int64(3)), want: "one"},
		{name: "indexFromEnd outside", fn: "indexFromEnd", args: arr(abc, int64(4)), errText: "indexFromEnd: index 4 from the end is outside the array of length 3"},
		{name: "tryIndexFromEnd", fn: "tryIndexFromEnd", args: arr(abc, int64(2)), want: "two"},
		{name: "tryIndexFromEnd outside", fn: "tryIndexFromEnd", args: arr(abc, int64(4)), want: nil},
		{name: "tryIndexFromEnd zero", fn: "tryIndexFromEnd", args: arr(abc, int64(0)), want: nil},
		{name: "tryIndexFromEnd null", fn: "tryIndexFromEnd", args: arr(nil, int64(1)), want: nil},
	}
	runTable(t, cases, nil)
}

func ints(ns ...int64) []any {
	out := make([]any, len(ns))
	for i, n := range ns {
		out[i] = n
	}
	return out
}

func TestCollectionUnknowns(t *testing.T) {
	cases := []tc{
		{name: "contains array with unknown", fn: "contains", args: arr(arr("a", later1), "b"), want: plainLater},
		{name: "indexOf array with unknown", fn: "indexOf", args: arr(arr(later1), "b"), want: plainLater},
		{name: "length counts unknowns", fn: "length", args: arr(arr(later1, later1)), want: int64(2)},
		{name: "intersection with unknown", fn: "intersection", args: arr(arr(later1), arr()), want: plainLater},
		{name: "union arrays with unknown", fn: "union", args: arr(arr(later1), arr()), want: plainLater},
		{name: "union object over unknown", fn: "union", args: arr(obj("a", later1), obj("a", obj("b", int64(1)))),
			want: obj("a", plainLater)},
		{name: "union unknown over value", fn: "union", args: arr(obj("a", int64(1)), obj("a", later1)), want: obj("a", later1)},
		{name: "tryGet through unknown", fn: "tryGet", args: arr(obj("a", later1), "a", "b"), want: plainLater},
		{name: "tryGet returns unknown", fn: "tryGet", args: arr(obj("a", later1), "a"), want: later1},
	}
	runTable(t, cases, nil)
}

func TestCollectionBudget(t *testing.T) {
	big := make([]any, 80)
	for i := range big {
		big[i] = int64(i)
	}
	cases := []tc{
		{name: "union arrays", fn: "union", args: arr(big, ints(100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120)), budget: true},
		{name: "union objects", fn: "union", args: arr(keys(60), keys(60)), budget: true},
	}
	runTable(t, cases, small(100))
}

// keys returns an object of n keys.
func keys(n int) any {
	o := obj()
	for i := range n {
		o.Set(string(rune('a'+i%26))+string(rune('a'+i/26)), int64(i))
	}
	return o
}
