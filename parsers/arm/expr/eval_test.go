package expr

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/moatscan/moat/parsers/arm/value"
)

// evalCase is one expression and its value or error.
type evalCase struct {
	name string
	src  string
	want any
	err  *Error // Start, End, Msg, Unsupported and Limit are compared
}

// objectsEqual compares objects key by key, in order.
func objectsEqual(a, b *value.Object) bool {
	if !cmp.Equal(a.Keys(), b.Keys()) {
		return false
	}
	for _, k := range a.Keys() {
		av, _ := a.Get(k)
		bv, _ := b.Get(k)
		if !cmp.Equal(av, bv, cmp.Comparer(objectsEqual)) {
			return false
		}
	}
	return true
}

var valueOpts = cmp.Options{cmp.Comparer(objectsEqual), cmpopts.IgnoreUnexported(Error{}), cmpopts.IgnoreFields(Error{}, "Partial")}

// runEval parses and evaluates each case in the scope newScope returns.
func runEval(t *testing.T, newScope func() *fakeScope, tests []evalCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Parse(tt.src)
			if err != nil {
				t.Fatalf("Parse(%q): %v", clip(tt.src), err)
			}
			got, err := e.Eval(newScope())
			if tt.err != nil {
				var ee *Error
				if !errors.As(err, &ee) {
					t.Fatalf("Eval(%q) = %v, %v; want an *Error", clip(tt.src), got, err)
				}
				if diff := cmp.Diff(tt.err, ee, valueOpts); diff != "" {
					t.Errorf("Eval(%q) error (-want +got):\n%s", clip(tt.src), diff)
				}
				return
			}
			if err != nil {
				t.Fatalf("Eval(%q): %v", clip(tt.src), err)
			}
			if diff := cmp.Diff(tt.want, got, valueOpts); diff != "" {
				t.Errorf("Eval(%q) (-want +got):\n%s", clip(tt.src), diff)
			}
		})
	}
}

func TestEval(t *testing.T) {
	useLibrary(t, fakeLookup)
	runEval(t, newScope, []evalCase{
		{name: "parameter", src: "[parameters('name')]", want: "web"},
		{name: "names ignore case", src: "[PARAMETERS('NAME')]", want: "web"},
		{name: "variable", src: "[variables('prefix')]", want: "st"},
		{name: "library call", src: "[concat(variables('prefix'), parameters('name'), '-1')]", want: "stweb-1"},
		{name: "library names ignore case", src: "[CONCAT('a', 'b')]", want: "ab"},
		{name: "integers", src: "[add(-3, 5)]", want: int64(2)},
		{name: "true", src: "[true()]", want: true},
		{name: "null", src: "[null()]", want: nil},
		{name: "property", src: "[parameters('settings').sku.name]", want: "P1"},
		{name: "property ignores case", src: "[parameters('settings').SKU.Name]", want: "P1"},
		{name: "string index on an object", src: "[parameters('settings')['TIER']]", want: "Premium"},
		{name: "int index on an array", src: "[parameters('ports')[1]]", want: int64(443)},
		{name: "index by a call", src: "[variables('names')[copyIndex()]]", want: "c"},
		{name: "access on a call", src: "[createObject('a', createArray(1, 2)).a[0]]", want: int64(1)},
		{name: "object result", src: "[createObject('b', 1, 'a', 2)]", want: obj("b", int64(1), "a", int64(2))},
		{name: "unknown parameter", src: "[parameters('unset')]", want: &value.Unknown{Reason: "parameter 'unset' has no value", Text: "[parameters('unset')]"}},
	})
}

func TestEvalErrors(t *testing.T) {
	useLibrary(t, fakeLookup)
	runEval(t, newScope, []evalCase{
		{name: "missing parameter", src: "[parameters('missing')]",
			err: &Error{Start: 1, End: 22, Msg: "parameter 'missing' is not defined"}},
		{name: "missing variable", src: "[concat(variables('x'))]",
			err: &Error{Start: 8, End: 22, Msg: "variable 'x' is not defined"}},
		{name: "unsupported function", src: "[concat('a', foo(1))]",
			err: &Error{Start: 13, End: 19, Msg: "function 'foo' is not a template function", Unsupported: "foo"}},
		{name: "too few arguments", src: "[add(1)]",
			err: &Error{Start: 1, End: 7, Msg: "function 'add' takes 2 arguments, got 1"}},
		{name: "too many arguments", src: "[add(1, 2, 3)]",
			err: &Error{Start: 1, End: 13, Msg: "function 'add' takes 2 arguments, got 3"}},
		{name: "no arguments for a variadic", src: "[concat()]",
			err: &Error{Start: 1, End: 9, Msg: "function 'concat' takes at least 1 argument, got 0"}},
		{name: "special form arity", src: "[parameters()]",
			err: &Error{Start: 1, End: 13, Msg: "function 'parameters' takes 1 argument, got 0"}},
		{name: "special form range", src: "[copyIndex(1, 2, 3)]",
			err: &Error{Start: 1, End: 19, Msg: "function 'copyIndex' takes 0 to 2 arguments, got 3"}},
		{name: "library error", src: "[concat('a', fail())]",
			err: &Error{Start: 13, End: 19, Msg: "fail: boom"}},
		{name: "library error is not evaluated twice", src: "[fail(fail())]",
			err: &Error{Start: 6, End: 12, Msg: "fail: boom"}},
		{name: "name not a string", src: "[parameters(1)]",
			err: &Error{Start: 12, End: 13, Msg: "parameters: the name must be a string, got int"}},
		{name: "missing property", src: "[parameters('settings').nope]",
			err: &Error{Start: 1, End: 28, Msg: "the object has no property 'nope': it has tier, sku"}},
		{name: "missing key", src: "[createObject()['k']]",
			err: &Error{Start: 1, End: 20, Msg: "the object has no property 'k': the object is empty"}},
		{name: "property of a string", src: "[parameters('name').x]",
			err: &Error{Start: 1, End: 21, Msg: "cannot read the property 'x' of a string"}},
		{name: "property of null", src: "[null().x]",
			err: &Error{Start: 1, End: 9, Msg: "cannot read the property 'x' of null"}},
		{name: "property of an array", src: "[parameters('ports').length]",
			err: &Error{Start: 1, End: 27, Msg: "cannot read the property 'length' of an array"}},
		{name: "index out of range", src: "[parameters('ports')[2]]",
			err: &Error{Start: 1, End: 23, Msg: "the index 2 is out of range for an array of length 2"}},
		{name: "negative index", src: "[parameters('ports')[-1]]",
			err: &Error{Start: 1, End: 24, Msg: "the index -1 is out of range for an array of length 2"}},
		{name: "string index on an array", src: "[parameters('ports')['a']]",
			err: &Error{Start: 21, End: 24, Msg: "an array index must be an int, got string"}},
		{name: "int key on an object", src: "[parameters('settings')[0]]",
			err: &Error{Start: 24, End: 25, Msg: "an object key must be a string, got int"}},
		{name: "index of a string", src: "[parameters('name')[0]]",
			err: &Error{Start: 1, End: 22, Msg: "cannot index a string"}},
		{name: "index of an int", src: "[parameters('count')[0]]",
			err: &Error{Start: 1, End: 23, Msg: "cannot index an int"}},
		{name: "bad key on an unknown", src: "[parameters('unset')[true()]]",
			err: &Error{Start: 21, End: 27, Msg: "an index must be an int or a string, got bool"}},
		{name: "budget error of the library", src: "[spend()]",
			err: &Error{Start: 1, End: 8, Msg: "spend: the evaluation budget is exhausted", Limit: true}},
	})
}

func TestEvalNoScope(t *testing.T) {
	useLibrary(t, fakeLookup)
	tests := []struct {
		name string
		src  string
		want any
		msg  string
	}{
		{"library call", "[concat('a', 'b')]", "ab", ""},
		{"parameter", "[parameters('a')]", nil, "parameter 'a' is not defined"},
		{"variable", "[variables('a')]", nil, "variable 'a' is not defined"},
		{"copy index", "[copyIndex()]", nil, "copyIndex() can only be used in a copy loop"},
		{"function", "[ns.f()]", nil, "function 'ns.f' is not defined in the template's functions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Parse(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.Eval(nil)
			msg := ""
			if err != nil {
				msg = err.Error()
			}
			if diff := cmp.Diff([]any{tt.want, tt.msg}, []any{got, msg}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	var nilExpr *Expr
	if _, err := nilExpr.Eval(nil); err == nil {
		t.Error("a nil expression evaluated without an error")
	}
}

// loopless is a scope whose copy loop has an unknown count.
type loopless struct{ *fakeScope }

var errUnknownCount = errors.New("the copy count is known only at deployment")

func (loopless) CopyIndex(string) (int64, error) { return 0, errUnknownCount }

func TestErrorUnwrap(t *testing.T) {
	useLibrary(t, fakeLookup)
	for _, src := range []string{
		"[copyIndex()]",
		"[concat(variables('names')[copyIndex()])]",
		"[ns.copy()]",
		"[map(createArray(1), lambda('x', copyIndex()))]",
	} {
		t.Run(src, func(t *testing.T) {
			s := newScope()
			s.funcs["ns.copy"] = &Function{Body: mustParse(t, "[copyIndex()]")}
			_, err := mustParse(t, src).Eval(loopless{s})
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, errUnknownCount) {
				t.Errorf("Eval = %v; want an *Error wrapping the scope's error", err)
			}
		})
	}
}
