package schema

import (
	"strings"
	"testing"
)

func path(dotted string) []Step {
	var out []Step
	for _, s := range strings.Split(dotted, ".") {
		if s == "[]" {
			out = append(out, Step{Item: true})
			continue
		}
		out = append(out, Step{Name: s})
	}
	return out
}

func TestResolve(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typ, api, path string
		want           bool
	}{
		{"Microsoft.ContainerService/managedClusters", "2024-05-01", "properties.bootstrapProfile", false},
		{"Microsoft.ContainerService/managedClusters", "2025-01-01", "properties.bootstrapProfile", true},
		{"Microsoft.ContainerService/managedClusters", "2024-01-02-preview", "properties.bootstrapProfile.artifactSource", true},
		{"microsoft.containerservice/MANAGEDCLUSTERS", "2025-01-01", "PROPERTIES.bootstrapprofile", true},
		{"Microsoft.ContainerService/managedClusters", "2025-01-01", "properties.enablePrivateClusters", false},
		{"Microsoft.ContainerService/managedClusters", "2025-01-01", "properties.apiServerAccessProfile.enablePrivateCluster", true},
		{"Microsoft.ContainerService/managedClusters", "2025-01-01", "properties.fqdn", false}, // read-only
		{"Microsoft.ContainerService/managedClusters", "2025-01-01", "properties.agentPoolProfiles.[].vnetSubnetID", true},
		{"Microsoft.ContainerService/managedClusters", "2025-02-01", "properties.enablePodSecurityPolicy", true},
		{"Microsoft.ContainerService/managedClusters", "2025-03-01", "properties.enablePodSecurityPolicy", false},
		{"Microsoft.ContainerService/managedClusters", "2025-01-01", "tags.anything", true},
		{"Microsoft.Network/virtualNetworks", "2024-05-01", "properties.subnets.[].properties.defaultOutboundAccess", true},
		{"Microsoft.Network/virtualNetworks", "2023-04-01", "properties.subnets.[].properties.defaultOutboundAccess", false},
		{"Microsoft.Network/virtualNetworks", "2024-05-01", "properties.subnets.[].properties.networkSecurityGroup.id", true},
		{"Microsoft.Network/virtualNetworks", "2024-03-01", "properties.privateEndpointVNetPolicies", true},
		{"Microsoft.Storage/storageAccounts", "2023-05-01", "properties.networkAcls.virtualNetworkRules.[].id", true},
		{"Microsoft.MachineLearningServices/workspaces/computes", "2024-10-01", "properties.properties.namespace", true},
		{"Microsoft.MachineLearningServices/workspaces", "2023-10-01", "properties.managedNetwork.isolationMode", true},
		{"Microsoft.MachineLearningServices/workspaces", "2023-04-01", "properties.managedNetwork", false},
		{"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", "2023-01-31", "properties.audiences", true},
	}
	for _, tt := range tests {
		t.Run(tt.typ+"@"+tt.api+" "+tt.path, func(t *testing.T) {
			typ, ok := x.Type(tt.typ)
			if !ok {
				t.Fatalf("type %s not found", tt.typ)
			}
			v, ok := typ.Version(tt.api)
			if !ok {
				t.Fatalf("version %s not found", tt.api)
			}
			if _, got := x.Resolve(v, path(tt.path)); got != tt.want {
				t.Errorf("Resolve = %v, want %v", got, tt.want)
			}
		})
	}
}
