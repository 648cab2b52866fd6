package kubernetes

import (
	"strconv"

	"github.com/moatscan/moat/internal/yamltext"

	"github.com/moatscan/moat/graph"
	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// converter turns one document's yaml.v3 node tree into plain data,
// recording where every value and every mapping key is written and which
// values are placeholders. It expands aliases and merge keys within the budgets of
// limits.go and stops at the first limit it meets.
type converter struct {
	t     *yamltext.Text
	file  string
	line0 int   // file line of the document's first line, minus one
	lim   int   // byte where the document ends
	shift shift // columns moved by removing \/ escapes (slash.go); nil when none

	ranges  map[string]graph.Range // values, by Path.String(), from the document root
	keys    map[string]graph.Range // mapping keys, by the Path.String() of their value
	unknown []graph.Path
	diags   graph.Diagnostics
	failed  bool // a limit was met; the document yields nothing

	memo   map[*yaml.Node]memo // what is known of each node, for aliases
	active map[*yaml.Node]bool // anchors being expanded, to catch cycles
	steps  []string            // the path of the value being converted
	values int                 // values materialised so far
	bytes  int                 // bytes of paths recorded so far
}

func newConverter(t *yamltext.Text, file string, ch chunk) *converter {
	return &converter{
		t: t, file: file, line0: ch.line - 1, lim: ch.end,
		ranges: make(map[string]graph.Range, (ch.end-ch.start)/24),
		keys:   make(map[string]graph.Range, (ch.end-ch.start)/32),
		memo:   make(map[*yaml.Node]memo, (ch.end-ch.start)/16),
		active: make(map[*yaml.Node]bool),
	}
}

// root converts a document's top node; the root's own range is the
// document's, so it gets no Ranges entry.
func (c *converter) root(n *yaml.Node) (any, graph.Range) {
	r := c.rangeOf(n, -1, 0)
	return c.content(n, "", 0, -1), r
}

// value converts n, found at path key, and records its range.
func (c *converter) value(n *yaml.Node, key string, depth, indent int) any {
	if c.failed {
		return nil
	}
	c.bytes += len(key)
	if c.bytes > maxKeyBytes {
		c.fail(n, "too many values", "with its aliases expanded, the paths of this document's values exceed %d MiB and it is not checked; split it or use fewer aliases", maxKeyBytes>>20)
		return nil
	}
	if !c.spend(n) {
		return nil
	}
	c.ranges[key] = c.rangeOf(n, indent, depth)
	return c.content(n, key, depth, indent)
}

// content converts n without recording its range (the caller did, or it is
// the root).
func (c *converter) content(n *yaml.Node, key string, depth, indent int) any {
	switch n.Kind {
	case yaml.AliasNode:
		return c.alias(n, key, depth, indent)
	case yaml.MappingNode, yaml.SequenceNode:
		if depth >= maxDepth {
			c.fail(n, "nesting too deep", "values are nested more than %d levels deep and the document is not checked; flatten it", maxDepth)
			return nil
		}
		if n.Kind == yaml.SequenceNode {
			return c.sequence(n, key, depth)
		}
		return c.mapping(n, key, depth)
	case yaml.ScalarNode:
		v, placeholder := c.scalar(n, indent, depth)
		if placeholder {
			c.unknown = append(c.unknown, append(graph.Path(nil), c.steps...))
		}
		return v
	}
	return nil
}

// memo is what the converter learnt of a node: its range (see rangeOf)
// and, for a scalar, its value and whether that is a placeholder. An
// aliased node is converted again for every alias, so none of it is
// worked out twice.
type memo struct {
	rng         graph.Range
	ranged      bool
	value       any
	converted   bool
	placeholder bool
}

// scalar resolves a scalar node once.
func (c *converter) scalar(n *yaml.Node, indent, depth int) (any, bool) {
	if m := c.memo[n]; m.converted {
		return m.value, m.placeholder
	}
	v, ok := scalar(n)
	if !ok {
		c.diags = c.diags.Warnf(graph.CodeYAMLSyntax, c.rangeOf(n, indent, depth), "value does not match its tag "+n.Tag,
			"the value is kept as a string; remove the tag or write a value of that type")
	}
	s, isString := v.(string)
	m := c.memo[n]
	m.value, m.converted, m.placeholder = v, true, isString && isPlaceholder(s)
	c.memo[n] = m
	return v, m.placeholder
}

// alias converts the node an alias refers to, in place of the alias.
func (c *converter) alias(n *yaml.Node, key string, depth, indent int) any {
	target := n.Alias
	if target == nil {
		return nil
	}
	if c.active[target] {
		c.fail(n, "alias refers to itself", "the alias *%s is used inside the value it names and the document is not checked; break the cycle", n.Value)
		return nil
	}
	c.active[target] = true
	defer delete(c.active, target)
	return c.content(target, key, depth, indent)
}

func (c *converter) sequence(n *yaml.Node, key string, depth int) []any {
	out := make([]any, len(n.Content))
	indent := c.start(n).Column - 1
	for i, item := range n.Content {
		step := strconv.Itoa(i)
		c.steps = append(c.steps, step)
		out[i] = c.value(item, childKey(key, step), depth+1, indent)
		c.steps = c.steps[:len(c.steps)-1]
	}
	return out
}

func (c *converter) mapping(n *yaml.Node, key string, depth int) map[string]any {
	entries := c.entries(n, depth)
	out := make(map[string]any, len(entries))
	for _, e := range entries {
		child := childKey(key, e.name)
		if isCollection(e.val) {
			// Only a collection can be the parent a missing attribute is
			// reported at; scalars' keys would cost memory and never be read.
			c.keys[child] = c.rangeOf(e.key, -1, depth+1)
		}
		c.steps = append(c.steps, e.name)
		out[e.name] = c.value(e.val, child, depth+1, e.key.Column-1)
		c.steps = c.steps[:len(c.steps)-1]
	}
	return out
}

// isCollection reports whether n is, or aliases, a mapping or sequence.
func isCollection(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode
}

// childKey returns the Path.String() form of the path key + step without
// building the path: a step renders the same wherever it stands, and only
// identifier steps are joined with a dot.
func childKey(key, step string) string {
	s := graph.Path{step}.String()
	if key == "" || s[0] == '[' {
		return key + s
	}
	return key + "." + s
}

// fail records that a limit was met at n and stops the conversion.
func (c *converter) fail(n *yaml.Node, summary, detail string, args ...any) {
	c.failed = true
	p := c.yamlPos(n.Line, n.Column)
	r := graph.Range{Filename: c.file, Start: p, End: c.t.Advance(p, min(p.Byte+1, c.lim))}
	c.diags = c.diags.Errorf(graph.CodeYAMLLimit, r, summary, detail, args...)
}

// yamlPos turns a yaml.v3 line and column, counted from the document's
// first line, into a position in the file.
func (c *converter) yamlPos(line, col int) graph.Pos {
	if line < 1 {
		return c.t.At(c.lim)
	}
	if c.shift != nil {
		col = c.shift.column(line, col)
	}
	p := c.t.Pos(c.line0+line, col)
	if p.Byte > c.lim {
		return c.t.At(c.lim)
	}
	return p
}
