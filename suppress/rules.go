package suppress

import "github.com/moatscan/moat/finding"

// readme documents the suppression syntax.
const readme = "https://github.com/moatscan/moat#suppressions"

// The rules about suppressions themselves. They are written in Go, not
// Rego, because they judge the suppressions after every policy has run.
var (
	ruleExpired = finding.Rule{
		ID:    "AZR-SUP-001",
		Title: "Suppression past its expiry date",
		Description: "A moat:ignore suppression (a comment, an ARM metadata entry or a .moat.yaml entry) carries an expiry date " +
			"that has passed. It no longer suppresses anything: the findings it accepted count again, and the suppression " +
			"itself is reported so that someone decides whether the exception still holds.",
		Severity:   finding.Warning,
		Provenance: "supplementary",
		Seed:       finding.Seed{Section: "moat's suppression syntax (README, Suppressions)"},
		Remediation: "Fix the findings the suppression accepted and delete it, or, if the exception still holds, " +
			"set a new expires=YYYY-MM-DD date and say why in its reason.",
		Scope:      "Every suppression with an expiry date.",
		Formats:    []string{"arm", "bicep", "kubernetes", "terraform"},
		References: []string{readme},
	}
	ruleUnused = finding.Rule{
		ID:    "AZR-SUP-002",
		Title: "Suppression that matches no finding",
		Description: "A moat:ignore suppression names rules that ran but accepts none of their findings: the problem it " +
			"accepted was fixed, the resource moved, or the suppression sits on the wrong line. A stale suppression " +
			"would silently accept a future finding in the same place.",
		Severity:    finding.Note,
		Provenance:  "supplementary",
		Seed:        finding.Seed{Section: "moat's suppression syntax (README, Suppressions)"},
		Remediation: "Delete the suppression, or move it onto the line of the resource or attribute whose finding it accepts.",
		Scope:       "Every suppression whose rules ran in the scan.",
		Formats:     []string{"arm", "bicep", "kubernetes", "terraform"},
		References:  []string{readme},
	}
)

// Rules returns the suppression rules, sorted by ID.
func Rules() []finding.Rule { return []finding.Rule{ruleExpired, ruleUnused} }
