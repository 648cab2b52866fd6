package bicep

import (
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// scopeCall evaluates resourceGroup(), subscription(), managementGroup()
// and tenant(). With arguments they name another scope, for a module or
// an existing resource (scope: resourceGroup('rg-net')); the object they
// return remembers that scope's environment.
func (ev *evaluator) scopeCall(c *syntax.Call) any {
	args := ev.args(c)
	for _, a := range args {
		if _, ok := a.(string); !ok && !value.IsUnknown(a) {
			return ev.fail(c, "%s() takes names, got %s", c.Name.Name, value.TypeName(a))
		}
	}
	env := *ev.d.env
	max := 1
	switch strings.ToLower(c.Name.Name) {
	case "resourcegroup":
		max = 2
		env.Scope = funcs.ResourceGroup
		if len(args) > 0 && len(args) <= max {
			env.ResourceGroup = args[len(args)-1]
			if len(args) == 2 {
				env.SubscriptionID = args[0]
			}
			env.Location = &value.Unknown{Reason: "the resource group's location is known at deployment", Text: "[" + ev.text(c) + ".location]"}
		}
	case "subscription":
		env.Scope = funcs.Subscription
		if len(args) == 1 {
			env.SubscriptionID = args[0]
		}
	case "managementgroup":
		env.Scope = funcs.ManagementGroup
		if len(args) == 1 {
			env.ManagementGroup = args[0]
		}
	default:
		max = 0
		env.Scope = funcs.Tenant
	}
	if len(args) > max {
		return ev.fail(c, "%s() takes at most %s", c.Name.Name, plural(max, "argument"))
	}
	call := env
	if len(args) == 0 {
		call = *ev.d.env // resourceGroup() is the deployment's own
	}
	f, _ := funcs.Lookup(c.Name.Name)
	v, err := f.Call(&funcs.Ctx{Env: &call, Budget: ev.d.u.budget}, nil)
	if err != nil {
		return ev.fail(c, "%v", err)
	}
	if o, ok := v.(*value.Object); ok {
		ev.d.scopes[o] = &env
	}
	return v
}

// target is where a module deploys or an existing resource lives: an
// environment (another resource group or subscription), or, for an
// extension resource, the resource it extends.
type target struct {
	env *funcs.Env
	ext *instance // scope: aks
	id  any       // an extension scope given as an ID
}

// scopeOf evaluates a scope property.
func (ev *evaluator) scopeOf(x syntax.Expr) (target, bool) {
	switch v := ev.eval(x).(type) {
	case *resVal:
		if strings.EqualFold(v.in.r.d.typ, "Microsoft.Resources/resourceGroups") && len(v.in.names) == 1 {
			env := *ev.d.env
			env.Scope = funcs.ResourceGroup
			env.ResourceGroup = v.in.nameV
			return target{env: &env}, true
		}
		return target{ext: v.in}, true
	case *value.Object:
		if env, ok := ev.d.scopes[v]; ok {
			return target{env: env}, true
		}
		if id, ok := v.Get("id"); ok {
			return target{id: id}, true
		}
	case string, *value.Unknown:
		return target{id: v}, true
	}
	ev.fail(x, "a scope must be a resource or a scope function such as resourceGroup('name')")
	return target{}, false
}

// nameOf evaluates nameof(symbol) and nameof(x.property): the name as
// written.
func (ev *evaluator) nameOf(c *syntax.Call) any {
	if len(c.Args) != 1 {
		return ev.fail(c, "nameof takes 1 argument, got %d", len(c.Args))
	}
	switch a := c.Args[0].(type) {
	case *syntax.Ident:
		return a.Name
	case *syntax.Access:
		return a.Name.Name
	case *syntax.Index:
		if k, ok := a.Index.(*syntax.String); ok {
			if v, ok := k.Literal(); ok {
				return v
			}
		}
	}
	return ev.fail(c, "nameof needs a symbol or a property access")
}
