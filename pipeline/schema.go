package pipeline

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/schema"
)

// attachSchema compares every ARM, Bicep and azapi resource of a type the
// schema index has with the schema of its apiVersion. Property keys
// written in another case than the schema's are renamed to its casing (ARM
// reads them ignoring case; rules read exact names), with the paths of
// their ranges and edges, and what the schema says of the body becomes the
// "schema" fact the AZR-SCH rules read.
func attachSchema(g *graph.Graph, x *schema.Index) {
	moves := map[string]func(graph.Path) graph.Path{}
	for _, n := range g.Nodes() {
		r, ok := x.Check(n)
		if !ok {
			continue
		}
		if move := x.Canonicalize(n, r); move != nil {
			moves[n.ID] = move
		}
		if n.Facts == nil {
			n.Facts = map[string]any{}
		}
		n.Facts["schema"] = r.Fact()
	}
	g.MovePaths(moves)
}
