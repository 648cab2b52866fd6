// Package sarif writes a finding.Report as a SARIF 2.1.0 log, the format
// GitHub code scanning and IDE SARIF viewers read.
//
// The log has one run. Its tool.driver lists every rule that ran as a
// reportingDescriptor (descriptions, help, helpUri, default level,
// security-severity and tags); each finding becomes a result with an exact
// region in a %SRCROOT%-relative artifact, a partial fingerprint that does
// not depend on line numbers (with the attribute path it hashes as a
// property, so that a reader can compute it again), and related locations
// for linked nodes. A suppressed finding stays a result, with its
// suppressions. A report compared with a baseline gives every result a
// baselineState, and the baseline's findings this scan no longer has
// become results in state "absent". Input diagnostics and skipped or
// failed files become tool execution notifications of the run's
// invocation.
//
// Start with Write in sarif.go; rules.go and help.go build the
// reportingDescriptors, results.go the results and their locations,
// state.go their suppressions and baseline states, notify.go the
// notifications and uri.go the artifact URIs (and FileName, their
// inverse, for readers such as package baseline). The log is built with
// github.com/owenrumney/go-sarif/v3; compact.go then drops the values
// SARIF defines as absent (-1 indexes, empty arrays) that go-sarif writes
// anyway, so that the log passes the SARIF Multitool without warnings. The
// output is the same bytes for the same report, and holds no absolute path
// of the machine that wrote it.
package sarif
