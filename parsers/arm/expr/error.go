package expr

import (
	"errors"
	"fmt"

	"github.com/moatscan/moat/parsers/arm/funcs"
)

// Error is a problem with one expression: it does not parse, ARM would
// reject it, or moat cannot evaluate it.
type Error struct {
	Start, End  int    // byte offsets in the expression's Src of the failing part
	Msg         string // lowercase; says what is wrong
	Unsupported string // the name of a function moat does not know, when that is the cause
	Limit       bool   // the budget or a depth limit ran out
	// Partial is set when only an argument failed: Eval returns, beside
	// the error, the value computed with that argument unknown.
	Partial bool

	in    *Expr // the expression Start and End point into; nil for a parse error
	cause error // the scope's, the library's or a function body's error, if any
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// Unwrap returns the error of the scope, the library or a user-defined
// function's body that e reports, so that errors.Is sees through it.
func (e *Error) Unwrap() error { return e.cause }

// errAt returns an error spanning start to end.
func errAt(start, end int, format string, args ...any) *Error {
	return &Error{Start: start, End: end, Msg: fmt.Sprintf(format, args...)}
}

// limitAt returns an error spanning start to end with Limit set.
func limitAt(start, end int, format string, args ...any) *Error {
	e := errAt(start, end, format, args...)
	e.Limit = true
	return e
}

// asError returns err as an error, nil when it is nil (not an interface
// holding a nil *Error).
func asError(err *Error) error {
	if err == nil {
		return nil
	}
	return err
}

// errorf returns an error spanning n.
func (ev *evaluator) errorf(n Node, format string, args ...any) *Error {
	e := &Error{Msg: fmt.Sprintf(format, args...), in: ev.expr}
	if n != nil {
		e.Start, e.End = n.Span()
	}
	return e
}

// limitf returns an error spanning n with Limit set.
func (ev *evaluator) limitf(n Node, format string, args ...any) *Error {
	e := ev.errorf(n, format, args...)
	e.Limit = true
	return e
}

// wrap turns an error from the library or the scope into an *Error
// spanning n. An *Error of this expression inside it (from a lambda's
// body) is returned as it is; one of another expression keeps its
// Unsupported and Limit.
func (ev *evaluator) wrap(n Node, err error) *Error {
	e := ev.errorf(n, "%s", err.Error())
	e.cause = err
	var inner *Error
	if errors.As(err, &inner) && inner != nil {
		if inner.in == ev.expr {
			return inner
		}
		e.Unsupported, e.Limit = inner.Unsupported, inner.Limit
	}
	if errors.Is(err, funcs.ErrBudget) {
		e.Limit = true
	}
	return e
}
