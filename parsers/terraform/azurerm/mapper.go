package azurerm

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// source is the Terraform instance being mapped.
type source struct {
	*tfmodel.Resource
}

// value returns the value at p, and false when it is absent or null.
func (s *source) value(p graph.Path) (any, bool) {
	if s == nil || s.Resource == nil {
		return nil, false
	}
	v, ok := s.Value(p)
	return v, ok && v != nil
}

// unknownUnder reports whether the value at p, a value containing it or a
// value inside it is unknown.
func (s *source) unknownUnder(p graph.Path) bool {
	for _, u := range s.Unknown {
		if p.HasPrefix(u) || u.HasPrefix(p) {
			return true
		}
	}
	return false
}

// omitted reports whether none of the spellings of an attribute at base is
// written or unknown: the provider default applies.
func (s *source) omitted(base graph.Path, names ...string) bool {
	for _, n := range names {
		p := base.Append(n)
		if _, ok := s.value(p); ok || s.unknownUnder(p) {
			return false
		}
	}
	return true
}

// header returns where the block or attribute at p is declared: its key
// (block header), else its value, else the resource header.
func (s *source) header(p graph.Path) graph.Range {
	for _, q := range []graph.Path{p, trimIndex(p)} {
		if r, ok := s.Keys[q.String()]; ok {
			return r
		}
		if r, ok := s.Ranges[q.String()]; ok {
			return r
		}
	}
	return s.Range
}

// trimIndex drops a trailing index: the block list of a block element.
func trimIndex(p graph.Path) graph.Path {
	if n := len(p); n > 0 {
		if _, ok := index(p[n-1]); ok {
			return p[:n-1]
		}
	}
	return p
}

// mapper builds one node from one instance.
type mapper struct {
	src      *source
	node     *graph.Node
	unmapped []string
	defaults []string
}

// apply writes the attributes of obj (at Terraform path tf) into the ARM
// object at arm, following rules.
func (m *mapper) apply(rules []rule, tf graph.Path, obj map[string]any, arm graph.Path) {
	for _, key := range sortedKeys(obj) {
		rs := match(rules, key)
		if len(rs) == 0 {
			m.unmapped = append(m.unmapped, tf.Append(key).String())
			continue
		}
		for _, r := range rs {
			m.applyRule(r, tf.Append(key), obj[key], arm)
		}
	}
}

func (m *mapper) applyRule(r rule, tf graph.Path, v any, arm graph.Path) {
	if r.to == nil || v == nil || m.src.IsUnknown(tf) {
		return
	}
	dst := join(arm, r.to)
	switch r.shape {
	case value:
		if out, ok := convert(r, v, m.src); ok {
			m.put(dst, out)
		} else if !empty(v) {
			// A value of a shape the conversion does not know (a custom
			// role name, a body that is not JSON): its ARM value is not
			// known statically.
			m.node.Unknown = append(m.node.Unknown, nonEmpty(dst))
		}
	case object:
		if bs := blocks(v, tf); len(bs) > 0 {
			m.present(r, bs[0].tf, dst)
			m.apply(r.rules, bs[0].tf, bs[0].body, dst)
		}
	case array:
		for _, b := range blocks(v, tf) {
			d := element(r, dst, tf, b.at, m.src)
			m.present(r, b.tf, d)
			m.apply(r.rules, b.tf, b.body, d)
		}
	}
}

// convert gives the ARM value of an argument.
func convert(r rule, v any, s *source) (any, bool) {
	switch {
	case r.keyed:
		return identityKeys(v)
	case r.json:
		return decodeJSON(v)
	case r.each != nil:
		return eachObject(v, r, s)
	case r.conv != nil:
		return r.conv(v, s)
	}
	return graph.CopyValue(v), true
}

// present creates the ARM object of a block and writes what its presence
// implies, located at the block header.
func (m *mapper) present(r rule, tf, dst graph.Path) {
	m.put(dst, map[string]any{})
	for _, s := range r.set {
		p := join(dst, s.path)
		m.put(p, s.v)
		m.node.SetRange(p, m.src.header(tf))
	}
}

// block is one element of a block value.
type block struct {
	body map[string]any
	at   int        // its index in the list
	tf   graph.Path // its Terraform path
}

// blocks returns the elements of a block value, written as a list of
// objects or (.tf.json, plans) as a single object; other values are not
// blocks and give none.
func blocks(v any, tf graph.Path) []block {
	switch x := v.(type) {
	case map[string]any:
		return []block{{x, 0, tf}}
	case []any:
		var out []block
		for i, e := range x {
			if o, ok := e.(map[string]any); ok {
				out = append(out, block{o, i, tf.Append(i)})
			}
		}
		return out
	}
	return nil
}

// element returns the ARM path of element i of the blocks at tf: the same
// index of the array at dst, or for split arrays its index among the
// elements that go to the same array.
func element(r rule, dst, tf graph.Path, i int, s *source) graph.Path {
	if r.alt == nil {
		return dst.Append(i)
	}
	raw, _ := s.value(tf)
	if o, ok := raw.(map[string]any); ok {
		raw = []any{o}
	}
	elems, _ := raw.([]any)
	isAlt := func(j int) bool {
		if j >= len(elems) {
			return false
		}
		o, _ := elems[j].(map[string]any)
		b, _ := o[r.altIf].(bool)
		return b
	}
	n := 0
	for j := 0; j < i && j < len(elems); j++ {
		if isAlt(j) == isAlt(i) {
			n++
		}
	}
	if n < i && i >= len(elems) {
		n = i
	}
	if isAlt(i) {
		return join(dst[:len(dst)-len(r.to)], r.alt).Append(n)
	}
	return dst.Append(n)
}

// put writes v at the ARM path p of the node.
func (m *mapper) put(p graph.Path, v any) {
	m.node.Attrs, _ = putPath(m.node.Attrs, p, v).(map[string]any)
}

// def writes a provider default at p, located at r, unless p has a value.
func (m *mapper) def(p graph.Path, v any, r graph.Range) {
	if _, ok := lookup(m.node.Attrs, p); ok {
		return
	}
	m.put(p, v)
	m.node.SetRange(p, r)
	m.defaults = append(m.defaults, p.String())
}
