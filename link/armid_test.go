package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestParseID(t *testing.T) {
	tests := []struct {
		in   string
		want armID
		ok   bool
	}{
		{"/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks",
			armID{group: "rg", typ: "Microsoft.ContainerService/managedClusters", name: "aks", names: []string{"aks"}}, true},
		{"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/aks",
			armID{typ: "Microsoft.ContainerService/managedClusters", name: "aks", names: []string{"aks"}}, true},
		{"/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet/",
			armID{group: "rg", typ: "Microsoft.Network/virtualNetworks/subnets", name: "snet", names: []string{"vnet", "snet"}}, true},
		{"/providers/Microsoft.Authorization/roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
			armID{typ: "Microsoft.Authorization/roleDefinitions", name: "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", names: []string{"5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"}}, true},
		{"/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks", armID{}, false},
		{"vnet-aks", armID{}, false},
		{"", armID{}, false},
	}
	for _, tt := range tests {
		got, ok := parseID(tt.in)
		if ok != tt.ok || !cmp.Equal(got, tt.want, cmp.AllowUnexported(armID{})) {
			t.Errorf("parseID(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
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
