package kubernetes

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/yamltext"
	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// yaml.v3 gives each node the line and column where it starts (at its
// anchor or tag, when it has one) and nothing about where it ends. The
// functions here find the start of the value itself and scan the source for
// its end: past the closing quote, to the last line of a block scalar, to
// the last child of a collection, to the closing bracket of a flow one.

// rangeOf returns where the value of n is written. indent is the
// indentation of the block collection holding n (-1 at the top level); it
// is needed only to end block scalars with an explicit indentation
// indicator. Results are kept: a collection's range needs its last
// child's, and aliases convert the same nodes again, so without them a
// deep or aliased document would scan the same bytes over and over.
func (c *converter) rangeOf(n *yaml.Node, indent, depth int) graph.Range {
	m := c.memo[n]
	if m.ranged {
		return m.rng
	}
	start := c.start(n)
	var r graph.Range
	switch {
	case n.Kind == yaml.ScalarNode:
		r = c.scalarRange(n, start, indent)
	case n.Kind == yaml.AliasNode:
		r = c.span(start, start.Byte+1+len(n.Value))
	case len(n.Content) == 0 || depth > maxDepth:
		r = c.flowEnd(n, start, start)
	default:
		r = c.collectionRange(n, start, depth)
	}
	m = c.memo[n] // the children's entries may have grown the map
	m.rng, m.ranged = r, true
	c.memo[n] = m
	return r
}

// collectionRange ends a mapping or sequence at its last child, or at the
// bracket closing it when it is written in flow style. A mapping's last
// value may be absent and placed before its key (? key), so the later of
// the two ends it.
func (c *converter) collectionRange(n *yaml.Node, start graph.Pos, depth int) graph.Range {
	last := n.Content[len(n.Content)-1]
	indent := start.Column - 1
	var end graph.Pos
	if n.Kind == yaml.MappingNode {
		key := n.Content[len(n.Content)-2]
		indent = key.Column - 1
		end = c.rangeOf(key, indent, depth+1).End
	}
	if e := c.rangeOf(last, indent, depth+1).End; e.Byte > end.Byte {
		end = e
	}
	if end.Byte < start.Byte {
		end = start
	}
	return c.flowEnd(n, start, end)
}

// flowEnd ends a collection at its closing bracket when it opens with one,
// else at end (its last child's end).
func (c *converter) flowEnd(n *yaml.Node, start, end graph.Pos) graph.Range {
	src := c.t.Src
	var closer byte
	switch {
	case start.Byte >= c.lim:
	case src[start.Byte] == '[':
		closer = ']'
	case src[start.Byte] == '{':
		closer = '}'
	}
	if closer == 0 {
		return graph.Range{Filename: c.file, Start: start, End: end}
	}
	from := end
	if from.Byte <= start.Byte {
		from = c.t.Advance(start, start.Byte+1)
	}
	for i := from.Byte; i < c.lim; {
		switch src[i] {
		case closer:
			return graph.Range{Filename: c.file, Start: start, End: c.t.Advance(from, i+1)}
		case '#':
			i = c.lineEnd(i)
		case ' ', '\t', ',', '\r', '\n':
			i++
		default:
			if n := yamltext.BreakLen(src, i); n > 0 {
				i += n
				continue
			}
			return graph.Range{Filename: c.file, Start: start, End: end}
		}
	}
	return graph.Range{Filename: c.file, Start: start, End: end}
}

// start returns where n's value starts: its yaml.v3 position, moved past
// the node's anchor and tag (and the blanks, comments and breaks after
// them) when it has some. An empty scalar starts at its properties.
func (c *converter) start(n *yaml.Node) graph.Pos {
	p := c.yamlPos(n.Line, n.Column)
	if p.Byte >= c.lim || !isProperty(c.t.Src[p.Byte]) || emptyScalar(n) {
		return p
	}
	i := c.skipProperties(p.Byte)
	for i < c.lim {
		switch c.t.Src[i] {
		case '#':
			i = c.lineEnd(i)
		case ' ', '\t':
			i++
		default:
			n := yamltext.BreakLen(c.t.Src, i)
			if n == 0 {
				return c.t.Advance(p, i)
			}
			i += n
		}
	}
	return c.t.Advance(p, i)
}

// skipProperties returns the byte after the anchors and tags starting at i.
func (c *converter) skipProperties(i int) int {
	src := c.t.Src
	for i < c.lim && isProperty(src[i]) {
		for i < c.lim && !isBlank(src[i]) && !isFlow(src[i]) && yamltext.BreakLen(src, i) == 0 {
			i++
		}
		for i < c.lim && isBlank(src[i]) {
			i++
		}
	}
	return i
}

// lineEnd returns the byte where the line holding byte i ends its content.
func (c *converter) lineEnd(i int) int {
	return min(c.t.Ends[c.t.LineOf(i)-1], c.lim)
}

// span returns the range from start to byte offset end.
func (c *converter) span(start graph.Pos, end int) graph.Range {
	return graph.Range{Filename: c.file, Start: start, End: c.t.Advance(start, min(end, c.lim))}
}

func isProperty(ch byte) bool { return ch == '&' || ch == '!' }

func isFlow(ch byte) bool { return ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}' }

// emptyScalar reports whether n is a scalar written as nothing at all (an
// absent value, perhaps with properties).
func emptyScalar(n *yaml.Node) bool {
	quoted := yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle | yaml.LiteralStyle | yaml.FoldedStyle
	return n.Kind == yaml.ScalarNode && n.Value == "" && n.Style&quoted == 0
}
