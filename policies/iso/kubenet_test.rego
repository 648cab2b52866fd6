package iso.kubenet_test

import data.iso.builders_test as b
import data.iso.kubenet as rule
import data.lib.testing as t

plugin := ["properties", "networkProfile", "networkPlugin"]

test_allow_azure_cni if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_not_isolated if {
	c := b.props(b.plain, {"networkProfile": {"networkPlugin": "kubenet"}})
	count(rule.deny) == 0 with input as t.inputs([c])
}

test_allow_absent_note_off if {
	c := b.without(b.cluster, ["properties/networkProfile/networkPlugin"])
	count(rule.deny) == 0 with input as t.input_of([c], [], {"unverified": {"arm_network_plugin_note": false}})
}

test_deny_kubenet if {
	c := b.props(b.cluster, {"networkProfile": {"networkPlugin": "Kubenet"}})
	rule.deny == {{
		"msg": "AKS cluster aks-iso is meant to be network isolated (its artifact source is Cache) but uses the kubenet network plugin",
		"resource": c.id,
		"attr": plugin,
		"applies_to": c.id,
		"heuristic": false,
	}} with input as t.inputs([c])
}

test_deny_terraform_default if {
	c := object.union(b.props(b.cluster, {"networkProfile": {"networkPlugin": "kubenet"}}), {"facts": {"defaults": ["properties.networkProfile.networkPlugin"]}})
	some d in rule.deny with input as t.inputs([c])
	endswith(d.msg, "(no network_profile block, so the provider default kubenet applies)")
}

test_deny_arm_absent_note if {
	c := b.without(b.cluster, ["properties/networkProfile/networkPlugin"])
	some d in rule.deny with input as t.inputs([c])
	d.level == "note"
	d.undetermined == true
	d.attr == plugin
}

test_unknown_plugin if {
	c := b.with_unknown(b.without(b.cluster, ["properties/networkProfile/networkPlugin"]), [plugin])
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
	contains(d.msg, "its network plugin is unresolved")
}
