package iso.subnet_default_outbound_test

import data.iso.builders_test as b
import data.iso.subnet_default_outbound as rule
import data.lib.testing as t

access := ["properties", "defaultOutboundAccess"]

c := b.in_vnet(b.cluster)

open_subnet := b.props(b.subnet, {"defaultOutboundAccess": true})

net(s) := t.input_of([c, b.vnet, s, b.pe_subnet], b.vnet_edges(c), {})

test_allow_disabled if {
	count(rule.deny) == 0 with input as net(b.subnet)
	rule.applicable == {b.subnet.id} with input as net(b.subnet)
}

test_allow_managed_vnet if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	count(rule.applicable) == 0 with input as t.inputs([b.cluster])
}

test_allow_block_outbound if {
	u := b.block(c)
	count(rule.deny) == 0 with input as t.input_of([u, b.vnet, open_subnet, b.pe_subnet], b.vnet_edges(c), {})
}

test_deny_enabled if {
	rule.deny == {{
		"msg": "Subnet snet-aks, a node subnet of network-isolated cluster aks-iso with outbound type none, keeps default outbound access, so its nodes may still reach the internet",
		"resource": b.subnet.id,
		"attr": access,
		"applies_to": b.subnet.id,
		"related": [{"resource": c.id, "attr": b.pool_subnet, "msg": "node pool of AKS cluster aks-iso"}],
	}} with input as net(open_subnet)
}

test_deny_absent if {
	s := b.without(b.subnet, ["properties/defaultOutboundAccess"])
	some d in rule.deny with input as net(s)
	contains(d.msg, "(defaultOutboundAccess is absent, so on)")
}

test_deny_inline_subnet if {
	v := b.props(b.vnet, {"subnets": [
		{"name": "snet-a", "properties": {"defaultOutboundAccess": false}},
		{"name": "snet-aks", "properties": {"defaultOutboundAccess": true}},
	]})
	e := object.union(b.edge(c, v, "L01", b.pool_subnet), {"target": ["properties", "subnets", "1", "id"]})
	some d in rule.deny with input as t.input_of([c, v], [e], {})
	d.resource == v.id
	d.attr == ["properties", "subnets", 1, "properties", "defaultOutboundAccess"]
	contains(d.msg, "Subnet snet-aks,")
}

test_unknown_setting if {
	s := b.with_unknown(b.without(b.subnet, ["properties/defaultOutboundAccess"]), [access])
	some d in rule.deny with input as net(s)
	d.undetermined == true
	d.resource == s.id
}

test_unknown_subnet if {
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
	d.attr == b.pool_subnet
	rule.applicable == {c.id} with input as t.inputs([c])
}

test_deny_terraform_default if {
	s := object.union(open_subnet, {"facts": {"defaults": ["properties.defaultOutboundAccess"]}})
	some d in rule.deny with input as net(s)
	contains(d.msg, "(default_outbound_access_enabled is omitted, so on)")
}
