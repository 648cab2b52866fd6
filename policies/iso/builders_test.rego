# Graph builders shared by the ISO rule tests: the catalog's baseline
# network-isolated cluster (§6.4, BYO ACR variant) and what surrounds it,
# as nodes and edges shaped like the parsers' and the linker's output.
package iso.builders_test

import data.lib.testing as t

cluster_type := "Microsoft.ContainerService/managedClusters"

node(type, name, attrs) := t.azure("terraform", type, name, attrs)

# edge builds a link with the attribute that makes it, as the linker does.
edge(from, to, kind, attr) := {
	"from": from.id, "to": to.id, "kind": kind, "heuristic": false,
	"attr": [sprintf("%v", [s]) | some s in attr], "target": ["id"],
}

# with_attrs merges attributes into a node (recursively).
with_attrs(n, attrs) := object.union(n, {"attrs": object.union(n.attrs, attrs)})

# without removes attribute paths ("properties/networkProfile") from a node.
without(n, paths) := object.union(object.remove(n, ["attrs"]), {"attrs": json.remove(n.attrs, paths)})

with_unknown(n, paths) := t.with_unknown(n, paths)

props(n, p) := with_attrs(n, {"properties": p})

# The baseline: private, outbound none, artifact cache, NodeImage, Azure
# CNI overlay, one Linux pool without public IPs.
cluster := node(cluster_type, "aks-iso", {
	"location": "westeurope",
	"properties": {
		"agentPoolProfiles": [{"name": "system", "osType": "Linux", "mode": "System", "enableNodePublicIP": false}],
		"apiServerAccessProfile": {"enablePrivateCluster": true},
		"autoUpgradeProfile": {"nodeOSUpgradeChannel": "NodeImage"},
		"networkProfile": {"networkPlugin": "azure", "networkPluginMode": "overlay", "outboundType": "none"},
		"bootstrapProfile": {"artifactSource": "Cache"},
	},
})

# plain is a cluster nothing marks as isolated.
plain := node(cluster_type, "aks-plain", {"properties": {
	"agentPoolProfiles": [{"name": "system", "osType": "Linux"}],
	"networkProfile": {"networkPlugin": "azure"},
}})

# block is a cluster as the pipeline leaves it once an azapi update that
# sets outbound type block is folded into it.
block(c) := props(c, {"networkProfile": {"outboundType": "block"}})

vnet := node("Microsoft.Network/virtualNetworks", "vnet-aks", {"location": "westeurope"})

subnet := node("Microsoft.Network/virtualNetworks/subnets", "snet-aks", {"parent": "vnet-aks", "properties": {"defaultOutboundAccess": false}})

pe_subnet := node("Microsoft.Network/virtualNetworks/subnets", "snet-pe", {"parent": "vnet-aks", "properties": {}})

pool_subnet := ["properties", "agentPoolProfiles", 0, "vnetSubnetID"]

# in_vnet puts a cluster's first pool into the subnet.
in_vnet(c) := with_unknown(c, array.concat(c.unknown, [pool_subnet]))

vnet_edges(c) := [
	edge(subnet, vnet, "L02", ["parent"]),
	edge(pe_subnet, vnet, "L02", ["parent"]),
	edge(c, subnet, "L01", pool_subnet),
]

# pool builds a separate node pool of a cluster, and its parent edge.
pool(name, p) := with_unknown(node("Microsoft.ContainerService/managedClusters/agentPools", name, {"name": name, "properties": p}), [["parent"]])

pool_edge(p, c) := edge(p, c, "parent", ["parent"])

registry := node("Microsoft.ContainerRegistry/registries", "acrisoboot", {
	"sku": {"name": "Premium"},
	"properties": {"networkRuleBypassOptions": "AzureServices", "zoneRedundancy": "Enabled", "publicNetworkAccess": "Disabled"},
})

registry_path := ["properties", "bootstrapProfile", "containerRegistryId"]

# byo gives a cluster a bootstrap registry.
byo(c) := with_unknown(c, array.concat(c.unknown, [registry_path]))

registry_edge(c, r) := edge(c, r, "L17", registry_path)
