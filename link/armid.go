package link

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// parseID reads an absolute resource ID, as the catalog normalises them
// (§1.5); relative ones name nothing across files.
func parseID(s string) (graph.ResourceID, bool) {
	id, ok := graph.ParseResourceID(s)
	return id, ok && !id.Relative
}

// linkLiterals resolves the attributes of the link table that hold a
// literal resource ID, or for a parent a literal name, to the resources of
// the scan they name, by type, name and (when both sides say) resource
// group. More than one candidate makes every link heuristic.
func linkLiterals(g *graph.Graph, byType map[string][]*graph.Node) {
	resolved := map[string]bool{} // from + attr of the references parsers resolved
	for _, e := range g.Edges() {
		if e.Kind == KindReference {
			resolved[e.From+"\x00"+e.Attr.String()] = true
		}
	}
	vnets := map[string][]*graph.Node{} // by lower-case name, for subnets declared inline
	for _, v := range byType["microsoft.network/virtualnetworks"] {
		vnets[strings.ToLower(v.Name)] = append(vnets[strings.ToLower(v.Name)], v)
	}
	for _, n := range g.Nodes() {
		if n.IsKubernetes() {
			continue
		}
		for i, l := range attrLinks {
			if !strings.EqualFold(l.from, n.Type) {
				continue
			}
			for _, at := range expand(n.Attrs, attrSteps[i], nil) {
				s, ok := at.value.(string)
				if !ok || n.IsUnknown(at.path) || resolved[n.ID+"\x00"+at.path.String()] {
					continue
				}
				targets := literalTargets(n, l, s, byType)
				for _, t := range targets {
					g.Link(graph.Edge{From: n.ID, To: t.ID, Kind: l.kind, Attr: at.path, Heuristic: len(targets) > 1})
				}
				if len(targets) == 0 {
					inline := inlineSubnets(s, vnets)
					for _, t := range inline {
						g.Link(graph.Edge{From: n.ID, To: t.node.ID, Kind: l.kind, Attr: at.path, Target: t.path, Heuristic: len(inline) > 1})
					}
				}
			}
		}
	}
}

func literalTargets(n *graph.Node, l attrLink, s string, byType map[string][]*graph.Node) []*graph.Node {
	want := graph.ResourceID{Names: []string{s}}
	if id, ok := parseID(s); ok {
		want = id
	} else if l.attr == "parent" && !strings.Contains(s, "/") {
		i := strings.LastIndex(n.Type, "/")
		want.Type = n.Type[:max(i, 0)]
		want.Group = group(n)
	} else if typ := namedBy[l.attr]; typ != "" && !strings.Contains(s, "/") {
		want.Type, want.Group = typ, group(n)
	} else {
		return nil
	}
	var out []*graph.Node
	for _, t := range byType[strings.ToLower(want.Type)] {
		if t != n && strings.EqualFold(t.Name, want.Name()) && sameGroup(want.Group, group(t)) {
			out = append(out, t)
		}
	}
	return out
}

// inlineSubnets resolves a subnet ID to the VNets of the scan that declare
// that subnet inline, with the path of the subnet's ID
// (properties.subnets[i].id): the link a reference into the inline
// subnets makes.
func inlineSubnets(s string, vnets map[string][]*graph.Node) []inlineSubnet {
	id, ok := parseID(s)
	if !ok || !strings.EqualFold(id.Type, "Microsoft.Network/virtualNetworks/subnets") || len(id.Names) != 2 {
		return nil
	}
	var out []inlineSubnet
	for _, v := range vnets[strings.ToLower(id.Names[0])] {
		if !sameGroup(id.Group, group(v)) {
			continue
		}
		props, _ := v.Attrs["properties"].(map[string]any)
		subnets, _ := props["subnets"].([]any)
		for i, sn := range subnets {
			m, _ := sn.(map[string]any)
			if name, _ := m["name"].(string); strings.EqualFold(name, id.Names[1]) {
				out = append(out, inlineSubnet{node: v, path: graph.P("properties", "subnets", i, "id")})
			}
		}
	}
	return out
}

// inlineSubnet is a subnet declared inside its VNet.
type inlineSubnet struct {
	node *graph.Node
	path graph.Path
}

func group(n *graph.Node) string {
	s, _ := n.Facts["resource_group_name"].(string)
	return s
}

func sameGroup(a, b string) bool { return a == "" || b == "" || strings.EqualFold(a, b) }

type located struct {
	path  graph.Path
	value any
}

// expand lists the values at a path whose "*" steps run over list items.
func expand(v any, steps []string, p graph.Path) []located {
	if len(steps) == 0 {
		return []located{{path: p, value: v}}
	}
	switch c := v.(type) {
	case map[string]any:
		if x, ok := c[steps[0]]; ok {
			return expand(x, steps[1:], p.Append(steps[0]))
		}
	case []any:
		if steps[0] == "*" {
			var out []located
			for i, x := range c {
				out = append(out, expand(x, steps[1:], p.Append(i))...)
			}
			return out
		}
	}
	return nil
}
