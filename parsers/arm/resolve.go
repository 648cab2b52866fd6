package arm

import (
	"slices"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/value"
)

// index finds the resources of a unit by symbolic name, by the provider
// part of their ID and by full name.
type index struct {
	symbol, key, name map[string][]*instance
}

func (u *unit) index() *index {
	ix := &index{symbol: map[string][]*instance{}, key: map[string][]*instance{}, name: map[string][]*instance{}}
	for _, in := range u.all {
		if in.d.symbol != "" {
			ix.symbol[strings.ToLower(in.d.symbol)] = append(ix.symbol[strings.ToLower(in.d.symbol)], in)
		}
		k := strings.ToLower(graph.ResourcePath(in.typ, in.names))
		ix.key[k] = append(ix.key[k], in)
		n := strings.ToLower(strings.Join(in.names, "/"))
		ix.name[n] = append(ix.name[n], in)
	}
	return ix
}

// find resolves what a reference names: a resource ID (absolute or
// relative), a symbolic name or a resource name.
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
			if g, known := in.dep.env.ResourceGroup.(string); r.Group == "" || !known || strings.EqualFold(g, r.Group) {
				out = append(out, in)
			}
		}
		return out
	}
	if in := ix.symbol[strings.ToLower(s)]; len(in) > 0 {
		return in
	}
	return ix.name[strings.ToLower(s)]
}

// resolve turns the recorded references into edges; references to
// nothing of the unit stay attribute values for the linker to match.
func (u *unit) resolve() {
	ix := u.index()
	for _, p := range u.refs {
		targets := slices.DeleteFunc(ix.find(p.Target), func(t *instance) bool { return t == p.from || t.node == nil })
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
