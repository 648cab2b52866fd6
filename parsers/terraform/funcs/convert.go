package funcs

import (
	"reflect"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/customdecode"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// constraint is a type constraint with the defaults of its optional
// attributes, as written in convert's second argument.
type constraint struct {
	ty       cty.Type
	defaults *typeexpr.Defaults
}

// constraintType carries a constraint from the expression to the function:
// HCL decodes the argument as a type expression instead of evaluating it.
// HCL's own typeexpr.ConvertFunc does not accept defaults; Terraform's does.
var constraintType cty.Type

func init() {
	constraintType = cty.CapsuleWithOps("type constraint", reflect.TypeOf(constraint{}), &cty.CapsuleOps{
		ExtensionData: decodeConstraint,
	})
}

func decodeConstraint(key any) any {
	if key != customdecode.CustomExpressionDecoder {
		return nil
	}
	return customdecode.CustomExpressionDecoderFunc(
		func(expr hcl.Expression, _ *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
			ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(expr)
			if diags.HasErrors() {
				return cty.NilVal, diags
			}
			return cty.CapsuleVal(constraintType, &constraint{ty: ty, defaults: defaults}), nil
		})
}

// convertFunc converts a value to a type constraint, applying the defaults
// of optional attributes first.
func convertFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Converts a value to the given type constraint.",
		Params: []function.Parameter{
			{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true, AllowDynamicType: true},
			{Name: "type", Type: constraintType},
		},
		Type: func(args []cty.Value) (cty.Type, error) {
			v, err := convertValue(args)
			if err != nil {
				return cty.NilType, err
			}
			return v.Type(), nil
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return convertValue(args)
		},
	})
}

func convertValue(args []cty.Value) (cty.Value, error) {
	c := args[1].EncapsulatedValue().(*constraint)
	v := args[0]
	if c.defaults != nil {
		v = c.defaults.Apply(v)
	}
	out, err := convert.Convert(v, c.ty)
	if err != nil {
		return cty.NilVal, function.NewArgError(0, err)
	}
	return out, nil
}
