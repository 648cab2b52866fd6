package arm

import (
	"errors"
	"fmt"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/expr"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// scope is where an expression is evaluated: a deployment and the copy
// loops around the expression, innermost last. It implements expr.Scope.
type scope struct {
	d     *deployment
	loops []loop
}

// loop is one copy iteration in progress.
type loop struct {
	name     string
	index    int64
	unknown  bool // the copy count is unknown: the index is too
	resource bool // a resource or output loop, which copyIndex() without a name reads
}

// errUnknownIndex is what copyIndex() reads in a loop of unknown count.
var errUnknownIndex = errors.New("the copy count is known only at deployment")

func (s scope) with(l loop) scope {
	loops := make([]loop, len(s.loops), len(s.loops)+1)
	copy(loops, s.loops)
	return scope{d: s.d, loops: append(loops, l)}
}

func (s scope) Parameter(name string) (any, error) { return s.d.vars().parameter(name) }
func (s scope) Variable(name string) (any, error)  { return s.d.vars().variable(name) }
func (s scope) Ctx() *funcs.Ctx                    { return s.d.ctx }

func (s scope) CopyIndex(name string) (int64, error) {
	for i := len(s.loops) - 1; i >= 0; i-- {
		l := s.loops[i]
		if name == "" && l.resource || name != "" && strings.EqualFold(l.name, name) {
			if l.unknown {
				return 0, errUnknownIndex
			}
			return l.index, nil
		}
	}
	if name == "" {
		return 0, fmt.Errorf("copyIndex() is used outside a copy loop")
	}
	return 0, fmt.Errorf("there is no copy loop named '%s' around copyIndex()", name)
}

func (s scope) Function(namespace, name string) (*expr.Function, bool) {
	f, ok := s.d.vars().t.functions[strings.ToLower(namespace+"."+name)]
	return f, ok
}

// expression evaluates a JSON string holding an expression. A failure is
// reported once at its place in the string and gives an unknown.
func (s scope) expression(v *jsonpos.Value) any {
	e, err := s.d.run.p.expression(v)
	if err != nil { // reported once for the file
		return &value.Unknown{Reason: "the expression does not parse", Text: v.Str}
	}
	out, err := e.Eval(s)
	if err == nil {
		return out
	}
	var xe *expr.Error
	partial := errors.As(err, &xe) && xe.Partial
	if errors.Is(err, errUnknownIndex) {
		if partial {
			return out
		}
		return &value.Unknown{Reason: errUnknownIndex.Error(), Text: v.Str}
	}
	s.d.report(s.d.run.p.exprDiagnostic(v, err))
	if xe != nil && xe.Unsupported != "" {
		s.d.run.unsupported(xe.Unsupported)
	}
	if partial {
		return out
	}
	return &value.Unknown{Reason: "the expression cannot be evaluated: " + err.Error(), Text: v.Str}
}

// exprDiagnostic places an expression error inside its JSON string.
func (p *parser) exprDiagnostic(v *jsonpos.Value, err error) graph.Diagnostic {
	d := graph.Diagnostic{Severity: graph.Warning, Code: graph.CodeARMExpr, Subject: v.Range,
		Summary: "expression cannot be evaluated", Detail: err.Error() + "; the value is unknown"}
	var xe *expr.Error
	if !errors.As(err, &xe) {
		return d
	}
	d.Subject = jsonpos.StringRange(p.src[v.Range.Filename], v, xe.Start, xe.End)
	d.Detail = xe.Msg + "; the value is unknown"
	switch {
	case xe.Limit:
		d.Severity, d.Code, d.Summary = graph.Error, graph.CodeARMLimit, "expression beyond moat's evaluation limits"
	case xe.Unsupported != "":
		d.Summary = "function " + xe.Unsupported + " is not supported"
	case errors.Is(err, funcs.ErrBudget):
		d.Severity, d.Code, d.Summary = graph.Error, graph.CodeARMLimit, "expression beyond moat's evaluation limits"
	}
	return d
}

// eval evaluates a JSON value of the template: expressions in strings,
// the rest as written, and copy elements inside objects.
func (s scope) eval(v *jsonpos.Value) any { return convert(v, &s) }

// literal converts a JSON value without evaluating anything: parameter
// files hold values, not expressions.
func literal(v *jsonpos.Value) any { return convert(v, nil) }

// convert turns a JSON value into a template value; with a scope, strings
// holding expressions are evaluated and copy elements expanded.
func convert(v *jsonpos.Value, s *scope) any {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case jsonpos.String:
		if s == nil {
			return v.Str
		}
		if expr.IsExpression(v.Str) {
			return s.expression(v)
		}
		return expr.Literal(v.Str)
	case jsonpos.Number:
		return v.Interface()
	case jsonpos.Bool:
		return v.Bool
	case jsonpos.Array:
		out := make([]any, len(v.Items))
		for i, item := range v.Items {
			out[i] = convert(item, s)
		}
		return out
	case jsonpos.Object:
		o := value.NewObject(len(v.Fields))
		for _, m := range v.Fields {
			if s != nil && isPropertyCopy(m) {
				for _, c := range m.Value.Items {
					name, items := s.copyItems(c, false)
					o.Set(name, items)
				}
				continue
			}
			k, known := s.key(m)
			if !known {
				o.Set(k, value.Unknownf("the property name %s is known only at deployment", k))
				continue
			}
			o.Set(k, convert(m.Value, s))
		}
		return o
	}
	return nil
}

// key evaluates a property name: ARM evaluates names that are
// expressions too ("[format('{0}', variables('identityId'))]": {} in
// userAssignedIdentities). A name that holds the deployment's
// subscription or group is written with placeholders; false for a name
// known only at deployment, which stays as written.
func (s *scope) key(m jsonpos.Field) (string, bool) {
	if s == nil {
		return m.Key, true
	}
	if !expr.IsExpression(m.Key) {
		return expr.Literal(m.Key), true
	}
	switch k := s.expression(&jsonpos.Value{Kind: jsonpos.String, Str: m.Key, Range: m.KeyRange}).(type) {
	case string:
		return k, true
	case *value.Unknown:
		if k.Scope {
			return k.Text, true
		}
	}
	return m.Key, false
}
