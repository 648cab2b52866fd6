package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestParseIDIsAbsolute(t *testing.T) {
	if _, ok := parseID("Microsoft.ContainerService/managedClusters/aks"); ok {
		t.Error("a relative ID names a resource across files")
	}
	if id, ok := parseID("/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"); !ok || id.Name() != "aks" {
		t.Errorf("parseID of an absolute ID = %+v, %v", id, ok)
	}
}

func TestLinkLiterals(t *testing.T) {
	withGroup := func(n *graph.Node, rg string) *graph.Node {
		n.Facts = map[string]any{"resource_group_name": rg}
		return n
	}
	const id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
	nodes := []*graph.Node{
		withGroup(azure(clusterType, "aks", map[string]any{}), "rg"),
		withGroup(azure(clusterType, "aks", map[string]any{}), "other"), // same name, another group
		azure(extensionType, "ml", map[string]any{"scope": id}),
		withGroup(azure("Microsoft.Network/virtualNetworks", "vnet", map[string]any{}), "rg"),
		withGroup(azure("Microsoft.Network/virtualNetworks/subnets", "snet", map[string]any{"parent": "vnet"}), "rg"),
		azure("Microsoft.Network/virtualNetworks/subnets", "snet2", map[string]any{"parent": "unknown-vnet"}),
	}
	nodes[1].ID += "#other"
	g := graph.New()
	for _, n := range nodes {
		g.Add(n)
	}
	linkAttributes(g)
	want := []graph.Edge{
		{From: extensionType + "/ml", To: clusterType + "/aks", Kind: "L10", Attr: graph.P("scope")},
		{From: "Microsoft.Network/virtualNetworks/subnets/snet", To: "Microsoft.Network/virtualNetworks/vnet", Kind: "L02", Attr: graph.P("parent")},
	}
	if diff := cmp.Diff(want, g.Edges()); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}

func TestLiteralInlineSubnet(t *testing.T) {
	vnet := azure("Microsoft.Network/virtualNetworks", "hub", map[string]any{"properties": map[string]any{
		"subnets": []any{map[string]any{"name": "snet-a"}, map[string]any{"name": "snet-pe"}},
	}})
	vnet.Name = "vnet-hub"
	pe := azure("Microsoft.Network/privateEndpoints", "pe", map[string]any{"properties": map[string]any{"subnet": map[string]any{
		"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/SNET-PE",
	}}})
	g := graph.New()
	g.Add(vnet)
	g.Add(pe)
	Resolve(g)
	want := []graph.Edge{{From: pe.ID, To: vnet.ID, Kind: "L04", Attr: graph.P("properties", "subnet", "id"), Target: graph.P("properties", "subnets", 1, "id")}}
	if diff := cmp.Diff(want, g.Edges()); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}

func TestLiteralAccountName(t *testing.T) {
	st := azure("Microsoft.Storage/storageAccounts", "stdata", nil)
	other := azure("Microsoft.Storage/storageAccounts", "stother", nil)
	ds := azure("Microsoft.MachineLearningServices/workspaces/datastores", "training", map[string]any{"properties": map[string]any{"accountName": "STDATA"}})
	g := graph.New()
	g.Add(st)
	g.Add(other)
	g.Add(ds)
	Resolve(g)
	want := []graph.Edge{{From: ds.ID, To: st.ID, Kind: "L12", Attr: graph.P("properties", "accountName")}}
	if diff := cmp.Diff(want, g.Edges()); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}
