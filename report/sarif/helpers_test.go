package sarif

import (
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// Test reports. Rule metadata is invented; positions are consistent with
// the lines they name.

func pos(line, col, byt int) graph.Pos { return graph.Pos{Line: line, Column: col, Byte: byt} }

func rng(file string, start, end graph.Pos) graph.Range {
	return graph.Range{Filename: file, Start: start, End: end}
}

func tool() finding.Tool {
	return finding.Tool{Name: "moat", Version: "v0.4.1", URI: "https://github.com/moatscan/moat"}
}

func testRules() []finding.Rule {
	return []finding.Rule{
		{
			ID: "AZR-INF-001", Title: "AKS clusters route egress through a firewall",
			Description: "Outbound traffic from the cluster must leave through a user-defined route to a firewall.",
			Severity:    finding.Error, Provenance: "seed", Scope: "isolated",
			Seed:        finding.Seed{Document: "aks-inference-security.ja.md", Section: "3.2"},
			Remediation: "Set networkProfile.outboundType to userDefinedRouting.",
			Formats:     []string{"terraform", "bicep", "arm"},
			References:  []string{"https://learn.microsoft.com/azure/aks/egress-outboundtype"},
		},
		{
			ID: "AZR-ISO-004", Title: "Model storage is not reachable from the internet",
			Description: "The storage account holding models denies public network access.",
			Severity:    finding.Error, Provenance: "seed+derived",
			Formats: []string{"terraform"},
		},
		{
			ID: "AZR-TLS-002", Title: "Inference endpoints don't accept TLS 1.0",
			Description: "TLS 1.0 and 1.1 are disabled on inference endpoints.",
			Severity:    finding.Note, Provenance: "supplementary",
			Seed:        finding.Seed{Document: "tls.fr.md"},
			Remediation: "Set minimumTlsVersion to TLS1_2.",
			Formats:     []string{"kubernetes"},
		},
		{
			ID: "AZR-WI-006", Title: "Federated credentials match a service account",
			Description: "Each federated identity credential's subject names an existing Kubernetes service account.",
			Severity:    finding.Warning, Provenance: "seed",
			Seed:        finding.Seed{Document: "workload-identity.ja.md", Section: "2"},
			Remediation: "Create the service account, or fix the subject.",
			Formats:     []string{"terraform", "kubernetes"},
		},
	}
}

func emptyReport() *finding.Report {
	return &finding.Report{Tool: tool()}
}

func levelsReport() *finding.Report {
	r := &finding.Report{Tool: tool(), Rules: testRules()}
	r.Findings = []finding.Finding{
		{
			RuleID: "AZR-INF-001", Level: finding.Error,
			Message:  `AKS cluster "aks" uses outbound type loadBalancer`,
			Location: finding.Location{Node: "azurerm_kubernetes_cluster.aks", Attr: graph.P("properties", "networkProfile", "outboundType"), Range: rng("infra/main.tf", pos(12, 21, 310), pos(12, 35, 324))},
		},
		{
			RuleID: "AZR-WI-006", Level: finding.Warning,
			Message:  `federated credential "fic" names service account "ai/runner", which is not defined`,
			Location: finding.Location{Node: "azurerm_federated_identity_credential.fic", Attr: graph.P("properties", "subject"), Range: rng("infra/main.tf", pos(30, 13, 802), pos(30, 56, 845))},
			Related: []finding.Location{
				{Node: "azurerm_kubernetes_cluster.aks", Range: rng("infra/main.tf", pos(5, 1, 80), pos(20, 2, 420)), Message: "the cluster whose issuer the credential trusts"},
				{Node: "v1/ServiceAccount/ai/runner2", Range: rng("k8s/service account.yaml", pos(1, 1, 0), pos(6, 1, 98)), Message: "a service account with a similar name"},
			},
			Heuristic: true,
		},
		{
			RuleID: "AZR-TLS-002", Level: finding.Note,
			Message:  "minimum TLS version could not be determined: depends on var.tls",
			Location: finding.Location{Node: "apps/v1/Deployment/ai/scorer", Attr: graph.P("spec", "template"), Range: rng("k8s/scorer.yaml", pos(9, 7, 150), pos(9, 7, 150))},
		},
	}
	r.Files = []finding.File{
		{Path: "infra/main.tf", Format: "terraform", Status: finding.Parsed},
		{Path: "k8s/scorer.yaml", Format: "kubernetes", Status: finding.Parsed},
		{Path: "k8s/service account.yaml", Format: "kubernetes", Status: finding.Parsed},
	}
	return r
}

// multibyteReport points into a CRLF file whose lines hold Japanese text,
// so columns (code points) and bytes differ.
func multibyteReport() *finding.Report {
	r := &finding.Report{Tool: tool(), Rules: testRules()[3:]}
	r.Findings = []finding.Finding{{
		RuleID: "AZR-WI-006", Level: finding.Warning,
		Message:  `service account "推論" has no workload identity label`,
		Location: finding.Location{Node: "v1/ServiceAccount/ai/推論", Attr: graph.P("metadata", "labels", "azure.workload.identity/use"), Range: rng("k8s/推論 sa.yaml", pos(4, 9, 62), pos(4, 13, 74))},
	}}
	r.Files = []finding.File{{Path: "k8s/推論 sa.yaml", Format: "kubernetes", Status: finding.Parsed}}
	return r
}

func diagnosticsReport() *finding.Report {
	r := &finding.Report{Tool: finding.Tool{Name: "moat", Version: "dev", URI: "https://github.com/moatscan/moat"}, Rules: testRules()[:1]}
	r.Diagnostics = graph.Diagnostics{
		{Severity: graph.Error, Code: graph.CodeYAMLSyntax, Summary: "mapping values are not allowed here", Detail: "check the indentation of the line above", Subject: rng("k8s/broken.yaml", pos(3, 8, 31), pos(3, 9, 32))},
		{Severity: graph.Warning, Code: graph.CodeFileTooLarge, Summary: "file is larger than 10 MiB", Detail: "it was not read; split it or raise the limit", Subject: graph.Range{Filename: "k8s/huge.yaml"}},
		{Severity: graph.Error, Code: graph.CodeConfigInvalid, Summary: "unknown key \"rulez\"", Detail: "did you mean \"rules\"?"},
		{Severity: graph.Note, Code: graph.CodeTemplate, Summary: "Helm template", Detail: "render the chart with helm template and scan the output", Subject: rng("charts/app/templates/deploy.yaml", pos(1, 1, 0), pos(1, 3, 2))},
	}
	r.Files = []finding.File{
		{Path: "charts/app/templates/deploy.yaml", Format: "kubernetes", Status: finding.Skipped, Reason: "Helm template"},
		{Path: "infra/main.bicep", Format: "bicep", Status: finding.Skipped, Reason: "no parser for Bicep yet"},
		{Path: "infra/main.tf", Format: "terraform", Status: finding.Parsed},
		{Path: "k8s/broken.yaml", Format: "kubernetes", Status: finding.Failed, Reason: "YAML syntax error"},
		{Path: "k8s/huge.yaml", Format: "kubernetes", Status: finding.Failed, Reason: "too large"},
		{Path: "tls/server.pem", Format: "pem", Status: finding.Failed, Reason: "not a PEM block"},
	}
	return r
}

// coverageReport is a report with findings and the coverage report, which
// goes into the run's properties.
func coverageReport() *finding.Report {
	r := levelsReport()
	f := r.Findings[0]
	r.Coverage = &finding.Coverage{
		Requirements: []finding.RequirementCoverage{{ID: f.RuleID, Title: "T", Severity: f.Level, Resources: []finding.Subject{
			{Node: f.Location.Node, Location: finding.Location{Node: f.Location.Node, Range: f.Location.Range}, Status: finding.StatusViolating, Reasons: []string{f.Message}},
		}}},
		NotCheckable: []finding.Requirement{{ID: "AZR-WI-901", Title: "Runtime", Reason: "run time"}},
		Violating:    1,
	}
	return r
}

// suppressedReport has a finding suppressed by a comment in the file, until
// a date, and one suppressed by an entry of the configuration file.
func suppressedReport() *finding.Report {
	r := levelsReport()
	r.Findings[0].Suppressions = []finding.Suppression{{
		Kind: finding.InSource, Justification: "egress goes through the hub firewall, peered later",
		Expires: "2026-12-31", Location: rng("infra/main.tf", pos(11, 3, 270), pos(11, 52, 319)),
	}}
	r.Findings[1].Suppressions = []finding.Suppression{{
		Kind: finding.External, Justification: "the runner account is created by the platform team",
		Location: rng(".moat.yaml", pos(4, 5, 38), pos(6, 1, 120)),
	}}
	return r
}

// baselineReport was compared with a baseline: one finding unchanged, one
// with another message, one new, and one of the baseline gone.
func baselineReport() *finding.Report {
	r := levelsReport()
	for i, state := range []string{finding.Unchanged, finding.Updated, finding.New} {
		r.Findings[i].BaselineState = state
	}
	r.Absent = []finding.Finding{{
		RuleID: "AZR-ISO-004", Level: finding.Error, BaselineState: finding.Absent,
		Message:  `storage account "models" allows public network access`,
		Location: finding.Location{Node: "azurerm_storage_account.models", Attr: graph.P("properties", "publicNetworkAccess"), Range: rng("infra/main.tf", pos(44, 33, 1210), pos(44, 42, 1219))},
	}}
	return r
}
