package iso.block_managed_vnet_test

import data.iso.block_managed_vnet as rule
import data.iso.builders_test as b
import data.lib.testing as t

outbound := ["properties", "networkProfile", "outboundType"]

net := [b.vnet, b.subnet, b.pe_subnet]

test_allow_managed_vnet if {
	u := b.block(b.cluster)
	count(rule.deny) == 0 with input as t.inputs([u])
	rule.applicable == {b.cluster.id} with input as t.inputs([u])
}

test_allow_none_in_own_vnet if {
	c := b.in_vnet(b.cluster)
	count(rule.deny) == 0 with input as t.input_of(array.concat([c], net), b.vnet_edges(c), {})
	count(rule.applicable) == 0 with input as t.input_of(array.concat([c], net), b.vnet_edges(c), {})
}

test_deny_update_in_own_vnet if {
	c := b.in_vnet(b.cluster)
	u := b.block(c)
	rule.deny == {{
		"msg": "AKS cluster aks-iso uses outbound type block, but its node pools run in a VNet of your own; block is only supported with the AKS-managed VNet",
		"resource": u.id,
		"attr": outbound,
		"applies_to": c.id,
		"heuristic": false,
		"related": [{"resource": c.id, "attr": b.pool_subnet, "msg": "node pool subnet"}],
	}} with input as t.input_of(array.concat([u], net), b.vnet_edges(c), {})
}

test_deny_literal_subnet_id if {
	c := b.props(b.cluster, {
		"networkProfile": {"outboundType": "Block"},
		"agentPoolProfiles": [{"name": "system", "vnetSubnetID": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"}],
	})
	some d in rule.deny with input as t.inputs([c])
	d.resource == c.id
}

test_deny_separate_pool if {
	c := b.props(b.cluster, {"networkProfile": {"outboundType": "block"}})
	p := b.with_unknown(b.pool("user", {"osType": "Linux"}), [["parent"], ["properties", "vnetSubnetID"]])
	edges := [b.pool_edge(p, c), b.edge(p, b.subnet, "L01", ["properties", "vnetSubnetID"]), b.edge(b.subnet, b.vnet, "L02", ["parent"])]
	some d in rule.deny with input as t.input_of([c, p, b.vnet, b.subnet], edges, {})
	d.related == [{"resource": p.id, "attr": ["properties", "vnetSubnetID"], "msg": "node pool subnet"}]
}

test_unknown_pool_subnet if {
	c := b.in_vnet(b.props(b.cluster, {"networkProfile": {"outboundType": "block"}}))
	rule.deny == {{
		"msg": "Whether AKS cluster aks-iso, with outbound type block, runs in a VNet of your own could not be determined: the subnet of a node pool is unresolved (properties.agentPoolProfiles[0].vnetSubnetID)",
		"resource": c.id,
		"attr": b.pool_subnet,
		"applies_to": c.id,
		"heuristic": false,
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([c])
}
