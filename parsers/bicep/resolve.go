package bicep

import (
	"slices"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/value"
)

// index finds the resources of a unit by the provider part of their ID
// and by full name.
type index struct {
	key, name map[string][]*instance
}

func (u *unit) index() *index {
	ix := &index{key: map[string][]*instance{}, name: map[string][]*instance{}}
	for _, in := range u.all {
		if in.alias != nil {
			continue
		}
		k := strings.ToLower(graph.ResourcePath(in.typ, in.names))
		ix.key[k] = append(ix.key[k], in)
		n := strings.ToLower(strings.Join(in.names, "/"))
		ix.name[n] = append(ix.name[n], in)
	}
	return ix
}

// find resolves what a reference names: a resource ID, or a name.
func (ix *index) find(target any) []*instance {
	var s string
	switch x := target.(type) {
	case string:
		s = x
	case *value.Unknown:
		if !x.Scope {
			return nil
		}
		s = x.Text
	default:
		return nil
	}
	if r, ok := graph.ParseResourceID(s); ok {
		var out []*instance
		for _, in := range ix.key[strings.ToLower(r.Path())] {
			if g, known := in.env.ResourceGroup.(string); r.Group == "" || !known || strings.EqualFold(g, r.Group) {
				out = append(out, in)
			}
		}
		return out
	}
	return ix.name[strings.ToLower(s)]
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
		targets := slices.DeleteFunc(ix.find(p.Target), func(t *instance) bool { return t == p.from || t.node == nil })
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
	return strings.ToLower(g + "|" + scopeKey(in.scopeID()) + "|" + graph.ResourcePath(in.typ, in.names))
}
