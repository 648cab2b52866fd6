package config

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestMatchResource(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		id      string
		resName string
		want    bool
	}{
		{"no pattern", "", "azurerm_kubernetes_cluster.aks", "aks", true},
		{"node id", "azurerm_kubernetes_cluster.legacy", "azurerm_kubernetes_cluster.legacy", "legacy", true},
		{"address in a module", "azurerm_kubernetes_cluster.this", "infra/modules/aks:azurerm_kubernetes_cluster.this", "this", true},
		{"whole id in a module", "infra/modules/aks:*", "infra/modules/aks:azurerm_kubernetes_cluster.this", "this", true},
		{"star crosses slashes", "apps/v1/*/ai-*", "apps/v1/Deployment/default/ai-service", "ai-service", true},
		{"name", "aks-legacy", "[resourceId('Microsoft.ContainerService/managedClusters', 'aks-legacy')]", "aks-legacy", true},
		{"name pattern", "aks-*", "x", "aks-ml", true},
		{"case ignored", "AKS-ML", "x", "aks-ml", true},
		{"question mark", "aks-m?", "x", "aks-ml", true},
		{"other resource", "azurerm_kubernetes_cluster.legacy", "azurerm_kubernetes_cluster.aks", "aks", false},
		{"prefix only", "aks", "x", "aks-ml", false},
		{"empty name", "aks", "x", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Suppression{Resource: tc.pattern}
			if got := s.MatchResource(tc.id, tc.resName); got != tc.want {
				t.Errorf("MatchResource(%q, %q) with %q = %v, want %v", tc.id, tc.resName, tc.pattern, got, tc.want)
			}
		})
	}
}

func TestWildcard(t *testing.T) {
	tests := []struct {
		p, s string
		want bool
	}{
		{"", "", true},
		{"", "a", false},
		{"*", "", true},
		{"a*b*c", "axxbyyc", true},
		{"a*b*c", "axxbyy", false},
		{"*a", "bab", false},
		{"**a", "ba", true},
		{"?", "é", true},
		{"é?", "éa", true},
		{"a?c", "ac", false},
	}
	for _, tc := range tests {
		if got := wildcard(tc.p, tc.s); got != tc.want {
			t.Errorf("wildcard(%q, %q) = %v, want %v", tc.p, tc.s, got, tc.want)
		}
	}
}

func TestSuppressionEntries(t *testing.T) {
	src := "suppressions:\n" +
		"  - rules: [AZR-ISO-004, AZR-WI-*]\n" +
		"    paths: [\"infra/legacy/**\"]\n" +
		"    resource: azurerm_kubernetes_cluster.legacy\n" +
		"    reason: \"  Legacy cluster, replaced in Q2 \"\n" +
		"    expires: 2027-03-31\n" +
		"  - {rules: [AZR-SCH-004], reason: accepted}\n"
	c, ds := Parse([]byte(src), "cfg.yaml")
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	if len(c.Suppressions) != 2 {
		t.Fatalf("suppressions = %+v", c.Suppressions)
	}
	s, open := c.Suppressions[0], c.Suppressions[1]
	if s.Expires != "2027-03-31" || !s.Until.Equal(time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC)) || !open.Until.IsZero() {
		t.Errorf("expiry = %q, %v and %v", s.Expires, s.Until, open.Until)
	}
	where := graph.Range{Filename: "cfg.yaml", Start: graph.Pos{Line: 2, Column: 5, Byte: 18}, End: graph.Pos{Line: 2, Column: 35, Byte: 48}}
	if diff := cmp.Diff(where, s.Where); diff != "" {
		t.Errorf("where (-want +got):\n%s", diff)
	}
	flowWhere := graph.Range{Filename: "cfg.yaml", Start: graph.Pos{Line: 7, Column: 5, Byte: 204}, End: graph.Pos{Line: 7, Column: 45, Byte: 244}}
	if diff := cmp.Diff(flowWhere, open.Where); diff != "" {
		t.Errorf("flow entry (-want +got):\n%s", diff)
	}
	if len(s.Globs) != 1 || !s.Globs[0].MatchFile("infra/legacy/aks/main.tf") || s.Globs[0].MatchFile("infra/new/main.tf") || len(open.Globs) != 0 {
		t.Errorf("globs = %+v and %+v", s.Globs, open.Globs)
	}
	if want := []string{"AZR-ISO-004", "AZR-WI-*"}; !cmp.Equal(want, s.Rules) || s.Reason != "  Legacy cluster, replaced in Q2 " {
		t.Errorf("rules %v, reason %q", s.Rules, s.Reason)
	}
}
