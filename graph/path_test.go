package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPathString(t *testing.T) {
	tests := []struct {
		name string
		path Path
		want string
	}{
		{"empty", Path{}, ""},
		{"keys", P("spec", "template"), "spec.template"},
		{"index", P("spec", "containers", 0, "env", 12), "spec.containers[0].env[12]"},
		{"dotted key", P("metadata", "labels", "azure.workload.identity/use"), `metadata.labels["azure.workload.identity/use"]`},
		{"leading index", P(3, "a"), "[3].a"},
		{"leading odd key", P("cert.pem"), `["cert.pem"]`},
		{"empty key", P("a", ""), `a[""]`},
		{"zero-padded number is a key", P("a", "01"), `a["01"]`},
		{"quote in key", P(`say "hi"`), `["say \"hi\""]`},
		{"hyphen", P("x-ms-id"), "x-ms-id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.path.String(); got != tc.want {
				t.Fatalf("String() = %q, want %q", got, tc.want)
			}
			back, err := ParsePath(tc.want)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.path, back, cmp.Comparer(func(a, b Path) bool { return a.String() == b.String() && len(a) == len(b) })); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParsePathErrors(t *testing.T) {
	for _, s := range []string{"a[", "a[x]", `a["b"`, "a..b", `a["b"x`, "[-1]"} {
		t.Run(s, func(t *testing.T) {
			if p, err := ParsePath(s); err == nil {
				t.Fatalf("ParsePath(%q) = %v, want an error", s, p)
			}
		})
	}
}

func TestHasPrefix(t *testing.T) {
	p := P("spec", "containers", 0)
	tests := []struct {
		q    Path
		want bool
	}{
		{Path{}, true}, {P("spec"), true}, {P("spec", "containers", 0), true},
		{P("spec", "containers", 1), false}, {P("spec", "containers", 0, "env"), false}, {P("status"), false},
	}
	for _, tc := range tests {
		t.Run(tc.q.String(), func(t *testing.T) {
			if got := p.HasPrefix(tc.q); got != tc.want {
				t.Fatalf("HasPrefix(%v) = %v", tc.q, got)
			}
		})
	}
}

func TestAppendDoesNotAlias(t *testing.T) {
	base := make(Path, 1, 8)
	base[0] = "spec"
	a := base.Append("a")
	b := base.Append("b")
	if a.String() != "spec.a" || b.String() != "spec.b" {
		t.Fatalf("a = %v, b = %v", a, b)
	}
}

func TestLookup(t *testing.T) {
	data := map[string]any{"a": []any{map[string]any{"b": "x"}, nil}}
	tests := []struct {
		path Path
		want any
		ok   bool
	}{
		{P("a", 0, "b"), "x", true},
		{P("a", 1), nil, true},
		{P("a", 2), nil, false},
		{Path{"a", "01"}, nil, false},
		{Path{"a", "-1"}, nil, false},
		{P("a", 0, "c"), nil, false},
		{P("a", 0, "b", "c"), nil, false},
		{nil, data, true},
	}
	for _, tt := range tests {
		got, ok := Lookup(data, tt.path)
		if ok != tt.ok || (tt.path != nil && got != tt.want) {
			t.Errorf("Lookup(%v) = %v, %v; want %v, %v", tt.path, got, ok, tt.want, tt.ok)
		}
	}
}
