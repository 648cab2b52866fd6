package funcs

import (
	"errors"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// lengthFunc is Terraform's length: it also counts the characters of a
// string and the attributes of an object, which go-cty's does not.
func lengthFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the number of elements of a collection or structure, or of characters in a string.",
		Params: []function.Parameter{{
			Name: "value", Type: cty.DynamicPseudoType,
			AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
		}},
		Type: func(args []cty.Value) (cty.Type, error) {
			ty := args[0].Type()
			switch {
			case ty == cty.String, ty == cty.DynamicPseudoType,
				ty.IsCollectionType(), ty.IsTupleType(), ty.IsObjectType():
				return cty.Number, nil
			}
			return cty.NilType, function.NewArgErrorf(0, "argument must be a string, a collection type, or a structural type")
		},
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, marks := args[0].Unmark()
			ty := v.Type()
			switch {
			case ty == cty.DynamicPseudoType:
				return cty.UnknownVal(cty.Number).WithMarks(marks), nil
			case ty.IsTupleType():
				return cty.NumberIntVal(int64(len(ty.TupleElementTypes()))).WithMarks(marks), nil
			case ty.IsObjectType():
				return cty.NumberIntVal(int64(len(ty.AttributeTypes()))).WithMarks(marks), nil
			case ty == cty.String:
				n, err := stdlib.StrlenFunc.Call([]cty.Value{v})
				return n.WithMarks(marks), err
			}
			return v.Length().WithMarks(marks), nil
		},
	})
}

// lookupFunc is Terraform's lookup, whose default is optional (go-cty's
// requires it); with a default it is go-cty's.
func lookupFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the element of a map or object with the given key, or the default when there is none.",
		Params:      []function.Parameter{anyParam("inputMap"), anyParam("key")},
		VarParam:    &function.Parameter{Name: "default", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true},
		Type: func(args []cty.Value) (cty.Type, error) {
			switch len(args) {
			case 3:
				return stdlib.LookupFunc.ReturnTypeForValues(args)
			case 2:
				return lookupType(args[0], args[1])
			}
			return cty.NilType, function.NewArgErrorf(3, "lookup takes at most three arguments")
		},
		Impl: func(args []cty.Value, ty cty.Type) (cty.Value, error) {
			if len(args) == 3 {
				return stdlib.LookupFunc.Call(args)
			}
			return lookupNoDefault(args[0], args[1], ty)
		},
	})
}

func lookupType(m, key cty.Value) (cty.Type, error) {
	m, _ = m.Unmark()
	key, _ = key.Unmark()
	ty := m.Type()
	switch {
	case ty == cty.DynamicPseudoType:
		return cty.DynamicPseudoType, nil
	case ty.IsMapType():
		return ty.ElementType(), nil
	case !ty.IsObjectType():
		return cty.NilType, function.NewArgErrorf(0, "the first argument must be a map or an object")
	}
	k, ok := knownString(key)
	if !ok {
		return cty.DynamicPseudoType, nil
	}
	if !ty.HasAttribute(k) {
		return cty.NilType, function.NewArgErrorf(1, "the given object has no attribute %q", k)
	}
	return ty.AttributeType(k), nil
}

func lookupNoDefault(m, key cty.Value, ty cty.Type) (cty.Value, error) {
	m, mMarks := m.Unmark()
	key, kMarks := key.Unmark()
	if m.IsNull() || key.IsNull() {
		return cty.NilVal, errors.New("lookup arguments must not be null")
	}
	if !m.IsKnown() || !key.IsKnown() {
		return cty.UnknownVal(ty).WithMarks(mMarks, kMarks), nil
	}
	if key.Type() != cty.String {
		return cty.NilVal, function.NewArgErrorf(1, "key must be a string")
	}
	k := key.AsString()
	if m.Type().IsObjectType() {
		if !m.Type().HasAttribute(k) {
			return cty.NilVal, function.NewArgErrorf(1, "the given object has no attribute %q", k)
		}
		return m.GetAttr(k).WithMarks(mMarks, kMarks), nil
	}
	if !m.HasIndex(key).True() {
		return cty.NilVal, function.NewArgErrorf(1, "the given map has no key %q", k)
	}
	return m.Index(key).WithMarks(mMarks, kMarks), nil
}

// indexFunc is Terraform's index: the position of a value in a list (go-cty's
// index function looks an element up instead).
func indexFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the index of the first element of a list equal to the given value.",
		Params: []function.Parameter{
			{Name: "list", Type: cty.DynamicPseudoType},
			{Name: "value", Type: cty.DynamicPseudoType},
		},
		Type: func(args []cty.Value) (cty.Type, error) {
			ty := args[0].Type()
			if !ty.IsListType() && !ty.IsTupleType() {
				return cty.NilType, function.NewArgErrorf(0, "argument must be a list or tuple")
			}
			return cty.Number, nil
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if !args[1].IsWhollyKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			for it := args[0].ElementIterator(); it.Next(); {
				i, v := it.Element()
				eq := v.Equals(args[1])
				if !eq.IsKnown() {
					return cty.UnknownVal(cty.Number), nil
				}
				if eq.True() {
					return i, nil
				}
			}
			return cty.NilVal, errors.New("item not found")
		},
	})
}

// oneFunc returns the only element of a collection, or null when empty.
func oneFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the only element of a list, set or tuple, null when it is empty, and an error when it has more.",
		Params:      []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
		Type: func(args []cty.Value) (cty.Type, error) {
			ty := args[0].Type()
			switch {
			case ty.IsListType() || ty.IsSetType():
				return ty.ElementType(), nil
			case ty.IsTupleType():
				switch elems := ty.TupleElementTypes(); len(elems) {
				case 0:
					return cty.DynamicPseudoType, nil
				case 1:
					return elems[0], nil
				}
			default:
				return cty.NilType, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
			}
			return cty.NilType, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
		},
		Impl: func(args []cty.Value, ty cty.Type) (cty.Value, error) {
			n := args[0].Length()
			if !n.IsKnown() {
				return cty.UnknownVal(ty), nil
			}
			switch args[0].LengthInt() {
			case 0:
				return cty.NullVal(ty), nil
			case 1:
				it := args[0].ElementIterator()
				it.Next()
				_, v := it.Element()
				return v, nil
			}
			return cty.NilVal, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
		},
	})
}

// matchkeys keeps the values whose key at the same position is in searchset.
func matchkeysFunc() function.Function {
	list := func(name string) function.Parameter {
		return function.Parameter{Name: name, Type: cty.List(cty.DynamicPseudoType)}
	}
	return function.New(&function.Spec{
		Description: "Returns the elements of values whose key at the same index is in searchset.",
		Params:      []function.Parameter{list("values"), list("keys"), list("searchset")},
		Type: func(args []cty.Value) (cty.Type, error) {
			if _, err := unifyKeys(args[1], args[2]); err != nil {
				return cty.NilType, err
			}
			return args[0].Type(), nil
		},
		Impl: func(args []cty.Value, ty cty.Type) (cty.Value, error) {
			if !args[0].IsWhollyKnown() || !args[1].IsWhollyKnown() || !args[2].IsWhollyKnown() {
				return cty.UnknownVal(ty), nil
			}
			if args[0].LengthInt() != args[1].LengthInt() {
				return cty.NilVal, errors.New("length of keys and values should be equal")
			}
			pair, _ := unifyKeys(args[1], args[2])
			var out []cty.Value
			values, keys := args[0].AsValueSlice(), pair[0].AsValueSlice()
			for i, k := range keys {
				for it := pair[1].ElementIterator(); it.Next(); {
					if _, s := it.Element(); k.Equals(s).True() {
						out = append(out, values[i])
						break
					}
				}
			}
			if len(out) == 0 {
				return cty.ListValEmpty(ty.ElementType()), nil
			}
			return cty.ListVal(out), nil
		},
	})
}

// unifyKeys converts keys and searchset to lists of one element type.
func unifyKeys(keys, search cty.Value) ([2]cty.Value, error) {
	kt, st := keys.Type().ElementType(), search.Type().ElementType()
	ty, _ := convert.UnifyUnsafe([]cty.Type{kt, st})
	if ty == cty.NilType {
		return [2]cty.Value{}, errors.New("keys and searchset must be of the same type")
	}
	k, err := convert.Convert(keys, cty.List(ty))
	if err != nil {
		return [2]cty.Value{}, function.NewArgError(1, err)
	}
	s, err := convert.Convert(search, cty.List(ty))
	if err != nil {
		return [2]cty.Value{}, function.NewArgError(2, err)
	}
	return [2]cty.Value{k, s}, nil
}
