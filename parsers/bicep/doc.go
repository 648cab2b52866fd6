// Package bicep evaluates Bicep files the way the Bicep compiler and Azure
// Resource Manager would deploy them, statically and offline, into the
// graph's ARM-shaped nodes, with every range in the .bicep source. No
// Bicep CLI, no .NET: no Go library reads Bicep, so it is written here,
// in two parts. parsers/bicep/syntax is the lexer and parser (a syntax
// tree with exact spans, errors with recovery); this package evaluates the
// tree with the ARM function library of parsers/arm/funcs, and builds the
// nodes with parsers/arm/attrs, as the ARM evaluator does.
//
// Start with Parse (parse.go). It parses every .bicep and .bicepparam
// file in parallel, indexes each file's declarations (decls.go), then
// plans units: each .bicep file that no other one calls as a module or
// imports from, once per parameters file that names it (a .bicepparam
// file's using line, main.parameters.json beside main.bicep, or the
// --parameters files), or once with default values. A unit evaluates its
// entry file as a deployment (deployment.go): parameters from the file or
// their defaults (a parameter with neither is unknown, never empty),
// variables lazily, expressions (eval.go, ops.go, access.go, call.go)
// with the Bicep functions the ARM library lacks (any, load*Content,
// readEnvironmentVariable, nameof, scope functions with arguments: see
// scope.go, load.go), lambdas and user-defined functions, and imports of
// other files' variables and functions.
//
// Resources (resource.go) expand into instances: loops with their item
// and index, if conditions (false drops the node, unknown keeps it with a
// condition fact), nested child resources and parent, extension resources
// (scope: aks) and their children, the legacy …/providers/extensions
// form, existing resources (in another group or subscription too).
// Symbolic references resolve to the referenced instance: its id, name,
// type and apiVersion are known; any other property is what the deployed
// resource reports, an unknown that records what it reads, so that it
// still becomes an edge (aks.properties.oidcIssuerProfile.issuerURL). IDs
// are those resourceId() gives, with the deployment's subscription and
// group as placeholders. Each instance becomes a node (build.go, facts.go):
// literal values keep their ranges, computed ones take their
// expression's. Modules (module.go) evaluate their file with the params
// given, in the scope given (resourceGroup('rg-net')), as a nested
// deployment: their node IDs carry the deployment name
// (main.bicep:network>…), their Origin the module call, their outputs
// what the caller reads. Registry and template spec modules cannot be
// read offline: their outputs are unknown and a bicep-module diagnostic
// says so. Within a unit, references become edges (resolve.go), and an
// existing resource the unit also declares is that resource.
//
// Bounds: parse depth (syntax), evaluation depth 2,000, ARM's 800 items
// per loop, 1,000,000 loop iterations and 100,000 resources per unit, 32
// module levels, and the funcs budget of calls and built values. Beyond
// them a bicep-limit diagnostic says what was left out. Errors never stop
// a file: a part that cannot be evaluated is unknown and reported with its
// range.
package bicep
