package config

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		isolated  bool
		env       string
		diagLine  int
		diagMatch string
	}{
		{"empty", "", false, "prod", 0, ""},
		{"profile", "profile:\n  network_isolated: true\n  environment: dev\n", true, "dev", 0, ""},
		{"unknown key", "profile:\n  network_isolation: true\n", false, "prod", 2, "not found"},
		{"bad environment", "profile:\n  environment: staging\n", false, "staging", 2, "use prod or dev"},
		{"bad type", "profile:\n  network_isolated: maybe\n", false, "prod", 2, "cannot unmarshal"},
		{"syntax", "profile: [\n", false, "prod", 1, "did not find"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ds := Parse([]byte(tc.src), ".moat.yaml")
			if tc.diagMatch == "" {
				if len(ds) != 0 {
					t.Fatalf("diagnostics: %v", ds)
				}
			} else {
				if len(ds) != 1 || !strings.Contains(ds[0].Detail, tc.diagMatch) || ds[0].Subject.Start.Line != tc.diagLine {
					t.Fatalf("diagnostics = %v, want one at line %d matching %q", ds, tc.diagLine, tc.diagMatch)
				}
				if ds[0].Code != graph.CodeConfigInvalid {
					t.Errorf("code = %s", ds[0].Code)
				}
				return
			}
			if c.Profile.NetworkIsolated != tc.isolated || c.Profile.Environment != tc.env {
				t.Errorf("profile = %+v", c.Profile)
			}
			if len(c.Profile.BuiltinStorageClasses) == 0 {
				t.Error("defaults lost")
			}
		})
	}
}

func TestClusterRange(t *testing.T) {
	c, ds := Parse([]byte("# x\nprofile:\n  cluster: aks-ml\n"), "cfg.yaml")
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	want := graph.Range{Filename: "cfg.yaml", Start: graph.Pos{Line: 3, Column: 1, Byte: 13}, End: graph.Pos{Line: 3, Column: 18, Byte: 30}}
	if diff := cmp.Diff(want, c.ProfileCluster); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestManifestSets(t *testing.T) {
	src := "profile:\n  cluster: aks-shared\n  manifests:\n    - paths: [k8s/isolated/**]\n      cluster: aks-iso\n      network_isolated: true\n    - paths: [\"[\"]\n      cluster: aks-x\n    - paths: []\n      cluster: aks-y\n"
	c, ds := Parse([]byte(src), ".moat.yaml")
	if len(ds) != 2 {
		t.Fatalf("diagnostics = %v, want the malformed pattern and the empty set", ds)
	}
	if ds[0].Subject.Start.Line != 8 || !strings.Contains(ds[0].Detail, "malformed") {
		t.Errorf("first diagnostic = %v at line %d", ds[0], ds[0].Subject.Start.Line)
	}
	if ds[1].Subject.Start.Line != 10 || !strings.Contains(ds[1].Detail, "needs a cluster and at least one path") {
		t.Errorf("second diagnostic = %v at line %d", ds[1], ds[1].Subject.Start.Line)
	}
	if len(c.Sets) < 1 || c.Sets[0].Cluster != "aks-iso" || !c.Sets[0].Isolated || c.Sets[0].Where.Start.Line != 5 {
		t.Fatalf("sets = %+v", c.Sets)
	}
	if !c.Sets[0].Match("k8s/isolated/app.yaml") || c.Sets[0].Match("k8s/shared/app.yaml") {
		t.Error("set matches the wrong files")
	}
}
