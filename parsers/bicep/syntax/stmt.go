package syntax

// file parses statements up to the end of the file.
func (p *parser) file() {
	for {
		p.skipNewlines()
		if p.at(tEOF) {
			return
		}
		start := p.i
		p.stmtErr = false
		if s := p.statement(); s != nil {
			p.f.Stmts = append(p.f.Stmts, s)
		}
		p.endStatement()
		if p.i == start { // cannot happen; guards against a loop
			p.next()
		}
	}
}

// endStatement checks that a statement ends at a line break and skips the
// rest of the line when it does not.
func (p *parser) endStatement() {
	t := p.tok()
	if t.kind == tNewline || t.kind == tEOF {
		return
	}
	if !p.stmtErr {
		p.errAt(t, "expected a new line after the declaration", "Found "+describe(t.kind)+"; each declaration ends at the end of its line.")
	}
	p.syncLine()
}

// statement parses one statement with its decorators.
func (p *parser) statement() Stmt {
	first := p.tok()
	decos := p.decorators()
	t := p.tok()
	if t.kind != tIdent {
		summary := "expected a declaration"
		if len(decos) > 0 {
			summary = "expected a declaration after the decorators"
		}
		p.errAt(t, summary, "A statement starts with param, var, resource, module, output, type, func, import or another keyword.")
		return p.badStmt(first)
	}
	d := Decl{Span: Span{Start: int(first.start)}, Decorators: decos}
	switch p.text(t) {
	case "targetScope":
		p.next()
		return p.finish(first, &TargetScope{Value: p.assigned()})
	case "using":
		return p.using(first)
	case "extends":
		return p.extends(first)
	case "metadata":
		return p.metadata(d)
	case "param":
		return p.param(d)
	case "var":
		return p.variable(d)
	case "type":
		return p.typeDecl(d)
	case "output":
		return p.output(d)
	case "func":
		return p.function(d)
	case "import":
		return p.importDecl(d)
	case "extension", "provider":
		return p.extension(d)
	case "resource":
		return p.resource(d)
	case "module", "test":
		return p.module(d)
	case "assert":
		return p.assert(d)
	}
	p.errAt(t, "unknown declaration "+quoteText(p.src[t.start:t.end]), "A statement starts with param, var, resource, module, output, type, func, import or another keyword.")
	return p.badStmt(first)
}

func (p *parser) badStmt(first token) *BadStmt {
	p.syncLine()
	return &BadStmt{Span{int(first.start), max(int(first.start), p.prevEnd)}}
}

// finish sets the span of a statement that began at first and ends at the
// last token consumed, and returns it.
func (p *parser) finish(first token, s Stmt) Stmt {
	sp := Span{int(first.start), max(int(first.start), p.prevEnd)}
	switch s := s.(type) {
	case *TargetScope:
		s.Span = sp
	case *Using:
		s.Span = sp
	case *Extends:
		s.Span = sp
	}
	return s
}

// decorators parses @call lines before a declaration.
func (p *parser) decorators() []*Decorator {
	var out []*Decorator
	for p.at(tAt) {
		at := p.next()
		call, ok := p.postfix(p.primary()).(*Call)
		if !ok {
			call = nil
			p.errAt(p.tok(), "expected a function call after '@'", "A decorator is a call such as @description('...') or @sys.secure().")
		}
		out = append(out, &Decorator{Span: Span{int(at.start), p.prevEnd}, Call: call})
		p.skipNewlines()
	}
	return out
}

// declName parses the name of a declaration.
func (p *parser) declName(d *Decl, what string) bool {
	t := p.tok()
	if t.kind != tIdent {
		p.errAt(t, "expected the "+what+" name", "Found "+describe(t.kind)+"; a name is a letter or '_' followed by letters, digits and '_'.")
		return false
	}
	p.next()
	d.Name = p.ident(t)
	if t.end-t.start > maxName {
		p.errAt(t, "name too long", "Names have at most 255 characters.")
	}
	return true
}

// maxName is the longest name Bicep accepts.
const maxName = 255

// assigned parses = value.
func (p *parser) assigned() Expr {
	if !p.expect(tAssign, "expected '='") {
		return p.missing()
	}
	return p.expr()
}

// missing returns an empty BadExpr where an expression is missing.
func (p *parser) missing() *BadExpr { return &BadExpr{Span{p.prevEnd, p.prevEnd}} }

// end sets the end of a declaration to the last token consumed.
func (p *parser) end(d *Decl) { d.End = max(d.Start, p.prevEnd) }

func (p *parser) metadata(d Decl) Stmt {
	kw := p.next()
	if !p.declName(&d, "metadata") {
		return p.badDecl(d, kw)
	}
	s := &Metadata{Decl: d, Value: p.assigned()}
	p.end(&s.Decl)
	return s
}

func (p *parser) param(d Decl) Stmt {
	kw := p.next()
	if !p.declName(&d, "parameter") {
		return p.badDecl(d, kw)
	}
	s := &Param{Decl: d}
	switch t := p.tok(); {
	case t.kind == tAssign:
		if !p.f.Params {
			p.errAt(t, "expected the parameter type", "In a .bicep file a parameter has a type: param name string = 'default'.")
		}
	case p.isWord(t, "resource") && isStringStart(p.peek().kind):
		p.next()
		s.Resource = p.stringLit("resource type")
	default:
		s.Type = p.typeExpr()
	}
	if p.at(tAssign) || p.f.Params {
		s.Value = p.assigned()
	}
	p.end(&s.Decl)
	return s
}

func (p *parser) variable(d Decl) Stmt {
	kw := p.next()
	if !p.declName(&d, "variable") {
		return p.badDecl(d, kw)
	}
	s := &Var{Decl: d}
	if !p.at(tAssign) {
		s.Type = p.typeExpr()
	}
	s.Value = p.assigned()
	p.end(&s.Decl)
	return s
}

func (p *parser) typeDecl(d Decl) Stmt {
	kw := p.next()
	if !p.declName(&d, "type") {
		return p.badDecl(d, kw)
	}
	s := &TypeDecl{Decl: d}
	if p.expect(tAssign, "expected '='") {
		s.Type = p.typeExpr()
	} else {
		s.Type = &BadType{Span{p.prevEnd, p.prevEnd}}
	}
	p.end(&s.Decl)
	return s
}

func (p *parser) output(d Decl) Stmt {
	kw := p.next()
	if !p.declName(&d, "output") {
		return p.badDecl(d, kw)
	}
	s := &Output{Decl: d}
	if t := p.tok(); p.isWord(t, "resource") && isStringStart(p.peek().kind) {
		p.next()
		s.Resource = p.stringLit("resource type")
	} else {
		s.Type = p.typeExpr()
	}
	s.Value = p.assigned()
	p.end(&s.Decl)
	return s
}

func (p *parser) assert(d Decl) Stmt {
	kw := p.next()
	if !p.declName(&d, "assertion") {
		return p.badDecl(d, kw)
	}
	s := &Assert{Decl: d, Value: p.assigned()}
	p.end(&s.Decl)
	return s
}

// badDecl ends a declaration whose name is missing.
func (p *parser) badDecl(d Decl, kw token) Stmt {
	p.syncLine()
	return &BadStmt{Span{d.Start, max(int(kw.end), p.prevEnd)}}
}
