package expr

import (
	"math"
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// form is a function the evaluator computes itself, because it needs the
// scope or must not evaluate all of its arguments.
type form struct {
	min, max int
	eval     func(*evaluator, *Call) (any, *Error)
}

// specialForm returns the form of a template function name, compared
// case-insensitively.
func specialForm(name string) (form, bool) {
	is := func(s string) bool { return strings.EqualFold(name, s) }
	switch {
	case is("parameters"):
		return form{1, 1, (*evaluator).parameters}, true
	case is("variables"):
		return form{1, 1, (*evaluator).variables}, true
	case is("copyIndex"):
		return form{0, 2, (*evaluator).copyIndex}, true
	case is("if"):
		return form{3, 3, (*evaluator).ifForm}, true
	case is("lambda"):
		return form{2, -1, (*evaluator).misplacedLambda}, true
	case is("lambdaVariables"):
		return form{1, 1, (*evaluator).lambdaVariables}, true
	}
	return form{}, false
}

// parameters evaluates parameters('name').
func (ev *evaluator) parameters(c *Call) (any, *Error) {
	return ev.named(c, ev.scope.Parameter)
}

// variables evaluates variables('name').
func (ev *evaluator) variables(c *Call) (any, *Error) {
	return ev.named(c, ev.scope.Variable)
}

// named evaluates a call whose one argument names what get returns.
func (ev *evaluator) named(c *Call, get func(string) (any, error)) (any, *Error) {
	arg, err := ev.eval(c.Args[0])
	if err != nil {
		return nil, err
	}
	switch name := arg.(type) {
	case string:
		v, gerr := get(name)
		if gerr != nil {
			return nil, ev.wrap(c, gerr)
		}
		return ev.withText(c, v)
	case *value.Unknown:
		return ev.unknown(c, name)
	}
	return nil, ev.errorf(c.Args[0], "%s: the name must be a string, got %s", c.Name, value.TypeName(arg))
}

// copyIndex evaluates copyIndex(), copyIndex(offset), copyIndex('loop')
// and copyIndex('loop', offset).
func (ev *evaluator) copyIndex(c *Call) (any, *Error) {
	args := make([]any, len(c.Args))
	for i, a := range c.Args {
		v, err := ev.eval(a)
		if err != nil {
			return nil, err
		}
		if u, ok := v.(*value.Unknown); ok {
			return ev.unknown(c, u)
		}
		args[i] = v
	}
	loop, offset := "", int64(0)
	for i, a := range args {
		switch v := a.(type) {
		case string:
			if i > 0 {
				return nil, ev.errorf(c.Args[i], "copyIndex: the offset must be an int, got string")
			}
			loop = v
		case int64:
			if i == 0 && len(args) == 2 {
				return nil, ev.errorf(c.Args[i], "copyIndex: the loop name must be a string, got int")
			}
			offset = v
		default:
			return nil, ev.errorf(c.Args[i], "copyIndex: expected a loop name or an offset, got %s", value.TypeName(a))
		}
	}
	i, err := ev.scope.CopyIndex(loop)
	if err != nil {
		return nil, ev.wrap(c, err)
	}
	if (offset > 0 && i > math.MaxInt64-offset) || (offset < 0 && i < math.MinInt64-offset) {
		return nil, ev.errorf(c, "copyIndex: the index %d plus the offset %d overflows", i, offset)
	}
	return i + offset, nil
}

// ifForm evaluates if(condition, a, b): only the chosen branch. With an
// unknown condition the value is unknown, unless both branches are the
// same known value.
func (ev *evaluator) ifForm(c *Call) (any, *Error) {
	cond, err := ev.eval(c.Args[0])
	if err != nil {
		return nil, err
	}
	switch b := cond.(type) {
	case bool:
		if b {
			return ev.eval(c.Args[1])
		}
		return ev.eval(c.Args[2])
	case *value.Unknown:
		return ev.eitherBranch(c, b)
	}
	return nil, ev.errorf(c.Args[0], "if: the condition must be a bool, got %s", value.TypeName(cond))
}

// eitherBranch evaluates both branches of an if whose condition u is
// unknown. A branch that fails may be the one ARM never takes: it makes
// the value unknown, unless a limit ran out.
func (ev *evaluator) eitherBranch(c *Call, u *value.Unknown) (any, *Error) {
	a, errA := ev.eval(c.Args[1])
	if errA != nil && errA.Limit {
		return nil, errA
	}
	b, errB := ev.eval(c.Args[2])
	if errB != nil && errB.Limit {
		return nil, errB
	}
	if errA == nil && errB == nil && !value.HasUnknown(a) && !value.HasUnknown(b) && funcs.Equal(a, b) {
		return a, nil
	}
	return ev.unknown(c, u)
}
