package azurerm

import (
	"sort"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// facts records where the node came from: the Terraform type, address,
// mode and provider, the resource group it names, and whether it is a data
// source.
func facts(n *graph.Node, s *source, mapped bool) {
	p := s.Provider
	tf := map[string]any{
		"type": s.Type, "address": s.Address, "mode": string(s.Mode),
		"provider": map[string]any{"name": p.Name, "constraint": p.Constraint, "locked": p.Locked, "major": int64(p.Major)},
	}
	if s.Module != "" {
		tf["module"] = s.Module
	}
	setFact(n, "terraform", tf)
	if s.Mode == tfmodel.Data {
		setFact(n, "data_source", true)
	}
	if mapped {
		if rg, ok := s.Attrs["resource_group_name"].(string); ok && rg != "" {
			setFact(n, "resource_group_name", rg)
		}
	}
}

// setFact records a fact; empty lists are left out.
func setFact(n *graph.Node, key string, v any) {
	if l, ok := v.([]any); ok && len(l) == 0 {
		return
	}
	if n.Facts == nil {
		n.Facts = map[string]any{}
	}
	n.Facts[key] = v
}

// anyList returns the sorted strings as a JSON-like list.
func anyList(ss []string) []any {
	ss = append([]string(nil), ss...)
	sort.Strings(ss)
	out := make([]any, 0, len(ss))
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}
