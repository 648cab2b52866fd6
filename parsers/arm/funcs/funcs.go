package funcs

import (
	"strings"
)

// Func is one template function. Arguments are evaluated values; a Func
// that is not Lazy never sees an unknown argument at top level (the
// caller returns an unknown for it), but may see unknowns inside arrays
// and objects.
type Func struct {
	Min, Max int  // argument counts; Max < 0 means any number
	Lazy     bool // the function handles unknown arguments itself (if, coalesce, and, or, concat, format, resourceId…)
	Call     func(c *Ctx, args []any) (any, error)
}

// Ctx is what a call can see beyond its arguments.
type Ctx struct {
	Env    *Env
	Budget *Budget
}

// Lookup returns the function of the given name (case-insensitive). Every
// name starting with "list" (listKeys, listSecrets, listAccountSas…) is a
// list function whose result is known only at deployment.
func Lookup(name string) (Func, bool) {
	lower := strings.ToLower(name)
	if f, ok := registry[lower]; ok {
		return f, true
	}
	if strings.HasPrefix(lower, "list") {
		return listFunc(name), true
	}
	return Func{}, false
}

// groups are the functions by the documentation's groups, one map per
// file; registry merges them by lower-case name.
var groups = []map[string]Func{
	arrayFuncs, collectionFuncs, objectFuncs, stringFuncs, encodeFuncs, numericFuncs,
	compareFuncs, logicalFuncs, lambdaFuncs, dateFuncs, cidrFuncs,
	resourceFuncs, deploymentFuncs,
}

// registry holds every function, by lower-case name.
var registry = merge(groups)

func merge(gs []map[string]Func) map[string]Func {
	m := make(map[string]Func)
	for _, g := range gs {
		for name, f := range g {
			m[strings.ToLower(name)] = f
		}
	}
	return m
}
