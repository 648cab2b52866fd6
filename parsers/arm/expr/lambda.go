package expr

import (
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// lambdaTakers are the functions a lambda may be an argument of (the
// only place ARM allows one), by lower-case name.
var lambdaTakers = map[string]bool{
	"filter": true, "groupby": true, "map": true, "mapvalues": true,
	"reduce": true, "sort": true, "toobject": true,
}

// misplacedLambda is lambda() anywhere but as an argument of a function
// that takes one.
func (ev *evaluator) misplacedLambda(c *Call) (any, *Error) {
	return nil, ev.errorf(c, "lambda() can only be an argument of filter, groupBy, map, mapValues, reduce, sort or toObject")
}

// lambdaArg evaluates lambda('x', ['y', ...], body) into a *value.Lambda
// whose Call evaluates body with the names bound to its arguments.
func (ev *evaluator) lambdaArg(c *Call) (any, *Error) {
	if err := ev.arity(c, 2, -1); err != nil {
		return nil, err
	}
	if err := ev.take(c); err != nil {
		return nil, err
	}
	names := make([]string, len(c.Args)-1)
	for i, a := range c.Args[:len(names)] {
		s, ok := a.(*String)
		if !ok {
			return nil, ev.errorf(a, "lambda: a variable name must be a 'string'")
		}
		if s.Value == "" {
			return nil, ev.errorf(a, "lambda: a variable name must not be empty")
		}
		for _, prev := range names[:i] {
			if strings.EqualFold(prev, s.Value) {
				return nil, ev.errorf(a, "lambda: the variable '%s' is named twice", s.Value)
			}
		}
		names[i] = s.Value
	}
	body := c.Args[len(names)]
	closure := *ev
	call := func(args []any) (any, error) {
		if len(args) != len(names) {
			return nil, ev.errorf(c, "lambda: takes %s, got %d", plural(len(names), "argument"), len(args))
		}
		inner := closure
		inner.vars = &frame{names: names, values: append([]any(nil), args...), parent: closure.vars}
		v, err := inner.eval(body)
		return v, asError(err)
	}
	return &value.Lambda{Params: names, Call: call}, nil
}

// lambdaVariables evaluates lambdaVariables('name'): a variable of the
// innermost enclosing lambda that has it.
func (ev *evaluator) lambdaVariables(c *Call) (any, *Error) {
	arg, err := ev.eval(c.Args[0])
	if err != nil {
		return nil, err
	}
	switch name := arg.(type) {
	case string:
		for f := ev.vars; f != nil; f = f.parent {
			for i, n := range f.names {
				if strings.EqualFold(n, name) {
					return f.values[i], nil
				}
			}
		}
		return nil, ev.errorf(c, "lambdaVariables: '%s' is not a variable of an enclosing lambda", name)
	case *value.Unknown:
		return ev.unknown(c, name)
	}
	return nil, ev.errorf(c.Args[0], "lambdaVariables: the name must be a string, got %s", value.TypeName(arg))
}
