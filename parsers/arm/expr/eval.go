package expr

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// maxEvalDepth bounds the nesting of one evaluation, user-defined
// function bodies and lambda bodies included.
const maxEvalDepth = 2048

// lookup finds a template function; tests replace it.
var lookup = funcs.Lookup

// evaluator evaluates the nodes of one expression.
type evaluator struct {
	expr  *Expr
	scope Scope
	ctx   *funcs.Ctx
	st    *state
	vars  *frame // the lambda variables in scope
	fn    string // the user-defined function whose body this is; "" outside
}

// state is shared by the evaluators of one Eval.
type state struct {
	depth  int    // nesting of eval
	calls  int    // nesting of user-defined function calls
	failed *Error // the first argument that failed and became an unknown
}

// frame holds the variables of one lambda call.
type frame struct {
	names  []string
	values []any
	parent *frame
}

// Eval computes the expression's value in s. An error is an *Error with
// offsets in e.Src.
func (e *Expr) Eval(s Scope) (any, error) {
	if e == nil || e.Root == nil {
		return nil, &Error{Msg: "no expression to evaluate"}
	}
	if s == nil {
		s = noScope{}
	}
	ev := &evaluator{expr: e, scope: s, ctx: ctxOf(s), st: &state{}}
	if fs, ok := s.(*funcScope); ok {
		// An expression inside a user-defined function's output: the
		// limits and restrictions of the call carry over.
		ev.st, ev.fn = fs.st, fs.name
	}
	v, err := ev.eval(e.Root)
	if err != nil {
		return nil, err
	}
	if f := ev.st.failed; f != nil && ev.fn == "" {
		partial := *f
		partial.Partial = true
		return v, &partial
	}
	return v, nil
}

// ctxOf returns s's Ctx, never nil.
func ctxOf(s Scope) *funcs.Ctx {
	if c := s.Ctx(); c != nil {
		return c
	}
	return &funcs.Ctx{}
}

// eval evaluates one node.
func (ev *evaluator) eval(n Node) (any, *Error) {
	ev.st.depth++
	v, err := ev.node(n)
	ev.st.depth--
	return v, err
}

func (ev *evaluator) node(n Node) (any, *Error) {
	if ev.st.depth > maxEvalDepth {
		return nil, ev.limitf(n, "the evaluation nests deeper than %d levels", maxEvalDepth)
	}
	switch x := n.(type) {
	case *String:
		return x.Value, nil
	case *Int:
		return x.Value, nil
	case *Call:
		return ev.call(x)
	case *Member:
		return ev.member(x)
	case *Index:
		return ev.index(x)
	}
	return nil, &Error{Msg: fmt.Sprintf("cannot evaluate a node of type %T", n), in: ev.expr}
}

// call evaluates a call: a special form, a user-defined function or a
// function of the library.
func (ev *evaluator) call(c *Call) (any, *Error) {
	if c.Namespace != "" {
		return ev.userCall(c)
	}
	if f, ok := specialForm(c.Name); ok {
		if err := ev.arity(c, f.min, f.max); err != nil {
			return nil, err
		}
		if err := ev.take(c); err != nil {
			return nil, err
		}
		return f.eval(ev, c)
	}
	return ev.libraryCall(c)
}

// libraryCall calls a function of the library with evaluated arguments.
func (ev *evaluator) libraryCall(c *Call) (any, *Error) {
	if ev.fn != "" && deploymentOnly(c.Name) {
		return nil, ev.errorf(c, "the user-defined function '%s' cannot call %s(): user-defined functions cannot use reference() or the list functions", ev.fn, c.Name)
	}
	f, ok := lookup(c.Name)
	if !ok || f.Call == nil {
		err := ev.errorf(c, "function '%s' is not a template function", c.Name)
		err.Unsupported = c.Name
		return nil, err
	}
	if err := ev.arity(c, f.Min, f.Max); err != nil {
		return nil, err
	}
	if err := ev.take(c); err != nil {
		return nil, err
	}
	args, err := ev.args(c)
	if err != nil {
		return nil, err
	}
	if !f.Lazy {
		for _, a := range args {
			if u, ok := a.(*value.Unknown); ok {
				return ev.unknown(c, u)
			}
		}
	}
	v, cerr := f.Call(ev.ctx, args)
	if cerr != nil {
		return nil, ev.wrap(c, cerr)
	}
	return ev.withText(c, derive(v, args))
}

// derive gives an unknown result that a Lazy function computed from an
// unknown argument reading a resource (concat('https://',
// reference(x).fqdn)) that argument's Ref, marked Derived, so the value
// still links to what it reads. The unknown is copied, not changed.
func derive(v any, args []any) any {
	u, ok := v.(*value.Unknown)
	if !ok || u.Ref != nil || u.Scope {
		return v
	}
	for _, a := range args {
		if au, ok := a.(*value.Unknown); ok && au.Ref != nil {
			cp, ref := *u, *au.Ref
			ref.Derived = true
			cp.Ref = &ref
			return &cp
		}
	}
	return v
}

// withText gives an unknown result of c without a Text (and not a Scope
// unknown) c's source as its Text. The unknown is copied, not changed.
func (ev *evaluator) withText(c *Call, v any) (any, *Error) {
	u, ok := v.(*value.Unknown)
	if !ok || u == nil || u.Text != "" || u.Scope {
		return v, nil
	}
	cp := *u
	cp.Text = ev.bracket(c)
	if err := ev.spend(c, len(cp.Text)); err != nil {
		return nil, err
	}
	return &cp, nil
}

// args evaluates a library call's arguments. A lambda is allowed only as
// a direct argument of the functions that take one.
func (ev *evaluator) args(c *Call) ([]any, *Error) {
	out := make([]any, len(c.Args))
	for i, a := range c.Args {
		var v any
		var err *Error
		if l, ok := a.(*Call); ok && l.Is("lambda") && lambdaTakers[strings.ToLower(c.Name)] {
			v, err = ev.lambdaArg(l)
		} else {
			v, err = ev.eval(a)
		}
		if err != nil {
			if err.Limit || ev.fn != "" {
				return nil, err
			}
			// The rest of the call may still be known (an object with
			// one bad member): the argument becomes an unknown, and Eval
			// reports the error with the partial value.
			if ev.st.failed == nil {
				ev.st.failed = err
			}
			v = &value.Unknown{Reason: "the expression cannot be evaluated: " + err.Msg, Text: ev.bracket(a)}
		}
		out[i] = v
	}
	return out, nil
}

// deploymentOnly reports whether a function reads deployed resources,
// which user-defined functions may not.
func deploymentOnly(name string) bool {
	n := strings.ToLower(name)
	return n == "reference" || n == "references" || strings.HasPrefix(n, "list")
}

// arity checks the number of arguments of c; max < 0 means any number.
func (ev *evaluator) arity(c *Call, lo, hi int) *Error {
	n := len(c.Args)
	if n >= lo && (hi < 0 || n <= hi) {
		return nil
	}
	var want string
	switch {
	case lo == hi:
		want = plural(lo, "argument")
	case hi < 0:
		want = "at least " + plural(lo, "argument")
	default:
		want = fmt.Sprintf("%d to %d arguments", lo, hi)
	}
	return ev.errorf(c, "function '%s' takes %s, got %d", c.FullName(), want, n)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// take takes one call from the budget.
func (ev *evaluator) take(c *Call) *Error {
	b := ev.ctx.Budget
	if b == nil {
		return nil
	}
	if b.Calls <= 0 {
		return ev.limitf(c, "the evaluation used up its budget of function calls")
	}
	b.Calls--
	return nil
}

// unknown returns an unknown for c with u's reason: c's source in
// brackets.
func (ev *evaluator) unknown(c Node, u *value.Unknown) (any, *Error) {
	text := ev.bracket(c)
	if err := ev.spend(c, len(text)); err != nil {
		return nil, err
	}
	out := &value.Unknown{Reason: u.Reason, Text: text}
	if u.Ref != nil { // format('https://{0}/', reference(x).fqdn) still reads x's fqdn
		ref := *u.Ref
		ref.Derived = true
		out.Ref = &ref
	}
	return out, nil
}

// spend takes n from the budget's items for the text and path of an
// unknown: they grow with every access, and accesses take no calls.
func (ev *evaluator) spend(at Node, n int) *Error {
	b := ev.ctx.Budget
	if b == nil {
		return nil
	}
	if n > b.Items {
		return ev.limitf(at, "the evaluation used up its budget of items and bytes")
	}
	b.Items -= n
	return nil
}

// bracket returns n's source as an expression: "[" + text + "]".
func (ev *evaluator) bracket(n Node) string {
	return "[" + ev.expr.Text(n) + "]"
}
