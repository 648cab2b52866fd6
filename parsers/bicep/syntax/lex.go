package syntax

import (
	"bytes"
	"unicode/utf8"
)

// lexer turns a source into tokens in one pass. Trivia (spaces, comments,
// #disable-next-line and the other directives) make no tokens; line
// breaks do, one token for a run of them, since statements, object
// properties and array items end at a line break.
type lexer struct {
	src    []byte
	pos    int
	toks   []token
	frames []frame // the string interpolations open at pos, innermost last
	// lineStart is set while only spaces were seen since the last line
	// break: a directive must be the first thing on its line.
	lineStart bool
	report    func(code string, s Span, summary, detail string)
	comments  []Span // the comments seen, when recorded
}

// frame is an open ${...} of an interpolated string.
type frame struct {
	start   int  // the string's first byte
	multi   bool // a $'''...''' string
	dollars int  // how many $ open an interpolation of a multi-line string
	depth   int  // '{' opened inside the interpolation and not closed
}

// directives are the # lines Bicep knows; they are trivia here.
var directives = [][]byte{
	[]byte("disable-next-line"),
	[]byte("disable-diagnostics"),
	[]byte("restore-diagnostics"),
}

// lex returns the tokens of src, the last one tEOF.
func lex(src []byte, report func(code string, s Span, summary, detail string)) []token {
	l := &lexer{src: src, lineStart: true, report: report}
	l.toks = make([]token, 0, len(src)/4+1)
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		l.pos = 3
	}
	for l.pos < len(src) {
		l.next()
	}
	if len(l.frames) > 0 { // the outermost string: the others are inside it
		l.report(codeSyntax, Span{l.frames[0].start, len(src)}, "string interpolation not closed", "Close the interpolation with '}' and end the string.")
	}
	l.emit(tEOF, len(src), len(src))
	return l.toks
}

func (l *lexer) emit(k kind, start, end int) {
	if k == tNewline && len(l.toks) > 0 && l.toks[len(l.toks)-1].kind == tNewline {
		return
	}
	l.toks = append(l.toks, token{kind: k, start: int32(start), end: int32(end)})
}

// next lexes what starts at l.pos: trivia, or one token.
func (l *lexer) next() {
	src, p := l.src, l.pos
	c := src[p]
	switch {
	case c == ' ' || c == '\t' || c == '\v' || c == '\f':
		l.pos++
		return
	case c == '\n' || c == '\r':
		l.newline()
		return
	case c == '/' && p+1 < len(src) && src[p+1] == '/':
		l.lineComment()
		l.comment(p)
		return
	case c == '/' && p+1 < len(src) && src[p+1] == '*':
		l.blockComment()
		l.comment(p)
		l.lineStart = false
		return
	case c == '#' && l.lineStart && l.directive():
		return
	}
	l.lineStart = false
	switch {
	case c == '\'':
		l.quote()
	case c == '$':
		l.dollar()
	case isIdentStart(c):
		end := p + 1
		for end < len(src) && isIdentPart(src[end]) {
			end++
		}
		l.emit(tIdent, p, end)
		l.pos = end
	case c >= '0' && c <= '9':
		end := p + 1
		for end < len(src) && src[end] >= '0' && src[end] <= '9' {
			end++
		}
		l.emit(tInt, p, end)
		l.pos = end
	case c == '{':
		if n := len(l.frames); n > 0 {
			l.frames[n-1].depth++
		}
		l.emit(tLBrace, p, p+1)
		l.pos++
	case c == '}':
		if n := len(l.frames); n > 0 {
			fr := &l.frames[n-1]
			if fr.depth == 0 {
				l.frames = l.frames[:n-1]
				if fr.multi {
					l.scanMulti(p, p+1, fr.dollars, true)
				} else {
					l.scanString(p, true)
				}
				return
			}
			fr.depth--
		}
		l.emit(tRBrace, p, p+1)
		l.pos++
	default:
		l.operator()
	}
}

// newline consumes one line break (\n, \r\n or \r). A line break ends the
// single-line strings whose interpolation is still open.
func (l *lexer) newline() {
	start := l.pos
	if l.src[l.pos] == '\r' && l.pos+1 < len(l.src) && l.src[l.pos+1] == '\n' {
		l.pos++
	}
	l.pos++
	n := len(l.frames)
	for n > 0 && !l.frames[n-1].multi {
		n--
	}
	if n < len(l.frames) { // the outermost single-line string open here
		l.report(codeSyntax, Span{l.frames[n].start, start}, "string not terminated before the end of the line", "Close the interpolation with '}' and the string with a quote on the same line.")
		l.frames = l.frames[:n]
	}
	l.emit(tNewline, start, l.pos)
	l.lineStart = true
}

// comment records the comment from start to l.pos when comments are
// being recorded.
func (l *lexer) comment(start int) {
	if l.comments != nil {
		l.comments = append(l.comments, Span{start, l.pos})
	}
}

// Comments returns the spans of the comments of src (// and /* */, not
// the #disable-next-line directives), in order. It lexes the source as the
// parser does, so comment markers inside strings are not comments.
func Comments(src []byte) []Span {
	l := &lexer{src: src, lineStart: true, report: func(string, Span, string, string) {}, comments: []Span{}}
	l.toks = make([]token, 0, len(src)/4+1)
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		l.pos = 3
	}
	for l.pos < len(src) {
		l.next()
	}
	return l.comments
}

func (l *lexer) lineComment() {
	for l.pos < len(l.src) && l.src[l.pos] != '\n' && l.src[l.pos] != '\r' {
		l.pos++
	}
}

func (l *lexer) blockComment() {
	start := l.pos
	end := bytes.Index(l.src[start+2:], []byte("*/"))
	if end < 0 {
		l.pos = len(l.src)
		l.report(codeSyntax, Span{start, l.pos}, "comment not terminated", "End the comment with */.")
		return
	}
	l.pos = start + 2 + end + 2
}

// directive skips a #disable-next-line (or other known directive) line and
// reports whether it found one.
func (l *lexer) directive() bool {
	end := l.pos + 1
	for end < len(l.src) && (isIdentPart(l.src[end]) || l.src[end] == '-') {
		end++
	}
	name := l.src[l.pos+1 : end]
	for _, d := range directives {
		if !bytes.Equal(name, d) {
			continue
		}
		codes := end
		for codes < len(l.src) && (l.src[codes] == ' ' || l.src[codes] == '\t') {
			codes++
		}
		if codes == len(l.src) || !isIdentPart(l.src[codes]) {
			l.report(codeSyntax, Span{l.pos, end}, "expected a diagnostic code after #"+string(name), "Name the codes to act on: #"+string(name)+" BCP037 no-unused-vars.")
		}
		l.lineComment()
		return true
	}
	return false
}

// dollar lexes $”'...”' (any number of $), or reports a lone $.
func (l *lexer) dollar() {
	p := l.pos
	end := p
	for end < len(l.src) && l.src[end] == '$' {
		end++
	}
	if bytes.HasPrefix(l.src[end:], []byte("'''")) {
		l.scanMulti(p, end+3, end-p, false)
		return
	}
	l.bad()
}

// operator lexes punctuation, or reports an unknown character.
func (l *lexer) operator() {
	rest := l.src[l.pos:]
	for _, o := range ops {
		if len(rest) >= len(o.text) && string(rest[:len(o.text)]) == o.text {
			l.emit(o.kind, l.pos, l.pos+len(o.text))
			l.pos += len(o.text)
			return
		}
	}
	l.bad()
}

// bad reports the character at l.pos as unknown and makes it a tBad token.
func (l *lexer) bad() {
	_, size := utf8.DecodeRune(l.src[l.pos:])
	s := Span{l.pos, l.pos + size}
	l.report(codeSyntax, s, "unexpected character "+quoteText(l.src[s.Start:s.End]), "Bicep does not use this character outside strings and comments.")
	l.emit(tBad, s.Start, s.End)
	l.pos = s.End
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdentPart(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

// quoteText quotes a short piece of source for a message.
func quoteText(b []byte) string {
	if !utf8.Valid(b) {
		return "(invalid UTF-8)"
	}
	return "'" + string(b) + "'"
}
