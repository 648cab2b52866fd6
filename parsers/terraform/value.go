package terraform

import (
	"errors"
	"math/big"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// ref marks a value read from another resource instance: which one, and
// which of its attributes (a canonical graph.Path string). Marks travel
// with values through expressions, locals, functions and module
// boundaries, so a value knows every instance it came from.
type ref struct {
	target string
	attr   string
}

// flat converts cty values to the plain values of tfmodel.Resource.Attrs,
// collecting unknown paths and references on the way.
type flat struct {
	unknown []graph.Path
	refs    []tfmodel.Ref
	seen    map[string]bool
}

func (c *flat) value(v cty.Value, p graph.Path) any {
	v, marks := v.Unmark()
	for m := range marks {
		if r, ok := m.(ref); ok {
			c.addRef(p, r)
		}
	}
	if !v.IsKnown() {
		c.unknown = append(c.unknown, p)
		return nil
	}
	if v.IsNull() {
		return nil
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return v.AsString()
	case ty == cty.Bool:
		return v.True()
	case ty == cty.Number:
		return number(v.AsBigFloat())
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		out := make([]any, 0, v.LengthInt())
		i := 0
		for it := v.ElementIterator(); it.Next(); i++ {
			_, e := it.Element()
			out = append(out, c.value(e, p.Append(i)))
		}
		return out
	case ty.IsMapType() || ty.IsObjectType():
		out := map[string]any{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			out[k.AsString()] = c.value(e, p.Append(k.AsString()))
		}
		return out
	}
	return nil
}

func (c *flat) addRef(p graph.Path, r ref) {
	k := p.String() + "\x00" + r.target + "\x00" + r.attr
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	if c.seen[k] {
		return
	}
	c.seen[k] = true
	attr, err := graph.ParsePath(r.attr)
	if err != nil || r.attr == "" {
		attr = nil
	}
	c.refs = append(c.refs, tfmodel.Ref{Path: p, Target: r.target, Attr: attr})
}

// number keeps whole numbers as int64 and the rest as float64.
func number(f *big.Float) any {
	if f.IsInt() {
		if i, acc := f.Int64(); acc == big.Exact {
			return i
		}
	}
	x, _ := f.Float64()
	return x
}

var errNotWhole = errors.New("not a whole number")

func convertNumber(v cty.Value) (int64, error) {
	n, err := convert.Convert(v, cty.Number)
	if err != nil || n.IsNull() || !n.IsKnown() {
		return 0, errNotWhole
	}
	f := n.AsBigFloat()
	if !f.IsInt() {
		return 0, errNotWhole
	}
	i, acc := f.Int64()
	if acc != big.Exact {
		return 0, errNotWhole
	}
	return i, nil
}
