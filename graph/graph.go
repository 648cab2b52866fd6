package graph

import (
	"fmt"
	"sort"
)

// Graph is the set of nodes of one scan and the edges between them.
type Graph struct {
	nodes map[string]*Node
	order []string
	edges []Edge
	seen  map[string]bool
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{nodes: make(map[string]*Node), seen: make(map[string]bool)}
}

// Add inserts n. When another node already has n's ID (the same object
// declared twice), n gets the ID with a "#2", "#3"… suffix so that neither
// is lost, and Add returns a note naming the first definition (alternative
// manifest sets, such as a base and its overlays, often repeat objects).
func (g *Graph) Add(n *Node) Diagnostics {
	var ds Diagnostics
	if first, dup := g.nodes[n.ID]; dup {
		base := n.ID
		for i := 2; ; i++ {
			n.ID = fmt.Sprintf("%s#%d", base, i)
			if _, taken := g.nodes[n.ID]; !taken {
				break
			}
		}
		ds = append(ds, Diagnostic{Severity: Note, Code: CodeK8sDuplicate, Subject: n.Range,
			Summary: "duplicate object " + base,
			Detail:  fmt.Sprintf("it is also defined at %s; both are checked, the later one as %s", first.Range, n.ID)})
	}
	g.nodes[n.ID] = n
	g.order = append(g.order, n.ID)
	return ds
}

// Node returns the node with the given ID, or nil.
func (g *Graph) Node(id string) *Node { return g.nodes[id] }

// Nodes returns the nodes in the order they were added.
func (g *Graph) Nodes() []*Node {
	out := make([]*Node, len(g.order))
	for i, id := range g.order {
		out[i] = g.nodes[id]
	}
	return out
}

// Len returns the number of nodes.
func (g *Graph) Len() int { return len(g.order) }

// Link adds an edge between two nodes of the graph; duplicates are dropped.
func (g *Graph) Link(e Edge) {
	key := edgeKey(e)
	if g.seen[key] {
		return
	}
	g.seen[key] = true
	g.edges = append(g.edges, e)
}

// Edges returns the edges sorted by from, kind, to, attr and target.
func (g *Graph) Edges() []Edge {
	out := append([]Edge(nil), g.edges...)
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.From != b.From:
			return a.From < b.From
		case a.Kind != b.Kind:
			return a.Kind < b.Kind
		case a.To != b.To:
			return a.To < b.To
		}
		if x, y := a.Attr.String(), b.Attr.String(); x != y {
			return x < y
		}
		return a.Target.String() < b.Target.String()
	})
	return out
}

// MovePaths rewrites the attribute paths of the edges of nodes whose
// attributes moved (renamed keys), given per node ID: the Attr of the
// edges from such a node and the Target of the edges to it. Edges that
// become equal are kept once.
func (g *Graph) MovePaths(moves map[string]func(Path) Path) {
	if len(moves) == 0 {
		return
	}
	edges := g.edges[:0]
	g.seen = make(map[string]bool, len(g.edges))
	for _, e := range g.edges {
		if move := moves[e.From]; move != nil {
			e.Attr = move(e.Attr)
		}
		if move := moves[e.To]; move != nil {
			e.Target = move(e.Target)
		}
		if key := edgeKey(e); !g.seen[key] {
			g.seen[key] = true
			edges = append(edges, e)
		}
	}
	g.edges = edges
}

func edgeKey(e Edge) string {
	return e.From + "\x00" + e.Kind + "\x00" + e.To + "\x00" + e.Attr.String() + "\x00" + e.Target.String()
}
