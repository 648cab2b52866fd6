package funcs

import (
	"strings"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestStringFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "String functions for ARM
	// templates".
	cases := []tc{
		{name: "startsWith true", fn: "startsWith", args: arr("abcdef", "ab"), want: true},
		{name: "startsWith any case", fn: "startsWith", args: arr("abcdef", "A"), want: true},
		{name: "startsWith false", fn: "startsWith", args: arr("abcdef", "e"), want: false},
		{name: "endsWith true", fn: "endsWith", args: arr("abcdef", "ef"), want: true},
		{name: "endsWith any case", fn: "endsWith", args: arr("abcdef", "F"), want: true},
		{name: "endsWith false", fn: "endsWith", args: arr("abcdef", "e"), want: false},
		{name: "endsWith longer", fn: "endsWith", args: arr("ef", "def"), want: false},
		{name: "join comma", fn: "join", args: arr(arr("one", "two", "three"), ","), want: "one,two,three"},
		{name: "join semicolon", fn: "join", args: arr(arr("one", "two", "three"), ";"), want: "one;two;three"},
		{name: "join renders values", fn: "join", args: arr(arr(int64(1), true, nil), "-"), want: "1-True-"},
		{name: "join not an array", fn: "join", args: arr("a", ","), errText: "join: argument 1 must be an array, got string"},
		{name: "padLeft zeros", fn: "padLeft", args: arr("123", int64(10), "0"), want: "0000000123"},
		{name: "padLeft int", fn: "padLeft", args: arr(int64(7), int64(3), "0"), want: "007"},
		{name: "padLeft spaces", fn: "padLeft", args: arr("ab", int64(4)), want: "  ab"},
		{name: "padLeft longer", fn: "padLeft", args: arr("abcdef", int64(3), "0"), want: "abcdef"},
		{name: "padLeft two characters", fn: "padLeft", args: arr("a", int64(3), "00"), errText: "padLeft: the padding character must be a single character"},
		{name: "replace dashes", fn: "replace", args: arr("123-123-1234", "-", ""), want: "1231231234"},
		{name: "replace part", fn: "replace", args: arr("123-123-1234", "1234", "xxxx"), want: "123-123-xxxx"},
		{name: "replace is case-sensitive", fn: "replace", args: arr("aA", "a", "b"), want: "bA"},
		{name: "replace empty", fn: "replace", args: arr("abc", "", "x"), errText: "replace: the string to replace must not be empty"},
		{name: "split comma", fn: "split", args: arr("one,two,three", ","), want: arr("one", "two", "three")},
		{name: "split delimiters", fn: "split", args: arr("one;two,three", arr(",", ";")), want: arr("one", "two", "three")},
		{name: "split keeps empty parts", fn: "split", args: arr(",a,", ","), want: arr("", "a", "")},
		{name: "split first delimiter wins", fn: "split", args: arr("a--b", arr("-", "--")), want: arr("a", "", "b")},
		{name: "split on white space", fn: "split", args: arr("a b\tc", ""), want: arr("a", "b", "c")},
		{name: "split bad delimiter", fn: "split", args: arr("a", arr(int64(1))), errText: "split: delimiter 0 must be a string, got int"},
		{name: "string object", fn: "string", args: arr(obj("valueA", int64(10), "valueB", "Example Text")), want: `{"valueA":10,"valueB":"Example Text"}`},
		{name: "string array", fn: "string", args: arr(arr("a", "b", "c")), want: `["a","b","c"]`},
		{name: "string int", fn: "string", args: arr(int64(5)), want: "5"},
		{name: "string true", fn: "string", args: arr(true), want: "True"},
		{name: "string false", fn: "string", args: arr(false), want: "False"},
		{name: "string null", fn: "string", args: arr(nil), want: ""},
		{name: "string number", fn: "string", args: arr(1.5), want: "1.5"},
		{name: "string nested bool", fn: "string", args: arr(arr(true, nil, 2.5)), want: `[true,null,2.5]`},
		{name: "substring", fn: "substring", args: arr("one two three", int64(4), int64(3)), want: "two"},
		{name: "substring to the end", fn: "substring", args: arr("one two three", int64(4)), want: "two three"},
		{name: "substring empty", fn: "substring", args: arr("abc", int64(3), int64(0)), want: ""},
		{name: "substring beyond the end", fn: "substring", args: arr("1234567890", int64(0), int64(11)),
			errText: "substring: index 0 and length 11 must refer to a location within the string of length 10"},
		{name: "substring negative index", fn: "substring", args: arr("abc", int64(-1), int64(1)), errText: "substring: index -1"},
		{name: "substring negative length", fn: "substring", args: arr("abc", int64(0), int64(-1)), errText: "length -1"},
		{name: "toLower", fn: "toLower", args: arr("One Two Three"), want: "one two three"},
		{name: "toUpper", fn: "toUpper", args: arr("One Two Three"), want: "ONE TWO THREE"},
		{name: "trim", fn: "trim", args: arr("    one two three   "), want: "one two three"},
		{name: "trim tabs and newlines", fn: "trim", args: arr("\t\r\n x \u00a0"), want: "x"},
		{name: "newGuid", fn: "newGuid", args: arr(), want: &value.Unknown{Reason: "newGuid() is known only at deployment"}},
	}
	runTable(t, cases, nil)
}

func TestStringUnknowns(t *testing.T) {
	cases := []tc{
		{name: "join scope unknown", fn: "join", args: arr(arr("/sub", scopeRG), "/"),
			want: &value.Unknown{Reason: scopeRG.Reason, Text: "/sub/{resourceGroupName}", Scope: true}},
		{name: "join plain unknown", fn: "join", args: arr(arr("a", later1), "/"), want: plainLater},
		{name: "join array holding unknown", fn: "join", args: arr(arr(arr(later1)), "/"), want: plainLater},
		{name: "string of array with unknown", fn: "string", args: arr(arr(later1)), want: plainLater},
		{name: "toLower of unknown", fn: "toLower", args: arr(scopeRG), want: &value.Unknown{Reason: scopeRG.Reason}},
		{name: "split a resource ID of the deployment", fn: "split",
			args: arr(&value.Unknown{Reason: scopeRG.Reason, Text: "/rg/{resourceGroupName}/zones/z1", Scope: true}, "/"),
			want: arr("", "rg", &value.Unknown{Reason: scopeRG.Reason, Text: "{resourceGroupName}", Scope: true}, "zones", "z1")},
		{name: "split a plain unknown", fn: "split", args: arr(later1, "/"), want: plainLater},
		{name: "split by an unknown", fn: "split", args: arr("a/b", later1), want: plainLater},
	}
	runTable(t, cases, nil)
}

func TestStringBudget(t *testing.T) {
	long := strings.Repeat("x", 60)
	cases := []tc{
		{name: "padLeft", fn: "padLeft", args: arr("a", int64(1_000_000_000), "0"), budget: true, errText: "padLeft:"},
		{name: "replace", fn: "replace", args: arr(long, "x", "yy"), budget: true},
		{name: "join", fn: "join", args: arr(arr(long, long), ","), budget: true},
		{name: "split", fn: "split", args: arr(long+long, ","), budget: true},
		{name: "string", fn: "string", args: arr(arr(long, long)), budget: true},
		{name: "toUpper", fn: "toUpper", args: arr(long + long), budget: true},
	}
	runTable(t, cases, small(100))
}
