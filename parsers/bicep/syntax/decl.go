package syntax

// The declarations with a more involved syntax: resources, modules and
// tests, functions, imports and extensions, and the using and extends
// lines of .bicepparam files.

// resource parses resource name 'Type@version' [existing] = body.
func (p *parser) resource(d Decl) Stmt {
	kw := p.tok()
	if r := p.resourceDecl(d); r != nil {
		return r
	}
	return p.badDecl(d, kw)
}

// resourceDecl parses a resource declaration, at the top level or nested
// in a resource body; nil when its name or type is missing.
func (p *parser) resourceDecl(d Decl) *Resource {
	p.next()
	if !p.declName(&d, "resource") {
		return nil
	}
	s := &Resource{Decl: d, Type: p.stringLit("resource type")}
	if s.Type == nil {
		return nil
	}
	if p.isWord(p.tok(), "existing") {
		p.next()
		s.Existing = true
	}
	s.Body = p.assignedBody()
	p.end(&s.Decl)
	return s
}

// module parses module name 'path' = body, and test name 'path' = body.
func (p *parser) module(d Decl) Stmt {
	kw := p.next()
	what := p.text(kw)
	if !p.declName(&d, what) {
		return p.badDecl(d, kw)
	}
	path := p.stringLit(what + " path")
	if path == nil {
		return p.badDecl(d, kw)
	}
	body := p.assignedBody()
	d.End = max(d.Start, p.prevEnd)
	if what == "test" {
		return &Test{Decl: d, Path: path, Body: body}
	}
	return &Module{Decl: d, Path: path, Body: body}
}

// assignedBody parses = body, where body is an object, a loop or
// if (condition) object; the body may start on the next line.
func (p *parser) assignedBody() Expr {
	if !p.expect(tAssign, "expected '='") {
		return p.missing()
	}
	j := p.i
	for p.toks[j].kind == tNewline {
		j++
	}
	switch t := p.toks[j]; {
	case p.isWord(t, "if"):
		p.i = j
		return p.ifExpr()
	case t.kind == tLBrace:
		p.i = j
	case t.kind == tLBrack:
		p.i = j
		if !p.forAhead(j + 1) {
			p.errAt(p.toks[j+1], "expected 'for' after '['", "The body of a resource or module is an object, if (condition) {...} or a loop [for ...].")
		}
	}
	return p.expr()
}

// ifExpr parses if (condition) body.
func (p *parser) ifExpr() Expr {
	kw := p.next()
	if !p.enter() {
		return p.tooDeep()
	}
	defer p.leave()
	s := &If{Span: Span{Start: int(kw.start)}}
	if p.at(tLParen) {
		s.Cond = p.paren().(*Paren).X
	} else {
		p.errAt(p.tok(), "expected '(' after if", "Write the condition in parentheses: if (condition) { ... }.")
		s.Cond = p.missing()
	}
	if p.at(tLBrace) {
		s.Body = p.object()
	} else {
		p.errAt(p.tok(), "expected '{' after the condition", "The body of a conditional resource or module is an object.")
		s.Body = p.expr()
	}
	s.End = p.prevEnd
	return s
}

// function parses func name(param type, ...) resultType => body.
func (p *parser) function(d Decl) Stmt {
	kw := p.next()
	if !p.declName(&d, "function") {
		return p.badDecl(d, kw)
	}
	open := p.tok()
	if open.kind != tLParen {
		p.errAt(open, "expected '(' after the function name", "A function declares its parameters: func name(p string) string => ...")
		return p.badDecl(d, kw)
	}
	p.next()
	lam := &Lambda{Span: Span{Start: int(open.start)}}
	saved := p.skipNL
	p.skipNL = true
	for !p.at(tRParen) && !p.at(tEOF) {
		t := p.tok()
		if t.kind != tIdent {
			p.errAt(t, "expected a parameter name", "Found "+describe(t.kind)+".")
			p.skipTo(false)
		} else {
			p.next()
			lp := &LambdaParam{Name: p.ident(t)}
			lp.Type = p.typeExpr()
			lp.Span = Span{int(t.start), p.prevEnd}
			lam.Params = append(lam.Params, lp)
		}
		if !p.accept(tComma) {
			break
		}
	}
	p.expect(tRParen, "expected ',' or ')' in the parameter list")
	p.skipNL = saved
	lam.Result = p.typeExpr()
	if p.expect(tArrow, "expected '=>' after the result type") {
		lam.Body = p.expr()
	} else {
		lam.Body = p.missing()
	}
	lam.End = p.prevEnd
	d.End = p.prevEnd
	return &Func{Decl: d, Lambda: lam}
}

// importDecl parses import {a, b as c} from 'path', import * as ns from
// 'path', and the older import 'spec' [with {...}] [as alias] form of an
// extension.
func (p *parser) importDecl(d Decl) Stmt {
	kw := p.next()
	s := &Import{Decl: d}
	switch t := p.tok(); {
	case t.kind == tLBrace:
		p.next()
		p.list(tRBrace, "'}'", func() { s.Symbols = append(s.Symbols, p.importSymbol()) })
	case t.kind == tStar:
		p.next()
		if !p.isWord(p.tok(), "as") {
			p.errAt(p.tok(), "expected 'as' after '*'", "A wildcard import names its namespace: import * as ns from 'file.bicep'.")
			return p.badDecl(d, kw)
		}
		p.next()
		if a := p.tok(); a.kind == tIdent {
			p.next()
			s.Alias = p.ident(a)
		} else {
			p.errAt(a, "expected the namespace name", "Found "+describe(a.kind)+".")
			return p.badDecl(d, kw)
		}
	case t.kind == tIdent || isStringStart(t.kind):
		return p.extensionRest(d)
	default:
		p.errAt(t, "expected '{', '*' or a string after import", "Write import {name} from 'file.bicep' or import * as ns from 'file.bicep'.")
		return p.badDecl(d, kw)
	}
	if !p.isWord(p.tok(), "from") {
		p.errAt(p.tok(), "expected 'from' and the path", "An import names its file: import {name} from 'file.bicep'.")
	} else {
		p.next()
		s.From = p.stringLit("import path")
	}
	p.end(&s.Decl)
	return s
}

// importSymbol parses name [as alias] of an import list; name may be
// quoted.
func (p *parser) importSymbol() *ImportSymbol {
	t := p.tok()
	sym := &ImportSymbol{Span: span(t)}
	switch {
	case t.kind == tIdent:
		p.next()
		sym.Name = p.ident(t)
	case isStringStart(t.kind):
		s := p.stringExpr()
		name, _ := s.Literal()
		sym.Name = &Ident{Span: s.Span, Name: name}
	default:
		p.errAt(t, "expected the name of an imported symbol", "Found "+describe(t.kind)+".")
		return sym
	}
	if p.isWord(p.tok(), "as") {
		p.next()
		if a := p.tok(); a.kind == tIdent {
			p.next()
			sym.Alias = p.ident(a)
		} else {
			p.errAt(a, "expected the alias after 'as'", "Found "+describe(a.kind)+".")
		}
	}
	sym.End = p.prevEnd
	return sym
}

// extension parses extension spec [with {...}] [as alias].
func (p *parser) extension(d Decl) Stmt {
	p.next()
	return p.extensionRest(d)
}

func (p *parser) extensionRest(d Decl) Stmt {
	s := &Extension{Decl: d}
	switch t := p.tok(); {
	case t.kind == tIdent:
		p.next()
		s.Spec = p.ident(t)
	case isStringStart(t.kind):
		s.Spec = p.stringExpr()
	default:
		p.errAt(t, "expected the extension name or reference", "Write extension az, or extension 'br:registry/path:version'.")
		s.Spec = p.missing()
	}
	for range 2 {
		switch t := p.tok(); {
		case p.isWord(t, "with") && s.With == nil:
			p.next()
			if p.at(tLBrace) {
				s.With = p.object()
			} else {
				p.errAt(p.tok(), "expected '{' after with", "The configuration of an extension is an object.")
			}
		case p.isWord(t, "as") && s.Alias == nil:
			p.next()
			if a := p.tok(); a.kind == tIdent {
				p.next()
				s.Alias = p.ident(a)
			} else {
				p.errAt(a, "expected the alias after 'as'", "Found "+describe(a.kind)+".")
			}
		}
	}
	p.end(&s.Decl)
	return s
}

// using parses using 'path' or using none.
func (p *parser) using(first token) Stmt {
	p.next()
	s := &Using{}
	if t := p.tok(); p.isWord(t, "none") {
		p.next()
	} else {
		s.Path = p.stringLit("template path")
	}
	return p.finish(first, s)
}

// extends parses extends 'base.bicepparam'.
func (p *parser) extends(first token) Stmt {
	p.next()
	return p.finish(first, &Extends{Path: p.stringLit("parameters file path")})
}

// stringLit parses a string where one is required (a resource type, a
// path); nil when there is none.
func (p *parser) stringLit(what string) *String {
	if t := p.tok(); !isStringStart(t.kind) {
		p.errAt(t, "expected the "+what+" as a string", "Found "+describe(t.kind)+".")
		return nil
	}
	return p.stringExpr()
}

func isStringStart(k kind) bool {
	return k == tString || k == tStringLeft || k == tMulti || k == tMultiLeft
}
