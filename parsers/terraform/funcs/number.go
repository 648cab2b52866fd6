package funcs

import (
	"errors"
	"math"
	"math/big"
	"time"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// logFunc and powFunc replace go-cty's, which build a number from NaN (as
// in log(0, 0) or pow(-8, 0.5)) and so panic; here that is an error.
func logFunc() function.Function {
	return floatFunc("Returns the logarithm of a number in the given base.", "num", "base",
		func(n, b float64) float64 { return math.Log(n) / math.Log(b) })
}

func powFunc() function.Function {
	return floatFunc("Returns a number raised to the given power.", "num", "power", math.Pow)
}

func floatFunc(desc, a, b string, op func(x, y float64) float64) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params: []function.Parameter{
			{Name: a, Type: cty.Number},
			{Name: b, Type: cty.Number},
		},
		Type:         function.StaticReturnType(cty.Number),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			x, _ := args[0].AsBigFloat().Float64()
			y, _ := args[1].AsBigFloat().Float64()
			r := op(x, y)
			if math.IsNaN(r) {
				return cty.NilVal, errors.New("the result is not a number")
			}
			return cty.NumberFloatVal(r), nil
		},
	})
}

// sumFunc adds up the numbers of a list, set or tuple.
func sumFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the total of the numbers in a list, set or tuple.",
		Params:      []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
		Type: func(args []cty.Value) (cty.Type, error) {
			ty := args[0].Type()
			if !ty.IsListType() && !ty.IsSetType() && !ty.IsTupleType() {
				return cty.NilType, function.NewArgErrorf(0, "argument must be list, set, or tuple; received %s", ty.FriendlyName())
			}
			return cty.Number, nil
		},
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if !args[0].IsWhollyKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			if args[0].LengthInt() == 0 {
				return cty.NilVal, function.NewArgErrorf(0, "cannot sum an empty list")
			}
			total := new(big.Float)
			for it := args[0].ElementIterator(); it.Next(); {
				_, e := it.Element()
				n, err := convert.Convert(e, cty.Number)
				if err != nil || n.IsNull() {
					return cty.NilVal, function.NewArgErrorf(0, "argument must be list, set, or tuple of number values")
				}
				f := n.AsBigFloat()
				if total.IsInf() && f.IsInf() && total.Sign() != f.Sign() {
					return cty.NilVal, function.NewArgErrorf(0, "cannot add infinities of opposite signs")
				}
				total.Add(total, f)
			}
			return cty.NumberVal(total), nil
		},
	})
}

// timeCmpFunc compares two RFC 3339 timestamps: -1, 0 or 1.
func timeCmpFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Compares two RFC 3339 timestamps and returns -1, 0 or 1.",
		Params: []function.Parameter{
			{Name: "timestamp_a", Type: cty.String},
			{Name: "timestamp_b", Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.Number),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			var ts [2]time.Time
			for i := range ts {
				t, err := time.Parse(time.RFC3339, args[i].AsString())
				if err != nil {
					return cty.NilVal, function.NewArgErrorf(i, "not a valid RFC 3339 timestamp: %s", args[i].AsString())
				}
				ts[i] = t
			}
			return cty.NumberIntVal(int64(ts[0].Compare(ts[1]))), nil
		},
	})
}
