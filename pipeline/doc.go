// Package pipeline runs one scan end to end: discover the files, parse
// them in parallel, put every node in one graph, resolve the links, run the
// rules, and locate their findings in a finding.Report for the writers.
//
//	paths ─► discover ─► parsers/<format> ─► graph + link ─► policies ─► finding.Report
//
// Files of formats whose parser moat does not have yet are listed in the
// report as skipped, with the reason, never dropped. Start with Run in
// pipeline.go.
package pipeline
