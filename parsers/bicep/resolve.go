package bicep

import (
	"slices"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/attrs"
	"github.com/moatscan/moat/parsers/arm/value"
)

func (u *unit) index() *attrs.Index[*instance] {
	ix := attrs.NewIndex[*instance]()
	for _, in := range u.all {
		if in.alias == nil {
			ix.Add(in, in.typ, in.names, "", in.env.ResourceGroup)
		}
	}
	return ix
}

// resolve turns the recorded references into edges; references to
// nothing of the unit stay attribute values for the linker to match.
// An existing resource that the unit also declares (a module deploys the
// registry, the entry file reads it with existing) is that resource: its
// node is dropped and what refers to it refers to the declared one.
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
	}
}

// merge finds the existing resources the unit declares.
func (u *unit) merge() {
	declared := map[string]*instance{}
	for _, in := range u.all {
		if !in.r.d.s.Existing && in.known {
			declared[in.key()] = in
		}
	}
	for _, in := range u.all {
		if in.r.d.s.Existing && in.known {
			in.alias = declared[in.key()]
		}
	}
}

// key identifies a resource within a unit: its group and resource path.
func (in *instance) key() string {
	g := ""
	switch x := in.env.ResourceGroup.(type) {
	case string:
		g = x
	case *value.Unknown:
		g = x.Text
	}
	return strings.ToLower(g + "|" + attrs.ScopeKey(in.scopeID()) + "|" + graph.ResourcePath(in.typ, in.names))
}
