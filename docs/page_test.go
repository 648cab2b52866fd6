package docs

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/fixtures"
	"github.com/moatscan/moat/pipeline"
	"github.com/moatscan/moat/policies"
)

func TestPage(t *testing.T) {
	r := finding.Rule{ID: "AZR-WI-007", Title: "Label", Description: "Why\n  it matters.", Severity: finding.Error,
		Provenance: "seed", Seed: finding.Seed{Document: "003_8257b559f344b36a.txt", Section: "S"}, Remediation: "Add it.",
		Scope: "Workloads.", Formats: []string{"kubernetes"}, References: []string{"https://example.com/a"}, Package: "wi.pod_label"}
	fsys := fstest.MapFS{
		"AZR-WI-007/fail/a.yaml":     {Data: []byte("kind: Pod # want AZR-WI-007\n")},
		"AZR-WI-007/fail/.moat.yaml": {Data: []byte("profile: {}\n")},
		"AZR-WI-007/pass/a.yaml":     {Data: []byte("kind: Pod")},
	}
	page := string(Page(r, fsys))
	for _, want := range []string{
		"# AZR-WI-007: Label\n",
		"## Why\n\nWhy it matters.\n",
		"Non-compliant (`fail/a.yaml`):\n\n```yaml\nkind: Pod # want AZR-WI-007\n```",
		"Compliant (`pass/a.yaml`):\n\n```yaml\nkind: Pod\n```",
		"Tested on 2 cases in `fixtures/rules/AZR-WI-007`: `fail`, `pass`.",
		"## How to fix\n\nAdd it.\n",
		"- <https://example.com/a>\n",
		"| Policy | `policies/wi/pod_label.rego` |",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "profile:") {
		t.Error("configuration file shown as an example")
	}
}

// TestExcerpt checks that a long fixture is cut down to the blocks with
// findings, and that the passing case shows the same blocks.
func TestExcerpt(t *testing.T) {
	filler := strings.Repeat("resource \"x\" \"filler\" {\n  a = 1\n}\n\n", 12)
	fail := filler + "# The endpoint.\nresource \"azurerm_private_endpoint\" \"pe\" {\n  subnet_id = \"x\" # want AZR-INF-002\n}\n" + filler
	pass := filler + "# The endpoint.\nresource \"azurerm_private_endpoint\" \"pe\" {\n  subnet_id = \"y\"\n}\n"
	ex := excerpt(fail, "hcl", nil)
	want := "# ...\n# The endpoint.\nresource \"azurerm_private_endpoint\" \"pe\" {\n  subnet_id = \"x\" # want AZR-INF-002\n}\n# ...\n"
	if ex.text != want || ex.note != ", excerpt" {
		t.Errorf("fail excerpt = %q, want %q", ex.text, want)
	}
	got := excerpt(pass, "hcl", ex.headers).text
	if want := "# ...\n# The endpoint.\nresource \"azurerm_private_endpoint\" \"pe\" {\n  subnet_id = \"y\"\n}\n"; got != want {
		t.Errorf("pass excerpt = %q, want %q", got, want)
	}
	yaml := "a: 1\n---\n" + strings.Repeat("b: 2\n", 50) + "---\nkind: Secret # want AZR-TLS-005\n"
	if got := excerpt(yaml, "yaml", nil).text; got != "# ...\nkind: Secret # want AZR-TLS-005\n" {
		t.Errorf("yaml excerpt = %q", got)
	}
}

// TestPagesUpToDate fails when docs/rules differs from what the rules'
// metadata and fixtures generate (run make docs).
func TestPagesUpToDate(t *testing.T) {
	e, err := policies.New(context.Background(), policies.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rules := pipeline.Catalog(e)
	for _, r := range rules {
		got, err := os.ReadFile(filepath.Join("rules", r.ID+".md"))
		if err != nil {
			t.Errorf("%s: %v (run make docs)", r.ID, err)
			continue
		}
		if string(got) != string(Page(r, fixtures.Rules())) {
			t.Errorf("docs/rules/%s.md is out of date (run make docs)", r.ID)
		}
	}
	index, err := os.ReadFile(filepath.Join("rules", "README.md"))
	if err != nil || string(index) != string(Index(rules)) {
		t.Errorf("docs/rules/README.md is out of date (run make docs): %v", err)
	}
}
