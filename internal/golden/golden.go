package golden

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

// Graph is what a golden file shows.
type Graph struct {
	Nodes       []Node `json:"nodes"`
	Edges       []Edge `json:"edges,omitempty"`
	Diagnostics []Diag `json:"diagnostics"`
	Files       any    `json:"files,omitempty"`
}

// Node is the part of a node a golden file shows.
type Node struct {
	ID        string         `json:"id"`
	Type      string         `json:"type"`
	Name      string         `json:"name"`
	Namespace string         `json:"namespace,omitempty"`
	Attrs     map[string]any `json:"attrs"`
	Unknown   []string       `json:"unknown,omitempty"`
	Facts     map[string]any `json:"facts,omitempty"`
	Origin    []string       `json:"origin,omitempty"`
	Range     string         `json:"range"`
	Ranges    []Range        `json:"ranges"`
}

// Range is a value's range beside its key's.
type Range struct {
	Path  string `json:"path"`
	Key   string `json:"key,omitempty"`
	Range string `json:"range"`
}

// Edge is an edge, with paths as strings.
type Edge struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Kind      string `json:"kind"`
	Heuristic bool   `json:"heuristic,omitempty"`
	Attr      string `json:"attr,omitempty"`
	Target    string `json:"target,omitempty"`
}

// Diag is a diagnostic with its subject written short.
type Diag struct {
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	Subject  string `json:"subject"`
}

// Options say how ranges are written.
type Options struct {
	Files bool // prefix ranges with their file name (inputs that span files)
}

// Render builds the golden view of nodes, edges and diagnostics.
func Render(nodes []*graph.Node, edges []graph.Edge, diags graph.Diagnostics, opts Options) Graph {
	out := Graph{Nodes: []Node{}, Diagnostics: []Diag{}}
	for _, n := range nodes {
		g := Node{ID: n.ID, Type: n.Type, Name: n.Name, Namespace: n.Namespace, Attrs: n.Attrs, Facts: n.Facts,
			Range: opts.short(n.Range), Ranges: opts.ranges(n)}
		for _, o := range n.Origin {
			g.Origin = append(g.Origin, opts.short(o))
		}
		for _, u := range n.Unknown {
			g.Unknown = append(g.Unknown, u.String())
		}
		out.Nodes = append(out.Nodes, g)
	}
	for _, e := range edges {
		out.Edges = append(out.Edges, Edge{e.From, e.To, e.Kind, e.Heuristic, e.Attr.String(), e.Target.String()})
	}
	for _, d := range diags {
		out.Diagnostics = append(out.Diagnostics, Diag{d.Severity.String(), d.Code, d.Summary, d.Detail, opts.short(d.Subject)})
	}
	return out
}

// JSON encodes g the way golden files are written.
func JSON(t testing.TB, g Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Compare checks got against the golden file at path, or rewrites the file
// when update is set.
func Compare(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("graph differs from %s (-want +got):\n%s", path, diff)
	}
}

// ranges lists a node's ranges in source order, keys beside values.
func (o Options) ranges(n *graph.Node) []Range {
	paths := make([]string, 0, len(n.Ranges))
	for p := range n.Ranges {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool {
		a, b := n.Ranges[paths[i]], n.Ranges[paths[j]]
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Start.Byte != b.Start.Byte {
			return a.Start.Byte < b.Start.Byte
		}
		return paths[i] < paths[j]
	})
	out := make([]Range, len(paths))
	for i, p := range paths {
		out[i] = Range{Path: p, Range: o.short(n.Ranges[p])}
		if k, ok := n.Keys[p]; ok {
			out[i].Key = o.short(k)
		}
	}
	return out
}

// Short writes a range compactly: line:col-line:col @byte-byte.
func Short(r graph.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d @%d-%d", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column, r.Start.Byte, r.End.Byte)
}

func (o Options) short(r graph.Range) string {
	if o.Files && r.Filename != "" {
		return r.Filename + ":" + Short(r)
	}
	return Short(r)
}
