package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

func coverageReport() *finding.Report {
	at := func(file string, line int) finding.Location {
		return finding.Location{Range: graph.Range{Filename: file, Start: graph.Pos{Line: line, Column: 1}, End: graph.Pos{Line: line, Column: 5}}}
	}
	return &finding.Report{Coverage: &finding.Coverage{
		Requirements: []finding.RequirementCoverage{
			{ID: "AZR-WI-003", Title: "Subdomain", Severity: finding.Error, Resources: []finding.Subject{
				{Node: "aoai", Location: at("main.tf", 3), Status: finding.StatusViolating, Reasons: []string{"error: no subdomain"}},
				{Node: "aoai2", Location: at("main.tf", 9), Status: finding.StatusUndetermined, Reasons: []string{"unresolved: var.sub"}},
				{Node: "aoai3", Location: at("main.tf", 20), Status: finding.StatusCompliant},
			}},
			{ID: "AZR-WI-010", Title: "Local auth", Severity: finding.Warning, Resources: []finding.Subject{}},
		},
		NotCheckable: []finding.Requirement{{ID: "AZR-WI-901", Title: "Runtime", Reason: "run time"}},
		Compliant:    1, Violating: 1, Undetermined: 1, NotApplicable: 1,
	}}
}

func TestTextCoverage(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, coverageReport(), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Requirement coverage\nAZR-WI-003 Subdomain: 1 compliant, 1 violating, 1 undetermined\n",
		"  violating    main.tf:3:1: aoai\n               error: no subdomain\n",
		"  undetermined main.tf:9:1: aoai2\n               unresolved: var.sub\n",
		"  compliant    main.tf:20:1: aoai3\n",
		"No resource in scope: AZR-WI-010\n",
		"AZR-WI-901 Runtime: not statically checkable: run time\n",
		"1 compliant, 1 violating, 1 undetermined; 1 requirements without a resource in scope, 1 not statically checkable\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
}

func TestJSONCoverage(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, coverageReport()); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Coverage finding.Coverage `json:"coverage"`
	}
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Coverage.Requirements) != 2 || v.Coverage.Requirements[0].Resources[1].Status != finding.StatusUndetermined {
		t.Errorf("coverage = %+v", v.Coverage)
	}
	buf.Reset()
	if err := JSON(&buf, &finding.Report{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "coverage") {
		t.Error("coverage written without being asked for")
	}
}
