package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/moatscan/moat/schema"
)

// shape converts the node a file-local reference (#/N) points at into a
// shared shape. A node met again while it is being converted is a
// recursion: that occurrence becomes "any".
func (b *builder) shape(path, r string) (int32, error) {
	pos, ok := strings.CutPrefix(r, "#/")
	i, err := strconv.Atoi(pos)
	nodes := b.files[path]
	if !ok || err != nil || i < 0 || i >= len(nodes) {
		return 0, fmt.Errorf("%s: bad reference %q", path, r)
	}
	key := path + r
	if id, ok := b.memo[key]; ok {
		if id == building {
			return 0, nil
		}
		return id, nil
	}
	b.memo[key] = building
	s, err := b.convert(path, &nodes[i])
	if err != nil {
		return 0, err
	}
	id := b.add(s)
	b.memo[key] = id
	return id, nil
}

func (b *builder) convert(path string, n *node) (schema.Shape, error) {
	s := schema.Shape{Extra: schema.None, Item: schema.None}
	var err error
	switch n.Type {
	case "ObjectType":
		s.Kind = schema.Object
		if s.Props, err = b.props(path, n.Properties); err != nil {
			return s, err
		}
		if n.AdditionalProperties != nil {
			s.Extra, err = b.shape(path, n.AdditionalProperties.Ref)
		}
	case "DiscriminatedObjectType":
		s.Kind, s.Discriminator = schema.Union, n.Discriminator
		if s.Props, err = b.props(path, n.BaseProperties); err != nil {
			return s, err
		}
		s.Elements, err = b.elements(path, n.Elements)
	case "ArrayType":
		s.Kind = schema.Array
		if n.ItemType == nil {
			return s, fmt.Errorf("%s: array %q without item type", path, n.Name)
		}
		s.Item, err = b.shape(path, n.ItemType.Ref)
	case "UnionType":
		return b.union(path, n)
	case "StringLiteralType":
		s.Kind, s.Values = schema.Enum, []string{n.Value}
	case "StringType":
		s.Kind = schema.String
	case "IntegerType":
		s.Kind = schema.Int
	case "BooleanType":
		s.Kind = schema.Bool
	case "NullType":
		s.Kind = schema.Null
	case "BuiltInType":
		s.Kind = builtIn[n.Kind]
	default: // AnyType, and kinds the data has no use for
		s.Kind = schema.Any
	}
	return s, err
}

// builtIn maps the legacy BuiltInType kinds onto shapes.
var builtIn = map[int]schema.Kind{3: schema.Bool, 4: schema.Int, 5: schema.String, 2: schema.Null}

func (b *builder) props(path string, ps map[string]property) ([]schema.Prop, error) {
	names := make([]string, 0, len(ps))
	for name := range ps {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return schema.Fold(names[i]) < schema.Fold(names[j]) })
	out := make([]schema.Prop, 0, len(ps))
	for _, name := range names {
		p := ps[name]
		if p.Flags&readOnly != 0 {
			out = append(out, schema.Prop{Name: name, ReadOnly: true, Shape: schema.None})
			continue
		}
		id, err := b.shape(path, p.Type.Ref)
		if err != nil {
			return nil, err
		}
		out = append(out, schema.Prop{Name: name, Shape: id})
	}
	return out, nil
}

func (b *builder) elements(path string, raw json.RawMessage) ([]schema.Element, error) {
	var m map[string]ref
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: discriminated elements: %w", path, err)
	}
	values := make([]string, 0, len(m))
	for v := range m {
		values = append(values, v)
	}
	sort.Slice(values, func(i, j int) bool { return schema.Fold(values[i]) < schema.Fold(values[j]) })
	out := make([]schema.Element, 0, len(m))
	for _, v := range values {
		id, err := b.shape(path, m[v].Ref)
		if err != nil {
			return nil, err
		}
		out = append(out, schema.Element{Value: v, Shape: id})
	}
	return out, nil
}

// union reads a UnionType: string literals (and a plain string, which
// makes the enum open) are an enum; any other union is not checked.
func (b *builder) union(path string, n *node) (schema.Shape, error) {
	s := schema.Shape{Kind: schema.Enum, Extra: schema.None, Item: schema.None}
	var refs []ref
	if err := json.Unmarshal(n.Elements, &refs); err != nil {
		return s, fmt.Errorf("%s: union elements: %w", path, err)
	}
	nodes := b.files[path]
	for _, r := range refs {
		i, err := strconv.Atoi(strings.TrimPrefix(r.Ref, "#/"))
		if err != nil || i < 0 || i >= len(nodes) {
			return s, fmt.Errorf("%s: bad reference %q", path, r.Ref)
		}
		switch e := nodes[i]; e.Type {
		case "StringLiteralType":
			s.Values = append(s.Values, e.Value)
		case "StringType":
			s.Open = true
		default:
			return schema.Shape{Kind: schema.Any, Extra: schema.None, Item: schema.None}, nil
		}
	}
	return s, nil
}

// add returns the ID of a shape, sharing one ID between equal shapes.
func (b *builder) add(s schema.Shape) int32 {
	key := fmt.Sprint(s)
	if id, ok := b.keys[key]; ok {
		return id
	}
	id := int32(len(b.shapes))
	b.shapes = append(b.shapes, s)
	b.keys[key] = id
	return id
}
