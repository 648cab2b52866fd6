package expr

import (
	"testing"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// dogs is the variable of the examples on Microsoft Learn's "Lambda
// functions for ARM templates" page.
func dogs() []any {
	dog := func(name string, age int64, interests ...any) *value.Object {
		return obj("name", name, "age", age, "interests", interests)
	}
	return []any{
		dog("Evie", 5, "Ball", "Frisbee"),
		dog("Casper", 3, "Other dogs"),
		dog("Indy", 2, "Butter"),
		dog("Kira", 8, "Rubs"),
	}
}

// TestLibrary evaluates with the real function library: the lambda
// examples of Microsoft Learn's "Lambda functions for ARM templates"
// page, and unknowns through Lazy functions.
func TestLibrary(t *testing.T) {
	for _, name := range []string{"filter", "map", "reduce", "sort", "toObject", "concat", "format", "range", "mod", "union", "resourceGroup", "reference", "listKeys"} {
		if _, ok := funcs.Lookup(name); !ok {
			t.Skipf("the function library has no %s()", name)
		}
	}
	useLibrary(t, funcs.Lookup)
	scope := func() *fakeScope {
		s := newScope()
		s.vars["dogs"] = dogs()
		s.ctx = &funcs.Ctx{Env: funcs.NewEnv(funcs.ResourceGroup), Budget: funcs.DefaultBudget()}
		return s
	}
	names := func(xs ...string) []any {
		out := make([]any, len(xs))
		for i, x := range xs {
			out[i] = x
		}
		return out
	}
	runEval(t, scope, []evalCase{
		{name: "filter old dogs", src: "[map(filter(variables('dogs'), lambda('dog', greaterOrEquals(lambdaVariables('dog').age, 5))), lambda('d', lambdaVariables('d').name))]",
			want: names("Evie", "Kira")},
		{name: "filter even", src: "[filter(range(0, 10), lambda('i', equals(0, mod(lambdaVariables('i'), 2))))]",
			want: []any{int64(0), int64(2), int64(4), int64(6), int64(8)}},
		{name: "map names", src: "[map(variables('dogs'), lambda('dog', lambdaVariables('dog').name))]",
			want: names("Evie", "Casper", "Indy", "Kira")},
		{name: "map format", src: "[map(variables('dogs'), lambda('dog', format('Hello {0}!', lambdaVariables('dog').name)))]",
			want: names("Hello Evie!", "Hello Casper!", "Hello Indy!", "Hello Kira!")},
		{name: "map index into a variable", src: "[map(range(0, length(variables('dogs'))), lambda('i', createObject('i', lambdaVariables('i'), 'dog', variables('dogs')[lambdaVariables('i')].name)))[3]]",
			want: obj("i", int64(3), "dog", "Kira")},
		{name: "reduce ages", src: "[reduce(map(variables('dogs'), lambda('dog', lambdaVariables('dog').age)), 1, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]",
			want: int64(19)},
		{name: "reduce union", src: "[reduce(createArray(createObject('foo', 123), createObject('bar', 456), createObject('baz', 789)), createObject(), lambda('cur', 'next', union(lambdaVariables('cur'), lambdaVariables('next'))))]",
			want: obj("foo", int64(123), "bar", int64(456), "baz", int64(789))},
		{name: "sort by age", src: "[map(sort(variables('dogs'), lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age))), lambda('d', lambdaVariables('d').name))]",
			want: names("Indy", "Casper", "Evie", "Kira")},
		{name: "to object", src: "[toObject(variables('dogs'), lambda('entry', lambdaVariables('entry').name), lambda('entry', lambdaVariables('entry').age))]",
			want: obj("Evie", int64(5), "Casper", int64(3), "Indy", int64(2), "Kira", int64(8))},
		{name: "scope unknown through concat", src: "[concat(resourceGroup().id, '/x')]",
			want: &value.Unknown{Reason: "the subscription is known at deployment", Scope: true, Text: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/x"}},
		{name: "reference path", src: "[reference('aks').oidcIssuerProfile.issuerURL]",
			want: &value.Unknown{Reason: "reference() is known only at deployment", Text: "[reference('aks').oidcIssuerProfile.issuerURL]",
				Ref: &value.Ref{Target: "aks", Path: []string{"oidcIssuerProfile", "issuerURL"}}}},
	})
}
