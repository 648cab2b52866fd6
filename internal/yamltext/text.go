package yamltext

import (
	"sort"
	"unicode/utf8"

	"github.com/moatscan/moat/graph"
)

// bom is the UTF-8 byte order mark. At the start of a file it is not part of
// line 1: the first column starts after it.
const bom = "\ufeff"

// Text indexes a source file by line, so that the line and column yaml.v3
// reports can become byte offsets and byte offsets can become positions.
//
// Lines end where yaml.v3 ends them: LF, CRLF, CR, and the Unicode breaks
// NEL, LS and PS. Columns count code points from the line start.
type Text struct {
	Src    []byte
	Starts []int  // byte where each line starts; Starts[0] follows a leading BOM
	Ends   []int  // byte where each line's content ends (before its break)
	ascii  []bool // whether a line's content is all ASCII (column = byte)

	// marks holds, for the non-ASCII lines looked up so far, the byte
	// offset of every markEvery-th code point, so that finding a column on
	// a long line takes a short walk from the nearest mark.
	marks map[int][]int
}

const markEvery = 64

// New indexes src.
func New(src []byte) *Text {
	t := &Text{Src: src}
	start := 0
	if len(src) >= len(bom) && string(src[:len(bom)]) == bom {
		start = len(bom)
	}
	ascii := true
	for i := start; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf && c != '\n' && c != '\r' {
			i++
			continue
		}
		if n := BreakLen(src, i); n > 0 {
			t.addLine(start, i, ascii)
			i += n
			start, ascii = i, true
			continue
		}
		ascii = false
		i++
	}
	t.addLine(start, len(src), ascii)
	return t
}

func (t *Text) addLine(start, end int, ascii bool) {
	t.Starts = append(t.Starts, start)
	t.Ends = append(t.Ends, end)
	t.ascii = append(t.ascii, ascii)
}

// BreakLen returns the length of the line break at src[i], or 0.
func BreakLen(src []byte, i int) int {
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

// LineCount returns the number of lines; a file ending in a break has an
// empty last line.
func (t *Text) LineCount() int { return len(t.Starts) }

// Pos returns the position at a 1-based line and code-point column. A column
// past the end of the line stops at the line's end, and the returned Pos
// says where it stopped.
func (t *Text) Pos(line, col int) graph.Pos {
	line = min(max(line, 1), len(t.Starts))
	col = max(col, 1)
	start, end := t.Starts[line-1], t.Ends[line-1]
	if t.ascii[line-1] {
		b := min(start+col-1, end)
		return graph.Pos{Line: line, Column: b - start + 1, Byte: b}
	}
	marks := t.lineMarks(line - 1)
	k := min((col-1)/markEvery, len(marks)-1)
	p := graph.Pos{Line: line, Column: k*markEvery + 1, Byte: marks[k]}
	for p.Column < col && p.Byte < end {
		_, size := utf8.DecodeRune(t.Src[p.Byte:end])
		p.Byte += size
		p.Column++
	}
	return p
}

// lineMarks returns the marks of line i (0-based), computing them once.
func (t *Text) lineMarks(i int) []int {
	if m, ok := t.marks[i]; ok {
		return m
	}
	if t.marks == nil {
		t.marks = make(map[int][]int)
	}
	m := []int{t.Starts[i]}
	for b, n := t.Starts[i], 0; b < t.Ends[i]; n++ {
		if n > 0 && n%markEvery == 0 {
			m = append(m, b)
		}
		_, size := utf8.DecodeRune(t.Src[b:t.Ends[i]])
		b += size
	}
	t.marks[i] = m
	return m
}

// At returns the position of byte offset b.
func (t *Text) At(b int) graph.Pos {
	b = min(max(b, t.Starts[0]), len(t.Src))
	line := t.LineOf(b)
	start := t.Starts[line-1]
	if t.ascii[line-1] {
		return graph.Pos{Line: line, Column: b - start + 1, Byte: b}
	}
	return graph.Pos{Line: line, Column: utf8.RuneCount(t.Src[start:b]) + 1, Byte: b}
}

// Advance moves p forward to byte offset to, counting lines and columns.
func (t *Text) Advance(p graph.Pos, to int) graph.Pos {
	to = min(to, len(t.Src))
	for p.Byte < to {
		if n := BreakLen(t.Src, p.Byte); n > 0 {
			p = graph.Pos{Line: p.Line + 1, Column: 1, Byte: p.Byte + n}
			continue
		}
		size := 1
		if t.Src[p.Byte] >= utf8.RuneSelf {
			_, size = utf8.DecodeRune(t.Src[p.Byte:])
		}
		p.Byte += size
		p.Column++
	}
	return p
}

// LineOf returns the 1-based line holding byte offset b (a break belongs to
// the line it ends).
func (t *Text) LineOf(b int) int {
	return sort.Search(len(t.Starts), func(i int) bool { return t.Starts[i] > b })
}

// Span returns the range of the non-blank content of a 1-based line, or an
// empty range at its start when the line is blank.
func (t *Text) Span(file string, line int) graph.Range {
	line = min(max(line, 1), len(t.Starts))
	s, e := t.Starts[line-1], t.Ends[line-1]
	for s < e && isBlank(t.Src[s]) {
		s++
	}
	for e > s && isBlank(t.Src[e-1]) {
		e--
	}
	start := t.Pos(line, 1)
	start = t.Advance(start, s)
	return graph.Range{Filename: file, Start: start, End: t.Advance(start, e)}
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }
