package tls.insecure_http_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.insecure_http as rule

insecure := b.ext_with({"enableInference": "True", "inferenceRouterServiceType": "LoadBalancer", "allowInsecureConnections": "True"})

test_deny_insecure if {
	rule.deny == {{
		"msg": "Azure ML extension azureml sets allowInsecureConnections to True: inference is served over HTTP without TLS",
		"resource": insecure.id,
		"attr": b.settings_path("allowInsecureConnections"),
		"level": "warning",
	}} with input as t.inputs([insecure])
}

test_deny_dev_is_note if {
	some d in rule.deny with input as t.input_of([insecure], [], {"environment": "dev"})
	d.level == "note"
	not d.undetermined
}

test_deny_lower_case_true if {
	e := b.ext_with({"allowInsecureConnections": "true"})
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_allow_tls if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.baseline)])
}

test_allow_absent_defaults_false if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.settings_without(["allowInsecureConnections"]))])
}

test_allow_training_only if {
	e := b.ext_with({"enableTraining": "True", "enableInference": "False", "allowInsecureConnections": "True"})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_mis_cased_key if {
	# A mis-cased key is ignored by the extension (AZR-TLS-012 reports it).
	e := b.ext_with({"AllowInsecureConnections": "True"})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_deny_mis_cased_key_case_insensitive if {
	e := b.ext_with({"AllowInsecureConnections": "True"})
	some d in rule.deny with input as t.input_of([e], [], {"unverified": {"setting_keys_case_sensitive": false}})
	d.attr == b.settings_path("AllowInsecureConnections")
}

test_unknown_insecure if {
	e := b.unknown_setting(b.ext_with(b.baseline), "configurationSettings", "allowInsecureConnections")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml serves inference over HTTP could not be determined: allowInsecureConnections is unresolved (properties.configurationSettings.allowInsecureConnections)",
		"resource": e.id,
		"attr": b.settings_path("allowInsecureConnections"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_unknown_inference if {
	e := b.unknown_setting(insecure, "configurationSettings", "enableInference")
	some d in rule.deny with input as t.inputs([e])
	d.undetermined
	d.attr == b.settings_path("enableInference")
}

test_applicable if {
	off := object.union(b.ext_with({"enableInference": "False"}), {"id": "off"})
	rule.applicable == {insecure.id} with input as t.inputs([insecure, off])
}
