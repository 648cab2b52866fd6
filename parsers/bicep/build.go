package bicep

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/attrs"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// templateKeys are the body properties that say how a resource is
// deployed rather than what it is.
var templateKeys = map[string]bool{"name": true, "parent": true, "scope": true, "dependsOn": true}

// builder turns a resource body into node attributes, walking the syntax
// so that literal values keep their own ranges and computed ones take
// their expression's.
type builder struct {
	*attrs.Builder
	ev *evaluator
}

// build makes the node of an instance.
func (d *deployment) build(in *instance) {
	if in.dropped || in.body == nil {
		return
	}
	rd := in.r.d
	n := &graph.Node{ID: d.nodeID(in), Type: in.typ, Name: in.names[len(in.names)-1], Format: graph.Bicep,
		Range: d.declRange(&rd.s.Decl), Origin: d.origin, Attrs: map[string]any{}, Facts: map[string]any{}}
	if !in.known {
		n.Name = rd.name()
	}
	in.node = n
	b := &builder{Builder: &attrs.Builder{Node: n, Prefix: d.u.prefix, Because: d.u.because}, ev: in.ev}
	for _, p := range in.body.Props {
		if p.Spread {
			b.spread(nil, p, n.Attrs)
			continue
		}
		key, ok := in.ev.key(p)
		if !ok || templateKeys[key] {
			continue
		}
		b.keyRange(graph.P(key), p)
		n.Attrs[key] = b.value(graph.P(key), p.Value)
	}
	b.name(in)
	b.parent(in)
	b.scope(in)
	b.facts(in)
	d.u.add(in, b.Refs)
}

// nodeID is the instance's node ID: the deployment prefix, the scope of
// an extension resource, and the resource path.
func (d *deployment) nodeID(in *instance) string {
	path := graph.ResourcePath(in.typ, in.names)
	scope := in.scopeID()
	if scope == nil {
		return d.u.uniqueID(d.prefix + path)
	}
	return d.u.uniqueID(d.prefix + attrs.ScopeKey(scope) + "/providers/" + path)
}

// declRange locates a declaration from its keyword: decorators above it
// are not part of the resource.
func (d *deployment) declRange(decl *syntax.Decl) graph.Range {
	s := decl.Span
	if n := len(decl.Decorators); n > 0 {
		src := d.f.syn.Src
		i := decl.Decorators[n-1].End
		for i < s.End && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n') {
			i++
		}
		s.Start = i
	}
	return d.f.syn.Range(s)
}

// keyRange records where a property's key is, for a value that is an
// object or array.
func (b *builder) keyRange(path graph.Path, p *syntax.Property) {
	switch p.Value.(type) {
	case *syntax.Object, *syntax.Array, *syntax.For:
		b.Node.SetKeyRange(path, b.ev.d.f.syn.Range(p.KeySpan))
	}
}

// value converts the value of x at path.
func (b *builder) value(path graph.Path, x syntax.Expr) any {
	r := b.ev.d.rangeOf(x)
	switch e := x.(type) {
	case *syntax.Object:
		b.Node.SetRange(path, r)
		out := make(map[string]any, len(e.Props))
		for _, p := range e.Props {
			if p.Spread {
				b.spread(path, p, out)
				continue
			}
			key, ok := b.ev.key(p)
			if !ok {
				b.Node.SetRange(path.Append(key), b.ev.d.f.syn.Range(p.KeySpan))
				b.Unknown(path.Append(key))
				out[key] = nil
				continue
			}
			b.keyRange(path.Append(key), p)
			out[key] = b.value(path.Append(key), p.Value)
		}
		return out
	case *syntax.Array:
		b.Node.SetRange(path, r)
		out := make([]any, 0, len(e.Items))
		for _, it := range e.Items {
			if sp, ok := it.(*syntax.Spread); ok {
				v := b.ev.eval(sp.X)
				items, isArray := v.([]any)
				if !isArray {
					v, _ := b.Plain(path, v, r)
					return v
				}
				for _, item := range items {
					v, _ := b.Plain(path.Append(len(out)), item, b.ev.d.rangeOf(sp))
					out = append(out, v)
				}
				continue
			}
			out = append(out, b.value(path.Append(len(out)), it))
		}
		return out
	case *syntax.For:
		return b.loop(path, e)
	case *syntax.Paren:
		return b.value(path, e.X)
	case *syntax.Ternary:
		if c, known := truth(b.ev.eval(e.Cond)); known {
			if c {
				return b.value(path, e.Then)
			}
			return b.value(path, e.Else)
		}
	}
	v, _ := b.Plain(path, b.ev.plainOf(x, b.ev.eval(x)), r)
	return v
}

// loop converts a for-expression: each item located at the loop's body.
func (b *builder) loop(path graph.Path, f *syntax.For) any {
	r := b.ev.d.rangeOf(f)
	b.Node.SetRange(path, r)
	items, u := b.ev.iterate(f)
	if u != nil {
		v, _ := b.Plain(path, u, r)
		return v
	}
	out := make([]any, 0, len(items))
	for i, item := range items {
		if !b.ev.iterate1() {
			v, _ := b.Plain(path, b.ev.limit(f, "the evaluation used up its budget of 1,000,000 loop iterations"), r)
			return v
		}
		c := &builder{Builder: b.Builder, ev: b.ev.bind(f, item, int64(i))}
		body := f.Body
		if cond, ok := body.(*syntax.If); ok {
			keep, known := truth(c.ev.eval(cond.Cond))
			if !known {
				v, _ := b.Plain(path, &value.Unknown{Reason: "a loop filter is known only at deployment", Text: b.ev.text(f)}, r)
				return v
			}
			if !keep {
				continue
			}
			body = cond.Body
		}
		out = append(out, c.value(path.Append(len(out)), body))
	}
	return out
}

// spread merges ...x into an object under construction.
func (b *builder) spread(path graph.Path, p *syntax.Property, out map[string]any) {
	r := b.ev.d.rangeOf(p)
	switch v := b.ev.eval(p.Value).(type) {
	case *value.Object:
		for _, k := range v.Keys() {
			e, _ := v.Get(k)
			if path == nil && templateKeys[k] {
				continue
			}
			out[k], _ = b.Plain(path.Append(k), e, r)
		}
	case *value.Unknown:
		b.Unknown(path.Append("[spread]"))
	}
}

// name writes the resource's own name (the last segment) at "name".
func (b *builder) name(in *instance) {
	p := prop(in.body, "name")
	if p == nil {
		return
	}
	b.Node.SetRange(graph.P("name"), b.ev.d.rangeOf(p.Value))
	if !in.known {
		b.Unknown(graph.P("name"))
		return
	}
	b.Node.Attrs["name"] = in.names[len(in.names)-1]
}

// parent writes a child resource's parent ID at "parent", located at the
// parent property or the name, and refers to the parent.
func (b *builder) parent(in *instance) {
	segs := strings.Split(in.typ, "/")
	if len(segs) < 3 || len(in.names) != len(segs)-1 {
		return
	}
	p := graph.P("parent")
	if q := prop(in.body, "parent"); q != nil {
		b.Node.SetRange(p, b.ev.d.rangeOf(q.Value))
	} else if q := prop(in.body, "name"); q != nil {
		b.Node.SetRange(p, b.ev.d.rangeOf(q.Value))
	}
	var id any
	if in.parent != nil {
		id = in.parent.id
	} else if in.parentKnown() {
		args := []any{strings.Join(segs[:len(segs)-1], "/")}
		for _, n := range in.names[:len(in.names)-1] {
			args = append(args, n)
		}
		fn, scope := "resourceId", in.scopeID()
		if scope != nil {
			fn, args = "extensionResourceId", append([]any{scope}, args...)
		}
		f, _ := funcs.Lookup(fn)
		id, _ = f.Call(&funcs.Ctx{Env: in.env, Budget: in.r.dep.u.budget}, args)
	}
	b.idAttr(p, id)
}

// scope writes an extension resource's scope as a resource ID at "scope",
// located at the scope property, or at the parent's for a child of an
// extension resource.
func (b *builder) scope(in *instance) {
	id := in.scopeID()
	if id == nil {
		return
	}
	p := graph.P("scope")
	for _, k := range []string{"scope", "parent", "name"} {
		if q := prop(in.body, k); q != nil {
			b.Node.SetRange(p, b.ev.d.rangeOf(q.Value))
			break
		}
	}
	b.idAttr(p, id)
}

// idAttr writes a resource ID at p and refers to the resource.
func (b *builder) idAttr(p graph.Path, id any) {
	switch x := id.(type) {
	case string:
		b.Node.Attrs[p[0]] = x
		b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: x, Path: graph.P("id"), Kind: attrs.KindReference})
	case *value.Unknown:
		if x.Scope {
			b.Node.Attrs[p[0]] = x.Text
			b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: x.Text, Path: graph.P("id"), Kind: attrs.KindReference})
			return
		}
		b.Unknown(p)
		if x.Ref != nil {
			b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: x.Ref.Target, Path: graph.P("id"), Kind: attrs.KindReference})
		}
	default:
		b.Unknown(p)
	}
}
