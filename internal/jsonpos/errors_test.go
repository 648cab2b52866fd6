package jsonpos

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

// diag is the part of a diagnostic the tests compare.
type diag struct {
	Severity string
	Code     string
	Subject  string
	Detail   string
}

func diagsOf(ds graph.Diagnostics) []diag {
	var out []diag
	for _, d := range ds {
		out = append(out, diag{d.Severity.String(), d.Code, short(d.Subject), d.Detail})
	}
	return out
}

func TestErrors(t *testing.T) {
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	tests := []struct {
		name string
		src  string
		opts Options
		want diag
	}{
		{"empty file", "", Options{}, diag{"error", CodeSyntax, "1:1-1:1 @0-0", "Expected a value, but found the end of the file."}},
		{"only space", " \r\n ", Options{}, diag{"error", CodeSyntax, "2:2-2:2 @4-4", "Expected a value, but found the end of the file."}},
		{"missing colon", `{"a" 1}`, Options{}, diag{"error", CodeSyntax, "1:6-1:7 @5-6", "Expected ':' after the object key, but found '1'."}},
		{"unquoted key", `{a: 1}`, Options{}, diag{"error", CodeSyntax, "1:2-1:3 @1-2", "Expected a string key in double quotes, but found 'a'."}},
		{"trailing comma in array", `[1,]`, Options{}, diag{"error", CodeSyntax, "1:4-1:5 @3-4", "Expected a value after ',' (JSON allows no trailing comma), but found ']'."}},
		{"trailing comma in object", "{\"a\":1,\n}", Options{}, diag{"error", CodeSyntax, "2:1-2:2 @8-9", "Expected a string key after ',' (JSON allows no trailing comma), but found '}'."}},
		{"missing comma", `[1 2]`, Options{}, diag{"error", CodeSyntax, "1:4-1:5 @3-4", "Expected ',' or ']' after an array element, but found '2'."}},
		{"missing brace", `{"a":1`, Options{}, diag{"error", CodeSyntax, "1:7-1:7 @6-6", "Expected ',' or '}' after an object member, but found the end of the file."}},
		{"unterminated string", `["é`, Options{}, diag{"error", CodeSyntax, "1:4-1:4 @4-4", "Expected '\"' to close the string that starts at line 1, column 2, but found the end of the file."}},
		{"control character", "\"a\tb\"", Options{}, diag{"error", CodeSyntax, "1:3-1:4 @2-3", "Expected a character or an escape (control characters must be escaped in a string), but found U+0009."}},
		{"bad escape", `"é\x"`, Options{}, diag{"error", CodeSyntax, "1:4-1:5 @4-5", `Expected one of " \ / b f n r t u after '\', but found 'x'.`}},
		{"bad hex", `"\u12G4"`, Options{}, diag{"error", CodeSyntax, "1:6-1:7 @5-6", `Expected four hexadecimal digits after '\u', but found 'G'.`}},
		{"leading zero", `01`, Options{}, diag{"error", CodeSyntax, "1:2-1:3 @1-2", "Expected the end of the file after the top-level value, but found '1'."}},
		{"lone minus", `-`, Options{}, diag{"error", CodeSyntax, "1:2-1:2 @1-1", "Expected a digit after '-', but found the end of the file."}},
		{"bare decimal point", `[1.]`, Options{}, diag{"error", CodeSyntax, "1:4-1:5 @3-4", "Expected a digit after the decimal point, but found ']'."}},
		{"empty exponent", `1e+`, Options{}, diag{"error", CodeSyntax, "1:4-1:4 @3-3", "Expected a digit in the exponent, but found the end of the file."}},
		{"misspelt literal", `[tru]`, Options{}, diag{"error", CodeSyntax, "1:2-1:3 @1-2", "Expected a value (an object, array, string, number, true, false or null), but found 't'."}},
		{"trailing content", "{}\n x", Options{}, diag{"error", CodeSyntax, "2:2-2:3 @4-5", "Expected the end of the file after the top-level value, but found 'x'."}},
		{"comment not allowed", "// c\n1", Options{}, diag{"error", CodeSyntax, "1:1-1:2 @0-1", "Expected a value or punctuation (JSON allows no comments), but found '/'."}},
		{"single slash", "[1 /]", Options{Comments: true}, diag{"error", CodeSyntax, "1:4-1:5 @3-4", "Expected '//' or '/*' to start a comment, but found '/'."}},
		{"unclosed comment", "1 /* x", Options{Comments: true}, diag{"error", CodeSyntax, "1:3-1:3 @2-2", "The comment that starts here is not closed; end it with */."}},
		{"invalid utf-8", "[\r\n\"a\xffb\"]", Options{}, diag{"error", graph.CodeEncoding, "2:3-2:4 @5-6", "Byte 0xFF at offset 5 is not UTF-8; JSON files must be UTF-8 encoded."}},
		{"bom inside", "[\ufeff]", Options{}, diag{"error", CodeSyntax, "1:2-1:3 @1-4", "Expected a value (an object, array, string, number, true, false or null), but found U+FEFF."}},
		{"too deep", deep, Options{}, diag{"error", CodeLimit, "1:1001-1:1002 @1000-1001", "Arrays and objects are nested more than 1000 levels deep here; flatten the document."}},
		{"deeper than set", `{"a":{"b":[]}}`, Options{MaxDepth: 2}, diag{"error", CodeLimit, "1:11-1:12 @10-11", "Arrays and objects are nested more than 2 levels deep here; flatten the document."}},
		{"too large", `[1, 2]`, Options{MaxBytes: 5}, diag{"error", CodeLimit, "1:1-1:1 @0-0", "The file has 6 bytes, more than the limit of 5; split it into smaller files."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := Parse("f.json", []byte(tt.src), tt.opts)
			if v != nil {
				t.Errorf("value = %+v, want nil on an error", v)
			}
			if diff := cmp.Diff([]diag{tt.want}, diagsOf(diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDuplicateKeys(t *testing.T) {
	var many strings.Builder
	many.WriteString("{")
	for i := range 20 {
		many.WriteString(`"k` + string(rune('a'+i)) + `": 0, `)
	}
	many.WriteString(`"kc": 1}`)
	tests := []struct {
		name string
		src  string
		want []diag
		key  string
		last string
	}{
		{
			name: "small object",
			src:  "{\"a\": 1,\n \"b\": 2, \"a\": 3}",
			want: []diag{{"warning", CodeDuplicateKey, "2:10-2:13 @18-21", `The key "a" is also set at line 1, column 2; the last value wins. Remove one of them.`}},
			key:  "a", last: "3",
		},
		{
			name: "large object",
			src:  many.String(),
			want: []diag{{"warning", CodeDuplicateKey, "1:182-1:186 @181-185", `The key "kc" is also set at line 1, column 20; the last value wins. Remove one of them.`}},
			key:  "kc", last: "1",
		},
		{
			name: "three times",
			src:  `{"x":1,"x":2,"x":3}`,
			want: []diag{
				{"warning", CodeDuplicateKey, "1:8-1:11 @7-10", `The key "x" is also set at line 1, column 2; the last value wins. Remove one of them.`},
				{"warning", CodeDuplicateKey, "1:14-1:17 @13-16", `The key "x" is also set at line 1, column 8; the last value wins. Remove one of them.`},
			},
			key: "x", last: "3",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := Parse("f.json", []byte(tt.src), Options{})
			if diff := cmp.Diff(tt.want, diagsOf(diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if got := v.Get(tt.key); got == nil || got.Num != tt.last {
				t.Errorf("Get(%q) = %+v, want %s", tt.key, got, tt.last)
			}
		})
	}
}
