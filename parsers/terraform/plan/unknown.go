package plan

import (
	"sort"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// unknownLeaf is a value after_unknown marks as unknown: its path in the
// resource's values and where the mark (true) and its key are written.
type unknownLeaf struct {
	Path  graph.Path
	Range graph.Range
	Key   graph.Range // zero for a list element
}

// unknownLeaves lists the true leaves of an after_unknown value, which
// mirrors the planned values: objects by key, lists by index.
func unknownLeaves(au *jsonpos.Value) []unknownLeaf {
	var out []unknownLeaf
	var walk func(path graph.Path, v *jsonpos.Value, key graph.Range)
	walk = func(path graph.Path, v *jsonpos.Value, key graph.Range) {
		switch v.Kind {
		case jsonpos.Bool:
			if v.Bool && len(path) > 0 {
				out = append(out, unknownLeaf{Path: path, Range: v.Range, Key: key})
			}
		case jsonpos.Array:
			for i, item := range v.Items {
				walk(path.Append(i), item, graph.Range{})
			}
		case jsonpos.Object:
			for _, f := range v.Fields {
				walk(path.Append(f.Key), f.Value, f.KeyRange)
			}
		}
	}
	if au != nil {
		walk(nil, au, graph.Range{})
	}
	return out
}

// applyUnknown marks the paths after_unknown gives as unknown. A null
// member of an object at such a path is removed from Attrs, since the
// value is not null but not known yet; a null list element stays, as
// removing it would shift the others. A path without a planned value
// gets the range of its after_unknown mark, so that a finding about it
// points at the plan's "known after apply".
func applyUnknown(res *tfmodel.Resource, au *jsonpos.Value) {
	for _, leaf := range unknownLeaves(au) {
		res.Unknown = append(res.Unknown, leaf.Path)
		parent, _ := res.Value(leaf.Path[:len(leaf.Path)-1])
		last := leaf.Path[len(leaf.Path)-1]
		if m, ok := parent.(map[string]any); ok {
			if v, ok := m[last]; ok && v == nil {
				delete(m, last)
			}
		}
		key := leaf.Path.String()
		if _, ok := res.Ranges[key]; ok {
			continue
		}
		res.Ranges[key] = leaf.Range
		if !leaf.Key.IsZero() {
			res.Keys[key] = leaf.Key
		}
	}
	sort.Slice(res.Unknown, func(i, j int) bool { return res.Unknown[i].String() < res.Unknown[j].String() })
}
