package kubernetes

import (
	"strconv"

	"github.com/moatscan/moat/graph"
	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// entry is one key-value pair of a mapping, after merge keys are expanded.
type entry struct {
	name string
	key  *yaml.Node
	val  *yaml.Node
}

// entries returns a mapping's pairs with merge keys (<<) expanded: keys
// written in the mapping win over merged ones, and an earlier merged
// mapping wins over a later one. A key written twice is an error, as it is
// for the API server; the later value is kept.
func (c *converter) entries(n *yaml.Node, depth int) []entry {
	out := make([]entry, 0, len(n.Content)/2)
	index := make(map[string]int, len(n.Content)/2)
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			merges = append(merges, v)
			continue
		}
		name := keyString(k)
		if j, dup := index[name]; dup {
			c.duplicate(name, out[j].key, k, depth)
			out[j] = entry{name, k, v}
			continue
		}
		index[name] = len(out)
		out = append(out, entry{name, k, v})
	}
	for _, m := range merges {
		out = c.merge(m, depth, index, out)
	}
	return out
}

// merge adds the pairs of a merge key's value that are not there yet. Every
// pair looked at counts against the value budget, so that chains of merges
// stay cheap.
func (c *converter) merge(v *yaml.Node, depth int, index map[string]int, out []entry) []entry {
	if c.failed {
		return out
	}
	if depth >= maxDepth {
		c.fail(v, "nesting too deep", "merge keys are nested more than %d levels deep and the document is not checked; flatten it", maxDepth)
		return out
	}
	switch v.Kind {
	case yaml.AliasNode:
		if v.Alias == nil {
			return out
		}
		if c.active[v.Alias] {
			c.fail(v, "alias refers to itself", "the alias *%s is merged into the value it names and the document is not checked; break the cycle", v.Value)
			return out
		}
		c.active[v.Alias] = true
		defer delete(c.active, v.Alias)
		return c.merge(v.Alias, depth+1, index, out)
	case yaml.MappingNode:
		for _, e := range c.entries(v, depth+1) {
			if !c.spend(v) {
				return out
			}
			if _, ok := index[e.name]; !ok {
				index[e.name] = len(out)
				out = append(out, e)
			}
		}
	case yaml.SequenceNode:
		for _, item := range v.Content {
			out = c.merge(item, depth+1, index, out)
		}
	default:
		c.diags = c.diags.Errorf(graph.CodeYAMLSyntax, c.rangeOf(v, -1, depth), "merge key needs a mapping",
			"the value of << must be a mapping, an alias to one, or a list of them; it is ignored")
	}
	return out
}

// duplicate reports a key written twice in one mapping.
func (c *converter) duplicate(name string, first, again *yaml.Node, depth int) {
	r := c.rangeOf(again, -1, depth)
	c.diags = c.diags.Errorf(graph.CodeYAMLSyntax, r, "duplicate key "+quoteKey(name),
		"the key is already set at line %d and the API server rejects the object; remove one of them (the later value is checked)",
		c.yamlPos(first.Line, first.Column).Line)
}

// spend counts one more value against the budget and reports whether the
// conversion may go on.
func (c *converter) spend(n *yaml.Node) bool {
	c.values++
	if c.values > maxValues {
		c.fail(n, "too many values", "with its aliases and merge keys expanded, this document has more than %d values and is not checked; split it or use fewer aliases", maxValues)
	}
	return !c.failed
}

// quoteKey renders a key for a message, cut short when long.
func quoteKey(name string) string {
	const max = 60
	r := []rune(name)
	if len(r) > max {
		name = string(r[:max]) + "…"
	}
	return strconv.Quote(name)
}
