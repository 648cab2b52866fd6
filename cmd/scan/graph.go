package main

import (
	"encoding/json"
	"os"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/golden"
)

// inspect returns the hook that writes the linked graph for --graph, or
// nil; a failure to write is stored in *errp.
func (f *scanFlags) inspect(errp *error) func(*graph.Graph) {
	if f.graphFile == "" {
		return nil
	}
	return func(g *graph.Graph) {
		view := golden.Render(g.Nodes(), g.Edges(), nil, golden.Options{Files: true})
		b, err := json.MarshalIndent(view, "", "  ")
		if err == nil {
			err = os.WriteFile(f.graphFile, append(b, '\n'), 0o644)
		}
		*errp = err
	}
}
