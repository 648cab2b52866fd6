// Package suppress applies the suppressions people write to accept a
// finding: a comment in HCL, Bicep or YAML, a metadata entry on an ARM
// resource, or an entry of .moat.yaml. All use one syntax:
//
//	moat:ignore AZR-ISO-004[,AZR-INF-001] [expires=2027-03-31] -- why it is accepted
//
// A comment governs the line it ends (a trailing comment) or, written on
// lines of its own, the next line of code below it. A suppression there
// accepts the findings of the listed rules on the resource that starts on
// that line, on the attribute or block that starts there, or at that line
// itself. The reason is required; the expiry date is the last day the
// suppression holds.
//
// Suppressed findings stay in the report with their suppressions. An
// expired suppression no longer suppresses and is itself a finding
// (AZR-SUP-001); one that matches no finding of a rule that ran is
// reported too (AZR-SUP-002); a malformed one is an input diagnostic
// (suppression-invalid).
//
// Start with Collect in collect.go, then Apply in apply.go.
package suppress
