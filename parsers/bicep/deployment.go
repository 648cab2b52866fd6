package bicep

import (
	"fmt"
	"reflect"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// maxModules bounds module nesting, as ARM bounds nested deployments.
const maxModules = 32

// deployment evaluates one Bicep file with one set of parameter values:
// an entry file, or a module with the values its caller passes.
type deployment struct {
	u      *unit
	f      *file
	env    *funcs.Env
	ctx    *funcs.Ctx
	args   map[string]any // parameter values given, by name; nil for none
	prefix string         // node IDs start with it: the file, then module deployment names
	origin []graph.Range  // the module declarations that led here, outermost first
	depth  int
	chain  map[string]bool // the files of the module calls that led here, to stop cycles

	vals    map[string]any
	busy    map[string]bool
	res     map[*resDecl]*resource
	mods    map[*syntax.Module]*module
	imports map[string]*deployment // files imported from, by path
	outs    *value.Object
	scopes  map[*value.Object]*funcs.Env // the scope objects resourceGroup(…) and friends returned
}

func newDeployment(u *unit, f *file, env *funcs.Env, args map[string]any) *deployment {
	d := &deployment{u: u, f: f, env: env, args: args, prefix: u.prefix, chain: map[string]bool{f.path: true},
		vals: map[string]any{}, busy: map[string]bool{}, res: map[*resDecl]*resource{},
		mods: map[*syntax.Module]*module{}, imports: map[string]*deployment{}, scopes: map[*value.Object]*funcs.Env{}}
	d.ctx = &funcs.Ctx{Env: env, Budget: u.budget}
	return d
}

func (d *deployment) report(diag graph.Diagnostic) { d.u.report(diag) }

// rangeOf locates a node of the deployment's file; a missing node (a part
// the parser could not read) is located at the file's start.
func (d *deployment) rangeOf(n syntax.Node) graph.Range {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return d.f.syn.Range(syntax.Span{})
	}
	return d.f.syn.Range(n.Bounds())
}

// evaluate makes the nodes of every resource and module of the file, and
// evaluates the variables and outputs nothing reads, so that their errors
// are reported too.
func (d *deployment) evaluate() {
	for _, p := range d.f.decls.params {
		d.param(p)
	}
	for _, v := range d.f.decls.vars {
		d.variable(v)
	}
	var all []*instance
	for _, rd := range d.f.decls.resources {
		all = append(all, d.resource(rd).insts...)
	}
	for _, in := range all {
		d.build(in)
	}
	for _, m := range d.f.decls.modules {
		for _, mi := range d.module(m).insts {
			mi.run()
		}
	}
	d.outputs()
}

// param returns a parameter's value: the one given, else the default,
// else null for a nullable type, else an unknown.
func (d *deployment) param(p *syntax.Param) any {
	key := "p:" + p.Name.Name
	if v, ok := d.vals[key]; ok {
		return v
	}
	if d.busy[key] {
		d.report(d.errorAt(p.Name, "the default value of parameter '%s' refers to itself", p.Name.Name))
		return &value.Unknown{Reason: "parameter '" + p.Name.Name + "' refers to itself"}
	}
	d.busy[key] = true
	defer delete(d.busy, key)
	var v any
	if a, ok := d.args[p.Name.Name]; ok {
		v = a
	} else if p.Value != nil {
		v = d.eval(p.Value)
	} else if _, nullable := p.Type.(*syntax.TypeNullable); nullable {
		v = nil
	} else {
		v = &value.Unknown{Reason: "parameter '" + p.Name.Name + "' has no value (no default, no parameters file)", Text: "[parameters('" + p.Name.Name + "')]"}
	}
	d.vals[key] = v
	return v
}

// variable returns a variable's value, evaluated once.
func (d *deployment) variable(s *syntax.Var) any {
	key := "v:" + s.Name.Name
	if v, ok := d.vals[key]; ok {
		return v
	}
	if d.busy[key] {
		d.report(d.errorAt(s.Name, "variable '%s' refers to itself", s.Name.Name))
		return &value.Unknown{Reason: "variable '" + s.Name.Name + "' refers to itself"}
	}
	d.busy[key] = true
	defer delete(d.busy, key)
	v := d.eval(s.Value)
	d.vals[key] = v
	return v
}

// eval evaluates an expression of the file outside any loop or lambda.
func (d *deployment) eval(x syntax.Expr) any {
	return (&evaluator{d: d}).eval(x)
}

// outputs evaluates the outputs, once: what a module's caller reads.
func (d *deployment) outputs() *value.Object {
	if d.outs != nil {
		return d.outs
	}
	d.outs = value.NewObject(len(d.f.decls.outputs))
	for _, o := range d.f.decls.outputs {
		if o.Name != nil && o.Value != nil {
			d.outs.Set(o.Name.Name, d.eval(o.Value))
		}
	}
	return d.outs
}

// errorAt is an error diagnostic of an expression moat cannot evaluate.
func (d *deployment) errorAt(n syntax.Node, format string, args ...any) graph.Diagnostic {
	return graph.Diagnostic{Severity: graph.Warning, Code: graph.CodeBicepExpr, Subject: d.rangeOf(n),
		Summary: fmt.Sprintf(format, args...), Detail: "the value is unknown; the rules that read it are not checked"}
}
