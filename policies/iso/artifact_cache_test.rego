package iso.artifact_cache_test

import data.iso.artifact_cache as rule
import data.iso.builders_test as b
import data.lib.testing as t

artifact := ["properties", "bootstrapProfile", "artifactSource"]

test_allow_baseline if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_case_insensitive if {
	c := b.props(b.cluster, {"bootstrapProfile": {"artifactSource": "cache"}})
	count(rule.deny) == 0 with input as t.inputs([c])
}

test_allow_load_balancer if {
	c := b.props(b.plain, {"bootstrapProfile": {"artifactSource": "Direct"}})
	count(rule.deny) == 0 with input as t.inputs([c])
	count(rule.applicable) == 0 with input as t.inputs([c])
}

test_deny_no_bootstrap_profile if {
	c := b.without(b.cluster, ["properties/bootstrapProfile"])
	rule.deny == {{
		"msg": "AKS cluster aks-iso uses outbound type none but its bootstrap artifact source is Direct (the default), so the nodes would pull images from the public registry over an egress path they do not have",
		"resource": c.id,
		"attr": artifact,
		"applies_to": c.id,
		"heuristic": false,
	}} with input as t.inputs([c])
}

test_deny_direct if {
	c := b.props(b.cluster, {"bootstrapProfile": {"artifactSource": "Direct"}})
	some d in rule.deny with input as t.inputs([c])
	contains(d.msg, "artifact source is Direct,")
}

test_deny_block_update if {
	c := b.without(b.props(b.plain, {"networkProfile": {"outboundType": "loadBalancer"}}), ["properties/bootstrapProfile"])
	u := b.block(c)
	some d in rule.deny with input as t.inputs([u])
	d.resource == c.id
	contains(d.msg, "outbound type block")
}

test_allow_block_not_accepted if {
	c := b.props(b.plain, {"networkProfile": {"outboundType": "block"}})
	count(rule.deny) == 0 with input as t.input_of([c], [], {"unverified": {"block_outbound_type": false}})
}

test_unknown_artifact_source if {
	c := b.with_unknown(b.without(b.cluster, ["properties/bootstrapProfile"]), [artifact])
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
	d.level == "note"
	d.attr == artifact
}
