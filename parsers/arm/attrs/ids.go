package attrs

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/value"
)

// ScopeKey renders an extension resource's scope for its node ID: the
// provider part of a resource ID, or the subscription or group it names.
func ScopeKey(s any) string {
	var id string
	switch x := s.(type) {
	case string:
		id = x
	case *value.Unknown:
		id = x.Text
	}
	if id == "" {
		return "[scope]"
	}
	if i := strings.Index(strings.ToLower(id), "/providers/"); i >= 0 && strings.HasPrefix(id, "/") {
		return id[i+len("/providers/"):]
	}
	return strings.Trim(id, "/")
}

// DeploymentGroup names the resource group a deployment deploys to, for
// rules that compare groups: its name when known (two templates deploying
// to rg-ml share it), else the entry file and the expression of the group
// (the deployment's own group is one group per entry file).
func DeploymentGroup(group any, root string) string {
	switch g := group.(type) {
	case string:
		return strings.ToLower(g)
	case *value.Unknown:
		return root + ":" + g.Text
	}
	return root
}

// Index finds the resources of one evaluation by the provider part of
// their ID, by symbolic name and by full name, to resolve what a
// reference names.
type Index[T any] struct {
	symbol, key, name map[string][]entry[T]
}

type entry[T any] struct {
	v     T
	group any // the resource group the resource lives in
}

// NewIndex returns an empty index.
func NewIndex[T any]() *Index[T] {
	return &Index[T]{symbol: map[string][]entry[T]{}, key: map[string][]entry[T]{}, name: map[string][]entry[T]{}}
}

// Add indexes a resource of type typ and names, with its symbolic name
// (or "") and the group it lives in.
func (ix *Index[T]) Add(v T, typ string, names []string, symbol string, group any) {
	e := entry[T]{v: v, group: group}
	if symbol != "" {
		ix.symbol[strings.ToLower(symbol)] = append(ix.symbol[strings.ToLower(symbol)], e)
	}
	k := strings.ToLower(graph.ResourcePath(typ, names))
	ix.key[k] = append(ix.key[k], e)
	n := strings.ToLower(strings.Join(names, "/"))
	ix.name[n] = append(ix.name[n], e)
}

// Find resolves what a reference names: a resource ID (absolute or
// relative, a Scope unknown's text too), a symbolic name or a resource
// name.
func (ix *Index[T]) Find(target any) []T {
	var s string
	switch x := target.(type) {
	case string:
		s = x
	case *value.Unknown:
		if !x.Scope {
			return nil
		}
		s = x.Text
	default:
		return nil
	}
	if r, ok := graph.ParseResourceID(s); ok {
		var out []T
		for _, e := range ix.key[strings.ToLower(r.Path())] {
			if g, known := e.group.(string); r.Group == "" || !known || strings.EqualFold(g, r.Group) {
				out = append(out, e.v)
			}
		}
		return out
	}
	if es := ix.symbol[strings.ToLower(s)]; len(es) > 0 {
		return values(es)
	}
	return values(ix.name[strings.ToLower(s)])
}

func values[T any](es []entry[T]) []T {
	out := make([]T, len(es))
	for i, e := range es {
		out[i] = e.v
	}
	return out
}
