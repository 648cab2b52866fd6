package config

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/graph"
)

// bom is the UTF-8 byte order mark; yaml.v3 does not count it in line 1.
const bom = "\ufeff"

// text indexes the configuration by line, so that the line and column of
// a yaml.Node (code points, 1-based) become positions with byte offsets.
// Lines end where yaml.v3 ends them: LF, CRLF, CR, NEL, LS and PS.
type text struct {
	src    []byte
	name   string
	starts []int     // byte where each line starts
	ends   []int     // byte where each line's content ends (before its break)
	ascii  []bool    // whether a line is all ASCII (column = byte + 1)
	last   graph.Pos // the last position pos found on a non-ASCII line
}

func newText(src []byte, name string) *text {
	t := &text{src: src, name: name}
	start := 0
	if bytes.HasPrefix(src, []byte(bom)) {
		start = len(bom)
	}
	ascii := true
	for i := start; i < len(src); {
		if n := breakLen(src, i); n > 0 {
			t.addLine(start, i, ascii)
			i += n
			start, ascii = i, true
			continue
		}
		ascii = ascii && src[i] < utf8.RuneSelf
		i++
	}
	t.addLine(start, len(src), ascii)
	return t
}

func (t *text) addLine(start, end int, ascii bool) {
	t.starts, t.ends, t.ascii = append(t.starts, start), append(t.ends, end), append(t.ascii, ascii)
}

// breakLen returns the length of the line break at src[i], or 0.
func breakLen(src []byte, i int) int {
	switch c := src[i]; {
	case c == '\n':
		return 1
	case c == '\r':
		if i+1 < len(src) && src[i+1] == '\n' {
			return 2
		}
		return 1
	case c == 0xC2 && i+1 < len(src) && src[i+1] == 0x85: // NEL
		return 2
	case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9): // LS, PS
		return 3
	}
	return 0
}

// pos returns the position at a 1-based line and code-point column,
// clamped to the file and to the line's content.
// On a line with other characters it walks from the line start, or from
// the last position it found when that is on the way, as lookups mostly
// go forward through the file.
func (t *text) pos(line, col int) graph.Pos {
	line, col = min(max(line, 1), len(t.starts)), max(col, 1)
	start, end := t.starts[line-1], t.ends[line-1]
	if t.ascii[line-1] {
		b := min(start+col-1, end)
		return graph.Pos{Line: line, Column: b - start + 1, Byte: b}
	}
	p := graph.Pos{Line: line, Column: 1, Byte: start}
	if t.last.Line == line && t.last.Column <= col {
		p = t.last
	}
	for p.Column < col && p.Byte < end {
		_, size := utf8.DecodeRune(t.src[p.Byte:end])
		p.Byte += size
		p.Column++
	}
	t.last = p
	return p
}

// advance moves p forward to byte offset to, counting lines and columns.
func (t *text) advance(p graph.Pos, to int) graph.Pos {
	to = min(to, len(t.src))
	if l := p.Line; l >= 1 && l <= len(t.ascii) && t.ascii[l-1] && to <= t.ends[l-1] && to >= p.Byte {
		return graph.Pos{Line: l, Column: p.Column + to - p.Byte, Byte: to}
	}
	for p.Byte < to {
		if n := breakLen(t.src, p.Byte); n > 0 {
			p = graph.Pos{Line: p.Line + 1, Column: 1, Byte: p.Byte + n}
			continue
		}
		_, size := utf8.DecodeRune(t.src[p.Byte:])
		p.Byte += size
		p.Column++
	}
	return p
}

// lineRange is the range of a line's content without its trailing blanks.
func (t *text) lineRange(line int) graph.Range {
	start := t.pos(line, 1)
	return graph.Range{Filename: t.name, Start: start, End: t.advance(start, t.trimEnd(start.Line, start.Byte))}
}

// trimEnd returns the end of the content of a line, trailing blanks left
// out, and never before byte b.
func (t *text) trimEnd(line, b int) int {
	end := t.ends[line-1]
	for end > b && (t.src[end-1] == ' ' || t.src[end-1] == '\t') {
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
	start := t.pos(n.Line, n.Column)
	end := t.trimEnd(start.Line, start.Byte)
	if n.Kind == yaml.AliasNode {
		end = min(start.Byte+1+len(n.Value), end)
		return graph.Range{Filename: t.name, Start: start, End: t.advance(start, end)}
	}
	switch b := t.skipProperties(start.Byte, end); {
	case n.Kind == yaml.ScalarNode:
		start = t.advance(start, b)
		end = t.scalarEnd(n, b, end)
	case b < len(t.src) && (t.src[b] == '[' || t.src[b] == '{'):
		start = t.advance(start, b)
		end = t.flowEnd(b, end)
	}
	return graph.Range{Filename: t.name, Start: start, End: t.advance(start, end)}
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
	for b < end && (t.src[b] == '&' || t.src[b] == '!') {
		for b < end && t.src[b] != ' ' && t.src[b] != '\t' {
			b++
		}
		for b < end && (t.src[b] == ' ' || t.src[b] == '\t') {
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
	case b >= len(t.src):
		return b
	case n.Style == yaml.DoubleQuotedStyle || n.Style == yaml.SingleQuotedStyle:
		if e := t.quoteEnd(b); e > 0 {
			return e
		}
		return lineEnd
	case n.Style == yaml.LiteralStyle || n.Style == yaml.FoldedStyle:
		return lineEnd
	case bytes.HasPrefix(t.src[b:], []byte(n.Value)):
		return b + len(n.Value)
	}
	return lineEnd
}

// quoteEnd returns the byte after the quoted scalar that opens at b, or
// 0 when it does not close.
func (t *text) quoteEnd(b int) int {
	q := t.src[b]
	for i := b + 1; i < len(t.src); i++ {
		switch {
		case t.src[i] == '\\' && q == '"':
			i++
		case t.src[i] == q && q == '\'' && i+1 < len(t.src) && t.src[i+1] == '\'':
			i++
		case t.src[i] == q:
			return i + 1
		}
	}
	return 0
}

// flowEnd returns the byte after the flow collection that opens at b,
// skipping quoted scalars and comments, or lineEnd when it does not close.
func (t *text) flowEnd(b, lineEnd int) int {
	depth := 0
	for i := b; i < len(t.src); i++ {
		c := t.src[i]
		switch {
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			if depth--; depth == 0 {
				return i + 1
			}
		case (c == '"' || c == '\'') && strings.IndexByte(" \t\r\n[{,:", t.src[i-1]) >= 0:
			e := t.quoteEnd(i)
			if e == 0 {
				return lineEnd
			}
			i = e - 1
		case c == '#' && (t.src[i-1] == ' ' || t.src[i-1] == '\t'):
			for i+1 < len(t.src) && breakLen(t.src, i+1) == 0 {
				i++
			}
		}
	}
	return lineEnd
}
