package bicep

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// maxDepth bounds nested evaluation: variables reading variables,
// functions calling functions, lambdas inside loops.
const maxDepth = 2_000

// evaluator evaluates expressions of one deployment with local names
// bound: loop items and indexes, lambda and function parameters.
type evaluator struct {
	d     *deployment
	loc   *locals
	encl  *resDecl // the resource whose body is evaluated: its children are in scope
	quiet bool     // for a resource whose condition is false: ARM evaluates none of it
}

// locals binds local names, innermost first.
type locals struct {
	name string
	v    any
	next *locals
}

func (l *locals) lookup(name string) (any, bool) {
	for ; l != nil; l = l.next {
		if l.name == name {
			return l.v, true
		}
	}
	return nil, false
}

func (ev *evaluator) with(name string, v any) *evaluator {
	c := *ev
	c.loc = &locals{name: name, v: v, next: ev.loc}
	return &c
}

// The values a symbol can have besides plain data: a resource (one, or a
// whole loop of them), a module, and a namespace (sys, az, an import).
type (
	resVal struct {
		in *instance
	}
	resList struct {
		r *resource
	}
	modVal struct {
		mi *modInst
	}
	modList struct {
		m *module
	}
	nsVal struct {
		name string      // sys or az for the built-in namespaces
		dep  *deployment // the file of a wildcard import
	}
)

// fail reports an expression that cannot be evaluated and returns an
// unknown in its place.
func (ev *evaluator) fail(n syntax.Node, format string, args ...any) any {
	msg := fmt.Sprintf(format, args...)
	if !ev.quiet {
		ev.d.report(ev.d.errorAt(n, "%s", msg))
	}
	return &value.Unknown{Reason: "the expression cannot be evaluated: " + msg, Text: ev.text(n)}
}

// text is a node's source, as an unknown's Text.
func (ev *evaluator) text(n syntax.Node) string {
	return ev.d.f.syn.Text(n)
}

// eval evaluates x. Errors are reported and give unknowns, so that the
// rest of a value stays known.
func (ev *evaluator) eval(x syntax.Expr) any {
	u := ev.d.u
	if u.depth >= maxDepth {
		return ev.limit(x, "the evaluation is nested too deeply")
	}
	u.depth++
	defer func() { u.depth-- }()
	if incomplete(x) {
		return &value.Unknown{Reason: "the expression does not parse"}
	}
	switch e := x.(type) {
	case *syntax.Int:
		return e.Value
	case *syntax.Bool:
		return e.Value
	case *syntax.Null:
		return nil
	case *syntax.String:
		return ev.str(e)
	case *syntax.Ident:
		return ev.ident(e)
	case *syntax.Paren:
		return ev.eval(e.X)
	case *syntax.Array:
		return ev.array(e)
	case *syntax.Object:
		return ev.object(e)
	case *syntax.Unary:
		return ev.unary(e)
	case *syntax.Binary:
		return ev.binary(e)
	case *syntax.Ternary:
		return ev.ternary(e)
	case *syntax.Call:
		return ev.call(e)
	case *syntax.Access:
		return ev.access(e)
	case *syntax.Index:
		return ev.index(e)
	case *syntax.NonNull:
		return ev.eval(e.X)
	case *syntax.Child:
		return ev.child(e)
	case *syntax.Lambda:
		return ev.lambda(e)
	case *syntax.For:
		return ev.loop(e)
	case *syntax.BadExpr, nil:
		return &value.Unknown{Reason: "the expression does not parse"}
	}
	return ev.fail(x, "a %T is not a value", x)
}

// limit reports a bound reached and returns an unknown.
func (ev *evaluator) limit(n syntax.Node, msg string) any {
	ev.d.report(limitDiag(ev.d.rangeOf(n), msg))
	return &value.Unknown{Reason: msg}
}

// str evaluates a string, joining interpolated values as ARM's format()
// would: a Scope unknown (a resource ID with the deployment's
// subscription) keeps its identity, other unknowns make the string
// unknown.
func (ev *evaluator) str(s *syntax.String) any {
	if len(s.Exprs) == 0 {
		v, ok := s.Literal()
		if !ok {
			return &value.Unknown{Reason: "the string does not parse"}
		}
		return v
	}
	args := make([]any, 0, 2*len(s.Exprs)+1)
	for i, p := range s.Parts {
		args = append(args, p)
		if i < len(s.Exprs) {
			v := ev.eval(s.Exprs[i])
			if r, ok := v.(*resVal); ok { // '${storage}' is not valid; the ID is the best reading
				v = r.in.id
			}
			args = append(args, v)
		}
	}
	for i, a := range args {
		if _, ok := a.(string); ok || value.IsUnknown(a) {
			continue
		}
		txt, err := funcs.String(a)
		if err != nil {
			return ev.fail(s, "%v", err)
		}
		args[i] = txt
	}
	return ev.library(s, "concat", args)
}

// ident evaluates a name: a local, then a declaration of the file, then a
// built-in namespace.
func (ev *evaluator) ident(id *syntax.Ident) any {
	if v, ok := ev.loc.lookup(id.Name); ok {
		return v
	}
	for r := ev.encl; r != nil; r = r.parent {
		if c, ok := r.children[id.Name]; ok {
			return ev.d.resource(c).value()
		}
	}
	if s, ok := ev.d.f.decls.symbols[id.Name]; ok {
		return ev.symbol(id, s)
	}
	switch id.Name {
	case "sys", "az":
		return &nsVal{name: id.Name}
	}
	ev.d.report(templateDiag(ev.d.rangeOf(id), "the name '"+id.Name+"' is not declared", "the compiler rejects the file; the value is unknown"))
	return &value.Unknown{Reason: "the name '" + id.Name + "' is not declared", Text: id.Name}
}

// symbol evaluates a declared name.
func (ev *evaluator) symbol(id *syntax.Ident, s symbol) any {
	d := ev.d
	switch {
	case s.param != nil:
		return d.param(s.param)
	case s.v != nil:
		return d.variable(s.v)
	case s.res != nil:
		return d.resource(s.res).value()
	case s.mod != nil:
		return d.module(s.mod).value()
	case s.imp != nil:
		return ev.imported(id, s)
	case s.fn != nil:
		return ev.fail(id, "the function '%s' must be called", id.Name)
	}
	return ev.fail(id, "the type '%s' is not a value", id.Name)
}

func (ev *evaluator) array(a *syntax.Array) any {
	out := make([]any, 0, len(a.Items))
	for _, it := range a.Items {
		if sp, ok := it.(*syntax.Spread); ok {
			v := ev.eval(sp.X)
			switch x := v.(type) {
			case []any:
				out = append(out, x...)
			case *value.Unknown:
				return x
			default:
				return ev.fail(sp, "only an array can be spread into an array, got %s", value.TypeName(v))
			}
			continue
		}
		out = append(out, ev.plainOf(it, ev.eval(it)))
	}
	return out
}

func (ev *evaluator) object(o *syntax.Object) any {
	out := value.NewObject(len(o.Props))
	for _, p := range o.Props {
		if p.Spread {
			v := ev.eval(p.Value)
			switch x := v.(type) {
			case *value.Object:
				for _, k := range x.Keys() {
					e, _ := x.Get(k)
					out.Set(k, e)
				}
			case *value.Unknown:
				return x
			case nil:
			default:
				return ev.fail(p, "only an object can be spread into an object, got %s", value.TypeName(v))
			}
			continue
		}
		key, ok := ev.key(p)
		if !ok {
			out.Set(key, &value.Unknown{Reason: "the property name " + key + " is known only at deployment", Text: key})
			continue
		}
		out.Set(key, ev.plainOf(p.Value, ev.eval(p.Value)))
	}
	return out
}

// key returns a property's name, evaluating an interpolated one: a name
// that holds the deployment's subscription or group is written with
// placeholders, as ARM's evaluation writes it; false, with the name as
// written, for one known only at deployment.
func (ev *evaluator) key(p *syntax.Property) (string, bool) {
	if p.KeyExpr == nil {
		return p.Key, true
	}
	switch k := ev.eval(p.KeyExpr).(type) {
	case string:
		return k, true
	case *value.Unknown:
		if k.Scope {
			return k.Text, true
		}
	}
	return "[" + ev.text(p.KeyExpr) + "]", false
}

// plainOf turns a resource or module value stored in data into what ARM
// would store: a resource's ID... Bicep does not allow it, so the value
// is unknown.
func (ev *evaluator) plainOf(n syntax.Node, v any) any {
	switch v.(type) {
	case *resVal, *resList, *modVal, *modList, *nsVal:
		return ev.fail(n, "a resource, module or namespace is not a value")
	}
	return v
}

// lambda makes a function value. Its body is evaluated with the
// parameters bound each time it is called.
func (ev *evaluator) lambda(l *syntax.Lambda) any {
	names := make([]string, len(l.Params))
	for i, p := range l.Params {
		names[i] = p.Name.Name
	}
	return &value.Lambda{Params: names, Call: func(args []any) (any, error) {
		if len(args) != len(names) {
			return nil, fmt.Errorf("the lambda takes %d arguments, got %d", len(names), len(args))
		}
		c := ev
		for i, n := range names {
			c = c.with(n, args[i])
		}
		return c.eval(l.Body), nil
	}}
}

// loop evaluates [for x in xs: body] to an array. An unknown collection
// gives an unknown array.
func (ev *evaluator) loop(f *syntax.For) any {
	items, u := ev.iterate(f)
	if u != nil {
		return u
	}
	out := make([]any, 0, len(items))
	for i, item := range items {
		if !ev.iterate1() {
			return ev.limit(f, "the evaluation used up its budget of 1,000,000 loop iterations")
		}
		c := ev.bind(f, item, int64(i))
		body := f.Body
		if cond, ok := body.(*syntax.If); ok {
			keep, known := truth(c.eval(cond.Cond))
			if !known {
				return &value.Unknown{Reason: "a loop filter is known only at deployment", Text: ev.text(f)}
			}
			if !keep {
				continue
			}
			body = cond.Body
		}
		out = append(out, c.plainOf(body, c.eval(body)))
	}
	return out
}

// maxIterations bounds the loop iterations of one unit: loops of loops
// multiply.
const maxIterations = 1_000_000

// iterate1 counts one loop iteration; false beyond the unit's bound.
func (ev *evaluator) iterate1() bool {
	ev.d.u.iterations++
	return ev.d.u.iterations <= maxIterations
}

// maxLoop is ARM's limit of copy iterations, which Bicep loops become.
const maxLoop = 800

// iterate evaluates a loop's collection: its items, or an unknown.
func (ev *evaluator) iterate(f *syntax.For) ([]any, *value.Unknown) {
	v := ev.eval(f.Iter)
	switch x := v.(type) {
	case []any:
		if len(x) > maxLoop {
			ev.limit(f.Iter, fmt.Sprintf("a loop of %d items: ARM allows %d", len(x), maxLoop))
			x = x[:maxLoop]
		}
		return x, nil
	case *value.Unknown:
		return nil, &value.Unknown{Reason: x.Reason, Text: ev.text(f)}
	case *resList:
		return x.r.values(), nil
	case *modList:
		return x.m.values(), nil
	case nil: // a nullable array parameter left out: deployments loop zero times
		return nil, nil
	}
	u, _ := ev.fail(f.Iter, "a loop needs an array, got %s", value.TypeName(v)).(*value.Unknown)
	return nil, u
}

// bind binds a loop's item and index names.
func (ev *evaluator) bind(f *syntax.For, item any, i int64) *evaluator {
	c := ev.with(f.Item.Name, item)
	if f.Index != nil {
		c = c.with(f.Index.Name, i)
	}
	return c
}

// truth reads a condition: its value, and whether it is known.
func truth(v any) (bool, bool) {
	b, ok := v.(bool)
	return b, ok
}

// builtin reports whether name is a namespace of functions.
func builtin(name string) bool {
	return strings.EqualFold(name, "sys") || strings.EqualFold(name, "az")
}

// incomplete reports an expression the parser could not complete: a
// call, access or loop without its name.
func incomplete(x syntax.Expr) bool {
	switch e := x.(type) {
	case *syntax.Call:
		return e.Name == nil
	case *syntax.Access:
		return e.Name == nil || e.X == nil
	case *syntax.Child:
		return e.Name == nil || e.X == nil
	case *syntax.Index:
		return e.X == nil || e.Index == nil
	case *syntax.For:
		return e.Item == nil || e.Iter == nil
	case *syntax.Lambda:
		for _, p := range e.Params {
			if p == nil || p.Name == nil {
				return true
			}
		}
	}
	return false
}
