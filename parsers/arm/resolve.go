package arm

import (
	"slices"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/attrs"
)

func (u *unit) index() *attrs.Index[*instance] {
	ix := attrs.NewIndex[*instance]()
	for _, in := range u.all {
		ix.Add(in, in.typ, in.names, in.d.symbol, in.dep.env.ResourceGroup)
	}
	return ix
}

// resolve turns the recorded references into edges; references to
// nothing of the unit stay attribute values for the linker to match.
func (u *unit) resolve() {
	ix := u.index()
	for _, p := range u.refs {
		targets := slices.DeleteFunc(ix.Find(p.Target), func(t *instance) bool { return t == p.from || t.node == nil })
		for _, t := range targets {
			u.edges = append(u.edges, graph.Edge{From: p.from.node.ID, To: t.node.ID, Kind: p.Kind,
				Attr: p.Attr, Target: p.Path, Heuristic: len(targets) > 1})
		}
		if p.Fill && len(targets) == 1 {
			n := p.from.node
			n.Attrs[p.Attr[0]] = resourceID(targets[0].dep.env, targets[0].typ, targets[0].names)
			n.Unknown = slices.DeleteFunc(n.Unknown, func(q graph.Path) bool { return slices.Equal(q, p.Attr) })
		}
	}
}
