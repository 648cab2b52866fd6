package iso.block_preview_test

import data.iso.block_preview as rule
import data.iso.builders_test as b
import data.lib.testing as t

outbound := ["properties", "networkProfile", "outboundType"]

u := b.block(b.cluster)

edges := []

test_allow_none if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_not_isolated if {
	count(rule.deny) == 0 with input as t.inputs([b.plain])
	count(rule.applicable) == 0 with input as t.inputs([b.plain])
}

test_deny_azapi_update if {
	rule.deny == {{
		"msg": "AKS cluster aks-iso uses outbound type block, a preview feature not meant for production",
		"resource": u.id,
		"attr": outbound,
		"applies_to": b.cluster.id,
		"heuristic": false,
		"level": "warning",
	}} with input as t.input_of([u], edges, {})
	rule.applicable == {b.cluster.id} with input as t.input_of([u], edges, {})
}

test_deny_dev_note if {
	some d in rule.deny with input as t.input_of([u], edges, {"environment": "dev"})
	d.level == "note"
}

test_deny_azurerm_hint if {
	c := object.union(b.props(b.cluster, {"networkProfile": {"outboundType": "Block"}}), {"facts": {"terraform": {"type": "azurerm_kubernetes_cluster"}}})
	some d in rule.deny with input as t.inputs([c])
	endswith(d.msg, "set it through azapi_update_resource")
}

test_deny_block_not_accepted if {
	c := b.props(b.plain, {"networkProfile": {"outboundType": "block"}})
	some d in rule.deny with input as t.input_of([c], [], {"unverified": {"block_outbound_type": false}})
	d.resource == c.id
}

test_unknown_outbound_type if {
	c := b.with_unknown(b.without(b.cluster, ["properties/networkProfile/outboundType"]), [outbound])
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
}
