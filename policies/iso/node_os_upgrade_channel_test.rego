package iso.node_os_upgrade_channel_test

import data.iso.builders_test as b
import data.iso.node_os_upgrade_channel as rule
import data.lib.testing as t

channel := ["properties", "autoUpgradeProfile", "nodeOSUpgradeChannel"]

with_channel(v) := b.props(b.cluster, {"autoUpgradeProfile": {"nodeOSUpgradeChannel": v}})

test_allow_node_image if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_none if {
	count(rule.deny) == 0 with input as t.inputs([with_channel("None")])
}

test_allow_absent if {
	count(rule.deny) == 0 with input as t.inputs([b.without(b.cluster, ["properties/autoUpgradeProfile"])])
}

test_allow_not_isolated if {
	c := b.props(b.plain, {"autoUpgradeProfile": {"nodeOSUpgradeChannel": "Unmanaged"}})
	count(rule.deny) == 0 with input as t.inputs([c])
}

test_deny_unmanaged if {
	c := with_channel("Unmanaged")
	rule.deny == {{
		"msg": "AKS cluster aks-iso is meant to be network isolated (its artifact source is Cache) but uses node OS upgrade channel Unmanaged; only NodeImage and None are supported",
		"resource": c.id,
		"attr": channel,
		"applies_to": c.id,
		"heuristic": false,
	}} with input as t.inputs([c])
}

test_deny_security_patch_any_case if {
	some d in rule.deny with input as t.inputs([with_channel("securitypatch")])
	d.attr == channel
}

test_unknown_channel if {
	c := b.with_unknown(b.without(b.cluster, ["properties/autoUpgradeProfile"]), [channel])
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
	d.msg == "The node OS upgrade channel of AKS cluster aks-iso could not be determined: its channel is unresolved (properties.autoUpgradeProfile.nodeOSUpgradeChannel)"
}
