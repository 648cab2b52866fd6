package funcs

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"go.yaml.in/yaml/v3"
)

// yamlDecodeFunc parses one YAML document into a value: mappings become
// objects and sequences tuples, as Terraform does. Aliases are expanded
// within the element budget, so an alias bomb is an error, not a crash.
func yamlDecodeFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Parses a YAML document into a value.",
		Params:      []function.Parameter{{Name: "src", Type: cty.String}},
		Type:        function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return yamlDecode(args[0].AsString())
		},
	})
}

func yamlDecode(src string) (cty.Value, error) {
	dec := yaml.NewDecoder(strings.NewReader(src))
	var doc yaml.Node
	switch err := dec.Decode(&doc); {
	case errors.Is(err, io.EOF):
		return cty.NullVal(cty.DynamicPseudoType), nil
	case err != nil:
		return cty.NilVal, function.NewArgErrorf(0, "invalid YAML: %s", err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return cty.NilVal, function.NewArgErrorf(0, "unexpected extra content after the first YAML document")
	}
	c := yamlConverter{active: make(map[*yaml.Node]bool)}
	return c.value(&doc, 0)
}

// yamlConverter turns yaml.v3 nodes into values, counting what it makes.
type yamlConverter struct {
	count  int
	active map[*yaml.Node]bool // alias targets being expanded: a cycle if met again
}

func (c *yamlConverter) value(n *yaml.Node, depth int) (cty.Value, error) {
	c.count++
	if c.count > maxElements || depth > maxDepth {
		return cty.NilVal, function.NewArgErrorf(0, "YAML expands beyond the limit of %d values or %d levels", maxElements, maxDepth)
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return cty.NullVal(cty.DynamicPseudoType), nil
		}
		return c.value(n.Content[0], depth+1)
	case yaml.AliasNode:
		if n.Alias == nil {
			return cty.NilVal, function.NewArgErrorf(0, "YAML alias on line %d has no anchor", n.Line)
		}
		if c.active[n.Alias] {
			return cty.NilVal, function.NewArgErrorf(0, "YAML alias on line %d refers to a value that contains it", n.Line)
		}
		c.active[n.Alias] = true
		defer delete(c.active, n.Alias)
		return c.value(n.Alias, depth+1)
	case yaml.SequenceNode:
		elems := make([]cty.Value, 0, len(n.Content))
		for _, e := range n.Content {
			v, err := c.value(e, depth+1)
			if err != nil {
				return cty.NilVal, err
			}
			elems = append(elems, v)
		}
		return cty.TupleVal(elems), nil
	case yaml.MappingNode:
		attrs := make(map[string]cty.Value, len(n.Content)/2)
		if err := c.mapping(n, depth, attrs, true); err != nil {
			return cty.NilVal, err
		}
		return cty.ObjectVal(attrs), nil
	}
	return yamlScalar(n)
}

// mapping adds a mapping's pairs to attrs. Merge keys (<<) add the pairs
// of the mappings they name, which the mapping's own keys override.
func (c *yamlConverter) mapping(n *yaml.Node, depth int, attrs map[string]cty.Value, own bool) error {
	var merges []*yaml.Node
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolveAlias(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return function.NewArgErrorf(0, "YAML mapping key on line %d is not a scalar", k.Line)
		}
		if k.ShortTag() == "!!merge" {
			merges = append(merges, v)
			continue
		}
		if seen[k.Value] {
			return function.NewArgErrorf(0, "YAML mapping key %q on line %d is defined twice", k.Value, k.Line)
		}
		seen[k.Value] = true
		if _, done := attrs[k.Value]; done && !own {
			continue
		}
		val, err := c.value(v, depth+1)
		if err != nil {
			return err
		}
		attrs[k.Value] = val
	}
	for _, m := range merges {
		if err := c.merge(m, depth, attrs); err != nil {
			return err
		}
	}
	return nil
}

// merge adds the pairs of a merge key's value: a mapping, or a sequence
// of mappings, the earlier ones winning.
func (c *yamlConverter) merge(m *yaml.Node, depth int, attrs map[string]cty.Value) error {
	c.count++
	if c.count > maxElements || depth > maxDepth {
		return function.NewArgErrorf(0, "YAML expands beyond the limit of %d values or %d levels", maxElements, maxDepth)
	}
	if m.Kind == yaml.AliasNode {
		if m.Alias == nil {
			return function.NewArgErrorf(0, "YAML alias on line %d has no anchor", m.Line)
		}
		if c.active[m.Alias] {
			return function.NewArgErrorf(0, "YAML alias on line %d refers to a value that contains it", m.Line)
		}
		c.active[m.Alias] = true
		defer delete(c.active, m.Alias)
		m = m.Alias
	}
	switch m.Kind {
	case yaml.MappingNode:
		return c.mapping(m, depth+1, attrs, false)
	case yaml.SequenceNode:
		for _, e := range m.Content {
			if err := c.merge(e, depth+1, attrs); err != nil {
				return err
			}
		}
		return nil
	}
	return function.NewArgErrorf(0, "YAML merge key on line %d must name a mapping", m.Line)
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// yamlScalar converts a scalar by its resolved tag: timestamps become RFC
// 3339 strings, binary stays Base64 text, unknown tags are kept as text.
func yamlScalar(n *yaml.Node) (cty.Value, error) {
	switch n.ShortTag() {
	case "!!null":
		return cty.NullVal(cty.DynamicPseudoType), nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "invalid YAML boolean on line %d", n.Line)
		}
		return cty.BoolVal(b), nil
	case "!!int", "!!float":
		return yamlNumber(n)
	case "!!timestamp":
		// A date yaml.v3 resolves but cannot parse stays text.
		if t, ok := yamlTime(n); ok {
			return cty.StringVal(t.Format(time.RFC3339)), nil
		}
	case "!!binary":
		return cty.StringVal(strings.Join(strings.Fields(n.Value), "")), nil
	}
	return cty.StringVal(n.Value), nil
}

func yamlTime(n *yaml.Node) (time.Time, bool) {
	var t time.Time
	err := n.Decode(&t)
	return t, err == nil
}

func yamlNumber(n *yaml.Node) (cty.Value, error) {
	var x any
	if err := n.Decode(&x); err != nil {
		return cty.NilVal, function.NewArgErrorf(0, "invalid YAML number %q on line %d", n.Value, n.Line)
	}
	switch x := x.(type) {
	case int:
		return cty.NumberIntVal(int64(x)), nil
	case int64:
		return cty.NumberIntVal(x), nil
	case uint64:
		return cty.NumberUIntVal(x), nil
	case float64:
		if math.IsNaN(x) {
			return cty.NilVal, function.NewArgErrorf(0, "YAML value on line %d is not a number (NaN)", n.Line)
		}
		return cty.NumberFloatVal(x), nil
	}
	return cty.NilVal, function.NewArgErrorf(0, "invalid YAML number %q on line %d", n.Value, n.Line)
}

// errYAMLType is returned for values YAML cannot hold.
var errYAMLType = errors.New("value cannot be encoded as YAML")

func yamlTypeError(ty cty.Type) error {
	return fmt.Errorf("%w: %s", errYAMLType, ty.FriendlyName())
}
