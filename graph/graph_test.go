package graph

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func rng(line, col, b, eline, ecol, eb int) Range {
	return Range{Filename: "f.yaml", Start: Pos{line, col, b}, End: Pos{eline, ecol, eb}}
}

func TestLocate(t *testing.T) {
	def := rng(1, 1, 0, 20, 1, 400)
	spec := rng(5, 3, 60, 19, 1, 380)
	labels := rng(8, 7, 120, 10, 1, 160)
	use := rng(9, 38, 150, 9, 44, 156)
	n := &Node{ID: "apps/v1/Deployment/default/ai", Range: def}
	n.SetRange(P("spec"), spec)
	n.SetRange(P("spec", "template", "metadata", "labels"), labels)
	n.SetRange(P("spec", "template", "metadata", "labels", "azure.workload.identity/use"), use)
	labelsKey := rng(8, 7, 120, 8, 13, 126)
	n.SetKeyRange(P("spec", "template", "metadata", "labels"), labelsKey)
	g := New()
	g.Add(n)
	tests := []struct {
		name string
		id   string
		attr Path
		want Range
		ok   bool
	}{
		{"exact", n.ID, P("spec", "template", "metadata", "labels", "azure.workload.identity/use"), use, true},
		{"exact parent", n.ID, P("spec", "template", "metadata", "labels"), labels, true},
		{"missing: parent header", n.ID, P("spec", "template", "metadata", "labels", "app"), labelsKey, true},
		{"missing: parent without key", n.ID, P("spec", "replicas"), spec, true},
		{"skips missing levels", n.ID, P("spec", "template", "spec", "containers", 0), spec, true},
		{"definition", n.ID, P("status"), def, true},
		{"root", n.ID, Path{}, def, true},
		{"unknown node", "nope", P("spec"), Range{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := g.Locate(tc.id, tc.attr)
			if ok != tc.ok {
				t.Fatalf("ok = %v", ok)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAddDuplicate(t *testing.T) {
	g := New()
	first := &Node{ID: "v1/Secret/default/s", Range: rng(1, 1, 0, 5, 1, 50)}
	second := &Node{ID: "v1/Secret/default/s", Range: Range{Filename: "g.yaml", Start: Pos{1, 1, 0}}}
	third := &Node{ID: "v1/Secret/default/s"}
	if ds := g.Add(first); len(ds) != 0 {
		t.Fatalf("first add: %v", ds)
	}
	ds := g.Add(second)
	if len(ds) != 1 || ds[0].Code != CodeK8sDuplicate || ds[0].Subject != second.Range || !strings.Contains(ds[0].Detail, "f.yaml:1:1") {
		t.Fatalf("diagnostics = %v", ds)
	}
	g.Add(third)
	var ids []string
	for _, n := range g.Nodes() {
		ids = append(ids, n.ID)
	}
	if diff := cmp.Diff([]string{"v1/Secret/default/s", "v1/Secret/default/s#2", "v1/Secret/default/s#3"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

func TestEdges(t *testing.T) {
	g := New()
	g.Link(Edge{From: "b", To: "x", Kind: "L16"})
	g.Link(Edge{From: "a", To: "y", Kind: "L20", Heuristic: true})
	g.Link(Edge{From: "a", To: "x", Kind: "L11"})
	g.Link(Edge{From: "a", To: "x", Kind: "L11", Attr: P("spec")}) // another attribute: kept
	g.Link(Edge{From: "a", To: "x", Kind: "L11", Attr: P("spec")}) // duplicate
	want := []Edge{
		{From: "a", To: "x", Kind: "L11"},
		{From: "a", To: "x", Kind: "L11", Attr: P("spec")},
		{From: "a", To: "y", Kind: "L20", Heuristic: true},
		{From: "b", To: "x", Kind: "L16"},
	}
	if diff := cmp.Diff(want, g.Edges()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestUnknown(t *testing.T) {
	n := &Node{Unknown: []Path{P("spec", "template", "spec", "serviceAccountName"), P("data")}}
	tests := []struct {
		p    Path
		want bool
	}{
		{P("spec", "template", "spec", "serviceAccountName"), true},
		{P("data", "x"), true},
		{P("spec", "template", "spec"), false},
		{P("metadata"), false},
	}
	for _, tc := range tests {
		if got := n.IsUnknown(tc.p); got != tc.want {
			t.Errorf("IsUnknown(%v) = %v", tc.p, got)
		}
	}
}

func TestMovePaths(t *testing.T) {
	g := New()
	g.Add(&Node{ID: "a"})
	g.Add(&Node{ID: "b"})
	g.Link(Edge{From: "a", To: "b", Kind: "reference", Attr: P("PROPERTIES", "x"), Target: P("id")})
	g.Link(Edge{From: "a", To: "b", Kind: "reference", Attr: P("properties", "x"), Target: P("id")})
	g.Link(Edge{From: "b", To: "a", Kind: "reference", Attr: P("y"), Target: P("PROPERTIES", "z")})
	lower := func(p Path) Path {
		out := append(Path(nil), p...)
		out[0] = strings.ToLower(out[0])
		return out
	}
	g.MovePaths(map[string]func(Path) Path{"a": lower})
	want := []Edge{
		{From: "a", To: "b", Kind: "reference", Attr: P("properties", "x"), Target: P("id")},
		{From: "b", To: "a", Kind: "reference", Attr: P("y"), Target: P("properties", "z")},
	}
	if diff := cmp.Diff(want, g.Edges()); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	g.Link(Edge{From: "a", To: "b", Kind: "reference", Attr: P("properties", "x"), Target: P("id")})
	if len(g.Edges()) != 2 {
		t.Error("a moved edge added again is kept twice")
	}
}
