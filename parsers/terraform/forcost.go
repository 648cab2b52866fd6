package terraform

import (
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// maxForCost bounds the values nested for expressions may produce in one
// expression. HCL has no limit of its own: three for expressions over
// range(1024) make a billion values, for hours and gigabytes.
const maxForCost = 5_000_000

// forWalker finds the outermost for expressions of an expression and
// whether any for expression sits inside another.
type forWalker struct {
	depth  int
	outer  []*hclsyntax.ForExpr
	nested bool
}

func (w *forWalker) Enter(n hclsyntax.Node) hcl.Diagnostics {
	if f, ok := n.(*hclsyntax.ForExpr); ok {
		if w.depth == 0 {
			w.outer = append(w.outer, f)
		} else {
			w.nested = true
		}
		w.depth++
	}
	return nil
}

func (w *forWalker) Exit(n hclsyntax.Node) hcl.Diagnostics {
	if _, ok := n.(*hclsyntax.ForExpr); ok {
		w.depth--
	}
	return nil
}

func fors(e hclsyntax.Expression) *forWalker {
	w := &forWalker{}
	_ = hclsyntax.Walk(e, w) // the walker returns no diagnostics
	return w
}

// forCost estimates how many values the for expressions of e produce:
// each for expression's collection length times the cost of its body,
// the body sized with the first element bound to the iterator.
func forCost(e hclsyntax.Expression, ctx *hcl.EvalContext, depth int) float64 {
	if depth > maxNesting {
		return maxForCost + 1
	}
	var total float64
	for _, f := range fors(e).outer {
		total += oneFor(f, ctx, depth)
		if total > maxForCost {
			break
		}
	}
	return total
}

func oneFor(f *hclsyntax.ForExpr, ctx *hcl.EvalContext, depth int) float64 {
	cost := forCost(f.CollExpr, ctx, depth+1)
	if cost > maxForCost {
		return cost
	}
	coll, ds := f.CollExpr.Value(ctx)
	coll, _ = coll.Unmark()
	if ds.HasErrors() || !coll.IsKnown() || coll.IsNull() || !coll.CanIterateElements() || coll.LengthInt() == 0 {
		return cost
	}
	it := coll.ElementIterator()
	it.Next()
	k, v := it.Element()
	child := ctx.NewChild()
	child.Variables = map[string]cty.Value{f.ValVar: v}
	if f.KeyVar != "" {
		child.Variables[f.KeyVar] = k
	}
	var body float64
	for _, x := range []hclsyntax.Expression{f.KeyExpr, f.ValExpr, f.CondExpr} {
		if x != nil {
			body += forCost(x, child, depth+1)
		}
	}
	return cost + float64(coll.LengthInt())*(1+body)
}

// tooManyValues checks an expression that nests for expressions before it
// is evaluated.
func (in *instance) tooManyValues(e hcl.Expression, ctx *hcl.EvalContext) bool {
	x, ok := e.(hclsyntax.Expression)
	if !ok || !in.mod.nestedFor[e.Range()] {
		return false
	}
	c := forCost(x, ctx, 0)
	if c <= maxForCost {
		return false
	}
	in.diag(graph.Warning, graph.CodeTFLimit, e.Range(), "for expressions produce too many values",
		"nested for expressions here would produce more than "+strconv.Itoa(maxForCost)+" values; this value is unknown")
	return true
}
