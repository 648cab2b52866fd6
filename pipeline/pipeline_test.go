package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/policies"
	"github.com/moatscan/moat/report"
)

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const keyDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ai
spec:
  template:
    spec:
      containers:
        - name: ai
          image: ai:1
          env:
            - name: OPENAI_API_KEY
              value: sk-not-a-real-key
`

func embedded(t *testing.T) *policies.Engine {
	t.Helper()
	e, err := policies.New(context.Background(), policies.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"k8s/app.yaml":     keyDeployment,
		"k8s/broken.yaml":  "apiVersion: v1\nkind: [Secret\n",
		"k8s/dup.yaml":     "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {token: c2VjcmV0}\n",
		"k8s/dup2.yaml":    "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {token: c2VjcmV0}\n",
		"infra/main.tf":    "resource \"azurerm_kubernetes_cluster\" \"aks\" {}\n",
		"infra/main.bicep": "param location string\n",
		"infra/main.json": `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",
			"metadata": {"_generator": {"name": "bicep", "version": "0.30.23"}}, "resources": []}`,
		"README.md": "# not scanned\n",
	})
	rep, st, err := Run(context.Background(), Options{Root: dir, Config: config.Default(), Engine: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, f := range rep.Files {
		status[f.Path] = f.Status
	}
	want := map[string]string{"infra/main.bicep": finding.Parsed, "infra/main.json": finding.Skipped, "infra/main.tf": finding.Parsed, "k8s/app.yaml": finding.Parsed,
		"k8s/broken.yaml": finding.Failed, "k8s/dup.yaml": finding.Parsed, "k8s/dup2.yaml": finding.Parsed}
	if diff := cmp.Diff(want, status); diff != "" {
		t.Errorf("file status (-want +got):\n%s", diff)
	}
	codes := map[string]int{}
	for _, d := range rep.Diagnostics {
		codes[d.Code]++
	}
	if codes[graph.CodeYAMLSyntax] != 1 || codes[graph.CodeK8sDuplicate] != 1 {
		t.Errorf("diagnostic codes = %v", codes)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].RuleID != "AZR-WI-009" || rep.Findings[0].Location.Range.Filename != "k8s/app.yaml" {
		t.Errorf("findings = %+v", rep.Findings)
	}
	if len(rep.Sensitive["k8s/app.yaml"]) != 1 || len(rep.Sensitive["k8s/dup.yaml"]) != 1 {
		t.Errorf("sensitive = %v", rep.Sensitive)
	}
	if st.Files != 7 || st.Nodes != 4 { // two Secrets, the Deployment, the AKS cluster
		t.Errorf("stats = %+v", st)
	}
}

func TestRunDeterministic(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 40 {
		files[filepath.Join("a", string(rune('a'+i%26))+strings.Repeat("x", i)+".yaml")] = keyDeployment
	}
	write(t, dir, files)
	e := embedded(t)
	var outs [2]bytes.Buffer
	for i := range outs {
		rep, _, err := Run(context.Background(), Options{Root: dir, Config: config.Default(), Engine: e})
		if err != nil {
			t.Fatal(err)
		}
		if err := report.JSON(&outs[i], rep); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Error("two runs over the same tree gave different reports")
	}
}

const meta = `# METADATA
# title: T
# description: D
# related_resources:
#   - ref: https://example.com/doc
# custom:
#   id: %s
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: S
#   remediation: R
#   scope: Sc
#   formats: [kubernetes]
`

func TestRuleFailureKeepsOthers(t *testing.T) {
	good := strings.Replace(meta, "%s", "AZR-WI-001", 1) + `package wi.good

deny contains {"msg": "m", "resource": id} if some id, _ in input.nodes
`
	bad := strings.Replace(meta, "%s", "AZR-WI-002", 1) + `package wi.bad

deny contains {"msg": "m", "resource": "nowhere"} if true
`
	conflict := strings.Replace(meta, "%s", "AZR-WI-003", 1) + `package wi.conflict

x := 1 if true

x := 2 if true

deny contains {"msg": "m", "resource": "r"} if x
`
	e, err := policies.New(context.Background(), policies.Options{FS: fstest.MapFS{
		"wi/good.rego": {Data: []byte(good)}, "wi/bad.rego": {Data: []byte(bad)}, "wi/conflict.rego": {Data: []byte(conflict)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write(t, dir, map[string]string{"app.yaml": keyDeployment})
	rep, _, err := Run(context.Background(), Options{Root: dir, Config: config.Default(), Engine: e})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].RuleID != "AZR-WI-001" {
		t.Errorf("findings = %+v", rep.Findings)
	}
	var got []string
	for _, d := range rep.Diagnostics {
		got = append(got, d.Code+" "+d.Summary)
	}
	want := []string{"policy-error rule AZR-WI-002 could not be evaluated", "policy-error rule AZR-WI-003 could not be evaluated"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}
