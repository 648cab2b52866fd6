package suppress

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/moatscan/moat/graph"
)

// source is a file with the offset of each line, to turn byte offsets
// into positions and to read the lines around a comment.
type source struct {
	name   string
	data   []byte
	starts []int
}

func newSource(name string, data []byte) *source {
	s := &source{name: name, data: data, starts: []int{0}}
	for i, c := range data {
		if c == '\n' {
			s.starts = append(s.starts, i+1)
		}
	}
	return s
}

// lines is the number of lines.
func (s *source) lines() int { return len(s.starts) }

// lineOf is the 1-based line of a byte offset.
func (s *source) lineOf(off int) int {
	lo, hi := 0, len(s.starts)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if s.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}

// text is line n (1-based) without its line break.
func (s *source) text(n int) string {
	end := len(s.data)
	if n < len(s.starts) {
		end = s.starts[n] - 1
	}
	return strings.TrimSuffix(string(s.data[s.starts[n-1]:end]), "\r")
}

// pos is the position of a byte offset; columns count code points.
func (s *source) pos(off int) graph.Pos {
	line := s.lineOf(off)
	start := s.starts[line-1]
	return graph.Pos{Line: line, Column: utf8.RuneCount(s.data[start:off]) + 1, Byte: off}
}

// rng is the range of [start, end).
func (s *source) rng(start, end int) graph.Range {
	return graph.Range{Filename: s.name, Start: s.pos(start), End: s.pos(end)}
}

// span is a comment, as byte offsets [start, end) without its line break.
type span struct{ start, end int }

// trim drops the line break a lexer may count as part of a line comment.
func (s *source) trim(c span) span {
	for c.end > c.start && (s.data[c.end-1] == '\n' || s.data[c.end-1] == '\r') {
		c.end--
	}
	return c
}

// target is the line a comment governs: its own line when code comes
// before it there (a trailing comment), else the first line below it
// that is neither blank, nor only comments, nor one skip accepts
// (decorators, document markers). 0 when there is none.
func (s *source) target(c span, commentOnly map[int]bool, skip func(string) bool) int {
	first := s.lineOf(c.start)
	if strings.TrimSpace(string(s.data[s.starts[first-1]:c.start])) != "" {
		return first
	}
	for n := s.lineOf(c.end) + 1; n <= s.lines(); n++ {
		t := strings.TrimSpace(s.text(n))
		if t == "" || commentOnly[n] || skip != nil && skip(t) {
			continue
		}
		return n
	}
	return 0
}

// commentLines lists the lines that hold nothing but comments.
func (s *source) commentLines(cs []span) map[int]bool {
	only := map[int]bool{}
	for _, c := range cs {
		first, last := s.lineOf(c.start), s.lineOf(c.end)
		for n := first + 1; n < last; n++ {
			only[n] = true
		}
		lineEnd := len(s.data)
		if last < len(s.starts) {
			lineEnd = s.starts[last] - 1
		}
		before := bytes.TrimSpace(s.data[s.starts[first-1]:c.start])
		after := bytes.TrimSpace(s.data[c.end:lineEnd])
		if len(before) == 0 && (first < last || len(after) == 0) {
			only[first] = true
		}
		if first < last && len(after) == 0 {
			only[last] = true
		}
	}
	return only
}
