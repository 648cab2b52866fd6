package jsonpos

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// object reads { "key": value, ... }.
func (p *parser) object() (*Value, bool) {
	start := p.pos()
	if !p.enter() {
		return nil, false
	}
	defer func() { p.depth-- }()
	p.ascii(1)
	v := p.newValue(Object)
	if !p.skipSpace() {
		return nil, false
	}
	if p.at('}') {
		p.ascii(1)
		v.Range = p.rangeFrom(start)
		return v, true
	}
	keys := keySet{fold: p.opts.FoldCase}
	mark := len(p.fields)
	dups := false
	for {
		f, ok := p.field()
		if !ok {
			return nil, false
		}
		if prev, dup := keys.add(f.Key, p.fields[mark:]); dup {
			p.duplicate(f, prev)
			dups = true
		}
		p.fields = append(p.fields, f)
		if !p.skipSpace() {
			return nil, false
		}
		switch {
		case p.at('}'):
			p.ascii(1)
			v.Fields, v.Range = p.popFields(mark, dups), p.rangeFrom(start)
			return v, true
		case p.at(','):
			p.ascii(1)
		default:
			return nil, p.fail("',' or '}' after an object member")
		}
		if !p.skipSpace() {
			return nil, false
		}
		if p.at('}') && p.opts.Trailing {
			p.ascii(1)
			v.Fields, v.Range = p.popFields(mark, dups), p.rangeFrom(start)
			return v, true
		}
		if p.at('}') {
			return nil, p.fail("a string key after ',' (JSON allows no trailing comma)")
		}
	}
}

// field reads "key": value, starting at the key.
func (p *parser) field() (Field, bool) {
	if !p.at('"') {
		return Field{}, p.fail("a string key in double quotes")
	}
	start := p.pos()
	key, ok := p.str()
	if !ok {
		return Field{}, false
	}
	f := Field{Key: p.intern(key), KeyRange: p.rangeFrom(start)}
	if !p.skipSpace() {
		return Field{}, false
	}
	if !p.at(':') {
		return Field{}, p.fail("':' after the object key")
	}
	p.ascii(1)
	if !p.skipSpace() {
		return Field{}, false
	}
	f.Value, ok = p.value()
	return f, ok
}

// duplicate warns that f sets a key that prev already set.
func (p *parser) duplicate(f Field, prev Field) {
	at := prev.KeyRange.Start
	p.diags = p.diags.Warnf(CodeDuplicateKey, f.KeyRange, "Duplicate JSON key",
		"The key %q is also set at line %d, column %d; the last value wins. Remove one of them.", f.Key, at.Line, at.Column)
}

// keySet finds duplicate keys of one object: a linear scan while the
// object is small, a map once it grows.
type keySet struct {
	index map[string]int
	fold  bool // compare keys case-insensitively
}

const keySetLinear = 16

// add records key as the field about to follow fields and returns the
// field that last set it before, if any.
func (s *keySet) add(key string, fields []Field) (Field, bool) {
	n := len(fields)
	if s.index == nil && n < keySetLinear {
		for i := n - 1; i >= 0; i-- {
			if fields[i].Key == key || s.fold && strings.EqualFold(fields[i].Key, key) {
				return fields[i], true
			}
		}
		return Field{}, false
	}
	if s.index == nil {
		s.index = make(map[string]int, 2*n)
		for i, f := range fields {
			s.index[s.norm(f.Key)] = i
		}
	}
	i, dup := s.index[s.norm(key)]
	s.index[s.norm(key)] = n
	if dup {
		return fields[i], true
	}
	return Field{}, false
}

func (s *keySet) norm(key string) string {
	if s.fold {
		return strings.ToLower(key)
	}
	return key
}

// rangeFrom is the range from start to the cursor.
func (p *parser) rangeFrom(start graph.Pos) graph.Range {
	return graph.Range{Filename: p.filename, Start: start, End: p.pos()}
}
