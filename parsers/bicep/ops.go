package bicep

import (
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// unary evaluates !x, -x and +x.
func (ev *evaluator) unary(e *syntax.Unary) any {
	v := ev.eval(e.X)
	if u, ok := v.(*value.Unknown); ok {
		return ev.unknown(e, u)
	}
	switch e.Op {
	case "!":
		b, ok := v.(bool)
		if !ok {
			return ev.fail(e, "'!' needs a bool, got %s", value.TypeName(v))
		}
		return !b
	case "-":
		n, ok := v.(int64)
		if !ok {
			return ev.fail(e, "'-' needs an int, got %s", value.TypeName(v))
		}
		return -n
	}
	if _, ok := v.(int64); !ok {
		return ev.fail(e, "'+' needs an int, got %s", value.TypeName(v))
	}
	return v
}

// operators maps the binary operators to the functions ARM evaluates
// them with.
var operators = map[string]string{
	"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "mod",
	"<": "less", "<=": "lessOrEquals", ">": "greater", ">=": "greaterOrEquals",
}

// binary evaluates x op y. && and || decide on a known operand even when
// the other is unknown; ?? reads y only when x is null.
func (ev *evaluator) binary(e *syntax.Binary) any {
	switch e.Op {
	case "&&", "||":
		return ev.logical(e)
	case "??":
		x := ev.eval(e.X)
		if x == nil {
			return ev.eval(e.Y)
		}
		if u, ok := x.(*value.Unknown); ok {
			return ev.unknown(e, u)
		}
		return x
	}
	x, y := ev.eval(e.X), ev.eval(e.Y)
	for _, v := range []any{x, y} {
		if u, ok := v.(*value.Unknown); ok {
			return ev.unknown(e, u)
		}
	}
	switch e.Op {
	case "==", "!=":
		eq := funcs.Equal(x, y)
		return eq == (e.Op == "==")
	case "=~", "!~":
		xs, ok1 := x.(string)
		ys, ok2 := y.(string)
		if !ok1 || !ok2 {
			return ev.fail(e, "'%s' compares strings, got %s and %s", e.Op, value.TypeName(x), value.TypeName(y))
		}
		return strings.EqualFold(xs, ys) == (e.Op == "=~")
	}
	fn, ok := operators[e.Op]
	if !ok {
		return ev.fail(e, "unknown operator '%s'", e.Op)
	}
	return ev.library(e, fn, []any{x, y})
}

// logical evaluates && and ||: false && unknown is false, true || unknown
// is true.
func (ev *evaluator) logical(e *syntax.Binary) any {
	x, y := ev.eval(e.X), ev.eval(e.Y)
	decide := e.Op == "||" // the value that decides
	var unknown *value.Unknown
	for _, v := range []any{x, y} {
		switch b := v.(type) {
		case bool:
			if b == decide {
				return decide
			}
		case *value.Unknown:
			unknown = b
		default:
			return ev.fail(e, "'%s' needs bools, got %s", e.Op, value.TypeName(v))
		}
	}
	if unknown != nil {
		return ev.unknown(e, unknown)
	}
	return !decide
}

// ternary evaluates cond ? a : b: only the chosen branch, or, when the
// condition is unknown, the value both branches share.
func (ev *evaluator) ternary(e *syntax.Ternary) any {
	c := ev.eval(e.Cond)
	if b, ok := c.(bool); ok {
		if b {
			return ev.eval(e.Then)
		}
		return ev.eval(e.Else)
	}
	u, ok := c.(*value.Unknown)
	if !ok {
		return ev.fail(e.Cond, "a condition must be a bool, got %s", value.TypeName(c))
	}
	a, b := ev.eval(e.Then), ev.eval(e.Else)
	if !value.HasUnknown(a) && !value.HasUnknown(b) && funcs.Equal(a, b) {
		return a
	}
	return ev.unknown(e, u)
}

// unknown returns an unknown for n with u's reason and n's source as its
// text; a value read from a resource keeps what it reads, as derived.
func (ev *evaluator) unknown(n syntax.Node, u *value.Unknown) any {
	out := &value.Unknown{Reason: u.Reason, Text: ev.text(n)}
	if u.Ref != nil {
		ref := *u.Ref
		ref.Derived = true
		out.Ref = &ref
	}
	return out
}
