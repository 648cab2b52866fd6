package terraform

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// instance is one evaluation of a module: the root module, or one instance
// of a module call (each count index or for_each key is its own).
type instance struct {
	run    *run
	mod    *module
	path   string               // module part of addresses: "", module.a, module.a["k"].module.b
	key    string               // module key as .terraform/modules/modules.json names it: "", a, a.b
	chain  []string             // module folders from the root down to this one
	origin []graph.Range        // module blocks that led here, outermost first
	inputs map[string]cty.Value // values the caller passes (nil in the root)

	vars     map[string]cty.Value
	varObj   cty.Value
	locals   map[string]cty.Value
	res      map[string]cty.Value // type.name and data.type.name → value references read
	mods     map[string]cty.Value // call name → outputs
	outputs  map[string]cty.Value
	accessed map[string][]hcl.Traversal // type.name → the steps references read after it
	whole    map[string]bool            // type.name read as a whole (for_each over it, passed to a module)
	loose    map[string]bool            // attribute names read from values whose origin is not static: v.id in [for v in x : v.id]
}

func (r *run) newInstance(mod *module, path, key string, chain []string, origin []graph.Range) *instance {
	return &instance{run: r, mod: mod, path: path, key: key, chain: chain, origin: origin,
		vars: map[string]cty.Value{}, locals: map[string]cty.Value{}, res: map[string]cty.Value{},
		mods: map[string]cty.Value{}, outputs: map[string]cty.Value{}, accessed: map[string][]hcl.Traversal{},
		whole: map[string]bool{}, loose: map[string]bool{"id": true}}
}

// evaluate evaluates every declaration of the module in dependency order
// and returns its outputs as an object.
func (in *instance) evaluate() cty.Value {
	items := in.items()
	sorted, cycle := order(items)
	if len(cycle) > 0 {
		in.diag(graph.Error, graph.CodeTFCycle, cycle[0].decl, "references form a cycle: "+cycleNames(cycle),
			"Terraform rejects configurations whose values depend on each other; the values in the cycle are unknown")
	}
	for _, it := range append(sorted, cycle...) {
		it.eval(in)
	}
	return cty.ObjectVal(in.outputs)
}

// items lists the module's declarations with what each reads.
func (in *instance) items() map[string]*item {
	m := in.mod
	items := map[string]*item{}
	add := func(key string, decl hcl.Range, trav []hcl.Traversal, eval func(*instance)) {
		it := &item{key: key, decl: decl, eval: eval}
		for _, t := range trav {
			k, rest := refKey(t)
			if k == "" {
				in.looseAccess(t)
				continue
			}
			it.deps = append(it.deps, k)
			in.access(k, rest)
		}
		items[key] = it
	}
	for name, v := range m.vars {
		add("var."+name, v.decl, nil, func(in *instance) { in.setVar(v) })
	}
	for name, a := range m.locals {
		add("local."+name, a.Range, a.Expr.Variables(), func(in *instance) { in.locals[name] = in.eval(a.Expr, nil) })
	}
	for _, r := range m.resources {
		trav := bodyTraversals(r.body)
		add(r.key(), r.decl, trav, func(in *instance) { in.evalResource(r) })
	}
	for name, c := range m.calls {
		var trav []hcl.Traversal
		for _, e := range []hcl.Expression{c.count, c.forEach} {
			if e != nil {
				trav = append(trav, e.Variables()...)
			}
		}
		for _, a := range c.inputs {
			trav = append(trav, a.Expr.Variables()...)
		}
		add("module."+name, c.decl, trav, func(in *instance) { in.evalCall(c) })
	}
	for name, a := range m.outputs {
		add("output."+name, a.Range, a.Expr.Variables(), func(in *instance) { in.outputs[name] = in.eval(a.Expr, nil) })
	}
	// Names that are not declarations are iterators (v in a for
	// expression, a dynamic block's iterator): what they read is read
	// from values references pass around whole.
	for k := range in.accessed {
		if _, declared := items[k]; !declared && !strings.HasPrefix(k, "data.") {
			_, attr := splitKey(k)
			in.loose[attr] = true
		}
	}
	return items
}

// looseAccess records the attribute each.value.<attr> reads.
func (in *instance) looseAccess(t hcl.Traversal) {
	if t.RootName() != "each" || len(t) < 3 {
		return
	}
	if v, ok := t[1].(hcl.TraverseAttr); ok && v.Name == "value" {
		if a, ok := t[2].(hcl.TraverseAttr); ok {
			in.loose[a.Name] = true
		}
	}
}

// access records which attributes of a resource or data source a reference
// reads, so that the value references see carries them even when the
// provider computes them (id, oidc_issuer_url, identity[0].principal_id).
func (in *instance) access(key string, rest hcl.Traversal) {
	if len(rest) > 0 {
		if _, ok := rest[0].(hcl.TraverseIndex); ok {
			rest = rest[1:]
		}
	}
	if len(rest) > 0 {
		in.accessed[key] = append(in.accessed[key], rest)
	} else {
		in.whole[key] = true
	}
}

// eval evaluates an expression; what cannot be evaluated is unknown, with
// a warning where Terraform would stop with an error.
func (in *instance) eval(e hcl.Expression, extra map[string]cty.Value) cty.Value {
	if in.mod.deep[e.Range()] {
		return cty.DynamicVal
	}
	ctx := in.ctx(e.Variables(), extra)
	if in.tooManyValues(e, ctx) {
		return cty.DynamicVal
	}
	v, ds := e.Value(ctx)
	if ds.HasErrors() {
		if v, ok := in.evalItems(e, ctx, extra); ok {
			return v
		}
		in.hclDiags(ds)
		return cty.DynamicVal
	}
	in.hclDiags(ds)
	return v
}

// evalItems evaluates an object or tuple constructor that failed item by
// item, so that only the items that fail are unknown (a file function
// naming a missing file leaves the rest of a settings map known). The
// items report their own diagnostics. It returns false for other
// expressions, and when a key cannot be evaluated.
func (in *instance) evalItems(e hcl.Expression, ctx *hcl.EvalContext, extra map[string]cty.Value) (cty.Value, bool) {
	switch x := e.(type) {
	case *hclsyntax.ObjectConsExpr:
		attrs := make(map[string]cty.Value, len(x.Items))
		for _, item := range x.Items {
			k, ds := item.KeyExpr.Value(ctx)
			if ds.HasErrors() || !k.IsKnown() || k.IsNull() || !k.Type().Equals(cty.String) {
				return cty.NilVal, false
			}
			k, _ = k.Unmark()
			attrs[k.AsString()] = in.eval(item.ValueExpr, extra)
		}
		return cty.ObjectVal(attrs), true
	case *hclsyntax.TupleConsExpr:
		elems := make([]cty.Value, len(x.Exprs))
		for i, item := range x.Exprs {
			elems[i] = in.eval(item, extra)
		}
		return cty.TupleVal(elems), true
	}
	return cty.NilVal, false
}

func (in *instance) hclDiags(ds hcl.Diagnostics) {
	if len(ds) == 0 {
		return
	}
	in.run.report(hclDiagnostics(in.run.src, ds, graph.CodeTFEval, graph.Warning))
}

func (in *instance) diag(sev graph.Severity, code string, at hcl.Range, summary, detail string) {
	in.run.report(graph.Diagnostics{{Severity: sev, Code: code, Summary: summary, Detail: detail, Subject: in.run.src.rng(at)}})
}
