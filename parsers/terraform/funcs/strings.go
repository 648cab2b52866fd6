package funcs

import (
	"regexp"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// startsWithFunc also answers for an unknown string whose known prefix
// decides, as "${x}" templates produce ("aks-${var.name}").
func startsWithFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns true if a string starts with the given prefix.",
		Params: []function.Parameter{
			{Name: "str", Type: cty.String, AllowUnknown: true},
			{Name: "prefix", Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.Bool),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			prefix := args[1].AsString()
			if args[0].IsKnown() {
				return cty.BoolVal(strings.HasPrefix(args[0].AsString(), prefix)), nil
			}
			known := args[0].Range().StringPrefix()
			switch {
			case strings.HasPrefix(known, prefix):
				return cty.True, nil
			case len(known) >= len(prefix):
				return cty.False, nil
			}
			return cty.UnknownVal(cty.Bool).RefineNotNull(), nil
		},
	})
}

func endsWithFunc() function.Function {
	return stringTestFunc("Returns true if a string ends with the given suffix.", "suffix", strings.HasSuffix)
}

func strContainsFunc() function.Function {
	return stringTestFunc("Returns true if a string contains the given substring.", "substr", strings.Contains)
}

func stringTestFunc(desc, name string, test func(s, t string) bool) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params: []function.Parameter{
			{Name: "str", Type: cty.String},
			{Name: name, Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.Bool),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.BoolVal(test(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

// replaceFunc is Terraform's replace: a substring written between slashes
// is a regular expression, whose replacement may name groups ($1, ${name}).
// The size of the result is checked before it is built.
func replaceFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Replaces every occurrence of a substring, or of matches of a /regular expression/.",
		Params: []function.Parameter{
			{Name: "str", Type: cty.String},
			{Name: "substr", Type: cty.String},
			{Name: "replace", Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.String),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			s, sub, repl := args[0].AsString(), args[1].AsString(), args[2].AsString()
			if len(sub) > 1 && sub[0] == '/' && sub[len(sub)-1] == '/' {
				return replaceRegexp(s, sub[1:len(sub)-1], repl)
			}
			n := int64(strings.Count(s, sub))
			total := size{bytes: int64(len(s)) + n*int64(len(repl)-len(sub))}
			if err := total.err("result"); err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(strings.ReplaceAll(s, sub, repl)), nil
		},
	})
}

func replaceRegexp(s, pattern, repl string) (cty.Value, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return cty.NilVal, function.NewArgErrorf(1, "invalid regular expression: %s", err)
	}
	// At most len(s)+1 matches, each replaced by repl; every group
	// reference ($) adds at most the whole input across all matches. The
	// bound is coarse but cheap, and far above what configurations need.
	refs := int64(strings.Count(repl, "$"))
	n := int64(len(s))
	total := size{bytes: n*(1+refs) + (n+1)*int64(len(repl))}
	if err := total.err("result"); err != nil {
		return cty.NilVal, err
	}
	return cty.StringVal(re.ReplaceAllString(s, repl)), nil
}
