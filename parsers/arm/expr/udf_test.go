package expr

import (
	"strings"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

// mustParse parses src or ends the test.
func mustParse(t testing.TB, src string) *Expr {
	t.Helper()
	e, err := Parse(src)
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return e
}

// udfScope returns newScope with a set of user-defined functions.
func udfScope(t *testing.T) func() *fakeScope {
	body := func(params []string, src string) *Function {
		return &Function{Params: params, Body: mustParse(t, src)}
	}
	outRec := mustParse(t, "[ns.outrec()]")
	outRef := mustParse(t, "[reference('x')]")
	deep := "[" + strings.Repeat("concat(", 400) + "ns.deep()" + strings.Repeat(")", 400) + "]"
	return func() *fakeScope {
		s := newScope()
		s.ctx.Budget.Calls = 100000
		s.funcs = map[string]*Function{
			"ns.greet":    body([]string{"name"}, "[concat('Hi ', parameters('name'))]"),
			"ns.twice":    body([]string{"x"}, "[add(parameters('X'), parameters('x'))]"),
			"ns.usevar":   body(nil, "[variables('prefix')]"),
			"ns.other":    body([]string{"p"}, "[parameters('name')]"),
			"ns.ref":      body(nil, "[reference('x').id]"),
			"ns.list":     body(nil, "[listKeys('x', '1')]"),
			"ns.chain":    body([]string{"n"}, "[ns.greet(parameters('n'))]"),
			"ns.rec":      body([]string{"n"}, "[ns.rec(parameters('n'))]"),
			"ns.deep":     body(nil, deep),
			"ns.bad":      body(nil, "[foo()]"),
			"ns.wrapbad":  body(nil, "[ns.bad()]"),
			"ns.lambda":   body([]string{"xs"}, "[map(parameters('xs'), lambda('x', add(lambdaVariables('x'), 1)))]"),
			"ns.peek":     body(nil, "[lambdaVariables('x')]"),
			"ns.copy":     body(nil, "[copyIndex('disks')]"),
			"ns.suffix":   body([]string{"a"}, "[concat(parameters('a'), 'x')]"),
			"ns.nooutput": {},
			"ns.obj": {Params: []string{"n"}, Output: func(s Scope) (any, error) {
				v, err := s.Parameter("n")
				if err != nil {
					return nil, err
				}
				return obj("hello", v), nil
			}},
			"ns.objerr": {Output: func(s Scope) (any, error) { return s.Variable("x") }},
			"ns.outrec": {Output: func(s Scope) (any, error) {
				v, err := outRec.Eval(s)
				return []any{v}, err
			}},
			"ns.outref": {Output: func(s Scope) (any, error) { return outRef.Eval(s) }},
		}
		return s
	}
}

func TestUserFunctions(t *testing.T) {
	useLibrary(t, fakeLookup)
	runEval(t, udfScope(t), []evalCase{
		{name: "call", src: "[ns.greet('Ann')]", want: "Hi Ann"},
		{name: "names ignore case", src: "[NS.Greet('Ann')]", want: "Hi Ann"},
		{name: "parameter names ignore case", src: "[ns.twice(21)]", want: int64(42)},
		{name: "calls another function", src: "[ns.chain('Bo')]", want: "Hi Bo"},
		{name: "lambda in the body", src: "[ns.lambda(createArray(1, 2))]", want: []any{int64(2), int64(3)}},
		{name: "copy index of the caller", src: "[ns.copy()]", want: int64(5)},
		{name: "access on the result", src: "[ns.obj('x').hello]", want: "x"},
		{name: "output not an expression", src: "[ns.obj(1)]", want: obj("hello", int64(1))},
		{name: "unknown argument", src: "[ns.suffix(parameters('unset'))]",
			want: &value.Unknown{Reason: "parameter 'unset' has no value", Text: "[concat(parameters('a'), 'x')]"}},
		{name: "not defined", src: "[ns.nope()]",
			err: &Error{Start: 1, End: 10, Msg: "function 'ns.nope' is not defined in the template's functions"}},
		{name: "arity", src: "[ns.greet()]",
			err: &Error{Start: 1, End: 11, Msg: "function 'ns.greet' takes 1 argument, got 0"}},
		{name: "error in an argument", src: "[ns.greet(fail())]",
			err: &Error{Start: 10, End: 16, Msg: "fail: boom"}},
		{name: "variables", src: "[concat(ns.usevar())]",
			err: &Error{Start: 8, End: 19, Msg: "in function 'ns.usevar': the user-defined function 'ns.usevar' cannot read variables('prefix'): user-defined functions cannot use variables"}},
		{name: "parameters of the template", src: "[ns.other(1)]",
			err: &Error{Start: 1, End: 12, Msg: "in function 'ns.other': 'name' is not a parameter of the user-defined function 'ns.other', which can read only its own parameters"}},
		{name: "reference", src: "[ns.ref()]",
			err: &Error{Start: 1, End: 9, Msg: "in function 'ns.ref': the user-defined function 'ns.ref' cannot call reference(): user-defined functions cannot use reference() or the list functions"}},
		{name: "list function", src: "[ns.list()]",
			err: &Error{Start: 1, End: 10, Msg: "in function 'ns.list': the user-defined function 'ns.list' cannot call listKeys(): user-defined functions cannot use reference() or the list functions"}},
		{name: "unsupported function in the body", src: "[ns.bad()]",
			err: &Error{Start: 1, End: 9, Msg: "in function 'ns.bad': function 'foo' is not a template function", Unsupported: "foo"}},
		{name: "innermost function named", src: "[ns.wrapbad()]",
			err: &Error{Start: 1, End: 13, Msg: "in function 'ns.bad': function 'foo' is not a template function", Unsupported: "foo"}},
		{name: "lambda variables of the caller", src: "[map(createArray(1), lambda('x', ns.peek()))]",
			err: &Error{Start: 33, End: 42, Msg: "in function 'ns.peek': lambdaVariables: 'x' is not a variable of an enclosing lambda"}},
		{name: "lambda argument", src: "[ns.greet(lambda('x', 1))]",
			err: &Error{Start: 10, End: 24, Msg: "lambda() can only be an argument of filter, groupBy, map, mapValues, reduce, sort or toObject"}},
		{name: "no output", src: "[ns.nooutput()]",
			err: &Error{Start: 1, End: 14, Msg: "in function 'ns.nooutput': the function has no output"}},
		{name: "error of an output", src: "[ns.objerr()]",
			err: &Error{Start: 1, End: 12, Msg: "in function 'ns.objerr': the user-defined function 'ns.objerr' cannot read variables('x'): user-defined functions cannot use variables"}},
		{name: "recursion through an output", src: "[ns.outrec()]",
			err: &Error{Start: 1, End: 12, Msg: "in function 'ns.outrec': user-defined functions call each other more than 64 deep", Limit: true}},
		{name: "reference in an output", src: "[ns.outref()]",
			err: &Error{Start: 1, End: 12, Msg: "in function 'ns.outref': the user-defined function 'ns.outref' cannot call reference(): user-defined functions cannot use reference() or the list functions"}},
		{name: "recursion", src: "[ns.rec(1)]",
			err: &Error{Start: 1, End: 10, Msg: "in function 'ns.rec': user-defined functions call each other more than 64 deep", Limit: true}},
		{name: "deep recursion", src: "[ns.deep()]",
			err: &Error{Start: 1, End: 10, Msg: "in function 'ns.deep': the evaluation nests deeper than 2048 levels", Limit: true}},
	})
}
