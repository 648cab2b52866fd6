package pipeline

import (
	"fmt"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/schema"
)

// attachSchema records on every ARM, Bicep and azapi resource of a type
// the schema index has what the schema of its apiVersion says of its body:
// the "schema" fact the AZR-SCH rules read.
func attachSchema(g *graph.Graph) error {
	x, err := schema.Default()
	if err != nil {
		return fmt.Errorf("load the schema index: %w", err)
	}
	for _, n := range g.Nodes() {
		r, ok := x.Check(n)
		if !ok {
			continue
		}
		if n.Facts == nil {
			n.Facts = map[string]any{}
		}
		n.Facts["schema"] = r.Fact()
	}
	return nil
}
