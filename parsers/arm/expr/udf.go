package expr

import (
	"errors"
	"strings"
)

// maxFunctionDepth bounds how deep user-defined functions call each
// other (a function calling itself would never end).
const maxFunctionDepth = 64

// userCall evaluates namespace.name(args): the function's output in a
// scope where parameters() are the arguments.
func (ev *evaluator) userCall(c *Call) (any, *Error) {
	name := c.FullName()
	f, ok := ev.scope.Function(c.Namespace, c.Name)
	if !ok || f == nil {
		return nil, ev.errorf(c, "function '%s' is not defined in the template's functions", name)
	}
	if err := ev.arity(c, len(f.Params), len(f.Params)); err != nil {
		return nil, err
	}
	if err := ev.take(c); err != nil {
		return nil, err
	}
	if ev.st.calls >= maxFunctionDepth {
		return nil, ev.limitf(c, "user-defined functions call each other more than %d deep", maxFunctionDepth)
	}
	args := make([]any, len(c.Args))
	for i, a := range c.Args {
		v, err := ev.eval(a)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	fs := &funcScope{outer: ev.scope, name: name, params: f.Params, args: args, st: ev.st}
	ev.st.calls++
	v, err := ev.output(f, fs)
	ev.st.calls--
	if err != nil {
		return nil, ev.fromFunction(c, name, err)
	}
	return v, nil
}

// output evaluates a function's output in its scope.
func (ev *evaluator) output(f *Function, fs *funcScope) (any, error) {
	switch {
	case f.Body != nil:
		return f.Body.Eval(fs)
	case f.Output != nil:
		return f.Output(fs)
	}
	return nil, errors.New("the function has no output")
}

// fromFunction turns an error of a function's body into one spanning the
// call, keeping Unsupported and Limit. The message names the innermost
// function, where the error is.
func (ev *evaluator) fromFunction(c *Call, name string, err error) *Error {
	msg := err.Error()
	if !strings.HasPrefix(msg, "in function '") {
		msg = "in function '" + name + "': " + msg
	}
	e := ev.errorf(c, "%s", msg)
	e.cause = err
	var inner *Error
	if errors.As(err, &inner) && inner != nil {
		e.Unsupported, e.Limit = inner.Unsupported, inner.Limit
	}
	return e
}
