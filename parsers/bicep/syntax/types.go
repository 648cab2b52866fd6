package syntax

// typeExpr parses a type: singular types joined by '|'. A union may start
// with '|', and a line that starts with '|' goes on with the type above
// (type t =, then one '| member' a line).
func (p *parser) typeExpr() Type {
	start := int(p.tok().start)
	if !p.enter() {
		p.tooDeep()
		return &BadType{Span{start, max(start, p.prevEnd)}}
	}
	defer p.leave()
	lead := p.atAcrossLines(tPipe) && p.accept(tPipe)
	first := p.singularType()
	if !lead && !p.atAcrossLines(tPipe) {
		return first
	}
	u := &TypeUnion{Members: []Type{first}}
	for p.atAcrossLines(tPipe) {
		if len(u.Members) == maxChain {
			p.chainTooLong(&BadExpr{})
			break
		}
		p.next()
		u.Members = append(u.Members, p.singularType())
	}
	u.Span = Span{start, p.prevEnd}
	return u
}

// singularType parses a primary type and its suffixes: [] (array), ?
// (nullable), ! (not null), and the accesses into a named type: .name,
// .*, [0], [*].
func (p *parser) singularType() Type {
	x := p.primaryType()
	start := x.Bounds().Start
	for n := 0; ; n++ {
		t := p.tok()
		if n == maxChain && (t.kind == tLBrack || t.kind == tQuestion || t.kind == tNot || t.kind == tDot) {
			p.chainTooLong(&BadExpr{})
			return x
		}
		switch {
		case t.kind == tLBrack && p.peek().kind == tRBrack:
			p.next()
			p.next()
			x = &TypeArray{Span: Span{start, p.prevEnd}, Elem: x}
		case t.kind == tQuestion:
			p.next()
			x = &TypeNullable{Span: Span{start, p.prevEnd}, Elem: x}
		case t.kind == tNot:
			p.next()
			x = &TypeNonNull{Span: Span{start, p.prevEnd}, Elem: x}
		case t.kind == tDot || t.kind == tLBrack:
			x = p.typeAccess(x)
		default:
			return x
		}
	}
}

// typeAccess parses .name, .*, [0] or [*] after a named type and adds it,
// as written without spaces, to the name or the resource type's path.
func (p *parser) typeAccess(x Type) Type {
	open := p.next()
	var text string
	t := p.tok()
	switch {
	case open.kind == tDot && (t.kind == tIdent || t.kind == tStar):
		p.next()
		text = "." + p.text(t)
	case open.kind == tLBrack && (t.kind == tInt || t.kind == tStar):
		p.next()
		text = "[" + p.text(t) + "]"
		p.closeWith(tRBrack, "expected ']' after the index")
	default:
		p.errAt(t, "expected a property name, '*' or an index", "Found "+describe(t.kind)+"; write type.property, type.*, type[0] or type[*].")
		return x
	}
	switch x := x.(type) {
	case *TypeRef:
		x.Name += text
		x.End = p.prevEnd
		return x
	case *TypeResource:
		x.Path += text
		x.End = p.prevEnd
		return x
	}
	p.errAt(open, "only a named type has properties or elements", "Declare a type and access it by name.")
	return x
}

// primaryType parses a named type, a resource-derived type, a literal, an
// object or tuple type, or a type in parentheses.
func (p *parser) primaryType() Type {
	t := p.tok()
	switch t.kind {
	case tLParen:
		p.next()
		x := &TypeParen{}
		p.withNL(true, func() {
			x.X = p.typeExpr()
			p.closeWith(tRParen, "expected ')' after the type")
		})
		x.Span = Span{int(t.start), p.prevEnd}
		return x
	case tLBrace:
		return p.objectType()
	case tLBrack:
		return p.tupleType()
	case tString, tMulti, tStringLeft, tMultiLeft:
		s := p.stringExpr()
		if len(s.Exprs) > 0 {
			p.errAt(t, "a type cannot be an interpolated string", "Write the literal value, without ${...}.")
		}
		return &TypeLiteral{Span: s.Span, Value: s}
	case tInt:
		n := p.intLit(t)
		return &TypeLiteral{Span: n.Span, Value: n}
	case tMinus, tNot, tPlus:
		x := p.unary()
		return &TypeLiteral{Span: x.Bounds(), Value: x}
	case tIdent:
		return p.namedType(t)
	}
	p.errAt(t, "expected a type", "Found "+describe(t.kind)+"; a type is a name such as string, a literal, an object or tuple type, or a union.")
	return &BadType{p.badToken(t).Span}
}

// namedType parses true, false, null, a type name, or
// resourceInput<'Type@version'>, resourceOutput<...> and resource<...>,
// with or without sys.
func (p *parser) namedType(t token) Type {
	p.next()
	name := p.text(t)
	switch name {
	case "true", "false":
		return &TypeLiteral{Span: span(t), Value: &Bool{Span: span(t), Value: name == "true"}}
	case "null":
		return &TypeLiteral{Span: span(t), Value: &Null{Span: span(t)}}
	}
	if isResourceKind(name) && p.at(tLt) {
		return p.resourceType(t, name)
	}
	if p.at(tDot) && p.toks[p.i+1].kind == tIdent && p.toks[p.i+2].kind == tLt {
		if kind := p.toks[p.i+1]; isResourceKind(p.text(kind)) {
			p.next()
			p.next()
			return p.resourceType(t, p.text(kind))
		}
	}
	return &TypeRef{Span: span(t), Name: name}
}

func isResourceKind(name string) bool {
	return name == "resourceInput" || name == "resourceOutput" || name == "resource"
}

// resourceType parses <'Type@version'> after resourceInput, resourceOutput
// or resource; first is the type's first token.
func (p *parser) resourceType(first token, kind string) Type {
	x := &TypeResource{Kind: kind}
	p.withNL(true, func() {
		p.next() // '<'
		x.Spec = p.stringLit("resource type")
		p.closeWith(tGt, "expected '>' after the resource type")
	})
	x.Span = Span{int(first.start), p.prevEnd}
	return x
}

// objectType parses { name: type ... } with decorated properties and an
// optional *: type.
func (p *parser) objectType() Type {
	open := p.next()
	x := &TypeObject{}
	p.withNL(false, func() {
		p.list(tRBrace, "'}'", func() {
			start := int(p.tok().start)
			decos := p.decorators()
			t := p.tok()
			if t.kind == tStar && p.peek().kind == tColon {
				p.next()
				p.next()
				x.Additional = p.typeExpr()
				return
			}
			prop := &TypeProperty{Decorators: decos, NameSpan: span(t)}
			switch t.kind {
			case tIdent:
				p.next()
				prop.Name = p.text(t)
			case tString, tMulti:
				s := p.stringExpr()
				prop.Name, prop.NameSpan = s.Parts[0], s.Span
			default:
				p.errAt(t, "expected a property name", "Found "+describe(t.kind)+"; an object type lists name: type.")
				return
			}
			if p.expect(tColon, "expected ':' after the property name") {
				prop.Type = p.typeExpr()
			} else {
				prop.Type = &BadType{Span{p.prevEnd, p.prevEnd}}
			}
			prop.Span = Span{start, p.prevEnd}
			x.Props = append(x.Props, prop)
		})
	})
	x.Span = Span{int(open.start), p.prevEnd}
	return x
}

// tupleType parses [type, type ...]; each item may have decorators.
func (p *parser) tupleType() Type {
	open := p.next()
	x := &TypeTuple{}
	p.withNL(false, func() {
		p.list(tRBrack, "']'", func() {
			p.decorators()
			x.Items = append(x.Items, p.typeExpr())
		})
	})
	x.Span = Span{int(open.start), p.prevEnd}
	return x
}
