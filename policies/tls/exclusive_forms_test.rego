package tls.exclusive_forms_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.exclusive_forms as rule

test_deny_both_forms if {
	e := b.extension("azureml", b.baseline, {"sslCertPemFile": "certs/cert.pem", "sslKeyPemFile": "certs/key.pem"})
	rule.deny == {{
		"msg": "Azure ML extension azureml configures both the Secret form (sslSecret) and the certificate/key form (sslCertPemFile, sslKeyPemFile) of TLS",
		"resource": e.id,
		"attr": b.protected_path("sslCertPemFile"),
		"related": [{"resource": e.id, "attr": b.settings_path("sslSecret"), "msg": "Secret form: sslSecret"}],
	}} with input as t.inputs([e])
}

test_deny_wire_keys if {
	e := b.extension("azureml", b.settings_with({"scoringFe.sslSecret": "tls"}), {"scoringFe.sslKey": "LS0t"})
	some d in rule.deny with input as t.inputs([e])
	d.attr == b.protected_path("scoringFe.sslKey")
}

test_deny_unknown_values_are_written if {
	e := b.unknown_setting(b.extension("azureml", b.baseline, {"scoringFe.sslCert": "LS0t"}), "configurationSettings", "sslSecret")
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_allow_secret_only if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.baseline)])
}

test_allow_content_only if {
	count(rule.deny) == 0 with input as t.inputs([b.content_ext])
}

test_allow_cli_keys_off if {
	e := b.extension("azureml", b.baseline, {"sslCertPemFile": "certs/cert.pem", "sslKeyPemFile": "certs/key.pem"})
	count(rule.deny) == 0 with input as t.input_of([e], [], {"unverified": {"cli_tls_keys": false}})
}

test_unknown_protected if {
	e := b.unknown_section(b.ext_with(b.baseline), "configurationProtectedSettings")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml configures both TLS forms could not be determined: scoringFe.sslCert is unresolved (properties.configurationProtectedSettings.scoringFe.sslCert)",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_applicable if {
	flux := object.union(b.ext_with({}), {"id": "flux", "attrs": {"properties": {"extensionType": "Microsoft.Flux"}}})
	training := object.union(b.ext_with({"enableTraining": "True"}), {"id": "training"})
	rule.applicable == {"training"} with input as t.inputs([flux, training])
}
