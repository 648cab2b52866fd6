package kubernetes

import (
	"testing"
	"unicode/utf8"

	"github.com/moatscan/moat/graph"
)

// checker checks ranges against one source file.
type checker struct {
	src []byte
	pos []graph.Pos // the position of every byte offset, and of len(src)
}

// newChecker counts the position of every byte of src independently of
// the parser: lines end at LF, CRLF, CR, NEL, LS and PS; columns count
// code points; a leading byte order mark is not part of line 1. Bytes
// inside a character or a CRLF get no position (zero).
func newChecker(src []byte) *checker {
	c := &checker{src: src, pos: make([]graph.Pos, len(src)+1)}
	p := graph.Pos{Line: 1, Column: 1}
	if len(src) >= 3 && string(src[:3]) == "\ufeff" {
		p.Byte = 3
	}
	for p.Byte < len(src) {
		c.pos[p.Byte] = p
		r, size := utf8.DecodeRune(src[p.Byte:])
		switch {
		case r == '\r' && p.Byte+1 < len(src) && src[p.Byte+1] == '\n':
			p = graph.Pos{Line: p.Line + 1, Column: 1, Byte: p.Byte + 2}
		case r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029:
			p = graph.Pos{Line: p.Line + 1, Column: 1, Byte: p.Byte + size}
		default:
			p.Byte += size
			p.Column++
		}
	}
	c.pos[len(src)] = p
	return c
}

// node checks every range of a node.
func (c *checker) node(t testing.TB, n *graph.Node) {
	t.Helper()
	c.check(t, n.Range)
	for p, r := range n.Ranges {
		if !c.check(t, r) {
			t.Errorf("  (the range of %s in %s)", p, n.ID)
		}
	}
	for p, r := range n.Keys {
		if !c.check(t, r) {
			t.Errorf("  (the key range of %s in %s)", p, n.ID)
		}
		if _, ok := n.Ranges[p]; !ok {
			t.Errorf("%s: key %s has no value range", n.ID, p)
		}
	}
}

// check reports whether r lies in the source, starts no later than it
// ends, and has lines and columns that agree with its bytes.
func (c *checker) check(t testing.TB, r graph.Range) bool {
	t.Helper()
	if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(c.src) {
		t.Errorf("range %s: bytes %d-%d outside 0-%d", short(r), r.Start.Byte, r.End.Byte, len(c.src))
		return false
	}
	ok := true
	for _, p := range []graph.Pos{r.Start, r.End} {
		if want := c.pos[p.Byte]; want != p {
			t.Errorf("range %s: position %+v, bytes say %+v", short(r), p, want)
			ok = false
		}
	}
	return ok
}

// checkRange checks one range against src, counting positions only as far
// as the range goes (src may be large).
func checkRange(t testing.TB, src []byte, r graph.Range) bool {
	t.Helper()
	end := min(max(r.Start.Byte, r.End.Byte, 0)+1, len(src))
	c := newChecker(src[:end])
	c.src = src // check reports a range past src before reading c.pos
	return c.check(t, r)
}

// checkNode checks every range of a node against src.
func checkNode(t testing.TB, src []byte, n *graph.Node) {
	t.Helper()
	newChecker(src).node(t, n)
}
