package terraform

import (
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// refValue is the value other expressions see for a resource instance: its
// configured attributes, plus an unknown value for every attribute a
// reference reads that the configuration does not set (the provider
// computes id, oidc_issuer_url, identity[0].principal_id). Every leaf is
// marked with the instance and its own path, so that wherever the value
// goes, it names where it came from.
func (in *instance) refValue(addr string, obj cty.Value, accessed []hcl.Traversal) cty.Value {
	v, _ := obj.UnmarkDeep()
	for _, t := range accessed {
		v = ensure(v, t, 0)
	}
	return markLeaves(v, addr, nil, 0)
}

// ensure makes the path of t readable in v, adding unknown values where v
// lacks it.
func ensure(v cty.Value, t hcl.Traversal, depth int) cty.Value {
	if len(t) == 0 || depth > maxNesting || !v.IsKnown() || v.IsNull() {
		return v
	}
	ty := v.Type()
	switch s := t[0].(type) {
	case hcl.TraverseAttr:
		if !ty.IsObjectType() {
			return v
		}
		m := v.AsValueMap()
		if m == nil {
			m = map[string]cty.Value{}
		}
		if e, ok := m[s.Name]; ok {
			m[s.Name] = ensure(e, t[1:], depth+1)
		} else {
			m[s.Name] = placeholder(t[1:], depth+1)
		}
		return cty.ObjectVal(m)
	case hcl.TraverseIndex:
		k, _ := s.Key.Unmark()
		if ty.IsTupleType() && k.Type() == cty.Number && k.IsKnown() {
			i, err := convertNumber(k)
			els := v.AsValueSlice()
			if err != nil || i < 0 || i >= int64(len(els)) {
				return v
			}
			els[i] = ensure(els[i], t[1:], depth+1)
			return cty.TupleVal(els)
		}
	}
	return v
}

// placeholder builds the unknown value a missing path reads.
func placeholder(t hcl.Traversal, depth int) cty.Value {
	if len(t) == 0 || depth > maxNesting {
		return cty.DynamicVal
	}
	switch s := t[0].(type) {
	case hcl.TraverseAttr:
		return cty.ObjectVal(map[string]cty.Value{s.Name: placeholder(t[1:], depth+1)})
	case hcl.TraverseIndex:
		k, _ := s.Key.Unmark()
		if !k.IsKnown() || k.IsNull() {
			return cty.DynamicVal
		}
		if k.Type() == cty.String {
			return cty.ObjectVal(map[string]cty.Value{k.AsString(): placeholder(t[1:], depth+1)})
		}
		i, err := convertNumber(k)
		if err != nil || i < 0 || i > 64 {
			return cty.DynamicVal
		}
		els := make([]cty.Value, i+1)
		for j := range els {
			els[j] = cty.DynamicVal
		}
		els[i] = placeholder(t[1:], depth+1)
		return cty.TupleVal(els)
	}
	return cty.DynamicVal
}

// markLeaves marks every leaf (and every empty or unknown collection) of v
// with the instance address and the leaf's path.
func markLeaves(v cty.Value, addr string, p graph.Path, depth int) cty.Value {
	mark := ref{target: addr, attr: p.String()}
	ty := v.Type()
	if !v.IsKnown() || v.IsNull() || depth > maxNesting || ty.IsPrimitiveType() || v.LengthInt() == 0 {
		return v.Mark(mark)
	}
	switch {
	case ty.IsObjectType() || ty.IsMapType():
		m := v.AsValueMap()
		for k, e := range m {
			m[k] = markLeaves(e, addr, p.Append(k), depth+1)
		}
		if ty.IsMapType() {
			return cty.MapVal(m)
		}
		return cty.ObjectVal(m)
	case ty.IsTupleType() || ty.IsListType():
		els := v.AsValueSlice()
		for i, e := range els {
			els[i] = markLeaves(e, addr, p.Append(strconv.Itoa(i)), depth+1)
		}
		if ty.IsListType() {
			return cty.ListVal(els)
		}
		return cty.TupleVal(els)
	}
	// Sets cannot hold marked elements: the set as a whole carries the mark.
	return v.Mark(mark)
}
