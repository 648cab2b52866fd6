package wi.workload_identity_enabled_test

import data.lib.testing as t
import data.wi.builders_test as b
import data.wi.workload_identity_enabled as rule

wi_path := ["properties", "securityProfile", "workloadIdentity", "enabled"]

scan(c) := t.input_of([c, b.uami, b.fic], b.fic_edges(b.fic, b.uami, c), {})

test_allow_enabled if {
	count(rule.deny) == 0 with input as b.baseline
}

test_allow_outside_scope if {
	c := b.cluster({})
	count(rule.deny) == 0 with input as t.inputs([c])
}

test_applicable_cluster if {
	rule.applicable == {b.aks.id} with input as b.baseline
}

test_deny_terraform_default if {
	c := b.with_facts(
		b.cluster({"oidcIssuerProfile": {"enabled": true}, "securityProfile": {"workloadIdentity": {"enabled": false}}}),
		{"defaults": ["properties.securityProfile.workloadIdentity.enabled"]},
	)
	rule.deny == {{
		"msg": "AKS cluster aks-ml omits workload_identity_enabled, which defaults to false; the Workload ID webhook is not installed",
		"resource": c.id,
		"attr": wi_path,
		"heuristic": false,
	}} with input as scan(c)
}

test_deny_disabled if {
	c := b.cluster({"oidcIssuerProfile": {"enabled": true}, "securityProfile": {"workloadIdentity": {"enabled": false}}})
	some d in rule.deny with input as scan(c)
	startswith(d.msg, "AKS cluster aks-ml disables workload identity")
}

test_deny_absent if {
	c := b.cluster({"oidcIssuerProfile": {"enabled": true}})
	some d in rule.deny with input as scan(c)
	contains(d.msg, "does not enable workload identity")
	count(rule.deny) == 1 with input as scan(c)
}

test_deny_oidc_off if {
	c := b.cluster({"oidcIssuerProfile": {"enabled": false}, "securityProfile": {"workloadIdentity": {"enabled": true}}})
	rule.deny == {{
		"msg": "AKS cluster aks-ml enables workload identity but disables the OIDC issuer; the pair is rejected",
		"resource": c.id,
		"attr": wi_path,
		"heuristic": false,
	}} with input as scan(c)
}

test_allow_oidc_service_default if {
	c := b.cluster({"securityProfile": {"workloadIdentity": {"enabled": true}}})
	count(rule.deny) == 0 with input as scan(c)
}

test_unknown_value if {
	c := b.with_unknown(b.cluster({"oidcIssuerProfile": {"enabled": true}}), [wi_path])
	rule.deny == {{
		"msg": "AKS cluster aks-ml: whether workload identity is enabled could not be determined: the value is unresolved (properties.securityProfile.workloadIdentity.enabled)",
		"resource": c.id,
		"attr": wi_path,
		"level": "note",
		"undetermined": true,
	}} with input as scan(c)
}

test_unknown_oidc if {
	c := b.with_unknown(b.cluster({"securityProfile": {"workloadIdentity": {"enabled": true}}}), [["properties", "oidcIssuerProfile"]])
	some d in rule.deny with input as scan(c)
	d.undetermined == true
	d.attr == ["properties", "oidcIssuerProfile", "enabled"]
	count(rule.deny) == 1 with input as scan(c)
}

test_heuristic_manifests if {
	c := b.cluster({})
	inp := t.input_of([c, b.service_account], [], {"cluster": c.id, "cluster_heuristic": true})
	some d in rule.deny with input as inp
	d.heuristic == true
}
