package syntax

import (
	"math"
	"strconv"
)

// expr parses an expression: a ternary, whose '?' and ':' may each start
// a new line (but not end one), or a binary expression.
func (p *parser) expr() Expr {
	if !p.enter() {
		return p.tooDeep()
	}
	defer p.leave()
	cond := p.binary(1)
	if !p.atAcrossLines(tQuestion) {
		return cond
	}
	p.next()
	t := &Ternary{Cond: cond}
	t.Then = p.expr()
	if p.atAcrossLines(tColon) {
		p.next()
		t.Else = p.expr()
	} else {
		p.errAt(p.tok(), "expected ':' in the conditional expression", "Write condition ? value : otherValue.")
		t.Else = p.missing()
	}
	t.Span = Span{cond.Bounds().Start, p.prevEnd}
	return t
}

// binary parses operators of precedence min or higher, left to right.
func (p *parser) binary(min int) Expr {
	x := p.unary()
	for n := 0; ; n++ {
		op := binaryOps[p.tok().kind]
		if op.prec == 0 || op.prec < min {
			return x
		}
		if n == maxChain {
			return p.chainTooLong(x)
		}
		p.next()
		y := p.binary(op.prec + 1)
		x = &Binary{Span: Span{x.Bounds().Start, y.Bounds().End}, Op: op.text, X: x, Y: y}
	}
}

// chainTooLong reports an operator chain beyond maxChain and skips it.
func (p *parser) chainTooLong(x Expr) Expr {
	p.stmtErr = true
	p.report(codeLimit, span(p.tok()), "expression too long", "One chain of operators or accessors has at most 1024 links.")
	p.skipTo(true)
	return &BadExpr{Span{x.Bounds().Start, max(x.Bounds().End, p.prevEnd)}}
}

// unary parses a ! - + prefix and its operand. The operand cannot start
// with another prefix (Bicep wants parentheses there); the first one is
// reported and the rest parsed as if it had them.
func (p *parser) unary() Expr { return p.prefixed(false) }

func (p *parser) prefixed(nested bool) Expr {
	t := p.tok()
	op := unaryOps[t.kind]
	if op == "" {
		return p.postfix(p.primary())
	}
	if !p.enter() {
		return p.tooDeep()
	}
	defer p.leave()
	p.next()
	var x Expr
	n := p.tok()
	if unaryOps[n.kind] != "" && !nested {
		p.errAt(n, "expected an expression after "+describe(t.kind), "Two prefix operators in a row need parentheses: write !(!x) or -(-1).")
	}
	if op == "-" && n.kind == tInt && p.text(n) == "9223372036854775808" {
		// The one literal that fits only when negated: -(MinInt64) is
		// MinInt64 in two's complement, so the value comes out right.
		p.next()
		x = p.postfix(&Int{Span: span(n), Value: math.MinInt64})
	} else {
		x = p.prefixed(true)
	}
	return &Unary{Span: Span{int(t.start), x.Bounds().End}, Op: op, X: x}
}

var unaryOps = [tBad + 1]string{tNot: "!", tMinus: "-", tPlus: "+"}

// postfix parses accessors, indexes, method calls, x! and x::name after x.
func (p *parser) postfix(x Expr) Expr {
	for n := 0; ; n++ {
		t := p.tok()
		switch t.kind {
		case tDot, tLBrack, tNot, tDoubleColon:
		default:
			return x
		}
		if n == maxChain {
			return p.chainTooLong(x)
		}
		start := x.Bounds().Start
		p.next()
		switch t.kind {
		case tNot:
			x = &NonNull{Span: Span{start, int(t.end)}, X: x}
		case tDoubleColon:
			name := p.memberName("expected the name of a nested resource after '::'")
			x = &Child{Span: Span{start, p.prevEnd}, X: x, Name: name}
		case tDot:
			safe := p.accept(tQuestion)
			name := p.memberName("expected a property or function name after '.'")
			if !safe && p.at(tLParen) && name.Name != "" {
				x = &Call{Target: x, Name: name, Args: p.args()}
			} else {
				x = &Access{X: x, Name: name, Safe: safe}
			}
			setEnd(x, start, p.prevEnd)
		case tLBrack:
			x = p.index(x)
		}
	}
}

func setEnd(x Expr, start, end int) {
	switch x := x.(type) {
	case *Call:
		x.Span = Span{start, end}
	case *Access:
		x.Span = Span{start, end}
	}
}

// memberName parses the identifier after '.' or '::'; keywords are names
// there.
func (p *parser) memberName(summary string) *Ident {
	t := p.tok()
	if t.kind != tIdent {
		p.errAt(t, summary, "Found "+describe(t.kind)+".")
		return &Ident{Span: Span{p.prevEnd, p.prevEnd}}
	}
	p.next()
	return p.ident(t)
}

// index parses the rest of x[i], x[?i], x[^i] or x[?^i] after '['.
func (p *parser) index(x Expr) Expr {
	ix := &Index{X: x}
	if !p.enter() {
		bad := p.tooDeep()
		p.accept(tRBrack)
		return bad
	}
	defer p.leave()
	p.withNL(true, func() {
		ix.Safe = p.accept(tQuestion)
		ix.FromEnd = p.accept(tCaret)
		ix.Index = p.expr()
		p.closeWith(tRBrack, "expected ']' after the index")
	})
	ix.Span = Span{x.Bounds().Start, p.prevEnd}
	return ix
}

// closeWith expects the closing bracket k; when something else comes
// first it reports it, skips to the bracket and consumes it if found.
func (p *parser) closeWith(k kind, summary string) {
	if p.accept(k) {
		return
	}
	p.errAt(p.tok(), summary, "Found "+describe(p.tok().kind)+".")
	p.skipTo(false)
	p.accept(k)
}

// args parses the argument list of a call, from its '('.
func (p *parser) args() []Expr {
	p.next()
	if !p.enter() {
		p.tooDeep()
		p.accept(tRParen)
		return nil
	}
	defer p.leave()
	var args []Expr
	p.withNL(true, func() {
		if p.accept(tRParen) {
			return
		}
		for {
			args = append(args, p.expr())
			if p.accept(tRParen) {
				return
			}
			if !p.accept(tComma) {
				p.errAt(p.tok(), "expected ',' or ')' after the argument", "Found "+describe(p.tok().kind)+".")
				p.skipTo(false)
				if !p.accept(tComma) {
					p.accept(tRParen)
					return
				}
			}
			if p.at(tRParen) {
				p.errAt(p.tok(), "expected an argument after ','", "Remove the comma after the last argument.")
				p.next()
				return
			}
		}
	})
	return args
}

// paren parses (x).
func (p *parser) paren() Expr {
	open := p.next()
	if !p.enter() {
		bad := p.tooDeep()
		p.accept(tRParen)
		return bad
	}
	defer p.leave()
	var x Expr
	p.withNL(true, func() {
		x = p.expr()
		p.closeWith(tRParen, "expected ')'")
	})
	return &Paren{Span: Span{int(open.start), p.prevEnd}, X: x}
}

// intLit parses an integer literal; one beyond 64 bits is an error.
func (p *parser) intLit(t token) *Int {
	p.next()
	v, err := strconv.ParseInt(p.text(t), 10, 64)
	if err != nil {
		p.errAt(t, "integer out of range", "Bicep integers are 64-bit: from -9223372036854775808 to 9223372036854775807.")
		v = 0
	}
	return &Int{Span: span(t), Value: v}
}
