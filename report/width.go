package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tabWidth is the distance between tab stops in snippets.
const tabWidth = 4

// glyph is how one code point of a source line shows on a terminal: r is
// the rune printed ('\t' prints as spaces, -1 prints nothing) and width
// the cells it takes.
type glyph struct {
	r     rune
	width int
}

// layout is a source line as glyphs, one per code point so that column c
// is glyphs[c-1], and cells[i] is the cell where glyph i starts;
// cells[len(glyphs)] is the line's width. cut is set when the line was
// laid out only in part.
type layout struct {
	glyphs []glyph
	cells  []int
	cut    bool
}

// lay out at most limit code points of s. Tabs expand to the next tab
// stop; control characters, invalid bytes and bidirectional overrides
// show as U+FFFD so that a file cannot drive the terminal; other format
// characters (BOM, zero-width joiners) take no cell.
func layOut(s string, limit int) layout {
	var l layout
	cell := 0
	for i := 0; i < len(s); {
		if len(l.glyphs) == limit {
			l.cut = true
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		g := glyphOf(r, size, cell)
		l.glyphs = append(l.glyphs, g)
		l.cells = append(l.cells, cell)
		cell += g.width
	}
	l.cells = append(l.cells, cell)
	return l
}

func glyphOf(r rune, size, cell int) glyph {
	switch {
	case r == '\t':
		return glyph{'\t', tabWidth - cell%tabWidth}
	case r == utf8.RuneError && size == 1, unicode.IsControl(r), isBidi(r):
		return glyph{utf8.RuneError, 1}
	case unicode.Is(unicode.Cf, r):
		return glyph{-1, 0}
	case unicode.In(r, unicode.Mn, unicode.Me):
		return glyph{r, 0}
	case isWide(r):
		return glyph{r, 2}
	}
	return glyph{r, 1}
}

// wide lists the blocks East Asian scripts and emoji take two cells in.
var wide = [][2]rune{
	{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
	{0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3},
	{0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60},
	{0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
}

func isWide(r rune) bool {
	for _, b := range wide {
		if r >= b[0] && r <= b[1] {
			return true
		}
	}
	return false
}

// isBidi reports whether r reorders the text around it (embeddings,
// overrides and isolates), which could make a snippet lie.
func isBidi(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// clean makes a message or path safe to print on one line: line breaks
// and tabs become spaces; other control characters, invalid bytes and
// bidirectional overrides become U+FFFD.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r) || isBidi(r):
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
