package expr

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// maxLength is the longest expression ARM accepts, in characters.
const maxLength = 24576

// IsExpression reports whether a template string is an expression: it
// starts with '[' and ends with ']', and does not start with "[[".
func IsExpression(s string) bool {
	return len(s) >= 2 && s[0] == '[' && s[len(s)-1] == ']' && s[1] != '['
}

// Literal returns the value of a template string that is not an
// expression: "[[x]" is the escaped form of "[x]"; any other string is
// itself.
func Literal(s string) string {
	if len(s) >= 3 && s[0] == '[' && s[1] == '[' && s[len(s)-1] == ']' {
		return s[1:]
	}
	return s
}

// charCount counts characters as ARM does: UTF-16 code units.
func charCount(s string) int {
	n := 0
	for _, r := range s {
		if utf16.RuneLen(r) == 2 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// tokKind is the kind of a token.
type tokKind uint8

const (
	tokEOF tokKind = iota
	tokIdent
	tokString
	tokInt
	tokLParen
	tokRParen
	tokLBrack
	tokRBrack
	tokComma
	tokDot
)

// token is one token. Its span is in the expression's Src.
type token struct {
	kind       tokKind
	start, end int
	str        string // tokIdent: the name; tokString: the value
	num        int64  // tokInt
}

// punct maps one-byte tokens to their kinds.
var punct = [256]tokKind{
	'(': tokLParen, ')': tokRParen, '[': tokLBrack, ']': tokRBrack, ',': tokComma, '.': tokDot,
}

// lexer reads the tokens between an expression's brackets.
type lexer struct {
	src string
	pos int
	end int // the offset of the closing ']'
}

// newLexer returns a lexer for src, which IsExpression accepts.
func newLexer(src string) *lexer {
	return &lexer{src: src, pos: 1, end: len(src) - 1}
}

// next returns the next token. At the end it returns tokEOF spanning the
// closing ']'.
func (l *lexer) next() (token, *Error) {
	l.skipSpace()
	if l.pos >= l.end {
		return token{kind: tokEOF, start: l.end, end: l.end + 1}, nil
	}
	c := l.src[l.pos]
	switch {
	case c == '\'':
		return l.string()
	case c == '-' || isDigit(c):
		return l.number()
	case punct[c] != tokEOF:
		l.pos++
		return token{kind: punct[c], start: l.pos - 1, end: l.pos}, nil
	}
	r, size := utf8.DecodeRuneInString(l.src[l.pos:l.end])
	if isIdentStart(r) {
		return l.ident(), nil
	}
	if r == utf8.RuneError && size <= 1 {
		return token{}, errAt(l.pos, l.pos+1, "unexpected byte 0x%02x: the expression is not valid UTF-8", c)
	}
	return token{}, errAt(l.pos, l.pos+size, "unexpected character %q", r)
}

// skipSpace skips whitespace, newlines included.
func (l *lexer) skipSpace() {
	for l.pos < l.end {
		c := l.src[l.pos]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			l.pos++
			continue
		}
		if c < utf8.RuneSelf {
			return
		}
		r, size := utf8.DecodeRuneInString(l.src[l.pos:l.end])
		if !unicode.IsSpace(r) {
			return
		}
		l.pos += size
	}
}

// ident reads a name: a letter or '_', then letters, digits and '_'.
func (l *lexer) ident() token {
	start := l.pos
	for l.pos < l.end {
		r, size := utf8.DecodeRuneInString(l.src[l.pos:l.end])
		if !isIdentStart(r) && !unicode.IsDigit(r) {
			break
		}
		l.pos += size
	}
	return token{kind: tokIdent, start: start, end: l.pos, str: l.src[start:l.pos]}
}

// number reads an integer, optionally negative.
func (l *lexer) number() (token, *Error) {
	start := l.pos
	if l.src[l.pos] == '-' {
		l.pos++
	}
	digits := l.pos
	l.skipDigits()
	if l.pos == digits {
		return token{}, errAt(start, start+1, "expected a digit after '-'")
	}
	if l.pos+1 < l.end && l.src[l.pos] == '.' && isDigit(l.src[l.pos+1]) {
		l.pos++
		l.skipDigits()
		text := l.src[start:l.pos]
		return token{}, errAt(start, l.pos, "decimal numbers are not part of the expression language: write json('%s')", text)
	}
	text := l.src[start:l.pos]
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return token{}, errAt(start, l.pos, "the integer %s is out of range", text)
	}
	return token{kind: tokInt, start: start, end: l.pos, num: n}, nil
}

func (l *lexer) skipDigits() {
	for l.pos < l.end && isDigit(l.src[l.pos]) {
		l.pos++
	}
}

// string reads a 'string', in which a doubled quote is one quote.
func (l *lexer) string() (token, *Error) {
	start := l.pos
	l.pos++
	var b strings.Builder
	seg := l.pos
	for l.pos < l.end {
		if l.src[l.pos] != '\'' {
			l.pos++
			continue
		}
		if l.pos+1 < l.end && l.src[l.pos+1] == '\'' {
			b.WriteString(l.src[seg : l.pos+1])
			l.pos += 2
			seg = l.pos
			continue
		}
		val := l.src[seg:l.pos]
		if b.Len() > 0 {
			b.WriteString(val)
			val = b.String()
		}
		l.pos++
		return token{kind: tokString, start: start, end: l.pos, str: val}, nil
	}
	return token{}, errAt(start, l.end, "the string is not closed: end it with ' (a quote inside a string is written '')")
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentStart(r rune) bool { return r == '_' || unicode.IsLetter(r) }
