package funcs

import (
	"testing"
)

func TestObjectFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Object functions for ARM
	// templates" (objectKeys and shallowMerge as Bicep compiles them).
	entities := obj(
		"item002", obj("enabled", false, "displayName", "Example item 2", "number", int64(200)),
		"item001", obj("enabled", true, "displayName", "Example item 1", "number", int64(300)))
	cases := []tc{
		{name: "createObject", fn: "createObject",
			args: arr("intProp", int64(1), "stringProp", "abc", "boolProp", true, "arrayProp", arr("a", "b", "c"), "objectProp", obj("key1", "value1")),
			want: obj("intProp", int64(1), "stringProp", "abc", "boolProp", true, "arrayProp", arr("a", "b", "c"), "objectProp", obj("key1", "value1"))},
		{name: "createObject empty", fn: "createObject", args: arr(), want: obj()},
		{name: "createObject odd", fn: "createObject", args: arr("a"), errText: "createObject: the arguments must be key and value pairs, got 1 arguments"},
		{name: "createObject int key", fn: "createObject", args: arr(int64(1), "a"), errText: "createObject: argument 1 must be a string, got int"},
		{name: "items sorted by key", fn: "items", args: arr(entities), want: arr(
			obj("key", "item001", "value", obj("enabled", true, "displayName", "Example item 1", "number", int64(300))),
			obj("key", "item002", "value", obj("enabled", false, "displayName", "Example item 2", "number", int64(200))))},
		{name: "items case-insensitive order", fn: "items", args: arr(obj("b", int64(1), "A", int64(2))),
			want: arr(obj("key", "A", "value", int64(2)), obj("key", "b", "value", int64(1)))},
		{name: "items of array", fn: "items", args: arr(arr()), errText: "items: argument 1 must be an object, got array"},
		{name: "objectKeys", fn: "objectKeys", args: arr(obj("a", int64(123), "b", int64(456))), want: arr("a", "b")},
		{name: "shallowMerge", fn: "shallowMerge", args: arr(arr(obj("a", int64(123)), obj("b", int64(456)))),
			want: obj("a", int64(123), "b", int64(456))},
		{name: "shallowMerge is shallow", fn: "shallowMerge", args: arr(arr(obj("a", obj("x", int64(1))), obj("a", obj("y", int64(2))))),
			want: obj("a", obj("y", int64(2)))},
		{name: "shallowMerge skips null", fn: "shallowMerge", args: arr(arr(nil, obj("a", int64(1)))), want: obj("a", int64(1))},
		{name: "shallowMerge non-object", fn: "shallowMerge", args: arr(arr("a")), errText: "shallowMerge: element 0 must be an object, got string"},
		{name: "null", fn: "null", args: arr(), want: nil},
		{name: "json null", fn: "json", args: arr("null"), want: nil},
		{name: "json object", fn: "json", args: arr(`{"a": "b"}`), want: obj("a", "b")},
		{name: "json string", fn: "json", args: arr(`"test"`), want: "test"},
		{name: "json boolean", fn: "json", args: arr("true"), want: true},
		{name: "json int", fn: "json", args: arr("3"), want: int64(3)},
		{name: "json array", fn: "json", args: arr("[1,2,3 ]"), want: ints(1, 2, 3)},
		{name: "json concat", fn: "json", args: arr(`{"a": "demo value"}`), want: obj("a", "demo value")},
		{name: "json invalid", fn: "json", args: arr(`{"a": }`), errText: "json: invalid JSON at offset 6"},
		{name: "json empty", fn: "json", args: arr(""), errText: "json: invalid JSON at offset 0: unexpected end of input"},
	}
	runTable(t, cases, nil)
}

func TestObjectUnknowns(t *testing.T) {
	cases := []tc{
		{name: "createObject keeps unknown values", fn: "createObject", args: arr("a", later1, "b", int64(1)),
			want: obj("a", later1, "b", int64(1))},
		{name: "createObject unknown key", fn: "createObject", args: arr(later1, int64(1)), want: plainLater},
		{name: "objectKeys keeps known keys", fn: "objectKeys", args: arr(obj("a", later1)), want: arr("a")},
		{name: "shallowMerge unknown element", fn: "shallowMerge", args: arr(arr(obj(), later1)), want: plainLater},
		{name: "items keeps unknown values", fn: "items", args: arr(obj("a", later1)), want: arr(obj("key", "a", "value", later1))},
	}
	runTable(t, cases, nil)
}

func TestObjectBudget(t *testing.T) {
	cases := []tc{
		{name: "json", fn: "json", args: arr(`["` + string(make([]byte, 100)) + `"]`), budget: true},
		{name: "items", fn: "items", args: arr(keys(40)), budget: true},
		{name: "createObject", fn: "createObject", args: pairs(101), budget: true, errText: "createObject"},
	}
	runTable(t, cases, small(100))
}

// pairs returns n key, value argument pairs.
func pairs(n int) []any {
	var out []any
	for i := range n {
		out = append(out, string(rune('a'+i%26))+string(rune('a'+i/26)), int64(i))
	}
	return out
}
