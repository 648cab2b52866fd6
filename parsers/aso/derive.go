package aso

import (
	"github.com/moatscan/moat/graph"
)

// derive builds the ARM node of one ASO object.
func derive(n *graph.Node, k kind) *graph.Node {
	spec, _ := n.Attrs["spec"].(map[string]any)
	name := n.Name
	namePath := graph.P("metadata", "name")
	if s, ok := spec["azureName"].(string); ok && s != "" {
		name, namePath = s, graph.P("spec", "azureName")
	}
	d := &graph.Node{
		ID: IDPrefix + n.ID, Type: k.armType, Name: name, Format: graph.Kubernetes,
		Attrs: map[string]any{"name": name}, Range: n.Range, Origin: append(append([]graph.Range(nil), n.Origin...), n.Range),
	}
	props := map[string]any{}
	for key, v := range spec {
		switch {
		case dropped[key]:
		case fromSecrets[key] != "":
			props[fromSecrets[key]] = nil
			d.Unknown = append(d.Unknown, graph.P("properties", fromSecrets[key]))
		case topLevel[key]:
			d.Attrs[key] = v
		default:
			props[key] = v
		}
	}
	d.Attrs["properties"] = props
	if r, ok := n.Ranges[namePath.String()]; ok {
		d.SetRange(graph.P("name"), r)
	}
	for key, r := range n.Ranges {
		if p, ok := armPath(key); ok {
			d.SetRange(p, r)
		}
	}
	for _, u := range n.Unknown {
		if p, ok := armPath(u.String()); ok {
			d.Unknown = append(d.Unknown, p)
		}
	}
	return d
}

// armPath maps the path of a spec value to its place in the ARM body.
func armPath(key string) (graph.Path, bool) {
	p, err := graph.ParsePath(key)
	if err != nil || len(p) < 2 || p[0] != "spec" || dropped[p[1]] {
		return nil, false
	}
	if to := fromSecrets[p[1]]; to != "" {
		return graph.P("properties", to), true
	}
	if topLevel[p[1]] {
		return p[1:], true
	}
	return append(graph.P("properties"), p[1:]...), true
}
