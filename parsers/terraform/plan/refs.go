package plan

import (
	"sort"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// refs reads the references of a configuration resource's expressions,
// for an instance in the module instance module.
//
// The configuration describes a resource once for all its instances and
// module instances, so the target is built from the reference and the
// instance: the module path of the instance (keys included:
// module.net["a"]), then the resource address as the reference writes it.
// A reference that names an instance key (azurerm_subnet.s["a"].id) keeps
// it. One without a key names either a resource without count or
// for_each, whose single instance has exactly that address, or a whole
// count/for_each resource whose key is computed (azurerm_subnet.s[each.key]
// gives only azurerm_subnet.s); then the target has no key and stands for
// every instance whose address continues it with "[".
//
// Terraform lists every reference once per traversal step
// (azurerm_subnet.s["a"].id, azurerm_subnet.s["a"], azurerm_subnet.s);
// only the longest of each is kept.
func refs(cfg *jsonpos.Value, module string) []tfmodel.Ref {
	exprs := cfg.Get("expressions")
	if exprs == nil || exprs.Kind != jsonpos.Object {
		return nil
	}
	prefix := ""
	if module != "" {
		prefix = module + "."
	}
	var out []tfmodel.Ref
	walkBody(nil, exprs, func(path graph.Path, list []string) {
		for _, ref := range longest(list) {
			out = append(out, tfmodel.Ref{Path: path, Target: prefix + ref.target, Attr: ref.attr})
		}
	})
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if pa, pb := a.Path.String(), b.Path.String(); pa != pb {
			return pa < pb
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Attr.String() < b.Attr.String()
	})
	return out
}

// walkBody calls fn with the references of every attribute expression in
// a block body, at the attribute's path. Nested blocks are lists of bodies
// (list and set blocks: default_node_pool[0]) or bodies (single blocks),
// or objects of bodies by label (map blocks); each maps onto the path of
// the planned values.
func walkBody(path graph.Path, body *jsonpos.Value, fn func(graph.Path, []string)) {
	for _, f := range body.Fields {
		p := path.Append(f.Key)
		switch v := f.Value; {
		case isExpression(v):
			fn(p, references(v))
		case v.Kind == jsonpos.Array:
			for i, item := range v.Items {
				if item.Kind == jsonpos.Object {
					walkBody(p.Append(i), item, fn)
				}
			}
		case v.Kind == jsonpos.Object:
			walkBody(p, v, fn)
		}
	}
}

// isExpression reports whether v is an expression object: only
// "references" (a list) and "constant_value" members, at least one.
func isExpression(v *jsonpos.Value) bool {
	if v.Kind != jsonpos.Object || len(v.Fields) == 0 {
		return false
	}
	for _, f := range v.Fields {
		switch {
		case f.Key == "references" && f.Value.Kind == jsonpos.Array:
		case f.Key == "constant_value":
		default:
			return false
		}
	}
	return true
}

// references returns the strings of an expression's references list.
func references(v *jsonpos.Value) []string {
	list := v.Get("references")
	if list == nil {
		return nil
	}
	var out []string
	for _, item := range list.Items {
		if item.Kind == jsonpos.String {
			out = append(out, item.Str)
		}
	}
	return out
}

// longest parses the references of one expression and keeps those to
// resources that are not a step of a longer one: for a target, the
// attribute paths not a prefix of another; and a target without key only
// when no reference names one of its instances.
func longest(list []string) []resourceRef {
	var parsed []resourceRef
	for _, s := range list {
		if ref, ok := parseRef(s); ok {
			parsed = append(parsed, ref)
		}
	}
	var out []resourceRef
	for i, ref := range parsed {
		if !shadowed(ref, i, parsed) {
			out = append(out, ref)
		}
	}
	return out
}

// shadowed reports whether parsed[i] is a step of another reference of
// the list, or repeats an earlier one.
func shadowed(ref resourceRef, i int, parsed []resourceRef) bool {
	for j, other := range parsed {
		switch {
		case j == i:
		case !ref.keyed && other.keyed && strings.HasPrefix(other.target, ref.target+"["):
			return true
		case other.target != ref.target || !other.attr.HasPrefix(ref.attr):
		case len(other.attr) > len(ref.attr) || j < i:
			return true
		}
	}
	return false
}
