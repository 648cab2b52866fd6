package terraform

import (
	"sort"
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// key is one instance of a block with count or for_each.
type key struct {
	suffix string               // address suffix: "", [0], ["a"]
	vars   map[string]cty.Value // count or each
	unsure bool                 // count or for_each is unknown: one instance stands for all
	index  cty.Value            // the key as a value: NilVal, number or string
}

// expand turns count or for_each into instance keys. Unknown values give
// one instance whose count.index or each.key is unknown, so that the block
// is still checked; a count of 0 or an empty for_each gives none.
func (in *instance) expand(count, forEach hcl.Expression) []key {
	switch {
	case count != nil:
		return in.expandCount(count)
	case forEach != nil:
		return in.expandForEach(forEach)
	}
	return []key{{}}
}

func (in *instance) expandCount(e hcl.Expression) []key {
	v, _ := in.eval(e, nil).Unmark()
	unknown := []key{{suffix: "", unsure: true, vars: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}}
	if !v.IsKnown() {
		return unknown
	}
	if v.IsNull() || v.Type() != cty.Number && v.Type() != cty.String {
		in.diag(graph.Warning, graph.CodeTFEval, e.Range(), "count is not a number", "count takes a whole number; the block is evaluated once with an unknown count.index")
		return unknown
	}
	nv, err := convertNumber(v)
	if err != nil {
		in.diag(graph.Warning, graph.CodeTFEval, e.Range(), "count is not a whole number", "count takes a whole number of 0 or more")
		return unknown
	}
	n := nv
	if n < 0 {
		in.diag(graph.Warning, graph.CodeTFEval, e.Range(), "count is negative", "count takes a whole number of 0 or more")
		return nil
	}
	if n > int64(in.run.opts.MaxInstances) {
		in.diag(graph.Warning, graph.CodeTFLimit, e.Range(), "count beyond the instance limit", "moat evaluates the first "+strconv.Itoa(in.run.opts.MaxInstances)+" instances of a block; count is "+strconv.FormatInt(n, 10))
		n = int64(in.run.opts.MaxInstances)
	}
	keys := make([]key, n)
	for i := range keys {
		idx := cty.NumberIntVal(int64(i))
		keys[i] = key{suffix: "[" + strconv.Itoa(i) + "]", index: idx, vars: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": idx})}}
	}
	return keys
}

func (in *instance) expandForEach(e hcl.Expression) []key {
	v, _ := in.eval(e, nil).Unmark()
	unknown := []key{{unsure: true, vars: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}}}
	if !v.IsKnown() {
		return unknown
	}
	ty := v.Type()
	if v.IsNull() || !ty.IsMapType() && !ty.IsObjectType() && !ty.IsSetType() {
		in.diag(graph.Warning, graph.CodeTFEval, e.Range(), "for_each is not a map or a set of strings", "for_each takes a map, an object or a set of strings; the block is evaluated once with an unknown each.key")
		return unknown
	}
	if ty.IsSetType() && !v.IsWhollyKnown() {
		return unknown
	}
	type kv struct {
		k string
		v cty.Value
	}
	var pairs []kv
	for it := v.ElementIterator(); it.Next(); {
		k, val := it.Element()
		k, _ = k.Unmark()
		if !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
			in.diag(graph.Warning, graph.CodeTFEval, e.Range(), "for_each key is not a known string", "a set given to for_each must hold strings")
			return unknown
		}
		pairs = append(pairs, kv{k.AsString(), val})
		if len(pairs) > in.run.opts.MaxInstances {
			in.diag(graph.Warning, graph.CodeTFLimit, e.Range(), "for_each beyond the instance limit", "moat evaluates the first "+strconv.Itoa(in.run.opts.MaxInstances)+" instances of a block")
			pairs = pairs[:in.run.opts.MaxInstances]
			break
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].k < pairs[j].k })
	keys := make([]key, len(pairs))
	for i, p := range pairs {
		kv := cty.StringVal(p.k)
		keys[i] = key{suffix: "[" + strconv.Quote(p.k) + "]", index: kv, vars: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": kv, "value": p.v})}}
	}
	return keys
}

// collect combines the values of a block's instances the way references
// see them: one object, a tuple for count, an object for for_each.
func collect(count, forEach hcl.Expression, keys []key, vals []cty.Value) cty.Value {
	if len(keys) == 1 && keys[0].unsure {
		return cty.DynamicVal
	}
	switch {
	case count != nil:
		return cty.TupleVal(vals)
	case forEach != nil:
		m := make(map[string]cty.Value, len(vals))
		for i, k := range keys {
			m[k.index.AsString()] = vals[i]
		}
		return cty.ObjectVal(m)
	}
	if len(vals) == 0 {
		return cty.DynamicVal
	}
	return vals[0]
}
