// Package attrs turns evaluated template values into the attributes of a
// graph node, for the ARM and Bicep evaluators alike: an unknown value
// becomes a null listed in the node's Unknown (as Terraform's do), every
// part of a computed value is located at the expression that computed
// it, and values that name another resource (a resource ID, a value read
// through reference() or a Bicep symbolic reference) are recorded as Refs
// for the evaluator to turn into edges.
//
// Start with Builder.Plain (attrs.go).
package attrs
