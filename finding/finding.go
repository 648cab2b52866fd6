package finding

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/moatscan/moat/graph"
)

// Location is a place a finding points at: a node, an attribute of it, and
// the range Locate found for them.
type Location struct {
	Node    string      `json:"node"`
	Attr    graph.Path  `json:"attr,omitempty"`
	Range   graph.Range `json:"range"`
	Message string      `json:"message,omitempty"` // for related locations: what the place is
}

// Finding is one result of one rule.
type Finding struct {
	RuleID    string     `json:"ruleId"`
	Level     Level      `json:"level"`
	Message   string     `json:"message"`
	Location  Location   `json:"location"`
	Related   []Location `json:"related,omitempty"`
	Heuristic bool       `json:"heuristic,omitempty"` // relies on a heuristic link
	// Undetermined marks a note that says the rule could not decide.
	Undetermined bool `json:"undetermined,omitempty"`
	// Advisory marks a note about a resource that meets the requirement
	// (it works, but not the way the documentation does it).
	Advisory bool `json:"advisory,omitempty"`
	// AppliesTo is the in-scope resource the finding is about when the
	// location is another one (a Secret found for an extension).
	AppliesTo string `json:"appliesTo,omitempty"`
	Sensitive bool   `json:"-"` // the location holds a secret value: never quote it

	// Suppressions are the suppressions that match the finding; a
	// suppressed finding stays in the report but does not count.
	Suppressions []Suppression `json:"suppressions,omitempty"`
	// BaselineState compares the finding with the baseline, when one
	// was given: New, Unchanged or Updated (Absent for Report.Absent).
	BaselineState string `json:"baselineState,omitempty"`
}

// Subject is the resource the finding is about, for the coverage report.
func (f Finding) Subject() string {
	if f.AppliesTo != "" {
		return f.AppliesTo
	}
	return f.Location.Node
}

// Fingerprint identifies the finding across edits that move lines: a hash
// of the rule, the node ID and the attribute path, never of positions. A
// finding about no node (a suppression comment) hashes its file and
// message instead.
func (f Finding) Fingerprint() string {
	h := sha256.New()
	parts := []string{f.RuleID, f.Location.Node, f.Location.Attr.String()}
	if f.Location.Node == "" {
		parts = append(parts, f.Location.Range.Filename, f.Message)
	}
	for _, s := range parts {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
