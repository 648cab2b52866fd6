package jsonpos

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// arm are the options ARM templates are read with.
var arm = Options{Comments: true, Trailing: true, FoldCase: true, Multiline: true}

func TestARMDialect(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		opts  Options
		want  any
		diags []string // code and subject
	}{
		{"trailing comma in object", `{"a": 1,}`, arm, map[string]any{"a": int64(1)}, nil},
		{"trailing comma in array", `[1, 2, ]`, arm, []any{int64(1), int64(2)}, nil},
		{"trailing comma refused by default", `[1,]`, Options{}, nil, []string{"json-syntax 1:4-1:5 @3-4"}},
		{"case-only duplicate", `{"name": 1, "Name": 2}`, arm, map[string]any{"Name": int64(2)}, []string{"json-duplicate-key 1:13-1:19 @12-18"}},
		{"case-only keys differ by default", `{"name": 1, "Name": 2}`, Options{}, map[string]any{"name": int64(1), "Name": int64(2)}, nil},
		{"line break in string", "[\"a\nb\", 1]", arm, []any{"a\nb", int64(1)}, nil},
		{"line break refused by default", "\"a\nb\"", Options{}, nil, []string{"json-syntax 1:3-1:3 @2-2"}},
		{"exact duplicate keeps last", `{"a": 1, "b": 2, "a": 3}`, arm, map[string]any{"a": int64(3), "b": int64(2)}, []string{"json-duplicate-key 1:18-1:21 @17-20"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := Parse("t.json", []byte(tt.src), tt.opts)
			var got []string
			for _, d := range diags {
				got = append(got, d.Code+" "+short(d.Subject))
			}
			if diff := cmp.Diff(tt.diags, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, v.Interface()); diff != "" {
				t.Errorf("value (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFoldCaseKeepsOrder(t *testing.T) {
	v, _ := Parse("t.json", []byte(`{"a": 1, "b": 2, "A": 3, "c": 4}`), arm)
	var keys []string
	for _, f := range v.Fields {
		keys = append(keys, f.Key)
	}
	if diff := cmp.Diff([]string{"b", "A", "c"}, keys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
}

func TestLookup(t *testing.T) {
	v, _ := Parse("t.json", []byte(`{"Type": "x", "type2": "y", "apiVersion": "z"}`), Options{})
	for key, want := range map[string]string{"type": "x", "Type": "x", "APIVERSION": "z", "type2": "y"} {
		if got := v.Lookup(key); got == nil || got.Str != want {
			t.Errorf("Lookup(%q) = %v, want %q", key, got, want)
		}
	}
	if v.Lookup("missing") != nil || (*Value)(nil).Lookup("a") != nil {
		t.Error("Lookup of a missing key or on nil is not nil")
	}
	if f := v.Field("apiversion"); f == nil || short(f.KeyRange) != "1:29-1:41 @28-40" {
		t.Errorf("Field(apiversion) key range = %v", f)
	}
}

func TestStringRange(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		start, end int
		want       string
	}{
		{"plain", `"[concat('a')]"`, 1, 7, "1:3-1:9 @2-8"},
		{"whole", `"abc"`, 0, 3, "1:2-1:5 @1-4"},
		{"after escaped quote", `"a\"b"`, 2, 3, "1:5-1:6 @4-5"},
		{"after unicode escape", `"\u00e9x"`, 2, 3, "1:8-1:9 @7-8"},
		{"inside unicode escape", `"\u00e9x"`, 1, 3, "1:2-1:9 @1-8"},
		{"surrogate pair", `"\ud83d\ude00!"`, 4, 5, "1:14-1:15 @13-14"},
		{"multibyte", `"éé!"`, 4, 5, "1:4-1:5 @5-6"},
		{"clamped", `"ab"`, -3, 99, "1:2-1:4 @1-3"},
		{"second line", "{\n  \"k\": \"[x(\\n)]\"}", 4, 5, "2:14-2:15 @15-16"},
		{"after a raw line break", "\"[x(\r\n  1)]\"", 7, 8, "2:3-2:4 @8-9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			v, diags := Parse("t.json", src, arm)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if v.Kind == Object {
				v = v.Fields[0].Value
			}
			if got := short(StringRange(src, v, tt.start, tt.end)); got != tt.want {
				t.Errorf("StringRange(%d, %d) = %s, want %s", tt.start, tt.end, got, tt.want)
			}
		})
	}
}
