# Graph builders shared by the INF rule tests: the catalog's TF-BASE
# environment (a VNet with an AKS subnet and an endpoint subnet, a cluster
# in it, a workspace attached to the cluster, its storage account, key
# vault and registry) as nodes and edges shaped like the parsers' and the
# linker's output.
package inf.builders_test

import data.lib.testing as t

node(type, name, attrs) := t.azure("terraform", type, name, attrs)

# edge builds a link with the attribute that makes it, as the linker does.
edge(from, to, kind, attr) := {
	"from": from.id, "to": to.id, "kind": kind, "heuristic": false,
	"attr": [sprintf("%v", [s]) | some s in attr], "target": ["id"],
}

# with_unknown marks paths of a node as unknown.
with_unknown(n, paths) := t.with_unknown(n, paths)

# with_attrs merges attributes into a node.
with_attrs(n, attrs) := object.union(n, {"attrs": object.union(n.attrs, attrs)})

vnet := node("Microsoft.Network/virtualNetworks", "vnet-aks", {"location": "westeurope"})

other_vnet := node("Microsoft.Network/virtualNetworks", "vnet-other", {"location": "westeurope"})

snet_aks := node("Microsoft.Network/virtualNetworks/subnets", "snet-aks", {"parent": "vnet-aks", "properties": {}})

snet_pe := node("Microsoft.Network/virtualNetworks/subnets", "snet-pe", {"parent": "vnet-aks", "properties": {}})

snet_other := node("Microsoft.Network/virtualNetworks/subnets", "snet-other", {"parent": "vnet-other", "properties": {}})

pool_subnet := ["properties", "agentPoolProfiles", 0, "vnetSubnetID"]

cluster := with_unknown(
	node("Microsoft.ContainerService/managedClusters", "aks-ml", {
		"location": "westeurope",
		"properties": {"agentPoolProfiles": [{"name": "system", "vmSize": "Standard_D4s_v5"}]},
	}),
	[pool_subnet],
)

workspace := with_unknown(
	node("Microsoft.MachineLearningServices/workspaces", "mlw", {
		"location": "westeurope",
		"identity": {"type": "SystemAssigned"},
		"properties": {},
	}),
	[
		["properties", "storageAccount"], ["properties", "keyVault"],
		["properties", "containerRegistry"], ["properties", "applicationInsights"],
	],
)

compute := with_unknown(
	node("Microsoft.MachineLearningServices/workspaces/computes", "aks-inference", {
		"identity": {"type": "SystemAssigned"},
		"properties": {"computeType": "AKS"},
	}),
	[["parent"], ["properties", "resourceId"]],
)

storage := node("Microsoft.Storage/storageAccounts", "stml", {"properties": {"networkAcls": {"bypass": "AzureServices", "defaultAction": "Allow"}}})

vault := node("Microsoft.KeyVault/vaults", "kv-ml", {"properties": {}})

registry := node("Microsoft.ContainerRegistry/registries", "acrml", {
	"sku": {"name": "Premium"},
	"properties": {"networkRuleBypassOptions": "AzureServices"},
})

# The base nodes and edges: cluster in vnet-aks, workspace attached to it.
base_nodes := [vnet, other_vnet, snet_aks, snet_pe, snet_other, cluster, workspace, compute, storage, vault, registry]

base_edges := [
	edge(snet_aks, vnet, "L02", ["parent"]),
	edge(snet_pe, vnet, "L02", ["parent"]),
	edge(snet_other, other_vnet, "L02", ["parent"]),
	edge(cluster, snet_aks, "L01", pool_subnet),
	edge(compute, workspace, "L09", ["parent"]),
	edge(compute, cluster, "L09", ["properties", "resourceId"]),
	edge(workspace, storage, "L08", ["properties", "storageAccount"]),
	edge(workspace, vault, "L08", ["properties", "keyVault"]),
	edge(workspace, registry, "L08", ["properties", "containerRegistry"]),
]

# endpoint builds a private endpoint to target with group ids in subnet s,
# with a DNS zone group naming zones, and its edges.
endpoint(name, target, groups, s, zones) := {
	"node": with_unknown(
		node("Microsoft.Network/privateEndpoints", name, {"properties": object.union(
			{"privateLinkServiceConnections": [{"name": name, "properties": {"groupIds": groups}}]},
			dns_groups(zones),
		)}),
		array.concat(
			[["properties", "subnet", "id"], ["properties", "privateLinkServiceConnections", "0", "properties", "privateLinkServiceId"]],
			[zone_path(i) | some i, _ in zones],
		),
	),
	"edges": array.concat(
		[
			edge({"id": pe_id(name)}, s, "L04", ["properties", "subnet", "id"]),
			edge({"id": pe_id(name)}, target, "L05", ["properties", "privateLinkServiceConnections", 0, "properties", "privateLinkServiceId"]),
		],
		[edge({"id": pe_id(name)}, z, "L06", zone_path(i)) | some i, z in zones],
	),
}

pe_id(name) := sprintf("Microsoft.Network/privateEndpoints/%s", [name])

zone_path(i) := ["properties", "privateDnsZoneGroups", "0", "properties", "privateDnsZoneConfigs", sprintf("%v", [i]), "properties", "privateDnsZoneId"]

dns_groups(zones) := {} if count(zones) == 0

dns_groups(zones) := {"privateDnsZoneGroups": [{"name": "default", "properties": {"privateDnsZoneConfigs": [{"properties": {"privateDnsZoneId": null}} | some _ in zones]}}]} if {
	count(zones) > 0
}

zone(name) := node("Microsoft.Network/privateDnsZones", name, {})

# zone_link links zone z to VNet v.
zone_link(z, v) := {
	"node": with_unknown(node("Microsoft.Network/privateDnsZones/virtualNetworkLinks", sprintf("%s-%s", [z.name, v.name]), {"parent": z.name}), [["properties", "virtualNetwork", "id"]]),
	"edges": [
		edge({"id": sprintf("Microsoft.Network/privateDnsZones/virtualNetworkLinks/%s-%s", [z.name, v.name])}, z, "parent", ["parent"]),
		edge({"id": sprintf("Microsoft.Network/privateDnsZones/virtualNetworkLinks/%s-%s", [z.name, v.name])}, v, "L07", ["properties", "virtualNetwork", "id"]),
	],
}

# peering declares a peering from VNet a to VNet b.
peering(a, b) := {
	"node": with_unknown(node("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", sprintf("%s-to-%s", [a.name, b.name]), {"parent": a.name}), [["properties", "remoteVirtualNetwork", "id"]]),
	"edges": [
		edge({"id": sprintf("Microsoft.Network/virtualNetworks/virtualNetworkPeerings/%s-to-%s", [a.name, b.name])}, a, "L03", ["parent"]),
		edge({"id": sprintf("Microsoft.Network/virtualNetworks/virtualNetworkPeerings/%s-to-%s", [a.name, b.name])}, b, "L03", ["properties", "remoteVirtualNetwork", "id"]),
	],
}

# build assembles an input from the base graph and extra parts (each
# {"node", "edges"}), with context overrides.
build(parts, ctx) := t.input_of(
	array.concat(base_nodes, [p.node | some p in parts]),
	array.concat(base_edges, [e | some p in parts; some e in p.edges]),
	ctx,
)

# nodes_with lists the base nodes, those of replaced taking the place of
# the base nodes with the same id.
nodes_with(replaced) := [x | some y in base_nodes; x := swap(y, replaced)]

# input_with builds an input where nodes replace base nodes of the same id,
# plus extra parts.
input_with(replaced, parts, ctx) := t.input_of(
	array.concat(nodes_with(replaced), [p.node | some p in parts]),
	array.concat(base_edges, [e | some p in parts; some e in p.edges]),
	ctx,
)

swap(y, replaced) := n if {
	some n in replaced
	n.id == y.id
}

swap(y, replaced) := y if {
	every n in replaced {
		n.id != y.id
	}
}
