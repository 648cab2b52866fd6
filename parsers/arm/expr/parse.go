package expr

import (
	"fmt"
	"unicode/utf8"
)

// maxDepth bounds the nesting of calls and accesses in one expression.
const maxDepth = 512

// parser reads one expression: a function call followed by any number of
// accesses, the arguments and indexes being calls, strings or integers.
type parser struct {
	src   string
	lx    *lexer
	tok   token
	depth int
}

// Parse reads an expression. src is the whole template string, brackets
// included; an error is an *Error with offsets in src.
func Parse(src string) (*Expr, error) {
	e, err := parse(src)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func parse(src string) (*Expr, *Error) {
	if !IsExpression(src) {
		return nil, errAt(0, len(src), "not an expression: an expression starts with '[' and ends with ']', and \"[[\" starts a literal string")
	}
	p := &parser{src: src, lx: newLexer(src)}
	if err := p.advance(); err != nil {
		return nil, err
	}
	switch p.tok.kind {
	case tokEOF:
		return nil, errAt(0, len(src), "the expression is empty")
	case tokIdent:
	default:
		return nil, p.unexpected("a function call: an expression starts with one, as in parameters('name')")
	}
	root, err := p.expr("")
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, errAt(p.tok.start, p.tok.end, "unexpected %s after the end of the expression", p.describe(p.tok))
	}
	if n := charCount(src); n > maxLength {
		return nil, errAt(0, len(src), "the expression is %d characters long; ARM accepts at most %d", n, maxLength)
	}
	return &Expr{Src: src, Root: root}, nil
}

// advance reads the next token.
func (p *parser) advance() *Error {
	t, err := p.lx.next()
	if err != nil {
		return err
	}
	p.tok = t
	return nil
}

// enter counts one level of nesting.
func (p *parser) enter() *Error {
	p.depth++
	if p.depth > maxDepth {
		return limitAt(p.tok.start, p.tok.end, "the expression nests deeper than %d levels", maxDepth)
	}
	return nil
}

// expr reads a call with its accesses, a string or an integer. what
// names the expected part for messages ("an argument of concat").
func (p *parser) expr(what string) (Node, *Error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	t := p.tok
	switch t.kind {
	case tokString:
		return &String{Value: t.str, Start: t.start, End: t.end}, p.advance()
	case tokInt:
		return &Int{Value: t.num, Start: t.start, End: t.end}, p.advance()
	case tokIdent:
		c, err := p.call()
		if err != nil {
			return nil, err
		}
		return p.accesses(c)
	}
	return nil, p.unexpected(what + ": a function call, a 'string' or an integer")
}

// call reads name(args) or namespace.name(args).
func (p *parser) call() (*Call, *Error) {
	name := p.tok
	c := &Call{Name: name.str, Start: name.start, NameEnd: name.end}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tokDot {
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.tok.kind != tokIdent {
			return nil, p.unexpected(fmt.Sprintf("a function name after '%s.'", name.str))
		}
		c.Namespace, c.Name, c.NameEnd = name.str, p.tok.str, p.tok.end
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	if p.tok.kind != tokLParen {
		return nil, p.unexpected(fmt.Sprintf("'(' after '%s': functions are called as %s()", c.FullName(), c.FullName()))
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	return c, p.args(c)
}

// args reads a call's arguments and its closing parenthesis.
func (p *parser) args(c *Call) *Error {
	if p.tok.kind == tokRParen {
		c.End = p.tok.end
		return p.advance()
	}
	what := "an argument of " + c.FullName()
	for {
		arg, err := p.expr(what)
		if err != nil {
			return err
		}
		c.Args = append(c.Args, arg)
		switch p.tok.kind {
		case tokComma:
			if err := p.advance(); err != nil {
				return err
			}
		case tokRParen:
			c.End = p.tok.end
			return p.advance()
		case tokEOF:
			return errAt(c.Start, p.tok.start, "expected ')' to close the call of %s", c.FullName())
		default:
			return p.unexpected(fmt.Sprintf("',' or ')' after %s", what))
		}
	}
}

// accesses reads the .name and [index] accesses after x.
func (p *parser) accesses(x Node) (Node, *Error) {
	levels := 0
	defer func() { p.depth -= levels }()
	for p.tok.kind == tokDot || p.tok.kind == tokLBrack {
		if err := p.enter(); err != nil {
			return nil, err
		}
		levels++
		var err *Error
		if p.tok.kind == tokDot {
			x, err = p.member(x)
		} else {
			x, err = p.index(x)
		}
		if err != nil {
			return nil, err
		}
	}
	return x, nil
}

// member reads .name after x.
func (p *parser) member(x Node) (Node, *Error) {
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind != tokIdent {
		return nil, p.unexpected("a property name after '.'")
	}
	start, _ := x.Span()
	m := &Member{X: x, Name: p.tok.str, Start: start, NameStart: p.tok.start, End: p.tok.end}
	return m, p.advance()
}

// index reads [key] after x.
func (p *parser) index(x Node) (Node, *Error) {
	open := p.tok.start
	if err := p.advance(); err != nil {
		return nil, err
	}
	key, err := p.expr("an index")
	if err != nil {
		return nil, err
	}
	switch p.tok.kind {
	case tokRBrack:
	case tokEOF:
		return nil, errAt(open, p.tok.start, "expected ']' to close the index")
	default:
		return nil, p.unexpected("']' to close the index")
	}
	start, _ := x.Span()
	n := &Index{X: x, Key: key, Start: start, End: p.tok.end}
	return n, p.advance()
}

// unexpected returns an error at the current token: "expected what,
// found it".
func (p *parser) unexpected(what string) *Error {
	return errAt(p.tok.start, p.tok.end, "expected %s, found %s", what, p.describe(p.tok))
}

// describe names a token for messages.
func (p *parser) describe(t token) string {
	switch t.kind {
	case tokEOF:
		return "the end of the expression"
	case tokString:
		return "the string " + clip(p.src[t.start:t.end])
	case tokInt:
		return "the number " + p.src[t.start:t.end]
	}
	return "'" + clip(p.src[t.start:t.end]) + "'"
}

// clip shortens s to at most 40 bytes for a message, on a rune boundary.
func clip(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
