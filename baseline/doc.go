// Package baseline compares a scan with an earlier one: the SARIF log moat
// wrote then, kept as the baseline.
//
//	SARIF log ─► Read ─► Baseline{Results: fingerprint + rebuilt finding}
//	                          │
//	finding.Report ─► Compare ┴─► BaselineState on every finding (new,
//	                              unchanged, updated) + Report.Absent
//
// Read streams the log (a result at a time, at most MaxSize bytes) and
// keeps the results of the runs whose tool is moat, each with its moat/v1
// partial fingerprint and the finding rebuilt from it: rule, level,
// message, node, attribute path (the result property report/sarif writes
// for it), file and lines. The rebuilt finding has the fingerprint the log
// gives, so that a finding of the baseline that is gone is written back
// with the same fingerprint. Its errors say whether the input is not JSON,
// not SARIF 2.1.0, or holds no moat run; results without a fingerprint are
// counted, not kept.
//
// Compare matches the findings of a report with the results by
// fingerprint, line numbers playing no part, and sets their states.
//
// Start with Read in read.go; decode.go walks the log, result.go turns a
// SARIF result into a finding, and compare.go holds Compare.
package baseline
