package arm

import (
	"strings"

	"slices"

	"github.com/moatscan/moat/parsers/arm/value"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/attrs"
)

func (u *unit) index() *attrs.Index[*instance] {
	ix := attrs.NewIndex[*instance]()
	for _, in := range u.all {
		if in.alias != nil { // its symbolic name names the declared resource
			ix.Add(in.alias, in.typ, in.names, in.d.symbol, in.dep.env.ResourceGroup)
			continue
		}
		ix.Add(in, in.typ, in.names, in.d.symbol, in.dep.env.ResourceGroup)
	}
	return ix
}

// resolve turns the recorded references into edges; references to
// nothing of the unit stay attribute values for the linker to match.
// An existing resource that the unit also declares (a nested deployment
// deploys the identity, a later one reads it as existing) is that
// resource: its node is dropped and what refers to it refers to the
// declared one.
func (u *unit) resolve() {
	u.merge()
	ix := u.index()
	for _, p := range u.refs {
		if p.from.alias != nil {
			continue
		}
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

// merge finds the existing resources the unit declares.
func (u *unit) merge() {
	declared := map[string]*instance{}
	for _, in := range u.all {
		if !in.existing() && in.known && in.node != nil {
			declared[in.key()] = in
		}
	}
	for _, in := range u.all {
		if in.existing() && in.known {
			in.alias = declared[in.key()]
		}
	}
}

func (in *instance) existing() bool {
	e := in.d.v.Lookup("existing")
	return e != nil && e.Bool
}

// key identifies a resource within a unit: its group, scope and resource
// path.
func (in *instance) key() string {
	g := in.dep.env.ResourceGroup
	if rg := in.d.v.Lookup("resourceGroup"); rg != nil {
		g = in.sc.eval(rg)
	}
	text := ""
	switch x := g.(type) {
	case string:
		text = x
	case *value.Unknown:
		text = x.Text
	}
	return strings.ToLower(text + "|" + attrs.ScopeKey(in.scope) + "|" + graph.ResourcePath(in.typ, in.names))
}
