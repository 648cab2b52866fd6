package iso.private_api_server_test

import data.iso.builders_test as b
import data.iso.private_api_server as rule
import data.lib.testing as t

private := ["properties", "apiServerAccessProfile", "enablePrivateCluster"]

public := b.without(b.cluster, ["properties/apiServerAccessProfile"])

integrated(c, profile) := b.props(b.without(c, ["properties/apiServerAccessProfile"]), {"apiServerAccessProfile": profile})

test_allow_private_cluster if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_vnet_integration_managed_vnet if {
	c := integrated(b.cluster, {"enableVnetIntegration": true})
	count(rule.deny) == 0 with input as t.inputs([c])
}

test_allow_vnet_integration_with_subnet if {
	c := b.in_vnet(integrated(b.cluster, {"enableVnetIntegration": true, "subnetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-api"}))
	count(rule.deny) == 0 with input as t.input_of(array.concat([c], [b.vnet, b.subnet, b.pe_subnet]), b.vnet_edges(c), {})
}

test_allow_not_isolated if {
	count(rule.deny) == 0 with input as t.inputs([b.plain])
}

test_deny_public if {
	rule.deny == {{
		"msg": "AKS cluster aks-iso is meant to be network isolated (its artifact source is Cache) but its API server is public: it is neither a private cluster nor VNet-integrated",
		"resource": public.id,
		"attr": private,
		"applies_to": public.id,
		"heuristic": false,
	}} with input as t.inputs([public])
}

test_deny_private_false if {
	c := b.props(b.cluster, {"apiServerAccessProfile": {"enablePrivateCluster": false, "enableVnetIntegration": false}})
	some d in rule.deny with input as t.inputs([c])
	d.attr == private
}

test_deny_integration_without_subnet if {
	c := b.in_vnet(integrated(b.cluster, {"enableVnetIntegration": true}))
	some d in rule.deny with input as t.input_of([c, b.vnet, b.subnet, b.pe_subnet], b.vnet_edges(c), {})
	d.attr == ["properties", "apiServerAccessProfile", "subnetId"]
	d.related == [{"resource": c.id, "attr": b.pool_subnet, "msg": "node pool subnet"}]
}

test_unknown_private_flag if {
	c := b.with_unknown(public, [private])
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
	d.attr == private
	count(rule.deny) == 1 with input as t.inputs([c])
}

test_unknown_pool_subnet if {
	c := b.in_vnet(integrated(b.cluster, {"enableVnetIntegration": true}))
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
	d.attr == b.pool_subnet
}
