package tls.protected_pem_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.protected_pem as rule

settings := b.settings_without(["sslSecret"])

test_deny_key_in_plain_settings if {
	e := b.extension("azureml", b.settings_with({"scoringFe.sslKey": "LS0t"}), {"scoringFe.sslCert": "LS0t"})
	rule.deny == {{
		"msg": "Azure ML extension azureml: scoringFe.sslKey is in plain configuration settings, not protected ones",
		"resource": e.id,
		"attr": b.settings_path("scoringFe.sslKey"),
		"level": "error",
		"sensitive": true,
		"related": [],
	}} with input as t.inputs([e])
}

test_deny_half_pair if {
	e := b.extension("azureml", settings, {"scoringFe.sslCert": "LS0t"})
	some d in rule.deny with input as t.inputs([e])
	d.msg == "Azure ML extension azureml: scoringFe.sslCert is given without scoringFe.sslKey"
	d.attr == b.protected_path("scoringFe.sslCert")
	d.level == "error"
}

test_deny_plain_path_and_half if {
	# The catalog's example: sslKeyPemFile alone, in plain settings.
	e := b.ext_with(object.union(settings, {"sslKeyPemFile": "certs/key.pem"}))
	rule.deny == {{
		"msg": "Azure ML extension azureml: sslKeyPemFile is in plain configuration settings, not protected ones; sslKeyPemFile is given without sslCertPemFile; sslKeyPemFile holds the file path \"certs/key.pem\", which only the Azure CLI reads; give scoringFe.sslKey with the base64 PEM content instead",
		"resource": e.id,
		"attr": b.settings_path("sslKeyPemFile"),
		"level": "error",
		"sensitive": false,
		"related": [
			{"resource": e.id, "attr": b.settings_path("sslKeyPemFile"), "msg": "sslKeyPemFile is given without sslCertPemFile"},
			{"resource": e.id, "attr": b.settings_path("sslKeyPemFile"), "msg": "sslKeyPemFile holds the file path \"certs/key.pem\", which only the Azure CLI reads; give scoringFe.sslKey with the base64 PEM content instead"},
		],
	}} with input as t.inputs([e])
}

test_deny_file_paths_warn if {
	e := b.extension("azureml", settings, {"sslCertPemFile": "certs/cert.pem", "sslKeyPemFile": "certs/key.pem"})
	some d in rule.deny with input as t.inputs([e])
	d.level == "warning"
	d.attr == b.protected_path("sslCertPemFile")
	count(d.related) == 1
}

test_allow_content_pair if {
	count(rule.deny) == 0 with input as t.inputs([b.content_ext])
}

test_allow_secret if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.baseline)])
}

test_allow_file_paths_cli_keys_off if {
	e := b.extension("azureml", settings, {"sslCertPemFile": "certs/cert.pem", "sslKeyPemFile": "certs/key.pem"})
	count(rule.deny) == 0 with input as t.input_of([e], [], {"unverified": {"cli_tls_keys": false}})
}

test_allow_unknown_content if {
	e := b.unknown_setting(b.content_ext, "configurationProtectedSettings", "scoringFe.sslKey")
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_unknown_plain_settings if {
	e := b.unknown_section(b.content_ext, "configurationSettings")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml keeps its certificate and key protected and paired could not be determined: the plain configuration settings are unresolved (properties.configurationSettings)",
		"resource": e.id,
		"attr": ["properties", "configurationSettings"],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_unknown_key_half if {
	e := b.unknown_section(b.extension("azureml", settings, {}), "configurationProtectedSettings")
	e2 := object.union(e, {"attrs": {"properties": {"configurationSettings": {"scoringFe.sslCert": "LS0t"}}}})
	some d in rule.deny with input as t.inputs([e2])
	d.level == "error"
}

test_applicable if {
	rule.applicable == {b.content_ext.id} with input as t.inputs([b.content_ext])
}
