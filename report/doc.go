// Package report writes a finding.Report for people and programs: Text
// prints the findings grouped by file, each as file:line:col with its
// rule, message and a source snippet, then the input diagnostics, the
// files that were skipped or failed, and a summary line that also counts
// the suppressed findings and those already in a baseline; JSON writes the
// whole report, with each finding's fingerprint and a summary, under a
// versioned schema. Progress draws a "parsing 350/1200 files" line on a
// terminal while a scan runs. SARIF lives in the subpackage report/sarif.
//
// Writers expect a sorted report (finding.Report.Sort) and never reorder
// it; the same report always gives the same bytes.
//
// Start with text.go; findings.go groups, marks and prints the findings,
// snippet.go cuts and underlines source lines, width.go decides how wide
// each character is on a terminal, json.go is the JSON writer, summary.go
// the counts both share, and progress.go the progress line.
package report
