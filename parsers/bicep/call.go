package bicep

import (
	"errors"
	"fmt"
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// call evaluates a function call: a user-defined function of the file or
// of an import, a resource method (getSecret, list*), a Bicep function or
// a function of the ARM library.
func (ev *evaluator) call(c *syntax.Call) any {
	name := c.Name.Name
	if c.Target == nil {
		if s, ok := ev.d.f.decls.symbols[name]; ok {
			if s.fn != nil {
				return ev.userCall(c, ev.d, s.fn)
			}
			if s.impSym != nil {
				if dep, fn := ev.importedFunc(c, s); fn != nil {
					return ev.userCall(c, dep, fn)
				}
			}
		}
		return ev.builtinCall(c)
	}
	if id, ok := c.Target.(*syntax.Ident); ok && builtin(id.Name) {
		if _, shadowed := ev.d.f.decls.symbols[id.Name]; !shadowed {
			return ev.builtinCall(c)
		}
	}
	switch t := ev.eval(c.Target).(type) {
	case *nsVal:
		if t.dep == nil {
			return ev.builtinCall(c)
		}
		if s, ok := t.dep.f.decls.symbols[name]; ok && s.fn != nil {
			return ev.userCall(c, t.dep, s.fn)
		}
		return ev.fail(c.Name, "the import has no function '%s'", name)
	case *resVal:
		return ev.method(c, t.in)
	case *value.Unknown:
		return ev.unknown(c, t)
	}
	return ev.fail(c, "'%s' is not a function of this value", name)
}

// args evaluates a call's arguments.
func (ev *evaluator) args(c *syntax.Call) []any {
	out := make([]any, len(c.Args))
	for i, a := range c.Args {
		out[i] = ev.plainOf(a, ev.eval(a))
	}
	return out
}

// userCall calls a user-defined function of dep's file with the
// arguments bound to its parameters; the body sees nothing else of the
// caller.
func (ev *evaluator) userCall(c *syntax.Call, dep *deployment, fn *syntax.Func) any {
	l := fn.Lambda
	if l == nil || incomplete(l) {
		return &value.Unknown{Reason: "the function does not parse"}
	}
	if len(c.Args) != len(l.Params) {
		return ev.fail(c, "function '%s' takes %d arguments, got %d", c.Name.Name, len(l.Params), len(c.Args))
	}
	args := ev.args(c)
	body := &evaluator{d: dep}
	for i, p := range l.Params {
		body = body.with(p.Name.Name, args[i])
	}
	return body.eval(l.Body)
}

// method evaluates a call on a resource: getSecret of a key vault, and
// the list functions (storage.listKeys()).
func (ev *evaluator) method(c *syntax.Call, in *instance) any {
	name := c.Name.Name
	switch {
	case strings.EqualFold(name, "getSecret"):
		return &value.Unknown{Reason: "a Key Vault secret is known only at deployment", Text: ev.text(c)}
	case strings.HasPrefix(strings.ToLower(name), "list"):
		args := append([]any{in.id}, ev.args(c)...)
		if len(args) == 1 {
			args = append(args, in.r.d.api)
		}
		return ev.library(c, name, args)
	}
	return ev.fail(c.Name, "a resource has no function '%s'", name)
}

// bicepFuncs are the functions of Bicep that ARM does not have, or that
// Bicep evaluates differently, by lower-case name. They are set in init:
// they call back into the evaluator.
var bicepFuncs map[string]func(ev *evaluator, c *syntax.Call) any

func init() {
	bicepFuncs = map[string]func(ev *evaluator, c *syntax.Call) any{
		"any":                     (*evaluator).anyFn,
		"loadtextcontent":         (*evaluator).loadText,
		"loadfileasbase64":        (*evaluator).loadBase64,
		"loadjsoncontent":         (*evaluator).loadJSON,
		"loadyamlcontent":         (*evaluator).loadYAML,
		"readenvironmentvariable": (*evaluator).environmentVariable,
		"getsecret":               deployTime("a Key Vault secret is known only at deployment"),
		"externalinput":           deployTime("an external input is known only at deployment"),
		"resourcegroup":           (*evaluator).scopeCall,
		"subscription":            (*evaluator).scopeCall,
		"managementgroup":         (*evaluator).scopeCall,
		"tenant":                  (*evaluator).scopeCall,
		"nameof":                  (*evaluator).nameOf,
	}
}

func deployTime(reason string) func(ev *evaluator, c *syntax.Call) any {
	return func(ev *evaluator, c *syntax.Call) any {
		ev.args(c)
		return &value.Unknown{Reason: reason, Text: ev.text(c)}
	}
}

// anyFn evaluates any(x): x, whose type the compiler stops checking.
func (ev *evaluator) anyFn(c *syntax.Call) any {
	if len(c.Args) != 1 {
		return ev.fail(c, "function 'any' takes 1 argument, got %d", len(c.Args))
	}
	return ev.args(c)[0]
}

// builtinCall calls a Bicep function or one of the ARM library.
func (ev *evaluator) builtinCall(c *syntax.Call) any {
	name := c.Name.Name
	if f, ok := bicepFuncs[strings.ToLower(name)]; ok {
		return f(ev, c)
	}
	return ev.library(c, name, ev.args(c))
}

// library calls a function of the ARM library with evaluated arguments;
// n locates errors.
func (ev *evaluator) library(n syntax.Node, name string, args []any) any {
	f, ok := funcs.Lookup(name)
	if !ok || f.Call == nil {
		return ev.fail(n, "'%s' is not a Bicep function", name)
	}
	if len(args) < f.Min || f.Max >= 0 && len(args) > f.Max {
		return ev.fail(n, "function '%s' takes %s, got %d", name, arity(f.Min, f.Max), len(args))
	}
	if !ev.tick() {
		return ev.limit(n, "the evaluation used up its budget of function calls")
	}
	if !f.Lazy {
		for _, a := range args {
			if u, ok := a.(*value.Unknown); ok {
				return ev.unknown(n, u)
			}
		}
	}
	v, err := f.Call(ev.d.ctx, args)
	if errors.Is(err, funcs.ErrBudget) {
		return ev.limit(n, err.Error())
	}
	if err != nil {
		return ev.fail(n, "%v", err)
	}
	if u, ok := v.(*value.Unknown); ok && !u.Scope && (u.Text == "" || u.Ref == nil) {
		cp := *u
		if cp.Text == "" {
			cp.Text = ev.text(n)
		}
		if cp.Ref == nil {
			for _, a := range args {
				if au, ok := a.(*value.Unknown); ok && au.Ref != nil {
					ref := *au.Ref
					ref.Derived = true
					cp.Ref = &ref
					break
				}
			}
		}
		return &cp
	}
	return v
}

func arity(lo, hi int) string {
	switch {
	case lo == hi:
		return plural(lo, "argument")
	case hi < 0:
		return "at least " + plural(lo, "argument")
	}
	return fmt.Sprintf("%d to %d arguments", lo, hi)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// tick takes one call from the unit's budget; false
// when none is left.
func (ev *evaluator) tick() bool {
	b := ev.d.u.budget
	if b.Calls <= 0 {
		return false
	}
	b.Calls--
	return true
}
