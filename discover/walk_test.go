package discover

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

// formatTree holds one file of every format, by name and by content, and
// files and folders that must be left out.
var formatTree = map[string]string{
	"main.tf":                           `resource "x" "y" {}`,
	"modules/net/vars.tf.json":          `{"variable": {}}`,
	"prod.tfvars":                       `a = 1`,
	"prod.tfvars.json":                  `{"a": 1}`,
	"plan.json":                         planJSON,
	"infra/main.bicep":                  `param a string`,
	"infra/main.bicepparam":             `using 'main.bicep'`,
	"infra/azuredeploy.json":            armTemplate,
	"infra/azuredeploy.parameters.json": armParams,
	"k8s/app.yaml":                      manifestYAML,
	"k8s/app.json":                      manifestJSON,
	"k8s/stream.yml":                    composeYAML + "---\n" + manifestYAML,
	"k8s/kustomization.yaml":            "resources: [app.yaml]\n",
	"overlay/Kustomization":             "resources: [../k8s]\n",
	"certs/ca.crt":                      pemBlock,
	"certs/ca.cer":                      "binary",
	"certs/tls.pem":                     pemBlock,
	"certs/tls.key":                     pemBlock,
	"certs/bundle":                      pemBlock,
	"chart/Chart.yaml":                  chartYAML,
	"chart/values.yaml":                 "replicas: 1\nkind: web\n",
	"chart/templates/deploy.yaml":       manifestYAML,
	"chart/templates/_helpers.tpl":      `{{- define "x" -}}{{- end -}}`,
	"chart/crds/crd.yaml":               manifestYAML,
	"not-chart/templates/app.yaml":      manifestYAML,
	".github/workflows/ci.yml":          "on: push\n",
	".github/deploy.yaml":               manifestYAML,
	"docker-compose.yml":                composeYAML,
	"package.json":                      `{"name": "x"}`,
	"README.md":                         "# x\n",
	"empty.tf":                          "",
	".git/objects/app.yaml":             manifestYAML,
	".terraform/modules/m/main.tf":      `resource "x" "y" {}`,
	"node_modules/pkg/main.tf":          `resource "x" "y" {}`,
	".cache/app.yaml":                   manifestYAML,
	".hidden.yaml":                      manifestYAML,
}

func TestWalkFormats(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, formatTree)
	files, diags := Walk(nil, Options{Root: root})
	want := []entry{
		{".github/deploy.yaml", Kubernetes, true},
		{".hidden.yaml", Kubernetes, true},
		{"certs/bundle", PEM, true},
		{"certs/ca.cer", PEM, true},
		{"certs/ca.crt", PEM, true},
		{"certs/tls.key", PEM, true},
		{"certs/tls.pem", PEM, true},
		{"chart/crds/crd.yaml", Kubernetes, true},
		{"chart/templates/_helpers.tpl", Helm, false},
		{"chart/templates/deploy.yaml", Helm, false},
		{"empty.tf", Terraform, true},
		{"infra/azuredeploy.json", ARM, true},
		{"infra/azuredeploy.parameters.json", ARMParams, true},
		{"infra/main.bicep", Bicep, true},
		{"infra/main.bicepparam", BicepParams, true},
		{"k8s/app.json", Kubernetes, true},
		{"k8s/app.yaml", Kubernetes, true},
		{"k8s/kustomization.yaml", Kustomization, true},
		{"k8s/stream.yml", Kubernetes, true},
		{"main.tf", Terraform, true},
		{"modules/net/vars.tf.json", Terraform, true},
		{"not-chart/templates/app.yaml", Kubernetes, true},
		{"overlay/Kustomization", Kustomization, true},
		{"plan.json", TerraformPlan, true},
		{"prod.tfvars", TerraformVars, true},
		{"prod.tfvars.json", TerraformVars, true},
	}
	if diff := cmp.Diff(want, entries(files)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	wantDiags := []problem{
		{"chart/templates/_helpers.tpl", graph.Note, graph.CodeTemplate},
		{"chart/templates/deploy.yaml", graph.Note, graph.CodeTemplate},
	}
	if diff := cmp.Diff(wantDiags, problems(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	for _, f := range files {
		if f.Data != nil && string(f.Data) != formatTree[f.Path] {
			t.Errorf("%s: data %q, want %q", f.Path, f.Data, formatTree[f.Path])
		}
		if f.Abs != filepath.Join(root, filepath.FromSlash(f.Path)) {
			t.Errorf("%s: abs %q is not below the root", f.Path, f.Abs)
		}
	}
}

func TestWalkExcludes(t *testing.T) {
	tree := map[string]string{
		"a.tf":                       "",
		"b/b.tf":                     "",
		"fixtures/fail/g.tf":         "",
		"fixtures/rules/x/fail/f.tf": "",
		"fixtures/rules/x/pass/p.tf": "",
		"vendor/v.tf":                "",
		"deep/vendor/w.tf":           "",
	}
	all := []string{"a.tf", "b/b.tf", "deep/vendor/w.tf", "fixtures/fail/g.tf",
		"fixtures/rules/x/fail/f.tf", "fixtures/rules/x/pass/p.tf", "vendor/v.tf"}
	tests := []struct {
		name     string
		excludes []string
		gone     []string
	}{
		{"none", nil, nil},
		{"file name", []string{"b.tf"}, []string{"b/b.tf"}},
		{"file glob", []string{"[ab].tf"}, []string{"a.tf", "b/b.tf"}},
		{"file path", []string{"b/b.tf"}, []string{"b/b.tf"}},
		{"folder name", []string{"vendor"}, []string{"deep/vendor/w.tf", "vendor/v.tf"}},
		{"folder slash", []string{"vendor/"}, []string{"deep/vendor/w.tf", "vendor/v.tf"}},
		{"anchored folder", []string{"/vendor"}, []string{"vendor/v.tf"}},
		{"folder doublestar", []string{"fixtures/**"}, []string{"fixtures/fail/g.tf", "fixtures/rules/x/fail/f.tf", "fixtures/rules/x/pass/p.tf"}},
		{"middle doublestar", []string{"fixtures/**/fail"}, []string{"fixtures/fail/g.tf", "fixtures/rules/x/fail/f.tf"}},
		{"folder pattern on file", []string{"a.tf/"}, nil},
		{"several", []string{"b", "vendor/"}, []string{"b/b.tf", "deep/vendor/w.tf", "vendor/v.tf"}},
	}
	root := t.TempDir()
	writeTree(t, root, tree)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, diags := Walk(nil, Options{Root: root, Excludes: tt.excludes})
			var want []string
			for _, p := range all {
				if !slices.Contains(tt.gone, p) {
					want = append(want, p)
				}
			}
			if diff := cmp.Diff(want, paths(files)); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if len(diags) != 0 {
				t.Errorf("diagnostics: %v", diags)
			}
		})
	}
}

func TestWalkTooLarge(t *testing.T) {
	root := t.TempDir()
	big := manifestYAML + "data: " + string(make([]byte, 100)) + "\n"
	writeTree(t, root, map[string]string{
		"big.tf":     string(make([]byte, 200)),
		"big.yaml":   big,
		"big.bin":    string(make([]byte, 200)),
		"big-ca":     pemBlock + pemBlock + pemBlock,
		"small.yaml": manifestYAML,
	})
	files, diags := Walk(nil, Options{Root: root, MaxFileSize: 100})
	want := []entry{
		{"big-ca", PEM, false},
		{"big.tf", Terraform, false},
		{"big.yaml", Kubernetes, false},
		{"small.yaml", Kubernetes, true},
	}
	if diff := cmp.Diff(want, entries(files)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	wantDiags := []problem{
		{"big-ca", graph.Error, graph.CodeFileTooLarge},
		{"big.tf", graph.Error, graph.CodeFileTooLarge},
		{"big.yaml", graph.Error, graph.CodeFileTooLarge},
	}
	if diff := cmp.Diff(wantDiags, problems(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestWalkDeterministic(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, formatTree)
	args := []string{"k8s", ".", "certs/ca.crt", "chart"}
	first, firstDiags := Walk(args, Options{Root: root})
	for range 10 {
		slices.Reverse(args)
		files, diags := Walk(args, Options{Root: root})
		if diff := cmp.Diff(first, files); diff != "" {
			t.Fatalf("files differ between runs (-first +now):\n%s", diff)
		}
		if diff := cmp.Diff(firstDiags, diags); diff != "" {
			t.Fatalf("diagnostics differ between runs (-first +now):\n%s", diff)
		}
	}
	if !slices.IsSortedFunc(first, func(a, b File) int { return strings.Compare(a.Path, b.Path) }) {
		t.Errorf("files not sorted: %v", paths(first))
	}
}
