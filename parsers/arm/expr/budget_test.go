package expr

import (
	"errors"
	"strings"
	"testing"

	"github.com/moatscan/moat/parsers/arm/funcs"
)

func TestBudget(t *testing.T) {
	useLibrary(t, fakeLookup)
	withCalls := func(n int) func() *fakeScope {
		return func() *fakeScope {
			s := newScope()
			s.ctx.Budget.Calls = n
			s.funcs["ns.f"] = &Function{Body: mustParse(t, "[concat('x')]")}
			return s
		}
	}
	const used = "the evaluation used up its budget of function calls"
	runEval(t, withCalls(3), []evalCase{
		{name: "just enough", src: "[concat(concat('a'), concat('b'))]", want: "ab"},
		{name: "one short", src: "[concat(concat('a'), concat('b'), concat('c'))]",
			err: &Error{Start: 34, End: 45, Msg: used, Limit: true}},
		{name: "special forms count", src: "[concat(parameters('name'), variables('prefix'), parameters('name'))]",
			err: &Error{Start: 49, End: 67, Msg: used, Limit: true}},
		{name: "user-defined calls count", src: "[concat(ns.f(), ns.f(), ns.f())]",
			err: &Error{Start: 16, End: 22, Msg: used, Limit: true}},
		{name: "lambda bodies count", src: "[map(createArray(1, 2), lambda('x', concat('a')))]",
			err: &Error{Start: 36, End: 47, Msg: used, Limit: true}},
		{name: "branches of an unknown condition", src: "[if(parameters('unset'), concat('a'), concat('b'))]",
			err: &Error{Start: 38, End: 49, Msg: used, Limit: true}},
	})
	runEval(t, func() *fakeScope {
		s := newScope()
		s.ctx = &funcs.Ctx{}
		return s
	}, []evalCase{
		{name: "no budget", src: "[concat(" + strings.Repeat("concat('a'), ", 1500) + "'b')]", want: strings.Repeat("a", 1500) + "b"},
	})
	runEval(t, func() *fakeScope {
		s := newScope()
		s.ctx = nil
		return s
	}, []evalCase{
		{name: "no context", src: "[concat('a', 'b')]", want: "ab"},
	})
}

func TestBudgetTaken(t *testing.T) {
	useLibrary(t, fakeLookup)
	s := newScope()
	s.ctx.Budget.Calls = 10
	for range 2 {
		if _, err := mustParse(t, "[concat('a', concat(parameters('name')), utcNow())]").Eval(s); err != nil {
			t.Fatal(err)
		}
	}
	if s.ctx.Budget.Calls != 2 {
		t.Errorf("calls left = %d, want 2", s.ctx.Budget.Calls)
	}
}

func TestBudgetItems(t *testing.T) {
	useLibrary(t, fakeLookup)
	tests := []struct {
		name string
		src  string
	}{
		{"access chain on an unknown", "[utcNow()" + strings.Repeat(".a", 400) + "]"},
		{"access chain on a reference", "[parameters('cluster')" + strings.Repeat("[0]", 400) + "]"},
		{"unknowns in a lambda", "[map(createArray(" + strings.Repeat("1, ", 300) + "1), lambda('x', concat(utcNow(), '" + strings.Repeat("x", 50) + "')))]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScope()
			_, err := mustParse(t, tt.src).Eval(s)
			var e *Error
			if !errors.As(err, &e) || !e.Limit || e.Msg != "the evaluation used up its budget of items and bytes" {
				t.Fatalf("Eval: %v, want the items budget to run out", err)
			}
			if s.ctx.Budget.Items < 0 {
				t.Errorf("items left = %d", s.ctx.Budget.Items)
			}
		})
	}
}
