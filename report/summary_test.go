package report

import (
	"testing"

	"github.com/moatscan/moat/finding"
)

func TestSummaryLine(t *testing.T) {
	state := func(s string, suppressed bool) finding.Finding {
		f := finding.Finding{Level: finding.Error, BaselineState: s}
		if suppressed {
			f.Suppressions = []finding.Suppression{{Kind: finding.InSource}}
		}
		return f
	}
	tests := []struct {
		name   string
		report *finding.Report
		want   string
	}{
		{"empty", &finding.Report{}, "0 errors, 0 warnings, 0 notes in 0 files"},
		{"levels", levelsReport(), "2 errors, 1 warning, 1 note in 3 files"},
		{"files", diagnosticsReport(), "0 errors, 0 warnings, 0 notes in 4 files (1 skipped, 2 failed)"},
		{"suppressed", suppressedReport(), "1 error, 1 warning, 0 notes in 3 files; 2 suppressed"},
		{"baseline", baselineReport(), "0 errors, 1 warning, 0 notes in 3 files; 1 suppressed; 1 unchanged, 1 updated since the baseline, 2 fixed"},
		{"all new", &finding.Report{Findings: []finding.Finding{state(finding.New, false)}},
			"1 error, 0 warnings, 0 notes in 0 files; 0 unchanged since the baseline, 0 fixed"},
		{"only absent", &finding.Report{Absent: []finding.Finding{state(finding.Absent, false)}},
			"0 errors, 0 warnings, 0 notes in 0 files; 0 unchanged since the baseline, 1 fixed"},
		{"suppressed wins", &finding.Report{Findings: []finding.Finding{state(finding.Unchanged, true), state(finding.Updated, true)}},
			"0 errors, 0 warnings, 0 notes in 0 files; 2 suppressed; 0 unchanged since the baseline, 0 fixed"},
		{"only updated", &finding.Report{Findings: []finding.Finding{state(finding.Updated, false), state(finding.Updated, false)}},
			"0 errors, 0 warnings, 0 notes in 0 files; 0 unchanged, 2 updated since the baseline, 0 fixed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := summarize(tc.report).String(); got != tc.want {
				t.Errorf("summary\ngot  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestSummaryPartition checks that every finding is counted exactly once:
// by level, as suppressed, or as unchanged or updated.
func TestSummaryPartition(t *testing.T) {
	for _, tc := range reports {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.report()
			s := summarize(r)
			sum := s.Errors + s.Warnings + s.Notes + s.Suppressed + s.Unchanged + s.Updated + s.Absent - len(r.Absent)
			if sum != len(r.Findings) {
				t.Errorf("counts add up to %d, want %d findings: %+v", sum, len(r.Findings), s)
			}
		})
	}
}
