package syntax

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// quote lexes a string that starts at a quote: '...' or ”'...”'.
func (l *lexer) quote() {
	p := l.pos
	if p+2 < len(l.src) && l.src[p+1] == '\'' && l.src[p+2] == '\'' {
		l.scanMulti(p, p+3, 0, false)
		return
	}
	l.scanString(p, false)
}

// scanString lexes a single-line string piece from start, a quote (or the
// '}' that closes an interpolation when cont), to the closing quote or the
// next ${. A line break or the end of the file ends the string too, with
// a diagnostic.
func (l *lexer) scanString(start int, cont bool) {
	src := l.src
	whole, left := tString, tStringLeft
	if cont {
		whole, left = tStringRight, tStringMid
	}
	i := start + 1
	for {
		if i >= len(src) || src[i] == '\n' || src[i] == '\r' {
			l.report(codeSyntax, Span{start, i}, "string not terminated before the end of the line", "End the string with a quote on the same line, or use a multi-line string ('''...''').")
			l.toks = append(l.toks, token{kind: whole, open: true, start: int32(start), end: int32(i)})
			l.pos = i
			return
		}
		switch src[i] {
		case '\'':
			l.emit(whole, start, i+1)
			l.pos = i + 1
			return
		case '\\':
			i = l.escape(i)
		case '$':
			if i+1 < len(src) && src[i+1] == '{' {
				l.emit(left, start, i+2)
				l.frames = append(l.frames, frame{start: start})
				l.pos = i + 2
				return
			}
			i++
		default:
			i++
		}
	}
}

// escape checks the escape sequence at src[i] == '\\' and returns the
// offset after it.
func (l *lexer) escape(i int) int {
	src := l.src
	if i+1 >= len(src) || src[i+1] == '\n' || src[i+1] == '\r' {
		l.report(codeSyntax, Span{i, i + 1}, "incomplete escape sequence", `A backslash starts one of \\ \' \n \r \t \$ \u{...}.`)
		return i + 1
	}
	switch src[i+1] {
	case '\\', '\'', 'n', 'r', 't', '$':
		return i + 2
	case 'u':
		if _, n, ok := unicodeEscape(src[i:]); ok {
			return i + n
		}
	}
	_, size := utf8.DecodeRune(src[i+1:])
	l.report(codeSyntax, Span{i, i + 1 + size}, "unknown escape sequence "+quoteText(src[i:i+1+size]), `Bicep knows \\ \' \n \r \t \$ and \u{...}; write \\ for a backslash.`)
	return i + 1 + size
}

// unicodeEscape decodes \u{X} (one to six hex digits, at most 10FFFF) at
// the start of b and returns the code point and the escape's length.
func unicodeEscape(b []byte) (rune, int, bool) {
	if len(b) < 4 || b[0] != '\\' || b[1] != 'u' || b[2] != '{' {
		return 0, 0, false
	}
	var r rune
	j := 3
	for ; j < len(b) && j < 10 && b[j] != '}'; j++ {
		d := hexDigit(b[j])
		if d < 0 {
			return 0, 0, false
		}
		r = r*16 + rune(d)
	}
	if j == 3 || j >= len(b) || b[j] != '}' || r > utf8.MaxRune {
		return 0, 0, false
	}
	return r, j + 1, true
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// scanMulti lexes a multi-line string piece from start (the first $ or
// quote, or the '}' of an interpolation when cont) whose text begins at
// from, to the closing ”' or the next interpolation: dollars $ signs
// (at least one) and '{'. A run of more than three quotes closes with its
// last three. The end of the file ends the string with a diagnostic.
func (l *lexer) scanMulti(start, from, dollars int, cont bool) {
	src := l.src
	whole, left := tMulti, tMultiLeft
	if cont {
		whole, left = tMultiRight, tMultiMid
	}
	for i := from; i < len(src); {
		switch {
		case src[i] == '\'' && i+2 < len(src) && src[i+1] == '\'' && src[i+2] == '\'':
			end := i + 3
			for end < len(src) && src[end] == '\'' {
				end++
			}
			l.emit(whole, start, end)
			l.pos = end
			return
		case src[i] == '$' && dollars > 0:
			j := i
			for j < len(src) && src[j] == '$' {
				j++
			}
			if j < len(src) && src[j] == '{' && j-i >= dollars {
				l.emit(left, start, j+1)
				l.frames = append(l.frames, frame{start: start, multi: true, dollars: dollars})
				l.pos = j + 1
				return
			}
			i = j
		default:
			i++
		}
	}
	l.report(codeSyntax, Span{start, len(src)}, "multi-line string not terminated", "End the string with '''.")
	l.toks = append(l.toks, token{kind: whole, open: true, start: int32(start), end: int32(len(src))})
	l.pos = len(src)
}

// unescape decodes the text of a single-line string piece. Escapes the
// lexer reported are kept as written; a UTF-16 surrogate pair written as
// two \u{...} escapes becomes its one code point.
func unescape(b []byte) string {
	if bytes.IndexByte(b, '\\') < 0 {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			sb.WriteByte(c)
			i++
			continue
		}
		switch b[i+1] {
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case '\\', '\'', '$':
			sb.WriteByte(b[i+1])
		case 'u':
			if r, n, ok := unicodeEscape(b[i:]); ok {
				i += n
				if r >= 0xD800 && r < 0xDC00 {
					if lo, m, ok := unicodeEscape(b[i:]); ok && lo >= 0xDC00 && lo < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
						i += m
					}
				}
				sb.WriteRune(r) // a lone surrogate becomes U+FFFD
				continue
			}
			sb.WriteByte(c)
			i++
			continue
		default:
			sb.WriteByte(c)
			i++
			continue
		}
		i += 2
	}
	return sb.String()
}
