package funcs

import (
	"errors"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// allTrueFunc is true when every element is true. A false element decides
// even when others are unknown; a null element counts as false.
func allTrueFunc() function.Function {
	return boolFoldFunc("Returns true if every element of a list is true, or if the list is empty.", false)
}

// anyTrueFunc is true when some element is true. A true element decides
// even when others are unknown.
func anyTrueFunc() function.Function {
	return boolFoldFunc("Returns true if any element of a list is true.", true)
}

// boolFoldFunc returns decisive as soon as an element equals it, else
// !decisive, or unknown when an element it has not seen is unknown.
func boolFoldFunc(desc string, decisive bool) function.Function {
	return function.New(&function.Spec{
		Description:  desc,
		Params:       []function.Parameter{{Name: "list", Type: cty.List(cty.Bool)}},
		Type:         function.StaticReturnType(cty.Bool),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			unknown := false
			for it := args[0].ElementIterator(); it.Next(); {
				_, v := it.Element()
				switch {
				case !v.IsKnown():
					unknown = true
				case v.IsNull():
					if !decisive {
						return cty.False, nil
					}
				case v.True() == decisive:
					return cty.BoolVal(decisive), nil
				}
			}
			if unknown {
				return cty.UnknownVal(cty.Bool).RefineNotNull(), nil
			}
			return cty.BoolVal(!decisive), nil
		},
	})
}

// transposeFunc swaps the keys and values of a map of lists of strings.
func transposeFunc() function.Function {
	ty := cty.Map(cty.List(cty.String))
	return function.New(&function.Spec{
		Description:  "Swaps the keys and the values of a map of lists of strings.",
		Params:       []function.Parameter{{Name: "values", Type: ty}},
		Type:         function.StaticReturnType(ty),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if !args[0].IsWhollyKnown() {
				return cty.UnknownVal(ty).RefineNotNull(), nil
			}
			out := make(map[string][]cty.Value)
			for it := args[0].ElementIterator(); it.Next(); {
				k, list := it.Element()
				if list.IsNull() {
					return cty.NilVal, errors.New("input map must not contain null lists")
				}
				for lit := list.ElementIterator(); lit.Next(); {
					_, v := lit.Element()
					if v.IsNull() {
						return cty.NilVal, errors.New("input map must not contain null strings")
					}
					out[v.AsString()] = append(out[v.AsString()], k)
				}
			}
			if len(out) == 0 {
				return cty.MapValEmpty(cty.List(cty.String)), nil
			}
			m := make(map[string]cty.Value, len(out))
			for k, vs := range out {
				m[k] = cty.ListVal(vs)
			}
			return cty.MapVal(m), nil
		},
	})
}
