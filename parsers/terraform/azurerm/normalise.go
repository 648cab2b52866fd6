package azurerm

import (
	"sort"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// EdgeKind is the kind of the edges Normalise returns: a Terraform
// reference from one instance to another.
const EdgeKind = "reference"

// lookupUnknown lists the ARM body parts of a data source that only Azure
// knows: everything but the arguments of the lookup.
var lookupUnknown = []string{"properties", "identity", "sku", "kind", "location", "tags"}

// Normalise maps one instance onto a graph node and its reference edges.
func Normalise(r *tfmodel.Resource) (*graph.Node, []graph.Edge) {
	if r == nil {
		return nil, nil
	}
	s := &source{r}
	n := &graph.Node{ID: tfmodel.NodeID(r.Root, r.Address), Format: graph.Terraform, Name: r.Name, Range: r.Range,
		Origin: append([]graph.Range(nil), r.Origin...)}
	sp, ok := specFor(r)
	if ok {
		mapNode(n, s, sp)
	} else {
		passThrough(n, r)
	}
	if name, ok := n.Attrs["name"].(string); ok && name != "" {
		n.Name = name
	}
	facts(n, s, ok)
	return n, edges(n, s, sp, ok)
}

// specFor returns the spec of the instance's type; azapi specs depend on
// the ARM type the instance names.
func specFor(r *tfmodel.Resource) (spec, bool) {
	if isAzapi(r.Type) {
		return azapiSpec(r)
	}
	sp, ok := specs[r.Type]
	return sp, ok
}

// mapNode fills n with the ARM body of s.
func mapNode(n *graph.Node, s *source, sp spec) {
	n.Type = sp.arm
	n.Attrs = map[string]any{}
	m := &mapper{src: s, node: n}
	m.apply(sp.rules, nil, s.Attrs, nil)
	data := s.Mode == tfmodel.Data
	if sp.defaults != nil && !data {
		sp.defaults(m)
	}
	if sp.extra != nil {
		sp.extra(m)
	}
	moveLocations(n, s, sp.rules)
	moveUnknown(n, s, sp.rules)
	if data {
		for _, k := range lookupUnknown {
			if _, ok := n.Attrs[k]; !ok {
				n.Unknown = append(n.Unknown, graph.Path{k})
			}
		}
	}
	n.Unknown = sortPaths(n.Unknown)
	setFact(n, "unmapped", anyList(m.unmapped))
	setFact(n, "defaults", anyList(m.defaults))
}

// moveLocations moves value and key ranges onto the ARM paths their
// values went to; shorter paths first, so a block element's range wins
// over its list's.
func moveLocations(n *graph.Node, s *source, rules []rule) {
	for _, loc := range []struct {
		from map[string]graph.Range
		set  func(graph.Path, graph.Range)
	}{{s.Ranges, n.SetRange}, {s.Keys, n.SetKeyRange}} {
		for _, key := range byLength(loc.from) {
			q, err := graph.ParsePath(key)
			if err != nil {
				continue
			}
			ts := translate(rules, q, nil, nil, s)
			for _, t := range ts {
				if t.exact && len(t.path) > 0 {
					loc.set(t.path, loc.from[key])
				}
			}
		}
	}
}

// moveUnknown maps unknown Terraform values onto the ARM paths they would
// have been written to; an unknown whole body is unknown properties.
func moveUnknown(n *graph.Node, s *source, rules []rule) {
	for _, u := range s.Unknown {
		ts := translate(rules, u, nil, nil, s)
		for _, t := range ts {
			if len(t.path) == 0 {
				t.path = graph.Path{"properties"}
			}
			n.Unknown = append(n.Unknown, t.path)
		}
	}
}

// passThrough keeps an instance of an unmapped type Terraform-shaped.
func passThrough(n *graph.Node, r *tfmodel.Resource) {
	n.Type = r.Type
	n.Attrs, _ = graph.CopyValue(r.Attrs).(map[string]any)
	if n.Attrs == nil {
		n.Attrs = map[string]any{}
	}
	n.Ranges = copyRanges(r.Ranges)
	n.Keys = copyRanges(r.Keys)
	n.Unknown = sortPaths(append([]graph.Path(nil), r.Unknown...))
}

// edges returns one edge per reference, sorted and without duplicates.
func edges(n *graph.Node, s *source, sp spec, mapped bool) []graph.Edge {
	var out []graph.Edge
	seen := map[string]bool{}
	for _, ref := range s.Refs {
		e := graph.Edge{From: n.ID, To: tfmodel.NodeID(s.Root, ref.Target), Kind: EdgeKind}
		e.Attr = clonePath(ref.Path)
		if mapped {
			if ts := translate(sp.rules, ref.Path, nil, nil, s); len(ts) > 0 {
				e.Attr = nonEmpty(ts[0].path)
			}
		}
		e.Target = clonePath(ref.Attr)
		if t, ok := TargetPath(typeOf(ref.Target), ref.Attr); ok {
			e.Target = t
		}
		key := e.To + "\x00" + e.Attr.String() + "\x00" + e.Target.String()
		if !seen[key] {
			seen[key] = true
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.To != b.To {
			return a.To < b.To
		}
		if x, y := a.Attr.String(), b.Attr.String(); x != y {
			return x < y
		}
		return a.Target.String() < b.Target.String()
	})
	return out
}

func nonEmpty(p graph.Path) graph.Path {
	if len(p) == 0 {
		return graph.Path{"properties"}
	}
	return p
}

func clonePath(p graph.Path) graph.Path {
	if len(p) == 0 {
		return nil
	}
	return append(graph.Path(nil), p...)
}

// sortPaths sorts paths by their string form and drops duplicates.
func sortPaths(ps []graph.Path) []graph.Path {
	sort.Slice(ps, func(i, j int) bool { return ps[i].String() < ps[j].String() })
	var out []graph.Path
	for i, q := range ps {
		if i == 0 || q.String() != ps[i-1].String() {
			out = append(out, q)
		}
	}
	return out
}

// byLength returns the keys of m, shorter first, then in order.
func byLength(m map[string]graph.Range) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) < len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

func copyRanges(m map[string]graph.Range) map[string]graph.Range {
	if m == nil {
		return nil
	}
	out := make(map[string]graph.Range, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
