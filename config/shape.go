package config

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/agext/levenshtein"
	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/graph"
)

// maxVisits bounds the values the shape check visits, aliases expanded,
// so that an alias bomb costs little.
const maxVisits = 200_000

// shape checks a node tree against the Go type it decodes into, so that
// every unknown or repeated key and every value of the wrong type is a
// diagnostic at its own position. A tree that passes decodes strictly.
type shape struct {
	t      *text
	ds     graph.Diagnostics
	visits int
	active map[*yaml.Node]bool                      // the collections being checked, to catch an alias to itself
	looped map[*yaml.Node]bool                      // the collections reported as containing themselves
	fields map[reflect.Type]map[string]reflect.Type // fieldTypes, once per type
}

func (s *shape) errorf(n *yaml.Node, format string, args ...any) {
	s.ds = s.ds.Errorf(graph.CodeConfigInvalid, s.t.rangeOf(n), "invalid configuration", format, args...)
}

// check visits n, the value at path, which decodes into a t.
func (s *shape) check(n *yaml.Node, t reflect.Type, path string) {
	if s.visits++; s.visits > maxVisits {
		if s.visits == maxVisits+1 {
			s.errorf(n, "the configuration expands to more than %d values; use fewer aliases", maxVisits)
		}
		return
	}
	n = resolve(n)
	if n == nil || isNull(n) {
		return
	}
	if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
		if s.active[n] {
			if !s.looped[n] {
				s.errorf(n, "%s contains itself through an alias", orTop(path))
				s.looped[n] = true
			}
			return
		}
		if s.active == nil {
			s.active, s.looped = map[*yaml.Node]bool{}, map[*yaml.Node]bool{}
		}
		s.active[n] = true
		defer delete(s.active, n)
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		if s.kind(n, yaml.MappingNode, t, path) {
			s.mapping(n, t, path)
		}
	case reflect.Slice:
		if s.kind(n, yaml.SequenceNode, t, path) {
			for i, e := range n.Content {
				s.check(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
			}
		}
	default:
		if s.kind(n, yaml.ScalarNode, t, path) {
			if err := n.Decode(reflect.New(t).Interface()); err != nil {
				s.errorf(n, "%s is %q; use %s", path, n.Value, describe(t))
			}
		}
	}
}

// kind reports whether n is of the kind t decodes from, or says it is not.
func (s *shape) kind(n *yaml.Node, want yaml.Kind, t reflect.Type, path string) bool {
	if n.Kind == want {
		return true
	}
	if path == "" {
		path = "the configuration"
	}
	s.errorf(n, "%s must be %s, not %s", path, describe(t), kindName(n.Kind))
	return false
}

// mapping checks the keys of a mapping that decodes into a struct (keys
// are its fields) or a map (any text key), and each value.
func (s *shape) mapping(n *yaml.Node, t reflect.Type, path string) {
	fields, ok := s.fields[t]
	if !ok {
		fields = fieldTypes(t)
		if s.fields == nil {
			s.fields = map[reflect.Type]map[string]reflect.Type{}
		}
		s.fields[t] = fields
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		if k == nil || k.Kind != yaml.ScalarNode {
			s.errorf(n.Content[i], "keys in %s must be text", orTop(path))
			continue
		}
		if k.ShortTag() == "!!merge" {
			s.merge(v, t, path)
			continue
		}
		if prev := seen[k.Value]; prev != nil {
			s.errorf(k, "key %q is set twice in %s; the first is at line %d", k.Value, orTop(path), prev.Line)
			continue
		}
		seen[k.Value] = k
		if t.Kind() == reflect.Map {
			s.check(v, t.Elem(), path+"."+k.Value)
			continue
		}
		ft, ok := fields[k.Value]
		if !ok {
			s.unknown(k, t, path)
			continue
		}
		s.check(v, ft, join(path, k.Value))
	}
}

// merge checks the sources of a "<<" merge key as part of the mapping.
func (s *shape) merge(v *yaml.Node, t reflect.Type, path string) {
	if v = resolve(v); v != nil && v.Kind == yaml.SequenceNode {
		for _, e := range v.Content {
			s.check(e, t, path)
		}
		return
	}
	s.check(v, t, path)
}

func (s *shape) unknown(k *yaml.Node, t reflect.Type, path string) {
	names := fieldNames(t)
	if best := nearest(k.Value, names); best != "" {
		s.errorf(k, "unknown key %q; did you mean %q?", k.Value, best)
		return
	}
	in := ""
	if path != "" {
		in = " in " + path
	}
	s.errorf(k, "unknown key %q%s; use one of %s", k.Value, in, strings.Join(names, ", "))
}

// resolve follows aliases (yaml.v3 keeps them as nodes).
func resolve(n *yaml.Node) *yaml.Node {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode && hops < 100; hops++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	return n
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func orTop(path string) string {
	if path == "" {
		return "the configuration"
	}
	return path
}

// fieldTypes maps the YAML keys of a struct to their field types.
func fieldTypes(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	if t.Kind() != reflect.Struct {
		return m
	}
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			if name := yamlName(f); name != "" {
				m[name] = f.Type
			}
		}
	}
	return m
}

// fieldNames lists the YAML keys of a struct in field order.
func fieldNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			if name := yamlName(f); name != "" {
				names = append(names, name)
			}
		}
	}
	return names
}

// yamlName is the key of a field as yaml.v3 reads it; "" when skipped.
func yamlName(f reflect.StructField) string {
	tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	switch tag {
	case "-":
		return ""
	case "":
		return strings.ToLower(f.Name)
	}
	return tag
}

func describe(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.String:
		return "text"
	case reflect.Slice:
		return "a list"
	}
	return "a mapping"
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return "text"
}

// nearest returns the name closest to s by edit distance, ignoring case,
// when it is close enough to be a slip: at most one edit in three
// characters (and at least one). Ties go to the first name in sort order.
func nearest(s string, names []string) string {
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	best, dist := "", max(1, len(s)/3)+1
	for _, n := range sorted {
		if d := levenshtein.Distance(strings.ToUpper(s), strings.ToUpper(n), nil); d < dist {
			best, dist = n, d
		}
	}
	return best
}
