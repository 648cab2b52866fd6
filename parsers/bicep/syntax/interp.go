package syntax

// stringExpr parses a string from its first piece: a plain string, or the
// pieces of an interpolated one with the expressions between them.
func (p *parser) stringExpr() *String {
	t := p.next()
	multi := t.kind == tMulti || t.kind == tMultiLeft
	s := &String{Span: Span{Start: int(t.start)}, Multiline: multi}
	dollars := 0
	for p.src[int(t.start)+dollars] == '$' {
		dollars++
	}
	p.piece(s, t, dollars)
	if t.kind == tString || t.kind == tMulti {
		s.End = int(t.end)
		return s
	}
	if !p.enter() {
		p.tooDeep()
		p.skipInterp(s, multi, dollars)
		s.End = p.prevEnd
		return s
	}
	defer p.leave()
	mid, right := tStringMid, tStringRight
	if multi {
		mid, right = tMultiMid, tMultiRight
	}
	for {
		var x Expr
		p.withNL(multi, func() { x = p.expr() })
		s.Exprs = append(s.Exprs, x)
		if multi {
			p.skipNewlines()
		}
		n := p.toks[p.i]
		if n.kind == mid {
			p.next()
			p.piece(s, n, dollars)
			continue
		}
		if n.kind == right {
			p.next()
			p.piece(s, n, dollars)
			break
		}
		p.errAt(n, "expected '}' to end the interpolation", "Found "+describe(n.kind)+"; an interpolation holds one expression: ${expression}.")
		if !p.skipInterp(s, multi, dollars) {
			break
		}
	}
	s.End = p.prevEnd
	return s
}

// skipInterp skips the rest of a broken interpolation: up to the next
// piece of the same string, which it adds. It reports whether the string
// goes on with another interpolation. When the string has no more pieces
// (a line break ended it), an empty last piece keeps
// len(Parts) == len(Exprs)+1.
func (p *parser) skipInterp(s *String, multi bool, dollars int) bool {
	depth := 0
	for {
		t := p.toks[p.i]
		switch t.kind {
		case tEOF:
			p.endParts(s)
			return false
		case tNewline:
			if !multi && depth == 0 {
				p.endParts(s)
				return false
			}
		case tStringLeft, tMultiLeft:
			depth++
		case tStringRight, tMultiRight:
			if depth == 0 {
				p.next()
				p.piece(s, t, dollars)
				return false
			}
			depth--
		case tStringMid, tMultiMid:
			if depth == 0 {
				p.next()
				p.piece(s, t, dollars)
				return true
			}
		}
		p.next()
	}
}

// endParts adds an empty last piece when a string has an expression too
// many.
func (p *parser) endParts(s *String) {
	for len(s.Parts) < len(s.Exprs)+1 {
		s.Parts = append(s.Parts, "")
		s.PartSpans = append(s.PartSpans, Span{p.prevEnd, p.prevEnd})
	}
	for len(s.Exprs) < len(s.Parts)-1 {
		s.Exprs = append(s.Exprs, p.missing())
	}
}

// piece adds the text of the string token t to s: the bytes between its
// quote, '}' or ”'/$”' opening and its quote, ${ or ”' closing, decoded.
// A multi-line string drops the line break right after its opening.
func (p *parser) piece(s *String, t token, dollars int) {
	if len(s.Parts) > len(s.Exprs) { // a piece after a missing expression
		s.Exprs = append(s.Exprs, p.missing())
	}
	a, b := int(t.start)+1, int(t.end)
	switch t.kind {
	case tString, tStringRight:
		if !t.open {
			b--
		}
	case tStringLeft, tStringMid:
		b -= 2
	case tMulti, tMultiLeft:
		a = int(t.start) + dollars + 3
		if t.kind == tMultiLeft {
			b -= dollars + 1
		} else if !t.open {
			b -= 3
		}
	case tMultiMid:
		b -= dollars + 1
	case tMultiRight:
		if !t.open {
			b -= 3
		}
	}
	b = max(a, b)
	if t.kind == tMulti || t.kind == tMultiLeft {
		switch {
		case b-a >= 2 && p.src[a] == '\r' && p.src[a+1] == '\n':
			a += 2
		case b-a >= 1 && (p.src[a] == '\n' || p.src[a] == '\r'):
			a++
		}
	}
	text := string(p.src[a:b])
	if !s.Multiline {
		text = unescape(p.src[a:b])
	}
	s.Parts = append(s.Parts, text)
	s.PartSpans = append(s.PartSpans, Span{a, b})
}
