package syntax

import (
	"sort"

	"github.com/moatscan/moat/graph"
)

// runeBlock is the size of the blocks File.runes counts code points for.
const runeBlock = 256

// index returns the byte offset of each line's start (a line ends at \n,
// \r\n or a lone \r) and the number of code points before each block of
// runeBlock bytes. A code point is counted at its first byte: bytes
// 10xxxxxx continue one.
func index(src []byte) (lines, runes []int) {
	lines = []int{0}
	runes = make([]int, 0, len(src)/runeBlock+1)
	n := 0
	for i := 0; i < len(src); i++ {
		if i%runeBlock == 0 {
			runes = append(runes, n)
		}
		c := src[i]
		if c&0xC0 != 0x80 {
			n++
		}
		switch c {
		case '\n':
			lines = append(lines, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue // the line starts after the \n
			}
			lines = append(lines, i+1)
		}
	}
	return lines, runes
}

// Pos returns the position of a byte offset: 1-based line, 1-based column
// in code points, and the offset itself. Offsets outside the source are
// clamped to it.
func (f *File) Pos(offset int) graph.Pos {
	offset = max(0, min(offset, len(f.Src)))
	lines, runes := f.lines, f.runes
	if lines == nil {
		lines, runes = index(f.Src)
	}
	line := sort.Search(len(lines), func(i int) bool { return lines[i] > offset }) - 1
	line = max(line, 0)
	col := 1 + runesBefore(f.Src, runes, offset) - runesBefore(f.Src, runes, lines[line])
	return graph.Pos{Line: line + 1, Column: col, Byte: offset}
}

// runesBefore counts the code points of src before offset.
func runesBefore(src []byte, runes []int, offset int) int {
	b := offset / runeBlock
	n := 0
	if b < len(runes) {
		n = runes[b]
	} else {
		b = 0
	}
	for _, c := range src[b*runeBlock : offset] {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// Range returns the range of a span in the file.
func (f *File) Range(s Span) graph.Range {
	return graph.Range{Filename: f.Path, Start: f.Pos(s.Start), End: f.Pos(s.End)}
}

// Text returns the source text of a node.
func (f *File) Text(n Node) string {
	s := n.Bounds()
	a := max(0, min(s.Start, len(f.Src)))
	b := max(a, min(s.End, len(f.Src)))
	return string(f.Src[a:b])
}
