package attrs

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/value"
)

// The edge kinds the evaluators make: a value read from another resource
// (the linker turns those its table knows into catalog links), and a
// dependsOn entry.
const (
	KindReference = "reference"
	KindDependsOn = "depends-on"
)

// Ref is a value read from another resource, to become an edge.
type Ref struct {
	Attr   graph.Path
	Target any        // a resource ID, symbolic name or name
	Path   graph.Path // the attribute of the target read ("id" for an ID)
	Kind   string
	Fill   bool // write the target's ID at Attr once resolved
}

// Builder converts the evaluated values of one node's attributes.
type Builder struct {
	Node *graph.Node
	Refs []Ref
	// Prefix names the deployment in unknown_sources, so that equal
	// expressions of one deployment are equal values.
	Prefix string
	// Because, when set, counts why an attribute is unknown.
	Because func(reason string)
}

// Plain converts an evaluated value to attribute data at path, every part
// of it located at r. Unknown parts are null and listed as unknown; the
// second result is false for them.
func (b *Builder) Plain(path graph.Path, v any, r graph.Range) (any, bool) {
	b.Node.SetRange(path, r)
	switch x := v.(type) {
	case *value.Unknown:
		if x.Scope && strings.HasPrefix(x.Text, "/") {
			b.IDRef(path, x.Text)
			return x.Text, true
		}
		b.Unknown(path)
		if b.Because != nil {
			b.Because(x.Reason)
		}
		b.source(path, x)
		if x.Ref != nil {
			b.Refs = append(b.Refs, Ref{Attr: path, Target: x.Ref.Target, Path: RefPath(x.Ref), Kind: KindReference})
		}
		return nil, false
	case *value.Object:
		out := make(map[string]any, x.Len())
		for _, k := range x.Keys() {
			e, _ := x.Get(k)
			out[k], _ = b.Plain(path.Append(k), e, r)
		}
		return out, true
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i], _ = b.Plain(path.Append(i), e, r)
		}
		return out, true
	case *value.Lambda:
		b.Unknown(path)
		return nil, false
	case string:
		b.IDRef(path, x)
	}
	return v, true
}

// Unknown lists path as unknown.
func (b *Builder) Unknown(path graph.Path) {
	b.Node.Unknown = append(b.Node.Unknown, path)
}

// RefPath is the attribute of the target a reference() reads.
func RefPath(r *value.Ref) graph.Path {
	if r.Full {
		return graph.Path(append([]string(nil), r.Path...))
	}
	return append(graph.P("properties"), r.Path...)
}

// IDRef records a string that names a resource by ID.
func (b *Builder) IDRef(path graph.Path, s string) {
	if len(s) < 8 || !strings.Contains(s, "/") {
		return
	}
	if id, ok := graph.ParseResourceID(s); ok && !id.Relative {
		b.Refs = append(b.Refs, Ref{Attr: path, Target: s, Path: graph.P("id"), Kind: KindReference})
	}
}

// source records where an unknown value comes from, as the deployment and
// the expression that makes it: two resources whose location is the same
// [resourceGroup().location] of one deployment have equal locations,
// though neither is known.
func (b *Builder) source(path graph.Path, u *value.Unknown) {
	if u.Text == "" || u.Ref != nil {
		return
	}
	m, _ := b.Node.Facts["unknown_sources"].(map[string]any)
	if m == nil {
		m = map[string]any{}
		b.Node.Facts["unknown_sources"] = m
	}
	m[path.String()] = b.Prefix + u.Text
}
