package iso.windows_pools_test

import data.iso.builders_test as b
import data.iso.windows_pools as rule
import data.lib.testing as t

win := b.pool("win", {"osType": "Windows", "vmSize": "Standard_D4s_v5"})

test_allow_linux if {
	linux := b.pool("user", {"osType": "Linux"})
	count(rule.deny) == 0 with input as t.input_of([b.cluster, linux], [b.pool_edge(linux, b.cluster)], {})
	rule.applicable == {b.cluster.id} with input as t.input_of([b.cluster, linux], [b.pool_edge(linux, b.cluster)], {})
}

test_allow_default_os_type if {
	p := b.pool("user", {"vmSize": "Standard_D4s_v5"})
	count(rule.deny) == 0 with input as t.input_of([b.cluster, p], [b.pool_edge(p, b.cluster)], {})
}

test_allow_not_isolated if {
	count(rule.deny) == 0 with input as t.input_of([b.plain, win], [b.pool_edge(win, b.plain)], {})
}

test_deny_separate_pool if {
	rule.deny == {{
		"msg": "Node pool win of AKS cluster aks-iso runs Windows (osType Windows); network-isolated clusters support only Linux node pools",
		"resource": win.id,
		"attr": ["properties", "osType"],
		"applies_to": b.cluster.id,
		"heuristic": false,
	}} with input as t.input_of([b.cluster, win], [b.pool_edge(win, b.cluster)], {})
}

test_deny_inline_os_sku if {
	c := b.props(b.cluster, {"agentPoolProfiles": [{"name": "system", "osType": "Linux"}, {"name": "win22", "osSKU": "Windows2022"}]})
	some d in rule.deny with input as t.inputs([c])
	d.attr == ["properties", "agentPoolProfiles", 1, "osSKU"]
	contains(d.msg, "win22")
}

test_unknown_os_type if {
	p := b.with_unknown(b.pool("user", {}), [["parent"], ["properties", "osType"]])
	some d in rule.deny with input as t.input_of([b.cluster, p], [b.pool_edge(p, b.cluster)], {})
	d.undetermined == true
	d.attr == ["properties", "osType"]
}
