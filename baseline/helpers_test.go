package baseline

import (
	"bytes"
	"testing"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/report/sarif"
)

// Test findings. Rules and positions are invented; byte offsets are left
// out, as a baseline has none.

func at(file string, line, col, endCol int) graph.Range {
	return graph.Range{Filename: file, Start: graph.Pos{Line: line, Column: col}, End: graph.Pos{Line: line, Column: endCol}}
}

func find(rule, node string, attr graph.Path, msg string, rg graph.Range) finding.Finding {
	return finding.Finding{RuleID: rule, Level: finding.Error, Message: msg,
		Location: finding.Location{Node: node, Attr: attr, Range: rg}}
}

// scan is a report with findings of every shape the writer knows:
// related locations, a heuristic, attribute paths with indexes and quoted
// keys, a file name to escape, a file outside the scan root, a finding
// about no node, a suppressed finding.
func scan() *finding.Report {
	r := &finding.Report{
		Tool:  finding.Tool{Name: "moat", Version: "v0.5.0"},
		Rules: []finding.Rule{{ID: "AZR-INF-001", Severity: finding.Error}, {ID: "AZR-WI-006", Severity: finding.Warning}},
	}
	aks := find("AZR-INF-001", "azurerm_kubernetes_cluster.aks", graph.P("properties", "networkProfile", "outboundType"),
		`AKS cluster "aks" uses outbound type loadBalancer`, at("infra/main.tf", 12, 21, 35))
	fic := find("AZR-WI-006", "azurerm_federated_identity_credential.fic", graph.P("properties", "subject"),
		`federated credential "fic" names service account "ai/runner", which is not defined`, at("infra/main.tf", 30, 13, 56))
	fic.Level, fic.Heuristic = finding.Warning, true
	fic.Related = []finding.Location{{Node: "v1/ServiceAccount/ai/runner2", Range: at("k8s/service account.yaml", 1, 1, 5), Message: "a service account with a similar name"}}
	label := find("AZR-WI-006", "v1/ServiceAccount/ai/推論", graph.P("metadata", "labels", "azure.workload.identity/use"),
		`service account "推論" has no workload identity label`, at("k8s/推論 sa.yaml", 4, 9, 13))
	env := find("AZR-WI-006", "apps/v1/Deployment/ai/scorer", graph.P("spec", "template", "spec", "containers", 0, "env", 2),
		"container env names a secret that is not mounted!", at("/srv/shared/scorer.yaml", 20, 11, 30))
	comment := find("AZR-INF-001", "", nil, "suppression comment names no rule", at("infra/main.tf", 3, 1, 40))
	comment.Level = finding.Note
	aks.Suppressions = []finding.Suppression{{Kind: finding.InSource, Justification: "hub firewall", Location: at("infra/main.tf", 11, 3, 30)}}
	r.Findings = []finding.Finding{aks, fic, label, env, comment}
	r.Sort()
	return r
}

// write writes r as SARIF.
func write(t testing.TB, r *finding.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sarif.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readBytes reads a baseline from data.
func readBytes(t testing.TB, data []byte) *Baseline {
	t.Helper()
	b, err := Read(bytes.NewReader(data), "old.sarif")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// states lists "rule node state" for every finding.
func states(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.RuleID+" "+f.Location.Node+" "+f.BaselineState)
	}
	return out
}
