package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseResourceID(t *testing.T) {
	tests := []struct {
		in   string
		want ResourceID
		ok   bool
	}{
		{"/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks",
			ResourceID{Group: "rg", Type: "Microsoft.ContainerService/managedClusters", Names: []string{"aks"}}, true},
		{"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/aks",
			ResourceID{Type: "Microsoft.ContainerService/managedClusters", Names: []string{"aks"}}, true},
		{"/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet/",
			ResourceID{Group: "rg", Type: "Microsoft.Network/virtualNetworks/subnets", Names: []string{"vnet", "snet"}}, true},
		{"/providers/Microsoft.Authorization/roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
			ResourceID{Type: "Microsoft.Authorization/roleDefinitions", Names: []string{"5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"}}, true},
		{"/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks/providers/Microsoft.KubernetesConfiguration/extensions/ml",
			ResourceID{Group: "rg", Type: "Microsoft.KubernetesConfiguration/extensions", Names: []string{"ml"}}, true},
		{"Microsoft.ContainerService/managedClusters/aks",
			ResourceID{Type: "Microsoft.ContainerService/managedClusters", Names: []string{"aks"}, Relative: true}, true},
		{"/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks", ResourceID{}, false},
		{"vnets/vnet-aks/x", ResourceID{}, false},
		{"vnet-aks", ResourceID{}, false},
		{"", ResourceID{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseResourceID(tt.in)
		if ok != tt.ok || !cmp.Equal(got, tt.want) {
			t.Errorf("ParseResourceID(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestResourcePath(t *testing.T) {
	for _, tt := range []struct {
		typ   string
		names []string
		want  string
	}{
		{"Microsoft.Network/virtualNetworks/subnets", []string{"vnet", "snet"}, "Microsoft.Network/virtualNetworks/vnet/subnets/snet"},
		{"Microsoft.Network/virtualNetworks", []string{"vnet"}, "Microsoft.Network/virtualNetworks/vnet"},
		{"Microsoft.Network/virtualNetworks/subnets", []string{"[name]"}, "Microsoft.Network/virtualNetworks/subnets/[name]"},
	} {
		if got := ResourcePath(tt.typ, tt.names); got != tt.want {
			t.Errorf("ResourcePath(%q, %q) = %q, want %q", tt.typ, tt.names, got, tt.want)
		}
	}
}
