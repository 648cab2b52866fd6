package expr

import (
	"math"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestCopyIndex(t *testing.T) {
	useLibrary(t, fakeLookup)
	runEval(t, newScope, []evalCase{
		{name: "innermost", src: "[copyIndex()]", want: int64(2)},
		{name: "offset", src: "[copyIndex(1)]", want: int64(3)},
		{name: "negative offset", src: "[copyIndex(-2)]", want: int64(0)},
		{name: "named loop", src: "[copyIndex('disks')]", want: int64(5)},
		{name: "named loop ignores case", src: "[copyIndex('DISKS', -1)]", want: int64(4)},
		{name: "computed name", src: "[copyIndex(concat('di', 'sks'), 10)]", want: int64(15)},
		{name: "unknown offset", src: "[copyIndex('disks', parameters('unset'))]",
			want: &value.Unknown{Reason: "parameter 'unset' has no value", Text: "[copyIndex('disks', parameters('unset'))]"}},
		{name: "no such loop", src: "[copyIndex('nope')]",
			err: &Error{Start: 1, End: 18, Msg: "there is no copy loop named 'nope'"}},
		{name: "offset not an int", src: "[copyIndex('disks', 'x')]",
			err: &Error{Start: 20, End: 23, Msg: "copyIndex: the offset must be an int, got string"}},
		{name: "loop name not a string", src: "[copyIndex(1, 2)]",
			err: &Error{Start: 11, End: 12, Msg: "copyIndex: the loop name must be a string, got int"}},
		{name: "argument of another type", src: "[copyIndex(true())]",
			err: &Error{Start: 11, End: 17, Msg: "copyIndex: expected a loop name or an offset, got bool"}},
		{name: "error in an argument", src: "[copyIndex(fail())]",
			err: &Error{Start: 11, End: 17, Msg: "fail: boom"}},
	})
	runEval(t, func() *fakeScope {
		s := newScope()
		s.loops[""] = math.MaxInt64
		return s
	}, []evalCase{
		{name: "overflow", src: "[copyIndex(1)]",
			err: &Error{Start: 1, End: 13, Msg: "copyIndex: the index 9223372036854775807 plus the offset 1 overflows"}},
	})
}

func TestIf(t *testing.T) {
	useLibrary(t, fakeLookup)
	const unset = "parameter 'unset' has no value"
	runEval(t, newScope, []evalCase{
		{name: "true", src: "[if(true(), 'a', 'b')]", want: "a"},
		{name: "false", src: "[IF(false(), 'a', 'b')]", want: "b"},
		{name: "untaken error", src: "[if(true(), 'a', fail())]", want: "a"},
		{name: "untaken error on the left", src: "[if(false(), fail(), 'b')]", want: "b"},
		{name: "untaken unsupported function", src: "[if(parameters('prod'), 'a', foo())]", want: "a"},
		{name: "untaken bad index", src: "[if(parameters('prod'), parameters('ports')[1], parameters('ports')[9])]", want: int64(443)},
		{name: "taken error", src: "[if(true(), fail(), 'b')]",
			err: &Error{Start: 12, End: 18, Msg: "fail: boom"}},
		{name: "unknown condition", src: "[if(parameters('unset'), 'a', 'b')]",
			want: &value.Unknown{Reason: unset, Text: "[if(parameters('unset'), 'a', 'b')]"}},
		{name: "unknown condition with equal branches", src: "[if(parameters('unset'), 'a', concat('a'))]", want: "a"},
		{name: "unknown condition with equal arrays", src: "[if(parameters('unset'), createArray(1), createArray(1))]", want: []any{int64(1)}},
		{name: "unknown condition with an unknown branch", src: "[if(parameters('unset'), utcNow(), utcNow())]",
			want: &value.Unknown{Reason: unset, Text: "[if(parameters('unset'), utcNow(), utcNow())]"}},
		{name: "unknown condition with a failing branch", src: "[if(parameters('unset'), fail(), 'a')]",
			want: &value.Unknown{Reason: unset, Text: "[if(parameters('unset'), fail(), 'a')]"}},
		{name: "unknown value of a known condition", src: "[if(true(), parameters('unset'), 'b')]",
			want: &value.Unknown{Reason: unset, Text: "[parameters('unset')]"}},
		{name: "condition not a bool", src: "[if('yes', 1, 2)]",
			err: &Error{Start: 4, End: 9, Msg: "if: the condition must be a bool, got string"}},
		{name: "error in the condition", src: "[if(fail(), 1, 2)]",
			err: &Error{Start: 4, End: 10, Msg: "fail: boom"}},
		{name: "arity", src: "[if(true(), 1)]",
			err: &Error{Start: 1, End: 14, Msg: "function 'if' takes 3 arguments, got 2"}},
	})
}

func TestLambda(t *testing.T) {
	useLibrary(t, fakeLookup)
	runEval(t, newScope, []evalCase{
		{name: "map", src: "[map(createArray(1, 2, 3), lambda('x', add(lambdaVariables('x'), 1)))]",
			want: []any{int64(2), int64(3), int64(4)}},
		{name: "filter", src: "[filter(parameters('ports'), lambda('p', greater(lambdaVariables('p'), 100)))]",
			want: []any{int64(443)}},
		{name: "reduce", src: "[reduce(createArray(1, 2, 3), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]",
			want: int64(6)},
		{name: "index variable", src: "[map(variables('names'), lambda('n', 'i', createArray(lambdaVariables('n'), lambdaVariables('i'))))]",
			want: []any{[]any{"a", int64(0)}, []any{"b", int64(1)}, []any{"c", int64(2)}}},
		{name: "nested lambdas see outer variables", src: "[map(createArray(1, 2), lambda('x', map(createArray(10, 20), lambda('y', add(lambdaVariables('x'), lambdaVariables('y'))))))]",
			want: []any{[]any{int64(11), int64(21)}, []any{int64(12), int64(22)}}},
		{name: "inner variable shadows", src: "[map(createArray(1), lambda('x', map(createArray(5), lambda('x', lambdaVariables('x')))))]",
			want: []any{[]any{int64(5)}}},
		{name: "variable names ignore case", src: "[MAP(createArray(1), LAMBDA('X', lambdaVariables('x')))]",
			want: []any{int64(1)}},
		{name: "body reads parameters", src: "[map(createArray(1), lambda('x', add(lambdaVariables('x'), parameters('count'))))]",
			want: []any{int64(4)}},
		{name: "unknown array", src: "[map(parameters('unset'), lambda('x', 1))]",
			want: &value.Unknown{Reason: "parameter 'unset' has no value", Text: "[map(parameters('unset'), lambda('x', 1))]"}},
		{name: "unknown variable name", src: "[map(createArray(1), lambda('x', lambdaVariables(utcNow())))]",
			want: []any{&value.Unknown{Reason: "utcNow() is known only at deployment", Text: "[lambdaVariables(utcNow())]"}}},
		{name: "error in the body", src: "[map(createArray(1), lambda('x', fail()))]",
			err: &Error{Start: 33, End: 39, Msg: "fail: boom"}},
		{name: "unsupported function in the body", src: "[map(createArray(1), lambda('x', foo()))]",
			err: &Error{Start: 33, End: 38, Msg: "function 'foo' is not a template function", Unsupported: "foo"}},
		{name: "called with too many arguments", src: "[reduce(createArray(1), 0, lambda('x', 1))]",
			err: &Error{Start: 27, End: 41, Msg: "lambda: takes 1 argument, got 2"}},
		{name: "outside a lambda", src: "[lambdaVariables('x')]",
			err: &Error{Start: 1, End: 21, Msg: "lambdaVariables: 'x' is not a variable of an enclosing lambda"}},
		{name: "unbound variable", src: "[map(createArray(1), lambda('x', lambdaVariables('y')))]",
			err: &Error{Start: 33, End: 53, Msg: "lambdaVariables: 'y' is not a variable of an enclosing lambda"}},
		{name: "variable name not a string", src: "[map(createArray(1), lambda('x', lambdaVariables(1)))]",
			err: &Error{Start: 49, End: 50, Msg: "lambdaVariables: the name must be a string, got int"}},
		{name: "name not a literal", src: "[map(createArray(1), lambda(concat('x'), 1))]",
			err: &Error{Start: 28, End: 39, Msg: "lambda: a variable name must be a 'string'"}},
		{name: "empty name", src: "[map(createArray(1), lambda('', 1))]",
			err: &Error{Start: 28, End: 30, Msg: "lambda: a variable name must not be empty"}},
		{name: "name twice", src: "[reduce(createArray(1), 0, lambda('a', 'A', 1))]",
			err: &Error{Start: 39, End: 42, Msg: "lambda: the variable 'A' is named twice"}},
		{name: "no body", src: "[map(createArray(1), lambda('x'))]",
			err: &Error{Start: 21, End: 32, Msg: "function 'lambda' takes at least 2 arguments, got 1"}},
		{name: "at the top", src: "[lambda('x', 1)]",
			err: &Error{Start: 1, End: 15, Msg: "lambda() can only be an argument of filter, groupBy, map, mapValues, reduce, sort or toObject"}},
		{name: "argument of another function", src: "[createArray(lambda('x', 1))]",
			err: &Error{Start: 13, End: 27, Msg: "lambda() can only be an argument of filter, groupBy, map, mapValues, reduce, sort or toObject"}},
		{name: "inside if", src: "[map(createArray(1), if(true(), lambda('x', 1), 2))]",
			err: &Error{Start: 32, End: 46, Msg: "lambda() can only be an argument of filter, groupBy, map, mapValues, reduce, sort or toObject"}},
	})
}
