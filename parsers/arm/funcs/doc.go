// Package funcs is the library of ARM template functions: every function
// of Microsoft Learn's "ARM template functions" reference that a static
// reader can evaluate, with the results the documentation shows, and
// unknowns (value.Unknown) for what only a deployment knows.
//
// Start with funcs.go: a Func has its argument counts and a Call, and
// Lookup finds one by name, case-insensitively; every name starting with
// "list" is a list* function. The functions are grouped by the
// documentation's pages: array.go, collection.go (what arrays share with
// objects and strings), set.go (distinct, intersection, union),
// object.go, string.go with format.go and numfmt.go (.NET composite
// formatting), hash.go (uniqueString, guid), encode.go (base64, data
// URIs, URIs), numeric.go, compare.go, logical.go, lambda.go, date.go
// with datefmt.go, cidr.go, resource.go (resource IDs, reference, list*)
// and deployment.go (scope and deployment objects). Shared pieces:
// env.go (Env, Budget), args.go, parts.go (joining Scope unknowns),
// text.go (UTF-16 indexes), equal.go, json.go and jsonparse.go. The
// evaluator (parsers/arm/expr) handles parameters, variables, copyIndex,
// if, lambda and user-defined functions itself.
//
// Unknowns: a Func that is not Lazy never sees an unknown argument at top
// level; one whose result depends on an unknown inside an array or object
// returns an unknown. Lazy functions take unknowns themselves: and and
// or, decided by a known false or true; coalesce; createArray and
// createObject, which keep unknown elements; reference and list*, which
// record what they read (value.Ref); and concat, format and the resource
// ID functions, which join Scope unknowns (the deployment's subscription,
// resource group, tenant…, see NewEnv) into a Scope unknown whose Text is
// the result with placeholders, so that resource IDs keep their identity.
//
// Bounds: every array, object and string a function builds takes its
// size from the Budget, before building anything larger than its inputs;
// past the budget the error wraps ErrBudget. Recursive walks stop at a
// depth of 10,000.
//
// The code is written by hand: no Go library evaluates ARM template
// expressions. Equal, ToJSON, FromJSON and String are exported for the
// template evaluator. Where the documentation is silent the package
// follows .NET, which ARM runs on: strings count UTF-16 code units,
// string(true()) is "True", numbers format with the invariant culture.
// Two results are reconstructions rather than documented algorithms:
// uniqueString (see hash.go) and the order of greater and less on
// strings (see compareStrings).
package funcs
