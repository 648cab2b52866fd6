package report

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// sources are the files the test reports point into. main.tf ends with a
// newline; 推論.tf has CRLF line breaks, tabs, Japanese text and no final
// newline.
var sources = map[string]string{
	"infra/main.tf": `resource "azurerm_kubernetes_cluster" "aks" {
  name     = "aks"
  location = "japaneast"
  network_profile {
    network_plugin = "azure"
    outbound_type  = "loadBalancer"
  }
}

resource "azurerm_federated_identity_credential" "fic" {
  name    = "fic"
  subject = "system:serviceaccount:ai:runner"
}
`,
	"k8s/scorer.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: scorer\n  namespace: ai\n",
	"infra/推論.tf":     "locals {\r\n\tモデル = \"推論-v1\"\t# 日本語\r\n\ttier = \"premium\"\r\n}",
}

// readSource is a TextOptions.Source over sources.
func readSource(name string) ([]byte, error) {
	s, ok := sources[name]
	if !ok {
		return nil, fmt.Errorf("open %s: %w", name, fs.ErrNotExist)
	}
	return []byte(s), nil
}

// at is the position of line and column (code points) in a source file,
// with its byte offset.
func at(file string, line, col int) graph.Pos {
	off := 0
	for l := 1; l < line; l++ {
		off += strings.IndexByte(sources[file][off:], '\n') + 1
	}
	for c := 1; c < col; c++ {
		_, size := utf8.DecodeRuneInString(sources[file][off:])
		off += size
	}
	return graph.Pos{Line: line, Column: col, Byte: off}
}

// rangeIn is the range from line:col to line:col in a source file.
func rangeIn(file string, sl, sc, el, ec int) graph.Range {
	return graph.Range{Filename: file, Start: at(file, sl, sc), End: at(file, el, ec)}
}

// rangeOf is a range in a file that is not in sources (no byte offsets).
func rangeOf(file string, sl, sc, el, ec int) graph.Range {
	return graph.Range{Filename: file, Start: graph.Pos{Line: sl, Column: sc}, End: graph.Pos{Line: el, Column: ec}}
}

func tool() finding.Tool {
	return finding.Tool{Name: "moat", Version: "v0.4.1", URI: "https://github.com/moatscan/moat"}
}

func testRules() []finding.Rule {
	return []finding.Rule{
		{ID: "AZR-INF-001", Title: "AKS clusters route egress through a firewall", Severity: finding.Error,
			Description: "Outbound traffic leaves through a user-defined route.", Provenance: "seed",
			Seed: finding.Seed{Document: "aks.ja.md", Section: "3.2"}, Remediation: "Set outboundType to userDefinedRouting.",
			Formats: []string{"terraform", "arm"}},
		{ID: "AZR-ISO-004", Title: "Isolated clusters have no public endpoint", Severity: finding.Error, Provenance: "seed+derived"},
		{ID: "AZR-TLS-002", Title: "Endpoints require TLS 1.2", Severity: finding.Note, Provenance: "supplementary"},
		{ID: "AZR-WI-006", Title: "Federated credentials match a service account", Severity: finding.Warning, Provenance: "seed"},
	}
}

func emptyReport() *finding.Report { return &finding.Report{Tool: tool()} }

// levelsReport has findings of all three levels, related locations, a
// range over more lines than a snippet shows and an empty range.
func levelsReport() *finding.Report {
	r := &finding.Report{Tool: tool(), Rules: testRules()}
	r.Findings = []finding.Finding{
		{RuleID: "AZR-INF-001", Level: finding.Error, Message: `AKS cluster "aks" uses outbound type loadBalancer`,
			Location: finding.Location{Node: "azurerm_kubernetes_cluster.aks", Attr: graph.P("properties", "networkProfile", "outboundType"), Range: rangeIn("infra/main.tf", 6, 22, 6, 36)}},
		{RuleID: "AZR-ISO-004", Level: finding.Error, Message: `AKS cluster "aks" has a public API server`,
			Location: finding.Location{Node: "azurerm_kubernetes_cluster.aks", Range: rangeIn("infra/main.tf", 1, 1, 8, 2)}},
		{RuleID: "AZR-WI-006", Level: finding.Warning, Message: `federated credential "fic" names service account "ai/runner", which is not defined`,
			Location: finding.Location{Node: "azurerm_federated_identity_credential.fic", Attr: graph.P("properties", "subject"), Range: rangeIn("infra/main.tf", 12, 13, 12, 46)},
			Related: []finding.Location{
				{Node: "azurerm_kubernetes_cluster.aks", Range: rangeIn("infra/main.tf", 1, 1, 8, 2), Message: "the cluster whose issuer the credential trusts"},
				{Node: "v1/ServiceAccount/ai/runner2", Range: graph.Range{Filename: "k8s/sa.yaml", Start: graph.Pos{Line: 1, Column: 1}, End: graph.Pos{Line: 5, Column: 1, Byte: 70}}},
			},
			Heuristic: true},
		{RuleID: "AZR-TLS-002", Level: finding.Note, Message: "minimum TLS version could not be determined: depends on var.tls",
			Location: finding.Location{Node: "apps/v1/Deployment/ai/scorer", Attr: graph.P("spec"), Range: rangeIn("k8s/scorer.yaml", 4, 3, 4, 3)}},
	}
	r.Files = []finding.File{
		{Path: "infra/main.tf", Format: "terraform", Status: finding.Parsed},
		{Path: "k8s/sa.yaml", Format: "kubernetes", Status: finding.Parsed},
		{Path: "k8s/scorer.yaml", Format: "kubernetes", Status: finding.Parsed},
	}
	return r
}

// multibyteReport points into the CRLF file with tabs and Japanese text,
// at its last line (no final newline), at its end, and into a file that
// cannot be read.
func multibyteReport() *finding.Report {
	const file = "infra/推論.tf"
	r := &finding.Report{Tool: tool(), Rules: testRules()}
	r.Findings = []finding.Finding{
		{RuleID: "AZR-WI-006", Level: finding.Warning, Message: `local "モデル" names model "推論-v1"`,
			Location: finding.Location{Node: "local.モデル", Range: rangeIn(file, 2, 8, 2, 15)}},
		{RuleID: "AZR-INF-001", Level: finding.Error, Message: "locals block ends here",
			Location: finding.Location{Node: "locals", Range: rangeIn(file, 4, 1, 4, 2)}},
		{RuleID: "AZR-TLS-002", Level: finding.Note, Message: "end of file",
			Location: finding.Location{Node: "locals", Range: rangeIn(file, 4, 2, 4, 2)}},
		{RuleID: "AZR-ISO-004", Level: finding.Error, Message: "the file is gone",
			Location: finding.Location{Node: "module.gone", Range: graph.Range{Filename: "infra/missing.tf", Start: graph.Pos{Line: 3, Column: 1, Byte: 20}, End: graph.Pos{Line: 3, Column: 9, Byte: 28}}}},
	}
	r.Files = []finding.File{{Path: file, Format: "terraform", Status: finding.Parsed}}
	return r
}

func diagnosticsReport() *finding.Report {
	pos := func(line, col, byt int) graph.Pos { return graph.Pos{Line: line, Column: col, Byte: byt} }
	r := &finding.Report{Tool: tool(), Rules: testRules()[:1]}
	r.Diagnostics = graph.Diagnostics{
		{Severity: graph.Error, Code: graph.CodeYAMLSyntax, Summary: "mapping values are not allowed here", Detail: "check the indentation of the line above",
			Subject: graph.Range{Filename: "k8s/broken.yaml", Start: pos(3, 8, 31), End: pos(3, 9, 32)}},
		{Severity: graph.Warning, Code: graph.CodeFileTooLarge, Summary: "file is larger than 10 MiB", Detail: "it was not read; split it or raise the limit",
			Subject: graph.Range{Filename: "k8s/huge.yaml"}},
		{Severity: graph.Error, Code: graph.CodeConfigInvalid, Summary: "no configuration file", Detail: "pass --config or remove the flag"},
	}
	r.Files = []finding.File{
		{Path: "charts/app/templates/deploy.yaml", Format: "kubernetes", Status: finding.Skipped, Reason: "Helm template"},
		{Path: "infra/main.tf", Format: "terraform", Status: finding.Parsed},
		{Path: "k8s/broken.yaml", Format: "kubernetes", Status: finding.Failed, Reason: "YAML syntax error"},
		{Path: "k8s/huge.yaml", Format: "kubernetes", Status: finding.Failed},
	}
	return r
}

// suppressedReport is levelsReport with two findings suppressed: one in
// the file, with a reason and an end date, one from the configuration
// without a reason.
func suppressedReport() *finding.Report {
	r := levelsReport()
	r.Findings[1].Suppressions = []finding.Suppression{{Kind: finding.InSource, Justification: "public endpoint until the VPN lands",
		Expires: "2031-03-31", Location: rangeOf("infra/main.tf", 1, 47, 1, 90)}}
	r.Findings[3].Suppressions = []finding.Suppression{{Kind: finding.External, Location: rangeOf(".moat.yaml", 4, 5, 4, 30)}}
	return r
}

// baselineReport is levelsReport compared with a baseline: one finding
// unchanged, one updated, one new and one both unchanged and suppressed,
// and two baseline findings gone.
func baselineReport() *finding.Report {
	r := levelsReport()
	for i, state := range []string{finding.Unchanged, finding.Updated, finding.New, finding.Unchanged} {
		r.Findings[i].BaselineState = state
	}
	r.Findings[3].Suppressions = []finding.Suppression{{Kind: finding.External, Justification: "TLS ends at the gateway",
		Location: rangeOf(".moat.yaml", 7, 5, 7, 40)}}
	r.Absent = []finding.Finding{
		{RuleID: "AZR-WI-007", Level: finding.Error, Message: `Deployment "old" has no workload identity label`, BaselineState: finding.Absent,
			Location: finding.Location{Node: "apps/v1/Deployment/ai/old", Range: rangeOf("k8s/old.yaml", 3, 1, 9, 1)}},
		{RuleID: "AZR-INF-001", Level: finding.Error, Message: `AKS cluster "old" uses outbound type loadBalancer`, BaselineState: finding.Absent,
			Location: finding.Location{Node: "azurerm_kubernetes_cluster.old", Range: rangeOf("infra/old.tf", 6, 22, 6, 36)}},
	}
	return r
}

// mixedReport has counted findings next to hidden ones, and input
// diagnostics of every severity, for the quiet output.
func mixedReport() *finding.Report {
	r := baselineReport()
	r.Diagnostics = diagnosticsReport().Diagnostics
	r.Diagnostics = append(r.Diagnostics, graph.Diagnostic{Severity: graph.Note, Code: graph.CodeTemplate,
		Summary: "Helm template", Subject: graph.Range{Filename: "charts/app/templates/deploy.yaml"}})
	r.Files = append(r.Files, diagnosticsReport().Files...)
	return r
}
