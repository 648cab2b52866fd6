package azurerm

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// shape says how a Terraform attribute is laid out.
type shape uint8

const (
	value  shape = iota // an argument (or exported attribute)
	object              // a nested block written at most once: an ARM object
	array               // nested blocks: each an element of an ARM array
)

// conv turns a Terraform value into its ARM shape; false drops the value.
type conv func(v any, s *source) (any, bool)

// A rule maps one Terraform attribute or block, under any of its spellings,
// onto the ARM body. Paths are relative to the ARM object of the enclosing
// block (the resource body at the top).
type rule struct {
	names []string   // Terraform spellings, the current one first
	to    graph.Path // where the value goes; nil: known, but not part of the ARM body
	shape shape
	conv  conv       // values only: nil copies the value, sub-paths and all
	keyed bool       // values only: list elements become the keys of an object at to
	json  bool       // values only: a string value is a JSON document (jsonencode)
	each  graph.Path // values only: each list element becomes an object holding it at this path
	rules []rule     // blocks: their attributes
	set   []implied  // blocks: values their mere presence implies
	alt   graph.Path // arrays: where elements whose altIf attribute is true go instead
	altIf string
}

// implied is a value a block's presence writes (addon enabled = true).
type implied struct {
	path graph.Path
	v    any
}

// spec maps one Terraform resource type onto one ARM type.
type spec struct {
	arm      string
	rules    []rule
	defaults func(m *mapper) // values §1.1 says an omitted attribute takes
	extra    func(m *mapper) // facts and values that need more than one attribute
}

// p parses a dotted ARM path written in a table ("properties.subnets[0].id").
func p(s string) graph.Path {
	if s == "" {
		return graph.Path{}
	}
	out, err := graph.ParsePath(s)
	if err != nil {
		return graph.Path{s}
	}
	return out
}

// attr maps an argument; names lists its spellings separated by "|".
func attr(names, to string) rule {
	return rule{names: strings.Split(names, "|"), to: p(to)}
}

// drop marks arguments that are known but have no place in the ARM body.
func drop(names string) rule {
	return rule{names: strings.Split(names, "|")}
}

// blk maps a block written at most once onto the ARM object at to.
func blk(names, to string, rules ...rule) rule {
	r := attr(names, to)
	r.shape, r.rules = object, rules
	return r
}

// arr maps repeated blocks onto the elements of the ARM array at to.
func arr(names, to string, rules ...rule) rule {
	r := blk(names, to, rules...)
	r.shape = array
	return r
}

func (r rule) via(c conv) rule { r.conv = c; return r }
func (r rule) keys() rule      { r.keyed = true; return r }

// eachAt makes every element of a list of strings an object holding the
// string at path: service_endpoints → serviceEndpoints[i].service.
func (r rule) eachAt(path string) rule { r.each = p(path); return r }

// implies records values written whenever the block is present.
func (r rule) implies(kv ...any) rule {
	for i := 0; i+1 < len(kv); i += 2 {
		k, _ := kv[i].(string)
		r.set = append(r.set, implied{p(k), kv[i+1]})
	}
	return r
}

// split sends the elements whose attribute name is true to another array.
func (r rule) split(name, to string) rule { r.alt, r.altIf = p(to), name; return r }

// under prefixes the destination of every rule with path.
func under(path string, rules ...rule) []rule {
	out := make([]rule, len(rules))
	for i, r := range rules {
		if r.to != nil {
			r.to = append(p(path), r.to...)
		}
		out[i] = r
	}
	return out
}

// match returns the rules that accept the Terraform name.
func match(rules []rule, name string) []rule {
	var out []rule
	for _, r := range rules {
		for _, n := range r.names {
			if n == name {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// join returns base and rel as one new path.
func join(base, rel graph.Path) graph.Path {
	out := make(graph.Path, 0, len(base)+len(rel))
	return append(append(out, base...), rel...)
}
