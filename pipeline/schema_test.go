package pipeline

import (
	"fmt"
	"testing"

	"github.com/moatscan/moat/graph"
)

// BenchmarkAttachSchema checks 1,000 cluster bodies, as a scan of a
// large repository does once.
func BenchmarkAttachSchema(b *testing.B) {
	g := graph.New()
	for i := range 1000 {
		g.Add(&graph.Node{ID: fmt.Sprint("aks", i), Type: "Microsoft.ContainerService/managedClusters", Format: graph.Bicep,
			Attrs: map[string]any{"name": "aks", "location": "westeurope", "properties": map[string]any{
				"dnsPrefix":              "aks",
				"agentPoolProfiles":      []any{map[string]any{"name": "system", "count": int64(3), "vmSize": "Standard_D4s_v5", "vnetSubnetID": "s"}},
				"networkProfile":         map[string]any{"networkPlugin": "azure", "outboundType": "none"},
				"apiServerAccessProfile": map[string]any{"enablePrivateCluster": true},
				"bootstrapProfile":       map[string]any{"artifactSource": "Cache"},
			}},
			Facts: map[string]any{"api_version": "2024-05-01"}})
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := attachSchema(g); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAttachSchema(t *testing.T) {
	g := graph.New()
	g.Add(&graph.Node{ID: "aks", Type: "Microsoft.ContainerService/managedClusters", Format: graph.ARM,
		Attrs: map[string]any{"properties": map[string]any{"bootstrapProfile": map[string]any{}}},
		Facts: map[string]any{"api_version": "2024-05-01"}})
	g.Add(&graph.Node{ID: "web", Type: "Microsoft.Web/sites", Format: graph.ARM, Facts: map[string]any{"api_version": "2024-05-01"}})
	if err := attachSchema(g); err != nil {
		t.Fatal(err)
	}
	s, ok := g.Node("aks").Facts["schema"].(map[string]any)
	if !ok || s["status"] != "known" || len(s["problems"].([]any)) != 1 {
		t.Errorf("aks schema fact = %v", s)
	}
	if _, ok := g.Node("web").Facts["schema"]; ok {
		t.Error("a type the index lacks has a schema fact")
	}
}
