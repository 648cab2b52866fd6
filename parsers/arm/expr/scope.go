package expr

import (
	"errors"
	"fmt"
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
)

// Scope is what an expression can read beyond itself.
type Scope interface {
	// Parameter returns the value of parameters('name').
	Parameter(name string) (any, error)
	// Variable returns the value of variables('name').
	Variable(name string) (any, error)
	// CopyIndex returns the current index of the named copy loop; ""
	// names the innermost one.
	CopyIndex(loop string) (int64, error)
	// Function returns the user-defined function namespace.name, both
	// as written (ARM compares them case-insensitively).
	Function(namespace, name string) (*Function, bool)
	// Ctx returns the deployment and the budget for the function
	// library. A nil Budget means no bound on calls.
	Ctx() *funcs.Ctx
}

// Function is a user-defined function of the template's "functions"
// section.
type Function struct {
	Params []string // the parameter names, in order
	// Body is output.value when it is an expression.
	Body *Expr
	// Output, used when Body is nil, evaluates an output.value that is
	// not one expression (an object or array with expressions inside,
	// or a literal) in the function's scope s. It must evaluate those
	// expressions with Eval(s), s itself and not a wrapper, so that the
	// call's depth limits and restrictions carry over.
	Output func(s Scope) (any, error)
}

// noScope is the scope of an expression evaluated without one.
type noScope struct{}

func (noScope) Parameter(name string) (any, error) {
	return nil, errors.New("parameter '" + name + "' is not defined")
}

func (noScope) Variable(name string) (any, error) {
	return nil, errors.New("variable '" + name + "' is not defined")
}

func (noScope) CopyIndex(string) (int64, error) {
	return 0, errors.New("copyIndex() can only be used in a copy loop")
}

func (noScope) Function(string, string) (*Function, bool) { return nil, false }

func (noScope) Ctx() *funcs.Ctx { return &funcs.Ctx{} }

// funcScope is the scope of a user-defined function's body: its
// parameters are the call's arguments and it has no variables.
type funcScope struct {
	outer  Scope
	name   string
	params []string
	args   []any
	st     *state // the caller's evaluation state
}

func (s *funcScope) Parameter(name string) (any, error) {
	for i, p := range s.params {
		if strings.EqualFold(p, name) {
			return s.args[i], nil
		}
	}
	return nil, fmt.Errorf("'%s' is not a parameter of the user-defined function '%s', which can read only its own parameters", name, s.name)
}

func (s *funcScope) Variable(name string) (any, error) {
	return nil, fmt.Errorf("the user-defined function '%s' cannot read variables('%s'): user-defined functions cannot use variables", s.name, name)
}

func (s *funcScope) CopyIndex(loop string) (int64, error) { return s.outer.CopyIndex(loop) }

func (s *funcScope) Function(namespace, name string) (*Function, bool) {
	return s.outer.Function(namespace, name)
}

func (s *funcScope) Ctx() *funcs.Ctx { return s.outer.Ctx() }
