package funcs

import (
	"fmt"
	"strings"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

// referenceList is every function of Microsoft Learn's "ARM template
// functions" reference (2026), less those the evaluator implements itself
// (parameters, variables, copyIndex, if) and the list* family, which
// Lookup finds by prefix. distinct, flatten, groupBy, indexFromEnd and
// extensions also appear in templates Bicep compiles.
var referenceList = []string{
	// Array
	"array", "concat", "contains", "createArray", "empty", "first", "indexFromEnd", "indexOf",
	"intersection", "last", "lastIndexOf", "length", "max", "min", "range", "skip", "take",
	"tryGet", "tryIndexFromEnd", "union", "flatten", "distinct",
	// CIDR
	"parseCidr", "cidrSubnet", "cidrHost",
	// Comparison
	"coalesce", "equals", "greater", "greaterOrEquals", "less", "lessOrEquals",
	// Date
	"dateTimeAdd", "dateTimeFromEpoch", "dateTimeToEpoch", "utcNow",
	// Deployment
	"deployer", "deployment", "environment",
	// Lambda
	"filter", "groupBy", "map", "mapValues", "reduce", "sort", "toObject",
	// Logical
	"and", "bool", "false", "not", "or", "true",
	// Numeric
	"add", "div", "float", "int", "mod", "mul", "sub",
	// Object
	"createObject", "items", "json", "null", "objectKeys", "shallowMerge",
	// Resource
	"extensionResourceId", "listAccountSas", "listKeys", "listSecrets", "pickZones", "providers",
	"reference", "references", "resourceId", "roleDefinitions", "subscriptionResourceId",
	"tenantResourceId", "managementGroupResourceId", "extensions",
	// Scope
	"managementGroup", "resourceGroup", "subscription", "tenant",
	// String
	"base64", "base64ToJson", "base64ToString", "dataUri", "dataUriToString", "endsWith",
	"format", "guid", "join", "newGuid", "padLeft", "replace", "split", "startsWith", "string",
	"substring", "toLower", "toUpper", "trim", "uniqueString", "uri", "uriComponent",
	"uriComponentToString",
}

func TestEveryReferenceFunctionIsRegistered(t *testing.T) {
	for _, name := range referenceList {
		for _, spelling := range []string{name, strings.ToLower(name), strings.ToUpper(name)} {
			if _, ok := Lookup(spelling); !ok {
				t.Errorf("Lookup(%q) found nothing", spelling)
			}
		}
	}
}

func TestEvaluatorFunctionsAreNotRegistered(t *testing.T) {
	for _, name := range []string{"parameters", "variables", "copyIndex", "if", "lambda", "lambdaVariables", "notAFunction"} {
		if _, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) found a function; the evaluator implements it", name)
		}
	}
}

func TestRegistryGroups(t *testing.T) {
	seen := map[string]string{}
	n := 0
	for i, g := range groups {
		for name, f := range g {
			n++
			lower := strings.ToLower(name)
			where := fmt.Sprintf("group %d", i)
			if other, dup := seen[lower]; dup {
				t.Errorf("%s is in %s and %s", name, other, where)
			}
			seen[lower] = where
			if f.Call == nil || f.Min < 0 || (f.Max >= 0 && f.Max < f.Min) {
				t.Errorf("%s: Call %v, Min %d, Max %d", name, f.Call != nil, f.Min, f.Max)
			}
		}
	}
	if n != len(registry) {
		t.Errorf("the groups hold %d functions, the registry %d", n, len(registry))
	}
}

// TestNoPanics calls every function with every combination of awkward
// arguments its counts allow, with and without a context.
func TestNoPanics(t *testing.T) {
	lambda := &value.Lambda{Params: []string{"a", "b"}, Call: func(args []any) (any, error) { return args[0], nil }}
	samples := []any{nil, true, int64(-1), int64(1 << 40), 1.5, "", "a/b", "10.0.0.0/8", "{0}",
		arr(), arr(int64(1), "x"), obj(), obj("a", arr()), later1, scopeRG, lambda}
	names := append(append([]string{}, referenceList...), "listWhatever")
	for _, name := range names {
		f, _ := Lookup(name)
		maxArgs := f.Max
		if maxArgs < 0 || maxArgs > 3 {
			maxArgs = 3
		}
		for n := f.Min; n <= maxArgs; n++ {
			forEachArgs(samples, n, func(args []any) {
				for _, c := range []*Ctx{nil, ctx(), {Budget: &Budget{}}} {
					callNoPanic(t, c, f, name, args)
				}
			})
		}
	}
}

func callNoPanic(t *testing.T, c *Ctx, f Func, name string, args []any) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s%v panicked: %v", name, args, r)
		}
	}()
	_, _ = f.Call(c, append([]any{}, args...))
}

// forEachArgs calls fn with every sequence of n samples.
func forEachArgs(samples []any, n int, fn func([]any)) {
	args := make([]any, n)
	var rec func(i int)
	rec = func(i int) {
		if i == n {
			fn(args)
			return
		}
		for _, s := range samples {
			args[i] = s
			rec(i + 1)
		}
	}
	rec(0)
}
