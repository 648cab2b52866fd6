package jsonpos

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRanges(t *testing.T) {
	tests := []struct {
		name string
		src  string
		opts Options
		want map[string]string
	}{
		{
			name: "object with a number",
			src:  `{"a": 1}`,
			want: map[string]string{"": "1:1-1:9 @0-8", "key:a": "1:2-1:5 @1-4", "a": "1:7-1:8 @6-7"},
		},
		{
			name: "escapes count as written",
			src:  `{"k\"": "a\u00e9\ud83d\ude00\nb"}`,
			want: map[string]string{
				"":        "1:1-1:34 @0-33",
				"key:k\"": "1:2-1:7 @1-6",
				"k\"":     "1:9-1:33 @8-32",
			},
		},
		{
			name: "multibyte text counts code points",
			src:  `["é😀", 1]`,
			want: map[string]string{"": "1:1-1:10 @0-13", "0": "1:2-1:6 @1-9", "1": "1:8-1:9 @11-12"},
		},
		{
			name: "numbers",
			src:  `[-0, 1.5e+3, 0.25, -12, 7E-2]`,
			want: map[string]string{
				"":  "1:1-1:30 @0-29",
				"0": "1:2-1:4 @1-3", "1": "1:6-1:12 @5-11", "2": "1:14-1:18 @13-17",
				"3": "1:20-1:23 @19-22", "4": "1:25-1:29 @24-28",
			},
		},
		{
			name: "nested arrays",
			src:  `[[1,[2]],[],[[]]]`,
			want: map[string]string{
				"":    "1:1-1:18 @0-17",
				"0":   "1:2-1:9 @1-8",
				"0/0": "1:3-1:4 @2-3", "0/1": "1:5-1:8 @4-7", "0/1/0": "1:6-1:7 @5-6",
				"1": "1:10-1:12 @9-11", "2": "1:13-1:17 @12-16", "2/0": "1:14-1:16 @13-15",
			},
		},
		{
			name: "crlf lines",
			src:  "{\r\n  \"a\": [\r\n    true,\r\n    null\r\n  ]\r\n}\r\n",
			want: map[string]string{
				"":      "1:1-6:2 @0-40",
				"key:a": "2:3-2:6 @5-8",
				"a":     "2:8-5:4 @10-37",
				"a/0":   "3:5-3:9 @17-21",
				"a/1":   "4:5-4:9 @28-32",
			},
		},
		{
			name: "lone cr and lf",
			src:  "[\rfalse,\n\"x\"]",
			want: map[string]string{"": "1:1-3:5 @0-13", "0": "2:1-2:6 @2-7", "1": "3:1-3:4 @9-12"},
		},
		{
			name: "byte order mark",
			src:  "\ufeff{\"a\":null}",
			want: map[string]string{"": "1:1-1:11 @3-13", "key:a": "1:2-1:5 @4-7", "a": "1:6-1:10 @8-12"},
		},
		{
			name: "comments",
			src:  "// head\n{ /* a\n é */ \"a\": 1 // tail\n}",
			opts: Options{Comments: true},
			want: map[string]string{"": "2:1-4:2 @8-38", "key:a": "3:7-3:10 @22-25", "a": "3:12-3:13 @27-28"},
		},
		{
			name: "empty containers",
			src:  ` { } `,
			want: map[string]string{"": "1:2-1:5 @1-4"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := Parse("f.json", []byte(tt.src), tt.opts)
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics: %v", diags)
			}
			if diff := cmp.Diff(tt.want, ranges(v)); diff != "" {
				t.Errorf("ranges (-want +got):\n%s", diff)
			}
			if v.Range.Filename != "f.json" {
				t.Errorf("filename = %q, want f.json", v.Range.Filename)
			}
		})
	}
}

func TestValues(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want any
	}{
		{"escapes", `"a\u00e9\ud83d\ude00\n\t\/\\\"b"`, "aé😀\n\t/\\\"b"},
		{"lone surrogates", `["\ud83d", "\ude00x", "\ud83d\u0041"]`, []any{"\uFFFD", "\uFFFDx", "\uFFFDA"}},
		{"integers", `[0, -7, 9223372036854775807]`, []any{int64(0), int64(-7), int64(9223372036854775807)}},
		{"floats", `[1.5, 1e3, -0.0, 9223372036854775808]`, []any{1.5, 1000.0, 0.0, 9223372036854775808.0}},
		{"out of range", `[1e999, 1e-999]`, []any{"1e999", 0.0}},
		{"literals", `[true, false, null]`, []any{true, false, nil}},
		{"last duplicate wins", `{"a": 1, "b": {}, "a": [2]}`, map[string]any{"a": []any{int64(2)}, "b": map[string]any{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := Parse("f.json", []byte(tt.src), Options{})
			if diags.HasErrors() {
				t.Fatalf("unexpected errors: %v", diags)
			}
			if diff := cmp.Diff(tt.want, v.Interface()); diff != "" {
				t.Errorf("Interface (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGet(t *testing.T) {
	v, _ := Parse("f.json", []byte(`{"a": 1, "b": "x", "a": 2}`), Options{})
	if got := v.Get("a"); got == nil || got.Num != "2" {
		t.Errorf(`Get("a") = %+v, want the last value 2`, got)
	}
	if got := v.Get("c"); got != nil {
		t.Errorf(`Get("c") = %+v, want nil`, got)
	}
	if got := v.Get("b").Get("x"); got != nil {
		t.Errorf("Get on a string = %+v, want nil", got)
	}
	var none *Value
	if none.Get("a") != nil || none.Interface() != nil {
		t.Error("a nil value must give nil")
	}
}
