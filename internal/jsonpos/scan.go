package jsonpos

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/moatscan/moat/graph"
)

// pos is the position of the cursor.
func (p *parser) pos() graph.Pos {
	return graph.Pos{Line: p.line, Column: p.col, Byte: p.off}
}

// at reports whether the cursor is on byte c.
func (p *parser) at(c byte) bool {
	return p.off < len(p.src) && p.src[p.off] == c
}

// ascii moves the cursor over n bytes known to be ASCII and no line break.
func (p *parser) ascii(n int) {
	p.off += n
	p.col += n
}

// step moves the cursor over one code point, or one line break (CRLF
// included).
func (p *parser) step() {
	switch c := p.src[p.off]; {
	case c == '\n':
		p.off++
		p.line, p.col = p.line+1, 1
	case c == '\r':
		p.off++
		if p.at('\n') {
			p.off++
		}
		p.line, p.col = p.line+1, 1
	case c < utf8.RuneSelf:
		p.ascii(1)
	default:
		_, size := utf8.DecodeRune(p.src[p.off:])
		p.off += size
		p.col++
	}
}

// skipSpace moves the cursor over whitespace and, when allowed, comments.
// It reports false (with a diagnostic) on a comment that is not allowed or
// not closed.
func (p *parser) skipSpace() bool {
	for p.off < len(p.src) {
		switch p.src[p.off] {
		case ' ', '\t':
			p.ascii(1)
		case '\n', '\r':
			p.step()
		case '/':
			if !p.comment() {
				return false
			}
		default:
			return true
		}
	}
	return true
}

// comment moves the cursor over the comment that starts at it.
func (p *parser) comment() bool {
	if !p.opts.Comments {
		return p.fail("a value or punctuation (JSON allows no comments)")
	}
	rest := p.src[p.off:]
	switch {
	case bytes.HasPrefix(rest, []byte("//")):
		for p.off < len(p.src) && p.src[p.off] != '\n' && p.src[p.off] != '\r' {
			p.step()
		}
		return true
	case bytes.HasPrefix(rest, []byte("/*")):
		start := p.pos()
		end := bytes.Index(rest[2:], []byte("*/"))
		if end < 0 {
			p.diags = p.diags.Errorf(CodeSyntax, graph.Range{Filename: p.filename, Start: start, End: start},
				"Invalid JSON", "The comment that starts here is not closed; end it with */.")
			return false
		}
		for stop := p.off + 2 + end + 2; p.off < stop; {
			p.step()
		}
		return true
	}
	return p.fail("'//' or '/*' to start a comment")
}

// literals are the words JSON knows.
var literals = [...]struct {
	text string
	kind Kind
	b    bool
}{{"true", Bool, true}, {"false", Bool, false}, {"null", Null, false}}

// literal reads true, false or null.
func (p *parser) literal() (*Value, bool) {
	start := p.pos()
	for _, l := range literals {
		if bytes.HasPrefix(p.src[p.off:], []byte(l.text)) {
			p.ascii(len(l.text))
			v := p.newValue(l.kind)
			v.Bool, v.Range = l.b, p.rangeFrom(start)
			return v, true
		}
	}
	return nil, p.fail("a value (an object, array, string, number, true, false or null)")
}

// number reads a number literal: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *parser) number() (*Value, bool) {
	start := p.pos()
	src, i := p.src, p.off
	if src[i] == '-' {
		i++
	}
	switch {
	case i < len(src) && src[i] == '0':
		i++
	case i < len(src) && isDigit(src[i]):
		i = digits(src, i)
	default:
		p.ascii(i - p.off)
		return nil, p.fail("a digit after '-'")
	}
	if i < len(src) && src[i] == '.' {
		if i++; i >= len(src) || !isDigit(src[i]) {
			p.ascii(i - p.off)
			return nil, p.fail("a digit after the decimal point")
		}
		i = digits(src, i)
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		if i++; i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		if i >= len(src) || !isDigit(src[i]) {
			p.ascii(i - p.off)
			return nil, p.fail("a digit in the exponent")
		}
		i = digits(src, i)
	}
	num := string(src[p.off:i])
	p.ascii(i - p.off)
	v := p.newValue(Number)
	v.Num, v.Range = num, p.rangeFrom(start)
	return v, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits returns the end of the run of digits at src[i].
func digits(src []byte, i int) int {
	for i < len(src) && isDigit(src[i]) {
		i++
	}
	return i
}

// fail records a syntax error at the cursor, saying what was expected
// there and what was found. It returns false for the caller to return.
func (p *parser) fail(expected string) bool {
	p.diags = p.diags.Errorf(CodeSyntax, p.charRange(), "Invalid JSON", "Expected %s, but found %s.", expected, p.found())
	return false
}

// charRange is the range of the code point under the cursor, empty at the
// end of the file or a line break (so that it stays on one line).
func (p *parser) charRange() graph.Range {
	start := p.pos()
	end := start
	if p.off < len(p.src) && p.src[p.off] != '\n' && p.src[p.off] != '\r' {
		_, size := utf8.DecodeRune(p.src[p.off:])
		end = graph.Pos{Line: start.Line, Column: start.Column + 1, Byte: start.Byte + size}
	}
	return graph.Range{Filename: p.filename, Start: start, End: end}
}

// found describes the code point under the cursor.
func (p *parser) found() string {
	if p.off >= len(p.src) {
		return "the end of the file"
	}
	r, _ := utf8.DecodeRune(p.src[p.off:])
	if r < 0x20 || r == 0x7f || r == utf8.RuneError || r == 0xfeff {
		return fmt.Sprintf("U+%04X", r)
	}
	return fmt.Sprintf("'%c'", r)
}

// invalidUTF8 reports the first byte of src that is not UTF-8.
func (p *parser) invalidUTF8() {
	for p.off < len(p.src) {
		if r, size := utf8.DecodeRune(p.src[p.off:]); r == utf8.RuneError && size <= 1 {
			break
		}
		p.step()
	}
	r := p.pos()
	end := graph.Pos{Line: r.Line, Column: r.Column + 1, Byte: r.Byte + 1}
	p.diags = p.diags.Errorf(graph.CodeEncoding, graph.Range{Filename: p.filename, Start: r, End: end},
		"Invalid UTF-8", "Byte 0x%02X at offset %d is not UTF-8; JSON files must be UTF-8 encoded.", p.src[p.off], p.off)
}
