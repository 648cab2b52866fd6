package tls.disable_tls_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.disable_tls as rule

test_deny_leftover_cname if {
	e := b.ext_with({"enableInference": "True", "allowInsecureConnections": "True", "sslCname": "ml.contoso.com"})
	rule.deny == {{
		"msg": "Azure ML extension azureml allows HTTP (allowInsecureConnections True) but still sets sslCname",
		"resource": e.id,
		"attr": b.settings_path("sslCname"),
		"related": [{"resource": e.id, "attr": b.settings_path("allowInsecureConnections"), "msg": "allowInsecureConnections"}],
	}} with input as t.inputs([e])
}

test_deny_leftover_material if {
	e := b.extension("azureml", {"allowInsecureConnections": "TRUE"}, {"scoringFe.sslCert": "x", "scoringFe.sslKey": "y"})
	some d in rule.deny with input as t.inputs([e])
	d.msg == "Azure ML extension azureml allows HTTP (allowInsecureConnections TRUE) but still sets scoringFe.sslCert, scoringFe.sslKey"
	d.attr == b.protected_path("scoringFe.sslCert")
}

test_deny_cli_keys_off_still_leftovers if {
	e := b.ext_with(b.settings_with({"allowInsecureConnections": "True"}))
	count(rule.deny) == 1 with input as t.input_of([e], [], {"unverified": {"cli_tls_keys": false}})
}

test_allow_clean_http if {
	e := b.ext_with({"enableInference": "True", "allowInsecureConnections": "True"})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_tls if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.baseline)])
}

test_unknown_insecure if {
	e := b.unknown_setting(b.ext_with(b.baseline), "configurationSettings", "allowInsecureConnections")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml turns TLS off cleanly could not be determined: allowInsecureConnections is unresolved (properties.configurationSettings.allowInsecureConnections)",
		"resource": e.id,
		"attr": b.settings_path("allowInsecureConnections"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_unknown_protected if {
	e := b.unknown_section(b.ext_with({"allowInsecureConnections": "True"}), "configurationProtectedSettings")
	some d in rule.deny with input as t.inputs([e])
	d.undetermined
	d.attr == b.protected_path("sslCertPemFile")
}

test_applicable if {
	http := b.ext_with({"allowInsecureConnections": "True"})
	tls := object.union(b.ext_with(b.baseline), {"id": "tls"})
	rule.applicable == {http.id} with input as t.inputs([http, tls])
}
