package syntax

import (
	"math"

	"github.com/moatscan/moat/graph"
)

const (
	codeSyntax = graph.CodeBicepSyntax
	codeLimit  = graph.CodeBicepLimit

	// maxDepth bounds the nesting of brackets and expressions.
	maxDepth = 256
	// maxChain bounds the operators of one left-to-right chain
	// (a.b.c..., a + b + c ...), which nests the tree as deep as it is long.
	maxChain = 1024
	// maxDiags bounds the diagnostics of one file; one note follows them
	// when more were found.
	maxDiags = 100
)

// Parse parses a .bicep file. It always returns a File: the statements
// that parsed, BadStmt nodes where they did not, and a diagnostic for each
// syntax error.
func Parse(path string, src []byte) *File { return parse(path, src, false) }

// ParseParams parses a .bicepparam file: using, extends, param name =
// value, and the var, type, func and import statements such files may
// have.
func ParseParams(path string, src []byte) *File { return parse(path, src, true) }

// parser is a recursive-descent parser over the token list of one file.
type parser struct {
	f    *File
	src  []byte
	toks []token
	i    int // the current token
	// skipNL is set where line breaks mean nothing: inside parentheses
	// and interpolations of multi-line strings. Objects and arrays clear
	// it, since their items end at line breaks.
	skipNL  bool
	prevEnd int // the end of the last token consumed
	depth   int
	deep    bool // the depth limit was reported
	// lastErr is where the last syntax error was reported: one error per
	// position, so that the outer rules do not repeat what an inner one
	// said.
	lastErr  int
	stmtErr  bool // the current statement has an error
	ndiags   int
	overflow Span // the first diagnostic left out, when there were too many
	dropped  int
}

func parse(path string, src []byte, params bool) *File {
	f := &File{Path: path, Src: src, Params: params}
	f.lines, f.runes = index(src)
	p := &parser{f: f, src: src, lastErr: -1}
	if len(src) >= math.MaxInt32 {
		p.report(codeLimit, Span{0, 0}, "file too large to parse", "Bicep files of 2 GiB or more are not read.")
		return f
	}
	p.toks = lex(src, p.report)
	p.file()
	f.Diags.Sort()
	if p.dropped > 0 {
		f.Diags = append(f.Diags, graph.Diagnostic{
			Severity: graph.Note,
			Code:     codeLimit,
			Summary:  "too many syntax errors",
			Detail:   "Only the first 100 are reported; fix them and parse again.",
			Subject:  f.Range(p.overflow),
		})
	}
	return f
}

// report adds a diagnostic, up to maxDiags.
func (p *parser) report(code string, s Span, summary, detail string) {
	if p.ndiags >= maxDiags {
		if p.dropped == 0 {
			p.overflow = s
		}
		p.dropped++
		return
	}
	p.ndiags++
	p.f.Diags = append(p.f.Diags, graph.Diagnostic{Severity: graph.Error, Code: code, Summary: summary, Detail: detail, Subject: p.f.Range(s)})
}

// errAt reports a syntax error at t. An error at a line break or the end
// of the file is placed right after the previous token. Unknown
// characters were reported by the lexer already.
func (p *parser) errAt(t token, summary, detail string) {
	p.stmtErr = true
	if t.kind == tBad {
		return
	}
	s := Span{int(t.start), int(t.end)}
	if t.kind == tNewline || t.kind == tEOF {
		s = Span{p.prevEnd, p.prevEnd}
	}
	if s.Start == p.lastErr {
		return
	}
	p.lastErr = s.Start
	p.report(codeSyntax, s, summary, detail)
}

// tok returns the current token, past line breaks where they do not count.
// A line that starts with a declaration ends what a bracket left open
// even there.
func (p *parser) tok() token {
	if p.skipNL {
		for p.toks[p.i].kind == tNewline && !p.declAfter(p.i) {
			p.i++
		}
	}
	return p.toks[p.i]
}

// peek returns the token after the current one, past line breaks where
// they do not count.
func (p *parser) peek() token {
	p.tok()
	j := p.i + 1
	if j >= len(p.toks) {
		return p.toks[len(p.toks)-1]
	}
	for p.skipNL && p.toks[j].kind == tNewline && !p.declAfter(j) {
		j++
	}
	return p.toks[j]
}

// next consumes the current token and returns it.
func (p *parser) next() token {
	t := p.tok()
	if t.kind != tEOF {
		p.i++
		p.prevEnd = int(t.end)
	}
	return t
}

func (p *parser) at(k kind) bool { return p.tok().kind == k }

// accept consumes the current token if it is of kind k.
func (p *parser) accept(k kind) bool {
	if p.at(k) {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k, or reports summary where it is
// missing.
func (p *parser) expect(k kind, summary string) bool {
	if p.accept(k) {
		return true
	}
	p.errAt(p.tok(), summary, "Found "+describe(p.tok().kind)+".")
	return false
}

// skipNewlines consumes line breaks.
func (p *parser) skipNewlines() {
	for p.toks[p.i].kind == tNewline {
		p.i++
	}
}

// atAcrossLines reports whether the next token other than a line break is
// of kind k, and if so moves to it.
func (p *parser) atAcrossLines(k kind) bool {
	j := p.i
	for p.toks[j].kind == tNewline {
		j++
	}
	if p.toks[j].kind != k {
		return false
	}
	p.i = j
	return true
}

func (p *parser) text(t token) string { return string(p.src[t.start:t.end]) }

// isWord reports whether t is the identifier w (a contextual keyword).
func (p *parser) isWord(t token, w string) bool {
	return t.kind == tIdent && int(t.end-t.start) == len(w) && string(p.src[t.start:t.end]) == w
}

func (p *parser) ident(t token) *Ident {
	return &Ident{Span: span(t), Name: p.text(t)}
}

func span(t token) Span { return Span{int(t.start), int(t.end)} }

// withNL runs fn with skipNL set to skip, and restores it.
func (p *parser) withNL(skip bool, fn func()) {
	saved := p.skipNL
	p.skipNL = skip
	fn()
	p.skipNL = saved
}
