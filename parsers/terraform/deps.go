package terraform

import (
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// item is one referenceable object of a module: a variable, local value,
// resource, data source, module call or output. Items are evaluated in
// dependency order, as Terraform walks its graph.
type item struct {
	key  string // var.x, local.x, type.name, data.type.name, module.x, output.x
	decl hcl.Range
	deps []string
	eval func(*instance)
}

// refKey names the item a traversal reads and returns the steps after it.
func refKey(t hcl.Traversal) (string, hcl.Traversal) {
	attr := func(i int) (string, bool) {
		if i >= len(t) {
			return "", false
		}
		a, ok := t[i].(hcl.TraverseAttr)
		return a.Name, ok
	}
	root := t.RootName()
	switch root {
	case "var", "local", "module":
		if n, ok := attr(1); ok {
			return root + "." + n, t[2:]
		}
	case "data":
		ty, ok1 := attr(1)
		n, ok2 := attr(2)
		if ok1 && ok2 {
			return "data." + ty + "." + n, t[3:]
		}
	case "count", "each", "path", "terraform", "self":
	default:
		if n, ok := attr(1); ok {
			return root + "." + n, t[2:]
		}
	}
	return "", nil
}

// bodyTraversals lists the variables every expression of a body reads,
// nested and dynamic blocks included.
func bodyTraversals(body hcl.Body) []hcl.Traversal {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		var out []hcl.Traversal
		attrs, _ := body.JustAttributes()
		for _, a := range attrs {
			out = append(out, a.Expr.Variables()...)
		}
		return out
	}
	var out []hcl.Traversal
	var walk func(b *hclsyntax.Body, depth int)
	walk = func(b *hclsyntax.Body, depth int) {
		if depth > maxNesting {
			return
		}
		for _, a := range b.Attributes {
			out = append(out, hclsyntax.Variables(a.Expr)...)
		}
		for _, blk := range b.Blocks {
			walk(blk.Body, depth+1)
		}
	}
	walk(sb, 0)
	return out
}

// order sorts items so that each comes after the items it reads. Items in
// a cycle come last, in name order, and are returned as cycle.
func order(items map[string]*item) (sorted, cycle []*item) {
	keys := make([]string, 0, len(items))
	for k := range items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, k := range keys {
		for _, d := range uniq(items[k].deps) {
			if _, ok := items[d]; ok && d != k {
				indeg[k]++
				users[d] = append(users[d], k)
			}
		}
	}
	var ready []string
	for _, k := range keys {
		if indeg[k] == 0 {
			ready = append(ready, k)
		}
	}
	done := map[string]bool{}
	for len(ready) > 0 {
		k := ready[0]
		ready = ready[1:]
		done[k] = true
		sorted = append(sorted, items[k])
		for _, u := range users[k] {
			if indeg[u]--; indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	for _, k := range keys {
		if !done[k] {
			cycle = append(cycle, items[k])
		}
	}
	return sorted, cycle
}

func uniq(s []string) []string {
	seen := map[string]bool{}
	out := s[:0:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func cycleNames(items []*item) string {
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.key
	}
	return strings.Join(names, ", ")
}
