package wi.oidc_issuer_test

import data.lib.testing as t
import data.wi.builders_test as b
import data.wi.oidc_issuer as rule

oidc := ["properties", "oidcIssuerProfile", "enabled"]

# scan puts a cluster in scope through the baseline credential.
scan(c) := t.input_of([c, b.uami, b.fic], b.fic_edges(b.fic, b.uami, c), {})

scan_with(c, ctx) := t.input_of([c, b.uami, b.fic], b.fic_edges(b.fic, b.uami, c), ctx)

test_allow_enabled if {
	count(rule.deny) == 0 with input as b.baseline
}

test_allow_outside_scope if {
	c := b.cluster({"oidcIssuerProfile": {"enabled": false}})
	count(rule.deny) == 0 with input as t.inputs([c])
	count(rule.applicable) == 0 with input as t.inputs([c])
}

test_applicable_cluster if {
	rule.applicable == {b.aks.id} with input as b.baseline
}

test_deny_disabled if {
	c := b.cluster({"oidcIssuerProfile": {"enabled": false}})
	rule.deny == {{
		"msg": "AKS cluster aks-ml disables the OIDC issuer; Workload ID tokens cannot be validated",
		"resource": c.id,
		"attr": oidc,
		"heuristic": false,
	}} with input as scan(c)
}

test_deny_v3_default if {
	c := b.with_facts(
		b.cluster({"oidcIssuerProfile": {"enabled": false}}),
		{"defaults": ["properties.oidcIssuerProfile.enabled"], "terraform": {"provider": {"major": 3}}},
	)
	some d in rule.deny with input as scan(c)
	d.msg == "AKS cluster aks-ml omits oidc_issuer_enabled, which azurerm v3 defaults to false"
	not d.level
}

test_allow_v5_default if {
	c := b.with_facts(
		b.cluster({"oidcIssuerProfile": {"enabled": true}}),
		{"defaults": ["properties.oidcIssuerProfile.enabled"], "terraform": {"provider": {"major": 5}}},
	)
	count(rule.deny) == 0 with input as scan(c)
}

test_deny_absent_before_1_34 if {
	c := b.cluster({"kubernetesVersion": "1.33.2"})
	some d in rule.deny with input as scan(c)
	d.msg == "AKS cluster aks-ml does not enable the OIDC issuer and runs Kubernetes 1.33.2, where the AKS service default is off"
	not d.level
}

test_deny_absent_service_default if {
	c := b.cluster({"kubernetesVersion": "1.34"})
	rule.deny == {{
		"msg": "AKS cluster aks-ml does not enable the OIDC issuer and relies on the AKS service default, documented as off and said to be on from Kubernetes 1.34",
		"resource": c.id,
		"attr": oidc,
		"level": "warning",
		"heuristic": false,
	}} with input as scan(c)
}

test_deny_absent_without_service_default_rule if {
	c := b.cluster({"kubernetesVersion": "1.34"})
	ctx := {"unverified": object.union(t.default_context.unverified, {"oidc_service_default_1_34": false})}
	some d in rule.deny with input as scan_with(c, ctx)
	d.msg == "AKS cluster aks-ml does not enable the OIDC issuer; it is off unless enabled"
	not d.level
}

test_deny_v4_default if {
	c := b.with_facts(b.cluster({}), {"version_default": ["properties.oidcIssuerProfile.enabled"], "terraform": {"provider": {"major": 4}}})
	some d in rule.deny with input as scan(c)
	d.level == "warning"
	contains(d.msg, "(azurerm v4 leaves it to the service)")
	count(rule.deny) == 1 with input as scan(c)
}

test_deny_unknown_provider_version if {
	c := b.with_facts(b.cluster({}), {"version_default": ["properties.oidcIssuerProfile.enabled"], "terraform": {"provider": {"major": 0}}})
	levels := {d.level | some d in rule.deny} with input as scan(c)
	levels == {"warning", "note"}
	some d in rule.deny with input as scan(c)
	d.level == "note"
	startswith(d.msg, "AKS cluster aks-ml omits oidc_issuer_enabled and the azurerm provider version is unknown")
	not d.undetermined
}

test_unknown_value if {
	c := b.with_unknown(b.cluster({"oidcIssuerProfile": {"enabled": "${var.oidc}"}}), [oidc])
	rule.deny == {{
		"msg": "AKS cluster aks-ml: whether the OIDC issuer is enabled could not be determined: the value is unresolved (properties.oidcIssuerProfile.enabled)",
		"resource": c.id,
		"attr": oidc,
		"level": "note",
		"undetermined": true,
	}} with input as scan(c)
}

test_unknown_kubernetes_version if {
	c := b.with_unknown(b.cluster({}), [["properties", "kubernetesVersion"]])
	some d in rule.deny with input as scan(c)
	d.level == "warning"
}

test_heuristic_manifests if {
	c := b.cluster({"oidcIssuerProfile": {"enabled": false}})
	inp := t.input_of([c, b.service_account], [], {"cluster": c.id, "cluster_heuristic": true})
	some d in rule.deny with input as inp
	d.heuristic == true
	rule.applicable == {c.id} with input as inp
}
