package schema

import (
	"slices"
	"strings"
)

// Kind says what a shape describes.
type Kind uint8

// The kinds of shape. An Object may be a dictionary (Extra set); a Union
// is a discriminated object: its properties depend on the value of its
// discriminator property.
const (
	Any Kind = iota
	Object
	Array
	Enum
	String
	Int
	Bool
	Null
	Union
)

// None marks an absent shape reference: an object without
// additionalProperties, or a read-only property (whose value Azure sets,
// so the index does not describe it).
const None int32 = -1

// Shape is one node of the type graph. Shapes are shared: the same ID
// serves every property and apiVersion whose type is the same.
type Shape struct {
	Kind          Kind
	Props         []Prop    // Object, Union (its base properties): sorted by folded name
	Extra         int32     // Object: the value shape of keys not listed; None when extra keys are not part of the schema
	Item          int32     // Array: the item shape
	Values        []string  // Enum: the members, in schema order
	Open          bool      // Enum: any other string is accepted too
	Discriminator string    // Union: the property whose value picks the element
	Elements      []Element // Union: sorted by folded value
}

// Prop is one property of an object.
type Prop struct {
	Name     string // canonical casing
	ReadOnly bool   // set by the service; writing it has no effect
	Shape    int32  // None when ReadOnly
}

// Element is the shape a discriminated object takes for one value of its
// discriminator.
type Element struct {
	Value string
	Shape int32 // an Object
}

// Prop finds a property by name, ignoring case as ARM does, by binary
// search without allocating.
func (s *Shape) Prop(name string) (*Prop, bool) {
	i, ok := slices.BinarySearchFunc(s.Props, name, func(p Prop, name string) int { return compareFold(p.Name, name) })
	if !ok {
		return nil, false
	}
	return &s.Props[i], true
}

// Element finds the element of a discriminated object for a value of its
// discriminator, ignoring case.
func (s *Shape) Element(value string) (*Element, bool) {
	i, ok := slices.BinarySearchFunc(s.Elements, value, func(e Element, v string) int { return compareFold(e.Value, v) })
	if !ok {
		return nil, false
	}
	return &s.Elements[i], true
}

// HasValue reports whether an enum lists v, ignoring case (catalog §1.3).
func (s *Shape) HasValue(v string) bool {
	for _, m := range s.Values {
		if strings.EqualFold(m, v) {
			return true
		}
	}
	return false
}

// compareFold compares two strings as their ASCII lower-case forms do.
// Property names and enum members are ASCII; other bytes compare as they
// are.
func compareFold(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		x, y := lower(a[i]), lower(b[i])
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Fold returns s in the lower case compareFold sorts by.
func Fold(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lower(c)
	}
	return string(b)
}
