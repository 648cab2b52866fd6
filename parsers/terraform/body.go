package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// maxNesting bounds how deep nested blocks and literal values are followed.
const maxNesting = 64

// shape keeps where each value of a body is written: the range of the
// expression (ranges) and of the attribute name or block header (keys).
type shape struct {
	ranges map[string]graph.Range
	keys   map[string]graph.Range
}

func newShape() *shape {
	return &shape{ranges: map[string]graph.Range{}, keys: map[string]graph.Range{}}
}

// evalBody evaluates a resource body into an object: attributes by name,
// nested blocks as tuples of objects, dynamic blocks expanded. Meta-
// arguments of the resource itself (depth 0) are left out.
func (in *instance) evalBody(body hcl.Body, extra map[string]cty.Value, p graph.Path, sh *shape, depth int) cty.Value {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		return in.evalJSONBody(body, extra, p, sh, depth)
	}
	obj := map[string]cty.Value{}
	for name, a := range sb.Attributes {
		if depth == 0 && metaAttrs[name] {
			continue
		}
		ap := p.Append(name)
		v := in.eval(a.Expr, extra)
		obj[name] = v
		sh.keys[ap.String()] = in.run.src.rng(a.NameRange)
		sh.ranges[ap.String()] = in.run.src.rng(a.Expr.Range())
		in.subRanges(a.Expr, extra, ap, sh, 0)
	}
	if depth >= maxNesting {
		if len(sb.Blocks) > 0 {
			in.diag(graph.Warning, graph.CodeTFLimit, sb.Blocks[0].DefRange(), "blocks nested too deep",
				"moat reads nested blocks "+itoa(maxNesting)+" levels deep; the blocks below are not evaluated")
		}
		return cty.ObjectVal(obj)
	}
	blocks := map[string][]cty.Value{}
	for _, b := range sb.Blocks {
		if depth == 0 && metaBlocks[b.Type] {
			continue
		}
		if b.Type == "dynamic" && len(b.Labels) == 1 {
			in.dynamic(b, extra, p, sh, depth, blocks)
			continue
		}
		bp := p.Append(b.Type)
		i := len(blocks[b.Type])
		in.blockRanges(b, bp, i, sh)
		blocks[b.Type] = append(blocks[b.Type], in.evalBody(b.Body, extra, bp.Append(i), sh, depth+1))
	}
	for t, vs := range blocks {
		if _, clash := obj[t]; !clash {
			obj[t] = cty.TupleVal(vs)
		}
	}
	return cty.ObjectVal(obj)
}

func (in *instance) blockRanges(b *hclsyntax.Block, bp graph.Path, i int, sh *shape) {
	if i == 0 {
		sh.keys[bp.String()] = in.run.src.rng(b.TypeRange)
		sh.ranges[bp.String()] = in.run.src.rng(b.Range())
	}
	ip := bp.Append(i).String()
	sh.keys[ip] = in.run.src.rng(b.DefRange())
	sh.ranges[ip] = in.run.src.rng(b.Range())
}

// dynamic expands a dynamic block: one block of the labelled type per
// element of for_each, its content evaluated with the iterator in scope.
func (in *instance) dynamic(b *hclsyntax.Block, extra map[string]cty.Value, p graph.Path, sh *shape, depth int, blocks map[string][]cty.Value) {
	typ := b.Labels[0]
	iter := typ
	var forEach hcl.Expression
	for name, a := range b.Body.Attributes {
		switch name {
		case "for_each":
			forEach = a.Expr
		case "iterator":
			if kw := hcl.ExprAsKeyword(a.Expr); kw != "" {
				iter = kw
			}
		}
	}
	var content *hclsyntax.Block
	for _, c := range b.Body.Blocks {
		if c.Type == "content" {
			content = c
		}
	}
	if forEach == nil || content == nil {
		in.diag(graph.Warning, graph.CodeTFEval, b.DefRange(), "dynamic block without for_each or content",
			"a dynamic block needs a for_each argument and a content block")
		return
	}
	v, _ := in.eval(forEach, extra).Unmark()
	bp := p.Append(typ)
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() {
		// Unknown repetitions: the block type is unknown as a whole.
		sh.keys[bp.String()] = in.run.src.rng(b.DefRange())
		blocks[typ] = append(blocks[typ], cty.DynamicVal)
		return
	}
	for it := v.ElementIterator(); it.Next(); {
		k, val := it.Element()
		scope := make(map[string]cty.Value, len(extra)+1)
		for n, x := range extra {
			scope[n] = x
		}
		scope[iter] = cty.ObjectVal(map[string]cty.Value{"key": k, "value": val})
		i := len(blocks[typ])
		in.blockRanges(content, bp, i, sh)
		if i == 0 {
			sh.keys[bp.String()] = in.run.src.rng(b.DefRange())
		}
		blocks[typ] = append(blocks[typ], in.evalBody(content.Body, scope, bp.Append(i), sh, depth+1))
	}
}

// evalJSONBody evaluates a .tf.json body: every property is an attribute
// (nested blocks arrive as objects or arrays of objects).
func (in *instance) evalJSONBody(body hcl.Body, extra map[string]cty.Value, p graph.Path, sh *shape, depth int) cty.Value {
	attrs, ds := body.JustAttributes()
	in.hclDiags(ds)
	obj := map[string]cty.Value{}
	for name, a := range attrs {
		if depth == 0 && (metaAttrs[name] || metaBlocks[name]) || name == "//" {
			continue
		}
		ap := p.Append(name)
		obj[name] = in.eval(a.Expr, extra)
		sh.keys[ap.String()] = in.run.src.rng(a.NameRange)
		sh.ranges[ap.String()] = in.run.src.rng(a.Expr.Range())
	}
	return cty.ObjectVal(obj)
}

// subRanges records the ranges of the parts of object and tuple literals,
// so that a finding on configuration_settings.sslSecret points at that
// entry. The argument of jsonencode counts as the value itself.
func (in *instance) subRanges(e hclsyntax.Expression, extra map[string]cty.Value, p graph.Path, sh *shape, depth int) {
	if depth > maxNesting {
		return
	}
	switch x := e.(type) {
	case *hclsyntax.ObjectConsExpr:
		for _, item := range x.Items {
			k := hcl.ExprAsKeyword(item.KeyExpr)
			if k == "" {
				kv, ds := item.KeyExpr.Value(in.ctx(item.KeyExpr.Variables(), extra))
				kv, _ = kv.Unmark()
				if ds.HasErrors() || !kv.IsKnown() || kv.IsNull() || kv.Type() != cty.String {
					continue
				}
				k = kv.AsString()
			}
			kp := p.Append(k)
			sh.keys[kp.String()] = in.run.src.rng(item.KeyExpr.Range())
			sh.ranges[kp.String()] = in.run.src.rng(item.ValueExpr.Range())
			in.subRanges(item.ValueExpr, extra, kp, sh, depth+1)
		}
	case *hclsyntax.TupleConsExpr:
		for i, el := range x.Exprs {
			ip := p.Append(i)
			sh.ranges[ip.String()] = in.run.src.rng(el.Range())
			in.subRanges(el, extra, ip, sh, depth+1)
		}
	case *hclsyntax.FunctionCallExpr:
		if (x.Name == "jsonencode" || x.Name == "yamlencode") && len(x.Args) == 1 {
			in.subRanges(x.Args[0], extra, p, sh, depth+1)
		}
	case *hclsyntax.ParenthesesExpr:
		in.subRanges(x.Expression, extra, p, sh, depth+1)
	}
}

// maxExprDepth bounds how deeply nested an expression may be.
const maxExprDepth = 1000

// maxExponent bounds the binary exponent of a number literal: go-cty
// compares and prints numbers like 1e-770707 for minutes, and no
// configuration needs more than float64's range.
const maxExponent = 4096

// depthWalker measures nesting and finds number literals out of range.
type depthWalker struct {
	depth, max int
	huge       bool
}

func (w *depthWalker) Enter(n hclsyntax.Node) hcl.Diagnostics {
	w.depth++
	w.max = max(w.max, w.depth)
	if lit, ok := n.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.Number && lit.Val.IsKnown() && !lit.Val.IsNull() {
		if e := lit.Val.AsBigFloat().MantExp(nil); e > maxExponent || e < -maxExponent {
			w.huge = true
		}
	}
	return nil
}

func (w *depthWalker) Exit(hclsyntax.Node) hcl.Diagnostics {
	w.depth--
	return nil
}

// deepExprs finds the attributes of a file whose expressions nest beyond
// maxExprDepth, which no real configuration reaches; they are reported
// once and evaluate to unknown.
func (m *module) deepExprs(src *source, body hcl.Body) {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		return
	}
	var walk func(b *hclsyntax.Body, depth int)
	walk = func(b *hclsyntax.Body, depth int) {
		for _, a := range b.Attributes {
			w := &depthWalker{}
			_ = hclsyntax.Walk(a.Expr, w) // the walker returns no diagnostics
			if w.max <= maxExprDepth && fors(a.Expr).nested {
				m.nestedFor[a.Expr.Range()] = true
			}
			switch {
			case w.max > maxExprDepth:
				m.deep[a.Expr.Range()] = true
				m.diags = m.diags.Warnf(graph.CodeTFLimit, src.rng(a.Expr.Range()), "expression nested too deep",
					"moat evaluates expressions nested up to %d levels; this value is unknown", maxExprDepth)
			case w.huge:
				m.deep[a.Expr.Range()] = true
				m.diags = m.diags.Warnf(graph.CodeTFLimit, src.rng(a.Expr.Range()), "number out of range",
					"a number literal here is beyond ±2^%d, which no Azure setting takes; this value is unknown", maxExponent)
			}
		}
		if depth < maxNesting {
			for _, blk := range b.Blocks {
				walk(blk.Body, depth+1)
			}
		}
	}
	walk(sb, 0)
}

// hugeNumber reports whether an expression holds a number literal beyond
// maxExponent (variables files and --var are checked with it too).
func hugeNumber(e hcl.Expression) bool {
	x, ok := e.(hclsyntax.Expression)
	if !ok {
		return false
	}
	w := &depthWalker{}
	_ = hclsyntax.Walk(x, w) // the walker returns no diagnostics
	return w.huge
}
