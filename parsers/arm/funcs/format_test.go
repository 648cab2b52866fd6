package funcs

import (
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestFormat(t *testing.T) {
	// The example of Microsoft Learn, "String functions for ARM
	// templates" (format), then .NET composite formatting.
	cases := []tc{
		{name: "documented example", fn: "format", args: arr("{0}, {1}. Formatted number: {2:N0}", "Hello", "User", int64(8175133)),
			want: "Hello, User. Formatted number: 8,175,133"},
		{name: "no items", fn: "format", args: arr("plain"), want: "plain"},
		{name: "repeated item", fn: "format", args: arr("{0}{0}", "ab"), want: "abab"},
		{name: "escaped braces", fn: "format", args: arr("{{{0}}}", int64(1)), want: "{1}"},
		{name: "right aligned", fn: "format", args: arr("[{0,5}]", "ab"), want: "[   ab]"},
		{name: "left aligned", fn: "format", args: arr("[{0,-5}]", "ab"), want: "[ab   ]"},
		{name: "alignment with spec", fn: "format", args: arr("[{0,6:D3}]", int64(7)), want: "[   007]"},
		{name: "spaces around alignment", fn: "format", args: arr("[{0 , 4}]", int64(7)), want: "[   7]"},
		{name: "D3", fn: "format", args: arr("{0:D3}", int64(7)), want: "007"},
		{name: "D negative", fn: "format", args: arr("{0:D3}", int64(-7)), want: "-007"},
		{name: "custom zeros", fn: "format", args: arr("vm{0:00}", int64(3)), want: "vm03"},
		{name: "custom hash", fn: "format", args: arr("{0:#}", int64(0)), want: ""},
		{name: "custom grouping", fn: "format", args: arr("{0:#,0}", int64(1234567)), want: "1,234,567"},
		{name: "N2", fn: "format", args: arr("{0:N2}", int64(1234)), want: "1,234.00"},
		{name: "N default", fn: "format", args: arr("{0:N}", int64(-1234)), want: "-1,234.00"},
		{name: "F1", fn: "format", args: arr("{0:F1}", int64(12)), want: "12.0"},
		{name: "X", fn: "format", args: arr("{0:X}", int64(255)), want: "FF"},
		{name: "x4", fn: "format", args: arr("{0:x4}", int64(255)), want: "00ff"},
		{name: "X negative", fn: "format", args: arr("{0:X}", int64(-1)), want: "FFFFFFFFFFFFFFFF"},
		{name: "E", fn: "format", args: arr("{0:E}", int64(8175133)), want: "8.175133E+006"},
		{name: "E2 rounds", fn: "format", args: arr("{0:e2}", int64(8175133)), want: "8.18e+006"},
		{name: "G", fn: "format", args: arr("{0:G}", int64(42)), want: "42"},
		{name: "G3", fn: "format", args: arr("{0:G3}", int64(12345)), want: "1.23E+04"},
		{name: "P", fn: "format", args: arr("{0:P0}", int64(12)), want: "1,200 %"},
		{name: "float plain", fn: "format", args: arr("{0}", 2.5), want: "2.5"},
		{name: "float F3", fn: "format", args: arr("{0:F3}", 2.5), want: "2.500"},
		{name: "float N1", fn: "format", args: arr("{0:N1}", 12345.67), want: "12,345.7"},
		{name: "float E", fn: "format", args: arr("{0:E2}", 12345.67), want: "1.23E+004"},
		{name: "float G4", fn: "format", args: arr("{0:G4}", 12345.67), want: "1.235E+04"},
		{name: "bool", fn: "format", args: arr("{0}", true), want: "True"},
		{name: "bool ignores spec", fn: "format", args: arr("{0:D3}", false), want: "False"},
		{name: "string ignores spec", fn: "format", args: arr("{0:N2}", "abc"), want: "abc"},
		{name: "null", fn: "format", args: arr("[{0}]", nil), want: "[]"},
		{name: "array as json", fn: "format", args: arr("{0}", arr(int64(1), "a")), want: `[1,"a"]`},
		{name: "missing argument", fn: "format", args: arr("{1}", "a"), errText: "format: the item at offset 0 uses argument 1, but there are 1"},
		{name: "unclosed item", fn: "format", args: arr("a{0", "a"), errText: "format: the item at offset 1 is not closed"},
		{name: "lone closing brace", fn: "format", args: arr("a}b"), errText: "format: unexpected '}' at offset 1"},
		{name: "bad index", fn: "format", args: arr("{x}", "a"), errText: `format: the item at offset 0: "x" is not an argument index`},
		{name: "bad alignment", fn: "format", args: arr("{0,x}", "a"), errText: `"x" is not an alignment`},
		{name: "unsupported spec", fn: "format", args: arr("{0:C}", int64(1)), errText: `the format specifier "C" is not supported`},
		{name: "unsupported custom", fn: "format", args: arr("{0:0.0}", int64(1)), errText: `the format specifier "0.0" is not supported`},
		{name: "format not a string", fn: "format", args: arr(int64(1)), errText: "format: argument 1 must be a string, got int"},
	}
	runTable(t, cases, nil)
}

func TestFormatUnknowns(t *testing.T) {
	cases := []tc{
		{name: "scope unknown", fn: "format", args: arr("/subscriptions/x/resourceGroups/{0}/y", scopeRG),
			want: &value.Unknown{Reason: scopeRG.Reason, Text: "/subscriptions/x/resourceGroups/{resourceGroupName}/y", Scope: true}},
		{name: "scope unknown with alignment", fn: "format", args: arr("{0,30}", scopeRG), want: &value.Unknown{Reason: scopeRG.Reason}},
		{name: "plain unknown", fn: "format", args: arr("{0}-{1}", "a", later1), want: plainLater},
		{name: "unused unknown", fn: "format", args: arr("{0}", "a", later1), want: "a"},
		{name: "unknown format string", fn: "format", args: arr(later1, "a"), want: plainLater},
		{name: "array holding unknown", fn: "format", args: arr("{0}", arr(later1)), want: plainLater},
	}
	runTable(t, cases, nil)
}

func TestFormatBudget(t *testing.T) {
	cases := []tc{
		{name: "alignment", fn: "format", args: arr("{0,16000000}", "a"), budget: true},
		{name: "precision", fn: "format", args: arr("{0:D999999}", int64(1)), budget: true},
		{name: "float precision", fn: "format", args: arr("{0:F999999}", 1.5), budget: true},
		{name: "long text", fn: "format", args: arr("{0}{0}", string(make([]byte, 60))), budget: true},
	}
	runTable(t, cases, small(100))
}
