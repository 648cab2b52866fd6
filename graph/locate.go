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

// Locate returns the range of attr's value when it is written; otherwise
// the attribute is missing and Locate returns the header of its nearest
// written parent (the parent's key, as a missing HCL attribute is reported
// at its block header), or that parent's value when it has no key, or the
// node's definition range.
func (n *Node) Locate(attr Path) Range {
	if r, ok := n.Ranges[attr.String()]; ok {
		return r
	}
	for i := len(attr) - 1; i > 0; i-- {
		key := attr[:i].String()
		if r, ok := n.Keys[key]; ok {
			return r
		}
		if r, ok := n.Ranges[key]; ok {
			return r
		}
	}
	return n.Range
}
