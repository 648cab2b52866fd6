package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func rng(line int) graph.Range {
	return graph.Range{Filename: "main.tf", Start: graph.Pos{Line: line, Column: 1}, End: graph.Pos{Line: line, Column: 9}}
}

// updateGraph is a cluster declared with azurerm and an azapi update that
// sets its outbound type, naming it by reference or by literal ID.
func updateGraph(byReference bool) (*graph.Graph, *graph.Node, *graph.Node) {
	outbound := graph.P("properties", "networkProfile", "outboundType")
	c := azure(clusterType, "aks", map[string]any{"name": "aks", "properties": map[string]any{
		"networkProfile": map[string]any{"outboundType": "loadBalancer", "networkPlugin": "azure"},
	}})
	c.Facts = map[string]any{"defaults": []any{outbound.String()}, "resource_group_name": "rg"}
	c.Range = rng(1)
	c.Ranges = map[string]graph.Range{outbound.String(): rng(1)}
	c.Unknown = []graph.Path{graph.P("properties", "networkProfile", "outboundType")}
	u := azure(clusterType, "block", map[string]any{
		"parent":     "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks",
		"properties": map[string]any{"networkProfile": map[string]any{"outboundType": "block"}, "bootstrapProfile": map[string]any{}},
	})
	u.Facts = map[string]any{"update": true}
	u.Range = rng(10)
	u.Ranges = map[string]graph.Range{outbound.String(): rng(12), "properties": rng(11)}
	u.Unknown = []graph.Path{graph.P("properties", "bootstrapProfile", "containerRegistryId")}
	g := graph.New()
	g.Add(c)
	g.Add(u)
	if byReference {
		g.Link(graph.Edge{From: u.ID, To: c.ID, Kind: KindReference, Attr: graph.P("parent"), Target: graph.P("id")})
	}
	return g, c, u
}

func TestMergeUpdates(t *testing.T) {
	for _, byRef := range []bool{true, false} {
		g, c, u := updateGraph(byRef)
		Resolve(g)
		want := map[string]any{"name": "aks", "properties": map[string]any{
			"networkProfile":   map[string]any{"outboundType": "block", "networkPlugin": "azure"},
			"bootstrapProfile": map[string]any{},
		}}
		if diff := cmp.Diff(want, c.Attrs); diff != "" {
			t.Errorf("by reference %v: attrs (-want +got):\n%s", byRef, diff)
		}
		if r := c.Ranges["properties.networkProfile.outboundType"]; r.Start.Line != 12 {
			t.Errorf("outbound type range = %v, want the update's", r)
		}
		if _, ok := c.Ranges["properties"]; ok {
			t.Error("the update's object range moved to the target")
		}
		if got := c.Facts["defaults"]; len(got.([]any)) != 0 {
			t.Errorf("defaults = %v, want the overwritten default gone", got)
		}
		wantUnknown := []graph.Path{graph.P("properties", "bootstrapProfile", "containerRegistryId")}
		if diff := cmp.Diff(wantUnknown, c.Unknown); diff != "" {
			t.Errorf("unknown (-want +got):\n%s", diff)
		}
		if u.Type != "azapi_update_resource" {
			t.Errorf("update type %q", u.Type)
		}
	}
}

func TestMergeUpdatesAmbiguous(t *testing.T) {
	g, c, u := updateGraph(false)
	twin := azure(clusterType, "twin", map[string]any{})
	twin.Name = "aks"
	g.Add(twin)
	Resolve(g)
	if u.Type != clusterType || c.Attrs["properties"].(map[string]any)["networkProfile"].(map[string]any)["outboundType"] != "loadBalancer" {
		t.Error("an update naming two candidates was merged")
	}
}
