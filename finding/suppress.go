package finding

import "github.com/moatscan/moat/graph"

// Suppression kinds, as SARIF names them.
const (
	InSource = "inSource" // a comment or an ARM metadata entry in the scanned file
	External = "external" // an entry of .moat.yaml
)

// Suppression says why a finding does not count: a person accepted it,
// with a reason, possibly until a date.
type Suppression struct {
	Kind          string      `json:"kind"` // InSource or External
	Justification string      `json:"justification"`
	Expires       string      `json:"expires,omitempty"` // YYYY-MM-DD, the last day it holds
	Location      graph.Range `json:"location"`          // where the suppression is written
}

// Baseline states, as SARIF names them. A finding has one only when the
// scan was compared with a baseline.
const (
	New       = "new"       // not in the baseline
	Unchanged = "unchanged" // in the baseline, with the same message
	Updated   = "updated"   // in the baseline, with another message
	Absent    = "absent"    // in the baseline, gone from this scan
)

// Suppressed reports whether someone accepted the finding.
func (f Finding) Suppressed() bool { return len(f.Suppressions) > 0 }

// Counted reports whether the finding counts toward the summary and the
// exit code: it is neither suppressed nor already in the baseline.
func (f Finding) Counted() bool {
	if f.Suppressed() {
		return false
	}
	switch f.BaselineState {
	case Unchanged, Updated, Absent:
		return false
	}
	return true
}
