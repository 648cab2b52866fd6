package jsonpos

import (
	"unicode/utf8"

	"github.com/moatscan/moat/graph"
)

// Diagnostic codes of this package.
const (
	CodeSyntax       = "json-syntax"        // the text is not JSON
	CodeLimit        = "json-limit"         // nesting depth or size beyond Options
	CodeDuplicateKey = "json-duplicate-key" // an object sets a key twice; the last value wins
)

// Default limits, used when Options leaves them zero.
const (
	DefaultMaxDepth = 1000
	DefaultMaxBytes = 64 << 20
)

// Options tunes Parse.
type Options struct {
	Comments  bool  // accept // line and /* block */ comments where whitespace may be
	Trailing  bool  // accept a comma after the last member of an object or array
	FoldCase  bool  // keys that differ only in case are duplicates, and only the last of duplicates is kept in Fields
	Multiline bool  // accept line breaks inside strings (ARM templates deployed by the Azure CLI and PowerShell)
	MaxDepth  int   // deepest nesting of arrays and objects; 0 means DefaultMaxDepth
	MaxBytes  int64 // largest input; 0 means DefaultMaxBytes
}

// bom is the UTF-8 byte order mark.
const bom = "\ufeff"

// parser reads one document. off, line and col always describe the same
// position: the next byte to read.
type parser struct {
	filename string
	src      []byte
	off      int
	line     int
	col      int
	opts     Options
	depth    int
	diags    graph.Diagnostics

	slab   []Value           // values not yet handed out
	items  []*Value          // elements of the arrays being read
	fields []Field           // members of the objects being read
	keys   map[string]string // interned object keys
}

// Parse reads src, the whole content of filename, as one JSON value. On a
// syntax error, invalid UTF-8 or a limit, it returns a nil value and an
// error diagnostic at the position where reading stopped; warnings
// (duplicate keys) come with the value.
func Parse(filename string, src []byte, opts Options) (*Value, graph.Diagnostics) {
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = DefaultMaxDepth
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	p := &parser{filename: filename, src: src, line: 1, col: 1, opts: opts}
	if int64(len(src)) > opts.MaxBytes {
		start := graph.Pos{Line: 1, Column: 1}
		r := graph.Range{Filename: filename, Start: start, End: start}
		return nil, p.diags.Errorf(CodeLimit, r, "JSON file too large",
			"The file has %d bytes, more than the limit of %d; split it into smaller files.", len(src), opts.MaxBytes)
	}
	if len(src) >= len(bom) && string(src[:len(bom)]) == bom {
		p.off = len(bom)
	}
	if !utf8.Valid(src) {
		p.invalidUTF8()
		return nil, p.diags
	}
	v, ok := p.document()
	if !ok {
		return nil, p.diags
	}
	return v, p.diags
}

// document reads the top value and checks that only space follows it.
func (p *parser) document() (*Value, bool) {
	if !p.skipSpace() {
		return nil, false
	}
	v, ok := p.value()
	if !ok || !p.skipSpace() {
		return nil, false
	}
	if p.off < len(p.src) {
		return nil, p.fail("the end of the file after the top-level value")
	}
	return v, true
}

// value reads the value that starts at the current byte.
func (p *parser) value() (*Value, bool) {
	if p.off >= len(p.src) {
		return nil, p.fail("a value")
	}
	switch c := p.src[p.off]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		start := p.pos()
		s, ok := p.str()
		if !ok {
			return nil, false
		}
		v := p.newValue(String)
		v.Str, v.Range = string(s), p.rangeFrom(start)
		return v, true
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	default:
		return p.literal()
	}
}

// enter counts one more level of nesting at the bracket under the cursor,
// and reports false (with a diagnostic) beyond the limit.
func (p *parser) enter() bool {
	p.depth++
	if p.depth <= p.opts.MaxDepth {
		return true
	}
	p.diags = p.diags.Errorf(CodeLimit, p.charRange(), "JSON nested too deeply",
		"Arrays and objects are nested more than %d levels deep here; flatten the document.", p.opts.MaxDepth)
	return false
}

// array reads [ value, ... ].
func (p *parser) array() (*Value, bool) {
	start := p.pos()
	if !p.enter() {
		return nil, false
	}
	defer func() { p.depth-- }()
	p.ascii(1)
	v := p.newValue(Array)
	if !p.skipSpace() {
		return nil, false
	}
	if p.at(']') {
		p.ascii(1)
		v.Range = p.rangeFrom(start)
		return v, true
	}
	mark := len(p.items)
	for {
		item, ok := p.value()
		if !ok {
			return nil, false
		}
		p.items = append(p.items, item)
		if !p.skipSpace() {
			return nil, false
		}
		switch {
		case p.at(']'):
			p.ascii(1)
			v.Items, v.Range = p.popItems(mark), p.rangeFrom(start)
			return v, true
		case p.at(','):
			p.ascii(1)
		default:
			return nil, p.fail("',' or ']' after an array element")
		}
		if !p.skipSpace() {
			return nil, false
		}
		if p.at(']') && p.opts.Trailing {
			p.ascii(1)
			v.Items, v.Range = p.popItems(mark), p.rangeFrom(start)
			return v, true
		}
		if p.at(']') {
			return nil, p.fail("a value after ',' (JSON allows no trailing comma)")
		}
	}
}
