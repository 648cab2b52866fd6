package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestLinkReferences(t *testing.T) {
	const (
		aks    = "Microsoft.ContainerService/managedClusters/aks"
		subnet = "Microsoft.Network/virtualNetworks/subnets/snet"
		ext    = "Microsoft.KubernetesConfiguration/extensions/ml"
		fic    = ficType + "/fic"
		uami   = "Microsoft.ManagedIdentity/userAssignedIdentities/id"
	)
	nodes := []*graph.Node{
		azure(clusterType, "aks", map[string]any{}),
		azure("Microsoft.Network/virtualNetworks/subnets", "snet", map[string]any{}),
		azure(extensionType, "ml", map[string]any{}),
		azure(ficType, "fic", map[string]any{}),
		azure("Microsoft.ManagedIdentity/userAssignedIdentities", "id", map[string]any{}),
	}
	pool := graph.P("properties", "agentPoolProfiles", 0, "vnetSubnetID")
	refs := []graph.Edge{
		{From: aks, To: subnet, Kind: KindReference, Attr: pool, Target: graph.P("id")},
		{From: ext, To: aks, Kind: KindReference, Attr: graph.P("scope"), Target: graph.P("id")},
		{From: fic, To: uami, Kind: KindReference, Attr: graph.P("parent"), Target: graph.P("id")},
		{From: fic, To: aks, Kind: KindReference, Attr: graph.P("properties", "issuer"), Target: graph.P("properties", "oidcIssuerProfile", "issuerURL")},
		{From: ext, To: aks, Kind: KindReference, Attr: graph.P("name"), Target: graph.P("name")},      // no link
		{From: ext, To: "missing", Kind: KindReference, Attr: graph.P("scope"), Target: graph.P("id")}, // unknown target
	}
	g := graph.New()
	for _, n := range nodes {
		g.Add(n)
	}
	for _, e := range refs {
		g.Link(e)
	}
	linkReferences(g)
	var got []graph.Edge
	for _, e := range g.Edges() {
		if e.Kind != KindReference {
			got = append(got, e)
		}
	}
	want := []graph.Edge{
		{From: aks, To: subnet, Kind: "L01", Attr: pool, Target: graph.P("id")},
		{From: ext, To: aks, Kind: "L10", Attr: graph.P("scope"), Target: graph.P("id")},
		{From: fic, To: uami, Kind: "L14", Attr: graph.P("parent"), Target: graph.P("id")},
		{From: fic, To: aks, Kind: "L14-issuer", Attr: graph.P("properties", "issuer"), Target: graph.P("properties", "oidcIssuerProfile", "issuerURL")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		pattern string
		path    graph.Path
		want    bool
	}{
		{"scope", graph.P("scope"), true},
		{"properties.agentPoolProfiles[*].vnetSubnetID", graph.P("properties", "agentPoolProfiles", 3, "vnetSubnetID"), true},
		{"properties.agentPoolProfiles[*].vnetSubnetID", graph.P("properties", "agentPoolProfiles", 3), false},
		{"properties.subnet.id", graph.P("properties", "subnet", "name"), false},
	}
	for _, tt := range tests {
		if got := matchSteps(steps(tt.pattern), tt.path); got != tt.want {
			t.Errorf("matches(%q, %s) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}
