package funcs

import (
	"bytes"
	"math/big"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"go.yaml.in/yaml/v3"
)

// yamlEncodeFunc writes a value as block-style YAML the way Terraform does:
// strings and keys double-quoted, sequences not indented under their key,
// and a document end marker after a lone plain scalar.
func yamlEncodeFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Encodes a value as YAML.",
		Params: []function.Parameter{{
			Name: "value", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowDynamicType: true,
		}},
		Type:         function.StaticReturnType(cty.String),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if !args[0].IsWhollyKnown() {
				return cty.UnknownVal(cty.String).RefineNotNull(), nil
			}
			n, err := yamlNode(args[0])
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			var buf bytes.Buffer
			enc := yaml.NewEncoder(&buf)
			enc.SetIndent(2)
			enc.CompactSeqIndent()
			if err := enc.Encode(n); err != nil {
				return cty.NilVal, err
			}
			if err := enc.Close(); err != nil {
				return cty.NilVal, err
			}
			if n.Kind == yaml.ScalarNode && n.Style == 0 {
				buf.WriteString("...\n")
			}
			return cty.StringVal(buf.String()), nil
		},
	})
}

func yamlNode(v cty.Value) (*yaml.Node, error) {
	ty := v.Type()
	if v.IsNull() {
		return &yaml.Node{Kind: yaml.ScalarNode, Value: "null"}, nil
	}
	switch {
	case ty == cty.String:
		return yamlString(v.AsString()), nil
	case ty == cty.Bool:
		s := "false"
		if v.True() {
			s = "true"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Value: s}, nil
	case ty == cty.Number:
		return &yaml.Node{Kind: yaml.ScalarNode, Value: numberText(v.AsBigFloat())}, nil
	case ty.IsMapType() || ty.IsObjectType():
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			en, err := yamlNode(e)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, yamlString(k.AsString()), en)
		}
		if len(n.Content) == 0 {
			n.Style = yaml.FlowStyle
		}
		return n, nil
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			en, err := yamlNode(e)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, en)
		}
		if len(n.Content) == 0 {
			n.Style = yaml.FlowStyle
		}
		return n, nil
	}
	return nil, yamlTypeError(ty)
}

func yamlString(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
}

// numberText writes a number as Terraform does: whole numbers without a
// fraction, infinities as +Inf and -Inf.
func numberText(f *big.Float) string {
	switch {
	case f.IsInf() && f.Sign() > 0:
		return "+Inf"
	case f.IsInf():
		return "-Inf"
	}
	return f.Text('f', -1)
}
