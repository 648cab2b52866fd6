package iso.node_public_ip_test

import data.iso.builders_test as b
import data.iso.node_public_ip as rule
import data.lib.testing as t

test_allow_baseline if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_absent if {
	p := b.pool("user", {"osType": "Linux"})
	count(rule.deny) == 0 with input as t.input_of([b.cluster, p], [b.pool_edge(p, b.cluster)], {})
}

test_allow_not_isolated if {
	p := b.pool("user", {"enableNodePublicIP": true})
	count(rule.deny) == 0 with input as t.input_of([b.plain, p], [b.pool_edge(p, b.plain)], {})
}

test_deny_default_pool if {
	c := b.props(b.cluster, {"agentPoolProfiles": [{"name": "system", "enableNodePublicIP": true}]})
	rule.deny == {{
		"msg": "Node pool system of AKS cluster aks-iso gives its nodes public IPs, which let traffic leave the network-isolated cluster",
		"resource": c.id,
		"attr": ["properties", "agentPoolProfiles", 0, "enableNodePublicIP"],
		"applies_to": c.id,
		"heuristic": false,
	}} with input as t.inputs([c])
}

test_deny_separate_pool if {
	p := b.pool("user", {"enableNodePublicIP": true})
	some d in rule.deny with input as t.input_of([b.cluster, p], [b.pool_edge(p, b.cluster)], {})
	d.resource == p.id
	d.attr == ["properties", "enableNodePublicIP"]
}

test_unknown_public_ip if {
	p := b.with_unknown(b.pool("user", {}), [["parent"], ["properties", "enableNodePublicIP"]])
	some d in rule.deny with input as t.input_of([b.cluster, p], [b.pool_edge(p, b.cluster)], {})
	d.undetermined == true
}
