package discover

import (
	"strings"
	"testing"
)

func TestByName(t *testing.T) {
	tests := []struct {
		name string
		want Format
	}{
		{"main.tf", Terraform},
		{"main.tf.json", Terraform},
		{"prod.tfvars", TerraformVars},
		{"prod.auto.tfvars", TerraformVars},
		{"prod.tfvars.json", TerraformVars},
		{"main.bicep", Bicep},
		{"main.bicepparam", BicepParams},
		{"kustomization.yaml", Kustomization},
		{"kustomization.yml", Kustomization},
		{"Kustomization", Kustomization},
		{"ca.pem", PEM},
		{"ca.crt", PEM},
		{"ca.cer", PEM},
		{"tls.key", PEM},
		{"TLS.PEM", PEM},
		{"app.yaml", ""},
		{"azuredeploy.json", ""},
		{"main.tfstate", ""},
		{"README.md", ""},
		{"kustomization", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := byName(tt.name); got != tt.want {
				t.Errorf("byName(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

func TestByContent(t *testing.T) {
	tests := []struct {
		name string
		file string
		body string
		want Format
	}{
		{"yaml manifest", "a.yaml", manifestYAML, Kubernetes},
		{"yml manifest", "a.yml", manifestYAML, Kubernetes},
		{"second document", "a.yaml", composeYAML + "---\n" + manifestYAML, Kubernetes},
		{"document end marker", "a.yaml", "apiVersion: v1\n...\nkind: Pod\n", ""},
		{"bom and crlf", "a.yaml", "\uFEFFapiVersion: v1\r\nkind: Pod\r\n", Kubernetes},
		{"quoted keys", "a.yaml", "\"apiVersion\": v1\n'kind': Pod\n", Kubernetes},
		{"space before colon", "a.yaml", "apiVersion : v1\nkind :\n  Pod\n", Kubernetes},
		{"comments first", "a.yaml", "# a manifest\n%YAML 1.2\n---\napiVersion: v1\nkind: Pod\n", Kubernetes},
		{"indented document", "a.yaml", "  apiVersion: v1\n  kind: Pod\n", Kubernetes},
		{"broken indentation", "a.yaml", " apiVersion: v1\nkind: Pod\n  bad: [\n", Kubernetes},
		{"tab indentation", "a.yaml", "apiVersion: v1\n\tkind: Pod\n", Kubernetes},
		{"keys in two documents", "a.yaml", "apiVersion: v1\n---\nkind: Pod\n", ""},
		{"nested keys", "a.yaml", "spec:\n  apiVersion: v1\n  kind: Pod\n", ""},
		{"block scalar", "a.yaml", "data: |\n  apiVersion: v1\n  kind: Pod\n", ""},
		{"sequence of manifests", "a.yaml", "- apiVersion: v1\n  kind: Pod\n", ""},
		{"key prefix", "a.yaml", "apiVersions: v1\nkinds: Pod\n", ""},
		{"chart", "Chart.yaml", chartYAML, ""},
		{"compose", "docker-compose.yml", composeYAML, ""},
		{"workflow", "ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n", ""},
		{"json in yaml file", "a.yaml", manifestJSON, Kubernetes},
		{"json manifest", "a.json", manifestJSON, Kubernetes},
		{"json list kind last", "a.json", `{"apiVersion": "v1", "items": [{"kind": "Pod"}], "kind": "List"}`, Kubernetes},
		{"json manifest cut short", "a.json", `{"apiVersion": "v1", "kind": "Pod", "spec": {`, Kubernetes},
		{"json manifest syntax error", "a.json", `{"metadata" {}, "apiVersion": "v1", "kind": "Pod"}`, Kubernetes},
		{"json nested keys", "a.json", `{"spec": {"apiVersion": "v1", "kind": "Pod"}}`, ""},
		{"json array", "a.json", `[{"apiVersion": "v1", "kind": "Pod"}]`, ""},
		{"arm template", "a.json", armTemplate, ARM},
		{"arm with comments", "a.json", "// template\n{ /* schema */ \"$schema\": \"https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#\" }", ARM},
		{"arm schema last", "a.json", `{"resources": [{"type": "x", "a": "}]"}], "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}`, ARM},
		{"arm parameters", "a.parameters.json", armParams, ARMParams},
		{"json schema", "a.json", `{"$schema": "http://json-schema.org/draft-07/schema#", "kind": "x"}`, ""},
		{"terraform plan", "plan.json", planJSON, TerraformPlan},
		{"terraform plan changes", "plan.json", `{"format_version": "1.2", "resource_changes": []}`, TerraformPlan},
		{"terraform state", "state.json", `{"format_version": "1.0", "values": {}}`, ""},
		{"package json", "package.json", `{"name": "x", "version": "1.0.0", "dependencies": {"kind": "1"}}`, ""},
		{"escaped quotes", "a.json", `{"a": "\"apiVersion\": {", "apiVersion": "v1", "kind": "Pod"}`, Kubernetes},
		{"pem", "ca-bundle", pemBlock, PEM},
		{"pem after blank lines", "ca-bundle", "\n\n" + pemBlock, PEM},
		{"pem in yaml file", "a.yaml", pemBlock, PEM},
		{"text", "README", "# readme\n", ""},
		{"yaml text without extension", "Dockerfile", manifestYAML, ""},
		{"empty yaml", "a.yaml", "", ""},
		{"empty json", "a.json", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := byContent([]byte(tt.body), contentOf(tt.file)); got != tt.want {
				t.Errorf("byContent(%s, %q) = %q, want %q", tt.file, tt.body, got, tt.want)
			}
		})
	}
}

func TestSniffDeepNesting(t *testing.T) {
	deep := `{"spec": ` + strings.Repeat("[", 1<<20) + strings.Repeat("]", 1<<20) + `, "apiVersion": "v1", "kind": "Pod"}`
	if got := sniffJSON([]byte(deep)); got != Kubernetes {
		t.Errorf("sniffJSON(deep) = %q, want %q", got, Kubernetes)
	}
}
