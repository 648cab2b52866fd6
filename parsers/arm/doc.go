// Package arm evaluates ARM JSON templates the way Azure Resource Manager
// would deploy them, statically and offline, into the graph's ARM-shaped
// nodes with the range of every value.
//
// No Go library evaluates the template language, so it is written here,
// in four parts:
//
//   - parsers/arm/jsonc reads JSON as ARM does (comments, trailing commas,
//     case-insensitive duplicate keys) and keeps every value's range;
//   - parsers/arm/expr parses and evaluates the expressions inside strings
//     ("[concat(parameters('x'), '-aks')]"), with ranges inside the string;
//   - parsers/arm/funcs is the function library, shared with Bicep;
//   - this package evaluates templates: parameters, variables, user-defined
//     functions, resources, outputs and nested deployments.
//
// Start with Parse (parse.go). It parses every template and parameters
// file of the scan in parallel, then plans units (unit.go): each template
// that no other template links to, once per parameters file beside it
// (azuredeploy.parameters.json for azuredeploy.json, or the --parameters
// files), or once with default values. A unit evaluates its template as a
// deployment (deployment.go): parameters from the file or their defaults
// (a parameter with neither is unknown, never empty), variables lazily and
// with copy loops (copy.go), and resources (resources.go): an array or,
// with languageVersion 2.0, an object keyed by symbolic name; nested child
// resources with short types and names; condition; copy loops of
// resources and properties (ARM's limit of 800 applies); the legacy
// extension form (…/providers/extensions). Nested deployments (nested.go)
// evaluate their inline template in the inner or outer expression scope,
// or the template file a templateLink names (relativePath, or a uri whose
// literal parts name a .json file of the scan); their outputs are what
// reference() returns for them.
//
// Each resource becomes a node (build.go, node.go): the ARM type, the body
// without the template's own keys as attributes, the name's last segment,
// the parent's ID for a child and the scope for an extension resource.
// Values computed by an expression are located at the expression; values
// known only at deployment (reference(), a parameter without value) are
// listed as unknown. Resource IDs use the deployment's subscription and
// resource group as placeholders ({subscriptionId}, {resourceGroupName}),
// so that IDs keep their identity. References become edges (resolve.go):
// a resource ID or name in an attribute, reference() of a resource and
// dependsOn, resolved against the resources of the unit; the linker
// matches the rest across the scan.
//
// Bounds: JSON nesting and size (jsonc), expression depth and a budget of
// calls and built values per template (expr, funcs), 800 copies per loop,
// 100,000 resources and copies per template, 32 levels of nested
// deployments. Beyond them an arm-limit diagnostic says what was left out.
package arm
