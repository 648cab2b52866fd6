package syntax

// Error recovery. A rule that fails reports once, returns a Bad node and
// leaves the parser where the enclosing list can go on: at the next
// separator, closing bracket or line break of its own nesting level.

// enter counts one more level of nesting and reports false beyond
// maxDepth; every enter that returns true is paired with a leave.
func (p *parser) enter() bool {
	if p.depth >= maxDepth {
		return false
	}
	p.depth++
	return true
}

func (p *parser) leave() { p.depth-- }

// tooDeep reports the depth limit once, skips what is nested beyond it
// and returns a BadExpr for it.
func (p *parser) tooDeep() *BadExpr {
	start := int(p.tok().start)
	if !p.deep {
		p.deep = true
		p.stmtErr = true
		p.report(codeLimit, span(p.tok()), "nesting too deep", "Brackets and expressions nest at most 256 levels deep.")
	}
	p.skipTo(false)
	return &BadExpr{Span{start, max(start, p.prevEnd)}}
}

// skipTo skips tokens up to the next comma, closing bracket or, unless
// skipNL is set or lines is false, line break at the current nesting
// level, or up to a declaration that starts a line. It never consumes a
// closing bracket it did not see open.
func (p *parser) skipTo(lines bool) {
	depth := 0
	for {
		t := p.toks[p.i]
		switch t.kind {
		case tEOF:
			return
		case tNewline:
			if p.declAfter(p.i) {
				return
			}
			if depth == 0 && lines && !p.skipNL {
				return
			}
		case tComma:
			if depth == 0 {
				return
			}
		case tLBrace, tLBrack, tLParen, tStringLeft, tMultiLeft:
			depth++
		case tRBrace, tRBrack, tRParen, tStringRight, tMultiRight:
			if depth == 0 {
				return
			}
			depth--
		case tStringMid, tMultiMid:
			if depth == 0 {
				return
			}
		}
		p.i++
		p.prevEnd = int(t.end)
	}
}

// syncLine skips the rest of a broken statement: up to the line break
// that ends it, past any brackets it opened.
func (p *parser) syncLine() {
	saved := p.skipNL
	p.skipNL = false
	for {
		p.skipTo(true)
		switch p.toks[p.i].kind {
		case tEOF, tNewline:
			p.skipNL = saved
			return
		}
		t := p.toks[p.i]
		p.i++
		p.prevEnd = int(t.end)
	}
}

// declKeywords start top-level declarations.
var declKeywords = map[string]bool{
	"targetScope": true, "metadata": true, "param": true, "var": true, "type": true,
	"output": true, "func": true, "import": true, "extension": true, "provider": true,
	"resource": true, "module": true, "test": true, "assert": true, "using": true,
}

// declAfter reports whether the line break at toks[i] is followed, at the
// very start of the next line, by a declaration keyword and a name: a
// statement after a bracket left open, where recovery stops.
func (p *parser) declAfter(i int) bool {
	j := i + 1
	if j+1 >= len(p.toks) {
		return false
	}
	t := p.toks[j]
	if t.kind != tIdent || t.start == 0 {
		return false
	}
	if c := p.src[t.start-1]; c != '\n' && c != '\r' {
		return false
	}
	if !declKeywords[string(p.src[t.start:t.end])] {
		return false
	}
	k := p.toks[j+1].kind
	return k == tIdent || k == tAssign && p.isWord(t, "targetScope") || k == tLBrace && p.isWord(t, "import") ||
		(k == tString || k == tMulti) && (p.isWord(t, "using") || p.isWord(t, "extension") || p.isWord(t, "import"))
}

// declHere reports whether the current token starts a line with a
// declaration (see declAfter); lists left open stop there.
func (p *parser) declHere() bool {
	p.tok()
	return p.i > 0 && p.toks[p.i-1].kind == tNewline && p.declAfter(p.i-1)
}
