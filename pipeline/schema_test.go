package pipeline

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/schema"
)

func types(tb testing.TB) *schema.Index {
	x, err := schema.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

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
	x := types(b)
	b.ReportAllocs()
	for b.Loop() {
		attachSchema(g, x)
	}
}

func TestAttachSchema(t *testing.T) {
	g := graph.New()
	g.Add(&graph.Node{ID: "aks", Type: "Microsoft.ContainerService/managedClusters", Format: graph.ARM,
		Attrs: map[string]any{"properties": map[string]any{"bootstrapProfile": map[string]any{}}},
		Facts: map[string]any{"api_version": "2024-05-01"}})
	g.Add(&graph.Node{ID: "web", Type: "Microsoft.Web/sites", Format: graph.ARM, Facts: map[string]any{"api_version": "2024-05-01"}})
	attachSchema(g, types(t))
	s, ok := g.Node("aks").Facts["schema"].(map[string]any)
	if !ok || s["status"] != "known" || len(s["problems"].([]any)) != 1 {
		t.Errorf("aks schema fact = %v", s)
	}
	if _, ok := g.Node("web").Facts["schema"]; ok {
		t.Error("a type the index lacks has a schema fact")
	}
}

// TestAttachSchemaRenames: keys written in another case than the schema
// take its casing, with their ranges, unknowns and edges.
func TestAttachSchemaRenames(t *testing.T) {
	g := graph.New()
	r := graph.Range{Filename: "main.json", Start: graph.Pos{Line: 3, Column: 5}, End: graph.Pos{Line: 3, Column: 9}}
	aks := &graph.Node{ID: "aks", Type: "Microsoft.ContainerService/managedClusters", Format: graph.ARM,
		Attrs: map[string]any{"PROPERTIES": map[string]any{
			"apiServerAccessProfile": map[string]any{"ENABLEPRIVATECLUSTER": true},
			"bootstrapprofile":       map[string]any{"containerRegistryID": "acr"},
			"dnsPrefix":              "x", "DNSPREFIX": "y", // both spellings: left as they are
			"tags": map[string]any{"Keep": "me"},
		}},
		Unknown: []graph.Path{graph.P("PROPERTIES", "networkprofile")},
		Facts:   map[string]any{"api_version": "2025-01-01"}}
	aks.SetRange(graph.P("PROPERTIES", "apiServerAccessProfile", "ENABLEPRIVATECLUSTER"), r)
	aks.SetKeyRange(graph.P("PROPERTIES", "bootstrapprofile"), r)
	g.Add(aks)
	g.Add(&graph.Node{ID: "acr", Type: "Microsoft.ContainerRegistry/registries", Format: graph.ARM})
	g.Link(graph.Edge{From: "aks", To: "acr", Kind: "reference", Attr: graph.P("PROPERTIES", "bootstrapprofile", "containerRegistryID")})
	attachSchema(g, types(t))

	want := map[string]any{"properties": map[string]any{
		"apiServerAccessProfile": map[string]any{"enablePrivateCluster": true},
		"bootstrapProfile":       map[string]any{"containerRegistryId": "acr"},
		"dnsPrefix":              "x", "DNSPREFIX": "y",
		"tags": map[string]any{"Keep": "me"},
	}}
	if diff := cmp.Diff(want, aks.Attrs); diff != "" {
		t.Errorf("attrs (-want +got):\n%s", diff)
	}
	if _, ok := aks.Ranges["properties.apiServerAccessProfile.enablePrivateCluster"]; !ok {
		t.Errorf("ranges not moved: %v", aks.Ranges)
	}
	if _, ok := aks.Keys["properties.bootstrapProfile"]; !ok {
		t.Errorf("key ranges not moved: %v", aks.Keys)
	}
	if got := aks.Unknown[0].String(); got != "properties.networkProfile" {
		t.Errorf("unknown = %s", got)
	}
	if got := g.Edges()[0].Attr.String(); got != "properties.bootstrapProfile.containerRegistryId" {
		t.Errorf("edge attr = %s", got)
	}
}
