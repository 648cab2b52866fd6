package sarif

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	v210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/moatscan/moat/finding"
)

// TestWriteSuppressions checks what each suppression carries: kind,
// status, justification, where it is written and its expiry.
func TestWriteSuppressions(t *testing.T) {
	log, _ := decode(t, suppressedReport())
	run := log.Runs[0]
	var got []string
	for i, res := range run.Results {
		for _, s := range res.Suppressions {
			al := s.Location.PhysicalLocation.ArtifactLocation
			got = append(got, fmt.Sprintf("%d %s %s %q %s:%d %v", i, *s.Kind, *s.Status, *s.Justification,
				*run.Artifacts[al.Index].Location.URI, *s.Location.PhysicalLocation.Region.StartLine, expires(s)))
		}
	}
	want := []string{
		`0 inSource accepted "egress goes through the hub firewall, peered later" infra/main.tf:11 2026-12-31`,
		`1 external accepted "the runner account is created by the platform team" .moat.yaml:4 <nil>`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("suppressions (-want +got):\n%s", diff)
	}
}

func expires(s *v210.Suppression) any {
	if s.Properties == nil {
		return nil
	}
	return s.Properties.Properties[expiresProperty]
}

// TestWriteSuppressionKind: a kind SARIF does not know is written as
// external, so that the log stays valid.
func TestWriteSuppressionKind(t *testing.T) {
	r := levelsReport()
	r.Findings[2].Suppressions = []finding.Suppression{{Justification: "no kind"}}
	log, _ := decode(t, r)
	s := log.Runs[0].Results[2].Suppressions
	if len(s) != 1 || *s[0].Kind != finding.External || s[0].Location != nil {
		t.Errorf("suppressions = %+v, want one external without location", s)
	}
}

// TestWriteBaselineStates checks the state of every result, and that the
// absent result keeps the fingerprint of its finding.
func TestWriteBaselineStates(t *testing.T) {
	tests := []struct {
		name   string
		report func() *finding.Report
		want   []string
	}{
		{"no baseline", levelsReport, []string{"fail error <nil>", "fail warning <nil>", "fail note <nil>"}},
		{"compared", baselineReport, []string{"fail error unchanged", "fail warning updated", "fail note new", "pass none absent"}},
		{"state missing", func() *finding.Report {
			r := baselineReport()
			r.Findings[2].BaselineState = ""
			r.Absent = nil
			return r
		}, []string{"fail error unchanged", "fail warning updated", "fail note new"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.report()
			log, _ := decode(t, r)
			all := append(append([]finding.Finding(nil), r.Findings...), r.Absent...)
			var got []string
			for i, res := range log.Runs[0].Results {
				f := all[i]
				state := "<nil>"
				if res.BaselineState != nil {
					state = *res.BaselineState
				}
				got = append(got, fmt.Sprintf("%s %s %s", res.Kind, res.Level, state))
				if fp := res.PartialFingerprints[FingerprintKey]; fp != f.Fingerprint() {
					t.Errorf("result %d: fingerprint %s, want %s", i, fp, f.Fingerprint())
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("kind, level, baselineState (-want +got):\n%s", diff)
			}
		})
	}
}
