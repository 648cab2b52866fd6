package funcs

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// resourceFuncs are the functions of Microsoft Learn's "Resource
// functions for ARM templates". The resource ID functions are Lazy: a
// subscription or resource group that is a Scope unknown gives a Scope
// unknown ID with its placeholder, so that IDs keep their identity.
var resourceFuncs = map[string]Func{
	"resourceId":                {Min: 2, Max: -1, Lazy: true, Call: resourceID},
	"subscriptionResourceId":    {Min: 2, Max: -1, Lazy: true, Call: subscriptionResourceID},
	"tenantResourceId":          {Min: 2, Max: -1, Lazy: true, Call: tenantResourceID},
	"managementGroupResourceId": {Min: 2, Max: -1, Lazy: true, Call: managementGroupResourceID},
	"extensionResourceId":       {Min: 3, Max: -1, Lazy: true, Call: extensionResourceID},
	"reference":                 {Min: 1, Max: 3, Lazy: true, Call: reference},
	"references":                {Min: 1, Max: 2, Call: deployTime("references")},
	"pickZones":                 {Min: 3, Max: 5, Call: deployTime("pickZones")},
	"providers":                 {Min: 1, Max: 2, Call: deployTime("providers")},
	"roleDefinitions":           {Min: 1, Max: 1, Call: deployTime("roleDefinitions")},
	"extensions":                {Min: 1, Max: 1, Call: deployTime("extensions")},
}

// idArgs checks the arguments of a resource ID function: strings or
// unknowns. A plain unknown makes the ID unknown.
func idArgs(fn string, args []any) (*value.Unknown, error) {
	for i, a := range args {
		switch x := a.(type) {
		case string:
		case *value.Unknown:
			if !x.Scope {
				return plain(x), nil
			}
		default:
			return nil, argErr(fn, i, "a string", a)
		}
	}
	return nil, nil
}

// unknownOrErr returns the error, else the unknown, without a typed nil.
func unknownOrErr(u *value.Unknown, err error) (any, error) {
	if err != nil {
		return nil, err
	}
	return u, nil
}

// typeIndex finds the resource type among the first maxPrefix+1
// arguments by counting: a known string with a '/' followed by exactly
// the names it needs, one for each segment after the namespace. When no
// candidate fits, the first one is reported with its count.
func typeIndex(fn string, args []any, maxPrefix int) (int, error) {
	first := -1
	for i := 0; i <= maxPrefix && i < len(args); i++ {
		s, ok := args[i].(string)
		if !ok || !strings.Contains(s, "/") {
			continue
		}
		if len(args)-i-1 == strings.Count(s, "/") {
			return i, nil
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return 0, fmt.Errorf("%s: no resource type (Namespace/type) among the first %d arguments", fn, maxPrefix+1)
	}
	return first, nil
}

// typePath returns the parts of "Namespace/type/name[/type/name…]".
func typePath(fn, typ string, names []any) ([]any, error) {
	segs := strings.Split(typ, "/")
	for _, s := range segs {
		if s == "" {
			return nil, fmt.Errorf("%s: the resource type %q has an empty segment", fn, typ)
		}
	}
	if len(names) != len(segs)-1 {
		return nil, fmt.Errorf("%s: the resource type %q needs %d names, got %d", fn, typ, len(segs)-1, len(names))
	}
	parts := []any{segs[0]}
	for i, n := range names {
		parts = append(parts, "/", segs[i+1], "/", n)
	}
	return parts, nil
}

// scopedID builds prefix + "/providers/" + the type path for fn, whose
// type is at most maxPrefix arguments in.
func scopedID(c *Ctx, fn string, args []any, maxPrefix int, prefix func(pre []any) ([]any, error)) (any, error) {
	if u, err := idArgs(fn, args); err != nil || u != nil {
		return unknownOrErr(u, err)
	}
	ti, err := typeIndex(fn, args, maxPrefix)
	if err != nil {
		return nil, err
	}
	path, err := typePath(fn, args[ti].(string), args[ti+1:])
	if err != nil {
		return nil, err
	}
	pre, err := prefix(args[:ti])
	if err != nil {
		return nil, err
	}
	parts := append(append(pre, "/providers/"), path...)
	return joinParts(c, fn, parts...)
}

// resourceID: resourceId([subscriptionId], [resourceGroupName], type,
// names…). The ID's form depends on the deployment's scope.
func resourceID(c *Ctx, args []any) (any, error) {
	env := c.env()
	return scopedID(c, "resourceId", args, 2, func(pre []any) ([]any, error) {
		sub, rg := env.SubscriptionID, env.ResourceGroup
		switch len(pre) {
		case 2:
			sub, rg = pre[0], pre[1]
		case 1:
			if env.Scope == ManagementGroup || env.Scope == Tenant {
				return nil, fmt.Errorf("resourceId: a resource group name needs a subscription ID in a %s deployment", env.Scope)
			}
			rg = pre[0]
		case 0:
			switch env.Scope {
			case Subscription:
				return []any{"/subscriptions/", sub}, nil
			case ManagementGroup, Tenant:
				return nil, nil
			}
		}
		return []any{"/subscriptions/", sub, "/resourceGroups/", rg}, nil
	})
}

// subscriptionResourceID: subscriptionResourceId([subscriptionId], type,
// names…).
func subscriptionResourceID(c *Ctx, args []any) (any, error) {
	sub := c.env().SubscriptionID
	return scopedID(c, "subscriptionResourceId", args, 1, func(pre []any) ([]any, error) {
		if len(pre) == 1 {
			sub = pre[0]
		}
		return []any{"/subscriptions/", sub}, nil
	})
}

// tenantResourceID: tenantResourceId(type, names…).
func tenantResourceID(c *Ctx, args []any) (any, error) {
	return scopedID(c, "tenantResourceId", args, 0, func([]any) ([]any, error) { return nil, nil })
}

// managementGroupResourceID: managementGroupResourceId([name], type,
// names…).
func managementGroupResourceID(c *Ctx, args []any) (any, error) {
	mg := c.env().ManagementGroup
	return scopedID(c, "managementGroupResourceId", args, 1, func(pre []any) ([]any, error) {
		if len(pre) == 1 {
			mg = pre[0]
		}
		return []any{"/providers/Microsoft.Management/managementGroups/", mg}, nil
	})
}

// extensionResourceID: extensionResourceId(baseResourceId, type, names…).
func extensionResourceID(c *Ctx, args []any) (any, error) {
	const fn = "extensionResourceId"
	if u, err := idArgs(fn, args); err != nil || u != nil {
		return unknownOrErr(u, err)
	}
	typ, ok := args[1].(string)
	if !ok || !strings.Contains(typ, "/") {
		return nil, fmt.Errorf("%s: argument 2 must be a resource type (Namespace/type)", fn)
	}
	path, err := typePath(fn, typ, args[2:])
	if err != nil {
		return nil, err
	}
	base := args[0]
	if s, ok := base.(string); ok {
		base = strings.TrimSuffix(s, "/")
	}
	return joinParts(c, fn, append([]any{base, "/providers/"}, path...)...)
}

// reference is known only at deployment, unless Env.Reference resolves
// it (a nested deployment's outputs). The unknown records what it reads.
func reference(c *Ctx, args []any) (any, error) {
	target := args[0]
	switch x := target.(type) {
	case string:
	case *value.Unknown:
		if !x.Scope {
			return plain(x), nil
		}
	default:
		return nil, argErr("reference", 0, "a string", target)
	}
	full := false
	if len(args) == 3 {
		s, ok := args[2].(string)
		full = ok && strings.EqualFold(s, "Full")
	}
	if env := c.env(); env.Reference != nil {
		if v, ok := env.Reference(target, full); ok {
			return v, nil
		}
	}
	return &value.Unknown{
		Reason: "reference() is known only at deployment",
		Ref:    &value.Ref{Target: target, Full: full},
	}, nil
}

// listFunc is a list* function (listKeys, listSecrets, listAccountSas…):
// its result is known only at deployment, and the unknown records the
// resource and the operation.
func listFunc(name string) Func {
	return Func{Min: 2, Max: 3, Lazy: true, Call: func(c *Ctx, args []any) (any, error) {
		target := args[0]
		switch x := target.(type) {
		case string:
		case *value.Unknown:
			if !x.Scope {
				return plain(x), nil
			}
		default:
			return nil, argErr(name, 0, "a string", target)
		}
		return &value.Unknown{
			Reason: name + "() is known only at deployment",
			Ref:    &value.Ref{Target: target, Path: []string{name}},
		}, nil
	}}
}
