package funcs

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/parsers/arm/value"
)

// entry is an object key and value, for comparing objects with go-cmp.
type entry struct {
	Key   string
	Value any
}

var cmpOpts = cmp.Options{
	cmp.Transformer("object", func(o *value.Object) []entry {
		if o == nil {
			return nil
		}
		out := []entry{}
		for _, k := range o.Keys() {
			v, _ := o.Get(k)
			out = append(out, entry{k, v})
		}
		return out
	}),
	cmp.Comparer(func(a, b *value.Lambda) bool { return a == b }),
}

// obj builds an object from key, value pairs.
func obj(kv ...any) *value.Object {
	o := value.NewObject(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

func arr(vs ...any) []any { return append([]any{}, vs...) }

// invoke calls a function as the evaluator does: by name, with its
// argument counts checked, and an unknown for a non-Lazy function given
// an unknown argument.
func invoke(c *Ctx, name string, args ...any) (any, error) {
	f, ok := Lookup(name)
	if !ok {
		return nil, fmt.Errorf("function %q is not registered", name)
	}
	if len(args) < f.Min || (f.Max >= 0 && len(args) > f.Max) {
		return nil, fmt.Errorf("function %q takes %d to %d arguments, got %d", name, f.Min, f.Max, len(args))
	}
	if !f.Lazy {
		if u := firstUnknown(args); u != nil {
			return plain(u), nil
		}
	}
	return f.Call(c, args)
}

// ctx returns a context with the default budget in a resource group
// deployment whose names are unknown.
func ctx() *Ctx { return &Ctx{Env: NewEnv(ResourceGroup), Budget: DefaultBudget()} }

// tc is one call and what it must give: a value, or an error containing
// errText.
type tc struct {
	name    string
	fn      string
	args    []any
	want    any
	errText string
	budget  bool // the error must wrap ErrBudget
}

// runTable runs the cases with a fresh context each, or with c's
// environment and budget when mk is given.
func runTable(t *testing.T, cases []tc, mk func() *Ctx) {
	t.Helper()
	if mk == nil {
		mk = ctx
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := invoke(mk(), tt.fn, tt.args...)
			checkResult(t, got, err, tt)
		})
	}
}

func checkResult(t *testing.T, got any, err error, tt tc) {
	t.Helper()
	if tt.errText != "" || tt.budget {
		if err == nil {
			t.Fatalf("%s: got %#v, want an error", tt.fn, got)
		}
		if !strings.Contains(err.Error(), tt.errText) {
			t.Errorf("%s: error %q does not contain %q", tt.fn, err, tt.errText)
		}
		if tt.budget && !errors.Is(err, ErrBudget) {
			t.Errorf("%s: error %q does not wrap ErrBudget", tt.fn, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("%s: unexpected error: %v", tt.fn, err)
	}
	if diff := cmp.Diff(tt.want, got, cmpOpts); diff != "" {
		t.Errorf("%s: result mismatch (-want +got):\n%s", tt.fn, diff)
	}
}

// unknown values used in the tests.
var (
	scopeRG = &value.Unknown{Reason: "the resource group is known at deployment", Text: "{resourceGroupName}", Scope: true}
	later1  = &value.Unknown{Reason: "parameter 'x' has no value", Text: "[parameters('x')]"}
)

// plainLater is what a function returns for a result depending on later1.
var plainLater = &value.Unknown{Reason: "parameter 'x' has no value"}

// small returns a context with only n items left in the budget.
func small(n int) func() *Ctx {
	return func() *Ctx {
		c := ctx()
		c.Budget.Items = n
		return c
	}
}
