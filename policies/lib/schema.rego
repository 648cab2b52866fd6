# METADATA
# description: >-
#   What the Azure resource type schema says of the bodies of ARM, Bicep
#   and azapi resources: the "schema" fact Go records (schema.Result.Fact),
#   and the properties the catalog's rules read.
package lib.schema

# checked lists the resources whose body was compared with the schema of
# their type.
checked := [n | some n in input.nodes; n.facts.schema]

# problems lists the problems of one kind, each with its node.
problems(kind) := [{"node": n, "problem": p} |
	some n in checked
	some p in n.facts.schema.problems
	p.kind == kind
]

# label names a resource in messages.
label(n) := sprintf("%s %s", [n.facts.schema.type, n.name])

# catalog lists, per type (lower case), the properties the catalog's rules
# read (REQUIREMENTS.md §2), in the schema's casing without indexes. A
# schema problem on one of them, or on an object that holds one, changes
# what those rules see.
catalog := {
	"microsoft.containerservice/managedclusters": {
		"location",
		"identity.type",
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
		"properties.securityProfile.workloadIdentity.enabled",
		"properties.agentPoolProfiles.vnetSubnetID",
		"properties.agentPoolProfiles.enableNodePublicIP",
		"properties.agentPoolProfiles.osType",
		"properties.agentPoolProfiles.osSKU",
		"properties.identityProfile.kubeletidentity.objectId",
		"properties.identityProfile.kubeletidentity.clientId",
		"properties.identityProfile.kubeletidentity.resourceId",
		"properties.addonProfiles.omsagent.enabled",
		"properties.azureMonitorProfile.metrics.enabled",
		"properties.kubernetesVersion",
	},
	"microsoft.containerservice/managedclusters/agentpools": {
		"properties.osType",
		"properties.osSKU",
		"properties.enableNodePublicIP",
		"properties.vnetSubnetID",
	},
	"microsoft.kubernetesconfiguration/extensions": {
		"properties.extensionType",
		"properties.configurationSettings",
		"properties.configurationProtectedSettings",
		"properties.scope.cluster.releaseNamespace",
	},
	"microsoft.machinelearningservices/workspaces": {
		"location",
		"identity.type",
		"properties.storageAccount",
		"properties.keyVault",
		"properties.containerRegistry",
		"properties.applicationInsights",
		"properties.hbiWorkspace",
		"properties.publicNetworkAccess",
	},
	"microsoft.machinelearningservices/workspaces/computes": {
		"location",
		"identity.type",
		"properties.computeType",
		"properties.resourceId",
		"properties.computeLocation",
	},
	"microsoft.machinelearningservices/workspaces/datastores": {
		"properties.datastoreType",
		"properties.accountName",
		"properties.containerName",
		"properties.fileShareName",
		"properties.filesystem",
	},
	"microsoft.network/virtualnetworks": {
		"properties.subnets.name",
		"properties.subnets.properties.serviceEndpoints.service",
		"properties.subnets.properties.defaultOutboundAccess",
		"properties.subnets.properties.privateEndpointNetworkPolicies",
		"properties.subnets.properties.routeTable.id",
		"properties.virtualNetworkPeerings.properties.remoteVirtualNetwork.id",
		"properties.virtualNetworkPeerings.properties.allowVirtualNetworkAccess",
	},
	"microsoft.network/virtualnetworks/subnets": {
		"properties.serviceEndpoints.service",
		"properties.defaultOutboundAccess",
		"properties.privateEndpointNetworkPolicies",
		"properties.routeTable.id",
	},
	"microsoft.network/virtualnetworks/virtualnetworkpeerings": {
		"properties.remoteVirtualNetwork.id",
		"properties.allowVirtualNetworkAccess",
	},
	"microsoft.network/privateendpoints": {
		"properties.subnet.id",
		"properties.privateLinkServiceConnections.properties.privateLinkServiceId",
		"properties.privateLinkServiceConnections.properties.groupIds",
		"properties.manualPrivateLinkServiceConnections.properties.privateLinkServiceId",
		"properties.manualPrivateLinkServiceConnections.properties.groupIds",
	},
	"microsoft.network/privateendpoints/privatednszonegroups": {"properties.privateDnsZoneConfigs.properties.privateDnsZoneId"},
	"microsoft.network/privatednszones/virtualnetworklinks": {"properties.virtualNetwork.id"},
	"microsoft.containerregistry/registries": {
		"sku.name",
		"properties.networkRuleBypassOptions",
		"properties.publicNetworkAccess",
		"properties.zoneRedundancy",
		"properties.anonymousPullEnabled",
	},
	"microsoft.containerregistry/registries/cacherules": {
		"properties.sourceRepository",
		"properties.targetRepository",
	},
	"microsoft.storage/storageaccounts": {
		"properties.networkAcls.bypass",
		"properties.networkAcls.defaultAction",
		"properties.networkAcls.virtualNetworkRules.id",
	},
	"microsoft.keyvault/vaults": {
		"properties.networkAcls.bypass",
		"properties.networkAcls.defaultAction",
		"properties.networkAcls.virtualNetworkRules.id",
	},
	"microsoft.cognitiveservices/accounts": {
		"kind",
		"properties.customSubDomainName",
		"properties.disableLocalAuth",
		"properties.publicNetworkAccess",
	},
	"microsoft.managedidentity/userassignedidentities/federatedidentitycredentials": {
		"properties.issuer",
		"properties.subject",
		"properties.audiences",
	},
	"microsoft.authorization/roleassignments": {
		"properties.roleDefinitionId",
		"properties.principalId",
		"properties.principalType",
	},
}

# depends holds when a catalog rule reads the property at path (in the
# schema's casing), or a property inside it.
depends(n, path) if {
	some c in object.get(catalog, lower(n.facts.schema.type), set())
	within(lower(c), lower(path))
}

within(c, p) if c == p

within(c, p) if startswith(c, concat("", [p, "."]))

# level lowers a finding to a warning when no catalog rule reads the
# property.
level(n, p) := {} if depends(n, p.path)

level(n, p) := {"level": "warning"} if not depends(n, p.path)

# where names the apiVersions that have a property or list a value: the
# earliest GA and preview ones, or the last one when later apiVersions
# dropped it.
where(p, _, many) := sprintf("apiVersions up to %s %s", [p.last, many]) if p.last != ""

where(p, one, many) := sprintf("%s first %s", [firsts(p), verb(p, one, many)]) if p.last == ""

firsts(p) := concat(" and ", [v | some v in [ga(p), p.preview]; v != ""])

ga(p) := sprintf("%s (GA)", [p.ga]) if p.ga != ""

ga(p) := "" if p.ga == ""

verb(p, one, _) := one if count([v | some v in [p.ga, p.preview]; v != ""]) == 1

verb(p, _, many) := many if count([v | some v in [p.ga, p.preview]; v != ""]) == 2
