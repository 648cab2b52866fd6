// Package value is the data model of the ARM template language, shared by
// the expression evaluator (parsers/arm/expr), the function library
// (parsers/arm/funcs), the template evaluator (parsers/arm) and Bicep.
//
// A value is plain Go data: nil (JSON null), bool, int64, float64 (JSON
// numbers that are not whole; ARM arithmetic is integer only), string,
// []any (an array) and *Object (an object that keeps its keys' order and
// looks names up case-insensitively, as ARM does). Two kinds stand for
// what a static reader cannot have: *Unknown, a value known only at
// deployment (reference(), utcNow(), a parameter without a value), and
// *Lambda, the function value lambda() makes for filter, map and reduce.
//
// Unknowns travel: a function given an unknown argument returns an
// unknown, unless its result does not depend on it (if() with a known
// condition, coalesce() with a known non-null first argument). An unknown
// whose only missing parts are the deployment's scope (subscription ID,
// resource group name, tenant) is marked Scope: its Text is the value with
// those parts written as {subscriptionId}, {resourceGroupName} or
// {tenantId}, so that resource IDs built from it keep their identity.
package value
