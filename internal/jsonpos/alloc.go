package jsonpos

import "strings"

// A document holds many small values; allocating each one by itself
// dominated the parse time. Values come from slabs, arrays and objects
// collect their members on shared stacks and copy them out once at the
// closing bracket, and object keys, which repeat, are interned.

const (
	slabSize = 256  // values allocated at a time
	maxKeys  = 4096 // distinct keys interned per document
)

// newValue returns a zeroed value of the given kind.
func (p *parser) newValue(kind Kind) *Value {
	if len(p.slab) == 0 {
		p.slab = make([]Value, slabSize)
	}
	v := &p.slab[0]
	p.slab = p.slab[1:]
	v.Kind = kind
	return v
}

// popItems returns the items pushed since mark, in a slice of their own.
func (p *parser) popItems(mark int) []*Value {
	if len(p.items) == mark {
		return nil
	}
	out := make([]*Value, len(p.items)-mark)
	copy(out, p.items[mark:])
	clear(p.items[mark:])
	p.items = p.items[:mark]
	return out
}

// popFields returns the fields pushed since mark, in a slice of their own;
// with FoldCase and duplicates, only the last of each key.
func (p *parser) popFields(mark int, dups bool) []Field {
	if len(p.fields) == mark {
		return nil
	}
	var out []Field
	if dups && p.opts.FoldCase {
		out = lastOfEach(p.fields[mark:])
	} else {
		out = make([]Field, len(p.fields)-mark)
		copy(out, p.fields[mark:])
	}
	clear(p.fields[mark:])
	p.fields = p.fields[:mark]
	return out
}

// intern returns b as a string, shared with earlier equal keys.
func (p *parser) intern(b []byte) string {
	if s, ok := p.keys[string(b)]; ok {
		return s
	}
	s := string(b)
	if p.keys == nil {
		p.keys = make(map[string]string)
	}
	if len(p.keys) < maxKeys {
		p.keys[s] = s
	}
	return s
}

// lastOfEach keeps the last field of each key (compared
// case-insensitively), in source order.
func lastOfEach(fields []Field) []Field {
	last := make(map[string]int, len(fields))
	for i, f := range fields {
		last[strings.ToLower(f.Key)] = i
	}
	out := make([]Field, 0, len(last))
	for i, f := range fields {
		if last[strings.ToLower(f.Key)] == i {
			out = append(out, f)
		}
	}
	return out
}
