package tls.tls_material_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.tls_material as rule

test_deny_no_material if {
	e := b.ext_with(b.settings_without(["sslSecret"]))
	rule.deny == {{
		"msg": "Azure ML extension azureml enables inference with TLS termination on (allowInsecureConnections is not True) but names neither an sslSecret nor a certificate and key pair",
		"resource": e.id,
		"attr": ["properties", "configurationSettings"],
	}} with input as t.inputs([e])
}

test_deny_default_inference_and_insecure if {
	# enableInference absent and training not on: inference-capable;
	# allowInsecureConnections absent: TLS on.
	e := b.ext_with({"inferenceRouterServiceType": "LoadBalancer"})
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_deny_half_pair if {
	e := b.extension("azureml", b.settings_without(["sslSecret"]), {"scoringFe.sslCert": "LS0t"})
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_deny_mixed_spellings_are_no_pair if {
	e := b.extension("azureml", b.settings_without(["sslSecret"]), {"sslCertPemFile": "c.pem", "scoringFe.sslKey": "LS0t"})
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_deny_cli_keys_not_accepted if {
	e := b.ext_with(b.baseline)
	count(rule.deny) == 1 with input as t.input_of([e], [], {"unverified": {"cli_tls_keys": false}})
}

test_allow_secret if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.baseline)])
}

test_allow_wire_secret if {
	e := b.ext_with(b.settings_with({"scoringFe.sslSecret": "tls"}))
	count(rule.deny) == 0 with input as t.inputs([object.union(e, {"attrs": {"properties": {"configurationSettings": object.remove(e.attrs.properties.configurationSettings, ["sslSecret"])}}})])
}

test_allow_content_pair if {
	count(rule.deny) == 0 with input as t.inputs([b.content_ext])
}

test_allow_file_pair if {
	e := b.extension("azureml", b.settings_without(["sslSecret"]), {"sslCertPemFile": "certs/cert.pem", "sslKeyPemFile": "certs/key.pem"})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_insecure if {
	e := b.ext_with({"enableInference": "True", "allowInsecureConnections": "true"})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_insecure_bicep_boolean if {
	e := b.ext_with({"enableInference": "True", "allowInsecureConnections": true})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_training_only if {
	e := b.ext_with({"enableTraining": "True"})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_inference_off if {
	e := b.ext_with({"enableInference": "False"})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_other_extension if {
	e := object.union(b.ext_with({}), {"attrs": {"properties": {"extensionType": "microsoft.flux"}}})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_unknown_secret_value if {
	# The key is written; only its value is unknown.
	e := b.unknown_setting(b.ext_with(b.baseline), "configurationSettings", "sslSecret")
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_unknown_protected_settings if {
	e := b.unknown_section(b.ext_with(b.settings_without(["sslSecret"])), "configurationProtectedSettings")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml carries TLS material or allows HTTP could not be determined: scoringFe.sslCert is unresolved (properties.configurationProtectedSettings.scoringFe.sslCert)",
		"resource": e.id,
		"attr": ["properties", "configurationProtectedSettings", "scoringFe.sslCert"],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_unknown_insecure if {
	e := b.unknown_setting(b.ext_with(b.settings_without(["sslSecret"])), "configurationSettings", "allowInsecureConnections")
	some d in rule.deny with input as t.inputs([e])
	d.undetermined
	d.attr == b.settings_path("allowInsecureConnections")
}

test_unknown_inference if {
	e := b.unknown_setting(b.ext_with(b.settings_without(["sslSecret"])), "configurationSettings", "enableInference")
	some d in rule.deny with input as t.inputs([e])
	d.undetermined
	d.attr == b.settings_path("enableInference")
}

test_unknown_settings_map if {
	e := b.unknown_section(b.ext_with({}), "configurationSettings")
	some d in rule.deny with input as t.inputs([e])
	d.undetermined
}

test_applicable if {
	on := b.ext_with(b.baseline)
	off := object.union(b.extension("training", {"enableTraining": "True"}, {}), {"id": "training"})
	maybe := object.union(b.unknown_setting(b.extension("maybe", {}, {}), "configurationSettings", "enableInference"), {"id": "maybe"})
	rule.applicable == {on.id, maybe.id} with input as t.inputs([on, off, maybe])
}
