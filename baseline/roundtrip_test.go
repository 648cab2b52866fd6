package baseline

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/report/sarif"
)

// TestReadRoundTrip: a log the writer wrote gives back every finding, with
// the fingerprint it had, and a finding whose Fingerprint() is that one.
func TestReadRoundTrip(t *testing.T) {
	r := scan()
	b := readBytes(t, write(t, r))
	if b.Name != "old.sarif" || b.Unfingerprinted != 0 || len(b.Results) != len(r.Findings) {
		t.Fatalf("baseline %q: %d results, %d unfingerprinted; want %d and 0", b.Name, len(b.Results), b.Unfingerprinted, len(r.Findings))
	}
	for i, res := range b.Results {
		want := r.Findings[i]
		if res.Fingerprint != want.Fingerprint() || res.Finding.Fingerprint() != res.Fingerprint {
			t.Errorf("result %d: fingerprint %s, rebuilt %s; want %s", i, res.Fingerprint, res.Finding.Fingerprint(), want.Fingerprint())
		}
		want.Suppressions = nil // a baseline does not keep them
		if want.Location.Node != "" {
			want.Message = sarif.MessageText(want.Message)
		}
		if diff := cmp.Diff(want, res.Finding); diff != "" {
			t.Errorf("result %d (-want +got):\n%s", i, diff)
		}
	}
}

// TestCompareRoundTrip writes a scan, reads it back as the baseline, and
// compares scans with it.
func TestCompareRoundTrip(t *testing.T) {
	old := scan()
	data := write(t, old)
	tests := []struct {
		name       string
		edit       func(r *finding.Report)
		want       []string // states of the findings, in order
		wantAbsent int      // index in old.Findings of the absent one, or -1
	}{
		{"same scan", func(*finding.Report) {}, []string{"unchanged", "unchanged", "unchanged", "unchanged", "unchanged"}, -1},
		{"lines moved", func(r *finding.Report) {
			for i := range r.Findings {
				r.Findings[i].Location.Range.Start.Line += 7
				r.Findings[i].Location.Range.End.Line += 7
			}
		}, []string{"unchanged", "unchanged", "unchanged", "unchanged", "unchanged"}, -1},
		{"message changed", func(r *finding.Report) { r.Findings[3].Message += " any more" },
			[]string{"unchanged", "unchanged", "unchanged", "updated", "unchanged"}, -1},
		{"finding fixed", func(r *finding.Report) { r.Findings = append(r.Findings[:2], r.Findings[3:]...) },
			[]string{"unchanged", "unchanged", "unchanged", "unchanged"}, 2},
		{"node-less finding fixed", func(r *finding.Report) { r.Findings = append(r.Findings[:1], r.Findings[2:]...) },
			[]string{"unchanged", "unchanged", "unchanged", "unchanged"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := scan()
			tc.edit(r)
			Compare(r, readBytes(t, data))
			var got []string
			for _, f := range r.Findings {
				got = append(got, f.BaselineState)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("states (-want +got):\n%s", diff)
			}
			if tc.wantAbsent < 0 {
				if len(r.Absent) != 0 {
					t.Errorf("absent = %v, want none", states(r.Absent))
				}
				return
			}
			if len(r.Absent) != 1 {
				t.Fatalf("absent = %v, want one", states(r.Absent))
			}
			checkAbsent(t, r, old.Findings[tc.wantAbsent])
		})
	}
}

// checkAbsent checks that the absent finding is gone's, and that the log
// of the compared report carries it with gone's fingerprint.
func checkAbsent(t *testing.T, r *finding.Report, gone finding.Finding) {
	t.Helper()
	a := r.Absent[0]
	if a.BaselineState != finding.Absent || a.RuleID != gone.RuleID || a.Level != gone.Level ||
		sarif.MessageText(a.Message) != sarif.MessageText(gone.Message) || a.Location.Range.Start != gone.Location.Range.Start {
		t.Errorf("absent = %+v, want %+v in state absent", a, gone)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				BaselineState       string            `json:"baselineState"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(write(t, r), &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	last := results[len(results)-1]
	if last.BaselineState != finding.Absent || last.PartialFingerprints[sarif.FingerprintKey] != gone.Fingerprint() {
		t.Errorf("last result: %s %v, want absent with fingerprint %s", last.BaselineState, last.PartialFingerprints, gone.Fingerprint())
	}
}

// TestReadSkipsAbsent: the log of a compared scan, read as a baseline,
// holds the findings of that scan, not those it reported absent.
func TestReadSkipsAbsent(t *testing.T) {
	r := scan()
	r.Findings = r.Findings[1:]
	Compare(r, readBytes(t, write(t, scan())))
	if len(r.Absent) != 1 {
		t.Fatalf("absent = %v, want one", states(r.Absent))
	}
	b := readBytes(t, write(t, r))
	if len(b.Results) != len(r.Findings) {
		t.Errorf("got %d results, want the %d findings of the scan", len(b.Results), len(r.Findings))
	}
}
