package tls.ssl_secret_test

import data.lib.testing as t
import data.tls.ssl_secret as rule

ext(settings) := t.azure("terraform", "Microsoft.KubernetesConfiguration/extensions", "azureml", {"properties": {
	"extensionType": "Microsoft.AzureML.Kubernetes",
	"configurationSettings": settings,
}})

e := ext({"enableInference": "True", "sslSecret": "azureml-tls"})

good := t.secret("azureml", "azureml-tls", {"cert.pem": true, "key.pem": true}, "Opaque")

test_allow_complete_secret if {
	count(rule.deny) == 0 with input as t.inputs([e, good])
}

test_allow_wire_level_key if {
	w := ext({"scoringFe.sslSecret": "azureml-tls"})
	count(rule.deny) == 0 with input as t.inputs([w, good])
}

test_allow_other_extension_type if {
	other := t.azure("terraform", "Microsoft.KubernetesConfiguration/extensions", "flux", {"properties": {"extensionType": "microsoft.flux", "configurationSettings": {"sslSecret": "x"}}})
	count(rule.deny) == 0 with input as t.inputs([other])
}

test_deny_tls_layout if {
	s := t.secret("azureml", "azureml-tls", {"tls.crt": true, "tls.key": true}, "kubernetes.io/tls")
	rule.deny == {{
		"msg": "Secret azureml/azureml-tls named by sslSecret of extension azureml lacks cert.pem and key.pem; it has tls.crt/tls.key, the kubernetes.io/tls layout, but the extension reads cert.pem and key.pem",
		"resource": s.id,
		"attr": ["data", "cert.pem"],
		"related": [{"resource": e.id, "attr": ["properties", "configurationSettings", "sslSecret"], "msg": "Azure ML extension azureml"}],
		"applies_to": e.id,
	}} with input as t.inputs([e, s])
}

test_deny_missing_key if {
	s := t.secret("azureml", "azureml-tls", {"cert.pem": true}, "Opaque")
	some d in rule.deny with input as t.inputs([e, s])
	endswith(d.msg, "lacks key.pem")
}

test_deny_bad_base64 if {
	s := t.secret("azureml", "azureml-tls", {"cert.pem": false, "key.pem": true}, "Opaque")
	some d in rule.deny with input as t.inputs([e, s])
	d.attr == ["data", "cert.pem"]
}

test_deny_wrong_namespace if {
	s := t.secret("default", "azureml-tls", {"cert.pem": true, "key.pem": true}, "Opaque")
	some d in rule.deny with input as t.inputs([e, s])
	d.attr == ["metadata", "namespace"]
	d.resource == s.id
}

test_unknown_not_in_scan if {
	some d in rule.deny with input as t.inputs([e])
	d.level == "note"
	d.undetermined
	d.resource == e.id
}

test_unknown_other_cluster if {
	aks := t.azure("terraform", "Microsoft.ContainerService/managedClusters", "aks-a", {})
	other := t.azure("terraform", "Microsoft.ContainerService/managedClusters", "aks-b", {})
	s := t.secret("default", "azureml-tls", {}, "Opaque")
	edges := [{"from": e.id, "to": aks.id, "kind": "L10", "heuristic": false}]
	rule.deny == {{
		"msg": "the Secret Azure ML extension azureml names could not be checked: the scan's manifests deploy to cluster aks-b, not to the extension's",
		"resource": e.id,
		"attr": ["properties", "configurationSettings", "sslSecret"],
		"level": "note",
		"undetermined": true,
	}} with input as t.input_of([e, aks, other, s], edges, {"cluster": other.id})
}

test_unknown_secret_name if {
	u := t.with_unknown(ext({"sslSecret": null}), [["properties", "configurationSettings", "sslSecret"]])
	s := t.secret("default", "azureml-tls", {}, "Opaque")
	rule.deny == {{
		"msg": "the Secret Azure ML extension azureml names could not be determined: sslSecret is unresolved (properties.configurationSettings.sslSecret)",
		"resource": u.id,
		"attr": ["properties", "configurationSettings", "sslSecret"],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([u, s])
}

test_allow_cli_keys_off if {
	# With U3 off, sslSecret is not a key the extension reads.
	count(rule.deny) == 0 with input as t.input_of([e], [], {"unverified": {"cli_tls_keys": false}})
}

test_applicable if {
	plain := object.union(ext({"enableInference": "True"}), {"id": "plain"})
	rule.applicable == {e.id} with input as t.inputs([e, plain, good])
}
