package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"sync"
)

//go:embed index.json
var embedded []byte

// Index holds the resource types the catalog reads, each with every
// apiVersion the schema data has.
type Index struct {
	Source string  // where the data comes from (repository and commit)
	Since  string  // the data has every apiVersion from this date on
	Types  []*Type // sorted by folded name
	Shapes []Shape
}

// Type is one resource type.
type Type struct {
	Name     string    // canonical casing: Microsoft.ContainerService/managedClusters
	Versions []Version // sorted by apiVersion
}

// Version is one apiVersion of a type.
type Version struct {
	API  string // 2024-05-01, 2024-01-02-preview
	Root int32  // the shape of the resource body
}

// Preview reports whether v is a preview (any suffix after the date).
func (v Version) Preview() bool { return len(v.API) > 10 }

// Date returns the date part of the apiVersion.
func (v Version) Date() string { return v.API[:min(len(v.API), 10)] }

var (
	loadOnce sync.Once
	loaded   *Index
	loadErr  error
)

// Default returns the index embedded in moat, decoded on first use.
func Default() (*Index, error) {
	loadOnce.Do(func() { loaded, loadErr = Decode(embedded) })
	return loaded, loadErr
}

// Type finds a resource type by name, ignoring case.
func (x *Index) Type(name string) (*Type, bool) {
	i, ok := slices.BinarySearchFunc(x.Types, name, func(t *Type, name string) int { return compareFold(t.Name, name) })
	if !ok {
		return nil, false
	}
	return x.Types[i], true
}

// Version finds an apiVersion of the type, ignoring case.
func (t *Type) Version(api string) (*Version, bool) {
	i, ok := slices.BinarySearchFunc(t.Versions, api, func(v Version, api string) int { return compareFold(v.API, api) })
	if !ok {
		return nil, false
	}
	return &t.Versions[i], true
}

// Shape returns the shape with an ID; nil for None.
func (x *Index) Shape(id int32) *Shape {
	if id < 0 || int(id) >= len(x.Shapes) {
		return nil
	}
	return &x.Shapes[id]
}

// file is the JSON form of an Index. Types are [name, api, root, api,
// root, ...]; shapes are arrays whose first element is the Kind:
//
//	[0] any  [4] string  [5] int  [6] bool  [7] null
//	[1, extra, name, shape, name, shape, ...]     object; shape -1 = read-only
//	[2, item]                                     array
//	[3, open, value, value, ...]                  enum; open is 0 or 1
//	[8, discriminator, [name, shape, ...], [value, shape, ...]]  discriminated object
type file struct {
	Source string  `json:"source"`
	Since  string  `json:"since"`
	Types  [][]any `json:"types"`
	Shapes [][]any `json:"shapes"`
}

// Decode reads an index in its JSON form and checks that every shape
// reference is in range.
func Decode(data []byte) (*Index, error) {
	var f file
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("decode schema index: %w", err)
	}
	x := &Index{Source: f.Source, Since: f.Since, Shapes: make([]Shape, len(f.Shapes))}
	r := reader{n: len(f.Shapes)}
	for i, raw := range f.Shapes {
		x.Shapes[i] = r.shape(raw)
	}
	for _, raw := range f.Types {
		x.Types = append(x.Types, r.typ(raw))
	}
	if r.err != nil {
		return nil, fmt.Errorf("decode schema index: %w", r.err)
	}
	sort.Slice(x.Types, func(i, j int) bool { return compareFold(x.Types[i].Name, x.Types[j].Name) < 0 })
	return x, nil
}

// reader decodes shapes, keeping the first error.
type reader struct {
	n   int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf(format, args...)
	}
}

func (r *reader) typ(raw []any) *Type {
	if len(raw) == 0 || len(raw)%2 == 0 {
		r.fail("type entry of %d elements", len(raw))
		return &Type{}
	}
	t := &Type{Name: r.str(raw[0])}
	for i := 1; i+1 < len(raw); i += 2 {
		t.Versions = append(t.Versions, Version{API: r.str(raw[i]), Root: r.ref(raw[i+1], false)})
	}
	sort.Slice(t.Versions, func(i, j int) bool { return compareFold(t.Versions[i].API, t.Versions[j].API) < 0 })
	return t
}

func (r *reader) shape(raw []any) Shape {
	if len(raw) == 0 {
		r.fail("empty shape")
		return Shape{}
	}
	s := Shape{Kind: Kind(r.int(raw[0])), Extra: None, Item: None}
	switch s.Kind {
	case Object:
		if len(raw) < 2 {
			r.fail("object shape without extra")
			return s
		}
		s.Extra = r.ref(raw[1], true)
		s.Props = r.props(raw[2:])
	case Array:
		if len(raw) != 2 {
			r.fail("array shape of %d elements", len(raw))
			return s
		}
		s.Item = r.ref(raw[1], false)
	case Enum:
		if len(raw) < 2 {
			r.fail("enum shape without open flag")
			return s
		}
		s.Open = r.int(raw[1]) == 1
		for _, v := range raw[2:] {
			s.Values = append(s.Values, r.str(v))
		}
	case Union:
		if len(raw) != 4 {
			r.fail("union shape of %d elements", len(raw))
			return s
		}
		s.Discriminator = r.str(raw[1])
		base, _ := raw[2].([]any)
		s.Props = r.props(base)
		elems, _ := raw[3].([]any)
		for i := 0; i+1 < len(elems); i += 2 {
			s.Elements = append(s.Elements, Element{Value: r.str(elems[i]), Shape: r.ref(elems[i+1], false)})
		}
		sort.Slice(s.Elements, func(i, j int) bool { return compareFold(s.Elements[i].Value, s.Elements[j].Value) < 0 })
	case Any, String, Int, Bool, Null:
	default:
		r.fail("unknown shape kind %d", s.Kind)
	}
	return s
}

func (r *reader) props(raw []any) []Prop {
	if len(raw)%2 != 0 {
		r.fail("property list of odd length %d", len(raw))
		return nil
	}
	out := make([]Prop, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		id := r.ref(raw[i+1], true)
		out = append(out, Prop{Name: r.str(raw[i]), ReadOnly: id == None, Shape: id})
	}
	sort.Slice(out, func(i, j int) bool { return compareFold(out[i].Name, out[j].Name) < 0 })
	return out
}

func (r *reader) ref(v any, noneOK bool) int32 {
	n := r.int(v)
	if n == int64(None) && noneOK {
		return None
	}
	if n < 0 || n >= int64(r.n) {
		r.fail("shape reference %d out of range", n)
		return None
	}
	return int32(n)
}

func (r *reader) int(v any) int64 {
	n, ok := v.(json.Number)
	if !ok {
		r.fail("%v is not a number", v)
		return 0
	}
	i, err := n.Int64()
	if err != nil {
		r.fail("%v is not an integer", v)
	}
	return i
}

func (r *reader) str(v any) string {
	s, ok := v.(string)
	if !ok {
		r.fail("%v is not a string", v)
	}
	return s
}
