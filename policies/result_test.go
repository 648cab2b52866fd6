package policies

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

func TestLocate(t *testing.T) {
	g := graph.New()
	def := graph.Range{Filename: "a.yaml", Start: graph.Pos{Line: 1, Column: 1}, End: graph.Pos{Line: 9, Column: 1, Byte: 80}}
	labels := graph.Range{Filename: "a.yaml", Start: graph.Pos{Line: 5, Column: 7, Byte: 40}, End: graph.Pos{Line: 6, Column: 1, Byte: 50}}
	n := &graph.Node{ID: "w", Range: def}
	n.SetRange(graph.P("spec", "labels"), labels)
	g.Add(n)
	rule := finding.Rule{ID: "AZR-WI-007", Severity: finding.Error}
	tests := []struct {
		name  string
		value map[string]any
		want  finding.Finding
		err   string
	}{
		{"exact", map[string]any{"msg": "m", "resource": "w", "attr": []any{"spec", "labels"}},
			finding.Finding{RuleID: "AZR-WI-007", Level: finding.Error, Message: "m", Location: finding.Location{Node: "w", Attr: graph.P("spec", "labels"), Range: labels}}, ""},
		{"parent", map[string]any{"msg": "m", "resource": "w", "attr": []any{"spec", "labels", "x", float64(0)}},
			finding.Finding{RuleID: "AZR-WI-007", Level: finding.Error, Message: "m", Location: finding.Location{Node: "w", Attr: graph.P("spec", "labels", "x", 0), Range: labels}}, ""},
		{"definition", map[string]any{"msg": "m", "resource": "w"},
			finding.Finding{RuleID: "AZR-WI-007", Level: finding.Error, Message: "m", Location: finding.Location{Node: "w", Attr: graph.Path{}, Range: def}}, ""},
		{"lower level", map[string]any{"msg": "m", "resource": "w", "level": "note"},
			finding.Finding{RuleID: "AZR-WI-007", Level: finding.Note, Message: "m", Location: finding.Location{Node: "w", Attr: graph.Path{}, Range: def}}, ""},
		{"heuristic caps error", map[string]any{"msg": "m", "resource": "w", "heuristic": true},
			finding.Finding{RuleID: "AZR-WI-007", Level: finding.Warning, Message: "m", Heuristic: true, Location: finding.Location{Node: "w", Attr: graph.Path{}, Range: def}}, ""},
		{"related", map[string]any{"msg": "m", "resource": "w", "related": []any{map[string]any{"resource": "w", "attr": []any{"spec"}, "msg": "r"}}},
			finding.Finding{RuleID: "AZR-WI-007", Level: finding.Error, Message: "m", Location: finding.Location{Node: "w", Attr: graph.Path{}, Range: def},
				Related: []finding.Location{{Node: "w", Attr: graph.P("spec"), Range: def, Message: "r"}}}, ""},
		{"unknown node", map[string]any{"msg": "m", "resource": "nope"}, finding.Finding{}, "not in the graph"},
		{"no msg", map[string]any{"resource": "w"}, finding.Finding{}, "lacks msg"},
		{"bad level", map[string]any{"msg": "m", "resource": "w", "level": "fatal"}, finding.Finding{}, "unknown level"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Locate(g, Raw{Rule: rule, Value: tc.value})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestOriginMessage(t *testing.T) {
	params := graph.Range{Filename: "main.bicepparam"}
	call := graph.Range{Filename: "main.bicep"}
	tests := []struct {
		format graph.Format
		facts  map[string]any
		origin graph.Range
		want   string
	}{
		{graph.Bicep, map[string]any{"parameters_file": "main.bicepparam"}, params, "evaluated with the parameter values of this file"},
		{graph.Bicep, map[string]any{"parameters_file": "main.bicepparam"}, call, "declared through this module call"},
		{graph.ARM, map[string]any{"parameters_file": "main.parameters.json"}, graph.Range{Filename: "main.parameters.json"}, "evaluated with the parameter values of this file"},
		{graph.ARM, map[string]any{}, call, "declared through this nested deployment"},
		{graph.Terraform, map[string]any{}, call, "declared through this module call"},
	}
	for _, tt := range tests {
		n := &graph.Node{Format: tt.format, Facts: tt.facts}
		if got := originMessage(n, tt.origin); got != tt.want {
			t.Errorf("%s from %s: %q, want %q", tt.format, tt.origin.Filename, got, tt.want)
		}
	}
}
