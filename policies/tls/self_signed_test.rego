package tls.self_signed_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.self_signed as rule

self := b.cert("ml.contoso.com", "ml.contoso.com", {})

test_deny_self_signed if {
	e := b.with_tls(b.content_ext, {"chain": [self]}, {})
	rule.deny == {{
		"msg": "certificate \"ml.contoso.com\" in scoringFe.sslCert of Azure ML extension azureml is self-signed",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "warning",
	}} with input as t.inputs([e])
}

test_deny_dev_is_note if {
	s := b.with_tls(b.secret, {"chain": [self]}, {})
	some d in rule.deny with input as t.input_of([s], [], {"environment": "dev"})
	d.level == "note"
	d.attr == ["data", "cert.pem"]
}

test_deny_leaf_after_ca if {
	# The leaf is the first certificate that is not a CA.
	root := b.cert("Root", "Root", {"is_ca": true})
	e := b.with_tls(b.content_ext, {"chain": [root, self]}, {})
	count(rule.deny) == 1 with input as t.inputs([e])
}

test_allow_ca_issued if {
	count(rule.deny) == 0 with input as t.inputs([b.with_tls(b.content_ext, {}, {})])
}

test_allow_same_names_not_self_signed if {
	# Issuer equal to subject without a self-verifying signature.
	odd := object.union(self, {"self_signed": false})
	count(rule.deny) == 0 with input as t.inputs([b.with_tls(b.content_ext, {"chain": [odd]}, {})])
}

test_unknown_unparsed if {
	e := b.with_tls(b.content_ext, {"format": "pkcs12", "pem": false, "chain": []}, {})
	rule.deny == {{
		"msg": "whether the certificate in scoringFe.sslCert of Azure ML extension azureml is self-signed could not be determined: no certificate in it parses (format pkcs12)",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_applicable if {
	s := b.with_tls(b.secret, {}, {})
	rule.applicable == {s.id} with input as t.inputs([s, b.content_ext])
}
