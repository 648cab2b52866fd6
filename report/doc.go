// Package report writes a finding.Report for people and programs: Text
// prints each finding as file:line:col with its rule, message and a source
// snippet, then the input diagnostics, the files that were skipped or
// failed, and a summary line; JSON writes the whole report, with each
// finding's fingerprint and a summary, under a versioned schema. SARIF
// lives in the subpackage report/sarif.
//
// Writers expect a sorted report (finding.Report.Sort) and never reorder
// it; the same report always gives the same bytes.
//
// Start with text.go; snippet.go cuts and underlines source lines,
// width.go decides how wide each character is on a terminal, json.go is
// the JSON writer and summary.go the counts both share.
package report
