package iso.outbound_type_test

import data.iso.builders_test as b
import data.iso.outbound_type as rule
import data.lib.testing as t

outbound := ["properties", "networkProfile", "outboundType"]

test_allow_baseline if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_outbound_only if {
	c := b.without(b.cluster, ["properties/bootstrapProfile"])
	count(rule.deny) == 0 with input as t.inputs([c])
	count(rule.applicable) == 0 with input as t.inputs([c])
}

test_allow_not_isolated if {
	count(rule.deny) == 0 with input as t.inputs([b.plain])
	count(rule.applicable) == 0 with input as t.inputs([b.plain])
}

test_allow_block_update if {
	c := b.props(b.cluster, {"networkProfile": {"outboundType": "loadBalancer"}})
	u := b.block(c)
	count(rule.deny) == 0 with input as t.inputs([u])
	rule.applicable == {c.id} with input as t.inputs([u])
}

test_deny_load_balancer if {
	c := b.props(b.cluster, {"networkProfile": {"outboundType": "loadBalancer"}})
	rule.deny == {{
		"msg": "AKS cluster aks-iso is meant to be network isolated (its artifact source is Cache) but uses outbound type loadBalancer, which leaves an egress path",
		"resource": c.id,
		"attr": outbound,
		"applies_to": c.id,
		"heuristic": false,
	}} with input as t.inputs([c])
}

test_deny_default if {
	c := b.without(b.cluster, ["properties/networkProfile/outboundType"])
	some d in rule.deny with input as t.inputs([c])
	contains(d.msg, "loadBalancer (the default)")
	d.attr == outbound
}

test_deny_tagged if {
	c := b.with_attrs(b.props(b.plain, {"networkProfile": {"outboundType": "userDefinedRouting"}}), {"tags": {"network-isolated": "true"}})
	some d in rule.deny with input as t.inputs([c])
	contains(d.msg, "it carries the tag network-isolated")
	contains(d.msg, "userDefinedRouting")
}

test_deny_profile_heuristic if {
	some d in rule.deny with input as t.input_of([b.plain], [], {"network_isolated": true, "cluster": b.plain.id, "cluster_heuristic": true})
	d.heuristic == true
	contains(d.msg, "the scan profile marks it as network isolated")
}

test_deny_block_not_accepted if {
	u := b.block(b.cluster)
	ctx := {"unverified": {"block_outbound_type": false}}
	some d in rule.deny with input as t.input_of([u], [], ctx)
	d.resource == u.id
	d.applies_to == b.cluster.id
	contains(d.msg, "unverified item U1")
}

test_unknown_outbound_type if {
	c := b.with_unknown(b.without(b.cluster, ["properties/networkProfile/outboundType"]), [outbound])
	rule.deny == {{
		"msg": "Whether AKS cluster aks-iso uses outbound type none or block could not be determined: its outbound type is unresolved (properties.networkProfile.outboundType)",
		"resource": c.id,
		"attr": outbound,
		"applies_to": c.id,
		"heuristic": false,
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([c])
}

test_unknown_scope_silent if {
	c := b.with_unknown(b.without(b.plain, ["properties/networkProfile"]), [outbound])
	count(rule.deny) == 0 with input as t.inputs([c])
}
