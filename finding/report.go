package finding

import (
	"sort"

	"github.com/moatscan/moat/graph"
)

// Report is everything one scan produced, ready for a writer.
type Report struct {
	Tool     Tool      `json:"tool"`
	Rules    []Rule    `json:"rules"` // every rule that ran, sorted by ID
	Findings []Finding `json:"findings"`
	// Absent are the findings of the baseline that this scan no longer
	// has (BaselineState Absent); empty without a baseline.
	Absent      []Finding         `json:"absent,omitempty"`
	Diagnostics graph.Diagnostics `json:"diagnostics"`
	Files       []File            `json:"files"`              // every file discovered, sorted by path
	Coverage    *Coverage         `json:"coverage,omitempty"` // requirement coverage, when asked for

	// Sensitive lists, per file, the ranges that hold secret values (Secret
	// data, credentials in environment variables). Writers that quote
	// source mask them; they are never written out.
	Sensitive map[string][]graph.Range `json:"-"`
}

// Tool names the scanner.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	URI     string `json:"informationUri"`
}

// File is one discovered file and what became of it.
type File struct {
	Path   string `json:"path"`
	Format string `json:"format"`           // kubernetes, terraform, arm, bicep, pem, …
	Status string `json:"status"`           // parsed, skipped or failed
	Reason string `json:"reason,omitempty"` // why it was skipped or failed
}

// File statuses.
const (
	Parsed  = "parsed"
	Skipped = "skipped"
	Failed  = "failed"
)

// Rule returns the rule with the given ID.
func (r *Report) Rule(id string) (Rule, bool) {
	i := sort.Search(len(r.Rules), func(i int) bool { return r.Rules[i].ID >= id })
	if i < len(r.Rules) && r.Rules[i].ID == id {
		return r.Rules[i], true
	}
	return Rule{}, false
}

// Sort puts rules, findings, diagnostics and files in their canonical
// order: findings by file, line, column, rule and message.
func (r *Report) Sort() {
	sort.Slice(r.Rules, func(i, j int) bool { return r.Rules[i].ID < r.Rules[j].ID })
	sort.SliceStable(r.Findings, func(i, j int) bool { return less(r.Findings[i], r.Findings[j]) })
	sort.SliceStable(r.Absent, func(i, j int) bool { return less(r.Absent[i], r.Absent[j]) })
	r.Diagnostics.Sort()
	sort.Slice(r.Files, func(i, j int) bool { return r.Files[i].Path < r.Files[j].Path })
}

func less(a, b Finding) bool {
	ra, rb := a.Location.Range, b.Location.Range
	switch {
	case ra.Filename != rb.Filename:
		return ra.Filename < rb.Filename
	case ra.Start.Line != rb.Start.Line:
		return ra.Start.Line < rb.Start.Line
	case ra.Start.Column != rb.Start.Column:
		return ra.Start.Column < rb.Start.Column
	case a.RuleID != b.RuleID:
		return a.RuleID < b.RuleID
	case a.Message != b.Message:
		return a.Message < b.Message
	}
	return a.Location.Node < b.Location.Node
}

// Counts returns the number of counted findings per level: suppressed
// findings and those already in the baseline are left out.
func (r *Report) Counts() map[Level]int {
	c := map[Level]int{}
	for _, f := range r.Findings {
		if f.Counted() {
			c[f.Level]++
		}
	}
	return c
}
