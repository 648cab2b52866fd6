package report

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/finding"
)

// summary counts findings by level and files by status.
type summary struct {
	Errors   int `json:"error"`
	Warnings int `json:"warning"`
	Notes    int `json:"note"`
	Files    int `json:"files"`
	Skipped  int `json:"skipped"`
	Failed   int `json:"failed"`
}

func summarize(r *finding.Report) summary {
	c := r.Counts()
	s := summary{Errors: c[finding.Error], Warnings: c[finding.Warning], Notes: c[finding.Note], Files: len(r.Files)}
	for _, f := range r.Files {
		switch f.Status {
		case finding.Skipped:
			s.Skipped++
		case finding.Failed:
			s.Failed++
		}
	}
	return s
}

// String is the summary line: "3 errors, 1 warning, 0 notes in 12 files
// (2 skipped)".
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
	return line
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
