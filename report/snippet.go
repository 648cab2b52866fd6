package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/moatscan/moat/graph"
)

// Snippet limits.
const (
	maxLines  = 3   // source lines shown per range
	maxCells  = 120 // cells of a line shown; longer lines are cut around the range
	leadCells = 16  // cells kept before the range when a line is cut
)

// source is a file read for snippets, with the offset of each line.
type source struct {
	data   []byte
	starts []int
}

func newSource(data []byte) *source {
	s := &source{data: data, starts: []int{0}}
	for i, c := range data {
		if c == '\n' {
			s.starts = append(s.starts, i+1)
		}
	}
	return s
}

func (s *source) lines() int { return len(s.starts) }

// line returns line n (1-based) without its line break.
func (s *source) line(n int) string {
	end := len(s.data)
	if n < len(s.starts) {
		end = s.starts[n] - 1
	}
	return string(bytes.TrimSuffix(s.data[s.starts[n-1]:end], []byte{'\r'}))
}

// source returns the file for snippets, reading it once; nil when there
// is no reader or the file cannot be read.
func (t *textWriter) source(name string) *source {
	if t.opts.Source == nil || name == "" {
		return nil
	}
	if s, ok := t.sources[name]; ok {
		return s
	}
	var s *source
	if data, err := t.opts.Source(name); err == nil {
		s = newSource(data)
	}
	t.sources[name] = s
	return s
}

// snippet prints the lines of rg, at most maxLines, with the range's
// columns on its first line underlined in style.
func (t *textWriter) snippet(rg graph.Range, style string) {
	src := t.source(rg.Filename)
	if src == nil || rg.Start.Line < 1 || rg.Start.Line > src.lines() {
		return
	}
	first, last := rg.Start.Line, lastLine(rg)
	shown := min(last, first+maxLines-1, src.lines())
	pad := strings.Repeat(" ", len(strconv.Itoa(shown)))
	head := layOut(src.line(first), max(rg.Start.Column, 1)+maxCells)
	from, to := span(head, rg)
	lo := window(head, from)
	for n := first; n <= shown; n++ {
		l := head
		if n != first {
			l = layOut(src.line(n), lo+maxCells)
		}
		t.codeLine(fmt.Sprintf(" %*d |", len(pad), n), render(l, lo))
		if n == first {
			t.codeLine(" "+pad+" |", t.paint(style, marks(from, to, lo)))
		}
	}
	if shown < last {
		t.codeLine(" "+pad+" |", "...")
	}
}

func (t *textWriter) codeLine(gutter, text string) {
	t.buf.WriteString(t.paint(dim, gutter))
	if text != "" {
		t.buf.WriteString(" " + text)
	}
	t.buf.WriteByte('\n')
}

// lastLine is the last line rg covers: a range that ends at the start of
// a line does not cover it.
func lastLine(rg graph.Range) int {
	if rg.End.Line > rg.Start.Line && rg.End.Column <= 1 {
		return rg.End.Line - 1
	}
	return max(rg.End.Line, rg.Start.Line)
}

// span returns the cells [from, to) that rg covers on its first line: up
// to its end column, or to the end of the line when it goes on. An empty
// range, or one past the end of the line, gets one cell.
func span(l layout, rg graph.Range) (from, to int) {
	from = cellOf(l, rg.Start.Column)
	to = l.cells[len(l.glyphs)]
	if rg.End.Line == rg.Start.Line {
		to = cellOf(l, rg.End.Column)
	}
	if l.cut && rg.End.Line != rg.Start.Line {
		to = from + maxCells
	}
	return from, max(to, from+1)
}

// cellOf is the cell where column col starts; columns past the end of the
// line start where it ends.
func cellOf(l layout, col int) int {
	return l.cells[min(max(col, 1)-1, len(l.glyphs))]
}

// window is the first cell shown of a line cut to maxCells so that it
// keeps the range in view: 0 when the line fits.
func window(l layout, from int) int {
	width := l.cells[len(l.glyphs)]
	if width <= maxCells && !l.cut {
		return 0
	}
	lo := max(0, from-leadCells)
	for i, c := range l.cells[:len(l.glyphs)] {
		if c >= lo {
			return l.cells[i]
		}
	}
	return lo
}

// render prints the glyphs of l within [lo, lo+maxCells), with "…" where
// the line is cut.
func render(l layout, lo int) string {
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	cut := l.cut
	for i, g := range l.glyphs {
		if l.cells[i] < lo {
			continue
		}
		if l.cells[i+1] > lo+maxCells {
			cut = true
			break
		}
		switch {
		case g.r == '\t':
			b.WriteString(strings.Repeat(" ", g.width))
		case g.r >= 0:
			b.WriteRune(g.r)
		}
	}
	if cut {
		b.WriteString("…")
	}
	return strings.TrimRight(b.String(), " ")
}

// marks is the underline under cells [from, to) of a line shown from lo.
func marks(from, to, lo int) string {
	lead := from - lo
	if lo > 0 {
		lead++ // the "…" before the line
	}
	return strings.Repeat(" ", lead) + strings.Repeat("^", max(min(to, lo+maxCells)-from, 1))
}
