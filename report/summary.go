package report

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/finding"
)

// summary counts findings by level and files by status. The levels count
// only counted findings; the others are counted once each, a suppression
// first: Suppressed are the suppressed findings, Unchanged and Updated the
// unsuppressed ones already in the baseline, Absent the baseline findings
// this scan no longer has.
type summary struct {
	Errors     int `json:"error"`
	Warnings   int `json:"warning"`
	Notes      int `json:"note"`
	Files      int `json:"files"`
	Skipped    int `json:"skipped"`
	Failed     int `json:"failed"`
	Suppressed int `json:"suppressed"`
	Unchanged  int `json:"unchanged"`
	Updated    int `json:"updated"`
	Absent     int `json:"absent"`

	// baseline is set when the scan was compared with a baseline: a
	// finding has a baseline state, or some baseline finding is gone.
	baseline bool
}

func summarize(r *finding.Report) summary {
	c := r.Counts()
	s := summary{Errors: c[finding.Error], Warnings: c[finding.Warning], Notes: c[finding.Note], Files: len(r.Files),
		Absent: len(r.Absent), baseline: len(r.Absent) > 0}
	for _, f := range r.Files {
		switch f.Status {
		case finding.Skipped:
			s.Skipped++
		case finding.Failed:
			s.Failed++
		}
	}
	for _, f := range r.Findings {
		s.baseline = s.baseline || f.BaselineState != ""
		switch countedAs(f) {
		case suppressed:
			s.Suppressed++
		case finding.Unchanged:
			s.Unchanged++
		case finding.Updated:
			s.Updated++
		case finding.Absent:
			s.Absent++
		}
	}
	return s
}

// String is the summary line: "3 errors, 1 warning, 0 notes in 12 files
// (2 skipped)", then "; 3 suppressed" when some are, and after a
// comparison with a baseline "; 4 unchanged, 1 updated since the
// baseline, 2 fixed" (the updated only when some are).
func (s summary) String() string {
	line := fmt.Sprintf("%s, %s, %s in %s", plural(s.Errors, "error"), plural(s.Warnings, "warning"),
		plural(s.Notes, "note"), plural(s.Files, "file"))
	var aside []string
	if s.Skipped > 0 {
		aside = append(aside, fmt.Sprintf("%d skipped", s.Skipped))
	}
	if s.Failed > 0 {
		aside = append(aside, fmt.Sprintf("%d failed", s.Failed))
	}
	if len(aside) > 0 {
		line += " (" + strings.Join(aside, ", ") + ")"
	}
	if s.Suppressed > 0 {
		line += fmt.Sprintf("; %d suppressed", s.Suppressed)
	}
	if s.baseline {
		line += fmt.Sprintf("; %d unchanged", s.Unchanged)
		if s.Updated > 0 {
			line += fmt.Sprintf(", %d updated", s.Updated)
		}
		line += fmt.Sprintf(" since the baseline, %d fixed", s.Absent)
	}
	return line
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
