package kubernetes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

// head starts every manifest of the range table: two lines, 24 bytes.
const head = "apiVersion: v1\nkind: K\n"

func TestRanges(t *testing.T) {
	tests := []struct {
		name string
		src  string
		path string
		text string // the source the range covers
		want string // line:col-line:col @byte-byte
	}{
		{"plain scalar", head + "a: b\n", "a", "b", "3:4-3:5 @26-27"},
		{"plain with inner blanks", head + "a: b c  d # note\n", "a", "b c  d", "3:4-3:10 @26-32"},
		{"multi-line plain", head + "a: one\n  two\n\n  three\nb: 1\n", "a", "one\n  two\n\n  three", "3:4-6:8 @26-44"},
		{"double quoted", head + `a: "x \"y\" z"` + "\n", "a", `"x \"y\" z"`, "3:4-3:15 @26-37"},
		{"single quoted", head + "a: 'it''s'\n", "a", "'it''s'", "3:4-3:11 @26-33"},
		{"multi-line quoted", head + "a: \"one\n  two\"\n", "a", "\"one\n  two\"", "3:4-4:7 @26-37"},
		{"empty quoted", head + "a: ''\n", "a", "''", "3:4-3:6 @26-28"},
		{"literal block", head + "a: |\n  one\n  two\n\nb: 1\n", "a", "|\n  one\n  two", "3:4-5:6 @26-39"},
		{"folded keep", head + "a: >+\n  one\n\n  two  \n\n", "a", ">+\n  one\n\n  two  ", "3:4-6:8 @26-43"},
		{"explicit indent", head + "a:\n  b: |2\n     one\n    two\n  c: 1\n", "a.b", "|2\n     one\n    two", "4:6-6:8 @31-50"},
		{"block in sequence", head + "a:\n- |\n  x\n- y\n", "a[0]", "|\n  x", "4:3-5:4 @28-33"},
		{"empty block", head + "a: |\nb: 1\n", "a", "|", "3:4-3:5 @26-27"},
		{"block comment header", head + "a: |- # note\n  x\n", "a", "|- # note\n  x", "3:4-4:4 @26-39"},
		{"empty value", head + "a:\nb: 1\n", "a", "", "3:3-3:3 @25-25"},
		{"flow sequence", head + "a: [1, [2, 3], {b: c}]\n", "a", "[1, [2, 3], {b: c}]", "3:4-3:23 @26-45"},
		{"flow inner sequence", head + "a: [1, [2, 3], {b: c}]\n", "a[1]", "[2, 3]", "3:8-3:14 @30-36"},
		{"flow inner mapping", head + "a: [1, [2, 3], {b: c}]\n", "a[2].b", "c", "3:20-3:21 @42-43"},
		{"multi-line flow", head + "a: {\n  b: 1, # one\n  c: [x,\n    y],\n}\n", "a", "{\n  b: 1, # one\n  c: [x,\n    y],\n}", "3:4-7:2 @26-60"},
		{"empty flow", head + "a: { }\n", "a", "{ }", "3:4-3:7 @26-29"},
		{"block mapping", head + "a:\n  b: 1\n  c:\n    d: e\n", "a", "b: 1\n  c:\n    d: e", "4:3-6:9 @28-46"},
		{"block sequence", head + "a:\n- x\n- y: z\n  w: v\n", "a", "- x\n- y: z\n  w: v", "4:1-6:7 @26-43"},
		{"sequence item mapping", head + "a:\n- x\n- y: z\n  w: v\n", "a[1]", "y: z\n  w: v", "5:3-6:7 @32-43"},
		{"key with dots", head + "metadata:\n  labels:\n    azure.workload.identity/use: \"true\"\n",
			`metadata.labels["azure.workload.identity/use"]`, `"true"`, "5:34-5:40 @76-82"},
		{"anchor skipped", head + "a: &x\n  b: 1\nc: *x\n", "a", "b: 1", "4:3-4:7 @31-35"},
		{"alias", head + "a: &x\n  b: 1\nc: *x\n", "c", "*x", "5:4-5:6 @39-41"},
		{"aliased value", head + "a: &x\n  b: 1\nc: *x\n", "c.b", "1", "4:6-4:7 @34-35"},
		{"tag skipped", head + "a: !!str 12\n", "a", "12", "3:10-3:12 @32-34"},
		{"tag alone", head + "a: !!str\nb: 1\n", "a", "!!str", "3:4-3:9 @26-31"},
		{"multi-byte before value", head + "ä: ü\nb: 'é'\n", "b", "'é'", "4:4-4:7 @33-37"},
		{"multi-byte value", head + "ä: ü\nb: 'é'\n", `["ä"]`, "ü", "3:4-3:5 @27-29"},
		{"crlf", "apiVersion: v1\r\nkind: K\r\na: |\r\n  x\r\n  y\r\nb: \"p\r\n  q\"\r\n", "b", "\"p\r\n  q\"", "6:4-7:5 @44-52"},
		{"crlf block", "apiVersion: v1\r\nkind: K\r\na: |\r\n  x\r\n  y\r\nb: \"p\r\n  q\"\r\n", "a", "|\r\n  x\r\n  y", "3:4-5:4 @28-39"},
		{"bom", "\ufeffapiVersion: v1\nkind: K\na: b\n", "apiVersion", "v1", "1:13-1:15 @15-17"},
		{"bom later line", "\ufeffapiVersion: v1\nkind: K\na: b\n", "a", "b", "3:4-3:5 @29-30"},
		{"second document", "x: 1\n---\n" + head + "a: b\n", "a", "b", "5:4-5:5 @35-36"},
		{"json escaped slash", `{"apiVersion": "v1", "kind": "K", "a": "x\/y\/z", "b": [1]}`, "b[0]", "1", "1:57-1:58 @56-57"},
		{"json", "{\"apiVersion\": \"v1\",\n \"kind\": \"K\",\n \"a\": [1, {\"b\": null}]}\n", "a[1].b", "null", "3:17-3:21 @51-55"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, diags := Parse("f.yaml", []byte(tt.src), Options{})
			if len(nodes) != 1 {
				t.Fatalf("got %d nodes, want 1; diagnostics: %v", len(nodes), diags)
			}
			r, ok := nodes[0].Ranges[tt.path]
			if !ok {
				t.Fatalf("no range for %s; have %v", tt.path, keys(nodes[0].Ranges))
			}
			if r.Filename != "f.yaml" {
				t.Errorf("filename %q, want f.yaml", r.Filename)
			}
			if got := tt.src[r.Start.Byte:r.End.Byte]; got != tt.text {
				t.Errorf("range covers %q, want %q", got, tt.text)
			}
			if diff := cmp.Diff(tt.want, short(r)); diff != "" {
				t.Errorf("range (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDocumentRange checks that a document's range runs from its first
// content token to the end of its last, markers and comments left out.
func TestDocumentRange(t *testing.T) {
	src := "# lead\n--- # start\n" + head + "a: [1,\n  2]  # trailing\n# tail\n...\n"
	nodes, _ := Parse("f.yaml", []byte(src), Options{})
	if len(nodes) != 1 {
		t.Fatalf("got %d nodes, want 1", len(nodes))
	}
	r := nodes[0].Range
	if got, want := src[r.Start.Byte:r.End.Byte], head+"a: [1,\n  2]"; got != want {
		t.Errorf("document covers %q, want %q", got, want)
	}
	if diff := cmp.Diff("3:1-6:5 @19-53", short(r)); diff != "" {
		t.Errorf("range (-want +got):\n%s", diff)
	}
}

// TestKeys checks the ranges of the keys of collections, which locate
// attributes that are missing below them; scalars' keys are not kept.
func TestKeys(t *testing.T) {
	src := head + "metadata:\n  \"labels\": {app: web}\nbase: &b {k: [1]}\nspec: {<<: *b}\n"
	nodes, _ := Parse("f.yaml", []byte(src), Options{})
	if len(nodes) != 1 {
		t.Fatalf("got %d nodes, want 1", len(nodes))
	}
	tests := []struct{ path, text string }{
		{"metadata", "metadata"},
		{"metadata.labels", `"labels"`},
		{"spec.k", "k"}, // merged: the key where it is defined
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r, ok := nodes[0].Keys[tt.path]
			if !ok {
				t.Fatalf("no key range for %s", tt.path)
			}
			if got := src[r.Start.Byte:r.End.Byte]; got != tt.text {
				t.Errorf("key covers %q, want %q", got, tt.text)
			}
		})
	}
	if _, ok := nodes[0].Keys["metadata.labels.app"]; ok {
		t.Error("a scalar's key range is kept")
	}
	missing := nodes[0].Locate(graph.P("metadata", "labels", "tier"))
	if got := src[missing.Start.Byte:missing.End.Byte]; got != `"labels"` {
		t.Errorf("a missing label is located at %q, want the labels key", got)
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
