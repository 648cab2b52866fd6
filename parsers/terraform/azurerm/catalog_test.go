package azurerm

import (
	"sort"
	"strings"
	"testing"

	"github.com/moatscan/moat/graph"
)

// catalog lists, per Terraform type, the ARM type and the ARM paths of
// REQUIREMENTS.md §2, typed from the catalog ("[]" is any element).
var catalog = []struct {
	tf, arm string
	paths   []string
}{
	{"azurerm_kubernetes_cluster", "Microsoft.ContainerService/managedClusters", []string{
		"location",
		"properties.apiServerAccessProfile.enablePrivateCluster",
		"properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN",
		"properties.apiServerAccessProfile.enableVnetIntegration",
		"properties.apiServerAccessProfile.subnetId",
		"properties.networkProfile.outboundType",
		"properties.networkProfile.networkPlugin",
		"properties.networkProfile.networkPluginMode",
		"properties.bootstrapProfile.artifactSource",
		"properties.bootstrapProfile.containerRegistryId",
		"properties.autoUpgradeProfile.nodeOSUpgradeChannel",
		"properties.oidcIssuerProfile.enabled",
		"properties.oidcIssuerProfile.issuerURL",
		"properties.securityProfile.workloadIdentity.enabled",
		"properties.agentPoolProfiles[]",
		"properties.agentPoolProfiles[].vnetSubnetID",
		"properties.agentPoolProfiles[].enableNodePublicIP",
		"properties.agentPoolProfiles[].osType",
		"properties.agentPoolProfiles[].osSKU",
		"properties.identityProfile.kubeletidentity.objectId",
		"properties.identityProfile.kubeletidentity.clientId",
		"properties.identityProfile.kubeletidentity.resourceId",
		"properties.addonProfiles.omsagent.enabled",
		"properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID",
		"properties.azureMonitorProfile.metrics.enabled",
		"properties.kubernetesVersion",
	}},
	{"azurerm_kubernetes_cluster_node_pool", "Microsoft.ContainerService/managedClusters/agentPools", []string{
		"parent", "properties.osType", "properties.osSKU", "properties.enableNodePublicIP", "properties.vnetSubnetID",
	}},
	{"azurerm_kubernetes_cluster_extension", "Microsoft.KubernetesConfiguration/extensions", []string{
		"scope", "properties.extensionType", "properties.configurationSettings", "properties.configurationProtectedSettings",
		"properties.scope.cluster.releaseNamespace",
	}},
	{"azurerm_arc_kubernetes_cluster_extension", "Microsoft.KubernetesConfiguration/extensions", []string{
		"scope", "properties.extensionType", "properties.configurationSettings", "properties.configurationProtectedSettings",
	}},
	{"azurerm_machine_learning_workspace", "Microsoft.MachineLearningServices/workspaces", []string{
		"location", "identity.type", "identity.principalId", "properties.storageAccount", "properties.keyVault",
		"properties.containerRegistry", "properties.applicationInsights", "properties.hbiWorkspace", "properties.publicNetworkAccess",
	}},
	{"azurerm_machine_learning_inference_cluster", "Microsoft.MachineLearningServices/workspaces/computes", []string{
		"parent", "properties.computeType", "properties.resourceId", "properties.computeLocation", "identity.type",
		"identity.principalId", "location",
	}},
	{"azurerm_machine_learning_compute_cluster", "Microsoft.MachineLearningServices/workspaces/computes", []string{
		"parent", "properties.computeType", "identity.type", "location",
	}},
	{"azurerm_machine_learning_datastore_blobstorage", "Microsoft.MachineLearningServices/workspaces/datastores", []string{
		"parent", "properties.datastoreType", "properties.accountName", "properties.containerName",
	}},
	{"azurerm_machine_learning_datastore_fileshare", "Microsoft.MachineLearningServices/workspaces/datastores", []string{
		"parent", "properties.datastoreType", "properties.accountName", "properties.fileShareName",
	}},
	{"azurerm_machine_learning_datastore_datalake_gen2", "Microsoft.MachineLearningServices/workspaces/datastores", []string{
		"parent", "properties.datastoreType", "properties.accountName", "properties.filesystem",
	}},
	{"azurerm_virtual_network", "Microsoft.Network/virtualNetworks", []string{
		"properties.subnets[]", "properties.subnets[].name", "properties.subnets[].properties.serviceEndpoints[].service",
		"properties.subnets[].properties.defaultOutboundAccess", "properties.subnets[].properties.addressPrefixes",
	}},
	{"azurerm_subnet", "Microsoft.Network/virtualNetworks/subnets", []string{
		"parent", "properties.serviceEndpoints[].service", "properties.defaultOutboundAccess", "properties.privateEndpointNetworkPolicies",
	}},
	{"azurerm_virtual_network_peering", "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", []string{
		"parent", "properties.remoteVirtualNetwork.id", "properties.allowVirtualNetworkAccess",
	}},
	{"azurerm_private_endpoint", "Microsoft.Network/privateEndpoints", []string{
		"properties.subnet.id",
		"properties.privateLinkServiceConnections[].properties.privateLinkServiceId",
		"properties.privateLinkServiceConnections[].properties.groupIds",
		"properties.manualPrivateLinkServiceConnections[].properties.privateLinkServiceId",
		"properties.manualPrivateLinkServiceConnections[].properties.groupIds",
		"properties.privateDnsZoneGroups[0].properties.privateDnsZoneConfigs[].properties.privateDnsZoneId",
	}},
	{"azurerm_private_dns_zone", "Microsoft.Network/privateDnsZones", []string{"name"}},
	{"azurerm_monitor_data_collection_endpoint", "Microsoft.Insights/dataCollectionEndpoints", []string{
		"kind", "properties.networkAcls.publicNetworkAccess",
	}},
	{"azurerm_route_table", "Microsoft.Network/routeTables", []string{
		"properties.routes[].name", "properties.routes[].properties.addressPrefix", "properties.routes[].properties.nextHopType",
	}},
	{"azurerm_route", "Microsoft.Network/routeTables/routes", []string{
		"parent", "properties.addressPrefix", "properties.nextHopType",
	}},
	{"azurerm_subnet_route_table_association", "azurerm_subnet_route_table_association", []string{
		"parent", "properties.routeTable.id",
	}},
	{"azurerm_private_dns_zone_virtual_network_link", "Microsoft.Network/privateDnsZones/virtualNetworkLinks", []string{
		"parent", "properties.virtualNetwork.id",
	}},
	{"azurerm_container_registry", "Microsoft.ContainerRegistry/registries", []string{
		"sku.name", "properties.networkRuleBypassOptions", "properties.publicNetworkAccess", "properties.zoneRedundancy",
		"properties.anonymousPullEnabled",
	}},
	{"azurerm_container_registry_cache_rule", "Microsoft.ContainerRegistry/registries/cacheRules", []string{
		"parent", "properties.sourceRepository", "properties.targetRepository",
	}},
	{"azurerm_storage_account", "Microsoft.Storage/storageAccounts", []string{
		"properties.networkAcls.bypass", "properties.networkAcls.defaultAction", "properties.networkAcls.virtualNetworkRules[].id",
	}},
	{"azurerm_storage_account_network_rules", "azurerm_storage_account_network_rules", []string{
		"storage_account_id", "properties.networkAcls.bypass", "properties.networkAcls.defaultAction",
		"properties.networkAcls.virtualNetworkRules[].id",
	}},
	{"azurerm_storage_container", "Microsoft.Storage/storageAccounts/blobServices/containers", []string{"parent"}},
	{"azurerm_storage_share", "Microsoft.Storage/storageAccounts/fileServices/shares", []string{"parent"}},
	{"azurerm_key_vault", "Microsoft.KeyVault/vaults", []string{
		"properties.networkAcls.bypass", "properties.networkAcls.virtualNetworkRules[].id",
	}},
	{"azurerm_cognitive_account", "Microsoft.CognitiveServices/accounts", []string{
		"kind", "properties.customSubDomainName", "properties.disableLocalAuth", "properties.publicNetworkAccess",
	}},
	{"azurerm_cognitive_deployment", "Microsoft.CognitiveServices/accounts/deployments", []string{"parent"}},
	{"azurerm_user_assigned_identity", "Microsoft.ManagedIdentity/userAssignedIdentities", []string{
		"properties.clientId", "properties.principalId",
	}},
	{"azurerm_federated_identity_credential", "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", []string{
		"parent", "properties.issuer", "properties.subject", "properties.audiences",
	}},
	{"azurerm_role_assignment", "Microsoft.Authorization/roleAssignments", []string{
		"scope", "properties.roleDefinitionId", "properties.principalId", "properties.principalType",
	}},
	{"azurerm_monitor_private_link_scope", "Microsoft.Insights/privateLinkScopes", []string{"name"}},
	{"azurerm_monitor_private_link_scoped_service", "Microsoft.Insights/privateLinkScopes/scopedResources", []string{
		"parent", "properties.linkedResourceId",
	}},
	{"azurerm_log_analytics_workspace", "Microsoft.OperationalInsights/workspaces", []string{"location"}},
	{"azurerm_application_insights", "Microsoft.Insights/components", []string{"location"}},
	{"azurerm_resource_group", "Microsoft.Resources/resourceGroups", []string{"location"}},
}

// TestCatalogPaths checks that every ARM path of the catalog is one the
// mapping table of its type produces, and that every type is mapped.
func TestCatalogPaths(t *testing.T) {
	for _, c := range catalog {
		t.Run(c.tf, func(t *testing.T) {
			if got, ok := ARMType(c.tf); !ok || got != c.arm {
				t.Fatalf("ARMType = %q, %v; want %q", got, ok, c.arm)
			}
			produced := armPaths(specs[c.tf])
			for _, want := range c.paths {
				if !produced[want] {
					t.Errorf("no rule produces %s", want)
				}
			}
		})
	}
	if len(catalog) != len(specs) {
		var missing []string
		for tf := range specs {
			found := false
			for _, c := range catalog {
				found = found || c.tf == tf
			}
			if !found {
				missing = append(missing, tf)
			}
		}
		sort.Strings(missing)
		t.Errorf("mapped types missing from the catalog test: %v", missing)
	}
}

// armPaths lists every ARM path a spec writes or moves a location to,
// with "[]" for any array element.
func armPaths(sp spec) map[string]bool {
	out := map[string]bool{}
	var walk func(rules []rule, base string)
	add := func(base string, p graph.Path) string {
		s := base
		for _, step := range p {
			if _, ok := index(step); ok {
				s += "[" + step + "]"
			} else if s == "" {
				s = step
			} else {
				s += "." + step
			}
		}
		out[s] = true
		return s
	}
	walk = func(rules []rule, base string) {
		for _, r := range rules {
			if r.to == nil {
				continue
			}
			dst := add(base, r.to)
			switch {
			case r.each != nil:
				add(dst+"[]", r.each)
			case r.shape == object:
				walk(r.rules, dst)
				for _, s := range r.set {
					add(dst, s.path)
				}
			case r.shape == array:
				dests := []string{dst}
				if r.alt != nil {
					dests = append(dests, add(base, r.alt))
				}
				for _, d := range dests {
					out[d+"[]"] = true
					walk(r.rules, d+"[]")
					for _, s := range r.set {
						add(d+"[]", s.path)
					}
				}
			}
		}
	}
	walk(sp.rules, "")
	fake := &mapper{src: &source{resourceForDefaults()}, node: &graph.Node{}}
	for _, f := range []func(*mapper){sp.defaults, sp.extra} {
		if f != nil {
			f(fake)
		}
	}
	collect(fake.node.Attrs, "", out)
	for k := range out {
		out[strings.TrimPrefix(k, ".")] = true
	}
	return out
}

// collect adds the paths of plain data, arrays as "[]".
func collect(v any, base string, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			p := k
			if base != "" {
				p = base + "." + k
			}
			out[p] = true
			collect(e, p, out)
		}
	case []any:
		out[base+"[]"] = true
		for _, e := range x {
			collect(e, base+"[]", out)
		}
	}
}
