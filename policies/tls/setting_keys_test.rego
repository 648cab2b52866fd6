package tls.setting_keys_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.setting_keys as rule

test_deny_seed_typo if {
	e := b.ext_with(b.settings_with({"allowInsercureconnection": "True"}))
	rule.deny == {{
		"msg": "Azure ML extension azureml: allowInsercureconnection is not a documented key; did you mean allowInsecureConnections?; the extension ignores keys it does not know",
		"resource": e.id,
		"attr": b.settings_path("allowInsercureconnection"),
		"related": [],
	}} with input as t.inputs([e])
}

test_deny_mis_cased if {
	e := b.ext_with(b.settings_with({"AllowInsecureConnections": "True"}))
	some d in rule.deny with input as t.inputs([e])
	d.msg == "Azure ML extension azureml: AllowInsecureConnections is written in another case than allowInsecureConnections; the extension ignores keys it does not know"
}

test_deny_protected_typos if {
	e := b.extension("azureml", b.settings_without(["sslSecret"]), {"slKeyPemFile": "k", "sslCertPemFIle": "c"})
	some d in rule.deny with input as t.inputs([e])
	d.attr == b.protected_path("slKeyPemFile")
	d.related == [{
		"resource": e.id,
		"attr": b.protected_path("sslCertPemFIle"),
		"msg": "sslCertPemFIle is written in another case than sslCertPemFile",
	}]
}

test_deny_family_typo if {
	e := b.extension("azureml", {}, {"scoringFe.sslCrt": "x"})
	some d in rule.deny with input as t.inputs([e])
	d.msg == "Azure ML extension azureml: scoringFe.sslCrt is not a documented key; did you mean scoringFe.sslCert?; the extension ignores keys it does not know"
}

test_deny_family_mis_cased if {
	e := b.ext_with({"NodeSelector.pool": "gpu"})
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_allow_documented_keys if {
	e := b.extension(
		"azureml", b.settings_with({
			"nodeSelector.agentpool": "inference", "inferenceRouterHA": "False",
			"internalLoadBalancerProvider": "azure", "scoringFe.replicas": "2",
		}),
		{"scoringFe.sslCert": "x", "scoringFe.sslKey": "y"},
	)
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_unrelated_unknown_key if {
	# Neither a case variant nor close to a TLS key: not reported.
	e := b.ext_with(b.settings_with({"customTolerations": "x"}))
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_mis_cased_case_insensitive if {
	e := b.ext_with(b.settings_with({"AllowInsecureConnections": "True"}))
	count(rule.deny) == 0 with input as t.input_of([e], [], {"unverified": {"setting_keys_case_sensitive": false}})
}

test_unknown_settings if {
	e := b.unknown_section(b.ext_with({}), "configurationSettings")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml spells its setting keys correctly could not be determined: the configuration settings are unresolved (properties.configurationSettings)",
		"resource": e.id,
		"attr": ["properties", "configurationSettings"],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_applicable if {
	rule.applicable == {b.content_ext.id} with input as t.inputs([b.content_ext])
}

test_near if {
	rule.near("allowinsercureconnection", "allowinsecureconnections")
	rule.near("slkeypemfile", "sslkeypemfile")
	rule.near("sslcname", "sslname")
	rule.near("ab", "")
	not rule.near("abc", "")
	rule.near("", "ab")
	not rule.near("abc", "xyzabc")
	not rule.near("enablelogging", "enableinference")
	not rule.near("kitten", "sitting")
	rule.near("sitten", "sitting")
	rule.near("abcd", "bacd")
	not rule.near("abcde", "edcba")
}
