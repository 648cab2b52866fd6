package syntax

// forAhead reports whether the array whose '[' is right before toks[j]
// is a loop: for, then the item name or '('.
func (p *parser) forAhead(j int) bool {
	for p.toks[j].kind == tNewline {
		j++
	}
	if !p.isWord(p.toks[j], "for") {
		return false
	}
	k := p.toks[j+1].kind
	return k == tIdent || k == tLParen
}

// forExpr parses the rest of [for item in iter: body] or
// [for (item, index) in iter: body] after its '['. Line breaks mean
// nothing between the brackets, apart from inside the body's own objects
// and arrays.
func (p *parser) forExpr(open token) Expr {
	f := &For{}
	p.withNL(true, func() {
		p.next() // for
		if !p.forVars(f) || !p.forIn() {
			p.skipTo(false)
			p.accept(tRBrack)
			return
		}
		f.Iter = p.expr()
		if !p.expect(tColon, "expected ':' after the loop's array") {
			p.skipTo(false)
			p.accept(tRBrack)
			return
		}
		if p.isWord(p.tok(), "if") {
			f.Body = p.ifExpr()
		} else {
			f.Body = p.expr()
		}
		p.closeWith(tRBrack, "expected ']' after the loop body")
	})
	f.Span = Span{int(open.start), p.prevEnd}
	return f
}

// forVars parses item or (item, index).
func (p *parser) forVars(f *For) bool {
	paren := p.accept(tLParen)
	t := p.tok()
	if t.kind != tIdent {
		p.errAt(t, "expected the loop's item name", "Write [for item in items: ...] or [for (item, index) in items: ...].")
		return false
	}
	p.next()
	f.Item = p.ident(t)
	if !paren {
		return true
	}
	if p.accept(tComma) {
		t = p.tok()
		if t.kind != tIdent {
			p.errAt(t, "expected the loop's index name", "Write [for (item, index) in items: ...].")
			return false
		}
		p.next()
		f.Index = p.ident(t)
	}
	return p.expect(tRParen, "expected ')' after the loop variables")
}

// forIn consumes the in keyword of a loop.
func (p *parser) forIn() bool {
	if p.isWord(p.tok(), "in") {
		p.next()
		return true
	}
	p.errAt(p.tok(), "expected 'in' after the loop variables", "Write [for item in items: ...].")
	return false
}
