package finding

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func at(file string, line, col int) Location {
	return Location{Node: file, Range: graph.Range{Filename: file, Start: graph.Pos{Line: line, Column: col}}}
}

func TestFingerprintIgnoresPositions(t *testing.T) {
	a := Finding{RuleID: "AZR-WI-007", Location: Location{Node: "n", Attr: graph.P("spec"), Range: graph.Range{Start: graph.Pos{Line: 3}}}}
	b := a
	b.Location.Range.Start.Line = 30
	b.Message = "reworded"
	if a.Fingerprint() != b.Fingerprint() {
		t.Error("moving or rewording a finding changed its fingerprint")
	}
	for _, c := range []Finding{
		{RuleID: "AZR-WI-008", Location: a.Location},
		{RuleID: "AZR-WI-007", Location: Location{Node: "m", Attr: graph.P("spec")}},
		{RuleID: "AZR-WI-007", Location: Location{Node: "n", Attr: graph.P("metadata")}},
	} {
		if c.Fingerprint() == a.Fingerprint() {
			t.Errorf("%+v shares the fingerprint of %+v", c, a)
		}
	}
	if len(a.Fingerprint()) != 32 {
		t.Errorf("fingerprint %q is not 32 hex digits", a.Fingerprint())
	}
}

func TestSort(t *testing.T) {
	r := &Report{
		Rules: []Rule{{ID: "AZR-WI-009"}, {ID: "AZR-ISO-010"}},
		Findings: []Finding{
			{RuleID: "AZR-WI-009", Message: "b", Location: at("b.yaml", 1, 1)},
			{RuleID: "AZR-WI-009", Message: "b", Location: at("a.yaml", 10, 1)},
			{RuleID: "AZR-WI-009", Message: "a", Location: at("a.yaml", 2, 5)},
			{RuleID: "AZR-ISO-010", Message: "z", Location: at("a.yaml", 2, 5)},
			{RuleID: "AZR-ISO-010", Message: "c", Location: at("a.yaml", 2, 1)},
		},
		Files: []File{{Path: "b.yaml"}, {Path: "a.yaml"}},
	}
	r.Sort()
	var got []string
	for _, f := range r.Findings {
		got = append(got, f.Location.Range.String()+" "+f.RuleID+" "+f.Message)
	}
	want := []string{
		"a.yaml:2:1 AZR-ISO-010 c",
		"a.yaml:2:5 AZR-ISO-010 z",
		"a.yaml:2:5 AZR-WI-009 a",
		"a.yaml:10:1 AZR-WI-009 b",
		"b.yaml:1:1 AZR-WI-009 b",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if r.Rules[0].ID != "AZR-ISO-010" || r.Files[0].Path != "a.yaml" {
		t.Errorf("rules or files not sorted: %v %v", r.Rules, r.Files)
	}
	if rule, ok := r.Rule("AZR-WI-009"); !ok || rule.ID != "AZR-WI-009" {
		t.Error("Rule lookup failed")
	}
	if _, ok := r.Rule("AZR-WI-001"); ok {
		t.Error("Rule found a rule that is not there")
	}
	if c := r.Counts(); c[Error] != 0 || len(c) != 1 {
		t.Errorf("Counts = %v", c)
	}
}

func TestLevels(t *testing.T) {
	for _, s := range []string{"error", "warning", "note"} {
		l, err := ParseLevel(s)
		if err != nil || string(l) != s {
			t.Errorf("ParseLevel(%q) = %v, %v", s, l, err)
		}
	}
	if _, err := ParseLevel("critical"); err == nil {
		t.Error("ParseLevel accepted critical")
	}
	ranks := []int{Error.Rank(), Warning.Rank(), Note.Rank(), Level("").Rank()}
	for i := 1; i < len(ranks); i++ {
		if ranks[i] >= ranks[i-1] {
			t.Errorf("ranks out of order: %v", ranks)
		}
	}
	if (Rule{ID: "AZR-ISO-010"}).Area() != "ISO" || (Rule{ID: "AZR-WI-006"}).Area() != "WI" {
		t.Error("Area")
	}
}

func TestMatchRule(t *testing.T) {
	for _, tc := range []struct {
		pattern, id string
		want        bool
	}{
		{"AZR-ISO-004", "AZR-ISO-004", true},
		{"azr-iso-004", "AZR-ISO-004", true},
		{"AZR-ISO-004", "AZR-ISO-0040", false},
		{"AZR-SCH-*", "AZR-SCH-001", true},
		{"AZR-SCH-*", "AZR-ISO-001", false},
		{"*-001", "AZR-WI-001", true},
		{"AZR-*-01?", "AZR-TLS-012", true},
		{"AZR-[", "AZR-[", false},
	} {
		if got := MatchRule(tc.pattern, tc.id); got != tc.want {
			t.Errorf("MatchRule(%q, %q) = %v, want %v", tc.pattern, tc.id, got, tc.want)
		}
	}
}
