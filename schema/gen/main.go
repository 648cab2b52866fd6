// Command gen writes moat's schema index (schema/index.json) from the
// bicep-types-az data: for each resource type the catalog reads, every
// apiVersion with the shape of its body. Shapes are shared between
// properties and versions, read-only properties keep only their name, and
// a recursive type becomes "any" where it recurses.
//
//	go run ./schema/gen -data ../shared/azure-types -out schema/index.json
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/moatscan/moat/schema"
)

// types are the resource types of the catalog's field dictionary
// (REQUIREMENTS.md §2) that the data has.
var types = []string{
	"Microsoft.Authorization/roleAssignments",
	"Microsoft.CognitiveServices/accounts",
	"Microsoft.CognitiveServices/accounts/deployments",
	"Microsoft.ContainerRegistry/registries",
	"Microsoft.ContainerRegistry/registries/cacheRules",
	"Microsoft.ContainerService/managedClusters",
	"Microsoft.ContainerService/managedClusters/agentPools",
	"Microsoft.KeyVault/vaults",
	"Microsoft.KubernetesConfiguration/extensions",
	"Microsoft.MachineLearningServices/workspaces",
	"Microsoft.MachineLearningServices/workspaces/computes",
	"Microsoft.MachineLearningServices/workspaces/datastores",
	"Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
	"Microsoft.ManagedIdentity/userAssignedIdentities",
	"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
	"Microsoft.Network/azureFirewalls",
	"Microsoft.Network/networkSecurityGroups",
	"Microsoft.Network/privateDnsZones",
	"Microsoft.Network/privateDnsZones/virtualNetworkLinks",
	"Microsoft.Network/privateEndpoints",
	"Microsoft.Network/privateEndpoints/privateDnsZoneGroups",
	"Microsoft.Network/routeTables",
	"Microsoft.Network/virtualNetworks",
	"Microsoft.Network/virtualNetworks/subnets",
	"Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
	"Microsoft.Storage/storageAccounts",
}

func main() {
	data := flag.String("data", "../shared/azure-types", "the azure-types folder (README.md, generated/index.json)")
	out := flag.String("out", "schema/index.json", "the index file to write")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	x, err := build(data, types)
	if err != nil {
		return err
	}
	b, err := schema.Encode(x)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
