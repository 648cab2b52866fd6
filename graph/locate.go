package graph

// Locate turns a pointer from a policy into a source range: the range of
// the exact attribute path, else of its nearest parent that has one, else
// the node's definition. It reports false when the node does not exist.
func (g *Graph) Locate(id string, attr Path) (Range, bool) {
	n := g.nodes[id]
	if n == nil {
		return Range{}, false
	}
	return n.Locate(attr), true
}

// Locate returns the range of attr, its nearest located parent, or the
// node's definition range.
func (n *Node) Locate(attr Path) Range {
	for i := len(attr); i > 0; i-- {
		if r, ok := n.Ranges[attr[:i].String()]; ok {
			return r
		}
	}
	return n.Range
}
