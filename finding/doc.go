// Package finding holds what a scan concludes: the rules that ran (their
// metadata, decoded from the policies), the findings they produced, located
// in the source, and the Report that carries both, with the input
// diagnostics and the files read, to the writers in package report.
//
// Start with Report in report.go.
package finding
