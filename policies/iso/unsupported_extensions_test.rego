package iso.unsupported_extensions_test

import data.iso.builders_test as b
import data.iso.unsupported_extensions as rule
import data.lib.testing as t

ext(name, type) := b.with_unknown(b.node("Microsoft.KubernetesConfiguration/extensions", name, {"properties": {"extensionType": type}}), [["scope"]])

flux := ext("flux", "microsoft.flux")

on(e, c) := b.edge(e, c, "L10", ["scope"])

test_allow_supported_type if {
	e := ext("policy", "Microsoft.PolicyInsights")
	count(rule.deny) == 0 with input as t.input_of([b.cluster, e], [on(e, b.cluster)], {})
	rule.applicable == {e.id} with input as t.input_of([b.cluster, e], [on(e, b.cluster)], {})
}

test_allow_not_isolated if {
	count(rule.deny) == 0 with input as t.input_of([b.plain, flux], [on(flux, b.plain)], {})
	count(rule.applicable) == 0 with input as t.input_of([b.plain, flux], [on(flux, b.plain)], {})
}

test_allow_profile_list if {
	count(rule.deny) == 0 with input as t.input_of([b.cluster, flux], [on(flux, b.cluster)], {"unsupported_extensions": ["microsoft.dapr"]})
}

test_deny_flux if {
	rule.deny == {{
		"msg": "Extension flux (microsoft.flux) is installed on AKS cluster aks-iso, which is meant to be network isolated (its artifact source is Cache); this extension type does not support isolated clusters",
		"resource": flux.id,
		"attr": ["properties", "extensionType"],
		"applies_to": flux.id,
		"heuristic": false,
		"related": [{"resource": b.cluster.id, "attr": [], "msg": "AKS cluster aks-iso"}],
	}} with input as t.input_of([b.cluster, flux], [on(flux, b.cluster)], {})
}

test_deny_azure_ml_case_insensitive if {
	e := ext("azureml", "Microsoft.AzureML.Kubernetes")
	some d in rule.deny with input as t.input_of([b.cluster, e], [on(e, b.cluster)], {})
	d.resource == e.id
}

test_unknown_type if {
	e := b.with_unknown(ext("x", "x"), [["scope"], ["properties", "extensionType"]])
	some d in rule.deny with input as t.input_of([b.cluster, e], [on(e, b.cluster)], {})
	d.undetermined == true
}

test_unknown_cluster if {
	some d in rule.deny with input as t.input_of([b.cluster, flux], [], {})
	d.undetermined == true
	d.attr == ["scope"]
	rule.applicable == {flux.id} with input as t.input_of([b.cluster, flux], [], {})
}
