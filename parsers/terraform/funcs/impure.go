package funcs

import (
	"fmt"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// identityFunc returns its argument unchanged, marks included: sensitive and
// nonsensitive, since sensitivity is not tracked here.
func identityFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns its argument unchanged.",
		Params:      []function.Parameter{anyParam("value")},
		Type: func(args []cty.Value) (cty.Type, error) {
			return args[0].Type(), nil
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return args[0], nil
		},
	})
}

// isSensitiveFunc answers false: sensitivity is not tracked here.
func isSensitiveFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns false: sensitivity is not tracked by a static scan.",
		Params: []function.Parameter{{
			Name: "value", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowDynamicType: true,
		}},
		Type:         function.StaticReturnType(cty.Bool),
		RefineResult: refineNotNull,
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.False, nil
		},
	})
}

// unknownOfArgFunc returns an unknown value of its argument's type:
// ephemeralasnull, since which values are ephemeral is not tracked here.
func unknownOfArgFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns an unknown value of its argument's type.",
		Params:      []function.Parameter{anyParam("value")},
		Type: func(args []cty.Value) (cty.Type, error) {
			return args[0].Type(), nil
		},
		Impl: func(args []cty.Value, ty cty.Type) (cty.Value, error) {
			_, marks := args[0].UnmarkDeep()
			return cty.UnknownVal(ty).WithMarks(marks), nil
		},
	})
}

// typeFunc stands for the console-only type function: its result is a type,
// which no configuration value can hold, so it is unknown.
func typeFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns an unknown value: types are not values in a static scan.",
		Params:      []function.Parameter{anyParam("value")},
		Type:        function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.DynamicVal, nil
		},
	})
}

// unknownFunc is an impure function without parameters (timestamp, uuid):
// its value at apply time cannot be known, so it is an unknown of type ty.
func unknownFunc(ty cty.Type) function.Function {
	return function.New(&function.Spec{
		Description:  "Returns an unknown value: the real one depends on when and where Terraform runs.",
		Type:         function.StaticReturnType(ty),
		RefineResult: refineNotNull,
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.UnknownVal(ty).RefineNotNull(), nil
		},
	})
}

// bcryptFunc checks its arguments and returns an unknown string: bcrypt
// salts randomly, so its result differs on every run.
func bcryptFunc() function.Function {
	return function.New(&function.Spec{
		Description:  "Returns an unknown string: bcrypt hashes are salted at random.",
		Params:       []function.Parameter{{Name: "str", Type: cty.String}},
		VarParam:     &function.Parameter{Name: "cost", Type: cty.Number},
		Type:         function.StaticReturnType(cty.String),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if len(args) > 2 {
				return cty.NilVal, function.NewArgErrorf(2, "bcrypt takes at most one cost argument")
			}
			if len(args) == 2 {
				if cost, _ := knownInt(args[1]); cost < 4 || cost > 31 {
					return cty.NilVal, function.NewArgErrorf(1, "cost must be between 4 and 31")
				}
			}
			return cty.UnknownVal(cty.String).RefineNotNull(), nil
		},
	})
}

// rsaDecryptFunc returns an unknown string: decrypting needs a private key,
// which a scan must not use.
func rsaDecryptFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns an unknown string: a scan does not decrypt.",
		Params: []function.Parameter{
			{Name: "ciphertext", Type: cty.String},
			{Name: "privatekey", Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.String),
		RefineResult: refineNotNull,
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.UnknownVal(cty.String).RefineNotNull(), nil
		},
	})
}

// removedFunc is a function Terraform removed but still names, so that a
// call gets a helpful error rather than "unknown function".
func removedFunc(name, instead string) function.Function {
	return function.New(&function.Spec{
		Description: "Removed in Terraform v0.12.",
		VarParam:    &function.Parameter{Name: "vals", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true},
		Type: func([]cty.Value) (cty.Type, error) {
			return cty.NilType, fmt.Errorf("the %q function was removed in Terraform v0.12; use %s instead", name, instead)
		},
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.NilVal, fmt.Errorf("the %q function was removed in Terraform v0.12", name)
		},
	})
}
