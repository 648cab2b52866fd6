// Package graph is the vocabulary every stage of moat shares: source
// positions, diagnostics, and the resource graph that parsers fill and
// policies read.
//
//	Graph ──► Node (ID, Type, Format, Attrs, Unknown, Facts)
//	  │         ├── Range          where the resource is defined
//	  │         └── Ranges[path]   where each attribute value is written
//	  └──► Edge (From ──Kind──► To, Heuristic)
//
// A Range is a half-open span of a file: line and column (in Unicode code
// points) for people, byte offsets for programs; bytes are authoritative.
// Problems in the user's input are Diagnostics with a stable Code and a
// subject Range; they pile up and never stop a stage.
//
// Azure resources are stored under their ARM type with the ARM resource body
// as Attrs, whatever format declared them; Kubernetes objects under
// apiVersion/kind with the object as Attrs. Values that cannot be known
// statically are listed in Unknown and are never turned into null or false.
//
// Start with node.go, then locate.go. The package imports nothing of moat's.
package graph
