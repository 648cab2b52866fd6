package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
)

// Meta-arguments of resource and module blocks: they shape instances and
// are not attributes of the resource.
var metaAttrs = map[string]bool{"count": true, "for_each": true, "provider": true, "depends_on": true, "providers": true, "source": true, "version": true}

var metaBlocks = map[string]bool{"lifecycle": true, "provisioner": true, "connection": true, "precondition": true, "postcondition": true}

func (m *module) decodeResource(src *source, b *hcl.Block) {
	r := &resource{mode: "managed", typ: b.Labels[0], name: b.Labels[1], decl: b.DefRange, body: b.Body}
	if b.Type == "data" {
		r.mode = "data"
	}
	for name, a := range attributes(b.Body) {
		switch name {
		case "count":
			r.count = a.Expr
		case "for_each":
			r.forEach = a.Expr
		case "provider":
			if t, ds := hcl.AbsTraversalForExpr(a.Expr); !ds.HasErrors() {
				r.provider = t.RootName()
			}
		}
	}
	if r.count != nil && r.forEach != nil {
		m.diags = m.diags.Errorf(graph.CodeTFSyntax, src.rng(b.DefRange), "count and for_each on the same block",
			"a %s block takes count or for_each, not both; remove one", b.Type)
		r.forEach = nil
	}
	m.resources = append(m.resources, r)
}

func (m *module) decodeCall(src *source, b *hcl.Block) {
	c := &call{name: b.Labels[0], decl: b.DefRange, inputs: map[string]*hcl.Attribute{}}
	for name, a := range attributes(b.Body) {
		switch name {
		case "source", "version":
			v, ds := a.Expr.Value(nil)
			if ds.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
				m.diags = m.diags.Errorf(graph.CodeTFSyntax, src.rng(a.Expr.Range()), "module "+name+" is not a literal string",
					"Terraform requires module %s to be a string literal", name)
				continue
			}
			if name == "source" {
				c.source, c.srcRng = v.AsString(), a.Expr.Range()
			} else {
				c.version = v.AsString()
			}
		case "count":
			c.count = a.Expr
		case "for_each":
			c.forEach = a.Expr
		case "providers", "depends_on":
		default:
			c.inputs[name] = a
		}
	}
	if c.source == "" {
		m.diags = m.diags.Errorf(graph.CodeTFSyntax, src.rng(b.DefRange), "module "+c.name+" has no source", "add source = \"./path\" or a registry address")
	}
	if _, dup := m.calls[c.name]; dup {
		m.diags = m.diags.Errorf(graph.CodeTFSyntax, src.rng(b.DefRange), "duplicate module call "+c.name, "module names must be unique within a module")
	}
	m.calls[c.name] = c
}

var terraformSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "required_providers"}}}

// decodeTerraform reads the provider version constraints of
// required_providers: name = { source, version } or the legacy name = "constraint".
func (m *module) decodeTerraform(src *source, body hcl.Body) {
	content, _, ds := body.PartialContent(terraformSchema)
	m.report(src, ds, graph.CodeTFSyntax, graph.Error)
	for _, b := range content.Blocks {
		attrs, ds := b.Body.JustAttributes()
		m.report(src, ds, graph.CodeTFSyntax, graph.Error)
		for name, a := range attrs {
			v, _ := a.Expr.Value(nil)
			if !v.IsWhollyKnown() || v.IsNull() {
				continue
			}
			switch {
			case v.Type() == cty.String:
				m.required[name] = v.AsString()
			case v.Type().IsObjectType() && v.Type().HasAttribute("version"):
				if c := v.GetAttr("version"); c.Type() == cty.String && !c.IsNull() {
					m.required[name] = c.AsString()
				}
			}
		}
	}
}

// attributes returns the attributes of a block body without decoding its
// nested blocks: the native syntax keeps them apart; in JSON every property
// is an attribute, nested blocks included.
func attributes(body hcl.Body) hcl.Attributes {
	if sb, ok := body.(*hclsyntax.Body); ok {
		out := make(hcl.Attributes, len(sb.Attributes))
		for name, a := range sb.Attributes {
			out[name] = a.AsHCLAttribute()
		}
		return out
	}
	attrs, _ := body.JustAttributes()
	return attrs
}
