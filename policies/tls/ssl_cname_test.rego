package tls.ssl_cname_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.ssl_cname as rule

test_deny_missing_cname if {
	e := b.ext_with(b.settings_without(["sslCname"]))
	rule.deny == {{
		"msg": "Azure ML extension azureml carries TLS material but does not set sslCname",
		"resource": e.id,
		"attr": ["properties", "configurationSettings"],
	}} with input as t.inputs([e])
}

test_deny_empty_cname if {
	e := b.ext_with(b.settings_with({"sslCname": ""}))
	some d in rule.deny with input as t.inputs([e])
	d.msg == "Azure ML extension azureml carries TLS material but sets sslCname to an empty string"
	d.attr == b.settings_path("sslCname")
}

test_deny_certificate_mismatch if {
	e := b.with_tls(b.content_ext, {"chain": [b.cert("api.fabrikam.com", "Fabrikam CA", {}), b.intermediate]}, {})
	rule.deny == {{
		"msg": "certificate \"api.fabrikam.com\" in scoringFe.sslCert of Azure ML extension azureml does not cover \"ml.contoso.com\", the sslCname of Azure ML extension azureml (names: api.fabrikam.com)",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "warning",
		"applies_to": e.id,
		"related": [{"resource": e.id, "attr": b.settings_path("sslCname"), "msg": "sslCname of Azure ML extension azureml"}],
	}} with input as t.inputs([e])
}

test_deny_secret_certificate_mismatch if {
	e := b.ext_with(b.settings_with({"sslCname": "ml.fabrikam.com"}))
	s := b.with_tls(b.secret, {}, {})
	some d in rule.deny with input as t.input_of([e, s], [b.l11(e, s)], {})
	d.resource == s.id
	d.applies_to == e.id
	d.attr == ["data", "cert.pem"]
}

test_deny_wildcard_one_label_only if {
	wild := b.cert("*.contoso.com", "Contoso Issuing CA", {})
	e := b.with_tls(b.extension("azureml", b.settings_with({"sslCname": "a.ml.contoso.com"}), {"scoringFe.sslCert": "x", "scoringFe.sslKey": "y"}), {"chain": [wild, b.intermediate]}, {})
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_deny_legacy_compute if {
	c := b.with_tls(b.compute, {"chain": [b.cert("other.contoso.com", "CA", {})]}, {})
	some d in rule.deny with input as t.inputs([c])
	d.resource == c.id
	d.level == "warning"
}

test_allow_baseline if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.baseline)])
}

test_allow_matching_certificate if {
	count(rule.deny) == 0 with input as t.inputs([b.with_tls(b.content_ext, {}, {})])
}

test_allow_wildcard if {
	wild := b.cert("*.contoso.com", "Contoso Issuing CA", {"dns_names": ["*.contoso.com"]})
	e := b.with_tls(b.content_ext, {"chain": [wild, b.intermediate]}, {})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_common_name_fallback if {
	cn := b.cert("ml.contoso.com", "Contoso Issuing CA", {"dns_names": []})
	e := b.with_tls(b.content_ext, {"chain": [cn, b.intermediate]}, {})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_case_insensitive if {
	e := b.with_tls(b.extension("azureml", b.settings_with({"sslCname": "ML.Contoso.com"}), {"scoringFe.sslCert": "x", "scoringFe.sslKey": "y"}), {}, {})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_insecure if {
	e := b.ext_with(b.settings_with({"allowInsecureConnections": "True", "sslCname": ""}))
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_allow_no_material if {
	# AZR-TLS-001 reports the missing material.
	e := b.ext_with(b.settings_without(["sslSecret", "sslCname"]))
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_unknown_cname if {
	e := b.unknown_setting(b.ext_with(b.baseline), "configurationSettings", "sslCname")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml sets the sslCname its TLS needs could not be determined: sslCname is unresolved (properties.configurationSettings.sslCname)",
		"resource": e.id,
		"attr": b.settings_path("sslCname"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_unknown_material if {
	e := b.unknown_section(b.ext_with(b.settings_without(["sslSecret", "sslCname"])), "configurationProtectedSettings")
	some d in rule.deny with input as t.inputs([e])
	d.undetermined
	d.attr == b.protected_path("scoringFe.sslCert")
}

test_unknown_unreadable_certificate if {
	e := b.with_tls(b.content_ext, {"source": "file", "file": "certs/cert.pem", "error": "file not found"}, {})
	some d in rule.deny with input as t.inputs([e])
	d.undetermined
	d.msg == "whether the certificate in file certs/cert.pem (scoringFe.sslCert of Azure ML extension azureml) covers \"ml.contoso.com\", the sslCname of Azure ML extension azureml, could not be determined: file not found"
}

test_applicable if {
	c := b.with_tls(b.compute, {}, {})
	off := object.union(b.ext_with({"enableInference": "False"}), {"id": "off"})
	rule.applicable == {b.content_ext.id, c.id} with input as t.inputs([b.content_ext, c, off])
}
