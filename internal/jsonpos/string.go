package jsonpos

import (
	"unicode/utf16"
	"unicode/utf8"
)

// str reads a string literal whose opening quote is under the cursor and
// returns its decoded text: a slice of the source when the literal has no
// escape, to be copied by the caller. The source is valid UTF-8 (Parse checks it
// first). A string holds no line break unless Options.Multiline allows
// them; then the line moves too.
func (p *parser) str() ([]byte, bool) {
	start := p.pos()
	src := p.src
	i, col := p.off+1, p.col+1
	seg := i       // start of the text not yet copied to buf
	var buf []byte // decoded text, once an escape is seen
	escaped := false
	for {
		if i >= len(src) {
			p.off, p.col = i, col
			p.diags = p.diags.Errorf(CodeSyntax, p.charRange(), "Invalid JSON",
				"Expected '\"' to close the string that starts at line %d, column %d, but found the end of the file.", start.Line, start.Column)
			return nil, false
		}
		c := src[i]
		switch {
		case c == '"':
			p.off, p.col = i+1, col+1
			if !escaped {
				return src[seg:i], true
			}
			return append(buf, src[seg:i]...), true
		case c == '\\':
			buf = append(buf, src[seg:i]...)
			escaped = true
			p.off, p.col = i, col
			n, ok := p.escape(&buf)
			if !ok {
				return nil, false
			}
			i, col = i+n, col+n
			seg = i
		case (c == '\n' || c == '\r') && p.opts.Multiline:
			i++
			if c == '\n' || i >= len(src) || src[i] != '\n' {
				p.line, col = p.line+1, 1
			}
		case c < 0x20:
			p.off, p.col = i, col
			return nil, p.fail("a character or an escape (control characters must be escaped in a string)")
		case c < utf8.RuneSelf:
			i++
			col++
		default:
			_, size := utf8.DecodeRune(src[i:])
			i += size
			col++
		}
	}
}

// escape decodes the escape sequence under the cursor (at its backslash)
// onto buf and returns its length in bytes, all ASCII. A \u escape of half
// a surrogate pair not followed by the other half decodes to U+FFFD, as
// encoding/json does.
func (p *parser) escape(buf *[]byte) (int, bool) {
	rest := p.src[p.off:]
	if len(rest) < 2 {
		p.ascii(len(rest))
		return 0, p.fail(`an escape character after '\'`)
	}
	if c, ok := simpleEscapes[rest[1]]; ok {
		*buf = append(*buf, c)
		return 2, true
	}
	if rest[1] != 'u' {
		p.ascii(1)
		return 0, p.fail(`one of " \ / b f n r t u after '\'`)
	}
	r, ok := p.hex4(rest, 2)
	if !ok {
		return 0, false
	}
	n := 6
	if utf16.IsSurrogate(r) {
		r2 := rune(-1)
		if len(rest) >= 12 && rest[6] == '\\' && rest[7] == 'u' {
			r2, _ = hexValue(rest[8:12])
		}
		if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
			r, n = dec, 12
		} else {
			r = utf8.RuneError
		}
	}
	*buf = utf8.AppendRune(*buf, r)
	return n, true
}

var simpleEscapes = map[byte]byte{
	'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

// hex4 reads the four hex digits of a \u escape at rest[at:], reporting
// the first bad one.
func (p *parser) hex4(rest []byte, at int) (rune, bool) {
	for k := at; k < at+4; k++ {
		if k >= len(rest) || !isHex(rest[k]) {
			p.ascii(k)
			return 0, p.fail(`four hexadecimal digits after '\u'`)
		}
	}
	r, _ := hexValue(rest[at : at+4])
	return r, true
}

// hexValue decodes four hex digits.
func hexValue(b []byte) (rune, bool) {
	var r rune
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return -1, false
		}
	}
	return r, true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
