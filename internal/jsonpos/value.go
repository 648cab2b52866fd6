package jsonpos

import (
	"math"
	"strconv"
	"strings"

	"github.com/moatscan/moat/graph"
)

// Kind is the JSON type of a Value.
type Kind int

// The JSON types.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// String names k as JSON does: null, boolean, number, string, array, object.
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "boolean"
	case Number:
		return "number"
	case String:
		return "string"
	case Array:
		return "array"
	case Object:
		return "object"
	}
	return "invalid"
}

// Value is one JSON value and where it is written. Only the fields of its
// Kind are set.
type Value struct {
	Kind   Kind
	Str    string   // String: the decoded text
	Num    string   // Number: the literal as written
	Bool   bool     // Bool
	Items  []*Value // Array
	Fields []Field  // Object, in source order, duplicates included
	Range  graph.Range
}

// Field is one member of an object: its key, where the key is written
// (quotes included) and its value.
type Field struct {
	Key      string
	KeyRange graph.Range
	Value    *Value
}

// Get returns the value of the last field named key, as JSON readers keep
// the last of duplicate keys. It returns nil when v is nil, not an object,
// or has no such field.
func (v *Value) Get(key string) *Value {
	if v == nil || v.Kind != Object {
		return nil
	}
	for i := len(v.Fields) - 1; i >= 0; i-- {
		if v.Fields[i].Key == key {
			return v.Fields[i].Value
		}
	}
	return nil
}

// Interface returns v as plain Go data: nil, bool, string, int64 for a
// number written as an integer that fits, float64 for other numbers,
// []any and map[string]any (the last of duplicate keys wins). A number too
// large for a float64 (1e999) is returned as written, as a string, since
// no Go number holds it.
func (v *Value) Interface() any {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case Bool:
		return v.Bool
	case Number:
		return number(v.Num)
	case String:
		return v.Str
	case Array:
		out := make([]any, len(v.Items))
		for i, item := range v.Items {
			out[i] = item.Interface()
		}
		return out
	case Object:
		out := make(map[string]any, len(v.Fields))
		for _, f := range v.Fields {
			out[f.Key] = f.Value.Interface()
		}
		return out
	}
	return nil
}

// number converts a JSON number literal.
func number(s string) any {
	if !strings.ContainsAny(s, ".eE") {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && (math.IsInf(f, 0) || math.IsNaN(f)) {
		return s
	}
	return f
}
