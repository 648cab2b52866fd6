package terraform

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
	"github.com/zclconf/go-cty/cty"
)

// evalResource evaluates every instance of a resource or data block, adds
// them to the run's output and makes them visible to references.
func (in *instance) evalResource(r *resource) {
	keys := in.expand(r.count, r.forEach)
	base := r.typ + "." + r.name
	if r.mode == "data" {
		base = "data." + base
	}
	if in.path != "" {
		base = in.path + "." + base
	}
	vals := make([]cty.Value, 0, len(keys))
	for _, k := range keys {
		if !in.run.budget(1) {
			in.diag(graph.Warning, graph.CodeTFLimit, r.decl, "too many resource instances",
				"moat stops evaluating resources after the instance limit of the scan; later instances are not checked")
			break
		}
		addr := base + k.suffix
		sh := newShape()
		obj := in.evalBody(r.body, k.vars, nil, sh, 0)
		in.run.emit(in.resource(r, addr, obj, sh, k.unsure))
		vals = append(vals, in.refValue(addr, obj, in.reads(r.key())))
	}
	v := collect(r.count, r.forEach, keys[:len(vals)], vals)
	if len(keys) == 1 && keys[0].unsure {
		v = cty.DynamicVal.Mark(ref{target: base})
	}
	in.res[r.key()] = v
}

// resource assembles the evaluated instance for the normaliser.
func (in *instance) resource(r *resource, addr string, obj cty.Value, sh *shape, unsure bool) tfmodel.Resource {
	c := &flat{}
	attrs, _ := c.value(obj, nil).(map[string]any)
	if attrs == nil {
		attrs = map[string]any{}
	}
	return tfmodel.Resource{
		Root:     in.run.root,
		Module:   in.path,
		Address:  addr,
		Mode:     tfmodel.Mode(r.mode),
		Type:     r.typ,
		Name:     r.name,
		Attrs:    attrs,
		Unknown:  c.unknown,
		Ranges:   sh.ranges,
		Keys:     sh.keys,
		Refs:     c.refs,
		Range:    in.run.src.rng(r.decl),
		Provider: in.run.provider(in.mod, providerName(r)),
		Origin:   in.origin,
		Unsure:   unsure,
	}
}

// providerName is the provider a resource type belongs to: the part of its
// type before the first underscore, unless the block names another.
func providerName(r *resource) string {
	if r.provider != "" {
		name, _, _ := strings.Cut(r.provider, ".")
		return name
	}
	name, _, _ := strings.Cut(r.typ, "_")
	return name
}

// reads lists the attribute paths references read from a resource: those
// written after its name, its id always, and, when the resource is passed
// around whole, every attribute read through an iterator.
func (in *instance) reads(key string) []hcl.Traversal {
	out := append([]hcl.Traversal(nil), in.accessed[key]...)
	for name := range in.loose {
		if name == "id" || in.whole[key] {
			out = append(out, hcl.Traversal{hcl.TraverseAttr{Name: name}})
		}
	}
	return out
}
