// Package policies holds moat's rules and the engine that runs them.
//
// Each rule is one Rego v1 package under policies/<area>/<slug>.rego with
// its tests in <slug>_test.rego beside it. A METADATA block on the package
// carries everything said about the rule (title, description, the seed
// document, and under custom: id, severity, provenance, seed section,
// remediation, scope, formats); metadata.go decodes custom strictly, so a
// misspelt key fails the build's tests instead of vanishing. The only
// entry point of a rule is deny, a set of objects
//
//	{"msg": string, "resource": node ID, "attr": [path steps],
//	 "level": "warning"|"note" (optional, lowers the rule's severity),
//	 "related": [{"resource", "attr", "msg"}], "heuristic": bool,
//	 "sensitive": bool (the location holds a secret value; never quote it),
//	 "key": bool (point at the attribute's key, where one is recorded)}
//
// pointing at a node and attribute; Go turns the pointer into a source
// range with graph.Locate. Helpers shared by rules live in policies/lib and
// are unknown-safe: a value listed in a node's unknown paths never counts as
// present, absent, true or false.
//
// The engine compiles every module once with capabilities that leave out
// network and non-deterministic built-ins, prepares one query per rule,
// and evaluates them in parallel against one input value, each under a
// time bound. Start with engine.go; input.go shows the data rules see.
package policies
