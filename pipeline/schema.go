package pipeline

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/parallel"
	"github.com/moatscan/moat/schema"
)

// attachSchema compares every ARM, Bicep and azapi resource of a type the
// schema index has with the schema of its apiVersion. Property keys
// written in another case than the schema's are renamed to its casing (ARM
// reads them ignoring case; rules read exact names), with the paths of
// their ranges and edges, and what the schema says of the body becomes the
// "schema" fact the AZR-SCH rules read.
// Nodes are independent, so they are checked in parallel.
func attachSchema(g *graph.Graph, x *schema.Index) {
	nodes := g.Nodes()
	moved := make([]func(graph.Path) graph.Path, len(nodes))
	parallel.Do(len(nodes), func(i int) {
		n := nodes[i]
		r, ok := x.Check(n)
		if !ok {
			return
		}
		moved[i] = x.Canonicalize(n, r)
		if n.Facts == nil {
			n.Facts = map[string]any{}
		}
		n.Facts["schema"] = r.Fact()
	})
	moves := map[string]func(graph.Path) graph.Path{}
	for i, move := range moved {
		if move != nil {
			moves[nodes[i].ID] = move
		}
	}
	g.MovePaths(moves)
}
