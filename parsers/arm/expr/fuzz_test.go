package expr

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// realThenFake finds a function in the library, else in fakeLibrary.
func realThenFake(name string) (funcs.Func, bool) {
	if f, ok := funcs.Lookup(name); ok {
		return f, true
	}
	return fakeLookup(name)
}

var fuzzSeeds = []string{
	"[concat('st', uniqueString(resourceGroup().id))]",
	"[parameters('settings').sku.name]",
	"[variables('names')[copyIndex('disks', -1)]]",
	"[if(parameters('unset'), 'a', concat('a'))]",
	"[map(createArray(1, 2), lambda('x', map(createArray(3), lambda('y', add(lambdaVariables('x'), lambdaVariables('y'))))))]",
	"[reduce(parameters('ports'), 0, lambda('a', 'b', add(lambdaVariables('a'), lambdaVariables('b'))))]",
	"[filter(variables('names'), lambda('n', 'i', greater(lambdaVariables('i'), 0)))]",
	"[reference('aks', '2024-01-01', 'Full').properties.oidcIssuerProfile['issuerURL']]",
	"[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').keys[0].value]",
	"[ns.greet(parameters('name'))]",
	"[ns.rec(1)]",
	"[ns.lambda(createArray(1))]",
	"[format('{0}-{1}', parameters('name'), string(copyIndex(1)))]",
	"[json('{\"a\": [1, 2]}').a[1]]",
	"[range(0, 100000)]",
	"[ \n concat (\r\n 'it''s' ,\t-1 ) ]",
	"[f('a\n]b[')]",
	"[[escaped]",
	"[concat('a'",
	"[a.b.c()]",
	"[f(1.5)]",
	"[]",
}

func FuzzExpr(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	useLibrary(f, realThenFake)
	funcScope := fuzzScope(f)
	f.Fuzz(func(t *testing.T, src string) {
		e, err := Parse(src)
		e2, err2 := Parse(src)
		if diff := cmp.Diff(err, err2, valueOpts); diff != "" {
			t.Fatalf("Parse is not deterministic (-first +second):\n%s", diff)
		}
		if err != nil {
			checkError(t, src, err)
			return
		}
		if diff := cmp.Diff(e, e2); diff != "" {
			t.Fatalf("Parse is not deterministic (-first +second):\n%s", diff)
		}
		checkSpans(t, src, e.Root, 0, len(src))
		v1, err1 := e.Eval(funcScope())
		v2, err2 := e.Eval(funcScope())
		if r1, r2 := render(v1), render(v2); r1 != r2 {
			t.Fatalf("Eval is not deterministic: %s, then %s", r1, r2)
		}
		if diff := cmp.Diff(err1, err2, valueOpts); diff != "" {
			t.Fatalf("Eval is not deterministic (-first +second):\n%s", diff)
		}
		if err1 != nil {
			checkError(t, src, err1)
		}
	})
}

// fuzzScope returns a function that makes the scope of one evaluation,
// with a small budget.
func fuzzScope(t testing.TB) func() *fakeScope {
	greet := mustParse(t, "[concat('Hi ', parameters('name'))]")
	rec := mustParse(t, "[ns.rec(parameters('n'))]")
	lambda := mustParse(t, "[map(parameters('xs'), lambda('x', lambdaVariables('x')))]")
	return func() *fakeScope {
		s := newScope()
		s.ctx = &funcs.Ctx{Budget: &funcs.Budget{Calls: 300, Items: 10000}}
		s.funcs = map[string]*Function{
			"ns.greet":  {Params: []string{"name"}, Body: greet},
			"ns.rec":    {Params: []string{"n"}, Body: rec},
			"ns.lambda": {Params: []string{"xs"}, Body: lambda},
		}
		return s
	}
}

// checkError checks that err is an *Error whose span is inside src.
func checkError(t *testing.T, src string, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	if e.Start < 0 || e.End > len(src) || e.Start > e.End {
		t.Fatalf("error %q spans %d-%d, outside [0, %d]", e.Msg, e.Start, e.End, len(src))
	}
}

// checkSpans checks that n's span is inside [lo, hi] and its children's
// inside its own.
func checkSpans(t *testing.T, src string, n Node, lo, hi int) {
	t.Helper()
	start, end := n.Span()
	if start < lo || end > hi || start >= end {
		t.Fatalf("node %T spans %d-%d, outside [%d, %d] of %q", n, start, end, lo, hi, src)
	}
	Walk(n, func(c Node) bool {
		if c != n {
			checkSpans(t, src, c, start, end)
		}
		return c == n
	})
}

// render writes a value in full, for comparisons.
func render(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = render(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case *value.Object:
		parts := make([]string, 0, x.Len())
		for _, k := range x.Keys() {
			e, _ := x.Get(k)
			parts = append(parts, fmt.Sprintf("%q:%s", k, render(e)))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case *value.Unknown:
		ref := ""
		if x.Ref != nil {
			ref = fmt.Sprintf(" ref=%s%v%v", render(x.Ref.Target), x.Ref.Path, x.Ref.Full)
		}
		return fmt.Sprintf("unknown(%q %q %v%s)", x.Reason, x.Text, x.Scope, ref)
	case *value.Lambda:
		keys := append([]string(nil), x.Params...)
		sort.Strings(keys)
		return "lambda" + fmt.Sprint(keys)
	}
	return fmt.Sprintf("%T(%#v)", v, v)
}
