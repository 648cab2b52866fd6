package arm

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/attrs"
	"github.com/moatscan/moat/parsers/arm/expr"
)

// templateKeys are the members of a resource that describe the
// deployment rather than the resource body.
var templateKeys = map[string]bool{
	"type": true, "apiversion": true, "name": true, "condition": true, "copy": true, "dependson": true,
	"comments": true, "resources": true, "scope": true, "existing": true, "import": true, "metadata": true,
	"resourcegroup": true, "subscriptionid": true, // where an existing resource (or a deployment) lives
}

// build makes the graph node of an instance: its body as attributes with
// the range of every value, its unknowns, facts and references.
func (d *deployment) build(in *instance) {
	n := &graph.Node{ID: d.prefix + graph.ResourcePath(in.typ, in.names), Type: in.typ, Name: in.names[len(in.names)-1],
		Format: graph.ARM, Range: in.d.v.Range, Origin: d.origin, Attrs: map[string]any{}, Facts: map[string]any{}}
	if in.scope != nil {
		n.ID = d.prefix + attrs.ScopeKey(in.scope) + "/providers/" + graph.ResourcePath(in.typ, in.names)
	}
	if !in.known && in.d.symbol != "" {
		n.Name = in.d.symbol // a languageVersion 2.0 resource whose name is unknown goes by its symbolic name
	}
	in.node = n
	b := &builder{dep: d, Builder: attrs.Builder{Node: n, Prefix: d.prefix, Because: d.run.because}}
	for _, m := range in.d.v.Fields {
		if strings.EqualFold(m.Key, "metadata") {
			n.Directives = directives(m.Value)
		}
		if templateKeys[strings.ToLower(m.Key)] {
			continue
		}
		if m.Value.Kind == jsonpos.Object || m.Value.Kind == jsonpos.Array {
			n.SetKeyRange(graph.P(m.Key), m.KeyRange)
		}
		n.Attrs[m.Key], _ = b.attr(in.sc, graph.P(m.Key), m.Value)
	}
	b.name(in)
	b.parent(in)
	b.scope(in)
	b.facts(in)
	d.run.add(in, b.Refs)
}

// builder turns a resource body into node attributes.
type builder struct {
	attrs.Builder
	dep *deployment
}

// attr converts a JSON value of the body at path: literal values keep
// their own ranges, values an expression computes take the expression's.
func (b *builder) attr(sc scope, path graph.Path, v *jsonpos.Value) (any, bool) {
	b.Node.SetRange(path, v.Range)
	switch v.Kind {
	case jsonpos.String:
		if expr.IsExpression(v.Str) {
			return b.Plain(path, sc.expression(v), v.Range)
		}
		s := expr.Literal(v.Str)
		b.IDRef(path, s)
		return s, true
	case jsonpos.Number:
		return v.Interface(), true
	case jsonpos.Bool:
		return v.Bool, true
	case jsonpos.Null:
		return nil, true
	case jsonpos.Array:
		out := make([]any, len(v.Items))
		for i, item := range v.Items {
			out[i], _ = b.attr(sc, path.Append(i), item)
		}
		return out, true
	}
	out := make(map[string]any, len(v.Fields))
	for _, m := range v.Fields {
		key, known := sc.key(m)
		p := path.Append(key)
		if !known {
			b.Node.SetRange(p, m.KeyRange)
			b.Unknown(p)
			out[key] = nil
			continue
		}
		if isPropertyCopy(m) {
			b.propertyCopy(sc, path, m, out)
			continue
		}
		if m.Value.Kind == jsonpos.Object || m.Value.Kind == jsonpos.Array {
			b.Node.SetKeyRange(p, m.KeyRange)
		}
		out[key], _ = b.attr(sc, p, m.Value) // an unknown value is a null listed as unknown, as Terraform's
	}
	return out, true
}

// propertyCopy expands a copy element inside a body: each named property
// becomes an array of its input, evaluated once per index.
func (b *builder) propertyCopy(sc scope, path graph.Path, m jsonpos.Field, out map[string]any) {
	for _, c := range m.Value.Items {
		name := str(c.Lookup("name"))
		p := path.Append(name)
		b.Node.SetRange(p, c.Range)
		b.Node.SetKeyRange(p, m.KeyRange)
		n, known := sc.count(c)
		if !known {
			b.Unknown(p)
			continue
		}
		if !b.dep.take(int(n)) {
			b.Unknown(p)
			continue
		}
		items := make([]any, n)
		for i := range n {
			items[i], _ = b.attr(sc.with(loop{name: name, index: i}), p.Append(i), c.Lookup("input"))
		}
		out[name] = items
	}
}

// ignoreKey is the metadata entry that holds a resource's suppressions:
// one directive string ("AZR-ISO-004 -- why"), or an array of them.
const ignoreKey = "moat:ignore"

// directives reads the suppressions written in a resource's metadata.
// A value that is not a string is kept as an empty directive, so that
// the suppression reader reports it at its place.
func directives(meta *jsonpos.Value) []graph.Directive {
	if meta.Kind != jsonpos.Object {
		return nil
	}
	var out []graph.Directive
	for _, m := range meta.Fields {
		if !strings.EqualFold(m.Key, ignoreKey) {
			continue
		}
		items := []*jsonpos.Value{m.Value}
		if m.Value.Kind == jsonpos.Array {
			items = m.Value.Items
		}
		for _, v := range items {
			d := graph.Directive{Range: v.Range}
			if v.Kind == jsonpos.String {
				d.Text = v.Str
			}
			out = append(out, d)
		}
	}
	return out
}
