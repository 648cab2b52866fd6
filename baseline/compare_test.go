package baseline

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// Findings for the comparisons: a and b differ by node, a2 is a with
// another message.
var (
	fa  = find("AZR-ISO-004", "a", graph.P("properties", "publicNetworkAccess"), "storage account a is public", at("main.tf", 3, 1, 9))
	fa2 = find("AZR-ISO-004", "a", graph.P("properties", "publicNetworkAccess"), "storage account a is public to all", at("main.tf", 3, 1, 9))
	fb  = find("AZR-ISO-004", "b", graph.P("properties", "publicNetworkAccess"), "storage account b is public", at("main.tf", 9, 1, 9))
)

func baselineOf(fs ...finding.Finding) *Baseline {
	b := &Baseline{Name: "old.sarif"}
	for _, f := range fs {
		b.Results = append(b.Results, Result{Fingerprint: f.Fingerprint(), Finding: f})
	}
	return b
}

// moved is f on other lines.
func moved(f finding.Finding, lines int) finding.Finding {
	f.Location.Range.Start.Line += lines
	f.Location.Range.End.Line += lines
	return f
}

func suppressed(f finding.Finding) finding.Finding {
	f.Suppressions = []finding.Suppression{{Kind: finding.External, Justification: "accepted"}}
	return f
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name       string
		findings   []finding.Finding
		baseline   *Baseline
		want       []string // rule node state of each finding, in report order
		wantAbsent []string
	}{
		{"unchanged", []finding.Finding{fa}, baselineOf(fa), []string{"AZR-ISO-004 a unchanged"}, nil},
		{"lines moved", []finding.Finding{moved(fa, 40)}, baselineOf(fa), []string{"AZR-ISO-004 a unchanged"}, nil},
		{"full stop", []finding.Finding{fa}, baselineOf(func() finding.Finding { f := fa; f.Message += "."; return f }()),
			[]string{"AZR-ISO-004 a unchanged"}, nil},
		{"updated", []finding.Finding{fa2}, baselineOf(fa), []string{"AZR-ISO-004 a updated"}, nil},
		{"new and absent", []finding.Finding{fb}, baselineOf(fa), []string{"AZR-ISO-004 b new"}, []string{"AZR-ISO-004 a absent"}},
		{"empty baseline", []finding.Finding{fa, fb}, baselineOf(), []string{"AZR-ISO-004 a new", "AZR-ISO-004 b new"}, nil},
		{"nil baseline", []finding.Finding{fa}, nil, []string{"AZR-ISO-004 a new"}, nil},
		{"all gone", nil, baselineOf(fa, fb), nil, []string{"AZR-ISO-004 a absent", "AZR-ISO-004 b absent"}},
		{"more than before", []finding.Finding{fa, fa, fa}, baselineOf(fa, fa),
			[]string{"AZR-ISO-004 a unchanged", "AZR-ISO-004 a unchanged", "AZR-ISO-004 a new"}, nil},
		{"fewer than before", []finding.Finding{fa}, baselineOf(fa, fa),
			[]string{"AZR-ISO-004 a unchanged"}, []string{"AZR-ISO-004 a absent"}},
		{"messages pair first", []finding.Finding{fa, moved(fa2, 1)}, baselineOf(fa2, fa),
			[]string{"AZR-ISO-004 a unchanged", "AZR-ISO-004 a unchanged"}, nil},
		{"exact match wins", []finding.Finding{fa2, moved(fa, 1)}, baselineOf(fa),
			[]string{"AZR-ISO-004 a new", "AZR-ISO-004 a unchanged"}, nil},
		{"one of two updated", []finding.Finding{fa2, moved(fa2, 1)}, baselineOf(fa, fa2),
			[]string{"AZR-ISO-004 a unchanged", "AZR-ISO-004 a updated"}, nil},
		{"suppressed", []finding.Finding{suppressed(fa), suppressed(fb)}, baselineOf(fa),
			[]string{"AZR-ISO-004 a unchanged", "AZR-ISO-004 b new"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &finding.Report{Findings: tc.findings}
			Compare(r, tc.baseline)
			if diff := cmp.Diff(tc.want, states(r.Findings)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantAbsent, states(r.Absent)); diff != "" {
				t.Errorf("absent (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareAbsent: an absent finding keeps what the baseline says of it,
// and the report stays sorted.
func TestCompareAbsent(t *testing.T) {
	gone := fb
	gone.Level, gone.Heuristic = finding.Warning, true
	r := &finding.Report{Findings: []finding.Finding{moved(fa, 20)}}
	Compare(r, baselineOf(gone, fa, moved(fa, -2)))
	want := gone
	want.BaselineState = finding.Absent
	keep := fa
	keep.BaselineState = finding.Absent
	keep = moved(keep, -2)
	if diff := cmp.Diff([]finding.Finding{keep, want}, r.Absent); diff != "" {
		t.Errorf("absent (-want +got):\n%s", diff)
	}
	if r.Absent[0].Fingerprint() != fa.Fingerprint() || r.Absent[1].Fingerprint() != gone.Fingerprint() {
		t.Error("an absent finding lost its fingerprint")
	}
}

// TestCompareAgain: comparing a report twice gives the same states.
func TestCompareAgain(t *testing.T) {
	r := &finding.Report{Findings: []finding.Finding{fa2, fb}}
	Compare(r, baselineOf(fa))
	r.Absent = nil
	first := states(r.Findings)
	Compare(r, baselineOf(fa))
	if diff := cmp.Diff(first, states(r.Findings)); diff != "" {
		t.Errorf("second comparison (-first +second):\n%s", diff)
	}
}
