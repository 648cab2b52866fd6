package config

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/yamltext"
)

// text is the configuration's line index with its display name.
type text struct {
	*yamltext.Text
	name string
}

func newText(src []byte, name string) *text { return &text{Text: yamltext.New(src), name: name} }

// lineRange is the range of a line's content without its trailing blanks.
func (t *text) lineRange(line int) graph.Range {
	start := t.Pos(line, 1)
	return graph.Range{Filename: t.name, Start: start, End: t.Advance(start, t.trimEnd(start.Line, start.Byte))}
}

// trimEnd returns the end of the content of a line, trailing blanks left
// out, and never before byte b.
func (t *text) trimEnd(line, b int) int {
	end := t.Ends[line-1]
	for end > b && (t.Src[end-1] == ' ' || t.Src[end-1] == '\t') {
		end--
	}
	return max(end, b)
}

// rangeOf returns where a node is written: a scalar's text (quotes
// included), an alias's token, a flow collection up to its closing
// bracket, or a block collection's first line (its anchor or tag
// included, which may stand on the line of its key).
func (t *text) rangeOf(n *yaml.Node) graph.Range {
	if n == nil || n.Line == 0 {
		return graph.Range{Filename: t.name}
	}
	start := t.Pos(n.Line, n.Column)
	end := t.trimEnd(start.Line, start.Byte)
	if n.Kind == yaml.AliasNode {
		end = min(start.Byte+1+len(n.Value), end)
		return graph.Range{Filename: t.name, Start: start, End: t.Advance(start, end)}
	}
	switch b := t.skipProperties(start.Byte, end); {
	case n.Kind == yaml.ScalarNode:
		start = t.Advance(start, b)
		end = t.scalarEnd(n, b, end)
	case b < len(t.Src) && (t.Src[b] == '[' || t.Src[b] == '{'):
		start = t.Advance(start, b)
		end = t.flowEnd(b, end)
	}
	return graph.Range{Filename: t.name, Start: start, End: t.Advance(start, end)}
}

// span returns the range from a key to the end of its value.
func (t *text) span(key, val *yaml.Node) graph.Range {
	r := t.rangeOf(key)
	if v := t.rangeOf(val); v.End.Byte > r.End.Byte {
		r.End = v.End
	}
	return r
}

// skipProperties returns the byte after the anchor and tag at b, and the
// blanks after them, when b starts some.
func (t *text) skipProperties(b, end int) int {
	for b < end && (t.Src[b] == '&' || t.Src[b] == '!') {
		for b < end && t.Src[b] != ' ' && t.Src[b] != '\t' {
			b++
		}
		for b < end && (t.Src[b] == ' ' || t.Src[b] == '\t') {
			b++
		}
	}
	return b
}

// scalarEnd returns the byte after a scalar starting at b: after the
// closing quote, after a plain value's text, or at the end of its first
// line (block scalars, and plain values folded over several lines).
func (t *text) scalarEnd(n *yaml.Node, b, lineEnd int) int {
	switch {
	case b >= len(t.Src):
		return b
	case n.Style == yaml.DoubleQuotedStyle || n.Style == yaml.SingleQuotedStyle:
		if e := t.quoteEnd(b); e > 0 {
			return e
		}
		return lineEnd
	case n.Style == yaml.LiteralStyle || n.Style == yaml.FoldedStyle:
		return lineEnd
	case bytes.HasPrefix(t.Src[b:], []byte(n.Value)):
		return b + len(n.Value)
	}
	return lineEnd
}

// quoteEnd returns the byte after the quoted scalar that opens at b, or
// 0 when it does not close.
func (t *text) quoteEnd(b int) int {
	q := t.Src[b]
	for i := b + 1; i < len(t.Src); i++ {
		switch {
		case t.Src[i] == '\\' && q == '"':
			i++
		case t.Src[i] == q && q == '\'' && i+1 < len(t.Src) && t.Src[i+1] == '\'':
			i++
		case t.Src[i] == q:
			return i + 1
		}
	}
	return 0
}

// flowEnd returns the byte after the flow collection that opens at b,
// skipping quoted scalars and comments, or lineEnd when it does not close.
func (t *text) flowEnd(b, lineEnd int) int {
	depth := 0
	for i := b; i < len(t.Src); i++ {
		c := t.Src[i]
		switch {
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			if depth--; depth == 0 {
				return i + 1
			}
		case (c == '"' || c == '\'') && strings.IndexByte(" \t\r\n[{,:", t.Src[i-1]) >= 0:
			e := t.quoteEnd(i)
			if e == 0 {
				return lineEnd
			}
			i = e - 1
		case c == '#' && (t.Src[i-1] == ' ' || t.Src[i-1] == '\t'):
			for i+1 < len(t.Src) && yamltext.BreakLen(t.Src, i+1) == 0 {
				i++
			}
		}
	}
	return lineEnd
}
