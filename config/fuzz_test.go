package config

import (
	"testing"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// FuzzParse: any bytes give a configuration or diagnostics inside the
// file, never a panic; the checks and matchers of what was parsed never
// panic either.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "profile:\n  network_isolated: true\n", "profile: [\n", "profile:\n  environment: qa\n",
		"profile:\n  cluster: aks\n  builtin_storage_classes: [a, b]\n", "a: &x [*x]\n", "\xff\xfe", "\ufeffrulez: 1\r\n",
		"rules:\n  enable: [AZR-ISO-*]\n  disable: ['AZR-[']\n  severity: {AZR-ISO-010: warning, AZR-WI-*: loud}\n",
		"exclude: [examples/**, \"[\"]\n",
		"suppressions:\n  - rules: [AZR-ISO-004]\n    paths: [infra/**]\n    resource: \"*.legacy\"\n    reason: r\n    expires: 2027-02-30\n",
		"suppressions:\n  - &s {rules: [A], reason: \"x\\\"y\"}\n  - <<: *s\n    expires: 'é'\n",
		"profile:\n  manifests:\n    - paths: [k8s/**]\n      cluster: aks\n  unverified: {cli_tls_key: 1}\n",
		"x: |\n  block\n  text\ny: 'a''b\n",
		string(Starter(starterRules))} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, ds := Parse(src, "cfg.yaml")
		ds = append(ds, c.CheckRules([]string{"AZR-ISO-004", "AZR-WI-002"})...)
		for _, d := range ds {
			if d.Code != graph.CodeConfigInvalid || !inside(d.Subject, src) {
				t.Fatalf("bad diagnostic %v %+v", d, d.Subject)
			}
		}
		if len(ds) == 0 && c.Profile.Environment != "prod" && c.Profile.Environment != "dev" {
			t.Fatalf("environment %q accepted", c.Profile.Environment)
		}
		ranges := []graph.Range{c.ProfileCluster}
		for _, s := range c.Sets {
			ranges = append(ranges, s.Where)
		}
		for _, s := range c.Suppressions {
			ranges = append(ranges, s.Where)
			s.MatchResource("infra:azurerm_kubernetes_cluster.aks", "aks")
		}
		for _, r := range ranges {
			if !r.IsZero() && !inside(r, src) {
				t.Fatalf("range %+v outside the file", r)
			}
		}
		c.Enabled("AZR-ISO-004")
		c.Level("AZR-ISO-004", finding.Error)
	})
}

// inside reports whether a range names the file and lies within it.
func inside(r graph.Range, src []byte) bool {
	if r.Filename != "cfg.yaml" || r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(src) {
		return false
	}
	return r.Start.Line == 0 || r.Start.Line >= 1 && r.Start.Column >= 1 && r.End.Line >= r.Start.Line
}
