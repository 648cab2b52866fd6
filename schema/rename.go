package schema

import (
	"sort"

	"github.com/moatscan/moat/graph"
)

// Canonicalize renames the property keys a node writes in another case
// than the schema to the schema's casing, so that rules, which read exact
// names, see what ARM sees. The paths that address the renamed values
// move with them: ranges, key ranges, unknowns and the result's problems.
// Unknown paths, whose keys need not be in the body, take the schema's
// casing step by step. It returns the mapping from old paths to new ones,
// for the edges of the node; nil when nothing was renamed.
func (x *Index) Canonicalize(n *graph.Node, r *Result) func(graph.Path) graph.Path {
	if v, ok := r.Type.Version(r.API); ok && r.Status == Known {
		for i, u := range n.Unknown {
			n.Unknown[i] = x.canonicalPath(v, u)
		}
	}
	if len(r.Renames) == 0 {
		return nil
	}
	names := make(map[string]string, len(r.Renames))
	for _, rn := range r.Renames {
		names[rn.Attr.String()] = rn.Name
	}
	// Innermost first, so that the parent of each key is still found by
	// its old path.
	for i := len(r.Renames) - 1; i >= 0; i-- {
		rn := r.Renames[i]
		parent, _ := graph.Lookup(n.Attrs, rn.Attr[:len(rn.Attr)-1])
		if m, ok := parent.(map[string]any); ok {
			old := rn.Attr[len(rn.Attr)-1]
			m[rn.Name] = m[old]
			delete(m, old)
		}
	}
	move := func(p graph.Path) graph.Path {
		var out graph.Path
		for i := range p {
			if name, ok := names[p[:i+1].String()]; ok {
				if out == nil {
					out = append(graph.Path(nil), p...)
				}
				out[i] = name
			}
		}
		if out == nil {
			return p
		}
		return out
	}
	n.Ranges = movedKeys(n.Ranges, move)
	n.Keys = movedKeys(n.Keys, move)
	if m, ok := n.Facts["unknown_sources"].(map[string]any); ok {
		n.Facts["unknown_sources"] = movedKeys(m, move)
	}
	for i := range r.Problems {
		r.Problems[i].Attr = move(r.Problems[i].Attr)
	}
	return move
}

// movedKeys rewrites the keys of a map keyed by Path.String().
func movedKeys[V any](m map[string]V, move func(graph.Path) graph.Path) map[string]V {
	if len(m) == 0 {
		return m
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(map[string]V, len(m))
	for _, k := range keys {
		p, err := graph.ParsePath(k)
		if err != nil {
			out[k] = m[k]
			continue
		}
		out[move(p).String()] = m[k]
	}
	return out
}

// canonicalPath writes the property names of a path in the schema's casing
// as far as the schema of v describes it.
func (x *Index) canonicalPath(v *Version, p graph.Path) graph.Path {
	var out graph.Path
	id := v.Root
	for i, step := range p {
		s := x.Shape(id)
		if s == nil || s.Kind == Any {
			break
		}
		if s.Kind == Array {
			id = s.Item
			continue
		}
		if s.Kind != Object && s.Kind != Union {
			break
		}
		if pr, ok := x.Property(s, step, ""); ok {
			if pr.Name != step {
				if out == nil {
					out = append(graph.Path(nil), p...)
				}
				out[i] = pr.Name
			}
			if pr.ReadOnly {
				break
			}
			id = pr.Shape
			continue
		}
		if s.Kind != Object || s.Extra == None {
			break
		}
		id = s.Extra
	}
	if out == nil {
		return p
	}
	return out
}
