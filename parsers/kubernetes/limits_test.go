package kubernetes

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/moatscan/moat/graph"
)

// billionLaughs returns a document whose aliases expand to 10^9 values.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\nl0: &l0 [" + strings.Repeat("lol,", 10) + "]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "l%d: &l%d [", i, i)
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*l%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// deepPaths returns a document of few values with very long paths: a chain
// of nested mappings with long keys, aliased many times.
func deepPaths() string {
	var b strings.Builder
	b.WriteString("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\nchain: &c ")
	key := strings.Repeat("k", 200)
	for i := 0; i < 400; i++ {
		b.WriteString("{" + key + ": ")
	}
	b.WriteString("x" + strings.Repeat("}", 400) + "\nmany: [")
	for i := 0; i < 2000; i++ {
		b.WriteString("*c, ")
	}
	b.WriteString("]\n")
	return b.String()
}

func TestHostile(t *testing.T) {
	const good = "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: good}\n"
	tests := []struct {
		name  string
		src   string
		opts  Options
		code  string
		start string // line:col of the diagnostic
	}{
		{"alias bomb", billionLaughs(), Options{}, graph.CodeYAMLLimit, ""},
		{"long paths", deepPaths(), Options{}, graph.CodeYAMLLimit, ""},
		{"alias cycle", "a: &a [1, *a]\n", Options{}, graph.CodeYAMLLimit, "1:11"},
		{"merge cycle", "a: &a {b: 1, <<: *a}\n", Options{}, graph.CodeYAMLLimit, "1:18"},
		{"deep flow", "a: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n", Options{}, graph.CodeYAMLLimit, "1:503"},
		{"deeper flow", "a: " + strings.Repeat("{b: ", 20000) + "1" + strings.Repeat("}", 20000) + "\n", Options{}, graph.CodeYAMLLimit, "1:1"},
		{"deep block sequence", strings.Repeat("- ", 10000) + "x\n", Options{}, graph.CodeYAMLLimit, "1:1001"},
		{"deep block mapping", deepBlock(1000), Options{}, graph.CodeYAMLLimit, "501:501"},
		{"too large", strings.Repeat("#", 50<<20), Options{}, graph.CodeFileTooLarge, "1:1"},
		{"max bytes option", "a: 1\n", Options{MaxBytes: 4}, graph.CodeFileTooLarge, "1:1"},
		{"invalid utf-8", "a: 1\nb: 'x\xffy'\n", Options{}, graph.CodeEncoding, "2:6"},
		{"utf-16", "\xff\xfea\x00:\x00", Options{}, graph.CodeEncoding, "1:1"},
		{"control character", "a: 1\nb: é\x00\n", Options{}, graph.CodeEncoding, "2:5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.src
			if tt.code != graph.CodeFileTooLarge {
				src += good
			}
			nodes, diags := Parse("hostile.yaml", []byte(src), tt.opts)
			if len(diags) != 1 || diags[0].Code != tt.code || diags[0].Severity != graph.Error {
				t.Fatalf("diagnostics %v, want one %s error", diags, tt.code)
			}
			d := diags[0]
			if got := fmt.Sprintf("%d:%d", d.Subject.Start.Line, d.Subject.Start.Column); tt.start != "" && got != tt.start {
				t.Errorf("diagnostic at %s, want %s", got, tt.start)
			}
			if d.Subject.Filename != "hostile.yaml" || d.Summary == "" || d.Detail == "" {
				t.Errorf("incomplete diagnostic %#v", d)
			}
			checkRange(t, []byte(src), d.Subject)
			if tt.code != graph.CodeFileTooLarge && (len(nodes) != 1 || nodes[0].Name != "good") {
				t.Errorf("got %d nodes, want the good document's", len(nodes))
			}
		})
	}
}

// deepBlock returns n block mappings nested one space deeper each.
func deepBlock(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	return b.String()
}

// TestSyntaxPosition checks that a document that does not parse is
// reported where it goes wrong, in file lines, and that the documents
// around it still yield their objects.
func TestSyntaxPosition(t *testing.T) {
	obj := func(name string) string {
		return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n"
	}
	tests := []struct {
		name string
		bad  string // the broken document, placed between two good ones
		want string // the text of the line reported
	}{
		{"indentation", "kind: x\nmetadata:\n  labels:\n    a: b\n   c: d\n", "c: d"},
		{"sequence in mapping", "a:\n  - b\n  c: d\ne: f\n", "c: d"},
		{"mapping value", "a: 1\n b: 2\nc: 3\n", "b: 2"},
		{"tab", "a:\n\t- b\n", "- b"},
		{"unclosed quote", "a: 1\nb: 'x\nc: 3\n", "b: 'x"},
		{"unclosed bracket", "a: [1, 2\nb: 3\n", "a: [1, 2"},
		{"bad character", "a: 1\nb: @x\n", "b: @x"},
		{"unknown alias", "a: 1\nb: *nope\n", "*nope"},
		{"template", "a: 1\n{{- if .Values.x }}\nb: 2\n{{- end }}\n", "{{- if .Values.x }}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := obj("before") + "---\n" + tt.bad + "---\n" + obj("after")
			nodes, diags := Parse("f.yaml", []byte(src), Options{})
			if len(nodes) != 2 || nodes[0].Name != "before" || nodes[1].Name != "after" {
				t.Errorf("got %d nodes, want before and after", len(nodes))
			}
			if len(diags) != 1 || diags[0].Code != graph.CodeYAMLSyntax {
				t.Fatalf("diagnostics %v, want one yaml-syntax", diags)
			}
			r := diags[0].Subject
			checkRange(t, []byte(src), r)
			if got := src[r.Start.Byte:r.End.Byte]; got != tt.want {
				t.Errorf("reported %q (line %d), want %q", got, r.Start.Line, tt.want)
			}
		})
	}
}

// TestBOMAndCRLF checks one file with both, from start to end.
func TestBOMAndCRLF(t *testing.T) {
	src := "\ufeffapiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: é\r\n---\r\napiVersion: v1\r\nkind: ConfigMap\r\nmetadata: {name: two}\r\n"
	nodes, diags := Parse("f.yaml", []byte(src), Options{})
	if len(nodes) != 2 || len(diags) != 0 {
		t.Fatalf("got %d nodes, diagnostics %v", len(nodes), diags)
	}
	for _, n := range nodes {
		checkNode(t, []byte(src), n)
	}
	if got, want := short(nodes[0].Range), "1:1-4:10 @3-57"; got != want {
		t.Errorf("first document %s, want %s", got, want)
	}
	if got, want := short(nodes[1].Ranges["metadata.name"]), "8:18-8:21 @114-117"; got != want {
		t.Errorf("second name %s, want %s", got, want)
	}
	if !bytes.HasPrefix([]byte(src[3:]), []byte("apiVersion")) {
		t.Fatal("bad test input")
	}
}

// TestRangeCost parses documents whose ranges are costly to find more than
// once: each would take minutes if a range were computed again for every
// ancestor or every alias.
func TestRangeCost(t *testing.T) {
	big := strings.Repeat("x", 4<<20)
	tests := []struct {
		name string
		src  string
	}{
		{"deep large scalar", "data: " + strings.Repeat("{k: ", 450) + "'" + big + "'" + strings.Repeat("}", 450) + "\n"},
		{"aliased large scalar", "a: &a ['" + big[:1<<20] + "']\nb: [" + strings.Repeat("*a, ", 50000) + "]\n"},
		{"aliased comment", "a: &a [&b\n" + strings.Repeat("# "+big[:100]+"\n", 10000) + "  x]\nb: [" + strings.Repeat("*a, ", 50000) + "]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\n" + tt.src
			nodes, diags := Parse("big.yaml", []byte(src), Options{})
			if len(nodes) != 1 || len(diags) != 0 {
				t.Fatalf("got %d nodes, diagnostics %v", len(nodes), diags)
			}
		})
	}
}
