package config

import (
	"testing"

	"github.com/moatscan/moat/graph"
)

// FuzzParse: any bytes give a configuration or diagnostics inside the
// file, never a panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "profile:\n  network_isolated: true\n", "profile: [\n", "profile:\n  environment: qa\n",
		"profile:\n  cluster: aks\n  builtin_storage_classes: [a, b]\n", "a: &x [*x]\n", "\xff\xfe"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, ds := Parse(src, "cfg.yaml")
		for _, d := range ds {
			if d.Code != graph.CodeConfigInvalid || d.Subject.Filename != "cfg.yaml" || d.Subject.End.Byte > len(src) {
				t.Fatalf("bad diagnostic %v", d)
			}
		}
		if len(ds) == 0 && c.Profile.Environment != "prod" && c.Profile.Environment != "dev" {
			t.Fatalf("environment %q accepted", c.Profile.Environment)
		}
	})
}
