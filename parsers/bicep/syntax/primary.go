package syntax

// primary parses a literal, a name, a call, a lambda, a string, an
// object, an array or loop, or a parenthesized expression.
func (p *parser) primary() Expr {
	t := p.tok()
	switch t.kind {
	case tIdent:
		return p.identExpr(t)
	case tInt:
		return p.intLit(t)
	case tString, tStringLeft, tMulti, tMultiLeft:
		return p.stringExpr()
	case tLBrace:
		return p.object()
	case tLBrack:
		return p.array()
	case tLParen:
		if p.lambdaAhead() {
			return p.lambda()
		}
		return p.paren()
	}
	p.errAt(t, "expected an expression", "Found "+describe(t.kind)+"; an expression is a literal, a name, a call, an array, an object or an expression in parentheses.")
	return p.badToken(t)
}

// badToken consumes t unless it closes or separates something, and
// returns a BadExpr for it.
func (p *parser) badToken(t token) *BadExpr {
	switch t.kind {
	case tEOF, tNewline, tComma, tColon, tRParen, tRBrack, tRBrace,
		tStringMid, tStringRight, tMultiMid, tMultiRight:
		return &BadExpr{Span{p.prevEnd, p.prevEnd}}
	}
	p.next()
	return &BadExpr{span(t)}
}

// identExpr parses what starts with a name: a literal keyword, a call, a
// one-parameter lambda or the name itself.
func (p *parser) identExpr(t token) Expr {
	switch p.text(t) {
	case "true":
		p.next()
		return &Bool{Span: span(t), Value: true}
	case "false":
		p.next()
		return &Bool{Span: span(t)}
	case "null":
		p.next()
		return &Null{Span: span(t)}
	}
	switch p.peek().kind {
	case tArrow:
		p.next()
		p.next()
		param := &LambdaParam{Span: span(t), Name: p.ident(t)}
		body := p.expr()
		return &Lambda{Span: Span{int(t.start), body.Bounds().End}, Params: []*LambdaParam{param}, Body: body}
	case tLParen:
		p.next()
		c := &Call{Name: p.ident(t)}
		c.Args = p.args()
		c.Span = Span{int(t.start), p.prevEnd}
		return c
	}
	p.next()
	return p.ident(t)
}

// lambdaAhead reports whether the '(' at the current token opens the
// parameters of a lambda: (), (a) or (a, b) followed by '=>'.
func (p *parser) lambdaAhead() bool {
	toks := p.toks
	j := p.i + 1
	skip := func() {
		for toks[j].kind == tNewline {
			j++
		}
	}
	skip()
	if toks[j].kind != tRParen {
		for {
			if toks[j].kind != tIdent {
				return false
			}
			j++
			skip()
			if toks[j].kind == tRParen {
				break
			}
			if toks[j].kind != tComma {
				return false
			}
			j++
			skip()
		}
	}
	return toks[j+1].kind == tArrow
}

// lambda parses (a, b) => body; lambdaAhead said it is one.
func (p *parser) lambda() Expr {
	open := p.next()
	lam := &Lambda{}
	p.withNL(true, func() {
		for p.at(tIdent) {
			t := p.next()
			lam.Params = append(lam.Params, &LambdaParam{Span: span(t), Name: p.ident(t)})
			p.accept(tComma)
		}
		p.next() // ')'
	})
	p.next() // '=>'
	lam.Body = p.expr()
	lam.Span = Span{int(open.start), p.prevEnd}
	return lam
}

// object parses { key: value ... }, with nested resources when it is a
// resource body.
func (p *parser) object() *Object {
	open := p.next()
	obj := &Object{}
	if !p.enter() {
		p.tooDeep()
		p.accept(tRBrace)
		obj.Span = Span{int(open.start), p.prevEnd}
		return obj
	}
	defer p.leave()
	p.withNL(false, func() {
		p.list(tRBrace, "'}'", func() { p.property(obj) })
	})
	obj.Span = Span{int(open.start), p.prevEnd}
	return obj
}

// property parses key: value, ...spread, or a nested resource.
func (p *parser) property(obj *Object) {
	t := p.tok()
	if t.kind == tAt || p.isWord(t, "resource") && p.peek().kind == tIdent {
		d := Decl{Span: Span{Start: int(t.start)}, Decorators: p.decorators()}
		if !p.isWord(p.tok(), "resource") {
			p.errAt(p.tok(), "expected a nested resource after the decorators", "Only nested resources have decorators in a resource body.")
			return
		}
		if r := p.resourceDecl(d); r != nil {
			obj.Resources = append(obj.Resources, r)
		}
		return
	}
	prop := &Property{Span: Span{Start: int(t.start)}}
	switch {
	case t.kind == tEllipsis:
		p.next()
		prop.Spread = true
		prop.Value = p.expr()
		prop.End = p.prevEnd
		obj.Props = append(obj.Props, prop)
		return
	case t.kind == tIdent:
		p.next()
		prop.Key, prop.KeySpan = p.text(t), span(t)
	case isStringStart(t.kind):
		s := p.stringExpr()
		prop.KeySpan = s.Span
		if lit, ok := s.Literal(); ok {
			prop.Key = lit
		} else {
			prop.KeyExpr = s
		}
	default:
		p.errAt(t, "expected a property name", "Found "+describe(t.kind)+"; a property is name: value or 'quoted name': value.")
		return
	}
	if p.expect(tColon, "expected ':' after the property name") {
		prop.Value = p.expr()
	} else {
		prop.Value = p.missing()
	}
	prop.End = p.prevEnd
	obj.Props = append(obj.Props, prop)
}

// list parses the items of an object, array, object type, tuple type or
// import list up to closer: items are separated by commas or line breaks,
// and a trailing comma is fine.
func (p *parser) list(closer kind, name string, item func()) {
	p.skipNewlines()
	for {
		t := p.tok()
		if t.kind == closer {
			p.next()
			return
		}
		switch t.kind {
		case tEOF, tRBrace, tRBrack, tRParen, tStringMid, tStringRight, tMultiMid, tMultiRight:
			p.errAt(t, "expected "+name, "Found "+describe(t.kind)+"; close the list with "+name+".")
			return
		}
		if p.declHere() {
			p.i-- // back to the line break that ends the statement
			p.errAt(p.toks[p.i], "expected "+name, "A declaration starts on the next line; close the list with "+name+" before it.")
			return
		}
		start := p.i
		item()
		switch t := p.tok(); t.kind {
		case tComma:
			p.next()
			p.skipNewlines()
		case tNewline:
			p.skipNewlines()
		case closer:
		default:
			p.errAt(t, "expected a new line or ',' after the item", "Found "+describe(t.kind)+"; items are separated by commas or line breaks.")
			p.skipTo(true)
			p.accept(tComma)
			p.skipNewlines()
		}
		if p.i == start && !p.at(tEOF) {
			p.next()
		}
	}
}

// array parses [a, b] or a loop.
func (p *parser) array() Expr {
	open := p.next()
	if !p.enter() {
		p.tooDeep()
		p.accept(tRBrack)
		return &BadExpr{Span{int(open.start), p.prevEnd}}
	}
	defer p.leave()
	if p.forAhead(p.i) {
		return p.forExpr(open)
	}
	arr := &Array{}
	p.withNL(false, func() {
		p.list(tRBrack, "']'", func() {
			if t := p.tok(); t.kind == tEllipsis {
				p.next()
				x := p.expr()
				arr.Items = append(arr.Items, &Spread{Span: Span{int(t.start), p.prevEnd}, X: x})
				return
			}
			arr.Items = append(arr.Items, p.expr())
		})
	})
	arr.Span = Span{int(open.start), p.prevEnd}
	return arr
}
