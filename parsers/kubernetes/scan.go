package kubernetes

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/yamltext"
	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// scalarRange returns the range of a scalar starting at start: the whole
// token, quotes included; for a block scalar, from the indicator to the end
// of its last content line; for an absent value, its properties or an empty
// range where yaml.v3 placed it.
func (c *converter) scalarRange(n *yaml.Node, start graph.Pos, indent int) graph.Range {
	b := start.Byte
	if emptyScalar(n) || b >= c.lim {
		e := c.skipProperties(b)
		for e > b && isBlank(c.t.Src[e-1]) {
			e--
		}
		return c.span(start, e)
	}
	switch c.t.Src[b] {
	case '"', '\'':
		return c.span(start, c.quotedEnd(b))
	case '|', '>':
		return c.span(start, c.blockEnd(start, indent))
	}
	return c.span(start, c.plainEnd(b, n.Value))
}

// quotedEnd returns the byte after the quote closing the scalar opened at b.
func (c *converter) quotedEnd(b int) int {
	src, q := c.t.Src, c.t.Src[b]
	for i := b + 1; i < c.lim; i++ {
		switch src[i] {
		case '\\':
			if q == '"' {
				i++
			}
		case q:
			if q == '\'' && i+1 < c.lim && src[i+1] == '\'' {
				i++
				continue
			}
			return i + 1
		}
	}
	return c.lim
}

// plainEnd finds the end of a plain scalar by walking its value through the
// source: the characters match one for one, except that each run of blanks
// and line breaks in the source was folded into blanks or newlines.
func (c *converter) plainEnd(b int, value string) int {
	src := c.t.Src
	i, j := b, 0
	for j < len(value) {
		if i >= c.lim {
			return c.plainFallback(b)
		}
		folded, blank := isFold(value[j]), isBlank(src[i]) || yamltext.BreakLen(src, i) > 0
		switch {
		case folded && blank:
			for j < len(value) && isFold(value[j]) {
				j++
			}
			for i < c.lim && (isBlank(src[i]) || yamltext.BreakLen(src, i) > 0) {
				i += max(yamltext.BreakLen(src, i), 1)
			}
		case folded || blank || src[i] != value[j]:
			return c.plainFallback(b)
		default:
			i++
			j++
		}
	}
	return i
}

func isFold(ch byte) bool { return ch == ' ' || ch == '\t' || ch == '\n' }

// plainFallback ends a plain scalar at a comment or the end of its line. It
// is used only when the value does not match the source.
func (c *converter) plainFallback(b int) int {
	src, e := c.t.Src, c.lineEnd(b)
	for i := b + 1; i < e; i++ {
		if src[i] == '#' && isBlank(src[i-1]) {
			e = i
			break
		}
	}
	for e > b && isBlank(src[e-1]) {
		e--
	}
	return e
}

// blockEnd returns the end of the last content line of the block scalar
// whose indicator is at start, or the end of its header when it is empty.
// Content lines are those indented at least as far as the content
// indentation, found as yaml.v3 finds it.
func (c *converter) blockEnd(start graph.Pos, indent int) int {
	src := c.t.Src
	end, want := start.Byte+1, 0
	for k := 0; k < 2 && end < c.lim; k++ {
		ch := src[end]
		if ch >= '1' && ch <= '9' {
			want = int(ch-'0') + max(indent, 0)
		} else if ch != '+' && ch != '-' {
			break
		}
		end++
	}
	for li := start.Line; li < c.t.LineCount() && c.t.Starts[li] < c.lim; li++ {
		s, e := c.t.Starts[li], min(c.t.Ends[li], c.lim)
		sp := 0
		for s+sp < e && src[s+sp] == ' ' {
			sp++
		}
		if s+sp == e {
			continue
		}
		if want == 0 {
			want = max(sp, indent+1, 1)
		}
		if sp < want {
			break
		}
		end = e
	}
	return end
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }
