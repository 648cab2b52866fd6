// Package sarif writes a finding.Report as a SARIF 2.1.0 log, the format
// GitHub code scanning and IDE SARIF viewers read.
//
// The log has one run. Its tool.driver lists every rule that ran as a
// reportingDescriptor (descriptions, help, helpUri, default level,
// security-severity and tags); each finding becomes a result with an exact
// region in a %SRCROOT%-relative artifact, a partial fingerprint that does
// not depend on line numbers, and related locations for linked nodes. Input
// diagnostics and skipped or failed files become tool execution
// notifications of the run's invocation.
//
// Start with Write in sarif.go; rules.go and help.go build the
// reportingDescriptors, results.go the results and their locations,
// notify.go the notifications and uri.go the artifact URIs. The log is
// built with github.com/owenrumney/go-sarif/v3; compact.go then drops the
// values SARIF defines as absent (-1 indexes, empty arrays) that go-sarif
// writes anyway, so that the log passes the SARIF Multitool without
// warnings. The output is the same bytes for the same report, and holds no
// absolute path of the machine that wrote it.
package sarif
