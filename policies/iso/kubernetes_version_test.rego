package iso.kubernetes_version_test

import data.iso.builders_test as b
import data.iso.kubernetes_version as rule
import data.lib.testing as t

version := ["properties", "kubernetesVersion"]

with_version(v) := b.props(b.cluster, {"kubernetesVersion": v})

test_allow_absent if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	rule.applicable == {b.cluster.id} with input as t.inputs([b.cluster])
}

test_allow_recent if {
	count(rule.deny) == 0 with input as t.inputs([with_version("1.31")])
	count(rule.deny) == 0 with input as t.inputs([with_version("1.30.4")])
	count(rule.deny) == 0 with input as t.inputs([with_version("2.0")])
}

test_allow_not_isolated if {
	count(rule.deny) == 0 with input as t.inputs([b.props(b.plain, {"kubernetesVersion": "1.29"})])
}

test_deny_old if {
	c := with_version("1.29")
	rule.deny == {{
		"msg": "AKS cluster aks-iso is meant to be network isolated (its artifact source is Cache) but runs Kubernetes 1.29; isolation needs 1.30 or later",
		"resource": c.id,
		"attr": version,
		"applies_to": c.id,
		"heuristic": false,
	}} with input as t.inputs([c])
}

test_deny_patch_version if {
	some d in rule.deny with input as t.inputs([with_version("v1.28.9")])
	d.attr == version
}

test_unknown_version if {
	c := b.with_unknown(b.cluster, [version])
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
}

test_unknown_unparsable if {
	some d in rule.deny with input as t.inputs([with_version("latest")])
	d.undetermined == true
}
