// Package config reads .moat.yaml, the file where a repository tells moat
// about itself. It has four sections, all optional:
//
//	profile        the scan profile the rules read: the cluster the manifests
//	               deploy to, whether it is meant to be network isolated, the
//	               environment (prod or dev) and the catalog's knobs
//	rules          which rules run (enable, disable) and level overrides
//	exclude        paths the scan skips, with the syntax of --exclude
//	suppressions   findings people accepted: rules, paths, resource, a reason
//	               and an optional last day
//
// Every problem is a diagnostic at the exact key or value that causes it,
// never silently ignored. Parsing goes in four steps: yaml.v3 reads a
// node tree (positions), shape.go walks it against the Go types (unknown
// keys with a suggestion, repeated keys, values of the wrong type), the
// strict decode fills Config, and check.go validates values and compiles
// globs and dates. Rule IDs can only be checked against the rules, so
// CheckRules in rules.go is a separate call. Starter writes the commented
// file `scan config init` offers.
//
// Start with Parse in config.go; text.go turns yaml.v3 nodes into ranges
// with byte offsets, on the line index of internal/yamltext.
package config
