package finding

// Coverage says, per catalog requirement, which resources a scan proved
// compliant, found violating, or could not decide, and lists the
// requirements no static check can decide.
type Coverage struct {
	Requirements  []RequirementCoverage `json:"requirements"`
	NotCheckable  []Requirement         `json:"notCheckable"`
	Compliant     int                   `json:"compliant"`
	Violating     int                   `json:"violating"`
	Undetermined  int                   `json:"undetermined"`
	NotApplicable int                   `json:"notApplicable"` // requirements with no resource in scope
}

// RequirementCoverage is one rule's share of the report.
type RequirementCoverage struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Severity  Level     `json:"severity"`
	Resources []Subject `json:"resources"` // sorted by status, then location
}

// Subject is one resource in a requirement's scope and what the scan
// concluded about it.
type Subject struct {
	Node     string   `json:"node"`
	Location Location `json:"location"`
	Status   string   `json:"status"`            // compliant, violating or undetermined
	Reasons  []string `json:"reasons,omitempty"` // the findings' messages: why it violates or is undetermined
}

// Subject statuses.
const (
	StatusCompliant    = "compliant"
	StatusViolating    = "violating"
	StatusUndetermined = "undetermined"
)

// Requirement is a catalog requirement that no static check decides.
type Requirement struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Reason string `json:"reason"` // why it cannot be checked from configuration
}
