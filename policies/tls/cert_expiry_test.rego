package tls.cert_expiry_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.cert_expiry as rule

# The test clock is 2026-01-01T00:00:00Z.
expired := b.cert("ml.contoso.com", "Contoso Issuing CA", {"not_after": "2020-06-30T23:59:59Z"})

soon := b.cert("ml.contoso.com", "Contoso Issuing CA", {"not_after": "2026-01-20T00:00:00Z"})

test_deny_expired if {
	e := b.with_tls(b.content_ext, {"chain": [expired, b.intermediate]}, {})
	rule.deny == {{
		"msg": "certificate \"ml.contoso.com\" in scoringFe.sslCert of Azure ML extension azureml expired on 2020-06-30T23:59:59Z",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
	}} with input as t.inputs([e])
}

test_deny_expiring if {
	s := b.with_tls(b.secret, {"chain": [soon, b.intermediate]}, {})
	rule.deny == {{
		"msg": "certificate \"ml.contoso.com\" in cert.pem of Secret azureml/azureml-tls expires on 2026-01-20T00:00:00Z, within 30 days",
		"resource": s.id,
		"attr": ["data", "cert.pem"],
	}} with input as t.inputs([s])
}

test_deny_intermediate_expired if {
	old := object.union(b.intermediate, {"not_after": "2025-12-31T00:00:00Z"})
	e := b.with_tls(b.content_ext, {"chain": [b.leaf, old]}, {})
	some d in rule.deny with input as t.inputs([e])
	d.msg == "certificate \"Contoso Issuing CA\" in scoringFe.sslCert of Azure ML extension azureml expired on 2025-12-31T00:00:00Z"
}

test_allow_outside_window if {
	s := b.with_tls(b.secret, {"chain": [soon, b.intermediate]}, {})
	count(rule.deny) == 0 with input as t.input_of([s], [], {"cert_expiry_days": 10})
}

test_allow_valid if {
	count(rule.deny) == 0 with input as t.inputs([b.with_tls(b.content_ext, {}, {})])
}

test_unknown_unreadable if {
	e := b.with_tls(b.content_ext, {"source": "file", "file": "../cert.pem", "error": "outside the scan root"}, {})
	rule.deny == {{
		"msg": "whether the certificate in file ../cert.pem (scoringFe.sslCert of Azure ML extension azureml) is valid long enough could not be determined: outside the scan root",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_applicable if {
	c := b.with_tls(b.compute, {}, {})
	rule.applicable == {c.id} with input as t.inputs([c])
}
