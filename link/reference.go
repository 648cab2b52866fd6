package link

import (
	"strings"

	"github.com/moatscan/moat/graph"
)

// attrLink names the catalog link that a reference from an attribute of a
// resource type makes. "*" in a pattern matches any list index.
type attrLink struct {
	from string // ARM type of the referencing resource
	attr string // the attribute holding the reference
	kind string // catalog link ID, or a name for links outside it
}

// attrLinks lists, for every reference a parser resolves (a Terraform
// reference, a Bicep symbolic reference, an ARM resourceId()), which link
// it is. The same table serves every format because the parsers map
// their attributes onto ARM paths first.
var attrLinks = []attrLink{
	{clusterType, "properties.agentPoolProfiles[*].vnetSubnetID", "L01"},
	{"Microsoft.ContainerService/managedClusters/agentPools", "properties.vnetSubnetID", "L01"},
	{"Microsoft.ContainerService/managedClusters/agentPools", "parent", KindParent},
	{"Microsoft.Network/virtualNetworks/subnets", "parent", "L02"},
	{"Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "parent", "L03"},
	{"Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "properties.remoteVirtualNetwork.id", "L03"},
	{"Microsoft.Network/privateEndpoints", "properties.subnet.id", "L04"},
	{"Microsoft.Network/privateEndpoints", "properties.privateLinkServiceConnections[*].properties.privateLinkServiceId", "L05"},
	{"Microsoft.Network/privateEndpoints", "properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId", "L05"},
	{"Microsoft.Network/privateEndpoints", "properties.privateDnsZoneGroups[*].properties.privateDnsZoneConfigs[*].properties.privateDnsZoneId", "L06"},
	{"Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "parent", KindParent},
	{"Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "properties.privateDnsZoneConfigs[*].properties.privateDnsZoneId", "L06"},
	{"Microsoft.Network/privateDnsZones/virtualNetworkLinks", "parent", KindParent},
	{"Microsoft.Network/privateDnsZones/virtualNetworkLinks", "properties.virtualNetwork.id", "L07"},
	{"Microsoft.MachineLearningServices/workspaces", "properties.storageAccount", "L08"},
	{"Microsoft.MachineLearningServices/workspaces", "properties.keyVault", "L08"},
	{"Microsoft.MachineLearningServices/workspaces", "properties.containerRegistry", "L08"},
	{"Microsoft.MachineLearningServices/workspaces", "properties.applicationInsights", "L08"},
	{"Microsoft.MachineLearningServices/workspaces/computes", "parent", "L09"},
	{"Microsoft.MachineLearningServices/workspaces/computes", "properties.resourceId", "L09"},
	{extensionType, "scope", "L10"},
	{"Microsoft.MachineLearningServices/workspaces/datastores", "parent", KindParent},
	{"Microsoft.MachineLearningServices/workspaces/datastores", "properties.accountName", "L12"},
	{"Microsoft.Authorization/roleAssignments", "properties.principalId", "L13"},
	{"Microsoft.Authorization/roleAssignments", "scope", "L13-scope"},
	{ficType, "parent", "L14"},
	{ficType, "properties.issuer", "L14-issuer"},
	{clusterType, "properties.bootstrapProfile.containerRegistryId", "L17"},
	{"Microsoft.ContainerRegistry/registries/cacheRules", "parent", "L17"},
	{"azurerm_storage_account_network_rules", "storage_account_id", "L18"},
	{"azurerm_storage_account_network_rules", "properties.networkAcls.virtualNetworkRules[*].id", KindACLSubnet},
	{"Microsoft.Storage/storageAccounts", "properties.networkAcls.virtualNetworkRules[*].id", KindACLSubnet},
	{"Microsoft.KeyVault/vaults", "properties.networkAcls.virtualNetworkRules[*].id", KindACLSubnet},
	{"Microsoft.Network/virtualNetworks", "properties.virtualNetworkPeerings[*].properties.remoteVirtualNetwork.id", "L03"},
	{"Microsoft.Network/virtualNetworks/subnets", "properties.routeTable.id", KindRouteTable},
	{"Microsoft.Network/virtualNetworks", "properties.subnets[*].properties.routeTable.id", KindRouteTable},
	{"azurerm_subnet_route_table_association", "parent", KindParent},
	{"azurerm_subnet_route_table_association", "properties.routeTable.id", KindRouteTable},
	{"Microsoft.Network/routeTables/routes", "parent", KindParent},
	{"Microsoft.Storage/storageAccounts/blobServices/containers", "parent", KindParent},
	{"Microsoft.Storage/storageAccounts/fileServices/shares", "parent", KindParent},
	{clusterType, "properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID", "L21"},
	{"Microsoft.Insights/privateLinkScopes/scopedResources", "parent", "L21"},
	{"Microsoft.Insights/privateLinkScopes/scopedResources", "properties.linkedResourceId", "L21"},
}

// namedBy lists the attributes of the table that may hold a plain name
// rather than a resource ID, with the ARM type the name is of: a
// datastore names its storage account (L12).
var namedBy = map[string]string{
	"properties.accountName": "Microsoft.Storage/storageAccounts",
}

// Links outside the catalog's list.
const (
	KindParent     = "parent"      // a child resource → its parent, where the catalog has no link of its own
	KindACLSubnet  = "acl-subnet"  // a storage account's or key vault's network ACL → a subnet it admits
	KindRouteTable = "route-table" // a subnet → its route table
)

// linkAttributes adds the catalog links the table's attributes make:
// through references the parsers resolved, and through literal resource
// IDs and names.
func linkAttributes(g *graph.Graph) {
	byType := map[string][]*graph.Node{}
	for _, n := range g.Nodes() {
		if !n.IsKubernetes() {
			byType[strings.ToLower(n.Type)] = append(byType[strings.ToLower(n.Type)], n)
		}
	}
	linkReferences(g)
	linkLiterals(g, byType)
}

// linkReferences adds, for every reference edge the table knows, the
// catalog link it makes, with the same attributes.
func linkReferences(g *graph.Graph) {
	for _, e := range g.Edges() {
		if e.Kind != KindReference {
			continue
		}
		from := g.Node(e.From)
		if from == nil || g.Node(e.To) == nil {
			continue
		}
		if kind := linkOf(from.Type, e.Attr); kind != "" {
			e.Kind = kind
			g.Link(e)
		}
	}
}

func linkOf(typ string, attr graph.Path) string {
	for i, l := range attrLinks {
		if strings.EqualFold(l.from, typ) && matchSteps(attrSteps[i], attr) {
			return l.kind
		}
	}
	return ""
}

// attrSteps holds the table's patterns split into steps, once.
var attrSteps = func() [][]string {
	out := make([][]string, len(attrLinks))
	for i, l := range attrLinks {
		out[i] = steps(l.attr)
	}
	return out
}()

// steps splits a pattern into path steps; [*] becomes the step "*".
func steps(pattern string) []string {
	return strings.Split(strings.ReplaceAll(pattern, "[*]", ".*"), ".")
}

// matchSteps compares a path with pattern steps; "*" matches any index.
func matchSteps(want []string, p graph.Path) bool {
	if len(want) != len(p) {
		return false
	}
	for i, s := range want {
		if s != p[i] && s != "*" {
			return false
		}
	}
	return true
}
