package arm

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// deployment evaluates one template with one set of parameter values: a
// file with its parameters file, or a nested deployment.
type deployment struct {
	run    *unit
	t      *template
	env    *funcs.Env
	ctx    *funcs.Ctx
	args   map[string]any // parameter values given, by lower-case name
	outer  *deployment    // a nested template evaluated in its parent's scope reads the parent's parameters and variables
	prefix string         // node IDs start with it: file, then nested deployment names
	origin []graph.Range  // the nested deployment resources that led here, outermost first
	depth  int

	params, variables map[string]any
	busy              map[string]bool
	deployments       map[string]*value.Object // nested deployments evaluated, by lower-case name: what reference() returns
	pending           map[string]*instance     // nested deployments not evaluated yet, by lower-case name
}

func newDeployment(u *unit, t *template, env *funcs.Env, args map[string]any) *deployment {
	d := &deployment{run: u, t: t, env: env, args: args,
		params: map[string]any{}, variables: map[string]any{}, busy: map[string]bool{},
		deployments: map[string]*value.Object{}, pending: map[string]*instance{}}
	d.ctx = &funcs.Ctx{Env: env, Budget: u.budget}
	env.Reference = d.reference
	return d
}

// vars returns the deployment whose parameters and variables expressions
// read: the parent for a template evaluated in the outer scope.
func (d *deployment) vars() *deployment {
	for d.outer != nil {
		d = d.outer
	}
	return d
}

func (d *deployment) report(diag graph.Diagnostic) { d.run.report(diag) }

// take counts n more values built; false when the unit's limit is reached.
func (d *deployment) take(n int) bool { return d.run.take(n) }

func (d *deployment) parameter(name string) (any, error) {
	key := strings.ToLower(name)
	if v, ok := d.params[key]; ok {
		return v, nil
	}
	m := memberOf(d.t.params, name)
	if m == nil {
		return nil, fmt.Errorf("the template has no parameter '%s'", name)
	}
	if d.busy["p:"+key] {
		return nil, fmt.Errorf("the default value of parameter '%s' refers to itself", name)
	}
	d.busy["p:"+key] = true
	defer delete(d.busy, "p:"+key)
	var v any
	if a, ok := d.args[key]; ok {
		v = a
	} else if dv := get(m.Value, "defaultValue"); dv != nil {
		v = scope{d: d}.eval(dv)
	} else {
		v = &value.Unknown{Reason: "parameter '" + m.Key + "' has no value (no default, no parameters file)", Text: "[parameters('" + m.Key + "')]"}
	}
	d.params[key] = v
	return v, nil
}

func (d *deployment) variable(name string) (any, error) {
	key := strings.ToLower(name)
	if v, ok := d.variables[key]; ok {
		return v, nil
	}
	if d.busy["v:"+key] {
		return nil, fmt.Errorf("variable '%s' refers to itself", name)
	}
	d.busy["v:"+key] = true
	defer delete(d.busy, "v:"+key)
	var v any
	if m := memberOf(d.t.vars, name); m != nil && !strings.EqualFold(m.Key, "copy") {
		v = scope{d: d}.eval(m.Value)
	} else if c := variableCopy(d.t.vars, name); c != nil {
		_, v = scope{d: d}.copyItems(c, false)
	} else {
		return nil, fmt.Errorf("the template has no variable '%s'", name)
	}
	d.variables[key] = v
	return v, nil
}

// variableCopy finds the copy element of the variables section that
// makes the named variable.
func variableCopy(vars *jsonpos.Value, name string) *jsonpos.Value {
	c := get(vars, "copy")
	if c == nil || c.Kind != jsonpos.Array {
		return nil
	}
	for _, item := range c.Items {
		if strings.EqualFold(str(get(item, "name")), name) {
			return item
		}
	}
	return nil
}

func memberOf(obj *jsonpos.Value, name string) *jsonpos.Field {
	if obj == nil {
		return nil
	}
	return obj.Field(name)
}

// outputs evaluates the outputs section as reference() returns it for a
// nested deployment: {outputs: {name: {type, value}}}.
func (d *deployment) outputs() *value.Object {
	outs := value.NewObject(0)
	if d.t.outputs != nil {
		sc := scope{d: d}
		if d.outer != nil {
			sc = scope{d: d.outer}
		}
		for _, m := range d.t.outputs.Fields {
			o := value.NewObject(2)
			o.Set("type", str(get(m.Value, "type")))
			if c := get(m.Value, "copy"); c != nil && c.Kind == jsonpos.Object {
				_, items := sc.copyItems(c, true)
				o.Set("value", items)
			} else {
				o.Set("value", sc.eval(get(m.Value, "value")))
			}
			outs.Set(m.Key, o)
		}
	}
	props := value.NewObject(1)
	props.Set("outputs", outs)
	return props
}
